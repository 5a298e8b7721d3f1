"""Typed results of the FaceID APIs: every documented response field, with the raw JSON kept alongside.

Parsing is tolerant of absent optional fields (the documents return many only in some modes) and
strict about types of the fields that are present: a wrong type raises FaceIDError(INVALID_RESPONSE).
The answers of verify and get_result are also held to what was asked (``parse_verify``, ``parse_get_result``).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from .errors import (
    INVALID_RESPONSE,
    OTHER_SESSION,
    ErrorOrigin,
    FaceIDError,
    RefusedField,
    is_billed,
    split_error_string,
)
from .kinds import ComparisonType

#: The false-accept rates the service returns thresholds for, strictest last.
THRESHOLD_LEVELS: Final = ("1e-3", "1e-4", "1e-5", "1e-6")

#: The scale of a comparison's confidence and of its thresholds (verify 2.0.6: "取值[0,100]").
SCORE_MIN: Final = 0.0
SCORE_MAX: Final = 100.0

JSON = Mapping[str, Any]


#: How a refused field's error words it, by the JSON type the field should have had ("present": it is missing).
NOT_A: Final = {
    "object": "is not an object",
    "number": "is not a number",
    "integer": "is not an integer",
    "string": "is not a string",
    "list": "is not a list",
    "present": "is missing",
}


#: A score in an answer for a comparison the request did not ask for.
NOT_ASKED_FOR: Final = "is there, but was not asked for"

#: Refusals of a field that is as FaceID sends it, but not for what was asked, by kind: the end of their words.
NOT_AS_ASKED: Final = {
    "not_asked_for": NOT_ASKED_FOR,
    OTHER_SESSION: "not the biz_id asked for",
}

#: Refusals of a number's value rather than its type, by the end of their words: what the field should have been.
NOT_IN_RANGE: Final = {
    "finite": "is not a finite number",
    "score": "outside FaceID's range of 0 to 100",
    "fraction": "outside FaceID's range of 0 to 1",
}


def _bad(path: str, what: str, kind: str, found: str = "", asked: str = "") -> FaceIDError:
    """INVALID_RESPONSE for the answer's field at ``path``: ``what`` words it, ``kind`` says it for code."""
    return FaceIDError(
        code=INVALID_RESPONSE, detail=path, origin=ErrorOrigin.SERVICE,
        message=f"response field {path} {what}", refused=RefusedField(path, kind, found, asked),
    )


def _not_a(path: str, kind: str) -> FaceIDError:
    """A field missing (kind "present") or not of the JSON type FaceID sends (a key of ``NOT_A``)."""
    return _bad(path, NOT_A[kind], kind)


def refused_field(err: FaceIDError) -> tuple[str, str] | None:
    """The field a parse refused (its path, ``response.`` dropped for the answer's top level) and what it should
    have been (a key of ``NOT_A``: its JSON type, or of ``NOT_IN_RANGE``); None when ``err`` is not a refused
    field's of those kinds. Read from the error's ``refused``, never from its words."""
    refused = err.refused
    if err.code != INVALID_RESPONSE or refused is None or (refused.kind not in NOT_A
                                                           and refused.kind not in NOT_IN_RANGE):
        return None
    return refused.path.removeprefix("response."), refused.kind


def number_text(number: float) -> str:
    """A number from an answer as an error shows it: its shortest form that reads back as the same float, so a
    value refused as out of range is seen to be (100.0000001, not "100"); 1e+308 stays short."""
    return repr(float(number)).removesuffix(".0")


#: At most this many characters of an answer's own value go into an error message (a biz_id can be megabytes).
EXCERPT_CHARACTERS: Final = 80


def _excerpt(text: str) -> str:
    return repr(text if len(text) <= EXCERPT_CHARACTERS else text[:EXCERPT_CHARACTERS] + "…")


def _obj(value: Any, path: str) -> JSON:
    if not isinstance(value, Mapping):
        raise _not_a(path, "object")
    return value


