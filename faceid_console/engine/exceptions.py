"""One class per documented error string, each carrying its HTTP status and exact message (moto-style)."""

from __future__ import annotations

from typing import Any, ClassVar


class ServiceError(Exception):
    """A documented error the engine answers with. ``message`` is the exact documented string."""

    code: ClassVar[str] = "INTERNAL_ERROR"
    status: ClassVar[int] = 500

    def __init__(self, detail: str = "", *, extra: dict[str, Any] | None = None,
                 faces: list[dict[str, Any]] | None = None) -> None:
        self.detail = detail
        #: Non-standard, clearly named fields a client may ignore (e.g. why the engine cannot serve a mode).
        self.extra = extra or {}
        #: ``faces`` to include even on error when return_faces=1 (verify 2.0.6 says so).
        self.faces = faces
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return f"{self.code}: {self.detail}" if self.detail else self.code


class MissingArguments(ServiceError):
    code, status = "MISSING_ARGUMENTS", 400


class BadArguments(ServiceError):
    code, status = "BAD_ARGUMENTS", 400


class ImageErrorUnsupportedFormat(ServiceError):
    code, status = "IMAGE_ERROR_UNSUPPORTED_FORMAT", 400


class NoFaceFound(ServiceError):
    code, status = "NO_FACE_FOUND", 400


class NoSuchIdNumber(ServiceError):
    code, status = "NO_SUCH_ID_NUMBER", 400


class IdNumberNameNotMatch(ServiceError):
    code, status = "ID_NUMBER_NAME_NOT_MATCH", 400


class InvalidImageSize(ServiceError):
    code, status = "INVALID_IMAGE_SIZE", 400


class MultipleFaces(ServiceError):
    code, status = "MULTIPLE_FACES", 400


class LowQuality(ServiceError):
    code, status = "LOW_QUALITY", 400


class InvalidFaceToken(ServiceError):
    code, status = "INVALID_FACE_TOKEN", 400


class InvalidNameFormat(ServiceError):
    code, status = "INVALID_NAME_FORMAT", 400


class InvalidIdcardNumber(ServiceError):
    code, status = "INVALID_IDCARD_NUMBER", 400


class DataSourceError(ServiceError):
    code, status = "DATA_SOURCE_ERROR", 400


class AuthenticationError(ServiceError):
    code, status = "AUTHENTICATION_ERROR", 403


class AuthorizationError(ServiceError):
    code, status = "AUTHORIZATION_ERROR", 403


class ConcurrencyLimitExceeded(ServiceError):
    code, status = "CONCURRENCY_LIMIT_EXCEEDED", 403


class ResultNotFound(ServiceError):
    code, status = "RESULT_NOT_FOUND", 400


class DataDestroyed(ServiceError):
    code, status = "DATA_DESTROYED", 403


class ApiNotFound(ServiceError):
    code, status = "API_NOT_FOUND", 404


class InternalError(ServiceError):
    code, status = "INTERNAL_ERROR", 500


class RequestEntityTooLarge(ServiceError):
    """413, answered as plain text (not JSON), as the documents say."""

    code, status = "Request Entity Too Large", 413
