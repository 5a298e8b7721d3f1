"""The engine's backend state and behaviour (moto's ``models.py``): keys, tokens, sessions, results,
the KYC registry, and face comparison. ``responses.py`` parses HTTP and calls in here.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import time
import uuid
import warnings
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

import numpy as np
import requests
from PIL import Image, UnidentifiedImageError

from ..api.endpoint import is_loopback_host
from ..api.identity import MAX_NAME_CHARS, is_documented_idcard_format
from ..api.images import load_picture, normalize_pixels, open_picture
from ..api.signing import SignError, callback_sign, verify_sign_v3
from . import exceptions as exc
from .face_model import SUGGESTED_QUALITY_THRESHOLD, DetectedFace, FaceModel
from .registry import KycRegistry, RegistryUnavailable

log = logging.getLogger(__name__)

MAX_IMAGE_BYTES: Final = 2 * 1024 * 1024
MAX_SIDE_PX: Final = 4096
ENGINE_FORMATS: Final = frozenset({"JPEG", "MPO", "PNG", "BMP", "WEBP", "TIFF"})
BIZ_TOKEN_LIFETIME_S: Final = 3600
WEB_TOKEN_LIFETIME_S: Final = 3600
RESULT_LIFETIME_S: Final = 86400
#: How long a fetched or expired result is remembered (as DATA_DESTROYED) before it is forgotten.
DESTROYED_MEMORY_S: Final = 2 * RESULT_LIFETIME_S
#: Callback deliveries kept for inspection (the newest).
MAX_DELIVERIES: Final = 1000
SANDBOX_LIVENESS_VERSION: Final = "FaceID Console sandbox 1.0 (liveness simulated; face comparison real)"
LIVENESS_FAILURE_REASONS: Final = (
    "action_mixed", "not_video", "timeout", "quality_check_timeout", "no_input_frame",
    "interrupt_in_mirro_state", "interrupt_in_action_state",
)
GENUINENESS_THRESHOLD: Final = 0.5


def new_request_id(now: float) -> str:
    """``<unix seconds>,<uuid4>``, the documents' request_id shape."""
    return f"{int(now)},{uuid.uuid4()}"


@dataclass
class KeyPolicy:
    """What one api_key may do: the sandbox's stand-in for the cloud's account settings."""

    kyc_permission: bool = True
    #: Face comparison (comparison_type=0) allowed.
    verify_permission: bool = True
    call_limit: int | None = None
    discontinued: bool = False
    #: API paths this key may not call.
    denied_apis: frozenset[str] = frozenset()
    #: Client addresses allowed to use this key (None: any).
    allowed_ips: frozenset[str] | None = None
    #: How many biz tokens one applicant (uuid or ID number) may be issued.
    attempts_per_applicant: int | None = None
    calls: int = 0
    attempts: dict[str, int] = field(default_factory=dict)


@dataclass
class EngineConfig:
    """Everything that shapes one engine instance."""

    data_dir: Path
    credentials: Mapping[str, str]
    concurrency_limit: int = 8
    policies: dict[str, KeyPolicy] = field(default_factory=dict)
    clock: Callable[[], float] = time.time
    callback_timeout_s: float = 10.0
    #: Whether the engine listens on loopback only (then anyone who can reach it is on this machine).
    loopback_only: bool = True
    #: Relay notify_url callbacks to hosts beyond this machine even when the engine is reachable from
    #: other machines (otherwise it could be used to send requests into the network it sits in).
    allow_remote_callbacks: bool = False


@dataclass(frozen=True)
class DecodedImage:
    """An uploaded photo, decoded once."""

    param: str
    image: Image.Image
    data: bytes
    sha256: str


@dataclass(frozen=True)
class KnownReference:
    """A reference whose bytes were seen before: its descriptor and face count, from the cache."""

    param: str
    vector: np.ndarray
    face_count: int


def _reference_key(sha256: str, multi_oriented: bool) -> str:
    return f"reference:{sha256}:{int(multi_oriented)}"


@dataclass
class WebSession:
    """A web-liveness session from get_token to its result."""

    token: str
    api_key: str
    created: float
    expires: float
    comparison_type: int
    idcard_name: str | None
    idcard_number: str | None
    uuid: str | None
    ref_descriptors: dict[str, np.ndarray]
    return_url: str
    notify_url: str
    biz_no: str | None
    biz_extra_data: str | None
    #: NOT_STARTED → PROCESSING (page opened) → CLAIMED (one submit is running) → OK (result stored).
    status: str = "NOT_STARTED"


