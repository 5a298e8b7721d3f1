"""The public names of ``faceid_console.api``; ``__init__.py`` loads each one's module on first use."""


from .callbacks import (
    CallbackBody,
    MalformedPayload,
    ReturnUrlOnly,
    biz_id_from_return_url,
    parse_callback_form,
    parse_callback_paste,
)
from .client import FaceIDClient
from .endpoint import CloudRegion, Credentials, is_loopback_host, validate_base_url
from .errors import ErrorOrigin, FaceIDError, explain
from .images import PreparedImage, prepare_image, prepare_image_async
from .kinds import ComparisonType, GetImageType, LivenessType
from .redaction import redact
from .request_models import GetBizTokenRequest, GetResultRequest, GetTokenRequest, VerifyRequest
from .results import (
    THRESHOLD_LEVELS,
    BizToken,
    DetectedFace,
    FaceGenuineness,
    GenuinenessGauge,
    IdExceptions,
    LivenessResult,
    LivenessSessionResult,
    ScoreWithThresholds,
    VerifyFailure,
    VerifyResult,
    WebLivenessToken,
)
from .signing import callback_sign, sign_v3, verify_callback_sign

__all__ = [
    "THRESHOLD_LEVELS",
    "BizToken",
    "CallbackBody",
    "CloudRegion",
    "ComparisonType",
    "Credentials",
    "DetectedFace",
    "ErrorOrigin",
    "FaceGenuineness",
    "FaceIDClient",
    "FaceIDError",
    "GenuinenessGauge",
    "GetBizTokenRequest",
    "GetImageType",
    "GetResultRequest",
    "GetTokenRequest",
    "IdExceptions",
    "LivenessResult",
    "LivenessSessionResult",
    "LivenessType",
    "MalformedPayload",
    "PreparedImage",
    "ReturnUrlOnly",
    "ScoreWithThresholds",
    "VerifyFailure",
    "VerifyRequest",
    "VerifyResult",
    "WebLivenessToken",
    "biz_id_from_return_url",
    "callback_sign",
    "explain",
    "is_loopback_host",
    "parse_callback_form",
    "parse_callback_paste",
    "prepare_image",
    "prepare_image_async",
    "redact",
    "sign_v3",
    "validate_base_url",
    "verify_callback_sign",
]
