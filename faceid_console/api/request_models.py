"""Typed requests of the FaceID APIs, validated before anything is sent.

Each request knows its form fields (strings) and its image fields; ``problems()`` lists what the service
would refuse, one FaceIDError per field naming it exactly as the documents name the parameter, and
``validate()`` raises the first of them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import ClassVar, Final, Union
from urllib.parse import urlsplit

from .errors import FaceIDError
from .identity import (
    MAX_BIZ_EXTRA_DATA_BYTES,
    MAX_BIZ_NO_BYTES,
    MAX_UUID_BYTES_BIZ_TOKEN,
    MAX_UUID_BYTES_VERIFY,
    normalize_idcard_name,
    normalize_idcard_number,
    validate_idcard_name,
    validate_idcard_number,
    validate_uuid,
)
from .kinds import ComparisonType, GetImageType, LivenessType

#: A photo to upload: a file path or the file's bytes.
ImageSource = Union[Path, str, bytes]  # noqa: UP007 - a runtime alias, used in isinstance checks

REF_FIELDS: Final = ("image_ref1", "image_ref2", "image_ref3")

#: Longer than this, a biz_id ("1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1", 47 characters) is a paste gone wrong.
MAX_BIZ_ID_CHARS: Final = 256


class _Problems:
    """Runs each check and keeps what it refuses, so a form can show every problem at once, not one per try.

    ``first_only`` (validate()) lets the first refusal propagate, so no later check runs: validate() raises
    exactly what it always raised, whatever a later check would make of the same input.
    """

    def __init__(self, *, first_only: bool = False) -> None:
        self.first_only = first_only
        self.found: list[FaceIDError] = []

    def check(self, check: Callable[[], object]) -> None:
        """Run ``check``; keep its FaceIDError unless its field already has one (the one the service sees first)."""
        if self.first_only:
            check()
            return
        try:
            check()
        except FaceIDError as err:
            if all(found.field != err.field for found in self.found):
                self.found.append(err)

    def refuse(self, field_name: str, message: str, code: str = "BAD_ARGUMENTS") -> None:
        def refused() -> None:
            raise FaceIDError.input(field_name, message, code=code)

        self.check(refused)


class _Checked:
    """A request's ``validate()`` and ``problems()``, both from its one list of checks (``_check``)."""

    def _check(self, problems: _Problems) -> None:
        raise NotImplementedError

    def validate(self) -> None:
        """Refuse what the service would refuse, naming the field (the first of ``problems()``)."""
        self._check(_Problems(first_only=True))

    def problems(self) -> list[FaceIDError]:
        """Everything the service would refuse, one problem per field, in the order it checks them."""
        problems = _Problems()
        self._check(problems)
        return problems.found


def _flag(value: bool | None) -> str | None:
    return None if value is None else ("1" if value else "0")


def _check_image_present(source: ImageSource | None, field_name: str) -> None:
    if source is None:
        raise FaceIDError.input(field_name, f"{field_name} is required.", code="MISSING_ARGUMENTS")
    if isinstance(source, bytes) and not source:
        raise FaceIDError.input(field_name, f"{field_name} is empty.")
    if isinstance(source, (str, Path)):
        from .images import check_image_path  # Pillow loads with the first photo, not with the window

        check_image_path(Path(source), field_name)  # says "folder", "device", "no such file"...


def _check_int_range(value: int | None, lo: int, hi: int, field_name: str) -> None:
    if value is not None and not lo <= value <= hi:
        raise FaceIDError.input(field_name, f"{field_name} must be between {lo} and {hi}; got {value}.")


def _check_bytes_len(value: str | None, limit: int, field_name: str) -> None:
    if value is not None and len(value.encode("utf-8")) > limit:
        raise FaceIDError.input(field_name, f"{field_name} is longer than {limit} bytes.")