@dataclass
class StoredResult:
    """A finished web-liveness result, served once by get_result."""

    data: dict[str, Any]
    images: dict[str, bytes]
    created: float
    #: The api_key whose session produced it: only that key may fetch it.
    api_key: str


@dataclass
class CallbackDelivery:
    """One notify_url post the engine made (kept for the sandbox's own inspection)."""

    url: str
    data: str
    sign: str
    status: int | None
    error: str | None


class EngineBackend:
    """State and behaviour of one local FaceID-compatible service."""

    def __init__(self, config: EngineConfig, model: FaceModel | None = None) -> None:
        self.config = config
        self.registry = KycRegistry(config.data_dir)
        self._model = model
        self._lock = threading.Lock()
        self._biz_tokens: dict[str, tuple[float, bool]] = {}
        self._sessions: dict[str, WebSession] = {}
        self._results: dict[str, StoredResult] = {}
        #: biz_id → (owning api_key, creation time) of results fetched or expired: DATA_DESTROYED.
        self._destroyed: dict[str, tuple[str, float]] = {}
        self._descriptor_cache: OrderedDict[str, tuple[np.ndarray, int]] = OrderedDict()
        self.deliveries: deque[CallbackDelivery] = deque(maxlen=MAX_DELIVERIES)
        self._in_flight = 0

    @property
    def model(self) -> FaceModel:
        if self._model is None:
            self._model = FaceModel.shared()
        return self._model

    def now(self) -> float:
        return self.config.clock()

    def preload(self) -> None:
        """Load the face model now rather than on the first verify."""
        _ = self.model

    # --- admission ------------------------------------------------------------------------------

    def enter(self) -> bool:
        """Admit a request unless the concurrency limit is reached."""
        with self._lock:
            if self._in_flight >= self.config.concurrency_limit:
                return False
            self._in_flight += 1
            return True

    def leave(self) -> None:
        with self._lock:
            self._in_flight -= 1

    @property
    def in_flight(self) -> int:
        """Requests admitted and not yet answered."""
        with self._lock:
            return self._in_flight

    def _policy(self, api_key: str) -> KeyPolicy:
        with self._lock:
            return self.config.policies.setdefault(api_key, KeyPolicy())

    def authenticate(self, api_key: str | None, api_secret: str | None, *, api: str, remote_addr: str | None) -> str:
        """v2 authentication by api_key + api_secret; applies the key's policy and counts the call."""
        if not api_key:
            raise exc.MissingArguments("api_key")
        if not api_secret:
            raise exc.MissingArguments("api_secret")
        expected = self.config.credentials.get(api_key)
        if expected is None or not _equal(expected, api_secret):
            raise exc.AuthenticationError()
        self._admit_key(api_key, v3=False, api=api, remote_addr=remote_addr)
        return api_key

    def authenticate_sign(
        self, sign: str | None, sign_version: str | None, *, api: str, remote_addr: str | None
    ) -> str:
        """v3 authentication by ``sign``; returns the api_key it names."""
        if not sign:
            raise exc.MissingArguments("sign")
        if not sign_version:
            raise exc.MissingArguments("sign_version")
        if sign_version != "hmac_sha1":
            raise exc.BadArguments("sign_version")
        try:
            claims = verify_sign_v3(sign, dict(self.config.credentials), now=int(self.now()))
        except KeyError:
            raise exc.AuthenticationError() from None
        except SignError as err:
            raise exc.AuthorizationError(err.reason) from None
        self._admit_key(claims.api_key, v3=True, api=api, remote_addr=remote_addr)
        return claims.api_key

    def _admit_key(self, api_key: str, *, v3: bool, api: str, remote_addr: str | None) -> None:
        policy = self._policy(api_key)
        if policy.discontinued:
            raise exc.AuthorizationError("API_KEY_BE_DISCONTINUED" if v3 else "Denied.")
        if policy.allowed_ips is not None and remote_addr not in policy.allowed_ips:
            raise exc.AuthorizationError("IP_NOT_ALLOWED" if v3 else "Denied.")
        if api in policy.denied_apis:
            raise exc.AuthorizationError("DENIED" if v3 else "Denied.")
        with self._lock:
            policy.calls += 1
            over = policy.call_limit is not None and policy.calls > policy.call_limit
        if over:
            raise exc.AuthorizationError("LIMIT_REACHED" if v3 else "Limit reached.")

    def require_permission(self, api_key: str, comparison_type: int, *, v3: bool) -> None:
        """KYC needs the data-source permission, face comparison the verify permission."""
        policy = self._policy(api_key)
        if comparison_type == 1 and not policy.kyc_permission:
            raise exc.AuthorizationError("NO_DATA_SOURCE_PERMISSION" if v3 else "No data source permission.")
        if comparison_type == 0 and not policy.verify_permission:
            raise exc.AuthorizationError("NO_VERIFY_PERMISSION" if v3 else "Denied.")

    def count_attempt(self, api_key: str, applicant: str) -> None:
        """One more biz token for this applicant; MORE_RETRY_TIMES beyond the key's limit."""
        policy = self._policy(api_key)
        if policy.attempts_per_applicant is None:
            return  # nothing to count against: keep no per-applicant state
        with self._lock:
            attempts = policy.attempts[applicant] = policy.attempts.get(applicant, 0) + 1
            over = attempts > policy.attempts_per_applicant
        if over:
            raise exc.AuthorizationError("MORE_RETRY_TIMES")

    # --- images and faces -------------------------------------------------------------------------

    @staticmethod
    def decode(param: str, data: bytes, sha256: str | None = None) -> DecodedImage:
        """Decode an uploaded photo: unsupported → IMAGE_ERROR_UNSUPPORTED_FORMAT, > 4096 px → INVALID_IMAGE_SIZE.
        ``sha256`` is the bytes' digest when the caller has it already."""
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            try:
                image = open_picture(data)
                if image.format not in ENGINE_FORMATS:
                    raise exc.ImageErrorUnsupportedFormat(param)
                if max(image.size) > MAX_SIDE_PX:
                    raise exc.InvalidImageSize(param)
                load_picture(image)  # a file cut off is refused (PictureCutOff), never decoded with its rest grey
                # The same pixels the client would send: upright by EXIF orientation, 16-bit scaled to 8-bit.
                pixels = normalize_pixels(image)
                if pixels.mode != "RGB":  # convert() copies even an RGB photo: 36 MB at 12 MP
                    pixels = pixels.convert("RGB")
            except (Image.DecompressionBombError, Image.DecompressionBombWarning):
                raise exc.InvalidImageSize(param) from None
            except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
                raise exc.ImageErrorUnsupportedFormat(param) from None
        return DecodedImage(param, pixels, data, sha256 or hashlib.sha256(data).hexdigest())

    def faces(self, photo: DecodedImage, *, multi_oriented: bool) -> list[DetectedFace]:
        return self.model.detect(photo.image, multi_oriented=multi_oriented)

    def face_payload(
        self, photo: DecodedImage, faces: list[DetectedFace], *, with_orientation: bool
    ) -> list[dict[str, Any]]:
        """The documented ``faces`` list for ``photo``."""
        out = []
        for face in faces:
            item: dict[str, Any] = {
                "quality": round(face.quality.score, 3),
                "quality_threshold": SUGGESTED_QUALITY_THRESHOLD,
                "rect": face.rect_fractions(photo.image.width, photo.image.height),
            }
            if with_orientation:
                item["orientation"] = face.orientation
            out.append(item)
        return out

    def reference_face(self, ref: DecodedImage | KnownReference, *, multi_oriented: bool,
                       fail_on_multiple: bool) -> np.ndarray:
        """The descriptor of a reference photo's face (largest unless multiple faces must fail).

        A reference sent again (the same bytes, by SHA-256; never by file name) is not searched again:
        its descriptor and face count are kept in the bounded cache (``reference_input`` looks them up).
        """
        if isinstance(ref, KnownReference):
            vector, face_count = ref.vector, ref.face_count
        else:
            cache_key = _reference_key(ref.sha256, multi_oriented)
            cached = self._cached(cache_key)
            if cached is None:
                faces = self.faces(ref, multi_oriented=multi_oriented)
                if not faces:
                    raise exc.NoFaceFound(ref.param)
                cached = (self.model.descriptor(faces[0]), len(faces))
                self._remember(cache_key, cached)
            vector, face_count = cached
        if face_count > 1 and fail_on_multiple:
            raise exc.MultipleFaces(ref.param)
        return vector

    def reference_input(self, param: str, data: bytes, *, multi_oriented: bool) -> DecodedImage | KnownReference:
        """A reference as sent: what the cache knows of these bytes, or else the decoded photo (raising
        its decoding error now). Known bytes decoded once already, so they are not decoded again."""
        digest = hashlib.sha256(data).hexdigest()
        known = self._cached(_reference_key(digest, multi_oriented))
        if known is not None:
            return KnownReference(param, *known)
        return self.decode(param, data, digest)

    def registry_face(self, idcard_number: str, idcard_name: str) -> tuple[np.ndarray, dict[str, int]]:
        """The data-source descriptor and id_exceptions for a KYC check."""
        try:
            entry = self.registry.get(idcard_number)
        except RegistryUnavailable as err:
            log.error("KYC registry unavailable: %s", err)
            raise exc.DataSourceError() from None
        if entry is None:
            raise exc.NoSuchIdNumber()
        if entry.idcard_name != idcard_name:
            raise exc.IdNumberNameNotMatch()
        if not entry.photo:
            raise exc.ImageErrorUnsupportedFormat("data_source")
        # A registry photo is measured once per content: descriptor and colour check are cached together.
        cache_key = f"registry:{entry.photo_sha256}"
        cached = self._cached(cache_key)
        if cached is None:
            try:
                photo = self.decode("data_source", entry.photo)
            except exc.ServiceError:
                raise exc.ImageErrorUnsupportedFormat("data_source") from None
            faces = self.faces(photo, multi_oriented=True)
            if not faces:
                raise exc.NoFaceFound("data_source")
            cached = (self.model.descriptor(faces[0]), int(_is_monochrome(photo.image)))
            self._remember(cache_key, cached)
        vector, monochrome = cached
        return vector, {"id_attacked": int(entry.id_attacked), "id_photo_monochrome": monochrome}

    def _cached(self, key: str) -> tuple[np.ndarray, int] | None:
        with self._lock:
            value = self._descriptor_cache.get(key)
            if value is not None:
                self._descriptor_cache.move_to_end(key)
            return value

    def _remember(self, key: str, value: tuple[np.ndarray, int]) -> None:
        with self._lock:
            self._descriptor_cache[key] = value
            while len(self._descriptor_cache) > 256:
                self._descriptor_cache.popitem(last=False)

    # --- biz tokens -------------------------------------------------------------------------------

    def issue_biz_token(self) -> str:
        now = self.now()
        token = f"{int(now)},{uuid.uuid4()}"
        with self._lock:
            self._biz_tokens[token] = (now + BIZ_TOKEN_LIFETIME_S, False)
        return token

    def consume_biz_token(self, token: str) -> bool:
        """Use a biz_token once; False when unknown, expired or already used."""
        with self._lock:
            entry = self._biz_tokens.get(token)
            if entry is None or entry[1] or entry[0] < self.now():
                return False
            self._biz_tokens[token] = (entry[0], True)
            return True

    # --- web liveness -------------------------------------------------------------------------------

    def check_notify_url(self, url: str) -> None:
        """Refuse a notify_url this engine must not post to (see ``EngineConfig.allow_remote_callbacks``)."""
        if self.config.loopback_only or self.config.allow_remote_callbacks:
            return
        host = urlsplit(url).hostname or ""
        if not is_loopback_host(host):
            raise exc.BadArguments("notify_url", extra={
                "engine_note": "This engine listens beyond this machine, so it only posts callbacks to "
                               "loopback hosts; start it with --allow-remote-callbacks to post elsewhere.",
            })

    def open_session(self, session: WebSession) -> None:
        with self._lock:
            self._sessions[session.token] = session

    def _usable(self, session: WebSession | None) -> bool:
        return session is not None and session.expires >= self.now() and session.status in ("NOT_STARTED", "PROCESSING")

    def session(self, token: str) -> WebSession | None:
        """A session whose token is valid (known, unexpired, unused)."""
        with self._lock:
            session = self._sessions.get(token)
            return session if self._usable(session) else None

    def start_session(self, token: str) -> WebSession | None:
        """The applicant opened the page: a valid session becomes PROCESSING."""
        return self._move_session(token, "PROCESSING")

    def claim_session(self, token: str) -> WebSession | None:
        """Take a valid session for one submit, atomically: of parallel submits exactly one gets it."""
        return self._move_session(token, "CLAIMED")

    def _move_session(self, token: str, status: str) -> WebSession | None:
        with self._lock:
            session = self._sessions.get(token)
            if session is None or not self._usable(session):
                return None
            session.status = status
            return session

    def release_session(self, session: WebSession) -> None:
        """A claimed submit failed before producing a result: the token may be used again."""
        with self._lock:
            if session.status == "CLAIMED":
                session.status = "PROCESSING"

    def finish_session(self, session: WebSession, data: dict[str, Any], images: dict[str, bytes]) -> tuple[str, str]:
        """Store a session's result and sign it; returns (data JSON, sign) for the callbacks."""
        with self._lock:
            session.status = "OK"
            self._results[data["biz_id"]] = StoredResult(
                data=data, images=images, created=self.now(), api_key=session.api_key,
            )
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        secret = self.config.credentials[session.api_key]
        return body, callback_sign(secret, body)

    def notify(self, url: str, body: str, sign: str) -> None:
        """Post the signed result to notify_url from a background thread (as FaceID's backend does)."""

        def post() -> None:
            status: int | None = None
            error: str | None = None
            try:
                # No redirects: a notify_url must not lead the engine to a host it would refuse.
                response = requests.post(url, data={"data": body, "sign": sign},
                                         timeout=self.config.callback_timeout_s, allow_redirects=False)
                status = response.status_code
            except requests.RequestException as err:
                error = type(err).__name__
                log.warning("notify_url %s failed: %s", url, error)
            with self._lock:
                self.deliveries.append(CallbackDelivery(url, body, sign, status, error))

        threading.Thread(target=post, name="faceid-engine-notify", daemon=True).start()

    def take_result(self, biz_id: str, api_key: str) -> StoredResult:
        """The result for ``biz_id``, once, within a day, and only for the api_key that made it."""
        with self._lock:
            stored = self._results.get(biz_id)
            if stored is None:
                destroyed = self._destroyed.get(biz_id)
                if destroyed is not None and destroyed[0] == api_key:
                    raise exc.DataDestroyed()
                raise exc.ResultNotFound()
            if stored.api_key != api_key:
                raise exc.ResultNotFound()  # another tenant's result: neither shown, used up nor confirmed
            del self._results[biz_id]
            self._destroyed[biz_id] = (api_key, stored.created)
            if self.now() - stored.created > RESULT_LIFETIME_S:
                raise exc.DataDestroyed()
            return stored

    # --- bounded state ----------------------------------------------------------------------------

    def purge_expired(self) -> int:
        """Forget expired or used biz tokens, sessions and results; returns how many entries went."""
        now = self.now()
        with self._lock:
            tokens = [t for t, (expires, used) in self._biz_tokens.items() if used or expires < now]
            for token in tokens:
                del self._biz_tokens[token]
            sessions = [t for t, s in self._sessions.items() if s.status == "OK" or s.expires < now]
            for token in sessions:
                del self._sessions[token]
            results = [b for b, r in self._results.items() if now - r.created > RESULT_LIFETIME_S]
            for biz_id in results:
                self._destroyed[biz_id] = (self._results.pop(biz_id).api_key, now)
            forgotten = [b for b, (_key, created) in self._destroyed.items() if now - created > DESTROYED_MEMORY_S]
            for biz_id in forgotten:
                del self._destroyed[biz_id]
        return len(tokens) + len(sessions) + len(results) + len(forgotten)

    def state_sizes(self) -> dict[str, int]:
        """How many tokens, sessions, results and remembered biz_ids the engine holds."""
        with self._lock:
            return {
                "biz_tokens": len(self._biz_tokens), "sessions": len(self._sessions),
                "results": len(self._results), "destroyed": len(self._destroyed),
                "deliveries": len(self.deliveries),
            }


def _equal(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def _is_monochrome(image: Image.Image) -> bool:
    """Whether a photo is black and white: the colour channels hardly differ anywhere."""
    small = np.asarray(image.convert("RGB").resize((64, 64)), dtype=np.int16)
    spread = small.max(axis=2) - small.min(axis=2)
    return float(np.percentile(spread, 95)) < 12.0


def check_idcard(name: str | None, number: str | None) -> tuple[str, str]:
    """KYC identity parameters as verify checks them."""
    if not name:
        raise exc.MissingArguments("idcard_name")
    if not number:
        raise exc.MissingArguments("idcard_number")
    if len(name) > MAX_NAME_CHARS:
        raise exc.InvalidNameFormat()
    if not is_documented_idcard_format(number):
        raise exc.InvalidIdcardNumber()
    return name, number.upper()