def _num(value: Any, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _not_a(path, "number")
    try:
        number = float(value)
    except OverflowError:  # an integer of hundreds of digits: JSON allows it, no float holds it
        raise _bad(path, NOT_IN_RANGE["finite"], "finite") from None
    # Python's json reads NaN, Infinity and 1e400 (inf); FaceID never sends them.
    if not math.isfinite(number):
        raise _bad(path, NOT_IN_RANGE["finite"], "finite", number_text(number))
    return number


def _score_value(value: Any, path: str) -> float:
    """A confidence or threshold: a finite number on FaceID's 0–100 scale."""
    number = _num(value, path)
    if not SCORE_MIN <= number <= SCORE_MAX:
        shown = number_text(number)
        raise _bad(path, f"is {shown}, {NOT_IN_RANGE['score']}", "score", shown)
    return number


def _opt_fraction(data: JSON, key: str, path: str) -> float | None:
    """A genuineness confidence or threshold, when present: verify 2.0.6 gives each as a float in [0, 1]."""
    number = _opt_num(data, key, path)
    if number is not None and not 0.0 <= number <= 1.0:
        shown = number_text(number)
        raise _bad(f"{path}.{key}", f"is {shown}, {NOT_IN_RANGE['fraction']}", "fraction", shown)
    return number


def _opt_num(data: JSON, key: str, path: str) -> float | None:
    value = data.get(key)
    return None if value is None else _num(value, f"{path}.{key}")


def _opt_int(data: JSON, key: str, path: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        # Some gateways send ints as strings; accept a decimal string (ASCII digits: int() refuses "²", a digit).
        if isinstance(value, str) and value.isascii() and value.isdigit():
            return int(value)
        raise _not_a(f"{path}.{key}", "integer")
    return value


def _opt_str(data: JSON, key: str, path: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _not_a(f"{path}.{key}", "string")
    return value


@dataclass(frozen=True)
class ScoreWithThresholds:
    """A confidence (0–100, higher = more alike) with the thresholds of the same response."""

    confidence: float
    thresholds: Mapping[str, float]

    @classmethod
    def parse(cls, data: Any, path: str) -> ScoreWithThresholds:
        obj = _obj(data, path)
        confidence = _score_value(obj.get("confidence"), f"{path}.confidence")
        raw_thresholds = obj.get("thresholds", {})
        thresholds = {
            str(k): _score_value(v, f"{path}.thresholds.{k}")
            for k, v in _obj(raw_thresholds, f"{path}.thresholds").items()
        }
        return cls(confidence, thresholds)

    def passes(self, level: str) -> bool | None:
        """Whether the confidence reaches the threshold of ``level``; None if that threshold is absent."""
        threshold = self.thresholds.get(level)
        return None if threshold is None else self.confidence >= threshold

    def strictest_level_met(self) -> str | None:
        """The strictest false-accept level whose threshold the confidence reaches, if any."""
        met = [lvl for lvl in THRESHOLD_LEVELS if self.passes(lvl)]
        return met[-1] if met else None


@dataclass(frozen=True)
class IdExceptions:
    """``id_exceptions`` (KYC only): whether the ID was used in attacks; whether its photo is monochrome."""

    id_attacked: int | None
    id_photo_monochrome: int | None

    @classmethod
    def parse(cls, data: Any, path: str = "id_exceptions") -> IdExceptions:
        obj = _obj(data, path)
        return cls(_opt_int(obj, "id_attacked", path), _opt_int(obj, "id_photo_monochrome", path))


@dataclass(frozen=True)
class FaceRect:
    """A face box as fractions (0–1) of the image's width and height."""

    left: float
    top: float
    width: float
    height: float


@dataclass(frozen=True)
class DetectedFace:
    """One entry of ``faces``: box, quality, the suggested quality threshold, and orientation."""

    quality: float | None
    quality_threshold: float | None
    rect: FaceRect | None
    orientation: int | None

    @classmethod
    def parse(cls, data: Any, path: str) -> DetectedFace:
        obj = _obj(data, path)
        rect = None
        if obj.get("rect") is not None:
            r = _obj(obj["rect"], f"{path}.rect")
            rect = FaceRect(*(_num(r.get(k), f"{path}.rect.{k}") for k in ("left", "top", "width", "height")))
        return cls(
            _opt_num(obj, "quality", path), _opt_num(obj, "quality_threshold", path), rect,
            _opt_int(obj, "orientation", path),
        )


def _faces(obj: JSON, prefix: str) -> tuple[DetectedFace, ...]:
    """An answer's ``faces`` (return_faces=1), each named by its place (``faces[0]``); () when it has none."""
    faces_raw = obj.get("faces") or []
    if not isinstance(faces_raw, list):
        raise _not_a(prefix + "faces", "list")
    return tuple(DetectedFace.parse(f, f"{prefix}faces[{i}]") for i, f in enumerate(faces_raw))


def error_faces(err: FaceIDError) -> tuple[DetectedFace, ...] | None:
    """The ``faces`` a refusal of FaceID's carried (verify 2.0.6 and get_biz_token v3, return_faces: "即使调用返回错误码
    400(LOW_QUALITY)、400(MULTIPLE_FACES)或400(NO_FACE_FOUND),返回结果里依然会包含faces字段"); None when its answer
    had none, or they cannot be read (a refusal is reported whatever its faces hold)."""
    if err.origin is not ErrorOrigin.SERVICE or not err.raw_body or not err.raw_body.lstrip().startswith("{"):
        return None
    try:
        body = json.loads(err.raw_body)
    except ValueError:
        return None
    if not isinstance(body, Mapping) or not isinstance(body.get("faces"), list):
        return None
    try:
        return _faces(body, "")
    except FaceIDError:
        return None


def refused_image_faces(err: FaceIDError, *, v3: bool = False) -> tuple[DetectedFace, ...] | None:
    """The faces of the photo to check (``image``) a refusal of verify's carried: LOW_QUALITY is always about it,
    MULTIPLE_FACES and NO_FACE_FOUND when they name it (verify 2.0.6: "<param>为image_ref1、image_ref2、image_ref3、
    image中的一个"); None for a refusal of a reference photo (its faces are not among them), or one without faces.
    ``v3``: get_biz_token's, whose MULTIPLE_FACES names no photo and is about ``image``, its only checked one."""
    about_image = err.detail == "image" or (v3 and err.code == "MULTIPLE_FACES" and not err.detail)
    if err.code != "LOW_QUALITY" and (err.code not in ("MULTIPLE_FACES", "NO_FACE_FOUND") or not about_image):
        return None
    return error_faces(err)


#: The genuineness checks, each a (confidence, threshold) pair in [0, 1].
GENUINENESS_CHECKS: Final = ("synthetic_face", "mask", "screen_replay")


@dataclass(frozen=True)
class GenuinenessGauge:
    """One face-genuineness check: the attack is suspected when confidence ≥ threshold."""

    check: str
    confidence: float | None
    threshold: float | None

    @property
    def suspected(self) -> bool | None:
        """Whether this kind of attack is suspected; None when either value is missing."""
        if self.confidence is None or self.threshold is None:
            return None
        return self.confidence >= self.threshold


@dataclass(frozen=True)
class FaceGenuineness:
    """``face_genuineness``: any subset of the documented fields."""

    synthetic_face_confidence: float | None = None
    synthetic_face_threshold: float | None = None
    mask_confidence: float | None = None
    mask_threshold: float | None = None
    screen_replay_confidence: float | None = None
    screen_replay_threshold: float | None = None
    face_replaced: int | None = None

    @classmethod
    def parse(cls, data: Any, path: str = "face_genuineness") -> FaceGenuineness:
        obj = _obj(data, path)
        values: dict[str, Any] = {}
        for check in GENUINENESS_CHECKS:
            for suffix in ("confidence", "threshold"):
                key = f"{check}_{suffix}"
                values[key] = _opt_fraction(obj, key, path)
        values["face_replaced"] = _opt_int(obj, "face_replaced", path)
        return cls(**values)

    def gauges(self) -> list[GenuinenessGauge]:
        """The checks present in the response, in documented order."""
        out = []
        for check in GENUINENESS_CHECKS:
            conf = getattr(self, f"{check}_confidence")
            thr = getattr(self, f"{check}_threshold")
            if conf is not None or thr is not None:
                out.append(GenuinenessGauge(check, conf, thr))
        return out

    def suspected(self) -> list[str]:
        """The checks whose confidence reaches their threshold, and ``face_replaced`` when the face was swapped:
        the one rule the window, the command line and the history flag an attack by."""
        found = [gauge.check for gauge in self.gauges() if gauge.suspected]
        return [*found, "face_replaced"] if self.face_replaced == 1 else found


@dataclass(frozen=True)
class VerifyResult:
    """The answer of verify, or the ``verify_result`` of a liveness session."""

    request_id: str | None
    time_used: int | None
    result_faceid: ScoreWithThresholds | None
    result_refs: Mapping[int, ScoreWithThresholds]
    id_exceptions: IdExceptions | None
    faces: tuple[DetectedFace, ...]
    face_genuineness: FaceGenuineness | None
    #: H5 verify_result extras.
    result_idcard_photo: ScoreWithThresholds | None = None
    result_idcard_datasource: ScoreWithThresholds | None = None
    verify_time: int | None = None
    error_message: str | None = None
    raw: JSON = field(default_factory=dict, repr=False)

    @classmethod
    def parse(cls, data: Any, path: str = "") -> VerifyResult:
        obj = _obj(data, path or "response")
        prefix = f"{path}." if path else ""

        def score(key: str) -> ScoreWithThresholds | None:
            value = obj.get(key)
            return None if value is None else ScoreWithThresholds.parse(value, prefix + key)

        refs = {}
        for i in (1, 2, 3):
            s = score(f"result_ref{i}")
            if s is not None:
                refs[i] = s
        return cls(
            request_id=_opt_str(obj, "request_id", path or "response"),
            time_used=_opt_int(obj, "time_used", path or "response"),
            result_faceid=score("result_faceid"),
            result_refs=refs,
            id_exceptions=None if obj.get("id_exceptions") is None
            else IdExceptions.parse(obj["id_exceptions"], prefix + "id_exceptions"),
            faces=_faces(obj, prefix),
            face_genuineness=None if obj.get("face_genuineness") is None
            else FaceGenuineness.parse(obj["face_genuineness"], prefix + "face_genuineness"),
            result_idcard_photo=score("result_idcard_photo"),
            result_idcard_datasource=score("result_idcard_datasource"),
            verify_time=_opt_int(obj, "verify_time", path or "response"),
            error_message=_opt_str(obj, "error_message", path or "response"),
            raw=obj,
        )

    @classmethod
    def parse_verify(cls, data: Any, comparison_type: ComparisonType, sent_refs: Iterable[str]) -> VerifyResult:
        """verify's answer to a request of ``comparison_type`` that sent the reference photos ``sent_refs``
        (``image_ref1``…): FaceIDError(INVALID_RESPONSE) naming the field unless it carries a score for each
        comparison asked for and the request_id and time_used FaceID always sends, so a host that is not FaceID
        (or an answer without scores) is never shown as a result."""
        result = cls.parse(data)
        # verify 2.0.6: KYC answers with result_faceid, and with result_refN for each image_refN sent.
        if comparison_type is ComparisonType.KYC and result.result_faceid is None:
            raise _not_a("response.result_faceid", "present")
        sent = {int(name.removeprefix("image_ref")) for name in sent_refs}
        if missing := sorted(sent - set(result.result_refs)):
            raise _not_a(f"response.result_ref{missing[0]}", "present")
        # A score for a comparison not asked for would be judged with the others (the best one decides).
        if comparison_type is not ComparisonType.KYC and result.result_faceid is not None:
            raise _bad("response.result_faceid", NOT_ASKED_FOR, "not_asked_for")
        if extra := sorted(set(result.result_refs) - sent):
            raise _bad(f"response.result_ref{extra[0]}", NOT_ASKED_FOR, "not_asked_for")
        # "除非发生404(API_NOT_FOUND)错误,此字段必定返回": the reviewer cites the request_id to FaceID.
        if not result.request_id:
            raise _not_a("response.request_id", "present")
        if result.time_used is None:
            raise _not_a("response.time_used", "present")
        return result

    @property
    def scored(self) -> bool:
        """Whether the answer carries any score at all (an H5 session's may hold only the ID-card ones)."""
        return bool(self.result_faceid or self.result_refs or self.result_idcard_photo
                    or self.result_idcard_datasource)

    def primary_score(self) -> ScoreWithThresholds | None:
        """The score a reviewer decides on: result_faceid (KYC), else the best reference score, else an H5 session's
        result_idcard_photo: the live face against the photo on the ID card photographed, "同result_faceid" (its own
        thresholds, of the same meaning). Never result_idcard_datasource, which does not compare the live face."""
        if self.result_faceid is not None:
            return self.result_faceid
        if not self.result_refs:
            return self.result_idcard_photo
        return max(self.result_refs.values(), key=lambda s: s.confidence)

    @property
    def judged_on_idcard_photo(self) -> bool:
        """Whether the score decided on is result_idcard_photo: the answer has neither result_faceid nor result_refN,
        so the face is judged against the ID card's photo alone."""
        return self.result_idcard_photo is not None and self.primary_score() is self.result_idcard_photo


#: The key a session's comparison error comes under: get_result's ``{"error": "VERIFY_API_FAILED"}`` (web liveness),
#: the H5 callbacks' ``{"error_message": "NO_SUCH_ID_NUMBER"}``.
COMPARISON_ERROR_KEYS: Final = ("error", "error_message")
#: A session's comparison errors its billing tables bill with no detail: the H5 table names them bare
#: ("此错误会产生计费"), the web table NO_FACE_FOUND bare and IMAGE_ERROR_UNSUPPORTED_FORMAT with data_source.
_SESSION_BILLED_BARE: Final = frozenset({"NO_FACE_FOUND", "IMAGE_ERROR_UNSUPPORTED_FORMAT"})


@dataclass(frozen=True)
class VerifyFailure:
    """``verify_result`` in its error form (``{"error": "..."}`` of get_result, ``{"error_message": "..."}`` of the
    H5 callbacks) with no score: the comparison failed, and the session gave no score to judge."""

    error: str
    raw: JSON = field(default_factory=dict, repr=False)

    @property
    def code(self) -> str:
        return split_error_string(self.error)[0]

    @property
    def detail(self) -> str:
        return split_error_string(self.error)[1]

    @property
    def billed(self) -> bool | None:
        """Whether the session is charged although the comparison failed (the web-liveness and H5 billing tables);
        None for VERIFY_API_FAILED, which does not say which verify error it was (web liveness: "哪些错误是否计费请参照
        Verify错误返回表")."""
        if self.code == "VERIFY_API_FAILED":
            return None
        if self.code in _SESSION_BILLED_BARE and not self.detail:
            return True
        return is_billed(self.code, self.detail)


#: The counts an H5 session's ``liveness_result.details`` documents (h5-callbacks, procedure_type "will"), in its
#: order: how many times each problem was seen during the check.
LIVENESS_DETAIL_COUNTS: Final = ("FACE_NOT_FOUND", "SIDE_FACE", "UPDOWN_FACE", "EYE_OCCLUSION", "MOUTH_OCCLUSION",
                                 "AWAY_FROM_CAMERA", "CLOSE_TO_CAMERA", "FACE_OUT_OF_CAMERA", "HIGH_BRIGHTNESS",
                                 "LOW_BRIGHTNESS", "LOW_FACE_QUALITY")


def is_zero_count(value: Any) -> bool:
    """Whether a detail's count is nought (a gateway may send a count as a decimal string)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return value == 0
    return isinstance(value, str) and value.strip() in ("0", "0.0")


@dataclass(frozen=True)
class LivenessResult:
    """``liveness_result`` in either shape.

    Web liveness: ``result`` is "success"/"failed" with ``failure_reason``, ``log``, ``version``.
    H5: ``result`` is "PASS"/"FAIL" with ``procedure_type``, ``details`` and ``face_genuineness``.
    """

    result: str
    failure_reason: str | None = None
    log: str | None = None
    version: str | None = None
    procedure_type: str | None = None
    details: Mapping[str, Any] | None = None
    face_genuineness: FaceGenuineness | None = None

    @classmethod
    def parse(cls, data: Any, path: str = "liveness_result") -> LivenessResult:
        obj = _obj(data, path)
        result = _opt_str(obj, "result", path)
        if result is None:
            raise _not_a(f"{path}.result", "present")
        details = obj.get("details")
        return cls(
            result=result,
            failure_reason=_opt_str(obj, "failure_reason", path),
            log=_opt_str(obj, "log", path),
            version=_opt_str(obj, "version", path),
            procedure_type=_opt_str(obj, "procedure_type", path),
            details=None if details is None else _obj(details, f"{path}.details"),
            face_genuineness=None if obj.get("face_genuineness") is None
            else FaceGenuineness.parse(obj["face_genuineness"], f"{path}.face_genuineness"),
        )

    def detail_counts(self) -> list[tuple[str, Any]]:
        """``details`` as (key, value) pairs: the counts that are not nought first, each group with the documented
        keys (``LIVENESS_DETAIL_COUNTS``, in its order) before the others (as the answer lists them)."""
        items = list((self.details or {}).items())
        order = {key: place for place, key in enumerate(LIVENESS_DETAIL_COUNTS)}
        return sorted(((str(key), value) for key, value in items),
                      key=lambda item: (is_zero_count(item[1]), order.get(item[0], len(order))))

    @property
    def shape(self) -> str:
        """"h5" for the PASS/FAIL shape, "web" for the success/failed shape."""
        return "h5" if self.result.upper() in ("PASS", "FAIL") else "web"

    @property
    def passed(self) -> bool:
        """Whether the liveness check passed, in either shape."""
        return self.result.lower() in ("success", "pass")


@dataclass(frozen=True)
class WillResult:
    """One entry of ``will_result``."""

    result: str | None
    will_error_message: str | None

    @property
    def failed(self) -> bool:
        """Whether the spoken consent failed: its result is FAIL, or it names an error and no PASS (h5-callbacks: FAIL
        "意愿认证失败"; ANSWER_INCONSISTENT, NO_AUDIO, FUNASR_ERR "在意愿确认时出现的错误")."""
        result = (self.result or "").upper()
        return result == "FAIL" or (result != "PASS" and bool(self.will_error_message))


@dataclass(frozen=True)
class LivenessImage:
    """An image returned as a data URL (``data:image/jpeg;base64,...``)."""

    name: str
    data_url: str

    @property
    def media_type(self) -> str:
        head = self.data_url.split(",", 1)[0]
        return head[5:].split(";", 1)[0] if head.startswith("data:") else "application/octet-stream"

    def decode(self) -> bytes:
        """The image bytes; FaceIDError(INVALID_RESPONSE) when the data URL is malformed."""
        head, sep, payload = self.data_url.partition(",")
        if not sep or not head.startswith("data:") or ";base64" not in head:
            raise _bad(f"images.{self.name}", "is not a base64 data URL", "data_url")
        try:
            return base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            raise _bad(f"images.{self.name}", "holds invalid base64", "base64") from None


@dataclass(frozen=True)
class LivenessSessionResult:
    """A web-liveness / H5 result: get_result's answer and the callbacks' ``data``."""

    request_id: str | None
    time_used: int | None
    biz_id: str | None
    biz_no: str | None
    biz_extra_data: str | None
    status: str | None
    fail_reason: str | None
    liveness_result: LivenessResult | None
    verify_result: VerifyResult | VerifyFailure | None
    images: tuple[LivenessImage, ...]
    idcard_info: Mapping[str, Any] | None
    will_result: tuple[WillResult, ...]
    raw: JSON = field(default_factory=dict, repr=False)

    @classmethod
    def parse(cls, data: Any) -> LivenessSessionResult:
        obj = _obj(data, "response")
        biz_info = obj.get("biz_info")
        info = _obj(biz_info, "biz_info") if biz_info is not None else {}

        def biz(key: str) -> str | None:
            return _opt_str(obj, key, "response") or _opt_str(info, key, "biz_info")

        verify_raw = obj.get("verify_result")
        verify: VerifyResult | VerifyFailure | None = None
        if verify_raw is not None:
            vobj = _obj(verify_raw, "verify_result")
            # The first of the keys that holds an error (an H5 callback's "error_message": null is none); an answer
            # with a score is judged by it.
            error = next((vobj[key] for key in COMPARISON_ERROR_KEYS if isinstance(vobj.get(key), str) and vobj[key]),
                         None)
            if error is not None and not any(k.startswith("result_") and v is not None for k, v in vobj.items()):
                verify = VerifyFailure(error, vobj)
            else:
                verify = VerifyResult.parse(vobj, "verify_result")
        images_raw = obj.get("images") or {}
        # image_best first, the frame compared and the one to look at; the others as the answer lists them (the
        # documents' example lists image_action1..3 before it).
        images = tuple(sorted(
            (LivenessImage(str(name), url) for name, url in _obj(images_raw, "images").items()
             if isinstance(url, str) and url),
            key=lambda image: image.name != "image_best"))
        will_raw = obj.get("will_result")
        wills: tuple[WillResult, ...] = ()
        if will_raw is not None:
            # Each item named by its place (as faces[i]), so a refused one is found in the answer.
            items = ([(f"will_result[{i}]", w) for i, w in enumerate(will_raw)] if isinstance(will_raw, list)
                     else [("will_result", will_raw)])
            wills = tuple(
                WillResult(_opt_str(_obj(w, path), "result", path), _opt_str(_obj(w, path), "will_error_message", path))
                for path, w in items
            )
        idcard_info = obj.get("idcard_info")
        return cls(
            request_id=_opt_str(obj, "request_id", "response"),
            time_used=_opt_int(obj, "time_used", "response"),
            biz_id=biz("biz_id"),
            biz_no=biz("biz_no"),
            biz_extra_data=biz("biz_extra_data"),
            status=_opt_str(obj, "status", "response"),
            fail_reason=_opt_str(obj, "fail_reason", "response"),
            liveness_result=None if obj.get("liveness_result") is None
            else LivenessResult.parse(obj["liveness_result"]),
            verify_result=verify,
            images=images,
            idcard_info=None if idcard_info is None else _obj(idcard_info, "idcard_info"),
            will_result=wills,
            raw=obj,
        )

    @classmethod
    def parse_get_result(cls, data: Any, biz_id: str) -> LivenessSessionResult:
        """get_result's answer to a look-up of ``biz_id``: FaceIDError(INVALID_RESPONSE) naming the field unless it is
        that session's result, so a host that is not FaceID (or another session's answer) is never shown as one."""
        result = cls.parse(data)
        if result.biz_id is None:
            raise _not_a("response.biz_id", "present")
        if result.biz_id != biz_id:  # a FaceID answer, but another session's: a caching proxy or a mix-up
            raise _bad("response.biz_id", f"is {_excerpt(result.biz_id)}, {NOT_AS_ASKED[OTHER_SESSION]}",
                       OTHER_SESSION, result.biz_id, biz_id)
        # A web session's answer has liveness_result; an H5 session's one not started, in progress or broken off
        # has none, but says its status (h5-callbacks: "NOT_STARTED或者PROCESSING状态时…liveness_result…均不会返回").
        if result.liveness_result is None and result.status is None and result.verify_result is None:
            raise _not_a("response.liveness_result", "present")
        return result

    def failed_will(self) -> WillResult | None:
        """The first spoken answer (``will_result``) that failed, if any."""
        return next((will for will in self.will_result if will.failed), None)

    def genuineness(self) -> FaceGenuineness | None:
        """The genuineness gauges, from the liveness result (H5) or the verify result (web)."""
        if self.liveness_result is not None and self.liveness_result.face_genuineness is not None:
            return self.liveness_result.face_genuineness
        if isinstance(self.verify_result, VerifyResult):
            return self.verify_result.face_genuineness
        return None


@dataclass(frozen=True)
class BizToken:
    """get_biz_token's answer: a single-use token, valid for one hour; with liveness_type raw_image and return_faces=1
    also the faces found in ``image`` ("1: 返回人脸检测结果(faces字段)"), parsed as verify's are."""

    biz_token: str
    request_id: str | None
    time_used: int | None
    faces: tuple[DetectedFace, ...] = ()
    raw: JSON = field(default_factory=dict, repr=False)

    @classmethod
    def parse(cls, data: Any) -> BizToken:
        obj = _obj(data, "response")
        token = _opt_str(obj, "biz_token", "response")
        if not token:
            raise _not_a("biz_token", "present")
        return cls(token, _opt_str(obj, "request_id", "response"), _opt_int(obj, "time_used", "response"),
                   faces=_faces(obj, ""), raw=obj)


#: How far from this workstation's clock a link's ``expired_time`` may be and still be read as when it expires. The
#: documents give get_token's link no lifetime (App's biz_token lives an hour, a session's result a day): a value
#: further off either way is no time in Unix seconds (milliseconds, a lifetime), or the clocks are far apart.
PLAUSIBLE_EXPIRY_S: Final = 86_400


@dataclass(frozen=True)
class WebLivenessToken:
    """get_token's answer: the token for the applicant's ``do`` page and when it expires."""

    token: str
    expired_time: int | None
    request_id: str | None
    time_used: int | None
    raw: JSON = field(default_factory=dict, repr=False)

    def expires_at(self, now: float) -> int | None:
        """``expired_time`` as Unix seconds, the unit of every time the documents give (verify_time, a v3 sign's
        times), when it is within a day of ``now`` (this workstation's clock) either way; None when there is none,
        or it is further off: read as a date, a value in milliseconds was the year 58888."""
        if self.expired_time is None or abs(self.expired_time - now) > PLAUSIBLE_EXPIRY_S:
            return None
        return self.expired_time

    @classmethod
    def parse(cls, data: Any) -> WebLivenessToken:
        obj = _obj(data, "response")
        token = _opt_str(obj, "token", "response")
        if not token:
            raise _not_a("token", "present")
        return cls(
            token, _opt_int(obj, "expired_time", "response"), _opt_str(obj, "request_id", "response"),
            _opt_int(obj, "time_used", "response"), obj,
        )
