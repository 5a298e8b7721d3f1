"""HTTP side of the engine (moto's ``responses.py`` + ``urls.py``): parse parameters exactly as the
documents describe, call the backend, shape the documented JSON (or plain-text 413) reply.
"""

from __future__ import annotations

import base64
import binascii
import functools
import io
import json
import logging
import re
import time
import uuid as uuid_module
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, Any, Final
from urllib.parse import parse_qsl, urlsplit

from flask import Flask, Response, g, render_template, request
from flask.wrappers import Request
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.formparser import FormDataParser
from werkzeug.utils import cached_property

from ..api.endpoint import DO_PATH, GET_BIZ_TOKEN_PATH, GET_RESULT_PATH, GET_TOKEN_PATH, VERIFY_PATH
from ..api.identity import MAX_BIZ_EXTRA_DATA_BYTES, MAX_BIZ_NO_BYTES, MAX_UUID_BYTES_BIZ_TOKEN, MAX_UUID_BYTES_VERIFY
from . import exceptions as exc
from . import scoring
from .face_model import DetectedFace
from .models import (
    GENUINENESS_THRESHOLD,
    LIVENESS_FAILURE_REASONS,
    MAX_IMAGE_BYTES,
    SANDBOX_LIVENESS_VERSION,
    WEB_TOKEN_LIFETIME_S,
    EngineBackend,
    WebSession,
    check_idcard,
    new_request_id,
)
from .multipart import PartParser

log = logging.getLogger(__name__)

# The documented paths, shared with the client so the two cannot drift apart.
VERIFY: Final = VERIFY_PATH
GET_BIZ_TOKEN: Final = GET_BIZ_TOKEN_PATH
GET_TOKEN: Final = GET_TOKEN_PATH
DO: Final = DO_PATH
GET_RESULT: Final = GET_RESULT_PATH
#: A whole request may not exceed this (get_biz_token's documented 20 MB); verify's 2 MB is per image.
MAX_REQUEST_BYTES: Final = 20 * 1024 * 1024
REF_PARAMS: Final = ("image_ref1", "image_ref2", "image_ref3")
FACE_IMAGE_TYPES: Final = ("meglive", "facetoken", "raw_image", "meglive_flash")
#: The paths of the v3 API (get_biz_token): every answer there, a 404 too, has v3's error key ("error").
V3_PREFIX: Final = "/faceid/v3/"
#: Longest accepted return_url / notify_url (undocumented; a browser's practical limit).
MAX_URL_BYTES: Final = 4096
#: Longest digit string an integer parameter may have (leading zeros allowed, no more).
MAX_INT_CHARS: Final = 10
#: The WSGI environ key through which the server tells the app a request was refused at admission.
ADMISSION_REFUSED: Final = "faceid.concurrency_refused"
FORM_TYPES: Final = ("multipart/form-data", "application/x-www-form-urlencoded")


# --- strict request parsing ---------------------------------------------------------------------------


class CutBody(ValueError):
    """The form body ends early or is malformed; ``part`` is what to blame: the last field it started, if any, or
    ``content_type`` when the boundary it names never occurs in the body."""

    def __init__(self, part: str | None) -> None:
        super().__init__(part or "body")
        self.part = part


#: A part header's name, quoted or (read whole, as the multipart parser reads it) unquoted.
_PART_HEADER: Final = re.compile(
    rb'(?i)content-disposition:[ \t]*form-data;[ \t]*name=(?:"([^"\r\n]{0,100})"|([^";\r\n]{1,100}))')
#: A part name the engine can name in an error (every documented parameter's is one).
_NAMEABLE_PART: Final = re.compile(rb"[A-Za-z0-9_]{1,64}")


class _PartTracker(io.RawIOBase):
    """Passes the body through, remembering the name of the last multipart part that started."""

    def __init__(self, stream: IO[bytes], boundary: bytes = b"") -> None:
        self._stream = stream
        self._tail = b""
        self.last_part: str | None = None
        self._delimiter = b"--" + boundary
        self.delimiter_seen = not boundary
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._stream.read(len(buffer))
        self.bytes_read += len(data)
        seen = self._tail + data
        self.delimiter_seen = self.delimiter_seen or self._delimiter in seen
        # The case-insensitive pattern is slow over photo bytes (2.5 ms per 400 KB); a plain search of
        # the lower-cased chunk (0.2 ms) tells whether a part header can be in it at all.
        if b"content-disposition" in seen.lower():
            for match in _PART_HEADER.finditer(seen):
                # A part of another name (one not UTF-8 breaks the body) is blamed as the body, not the one before.
                quoted, unquoted = match.groups()
                name = quoted if quoted is not None else unquoted.strip(b" \t")
                self.last_part = name.decode("ascii") if _NAMEABLE_PART.fullmatch(name) else None
        self._tail = seen[-160:]  # a part header cut by a chunk boundary is still found
        buffer[: len(data)] = data
        return len(data)


