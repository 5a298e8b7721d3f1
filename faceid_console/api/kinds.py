"""The enumerated parameters of the requests: ``comparison_type``, ``liveness_type`` and ``get_image_type``.

Apart from the request classes (``request_models``, which also names them) so that the window can offer
the choices without loading those.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class ComparisonType(IntEnum):
    """``comparison_type``: 0 compares with your own reference photos, 1 with the identity data source; -1, of a web
    liveness session (get_token) only, compares no face: its result's ``verify_result`` is null (get_result: "如果用户
    选择的 comparison_type 为 -1…该返回为 null"). verify and get_biz_token take 0 or 1 ("取值只为“1”或“0”")."""

    LIVENESS_ONLY = -1
    FACE_COMPARISON = 0
    KYC = 1


class LivenessType(StrEnum):
    """``liveness_type`` of get_biz_token."""

    MEGLIVE = "meglive"
    STILL = "still"
    FLASH = "flash"
    RAW_IMAGE = "raw_image"


class GetImageType(IntEnum):
    """``get_image_type`` of get_result: which liveness images come back."""

    NONE = 0
    BEST = 1
    ALL = 2
