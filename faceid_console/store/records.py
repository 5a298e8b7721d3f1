"""The history's vocabulary: call kinds, entry states, and the rows as typed values."""

from __future__ import annotations

import datetime
import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final, NewType

#: A history entry's id (the ``calls`` row).
EntryId = NewType("EntryId", int)


class CallKind(StrEnum):
    """What the console sent (or, for a callback, checked)."""

    VERIFY = "verify"
    GET_RESULT = "get_result"
    GET_BIZ_TOKEN = "get_biz_token"
    GET_TOKEN = "get_token"
    CALLBACK_CHECK = "callback_check"


class EntryStatus(StrEnum):
    """Where a journaled call stands.

    ``pending``: written before sending, no answer recorded yet. ``unknown``: the process that sent it
    ended (crash, kill) or the connection broke after sending; the call may have been processed and
    billed, and it is never resent without an explicit operator action.
    """

    PENDING = "pending"
    COMPLETE = "complete"
    ERROR = "error"
    UNKNOWN = "unknown"


class DecisionKind(StrEnum):
    """A reviewer's decision on a result."""

    APPROVE = "approve"
    REJECT = "reject"
    ESCALATE = "escalate"


#: Parameters that never reach the history, even if a caller passes them by mistake.
SECRET_PARAMETERS = frozenset({"api_secret", "sign", "sign_version"})


#: The length of the search keys' columns: a name's key and a uuid's (folding can lengthen a text: "ß" is "ss").
NAME_KEY_CHARS: Final = 128
UUID_KEY_CHARS: Final = 512


def search_key(text: str, limit: int) -> str:
    """``text`` as the history's search compares it: case and accents set aside ("Álex", "ALEX" and "alex" are one
    key), at most ``limit`` characters. Computed here, not by the database, so that both backends fold alike; the
    keys are stored beside the name and uuid, and indexed."""
    folded = unicodedata.normalize("NFKD", text.strip().casefold())
    return unicodedata.normalize("NFC", "".join(c for c in folded if not unicodedata.combining(c)))[:limit]


def utcnow() -> datetime.datetime:
    """Naive UTC, the one time format the history stores on both backends."""
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class HistoryEntry:
    """One journaled call, as the history list and detail show it."""

    id: EntryId
    kind: CallKind
    status: EntryStatus
    profile: str
    base_url: str
    operator: str
    parameters: Mapping[str, str]
    idcard_name: str | None
    idcard_number: str | None
    uuid: str | None
    biz_no: str | None
    biz_id: str | None
    request_id: str | None
    response: Mapping[str, Any] | None
    error_code: str | None
    error: Mapping[str, Any] | None
    billed: bool | None
    verdict: str | None
    confidence: float | None
    current_decision: str | None
    resend_of: EntryId | None
    created_at: datetime.datetime
    completed_at: datetime.datetime | None
    #: The machine and process that journaled it: whether a ``pending`` entry's sender may still be waiting.
    owner_host: str = ""
    owner_pid: int = 0

    @property
    def outcome_unknown(self) -> bool:
        """Sent (or maybe sent) without a recorded answer: shown as "outcome unknown, not resent"."""
        return self.status in (EntryStatus.PENDING, EntryStatus.UNKNOWN)

    @classmethod
    def from_row(cls, row: Any) -> HistoryEntry:
        m = row._mapping
        return cls(
            id=EntryId(m["id"]), kind=CallKind(m["kind"]), status=EntryStatus(m["status"]), profile=m["profile"],
            base_url=m["base_url"], operator=m["operator"], parameters=json.loads(m["parameters"] or "{}"),
            idcard_name=m["idcard_name"], idcard_number=m["idcard_number"], uuid=m["uuid"], biz_no=m["biz_no"],
            biz_id=m["biz_id"], request_id=m["request_id"],
            response=None if m["response_json"] is None else json.loads(m["response_json"]),
            error_code=m["error_code"], error=None if m["error_json"] is None else json.loads(m["error_json"]),
            billed=m["billed"], verdict=m["verdict"], confidence=m["confidence"],
            current_decision=m["current_decision"],
            resend_of=None if m["resend_of"] is None else EntryId(m["resend_of"]),
            created_at=m["created_at"], completed_at=m["completed_at"],
            owner_host=m.get("owner_host") or "", owner_pid=m.get("owner_pid") or 0,
        )


@dataclass(frozen=True)
class StoredImage:
    """A photo of a call: its SHA-256 always; the bytes while the retention setting keeps them."""

    field: str
    sha256: str
    media_type: str
    data: bytes | None
    thumbnail: bytes | None


@dataclass(frozen=True)
class StoredImageHead:
    """A photo of a call as a list shows it before its bytes are read: what the retention setting kept of it,
    and the first bytes of that (enough for its format and pixel size)."""

    field: str
    sha256: str
    media_type: str
    has_data: bool
    has_thumbnail: bool
    head: bytes


@dataclass(frozen=True)
class Decision:
    """One row of a result's decision trail (the newest is the current decision)."""

    id: int
    entry: EntryId
    decision: DecisionKind
    reason: str
    note: str
    operator: str
    decided_at: datetime.datetime
    supersedes: int | None


@dataclass(frozen=True)
class AuditEvent:
    """One row of the append-only audit log."""

    id: int
    at: datetime.datetime
    operator: str
    action: str
    entry: EntryId | None
    detail: Mapping[str, Any]