class _StrictFormParser(FormDataParser):
    """Werkzeug's parser with errors raised instead of silently giving an empty form."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["silent"] = False
        super().__init__(*args, **kwargs)

    def parse(self, stream: IO[bytes], mimetype: str, content_length: int | None,
              options: dict[str, str] | None = None) -> Any:
        boundary = (options or {}).get("boundary", "") if mimetype == "multipart/form-data" else ""
        tracker = _PartTracker(stream, boundary.encode("latin-1", "replace"))
        spools: list[IO[bytes]] = []
        make_spool = self.stream_factory

        def spool(*args: Any, **kwargs: Any) -> IO[bytes]:
            spools.append(make_spool(*args, **kwargs))
            return spools[-1]

        self.stream_factory = spool  # remember file parts, to close them when the body turns out broken
        try:
            return super().parse(io.BufferedReader(tracker), mimetype, content_length, options)
        except ValueError:
            for file in spools:
                file.close()
            if not tracker.bytes_read:  # no body at all, so no parameters: each required one is missing
                return stream, self.cls(), self.cls()
            # A boundary the body never uses is the content type's fault, not the last part header's.
            raise CutBody(tracker.last_part if tracker.delimiter_seen else "content_type") from None
        finally:
            self.stream_factory = make_spool

    def _parse_multipart(self, stream: IO[bytes], mimetype: str, content_length: int | None,
                         options: dict[str, str]) -> Any:
        boundary = options.get("boundary", "").encode("ascii")
        if not boundary:
            raise ValueError("Missing boundary")
        parser = PartParser(stream_factory=self.stream_factory, max_form_memory_size=self.max_form_memory_size,
                            max_form_parts=self.max_form_parts, cls=self.cls)
        form, files = parser.parse(stream, boundary, content_length)
        return stream, form, files

    def _parse_urlencoded(self, stream: IO[bytes], mimetype: str, content_length: int | None,
                          options: dict[str, str]) -> Any:
        body = stream.read()
        # Werkzeug limits multipart parts only: 19 MB of "000&001&…" took 730 MB and seconds to parse.
        if self.max_form_parts is not None and body.count(b"&") >= self.max_form_parts:
            raise RequestEntityTooLarge()
        return stream, self.cls(_decoded_pairs(body.decode())), self.cls()


def _decoded_pairs(encoded: str) -> list[tuple[str, str]]:
    """``a=1&b=2`` decoded; a percent-escape that is not UTF-8 becomes U+FFFD, which the parameter checks
    refuse (werkzeug would keep it as the text "%FF", which looks like a valid name)."""
    return parse_qsl(encoded, keep_blank_values=True, errors="replace")


class _EngineRequest(Request):
    form_data_parser_class = _StrictFormParser

    @cached_property
    def args(self) -> MultiDict[str, str]:
        return self.parameter_storage_class(_decoded_pairs(self.query_string.decode()))


# --- parameter parsing ------------------------------------------------------------------------------


def _value(name: str) -> str | None:
    value = request.values.get(name)
    if value in (None, ""):
        return None
    assert value is not None
    if "\ufffd" in value and name != "idcard_name":  # bytes that are not UTF-8 (the name has its own error)
        raise exc.BadArguments(name)
    return value


def is_ascii_int(value: str) -> bool:
    """Digits 0-9 only: ``str.isdigit`` also accepts "²" and "①", which ``int()`` refuses."""
    return value.isascii() and value.isdigit() and len(value) <= MAX_INT_CHARS


def _required(name: str) -> str:
    value = _value(name)
    if value is None:
        raise exc.MissingArguments(name)
    return value


def _choice(name: str, allowed: Iterable[str], default: str | None = None) -> str | None:
    value = _value(name)
    if value is None:
        return default
    if value not in allowed:
        raise exc.BadArguments(name)
    return value


def _flag(name: str, default: bool) -> bool:
    return _choice(name, ("0", "1"), "1" if default else "0") == "1"


def _int_range(name: str, lo: int, hi: int, default: int | None = None) -> int | None:
    value = _value(name)
    if value is None:
        return default
    if not is_ascii_int(value) or not lo <= int(value) <= hi:
        raise exc.BadArguments(name)
    return int(value)


def _max_bytes(name: str, limit: int) -> str | None:
    value = _value(name)
    if value is not None and len(value.encode("utf-8")) > limit:
        raise exc.BadArguments(name)
    return value


def _file(name: str, *, per_image_limit: bool) -> bytes | None:
    upload = request.files.get(name)
    if upload is None:
        if request.values.get(name):  # sent as a text field, not a file (whatever its bytes)
            raise exc.ImageErrorUnsupportedFormat(name)
        return None
    data: bytes = upload.read()
    if per_image_limit and len(data) > MAX_IMAGE_BYTES:
        raise exc.RequestEntityTooLarge()
    if not data:
        raise exc.ImageErrorUnsupportedFormat(name)
    return data


def _comparison_type(allowed: tuple[str, ...] = ("0", "1")) -> int:
    """``comparison_type``: 0 or 1 ("取值只为“1”或“0”"); get_token also takes -1, liveness only."""
    return int(_choice("comparison_type", allowed) or _required("comparison_type"))


def _identity(comparison_type: int, uuid_limit: int, *, kyc_errors: bool) -> tuple[str | None, str | None, str | None]:
    """(idcard_name, idcard_number, uuid) for the comparison type."""
    if comparison_type == 1:
        if kyc_errors:
            name, number = check_idcard(_value("idcard_name"), _value("idcard_number"))
        else:
            name, number = _required("idcard_name"), _required("idcard_number")
            if len(name) > 32:
                raise exc.BadArguments("idcard_name")
            if len(number) != 18:
                raise exc.BadArguments("idcard_number")
        if "\ufffd" in name:  # the form decoder found bytes that are not UTF-8
            raise exc.InvalidNameFormat() if kyc_errors else exc.BadArguments("idcard_name")
        return name, number, None
    uuid = _required("uuid")
    if len(uuid.encode("utf-8")) > uuid_limit:
        raise exc.BadArguments("uuid")
    return None, None, uuid


# --- the app -------------------------------------------------------------------------------------------


def create_app(backend: EngineBackend) -> Flask:
    """The engine's WSGI application."""
    app = Flask(__name__, template_folder="templates")
    # Werkzeug answers a path with doubled slashes by a 308 redirect in HTML, which no document describes: such a
    # path is no API (API_NOT_FOUND), as a trailing slash is. Set before the routes, which take it when added.
    app.url_map.merge_slashes = False
    app.request_class = _EngineRequest
    app.config["PROVIDE_AUTOMATIC_OPTIONS"] = False  # OPTIONS is no FaceID API: API_NOT_FOUND like any other
    # Werkzeug refuses any read of a body at this limit, the one that finds its end too, so 20 MB exactly was 413:
    # one byte more lets such a body end ("超过了20MB限制" is over it) and still refuses the byte after 20 MB.
    app.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES + 1
    app.config["MAX_FORM_MEMORY_SIZE"] = MAX_REQUEST_BYTES
    app.extensions["faceid_backend"] = backend

    def error_response(err: exc.ServiceError) -> Response:
        started = getattr(g, "started", time.monotonic())
        reply = error_reply(err, path=request.path, now=backend.now(), time_used=time.monotonic() - started)
        return Response(reply.body, status=reply.status, mimetype=reply.mimetype)

    @app.before_request
    def start_clock() -> None:
        g.started = time.monotonic()

    @app.before_request
    def check_form() -> None:
        """Whole-request checks before any parameter is read: method, content type, a complete body, no repeats."""
        if request.method == "HEAD":  # Flask answers HEAD for every GET, and a HEAD get_result would use it up
            raise exc.ApiNotFound()
        if request.method == "POST" and request.content_length and request.mimetype not in FORM_TYPES:
            raise exc.BadArguments("content_type")
        if request.mimetype == "multipart/form-data" and not request.mimetype_params.get("boundary"):
            raise exc.BadArguments("content_type")
        try:
            sources: tuple[MultiDict[str, Any], ...] = (request.args, request.form, request.files)
        except CutBody as err:
            raise exc.BadArguments(err.part or "body") from None
        seen: set[str] = set()
        for source in sources:
            for name, values in source.lists():
                # A repeated parameter is ambiguous (which api_secret counts?): refuse it, naming it if it has a name
                # to give (one not UTF-8 is U+FFFD here; a part so named is blamed as the body too).
                if len(values) > 1 or name in seen:
                    raise exc.BadArguments(name if name and "\ufffd" not in name else "body")
                seen.add(name)

    @app.errorhandler(exc.ServiceError)
    def on_service_error(err: exc.ServiceError) -> Response:
        return error_response(err)

    @app.errorhandler(RequestEntityTooLarge)
    def on_too_large(_: HTTPException) -> Response:
        return error_response(exc.RequestEntityTooLarge())

    @app.errorhandler(404)
    @app.errorhandler(405)
    def on_not_found(_: HTTPException) -> Response:
        return error_response(exc.ApiNotFound())

    @app.errorhandler(Exception)
    def on_bug(err: Exception) -> Response:
        if isinstance(err, HTTPException):
            return error_response(exc.BadArguments(err.name.lower().replace(" ", "_")))
        log.exception("engine: unexpected failure")
        return error_response(exc.InternalError())

    def finish(body: dict[str, Any]) -> Response:
        body["request_id"] = new_request_id(backend.now())
        body["time_used"] = int((time.monotonic() - g.started) * 1000)
        return _json(body, 200)

    @app.post(VERIFY)
    def verify() -> Response:
        return finish(_verify(backend))

    @app.post(GET_BIZ_TOKEN)
    def get_biz_token() -> Response:
        return finish(_get_biz_token(backend))

    @app.post(GET_TOKEN)
    def get_token() -> Response:
        return finish(_get_token(backend))

    @app.get(GET_RESULT)
    def get_result() -> Response:
        return finish(_get_result(backend))

    @app.get(DO)
    def do_page() -> Response | str:
        token = request.args.get("token", "")
        session = backend.start_session(token)
        if session is None:
            return Response(render_template("do_error.html"), status=400)
        return render_template(
            "do.html", token=token, session=session, reasons=LIVENESS_FAILURE_REASONS,
            version=SANDBOX_LIVENESS_VERSION,
        )

    @app.post(DO)
    def do_submit() -> Response | str:
        token = request.form.get("token", "")
        session = backend.claim_session(token)  # single use: of parallel submits, one gets the session
        if session is None:
            return Response(render_template("do_error.html"), status=400)
        try:
            data, images = _complete_session(backend, session)
        except BaseException:
            backend.release_session(session)  # nothing was produced: the applicant may submit again
            raise
        body, sign = backend.finish_session(session, data, images)
        backend.notify(session.notify_url, body, sign)
        return render_template("do_return.html", return_url=session.return_url, data=body, sign=sign)

    return app