def _check_identity(
    problems: _Problems,
    ctype: ComparisonType,
    *,
    idcard_name: str | None,
    idcard_number: str | None,
    uuid: str | None,
    uuid_limit: int,
    image_ref1: ImageSource | None,
) -> None:
    """KYC needs a valid name and ID number; face comparison a uuid and at least image_ref1; liveness only (-1) none of
    them."""
    if ctype is ComparisonType.LIVENESS_ONLY:
        for name, value in (("uuid", uuid), ("idcard_name", idcard_name), ("idcard_number", idcard_number)):
            if value:
                problems.refuse(name, f"{name} is not used with comparison_type=-1 (liveness only: no face is "
                                      "compared).")
        return
    if ctype is ComparisonType.KYC:
        if uuid:
            problems.refuse("uuid", "uuid is for face comparison (comparison_type=0), not KYC.")
        problems.check(lambda: validate_idcard_name(idcard_name or ""))
        problems.check(lambda: validate_idcard_number(idcard_number or ""))
        return
    for name, value in (("idcard_name", idcard_name), ("idcard_number", idcard_number)):
        if value:
            problems.refuse(name, f"{name} is for KYC (comparison_type=1), not face comparison.")
    problems.check(lambda: validate_uuid(uuid or "", uuid_limit))
    if image_ref1 is None:
        problems.refuse("image_ref1", "Face comparison needs at least image_ref1.", code="MISSING_ARGUMENTS")


def _check_compares(problems: _Problems, ctype: ComparisonType, call_name: str) -> bool:
    """Whether ``ctype`` is one ``call_name`` (verify, get_biz_token) takes: 0 or 1 ("取值只为“1”或“0”"); -1, liveness
    only, is get_token's alone."""
    if ctype is ComparisonType.LIVENESS_ONLY:
        problems.refuse("comparison_type",
                        f"comparison_type -1 (liveness only) is for get_token; {call_name} takes 0 or 1.")
        return False
    return True


def _identity_fields(idcard_name: str | None, idcard_number: str | None, uuid: str | None) -> dict[str, str | None]:
    """The identity form fields as sent: name trimmed of spaces and zero-width characters, ID number compacted and
    upper-cased."""
    return {
        "idcard_name": normalize_idcard_name(idcard_name) if idcard_name else None,
        "idcard_number": normalize_idcard_number(idcard_number) if idcard_number else None,
        "uuid": uuid,
    }


