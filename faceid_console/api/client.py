"""``FaceIDClient``: the FaceID HTTP APIs over a ``requests.Session``.

- HTTPS is required for every host but loopback (the local engine);
- every request has a time-out, and a deadline for its whole answer (``deadline``: a host that trickles bytes
  never holds a caller); the Qt event loop never waits on it (``*_async`` run in an executor);
- only failures the documents call safe are retried: connection failures (nothing was sent) and
  ``INTERNAL_ERROR`` (HTTP 500). A read time-out is never resent: the call may have been billed;
- a transport failure says what the client can know of it: no connection, or one closed before the request was
  written whole (not processed); a TLS handshake that failed, and why (not sent); a host that answered in something
  other than HTTP (not FaceID); a connection closed after the request was sent, an answer that broke off part-way
  (closed, reset, a TLS error or no more of it in time), one whose compressed body does not decode, or no answer in
  time (it may have been processed);
- the api_secret never reaches a log: it is sent in the form body, and the one GET that carries it
  in its query string (get_result) is redacted from urllib3's debug log.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import html
import json
import logging
import re
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Executor, ThreadPoolExecutor
from functools import partial
from http.client import BadStatusLine, RemoteDisconnected, UnknownProtocol
from typing import Any, Final, TypeVar
from urllib.parse import quote, quote_plus

import requests
from urllib3.exceptions import (
    ConnectTimeoutError,
    LocationValueError,
    MaxRetryError,
    NewConnectionError,
    ProxyError,
    ReadTimeoutError,
)
from urllib3.response import HTTPResponse
from urllib3.util.retry import Retry
from urllib3.util.ssl_match_hostname import CertificateError

from .deadline import DeadlineAdapter, GivenUp, Sending, send_within
from .endpoint import (
    DO_PATH,
    GET_BIZ_TOKEN_PATH,
    GET_RESULT_PATH,
    GET_TOKEN_PATH,
    USER_AGENT,
    VERIFY_PATH,
    Credentials,
    validate_base_url,
)
from .errors import (
    ANSWER_BROKE_OFF,
    ANSWER_UNDECODABLE,
    CONNECTION_CLOSED,
    CONNECTION_FAILED,
    INVALID_RESPONSE,
    NETWORK_TIMEOUT,
    NOT_HTTP,
    TLS_EXPIRED,
    TLS_FAILED,
    TLS_HOSTNAME_MISMATCH,
    TLS_NOT_HTTPS,
    TLS_SELF_SIGNED,
    TLS_UNKNOWN_ISSUER,
    TLS_UNTRUSTED,
    ErrorOrigin,
    FaceIDError,
    declared_charset,
    unfused_v3_error,
)
from .images import PreparedImage, prepare_image
from .kinds import ComparisonType
from .redaction import install_log_redaction, redact
from .request_models import GetBizTokenRequest, GetResultRequest, GetTokenRequest, ImageSource, VerifyRequest
from .results import BizToken, LivenessSessionResult, VerifyResult, WebLivenessToken
from .signing import SIGN_VERSION, sign_v3

log = logging.getLogger(__name__)

T = TypeVar("T")

#: An api_secret this long is masked wherever it appears in an answer kept; a shorter one (a test's) would mask
#: letters of the answer itself. FaceID's are 32 characters.
MASKED_SECRET_CHARS: Final = 8


def _retry_policy(max_retries: int) -> Retry:
    return Retry(
        total=max_retries,
        connect=max_retries,  # the connection never opened: nothing was sent
        read=0,               # the request may have been processed and billed
        other=0,
        status=max_retries,
        status_forcelist=frozenset({500}),  # INTERNAL_ERROR: the only error documented as worth retrying
        allowed_methods=None,  # POST included: 500 and connect failures are safe for every call here
        backoff_factor=0.4,
        respect_retry_after_header=True,
        raise_on_status=False,
    )


def _written_forms(secret: str, charset: str | None = None) -> re.Pattern[bytes]:
    """The ways an answer may write ``secret``: as it is, URL-encoded (either case of hex), JSON-escaped (also with
    "/" escaped, as PHP writes it) and HTML-escaped; in UTF-8 and in the ``charset`` the answer declares, which is
    what its error page is read in."""
    json_escaped = json.dumps(secret)[1:-1]
    forms = {secret, quote(secret, safe=""), quote_plus(secret), json_escaped, json_escaped.replace("/", "\\/"),
             html.escape(secret)}
    written = {form.encode("utf-8") for form in forms}
    for form in forms if charset else ():
        with contextlib.suppress(UnicodeError):  # a character the charset has none for: no page in it holds it
            written.add(form.encode(charset or "utf-8"))
    return re.compile(b"|".join(re.escape(form) for form in sorted(written, key=len, reverse=True)), re.IGNORECASE)


# OpenSSL's X509_V_ERR_* numbers (``SSLCertVerificationError.verify_code``), by what a reviewer is told.
_CERTIFICATE_REASONS: Final = {
    18: TLS_SELF_SIGNED,  # DEPTH_ZERO_SELF_SIGNED_CERT: the server's certificate signs itself
    19: TLS_SELF_SIGNED,  # SELF_SIGNED_CERT_IN_CHAIN: a root sent along that is not trusted (a proxy's own)
    2: TLS_UNKNOWN_ISSUER,  # UNABLE_TO_GET_ISSUER_CERT
    20: TLS_UNKNOWN_ISSUER,  # UNABLE_TO_GET_ISSUER_CERT_LOCALLY: signed by an authority not in the bundle
    21: TLS_UNKNOWN_ISSUER,  # UNABLE_TO_VERIFY_LEAF_SIGNATURE
    9: TLS_EXPIRED,  # CERT_NOT_YET_VALID
    10: TLS_EXPIRED,  # CERT_HAS_EXPIRED
    62: TLS_HOSTNAME_MISMATCH,  # HOSTNAME_MISMATCH
    64: TLS_HOSTNAME_MISMATCH,  # IP_ADDRESS_MISMATCH
}

#: OpenSSL's reasons for a handshake whose answer is not TLS at all: plain HTTP's "HTTP/1.1 400", an SSH banner.
_NOT_TLS_REASONS: Final = frozenset({"WRONG_VERSION_NUMBER", "UNKNOWN_PROTOCOL", "RECORD_LAYER_FAILURE",
                                     "PACKET_LENGTH_TOO_LONG", "HTTP_REQUEST", "HTTPS_PROXY_REQUEST"})

#: OpenSSL's words in an SSLError's text: "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)".
_OPENSSL_WORDS: Final = re.compile(r"\]\s*(.+?)\s*\(_ssl\.c:\d+\)")

#: At most this many characters of what a host that does not speak HTTP answered are shown.
_SHOWN_ANSWER_CHARS: Final = 80


def _causes(exc: BaseException) -> list[BaseException]:
    """``exc`` and what it wraps, outermost first: requests' error, urllib3's MaxRetryError and its reason, and the
    original error a ProtocolError, ProxyError or SSLError carries."""
    found: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(found) < 10 and all(current is not seen for seen in found):
        found.append(current)
        reason = current.reason if isinstance(current, MaxRetryError) else None
        current = reason if isinstance(reason, BaseException) else next(
            (arg for arg in current.args if isinstance(arg, BaseException)), None)
    return found


def _tls_reason(causes: list[BaseException]) -> tuple[str, str]:
    """Why a TLS handshake failed: a TLS_FAILED detail ("" when it cannot be told) and OpenSSL's words for it."""
    for cause in causes:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return (_CERTIFICATE_REASONS.get(cause.verify_code, TLS_UNTRUSTED),
                    f"certificate verify failed: {cause.verify_message}")
        if isinstance(cause, CertificateError):  # urllib3's own host name check
            return TLS_HOSTNAME_MISMATCH, str(cause)
        if isinstance(cause, ssl.SSLError):
            words = _OPENSSL_WORDS.search(str(cause))
            return (TLS_NOT_HTTPS if cause.reason in _NOT_TLS_REASONS else "",
                    words.group(1) if words else type(cause).__name__)
    return "", type(causes[-1]).__name__