def is_v3_path(path: str) -> bool:
    """Whether ``path`` is under the v3 API, whose errors answer ``{"error": …}`` (a wrong method or a trailing slash
    on get_biz_token too), not v2's ``{"error_message": …}``."""
    return path.startswith(V3_PREFIX)


def _json(body: dict[str, Any], status: int) -> Response:
    return Response(json.dumps(body, ensure_ascii=False), status=status, mimetype="application/json")


@dataclass(frozen=True)
class ErrorReply:
    """The documented answer to an error, as bytes: for Flask, and for the answers made outside it (a request
    refused at admission, one too malformed for waitress to hand to the app)."""

    status: int
    mimetype: str
    body: bytes

    @property
    def status_line(self) -> str:
        """``403 Forbidden``: the WSGI status string."""
        return f"{self.status} {HTTPStatus(self.status).phrase}"

    @property
    def content_type(self) -> str:
        """The Content-Type header, with the charset a text has (as Flask sends it)."""
        return f"{self.mimetype}; charset=utf-8" if self.mimetype.startswith("text/") else self.mimetype


def error_reply(err: exc.ServiceError, *, path: str, now: float, time_used: float) -> ErrorReply:
    """The documented answer to ``err`` for a request to ``path`` (``time_used`` in seconds): 413 in plain text; v3's
    paths ``{"error": …}``, v2's ``{"error_message": …}``, with request_id and time_used but for v2's 404."""
    if isinstance(err, exc.RequestEntityTooLarge):
        return ErrorReply(413, "text/plain", err.code.encode())
    v3 = is_v3_path(path)
    body: dict[str, Any] = {"error" if v3 else "error_message": err.message}
    if not isinstance(err, exc.ApiNotFound) or v3:  # v2: request_id comes "除非发生404(API_NOT_FOUND)错误"
        body.update(request_id=new_request_id(now), time_used=int(time_used * 1000))
        if err.faces is not None:
            body["faces"] = err.faces
        body.update(err.extra)
    return ErrorReply(err.status, "application/json", json.dumps(body, ensure_ascii=False).encode())