@dataclass(frozen=True)
class VerifyRequest(_Checked):
    """``POST /faceid/v2/verify`` with ``face_image_type=raw_image``."""

    comparison_type: ComparisonType
    image: ImageSource
    uuid: str | None = None
    idcard_name: str | None = None
    idcard_number: str | None = None
    image_ref1: ImageSource | None = None
    image_ref2: ImageSource | None = None
    image_ref3: ImageSource | None = None
    fail_when_multiple_faces: bool | None = None
    face_quality_threshold: int | None = None
    return_faces: bool | None = None
    multi_oriented_detection: bool | None = None
    fail_when_ref_multiple_faces: bool | None = None

    face_image_type: ClassVar[str] = "raw_image"

    def image_refs(self) -> dict[str, ImageSource]:
        """The reference photos given, by parameter name."""
        refs = {"image_ref1": self.image_ref1, "image_ref2": self.image_ref2, "image_ref3": self.image_ref3}
        return {k: v for k, v in refs.items() if v is not None}

    def _check(self, problems: _Problems) -> None:
        ctype = ComparisonType(self.comparison_type)
        if _check_compares(problems, ctype, "verify"):
            _check_identity(problems, ctype, idcard_name=self.idcard_name, idcard_number=self.idcard_number,
                            uuid=self.uuid, uuid_limit=MAX_UUID_BYTES_VERIFY, image_ref1=self.image_ref1)
        # Reference photos fill image_ref1 first: the service numbers its results after them.
        if self.image_ref1 is None and (self.image_ref2 is not None or self.image_ref3 is not None):
            problems.refuse("image_ref1", "Give image_ref1 before image_ref2 and image_ref3.")
        if self.image_ref2 is None and self.image_ref3 is not None:
            problems.refuse("image_ref2", "Give image_ref2 before image_ref3.")
        problems.check(lambda: _check_image_present(self.image, "image"))
        for name, source in self.image_refs().items():
            problems.check(partial(_check_image_present, source, name))
        problems.check(lambda: _check_int_range(self.face_quality_threshold, 0, 100, "face_quality_threshold"))
        if ctype is ComparisonType.KYC and self.fail_when_ref_multiple_faces is not None and not self.image_refs():
            problems.refuse("fail_when_ref_multiple_faces",
                            "fail_when_ref_multiple_faces needs at least one reference photo.")

    def form_fields(self) -> dict[str, str]:
        """The non-file form fields (without credentials)."""
        fields: dict[str, str | None] = {
            "comparison_type": str(int(self.comparison_type)),
            "face_image_type": self.face_image_type,
            **_identity_fields(self.idcard_name, self.idcard_number, self.uuid),
            "fail_when_multiple_faces": _flag(self.fail_when_multiple_faces),
            "face_quality_threshold": (
                None if self.face_quality_threshold is None else str(self.face_quality_threshold)
            ),
            "return_faces": _flag(self.return_faces),
            "multi_oriented_detection": _flag(self.multi_oriented_detection),
            "fail_when_ref_multiple_faces": _flag(self.fail_when_ref_multiple_faces),
        }
        return {k: v for k, v in fields.items() if v is not None}

    def image_fields(self) -> dict[str, ImageSource]:
        """The file fields, in the order the service checks them."""
        return {"image": self.image, **self.image_refs()}


