"""Journal before send: every FaceID call is on disk before its request leaves, its answer before it is shown.

Used the same way by the command line and by the window's pages::

    entry = journal.begin(CallKind.VERIFY, profile, request.form_fields(), images, base_url=url)
    try:
        result = client.verify(request, prepared=prepared)   # the request leaves only now
    except FaceIDError as err:
        journal.fail(entry, err)                             # durable before the error is shown
        raise
    journal.complete(entry, result.raw)                      # durable before the result is shown
    show(result)

``begin`` and ``complete`` each commit one transaction (SQLite: WAL, ``synchronous=FULL``), so a kill at
any moment leaves either nothing (not yet sent), a ``pending`` entry (sent or maybe sent: awaited while the
process that sent it waits, "outcome unknown, not resent" once it is gone), or the complete answer. Nothing
here ever resends: ``resend_of`` only links a new entry that an operator chose to send to the one it repeats.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import logging
import os
import socket
import threading
from collections.abc import Callable, Iterator, Mapping
from enum import Enum, StrEnum
from typing import Any, Final, Protocol, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from ..api.errors import GATEWAY_ERROR, INVALID_RESPONSE, FaceIDError
from ..api.identity import normalize_idcard_name, normalize_idcard_number
from ..api.results import error_faces
from ..processes import process_alive
from ..settings import DEFAULT_POLICY_LEVEL
from . import audit, retention
from .records import (
    NAME_KEY_CHARS,
    SECRET_PARAMETERS,
    UUID_KEY_CHARS,
    CallKind,
    EntryId,
    EntryStatus,
    HistoryEntry,
    search_key,
    utcnow,
)
from .schema import call_images, calls

log = logging.getLogger(__name__)

#: A pending entry older than this is "outcome unknown" whichever process wrote it.
STALE_AFTER: Final = datetime.timedelta(hours=1)


def _sender_gone(owner_host: str, owner_pid: int, created_at: datetime.datetime, *, host: str,
                 now: datetime.datetime) -> bool:
    """Whether the process that journaled a pending entry can no longer be waiting for its answer."""
    return now - created_at > STALE_AFTER or (owner_host == host and not process_alive(owner_pid))


class PendingCall(StrEnum):
    """What a ``pending`` entry's call is, as far as this process can tell."""

    #: Sent by this process, which is waiting for its answer (or has just recorded it, after the entry was read).
    AWAITED_HERE = "awaited_here"
    #: Sent by another console (another process, another computer) that may still be waiting for its answer.
    AWAITED_ELSEWHERE = "awaited_elsewhere"
    #: Its sender ended, or gave up, without recording an answer: the outcome is unknown.
    GONE = "gone"


class _Sent(Enum):
    SENDING = "sending"
    RECORDED = "recorded"
    UNRECORDED = "unrecorded"