class FaceIDClient:
    """A FaceID API client bound to one base URL and one credential pair."""

    def __init__(
        self,
        base_url: str,
        credentials: Credentials,
        *,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = (5.0, 60.0),
        max_retries: int = 2,
        executor: Executor | None = None,
    ) -> None:
        self.base_url = validate_base_url(base_url)
        self._credentials = credentials
        self._timeout = timeout
        self._session = session or requests.Session()
        self._session.headers.setdefault("User-Agent", USER_AGENT)
        adapter = DeadlineAdapter(max_retries=_retry_policy(max_retries), pool_maxsize=8)
        self._session.mount("https://", adapter)
        self._session.mount("http://", adapter)
        self._executor = executor
        self._owns_executor = executor is None
        install_log_redaction()

    @property
    def api_key(self) -> str:
        return self._credentials.api_key

    @property
    def timeout(self) -> tuple[float, float]:
        """Seconds to connect and to wait for an answer, for each call."""
        return self._timeout

    def __repr__(self) -> str:
        return f"FaceIDClient({self.base_url!r}, api_key={self._credentials.api_key!r})"

    # --- synchronous calls (run these off the GUI thread) -------------------------------------

    def verify(
        self, request: VerifyRequest, *, prepared: Mapping[str, PreparedImage] | None = None
    ) -> VerifyResult:
        """``POST /faceid/v2/verify``; images are prepared here unless ``prepared`` gives them."""
        request.validate()
        files = self._files(request.image_fields(), prepared)
        body = self._call("POST", VERIFY_PATH, data={**self._v2_auth(), **request.form_fields()}, files=files)
        return self._answer(body, partial(VerifyResult.parse_verify, comparison_type=ComparisonType(
            request.comparison_type), sent_refs=request.image_refs()))

    def get_biz_token(self, request: GetBizTokenRequest) -> BizToken:
        """``POST /faceid/v3/sdk/get_biz_token``, signed with a fresh v3 ``hmac_sha1`` sign."""
        request.validate()
        files = self._files(request.image_fields(), None)
        sign = sign_v3(self._credentials.api_key, self._credentials.api_secret)
        data = {"sign": sign, "sign_version": SIGN_VERSION, **request.form_fields()}
        try:
            body = self._call("POST", GET_BIZ_TOKEN_PATH, data=data, files=files)
        except FaceIDError as err:
            unfused = unfused_v3_error(err)  # "INVALID_IMAGE_SIZEimage_ref1", as the v3 document writes it
            if unfused is err:
                raise
            raise unfused from None
        return BizToken.parse(body)

    def get_token(self, request: GetTokenRequest) -> WebLivenessToken:
        """``POST /faceid/liveness/v2/get_token``: start a web-liveness session."""
        request.validate()
        files = self._files(request.image_fields(), None)
        data = {**self._v2_auth(), **request.form_fields()}
        return WebLivenessToken.parse(self._call("POST", GET_TOKEN_PATH, data=data, files=files))

    def get_result(self, request: GetResultRequest, *, timeout: tuple[float, float] | None = None,
                   abandon: threading.Event | None = None) -> LivenessSessionResult:
        """``GET /faceid/liveness/v2/get_result``: valid once, for one day. ``timeout`` (connect, read) replaces the
        client's own for this call; setting ``abandon`` stops waiting for its answer (a NETWORK_TIMEOUT)."""
        request.validate()
        query = request.query()
        params = {**self._v2_auth(), **query}
        return self._answer(self._call("GET", GET_RESULT_PATH, params=params, timeout=timeout, abandon=abandon),
                            partial(LivenessSessionResult.parse_get_result, biz_id=query["biz_id"]))

    def _answer(self, body: dict[str, Any], parse: Callable[[dict[str, Any]], T]) -> T:
        """``parse(body)``; an answer refused as not FaceID's keeps its body (its secrets were masked as it came)
        and request_id in the error, so its History entry holds what the host sent: get_result answers only once."""
        try:
            return parse(body)
        except FaceIDError as err:
            if err.code != INVALID_RESPONSE:
                raise
            request_id = body.get("request_id")
            raise dataclasses.replace(err, raw_body=json.dumps(body, ensure_ascii=False),
                                      request_id=request_id if isinstance(request_id, str) else None) from None

    def _masked(self, content: bytes, sign: str | None = None, content_type: str = "") -> bytes:
        """An answer without the api_secret, before anything reads it: a host that echoes the request (an error
        page, a proxy, httpbin) would put it in an error's detail and message, a result's JSON, and History.
        Its value is masked wherever it stands (also URL-encoded) when it is long enough to be told from the
        answer's own text; ``api_secret=…`` and a JSON ``"api_secret"`` are masked whatever its length. So is the
        request's v3 ``sign``: until it expires it issues biz_tokens on the account (each billed) as the secret does.
        ``content_type``'s charset is the one an error page is read in: the secret is masked as written in it too."""
        charset = declared_charset(content_type)
        for secret in (self._credentials.api_secret, sign or ""):
            if len(secret) >= MASKED_SECRET_CHARS:
                content = _written_forms(secret, charset).sub(b"***", content)
        # Whatever the answer's encoding (an echoed multipart body holds the photos' bytes): undecodable bytes are
        # carried through as they were.
        return redact(content.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")

    def liveness_page_url(self, token: str) -> str:
        """The URL the applicant opens to do a web-liveness session."""
        return f"{self.base_url}{DO_PATH}?{requests.compat.urlencode({'token': token})}"

    # --- asynchronous wrappers for the Qt (qasync) event loop --------------------------------

    async def verify_async(self, request: VerifyRequest) -> VerifyResult:
        return await self._in_executor(partial(self.verify, request))

    async def get_biz_token_async(self, request: GetBizTokenRequest) -> BizToken:
        return await self._in_executor(partial(self.get_biz_token, request))

    async def get_token_async(self, request: GetTokenRequest) -> WebLivenessToken:
        return await self._in_executor(partial(self.get_token, request))

    async def get_result_async(self, request: GetResultRequest) -> LivenessSessionResult:
        return await self._in_executor(partial(self.get_result, request))

    def close(self) -> None:
        """Close pooled connections and the client's own worker threads."""
        self._session.close()
        if self._owns_executor and self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> FaceIDClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- internals ----------------------------------------------------------------------------

    async def _in_executor(self, work: Callable[[], T]) -> T:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="faceid-client")
        return await asyncio.get_running_loop().run_in_executor(self._executor, work)

    def _v2_auth(self) -> dict[str, str]:
        return {"api_key": self._credentials.api_key, "api_secret": self._credentials.api_secret}

    @staticmethod
    def _files(
        sources: Mapping[str, ImageSource], prepared: Mapping[str, PreparedImage] | None
    ) -> dict[str, tuple[str, bytes, str]]:
        files = {}
        for name, source in sources.items():
            image = prepared[name] if prepared and name in prepared else prepare_image(source, name)
            files[name] = (image.filename, image.data, image.media_type)
        return files

    def _call(
        self,
        method: str,
        path: str,
        *,
        data: Mapping[str, str] | None = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        params: Mapping[str, str] | None = None,
        timeout: tuple[float, float] | None = None,
        abandon: threading.Event | None = None,
    ) -> dict[str, Any]:
        url = self.base_url + path
        timeout = timeout or self._timeout
        started = time.monotonic()
        sending = Sending()
        sign = (data or {}).get("sign")
        try:
            # The whole answer within one connection attempt and the answer's own wait; retries only inside that.
            response = send_within(
                self._session, timeout[0] + timeout[1], abandon, method, url, sending=sending, data=data,
                files=files or None, params=params, timeout=timeout, allow_redirects=False,
            )
        except GivenUp as given_up:
            if given_up.abandoned:
                raise FaceIDError(
                    NETWORK_TIMEOUT, origin=ErrorOrigin.TRANSPORT,
                    message=f"the wait for the answer from {self.base_url} was given up",
                ) from None
            if sending.answer is not None:  # the deadline passed part-way through the answer
                raise self._broke_off(given_up, sending) from None
            raise self._no_answer(timeout[0] + timeout[1]) from None  # the deadline: a connect and the answer's wait
        except requests.exceptions.ConnectTimeout:
            raise FaceIDError(
                CONNECTION_FAILED, origin=ErrorOrigin.TRANSPORT,
                message=f"timed out connecting to {self.base_url}",
            ) from None
        except requests.exceptions.ReadTimeout:  # waiting for the answer's head: no answer began
            raise self._no_answer(timeout[1]) from None
        except requests.exceptions.ChunkedEncodingError as exc:  # the body broke off: a break, not a time-out
            raise self._broke_off(exc, sending) from None
        except requests.exceptions.SSLError as exc:
            raise self._tls_error(exc, sending) from None
        except requests.exceptions.ConnectionError as exc:
            raise self._connection_error(exc, timeout[1], sending, sign) from None
        except (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema, LocationValueError) as exc:
            # refused before anything was sent
            raise FaceIDError(
                CONNECTION_FAILED, origin=ErrorOrigin.TRANSPORT,
                message=f"cannot send to {self.base_url}: {type(exc).__name__}",
            ) from None
        except requests.exceptions.ContentDecodingError:  # it came, in a compression its body is not in
            raise self._undecodable(sending) from None
        except requests.exceptions.RequestException as exc:  # sent, and the answer broke off or could not be read
            raise FaceIDError(
                NETWORK_TIMEOUT, origin=ErrorOrigin.TRANSPORT,
                message=f"the answer from {self.base_url} broke off: {type(exc).__name__}",
            ) from None
        elapsed_ms = (time.monotonic() - started) * 1000
        log.info("%s %s -> HTTP %s in %.0f ms", method, path, response.status_code, elapsed_ms)
        content_type = response.headers.get("Content-Type", "")
        return self._decode(response.status_code, self._masked(response.content, sign, content_type), content_type)

    def _no_answer(self, read_timeout: float) -> FaceIDError:
        return FaceIDError(
            NETWORK_TIMEOUT, origin=ErrorOrigin.TRANSPORT,
            message=f"no answer from {self.base_url} within {read_timeout:g} s",
        )

    def _connection_error(self, exc: requests.exceptions.ConnectionError, read_timeout: float, sending: Sending,
                          sign: str | None) -> FaceIDError:
        causes = _causes(exc)
        through_proxy = any(isinstance(cause, ProxyError) for cause in causes)
        if any(isinstance(cause, (NewConnectionError, ConnectTimeoutError)) for cause in causes):
            return FaceIDError(
                CONNECTION_FAILED, origin=ErrorOrigin.TRANSPORT,
                message=(f"cannot connect to {self.base_url} through the proxy" if through_proxy else
                         f"cannot connect to {self.base_url}"),
            )
        timed_out = next((cause for cause in causes if isinstance(cause, ReadTimeoutError)), None)
        if timed_out is not None and sending.answer is not None:  # its body stopped coming part-way
            return self._broke_off(timed_out, sending)
        if timed_out is not None:  # said so only with retries left: none are
            return self._no_answer(read_timeout)
        # RemoteDisconnected is a BadStatusLine too: no line at all, so nothing said it is not HTTP.
        answered = next((cause for cause in causes if isinstance(cause, (BadStatusLine, UnknownProtocol))
                         and not isinstance(cause, RemoteDisconnected)), None)
        if answered is not None:  # not FaceID, nor a web proxy on the way to it: nothing there processed the call
            return FaceIDError(
                NOT_HTTP, origin=ErrorOrigin.TRANSPORT,
                message=f"{self.base_url} answered with something that is not HTTP: {self._shown_line(answered, sign)}",
            )
        if sending.sent_at is None:  # a host cannot act on part of a request: not processed
            return FaceIDError(
                CONNECTION_FAILED, origin=ErrorOrigin.TRANSPORT,
                message=(f"cannot connect to {self.base_url} through the proxy" if through_proxy else
                         f"the connection to {self.base_url} was closed before the request was sent"),
            )
        return self._closed(sending)

    def _tls_error(self, exc: requests.exceptions.SSLError, sending: Sending) -> FaceIDError:
        causes = _causes(exc)
        if sending.answer is not None:  # the secure connection broke part-way through the answer
            return self._broke_off(next((cause for cause in causes if isinstance(cause, ssl.SSLError)), exc), sending)
        if sending.sent_at is not None:  # the secure connection broke after the request went out
            return self._closed(sending)
        reason, words = _tls_reason(causes)
        return FaceIDError(
            TLS_FAILED, detail=reason, origin=ErrorOrigin.TRANSPORT,
            message=f"TLS failure with {self.base_url}: {words}",
        )

    def _closed(self, sending: Sending) -> FaceIDError:
        """The connection closed (or reset) after the request was written whole, before any answer: it may have been
        processed. How soon after tells a wrong port (at once) from a break on the way."""
        now = time.monotonic()
        after = now - (sending.sent_at if sending.sent_at is not None else now)
        return FaceIDError(
            CONNECTION_CLOSED, origin=ErrorOrigin.TRANSPORT,
            message=f"the connection to {self.base_url} was closed {after:.1f} s after the request was sent, "
                    "before any answer",
        )

    def _broke_off(self, exc: BaseException, sending: Sending) -> FaceIDError:
        """The answer's head arrived, then its body broke off (closed or reset part-way, a chunk that does not parse,
        a TLS error, no more of it in time): the request was taken and may have been processed. How much of a body of
        known length came says where; ``exc`` names the break when that cannot be told."""
        answer = sending.answer
        length = answer.headers.get("Content-Length", "") if answer is not None else ""
        # Only a read cut short (the connection ended) is counted: one that raised mid-way (a time-out, a TLS error,
        # the deadline) lost the count of the bytes it had read.
        counted = isinstance(exc, requests.exceptions.ChunkedEncodingError)
        if counted and answer is not None and not answer.chunked and length.isdigit():
            message = f"the answer from {self.base_url} broke off after {answer.tell()} of its {int(length)} bytes"
        else:  # chunked (urllib3 counts no bytes of it), or not counted
            message = f"the answer from {self.base_url} broke off: {type(exc).__name__}"
        return FaceIDError(ANSWER_BROKE_OFF, origin=ErrorOrigin.TRANSPORT, message=message)

    def _undecodable(self, sending: Sending) -> FaceIDError:
        """The answer came, and its body is not in the compression its Content-Encoding names (a proxy's or the
        service's broken gzip): what it said cannot be read, so the call may have been processed."""
        answer = sending.answer
        named = answer.headers.get("Content-Encoding", "") if answer is not None else ""
        # Only the codings urllib3 decodes are named: the rest of the header is the host's own text.
        encoding = ", ".join(coding for coding in (part.strip().lower() for part in named.split(","))
                             if coding in HTTPResponse.CONTENT_DECODERS) or "?"
        return FaceIDError(
            ANSWER_UNDECODABLE, http_status=answer.status if answer is not None else None,
            origin=ErrorOrigin.TRANSPORT,
            message=f"the answer from {self.base_url} came, but its body could not be decoded as its Content-Encoding "
                    f"says ({encoding})",
        )

    def _shown_line(self, answered: BaseException, sign: str | None) -> str:
        """The start of what a host that does not speak HTTP answered, as a technical line shows it: the api_secret
        masked first (a host may echo get_result's query line), then cut, with its control characters escaped."""
        line = str(answered.args[0]) if answered.args else ""
        try:
            raw = line.encode("iso-8859-1")  # http.client read the line's bytes as ISO-8859-1: these are they
        except UnicodeEncodeError:
            raw = line.encode("utf-8", "surrogateescape")
        masked = self._masked(raw, sign).decode("utf-8", "replace")
        return ascii(masked[:_SHOWN_ANSWER_CHARS])

    @staticmethod
    def _decode(status: int, content: bytes, content_type: str) -> dict[str, Any]:
        if status != 200:
            raise FaceIDError.from_response(status, content, content_type)
        try:
            body = json.loads(content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise FaceIDError.from_response(200, content, content_type) from None
        if not isinstance(body, dict):
            raise FaceIDError(INVALID_RESPONSE, http_status=200, message="the answer is JSON but not an object")
        error = body.get("error_message") or body.get("error")
        if isinstance(error, str) and error:
            raise FaceIDError.from_response(200, content, content_type)
        return body