@dataclass(frozen=True)
class GetBizTokenRequest(_Checked):
    """``POST /faceid/v3/sdk/get_biz_token``: configure a mobile-SDK session; every documented parameter."""

    liveness_type: LivenessType
    comparison_type: ComparisonType
    idcard_name: str | None = None
    idcard_number: str | None = None
    uuid: str | None = None
    image_ref1: ImageSource | None = None
    image_ref2: ImageSource | None = None
    biz_no: str | None = None
    liveness_timeout: int | None = None
    liveness_action_count: int | None = None
    face_replace_detection: bool | None = None
    eyes_close_detection: bool | None = None
    flash_liveness_timeout: int | None = None
    image: ImageSource | None = None
    fail_when_multiple_faces: bool | None = None
    face_quality_threshold: int | None = None
    return_faces: bool | None = None
    verbose: int | None = None
    security_level: int | None = None
    force_compare: bool | None = None
    multi_oriented_detection: bool | None = None
    liveness_level: int | None = None
    maximum_brightness: bool | None = None
    get_liveness_video: int | None = None
    device_risk: bool | None = None
    multiple_faces_detection: bool | None = None

    def _check(self, problems: _Problems) -> None:
        liveness = LivenessType(self.liveness_type)
        ctype = ComparisonType(self.comparison_type)
        if _check_compares(problems, ctype, "get_biz_token"):
            _check_identity(problems, ctype, idcard_name=self.idcard_name, idcard_number=self.idcard_number,
                            uuid=self.uuid, uuid_limit=MAX_UUID_BYTES_BIZ_TOKEN, image_ref1=self.image_ref1)
        if self.image_ref1 is None and self.image_ref2 is not None:
            problems.refuse("image_ref1", "Give image_ref1 before image_ref2.")
        for name in ("image_ref1", "image_ref2"):
            source = getattr(self, name)
            if source is not None:
                problems.check(partial(_check_image_present, source, name))
        problems.check(lambda: _check_bytes_len(self.biz_no, MAX_BIZ_NO_BYTES, "biz_no"))
        for name, lo, hi in (("liveness_timeout", 5, 60), ("liveness_action_count", 1, 3),
                             ("flash_liveness_timeout", 60, 180), ("face_quality_threshold", 0, 100),
                             ("verbose", 0, 1), ("security_level", 1, 4), ("liveness_level", 0, 2),
                             ("get_liveness_video", 0, 3)):
            problems.check(partial(_check_int_range, getattr(self, name), lo, hi, name))
        only_for: dict[str, tuple[LivenessType, ...]] = {
            "liveness_action_count": (LivenessType.MEGLIVE,),
            "face_replace_detection": (LivenessType.MEGLIVE,),
            "eyes_close_detection": (LivenessType.STILL, LivenessType.FLASH),
            "flash_liveness_timeout": (LivenessType.FLASH,),
            "image": (LivenessType.RAW_IMAGE,),
            "fail_when_multiple_faces": (LivenessType.RAW_IMAGE,),
            "face_quality_threshold": (LivenessType.RAW_IMAGE,),
            "return_faces": (LivenessType.RAW_IMAGE,),
        }
        for name, allowed in only_for.items():
            if getattr(self, name) is not None and liveness not in allowed:
                kinds = " or ".join(a.value for a in allowed)
                problems.refuse(name, f"{name} applies only when liveness_type is {kinds}.")
        if liveness is LivenessType.RAW_IMAGE:
            problems.check(lambda: _check_image_present(self.image, "image"))

    def form_fields(self) -> dict[str, str]:
        """The non-file form fields (without sign and sign_version)."""
        values: dict[str, object] = {
            "liveness_type": LivenessType(self.liveness_type).value,
            "comparison_type": str(int(self.comparison_type)),
            **_identity_fields(self.idcard_name, self.idcard_number, self.uuid),
            "biz_no": self.biz_no,
            "liveness_timeout": self.liveness_timeout,
            "liveness_action_count": self.liveness_action_count,
            "face_replace_detection": _flag(self.face_replace_detection),
            "eyes_close_detection": _flag(self.eyes_close_detection),
            "flash_liveness_timeout": self.flash_liveness_timeout,
            "fail_when_multiple_faces": _flag(self.fail_when_multiple_faces),
            "face_quality_threshold": self.face_quality_threshold,
            "return_faces": _flag(self.return_faces),
            "verbose": self.verbose,
            "security_level": self.security_level,
            "force_compare": _flag(self.force_compare),
            "multi_oriented_detection": _flag(self.multi_oriented_detection),
            "liveness_level": self.liveness_level,
            "maximum_brightness": _flag(self.maximum_brightness),
            "get_liveness_video": self.get_liveness_video,
            "device_risk": _flag(self.device_risk),
            "multiple_faces_detection": _flag(self.multiple_faces_detection),
        }
        return {k: str(v) for k, v in values.items() if v is not None}

    def image_fields(self) -> dict[str, ImageSource]:
        """The file fields, in the order the service checks them."""
        files = {"image_ref1": self.image_ref1, "image_ref2": self.image_ref2, "image": self.image}
        return {k: v for k, v in files.items() if v is not None}


@dataclass(frozen=True)
class GetResultRequest(_Checked):
    """``GET /faceid/liveness/v2/get_result``: a web-liveness result by ``biz_id``."""

    biz_id: str
    get_image_type: GetImageType = GetImageType.NONE

    def _check(self, problems: _Problems) -> None:
        """An empty or spaced biz_id, an unknown image type."""
        biz_id = self.biz_id.strip()
        if not biz_id:
            problems.refuse("biz_id", "biz_id is required.", code="MISSING_ARGUMENTS")
        elif any(c.isspace() for c in biz_id):
            problems.refuse("biz_id", "biz_id must not contain spaces.")
        elif any(unicodedata.category(c) in ("Cc", "Cf") for c in biz_id):  # NUL, ESC, a right-to-left override…
            problems.refuse("biz_id", "biz_id must not contain control characters.")
        elif len(biz_id) > MAX_BIZ_ID_CHARS:  # a paste gone wrong: the service would only answer "not found"
            problems.refuse("biz_id", f"biz_id is {len(biz_id)} characters long; a biz_id has at most "
                                      f"{MAX_BIZ_ID_CHARS}.")
        try:
            GetImageType(self.get_image_type)
        except (ValueError, TypeError):
            problems.refuse("get_image_type", "get_image_type must be 0, 1 or 2.")

    def query(self) -> dict[str, str]:
        """The query parameters (without credentials)."""
        return {"biz_id": self.biz_id.strip(), "get_image_type": str(int(self.get_image_type))}


