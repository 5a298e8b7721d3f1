"""The operating system's reasons for a failed file operation, in the window's language.

``strerror`` comes in the C library's language (English on most systems), not in the window's, which is a
setting: a zh_CN reviewer would read "No space left on device" inside a Chinese sentence. The common
reasons are translated here; any other is shown in the system's own words.
"""

from __future__ import annotations

import errno
import os

from PySide6.QtCore import QCoreApplication


def _translated() -> dict[str, str]:
    """This platform's ``strerror`` text of each common errno, and the window's words for it."""
    translate = QCoreApplication.translate  # literal calls below, so that lupdate finds each text
    return {
        os.strerror(errno.ENOENT): translate("SystemReasons", "No such file or directory"),
        os.strerror(errno.EACCES): translate("SystemReasons", "Permission denied"),
        os.strerror(errno.EPERM): translate("SystemReasons", "Operation not permitted"),
        os.strerror(errno.ENOSPC): translate("SystemReasons", "No space left on device"),
        os.strerror(errno.EDQUOT): translate("SystemReasons", "Disk quota exceeded"),
        os.strerror(errno.EROFS): translate("SystemReasons", "Read-only file system"),
        os.strerror(errno.EISDIR): translate("SystemReasons", "Is a directory"),
        os.strerror(errno.ENOTDIR): translate("SystemReasons", "Not a directory"),
        os.strerror(errno.EIO): translate("SystemReasons", "Input/output error"),
        os.strerror(errno.ENAMETOOLONG): translate("SystemReasons", "File name too long"),
        os.strerror(errno.ELOOP): translate("SystemReasons", "Too many levels of symbolic links"),
        os.strerror(errno.EBUSY): translate("SystemReasons", "Device or resource busy"),
        os.strerror(errno.EFBIG): translate("SystemReasons", "File too large"),
        os.strerror(errno.ESTALE): translate("SystemReasons", "Stale file handle"),
        os.strerror(errno.ETIMEDOUT): translate("SystemReasons", "Connection timed out"),
    }


def system_reason_text(reason: str) -> str:
    """``reason`` (an ``OSError.strerror``) in the window's language; one not known here as it is."""
    return _translated().get(reason, reason)