class CallsInFlight:
    """The calls this process sent through its journal: which are still on their way, and who wants to know when
    each has ended.

    ``send_journaled`` sends each call inside ``sending``. The window's History page asks ``pending_call`` what a
    ``pending`` entry stands for (a call still on its way is not one whose outcome is unknown), and ``listen``s to
    read an entry again once its call has ended.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sent: dict[EntryId, _Sent] = {}  # an entry a call: small beside what the history itself holds
        self._listeners: list[Callable[[EntryId], None]] = []
        self._host = socket.gethostname()

    @contextlib.contextmanager
    def sending(self, entry: EntryId) -> Iterator[None]:
        """``entry``'s call is on its way while inside; once it has ended, its answer or error recorded or not,
        the listeners are told (on this thread, after the entry is written)."""
        with self._lock:
            self._sent[entry] = _Sent.SENDING
        try:
            yield
        finally:
            with self._lock:
                if self._sent[entry] is _Sent.SENDING:  # neither its answer nor its error was recorded
                    self._sent[entry] = _Sent.UNRECORDED
                listeners = list(self._listeners)
            for listener in listeners:
                try:
                    listener(entry)
                except Exception:  # whoever listens never changes what the call returns or raises
                    log.exception("a listener to the journal's calls failed")

    def recorded(self, entry: EntryId) -> None:
        """``entry``'s answer or error is durable (``Journal.complete`` or ``fail`` has committed it)."""
        with self._lock:
            if self._sent.get(entry) is _Sent.SENDING:
                self._sent[entry] = _Sent.RECORDED

    def listen(self, listener: Callable[[EntryId], None]) -> Callable[[], None]:
        """Have ``listener`` told the entry of each call sent here once it has ended; returns what stops it."""
        with self._lock:
            self._listeners.append(listener)

        def stop() -> None:
            with self._lock, contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return stop

    def pending_call(self, entry: HistoryEntry, now: datetime.datetime | None = None) -> PendingCall | None:
        """What ``entry``'s call is while the entry is ``pending`` (None when it is not): one this process sent is
        awaited here until it ends without a recorded answer; another's is awaited elsewhere unless its sender is
        gone (as ``Journal.recover`` judges it) or its process id is this process's (a console before this one)."""
        if entry.status is not EntryStatus.PENDING:
            return None
        with self._lock:
            sent = self._sent.get(entry.id)
        if sent is not None:
            return PendingCall.GONE if sent is _Sent.UNRECORDED else PendingCall.AWAITED_HERE
        if (entry.owner_host == self._host and entry.owner_pid == os.getpid()) or _sender_gone(
                entry.owner_host, entry.owner_pid, entry.created_at, host=self._host, now=now or utcnow()):
            return PendingCall.GONE
        return PendingCall.AWAITED_ELSEWHERE

    def awaited(self, entry: HistoryEntry, now: datetime.datetime | None = None) -> PendingCall | None:
        """Whether ``entry``'s answer is still awaited, by this process or by another console; None when it is in,
        or never will be (its outcome is unknown)."""
        pending = self.pending_call(entry, now)
        return None if pending is PendingCall.GONE else pending

    def outcome_unknown(self, entry: HistoryEntry, now: datetime.datetime | None = None) -> bool:
        """No answer was recorded for ``entry``'s call, and none is awaited any more."""
        return entry.outcome_unknown and self.awaited(entry, now) is None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _clean(params: Mapping[str, Any]) -> dict[str, str]:
    return {str(k): str(v) for k, v in params.items() if v is not None and str(k) not in SECRET_PARAMETERS}


def _identity(params: Mapping[str, str]) -> dict[str, str | None]:
    number = params.get("idcard_number")
    normalized = normalize_idcard_number(number) if number else None
    name, uuid = normalize_idcard_name(params.get("idcard_name") or "") or None, params.get("uuid") or None
    return {
        "idcard_name": name,
        "idcard_name_key": None if name is None else search_key(name, NAME_KEY_CHARS),
        "idcard_number": normalized,
        "idcard_last4": normalized[-4:] if normalized and len(normalized) >= 4 else None,
        "uuid": uuid,
        "uuid_key": None if uuid is None else search_key(uuid, UUID_KEY_CHARS),
        "biz_no": params.get("biz_no") or None,
        "biz_id": params.get("biz_id") or None,
    }


def _verify_outcome(raw: Mapping[str, Any], level: str) -> tuple[str | None, float | None]:
    from ..api.results import VerifyResult
    from ..verdict import verify_verdict

    return verify_verdict(VerifyResult.parse(dict(raw)), level)


def _liveness_outcome(raw: Mapping[str, Any], level: str) -> tuple[str | None, float | None]:
    from ..api.results import LivenessSessionResult
    from ..verdict import session_verdict

    return session_verdict(LivenessSessionResult.parse(dict(raw)), level)


def _callback_outcome(body: Mapping[str, Any], level: str) -> tuple[str | None, float | None]:
    from ..api.results import LivenessSessionResult
    from ..verdict import callback_verdict

    valid, claimed = body.get("signature_valid"), body.get("payload")
    signature = valid if isinstance(valid, bool) else None
    try:
        result = LivenessSessionResult.parse(dict(claimed)) if isinstance(claimed, dict) else None
        return callback_verdict(signature, result, level)
    except FaceIDError:  # data that does not parse judges nothing
        return callback_verdict(signature, None, level)