#: The only ports FaceID posts a notify_url callback to, a whitelist of its own (h5-callbacks: "支持的端口有:443,5000,
#: 16003,8883,8028"). A notify_url on another port gets no callback; the documents do not say get_token refuses it.
NOTIFY_URL_PORTS: Final = (443, 5000, 16003, 8883, 8028)


def notify_port_not_posted_to(notify_url: str) -> int | None:
    """The port of ``notify_url`` (80 or 443 when it names none) when FaceID posts no callback to it; None when it
    does, or when this is no http(s) URL with a port (a problem said otherwise)."""
    try:
        parts = urlsplit(notify_url.strip())
        port = parts.port
    except ValueError:  # a port that is no number, or out of range
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    if port is None:
        port = 443 if scheme == "https" else 80
    return None if port in NOTIFY_URL_PORTS else port


@dataclass(frozen=True)
class GetTokenRequest(_Checked):
    """``POST /faceid/liveness/v2/get_token``: start a web-liveness session."""

    comparison_type: ComparisonType
    return_url: str
    notify_url: str
    idcard_name: str | None = None
    idcard_number: str | None = None
    uuid: str | None = None
    image_ref1: ImageSource | None = None
    image_ref2: ImageSource | None = None
    image_ref3: ImageSource | None = None
    biz_no: str | None = None
    biz_extra_data: str | None = None
    extra: Mapping[str, str] = field(default_factory=dict)

    def _check(self, problems: _Problems) -> None:
        ctype = ComparisonType(self.comparison_type)
        _check_identity(problems, ctype, idcard_name=self.idcard_name, idcard_number=self.idcard_number,
                        uuid=self.uuid, uuid_limit=MAX_UUID_BYTES_VERIFY, image_ref1=self.image_ref1)
        for name in ("return_url", "notify_url"):
            url = getattr(self, name)
            if not url:
                problems.refuse(name, f"{name} is required.", code="MISSING_ARGUMENTS")
            elif not url.startswith(("http://", "https://")):
                problems.refuse(name, f"{name} must be an http(s) URL.")
        for name in REF_FIELDS:
            source = getattr(self, name)
            if source is not None and ctype is ComparisonType.LIVENESS_ONLY:  # nothing to compare them with
                problems.refuse(name, f"{name} is not used with comparison_type=-1 (liveness only: no face is "
                                      "compared).")
            elif source is not None:
                problems.check(partial(_check_image_present, source, name))
        problems.check(lambda: _check_bytes_len(self.biz_no, MAX_BIZ_NO_BYTES, "biz_no"))
        problems.check(lambda: _check_bytes_len(self.biz_extra_data, MAX_BIZ_EXTRA_DATA_BYTES, "biz_extra_data"))

    def form_fields(self) -> dict[str, str]:
        """The non-file form fields (without credentials)."""
        values = {
            "comparison_type": str(int(self.comparison_type)),
            **_identity_fields(self.idcard_name, self.idcard_number, self.uuid),
            "return_url": self.return_url,
            "notify_url": self.notify_url,
            "biz_no": self.biz_no,
            "biz_extra_data": self.biz_extra_data,
            **self.extra,
        }
        return {k: v for k, v in values.items() if v is not None}

    def image_fields(self) -> dict[str, ImageSource]:
        """The file fields."""
        files = {n: getattr(self, n) for n in REF_FIELDS}
        return {k: v for k, v in files.items() if v is not None}
