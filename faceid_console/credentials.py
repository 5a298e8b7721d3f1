"""api_key / api_secret in the OS keyring (Secret Service, macOS Keychain, Windows Credential Locker).

Never in a file. Named ``credentials`` rather than ``secrets`` so that it cannot shadow the standard
library's ``secrets`` module when a script is run from inside the package.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets as std_secrets
from typing import Final

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringError, KeyringLocked, NoKeyringError, PasswordDeleteError

from .api.endpoint import Credentials
from .api.redaction import mask_api_key

log = logging.getLogger(__name__)

SERVICE: Final = "faceid-console"
LOCAL_ENGINE_PROFILE: Final = "local-engine"
ENV_API_KEY: Final = "FACEID_API_KEY"
ENV_API_SECRET: Final = "FACEID_API_SECRET"
#: Packages whose keyring backends keep secrets in a file (keyrings.alt's, keyrings.cryptfile's) or nowhere (keyring's
#: own ``fail`` and ``null``): never the OS keyring, however they were chosen (picked by priority, or named in
#: PYTHON_KEYRING_BACKEND or keyringrc.cfg).
NOT_OS_KEYRING_PACKAGES: Final = ("keyrings.alt", "keyrings.cryptfile", "keyring.backends.fail",
                                  "keyring.backends.null")


class CredentialStoreError(RuntimeError):
    """The OS keyring is missing, locked or refused the operation."""


class NoKeyring(CredentialStoreError):
    """There is no OS keyring at all (a headless server): nothing to unlock, and nothing stored in one."""


class UnavailableKeyring(CredentialStoreError):
    """The OS keyring could not be reached (a D-Bus failure, a backend that broke). ``reason`` is its own words."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"The system keyring is not available: {reason}")
        self.reason = reason


class NotOSKeyring(NoKeyring):
    """The keyring library's backend keeps secrets in a file or nowhere (``backend``, its class; "" when the library
    found none at all): nothing is read from, written to or deleted from it."""

    def __init__(self, backend: str) -> None:
        super().__init__(
            f"No system keyring: the keyring backend {backend} keeps secrets in a file or nowhere, so FaceID Console "
            "does not use it. Install and start a Secret Service such as gnome-keyring or KWallet (on macOS and "
            "Windows, the system's own keychain is used), and remove any PYTHON_KEYRING_BACKEND or keyringrc.cfg "
            "setting that chooses it." if backend else
            "No system keyring was found: install and start a Secret Service such as gnome-keyring or KWallet (on "
            "macOS and Windows, the system's own keychain is used).")
        self.backend = backend


class LockedKeyring(CredentialStoreError):
    """The OS keyring is there but locked: its unlock prompt was dismissed. ``reason`` is the keyring's own words."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"The system keyring is locked: {reason}")
        self.reason = reason


def _backend_name(backend: KeyringBackend) -> str:
    """A backend as PYTHON_KEYRING_BACKEND names it (``keyrings.alt.file.PlaintextKeyring``)."""
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _keeps_in_file_or_nowhere(backend: KeyringBackend) -> bool:
    """Whether ``backend``'s class, or a class it derives from, comes from a package of NOT_OS_KEYRING_PACKAGES."""
    return any(cls.__module__ == package or cls.__module__.startswith(package + ".")
               for cls in type(backend).__mro__ for package in NOT_OS_KEYRING_PACKAGES)


def os_keyring() -> KeyringBackend:
    """The keyring backend credentials are kept in: the keyring library's, when it is an OS keyring; of a chain, the
    chain when all of it is, else its first OS keyring (where the chain writes), so that a file backend chained
    beside it is never read or written. NotOSKeyring when there is none; UnavailableKeyring when the library cannot
    load the backend it was told to use."""
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # PYTHON_KEYRING_BACKEND or keyringrc.cfg names a backend that does not load
        raise UnavailableKeyring(_backend_failure(exc)) from None
    if isinstance(backend, fail.Keyring):  # the library found none: there is no backend to name
        raise NotOSKeyring("")
    if isinstance(backend, ChainerBackend):
        try:  # worked out anew by each member's priority: the Secret Service's raises once D-Bus is gone
            chained = list(backend.backends)
        except Exception as exc:
            raise UnavailableKeyring(_backend_failure(exc)) from None
        usable = [member for member in chained if not _keeps_in_file_or_nowhere(member)]
        if not usable:
            raise NotOSKeyring(f"{_backend_name(backend)} ({', '.join(map(_backend_name, chained))})" if chained
                               else "")
        return backend if len(usable) == len(chained) else usable[0]
    if _keeps_in_file_or_nowhere(backend):
        raise NotOSKeyring(_backend_name(backend))
    return backend


def refused_backend() -> str | None:
    """The keyring backend refused as not an OS keyring (a file, or nowhere), by name ("" when none was found); None
    when it is one (or when it cannot be loaded: each keyring call says so)."""
    try:
        os_keyring()
    except NotOSKeyring as exc:
        return exc.backend
    except CredentialStoreError:
        return None
    return None


def _entry(profile: str, part: str) -> str:
    return f"{profile}:{part}"


def _backend_failure(exc: Exception, *withheld: str) -> str:
    """A keyring backend's failure that is not one of keyring's own errors (a D-Bus or jeepney error, a bug in it), as
    its type and words, with nothing of ``withheld``: a backend may quote the value it was given."""
    # A UnicodeError's own text quotes what it could not encode: its reason alone is said.
    words = str(getattr(exc, "reason", "")) if isinstance(exc, UnicodeError) else str(exc)
    for value in withheld:
        if value:
            words = words.replace(value, "…")
    return f"{type(exc).__name__}: {words}" if words else type(exc).__name__