class ConcurrencyGuard:
    """WSGI middleware: answers 403 CONCURRENCY_LIMIT_EXCEEDED for a request refused at admission.

    Under the engine's own server, admission happens where requests are accepted, before they wait
    for a worker thread (``server.py``), and the server marks refused requests in the environ. Under
    any other WSGI server the middleware counts requests in flight itself.
    """

    def __init__(self, app: Callable[..., Any], backend: EngineBackend) -> None:
        self.app = app
        self.backend = backend

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        admitted_by_server = ADMISSION_REFUSED in environ
        if admitted_by_server and environ[ADMISSION_REFUSED]:
            return self._refuse(environ, start_response)
        if not admitted_by_server and not self.backend.enter():
            return self._refuse(environ, start_response)
        try:
            return list(self.app(environ, start_response))
        finally:
            if not admitted_by_server:
                self.backend.leave()

    def _refuse(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        # Any v3 path's, a trailing slash's too, in v3's shape, as the app's own answers there are.
        reply = error_reply(exc.ConcurrencyLimitExceeded(), path=environ.get("PATH_INFO", ""), now=self.backend.now(),
                            time_used=0)
        headers = [("Content-Type", reply.content_type), ("Content-Length", str(len(reply.body)))]
        start_response(reply.status_line, headers)
        return [reply.body]


# --- verify ----------------------------------------------------------------------------------------------


def _verify(backend: EngineBackend) -> dict[str, Any]:
    api_key = backend.authenticate(_value("api_key"), _value("api_secret"), api=VERIFY, remote_addr=request.remote_addr)
    comparison_type = _comparison_type()
    backend.require_permission(api_key, comparison_type, v3=False)
    face_image_type = _choice("face_image_type", FACE_IMAGE_TYPES) or _required("face_image_type")
    if face_image_type == "facetoken":
        # No detect API here, so no face_token can exist: the documented answer for an unknown token.
        raise exc.InvalidFaceToken(_required("face_token"))
    if face_image_type in ("meglive", "meglive_flash"):
        raise exc.BadArguments("face_image_type", extra={
            "engine_note": f"The local engine does not serve face_image_type={face_image_type}: it needs the "
                           "MegLive SDK's signed capture. Use face_image_type=raw_image.",
        })
    fail_multiple = _flag("fail_when_multiple_faces", True)
    quality_threshold = _int_range("face_quality_threshold", 0, 100, 30)
    return_faces = _flag("return_faces", False)
    multi_oriented = _flag("multi_oriented_detection", False)
    fail_ref_multiple = _flag("fail_when_ref_multiple_faces", True)
    name, number, _uuid = _identity(comparison_type, MAX_UUID_BYTES_VERIFY, kyc_errors=True)

    image_data = _file("image", per_image_limit=True)
    if image_data is None:
        raise exc.MissingArguments("image")
    ref_data = {p: _file(p, per_image_limit=True) for p in REF_PARAMS}
    if comparison_type == 0 and ref_data["image_ref1"] is None:
        raise exc.MissingArguments("image_ref1")

    image = backend.decode("image", image_data)
    refs = [backend.reference_input(p, d, multi_oriented=multi_oriented) for p, d in ref_data.items() if d is not None]

    @functools.cache
    def photo_faces() -> list[DetectedFace]:  # searched once: first for the data source's refusal, should it come
        return backend.faces(image, multi_oriented=multi_oriented)

    def faces_answered() -> list[dict[str, Any]] | None:
        return backend.face_payload(image, photo_faces(), with_orientation=multi_oriented) if return_faces else None

    body: dict[str, Any] = {}
    data_source = None
    if comparison_type == 1:
        assert name is not None and number is not None
        with _carrying_photo_faces(faces_answered):
            data_source = backend.registry_face(number, name)

    faces = photo_faces()
    faces_payload = faces_answered()
    if not faces:
        raise exc.NoFaceFound("image", faces=faces_payload)
    if len(faces) > 1 and fail_multiple:
        raise exc.MultipleFaces("image", faces=faces_payload)
    assert quality_threshold is not None
    if faces[0].quality.score < quality_threshold:
        raise exc.LowQuality(faces=faces_payload)
    probe = backend.model.descriptor(faces[0])

    # The photo's errors come first, then each reference's in order. One request uses one core at a time,
    # so concurrent requests scale across the cores instead of competing for them.
    with _carrying_photo_faces(lambda: faces_payload):
        ref_vectors = [(ref.param, backend.reference_face(ref, multi_oriented=multi_oriented,
                                                          fail_on_multiple=fail_ref_multiple)) for ref in refs]
    if data_source is not None:
        vector, id_exceptions = data_source
        body["result_faceid"] = scoring.score(backend.model.distance(probe, vector))
        body["id_exceptions"] = id_exceptions
    for param, vector in ref_vectors:
        body[f"result_ref{param[-1]}"] = scoring.score(backend.model.distance(probe, vector))
    if faces_payload is not None:
        body["faces"] = faces_payload
    return body


@contextmanager
def _carrying_photo_faces(faces: Callable[[], list[dict[str, Any]] | None]) -> Iterator[None]:
    """A NO_FACE_FOUND or MULTIPLE_FACES of a reference (or the data source's) photo carries ``faces()``, the photo to
    compare's faces (None unless return_faces=1).

    verify 2.0.6, return_faces: "只要本参数设置为1,即使调用返回错误码400(LOW_QUALITY)、400(MULTIPLE_FACES)或
    400(NO_FACE_FOUND),返回结果里依然会包含faces字段"; and faces are always that photo's: "当待比对照片为未经detect
    方法检测过的照片、且return_faces参数为1时,返回本字段" (get_biz_token v3's return_faces says the same)."""
    try:
        yield
    except (exc.NoFaceFound, exc.MultipleFaces) as err:
        if err.faces is None:
            err.faces = faces()
        raise


# --- get_biz_token ------------------------------------------------------------------------------------------


def _get_biz_token(backend: EngineBackend) -> dict[str, Any]:
    api_key = backend.authenticate_sign(_value("sign"), _value("sign_version"), api=GET_BIZ_TOKEN,
                                        remote_addr=request.remote_addr)
    liveness_type = _choice("liveness_type", ("meglive", "still", "flash", "raw_image")) or _required("liveness_type")
    comparison_type = _comparison_type()
    backend.require_permission(api_key, comparison_type, v3=True)
    _name, number, uuid = _identity(comparison_type, MAX_UUID_BYTES_BIZ_TOKEN, kyc_errors=False)
    _max_bytes("biz_no", MAX_BIZ_NO_BYTES)
    _int_range("liveness_timeout", 5, 60)
    _int_range("liveness_action_count", 1, 3)
    _flag("face_replace_detection", True)
    _flag("eyes_close_detection", False)
    _int_range("flash_liveness_timeout", 60, 180)
    _int_range("verbose", 0, 1)
    _int_range("security_level", 1, 4)
    _flag("force_compare", False)
    multi_oriented = _flag("multi_oriented_detection", True)
    _int_range("liveness_level", 0, 2)
    _flag("maximum_brightness", False)
    _int_range("get_liveness_video", 0, 3)
    _flag("device_risk", False)
    _flag("multiple_faces_detection", False)
    fail_multiple = _flag("fail_when_multiple_faces", True)
    quality_threshold = _int_range("face_quality_threshold", 0, 100, 30)
    return_faces = _flag("return_faces", False)

    refs = {p: _file(p, per_image_limit=False) for p in ("image_ref1", "image_ref2")}
    if comparison_type == 0 and refs["image_ref1"] is None:
        raise exc.MissingArguments("image_ref1")
    image_data = _file("image", per_image_limit=False) if liveness_type == "raw_image" else None
    if liveness_type == "raw_image" and image_data is None:
        raise exc.MissingArguments("image")

    def photo_faces() -> list[dict[str, Any]] | None:  # the photo to compare's, for a reference's refusal only
        if image_data is None or not return_faces:
            return None
        try:
            image = backend.decode("image", image_data)
        except exc.ServiceError:  # a photo that cannot be read has no faces to tell; the reference's error stands
            return None
        return backend.face_payload(image, backend.faces(image, multi_oriented=False), with_orientation=False)

    decoded = [backend.decode(p, d) for p, d in refs.items() if d is not None]
    with _carrying_photo_faces(photo_faces):
        for ref in decoded:
            # get_biz_token uses the largest face of a reference photo with several (documented).
            backend.reference_face(ref, multi_oriented=multi_oriented, fail_on_multiple=False)
    body: dict[str, Any] = {}
    if image_data is not None:
        image = backend.decode("image", image_data)
        faces = backend.faces(image, multi_oriented=False)
        payload = backend.face_payload(image, faces, with_orientation=False) if return_faces else None
        if not faces:
            raise exc.NoFaceFound("image", faces=payload)
        if len(faces) > 1 and fail_multiple:
            raise exc.MultipleFaces(faces=payload)
        assert quality_threshold is not None
        if faces[0].quality.score < quality_threshold:
            raise exc.LowQuality(faces=payload)
        if payload is not None:
            body["faces"] = payload
    backend.count_attempt(api_key, number or uuid or "")
    body["biz_token"] = backend.issue_biz_token()
    return body


# --- web liveness ----------------------------------------------------------------------------------------------


def _http_url(name: str) -> str:
    url = _required(name)
    if len(url.encode("utf-8")) > MAX_URL_BYTES or any(ch.isspace() or ord(ch) < 0x20 for ch in url):
        raise exc.BadArguments(name)
    try:
        parts = urlsplit(url)
        _port = parts.port  # an impossible port ("http://a:99999") raises here
    except ValueError:  # e.g. "http://[" (an unclosed IPv6 literal)
        raise exc.BadArguments(name) from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise exc.BadArguments(name)
    return url


def _get_token(backend: EngineBackend) -> dict[str, Any]:
    api_key = backend.authenticate(_value("api_key"), _value("api_secret"), api=GET_TOKEN,
                                   remote_addr=request.remote_addr)
    comparison_type = _comparison_type(("-1", "0", "1"))
    backend.require_permission(api_key, comparison_type, v3=False)
    liveness_only = comparison_type == -1  # no identity and no reference photos: nothing is compared
    name, number, uuid = (None, None, None) if liveness_only else _identity(comparison_type, MAX_UUID_BYTES_VERIFY,
                                                                            kyc_errors=True)
    return_url = _http_url("return_url")
    notify_url = _http_url("notify_url")
    backend.check_notify_url(notify_url)
    biz_no = _max_bytes("biz_no", MAX_BIZ_NO_BYTES)
    biz_extra_data = _max_bytes("biz_extra_data", MAX_BIZ_EXTRA_DATA_BYTES)
    ref_data = {} if liveness_only else {p: _file(p, per_image_limit=True) for p in REF_PARAMS}
    if comparison_type == 0 and ref_data["image_ref1"] is None:
        raise exc.MissingArguments("image_ref1")
    refs = [backend.decode(p, d) for p, d in ref_data.items() if d is not None]
    descriptors = {
        ref.param: backend.reference_face(ref, multi_oriented=False, fail_on_multiple=True) for ref in refs
    }
    now = backend.now()
    token = f"{int(now)},{uuid_module.uuid4()}"
    backend.open_session(WebSession(
        token=token, api_key=api_key, created=now, expires=now + WEB_TOKEN_LIFETIME_S,
        comparison_type=comparison_type, idcard_name=name, idcard_number=number, uuid=uuid,
        ref_descriptors=descriptors, return_url=return_url, notify_url=notify_url, biz_no=biz_no,
        biz_extra_data=biz_extra_data,
    ))
    return {"token": token, "expired_time": int(now + WEB_TOKEN_LIFETIME_S)}


def _fraction(name: str) -> float:
    value = request.form.get(name, "0") or "0"
    try:
        number = float(value)
    except ValueError:
        raise exc.BadArguments(name) from None
    if not 0.0 <= number <= 1.0:
        raise exc.BadArguments(name)
    return number


def _left_empty(name: str) -> bool:
    """Whether ``name`` is a file input left empty: a browser sends one as a part with no file name and no bytes."""
    upload = request.files.get(name)
    if upload is None or upload.filename:
        return False
    empty = not upload.stream.read(1)
    upload.stream.seek(0)
    return empty


def _captured_photo(name: str) -> bytes | None:
    """A photo from a file upload, or from the camera as a data URL; one sent as a text field is unreadable, as
    verify's photos are."""
    data = None if _left_empty(name) else _file(name, per_image_limit=True)
    if data is None:
        url = request.form.get(f"{name}_data_url", "")
        if url.startswith("data:image/") and ";base64," in url:
            try:
                data = base64.b64decode(url.split(",", 1)[1], validate=True)
            except (binascii.Error, ValueError):
                raise exc.ImageErrorUnsupportedFormat(name) from None
            if len(data) > MAX_IMAGE_BYTES:  # as for a file
                raise exc.RequestEntityTooLarge()
    return data


def _complete_session(backend: EngineBackend, session: WebSession) -> tuple[dict[str, Any], dict[str, bytes]]:
    """Run the (simulated) liveness outcome the tester chose and the real comparison."""
    started = time.monotonic()
    outcome = request.form.get("liveness_outcome", "success")
    if outcome != "success" and outcome not in LIVENESS_FAILURE_REASONS:
        raise exc.BadArguments("liveness_outcome")
    now = backend.now()
    images: dict[str, bytes] = {}
    best = _captured_photo("image_best")
    if best is not None:
        images["image_best"] = _as_jpeg("image_best", best)
    for i in (1, 2, 3):
        action = _captured_photo(f"image_action{i}")
        if action is not None:
            images[f"image_action{i}"] = _as_jpeg(f"image_action{i}", action)
    passed = outcome == "success" and best is not None
    liveness = {
        "failure_reason": None if passed else (outcome if outcome != "success" else "no_input_frame"),
        "log": f"{int(now)}\n0:sandbox\n",
        "result": "success" if passed else "failed",
        "version": SANDBOX_LIVENESS_VERSION,
    }
    verify_result: dict[str, Any] | None = None
    if passed and session.comparison_type != -1:  # -1: liveness only, "该返回为 null"
        assert best is not None
        verify_result = _session_verify(backend, session, best)
    data = {
        "request_id": new_request_id(now),
        "biz_id": new_request_id(now),
        "biz_no": session.biz_no,
        "biz_extra_data": session.biz_extra_data,
        "liveness_result": liveness,
        "verify_result": verify_result,
        "time_used": int((time.monotonic() - started) * 1000),
    }
    return data, images


def _session_verify(backend: EngineBackend, session: WebSession, best: bytes) -> dict[str, Any]:
    started = time.monotonic()
    try:
        photo = backend.decode("image_best", best)
        result: dict[str, Any] = {}
        data_source = None
        if session.comparison_type == 1:
            assert session.idcard_name is not None and session.idcard_number is not None
            data_source = backend.registry_face(session.idcard_number, session.idcard_name)
        faces = backend.faces(photo, multi_oriented=False)
        if not faces:
            raise exc.NoFaceFound("image_best")
        probe = backend.model.descriptor(faces[0])
    except exc.ServiceError as err:
        return {"error": err.message}
    if data_source is not None:
        result["result_faceid"] = scoring.score(backend.model.distance(probe, data_source[0]))
        result["id_exceptions"] = data_source[1]
    for param, vector in session.ref_descriptors.items():
        result[f"result_ref{param[-1]}"] = scoring.score(backend.model.distance(probe, vector))
    genuineness: dict[str, float] = {}
    for check in ("synthetic_face", "mask", "screen_replay"):
        genuineness[f"{check}_confidence"] = _fraction(f"{check}_confidence")
        genuineness[f"{check}_threshold"] = GENUINENESS_THRESHOLD
    result["face_genuineness"] = genuineness
    result["request_id"] = new_request_id(backend.now())
    result["time_used"] = int((time.monotonic() - started) * 1000)
    return result


def _get_result(backend: EngineBackend) -> dict[str, Any]:
    api_key = backend.authenticate(_value("api_key"), _value("api_secret"), api=GET_RESULT,
                                   remote_addr=request.remote_addr)
    biz_id = _required("biz_id")
    image_type = int(_choice("get_image_type", ("0", "1", "2"), "0") or "0")
    stored = backend.take_result(biz_id, api_key)
    body = dict(stored.data)
    body.pop("request_id", None)
    body.pop("time_used", None)
    # get_image_type 0 (the default): no images, and "images" says so with null ("…或返回为null"), not by its absence.
    body["images"] = None
    if image_type:
        wanted = ["image_best"] + ([k for k in sorted(stored.images) if k.startswith("image_action")]
                                   if image_type == 2 else [])
        body["images"] = {
            k: _data_url(stored.images[k]) for k in wanted if k in stored.images
        }
    return body


def _data_url(data: bytes) -> str:
    return f"data:image/jpeg;base64,{base64.b64encode(data).decode('ascii')}"


def _as_jpeg(name: str, data: bytes) -> bytes:
    """Liveness images are returned JPEG-encoded (documented); convert other formats once, on capture.

    Checked as an uploaded photo is: unreadable, over 4096 px or a decompression bomb is refused, naming it.
    """
    photo = EngineBackend.decode(name, data)
    if data[:3] == b"\xff\xd8\xff":
        return data
    out = io.BytesIO()
    photo.image.save(out, "JPEG", quality=92)
    return out.getvalue()