def _claim_resend(connection: sa.Connection, entry: EntryId) -> None:
    """Lock ``entry`` until this transaction ends, then refuse if it was sent again already.

    The lock is a write that changes nothing, the first of the transaction: PostgreSQL's row lock makes a second
    resend wait for the first to commit and then see it; SQLite's write lock does the same for the whole file.
    """
    connection.execute(calls.update().where(calls.c.id == entry).values(status=calls.c.status))
    again = connection.execute(sa.select(calls.c.id, calls.c.status).where(calls.c.resend_of == entry)
                               .order_by(calls.c.id.desc()).limit(1)).first()
    if again is not None:
        raise AlreadyResent(entry, EntryId(again.id), str(again.status))


class AlreadyResent(Exception):
    """An entry was already sent again (as ``again``, its status ``status``): every call is billed, so not twice."""

    def __init__(self, entry: EntryId, again: EntryId, status: str) -> None:
        super().__init__(f"entry {entry} was already sent again, as entry {again} ({status})")
        self.entry = entry
        self.again = again
        self.status = status


class Journal:
    """Writes the journal of one operator's calls to the history database."""

    def __init__(self, engine: Engine, operator: str, in_flight: CallsInFlight | None = None) -> None:
        self._engine = engine
        self.operator = operator
        #: The calls this process sent, shared by every journal of its store.
        self.in_flight = CallsInFlight() if in_flight is None else in_flight

    def begin(
        self,
        kind: CallKind,
        profile: str,
        params: Mapping[str, Any],
        images: Mapping[str, bytes] | None = None,
        *,
        base_url: str = "",
        resend_of: EntryId | None = None,
    ) -> EntryId:
        """Record a call about to be sent (status ``pending``); returns once it is durable.

        ``params`` are the form or query fields without credentials (secrets are dropped regardless);
        ``images`` the exact bytes to upload, by field name: their SHA-256 is kept, and the bytes or a
        thumbnail as the retention setting says.

        With ``resend_of``, raises ``AlreadyResent`` when another entry already sends it again, checked under a lock
        on that entry: two operators (or two commands) resending it at the same moment send it once.
        """
        clean = _clean(params)
        with self._engine.begin() as connection:
            if resend_of is not None:
                _claim_resend(connection, resend_of)
            mode = retention.load(connection).image_mode
            entry = EntryId(connection.execute(calls.insert().values(
                kind=kind.value, status=EntryStatus.PENDING.value, profile=profile, base_url=base_url,
                operator=self.operator, owner_host=socket.gethostname(), owner_pid=os.getpid(),
                parameters=json.dumps(clean, ensure_ascii=False, sort_keys=True), resend_of=resend_of,
                created_at=utcnow(), **_identity(clean),
            )).inserted_primary_key[0])  # type: ignore[index]
            for field, data in (images or {}).items():
                self._add_image(connection, entry, field, data, media_type="", mode=mode)
            if resend_of is not None:
                audit.append(connection, self.operator, "call.resent", entry, {"resend_of": resend_of})
        return entry

    def complete(self, entry: EntryId, response: Mapping[str, Any], *, billed: bool | None = None,
                 policy_level: str = DEFAULT_POLICY_LEVEL) -> None:
        """Record the service's answer (the parsed JSON body); returns once it is durable.

        Liveness images in a get_result answer (or a checked callback's payload) are moved to the entry's
        images (kept per retention), so a one-time answer is never lost with its photos. ``billed``
        defaults to the documents' rule: a call is charged when its answer carries a comparison score,
        or a comparison error the billing table lists; a checked callback never is (nothing is sent).
        """
        body = dict(response)
        with self._engine.begin() as connection:
            kind = CallKind(connection.execute(sa.select(calls.c.kind).where(calls.c.id == entry)).scalar_one())
            verdict: str | None = None
            confidence: float | None = None
            with contextlib.suppress(FaceIDError):  # an odd answer is still kept; it just has no verdict
                if kind is CallKind.VERIFY:
                    verdict, confidence = _verify_outcome(body, policy_level)
                elif kind is CallKind.GET_RESULT:
                    verdict, confidence = _liveness_outcome(body, policy_level)
                elif kind is CallKind.CALLBACK_CHECK:
                    verdict, confidence = _callback_outcome(body, policy_level)
            if billed is None:  # checking a callback sends nothing: the session was billed when it ran
                billed = kind is not CallKind.CALLBACK_CHECK and (
                    confidence is not None or (kind is CallKind.GET_RESULT and _billed_comparison_error(body)))
            if kind is CallKind.GET_RESULT and isinstance(body.get("images"), dict):
                body["images"] = self._keep_liveness_images(connection, entry, body["images"])
            payload = body.get("payload")
            if kind is CallKind.CALLBACK_CHECK and isinstance(payload, dict) and isinstance(payload.get("images"),
                                                                                           dict):
                kept = self._keep_liveness_images(connection, entry, payload["images"])
                body["payload"] = {**payload, "images": kept}
            biz_info = body.get("biz_info")
            biz: dict[str, Any] = biz_info if isinstance(biz_info, dict) else {}
            values: dict[str, Any] = {
                "status": EntryStatus.COMPLETE.value, "completed_at": utcnow(), "billed": billed,
                "response_json": json.dumps(body, ensure_ascii=False), "verdict": verdict, "confidence": confidence,
                "request_id": _text(body.get("request_id")),
            }
            for key in ("biz_id", "biz_no"):
                found = _text(body.get(key)) or _text(biz.get(key))
                if found:
                    values[key] = found
            connection.execute(calls.update().where(calls.c.id == entry).values(**values))
        self.in_flight.recorded(entry)

    def fail(self, entry: EntryId, error: FaceIDError, *, billable: bool = True, verdict: str = "error") -> None:
        """Record a failed call; one that may have been processed (no answer in time, a gateway's 502/504) leaves the
        outcome ``unknown``, and whether it was billed unknown (NULL) too. ``billable``: False for a call to a
        service that charges nothing (the built-in engine), whatever its error. ``verdict``: "error", or what decides
        before the error does (a received callback whose signature failed is "signature_invalid", whatever its
        data)."""
        billed = (None if error.outcome_unknown else error.billed) if billable else False
        with self._engine.begin() as connection:
            connection.execute(calls.update().where(calls.c.id == entry).values(
                status=(EntryStatus.UNKNOWN if error.outcome_unknown else EntryStatus.ERROR).value,
                completed_at=utcnow(), error_code=error.code, billed=billed,
                error_json=json.dumps(_error_record(error), ensure_ascii=False), request_id=error.request_id,
                verdict=verdict,
            ))
        self.in_flight.recorded(entry)

    def recover(self) -> list[EntryId]:
        """Mark pending entries whose sender is gone as ``unknown`` (audited); never resends anything."""
        host, now = socket.gethostname(), utcnow()
        with self._engine.begin() as connection:
            rows = connection.execute(
                sa.select(calls.c.id, calls.c.owner_host, calls.c.owner_pid, calls.c.created_at)
                .where(calls.c.status == EntryStatus.PENDING.value)
            ).all()
            orphaned = [EntryId(r.id) for r in rows
                        if _sender_gone(r.owner_host, r.owner_pid, r.created_at, host=host, now=now)]
            for entry in orphaned:
                connection.execute(calls.update().where(calls.c.id == entry, calls.c.status == "pending")
                                   .values(status=EntryStatus.UNKNOWN.value))
                audit.append(connection, self.operator, "call.outcome_unknown", entry,
                             {"reason": "the sending process ended before an answer was recorded; not resent"})
        return orphaned

    def _add_image(self, connection: sa.Connection, entry: EntryId, field: str, data: bytes, *, media_type: str,
                   mode: retention.ImageRetention) -> str:
        digest = sha256_hex(data)
        connection.execute(call_images.insert().values(
            call_id=entry, field=field, sha256=digest, media_type=media_type or _sniff(data),
            data=data if mode is retention.ImageRetention.FULL else None,
            thumbnail=retention.thumbnail(data) if mode is retention.ImageRetention.THUMBNAIL else None,
        ))
        return digest

    def _keep_liveness_images(self, connection: sa.Connection, entry: EntryId,
                              images: Mapping[str, Any]) -> dict[str, str]:
        from ..api.results import LivenessImage

        mode = retention.load(connection).image_mode
        kept: dict[str, str] = {}
        for name, url in images.items():
            if not isinstance(url, str) or not url:
                continue
            image = LivenessImage(str(name), url)
            try:
                data = image.decode()
            except FaceIDError:
                kept[str(name)] = url[:64]  # not a data URL: nothing secret, keep a prefix for the record
                continue
            digest = self._add_image(connection, entry, f"liveness:{name}", data, media_type=image.media_type,
                                     mode=mode)
            kept[str(name)] = f"sha256:{digest}"
        return kept