def load(profile: str) -> Credentials | None:
    """The credentials stored for ``profile``, or None when there are none."""
    backend = os_keyring()
    try:
        api_key = backend.get_password(SERVICE, _entry(profile, "api_key"))
        api_secret = backend.get_password(SERVICE, _entry(profile, "api_secret"))
    except KeyringLocked as exc:  # there, and may well hold them: unlocking it is what to do, not starting one
        raise LockedKeyring(str(exc)) from exc
    except KeyringError as exc:
        raise UnavailableKeyring(str(exc)) from exc
    except Exception as exc:  # the backend broke (D-Bus): said as a keyring that is not available, never a crash
        raise UnavailableKeyring(_backend_failure(exc)) from None
    if not api_key or not api_secret:
        return None
    return Credentials(api_key, api_secret)


def save(profile: str, credentials: Credentials) -> None:
    """Store ``credentials`` for ``profile`` in the keyring."""
    backend = os_keyring()
    try:
        backend.set_password(SERVICE, _entry(profile, "api_key"), credentials.api_key)
        backend.set_password(SERVICE, _entry(profile, "api_secret"), credentials.api_secret)
    except NoKeyringError as exc:  # none to unlock: say it is missing, not that it refused
        raise UnavailableKeyring(str(exc)) from exc
    except KeyringError as exc:
        raise CredentialStoreError(f"The system keyring refused to store the credentials: {exc}") from exc
    except Exception as exc:  # the backend broke: its words, never what it was given, and not from ``exc`` either
        raise UnavailableKeyring(_backend_failure(exc, credentials.api_secret, credentials.api_key)) from None
    log.info("stored credentials for profile %s (api_key %s)", profile, mask_api_key(credentials.api_key))


def save_and_read_back(profile: str, credentials: Credentials) -> bool:
    """Store ``credentials`` for ``profile`` and read them back: False when the keyring did not keep them (a
    backend that accepts and drops writes, such as keyring's ``null`` one, raises nothing)."""
    save(profile, credentials)
    return load(profile) == credentials


def delete(profile: str) -> bool:
    """Forget ``profile``'s credentials (no error when there were none); whether any were stored."""
    deleted = False
    backend = os_keyring()
    for part in ("api_key", "api_secret"):
        try:
            backend.delete_password(SERVICE, _entry(profile, part))
            deleted = True
        except PasswordDeleteError:
            pass
        except NoKeyringError as exc:
            raise UnavailableKeyring(str(exc)) from exc
        except KeyringError as exc:
            raise CredentialStoreError(f"The system keyring refused to delete the credentials: {exc}") from exc
        except Exception as exc:  # the backend broke (D-Bus): said, never a crash
            raise UnavailableKeyring(_backend_failure(exc)) from None
    return deleted


def move(old: str, new: str) -> None:
    """Give profile ``new`` the credentials of ``old`` (a renamed profile): written under ``new`` and read back before
    ``old``'s are deleted, so a failure (CredentialStoreError) leaves them under ``old``. When ``old`` has none, what
    ``new`` has goes: an older profile of that name left it."""
    found = load(old)
    if found is None:
        delete(new)
        return
    try:
        if not save_and_read_back(new, found):
            raise CredentialStoreError("The system keyring refused to store the credentials: it did not keep them")
    except CredentialStoreError:
        with contextlib.suppress(CredentialStoreError):
            delete(new)  # what was written of them: half a pair is nobody's
        raise
    try:
        delete(old)
    except CredentialStoreError as exc:  # ``new`` has them: the rename stands, the old entry is left over
        log.warning("the credentials of renamed profile %s stay in the keyring under its old name: %s", old, exc)
    if load(new) != found:  # a keyring whose names ignore case ("Lab" is "lab") deleted them with the old ones
        save(new, found)
    log.info("moved the credentials of profile %s to %s", old, new)


def from_environment() -> Credentials | None:
    """Credentials from FACEID_API_KEY / FACEID_API_SECRET, when both are set."""
    api_key = os.environ.get(ENV_API_KEY, "").strip()
    api_secret = os.environ.get(ENV_API_SECRET, "").strip()
    return Credentials(api_key, api_secret) if api_key and api_secret else None


def local_engine_credentials() -> Credentials:
    """The local engine's pair: generated on first run, the secret kept in the keyring."""
    existing = load(LOCAL_ENGINE_PROFILE)
    if existing is not None:
        return existing
    generated = Credentials("local-" + std_secrets.token_hex(8), std_secrets.token_urlsafe(24))
    save(LOCAL_ENGINE_PROFILE, generated)
    return generated


def _database_entry(url_without_password: str) -> str:
    return f"history-database:{url_without_password}"


def load_database_password(url_without_password: str) -> str | None:
    """The password of the shared history database at ``url_without_password``, or None."""
    backend = os_keyring()
    try:
        return backend.get_password(SERVICE, _database_entry(url_without_password))
    except NoKeyringError as exc:
        raise NoKeyring(f"There is no system keyring: {exc}") from exc
    except KeyringError as exc:  # locked, or the unlock was dismissed: the password may well be in it
        raise UnavailableKeyring(str(exc)) from exc


def save_database_password(url_without_password: str, password: str) -> None:
    """Keep the shared history database's password in the keyring (never in the settings file)."""
    backend = os_keyring()
    try:
        backend.set_password(SERVICE, _database_entry(url_without_password), password)
    except KeyringError as exc:
        raise CredentialStoreError(f"The system keyring refused to store the password: {exc}") from exc