def _billed_comparison_error(body: Mapping[str, Any]) -> bool:
    from ..api.errors import is_billed, split_error_string

    verify = body.get("verify_result")
    error = verify.get("error") if isinstance(verify, dict) else None
    return isinstance(error, str) and is_billed(*split_error_string(error))


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _sniff(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    return "application/octet-stream"


class _Answer(Protocol):
    @property
    def raw(self) -> Mapping[str, Any]: ...


#: A typed answer of the protocol library (VerifyResult, BizToken, ...): each keeps its JSON as ``raw``.
A = TypeVar("A", bound=_Answer)


def send_journaled(journal: Journal, kind: CallKind, *, profile: str, params: Mapping[str, Any],
                   images: Mapping[str, bytes], send: Callable[[], A], base_url: str = "",
                   resend_of: EntryId | None = None, on_begin: Callable[[EntryId], None] | None = None,
                   policy_level: str = DEFAULT_POLICY_LEVEL, billable: bool = True) -> tuple[EntryId, A]:
    """Journal, send, record: the one sequence every synchronous caller (the command line) uses.

    The entry is durable before ``send`` runs and the answer (or error) is durable before this returns,
    so whatever the caller prints is already in the history. While it is sent the call is in the journal's
    ``in_flight`` (the window's History says it is awaited); an exception other than FaceIDError (or a kill)
    leaves the entry pending: "outcome unknown, not resent". ``policy_level``: the level the caller judges the
    answer at, so the history records the verdict the caller shows. ``billable``: False when ``send`` goes to the
    built-in engine (``Profile.billed``), whose calls are recorded as not billed whatever they answer.
    """
    entry = journal.begin(kind, profile, params, images, base_url=base_url, resend_of=resend_of)
    with journal.in_flight.sending(entry):  # awaited, not "outcome unknown", until it ends
        if on_begin is not None:
            on_begin(entry)  # the caller learns the entry even when the call then fails
        try:
            answer = send()
        except FaceIDError as err:
            journal.fail(entry, err, billable=billable)
            raise
        journal.complete(entry, answer.raw, billed=None if billable else False, policy_level=policy_level)
    return entry, answer


#: How much of an answer refused as not FaceID's its entry keeps (a get_result answer carries its images).
REFUSED_ANSWER_CHARS: Final = 4_000_000


def _error_record(error: FaceIDError) -> dict[str, Any]:
    """What a failed entry keeps of ``error``; of an answer refused as not FaceID's, or a gateway's page in its place,
    the answer too (the client masked its secrets): get_result answers once, and a reviewer, FaceID's support or
    whoever runs the gateway may need to read it (which upstream failed, and when). So is a refusal's that carried
    faces (return_faces=1: LOW_QUALITY, MULTIPLE_FACES, NO_FACE_FOUND), for History to box them as the window did."""
    record = error.to_dict()
    if (error.code in (INVALID_RESPONSE, GATEWAY_ERROR) or error_faces(error) is not None) and error.raw_body:
        record["answer"] = error.raw_body[:REFUSED_ANSWER_CHARS]
    if error.refused is not None:  # History then words it as the window did ("another session's answer")
        record["refused"] = {name: value[:REFUSED_ANSWER_CHARS] for name, value in error.refused.to_record().items()}
    return record
