"""Reading the history: search, filters, sorting, one entry's detail, billed-call counts.

Every search uses an index (see migrations 0003 and 0004), so the first screenful of a million entries comes
back in milliseconds; ``benchmarks/history.py`` measures it.
"""

from __future__ import annotations

import datetime
import json
import re
import unicodedata
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from ..api.errors import ABOUT_THE_APPLICANT, ErrorOrigin
from ..api.identity import normalize_idcard_name, normalize_idcard_number
from ..verdict import VERDICT_ORDER
from .records import (
    NAME_KEY_CHARS,
    UUID_KEY_CHARS,
    CallKind,
    Decision,
    DecisionKind,
    EntryId,
    EntryStatus,
    HistoryEntry,
    StoredImage,
    StoredImageHead,
    search_key,
)
from .schema import call_images, calls, decisions

#: Beyond every Unicode character: ``name <= x < name + _TOP`` is an index-friendly prefix match.
_TOP: Final = "\U0010ffff"
#: What ``image_heads`` reads of each photo: a JPEG's or PNG's pixel size is in its first few kilobytes, an
#: EXIF block included.
IMAGE_HEAD_BYTES: Final = 65_536
#: ``HistoryFilter.decision`` for the entries still waiting for a decision (no current one, and one can be made).
UNDECIDED: Final = "undecided"
#: How ``Journal.fail`` writes a refusal by the service into ``error_json`` (not an input check's code, found before
#: anything was sent).
_SERVICE_ORIGIN: Final = json.dumps({"origin": ErrorOrigin.SERVICE.value})[1:-1]


class SortColumn(StrEnum):
    """Columns the history can be sorted by."""

    CREATED_AT = "created_at"
    KIND = "kind"
    STATUS = "status"
    PROFILE = "profile"
    IDCARD_NAME = "idcard_name"
    VERDICT = "verdict"
    CONFIDENCE = "confidence"
    ERROR_CODE = "error_code"
    DECISION = "current_decision"


@dataclass(frozen=True)
class HistoryFilter:
    """What the history page and ``history list`` narrow the entries by (all given ones must hold).

    ``text`` is the search box: an 18-character ID number, its last four, a name or uuid (from its start),
    biz_no, biz_id or request_id (whole), or an entry's number after "#" ("#8"); names and uuids in any case and
    with or without accents ("kit" finds "Kit", "Alex" finds "Álex"), zero-width characters of a pasted text
    dropped; ``uuid`` is a whole uuid;
    ``idcard_number`` may be the full number or its last four. ``decision`` is a
    ``DecisionKind`` value, or ``UNDECIDED``: the entries that can be decided on and have no decision yet.
    """

    text: str = ""
    idcard_name: str = ""
    idcard_number: str = ""
    uuid: str = ""
    biz_no: str = ""
    biz_id: str = ""
    request_id: str = ""
    since: datetime.datetime | None = None
    until: datetime.datetime | None = None
    kinds: tuple[CallKind, ...] = ()
    verdict: str = ""
    error_code: str = ""
    decision: str = ""
    profile: str = ""
    status: str = ""


#: Calls that only start a liveness session (a web token, the SDK's biz_token): their answer says nothing about the
#: applicant; the session's answer is an entry of its own (Liveness result, Callback check), decided on there.
TOKEN_KINDS: Final = frozenset({CallKind.GET_TOKEN, CallKind.GET_BIZ_TOKEN})


def decidable(entry: HistoryEntry) -> bool:
    """Whether a reviewer can decide on ``entry``: an answer about the applicant (a verify result, a session's, a
    callback), or a service error about them (no face, a name that does not match…). Not a token (see
    ``TOKEN_KINDS``: every session started would wait in Undecided beside its own result), nor an error that says
    nothing of them (a wrong secret, a busy service, a connection that failed), nor a call whose outcome is unknown.
    A decision recorded on a token before stays (decisions are only ever added)."""
    if entry.kind in TOKEN_KINDS:
        return False
    return entry.status is EntryStatus.COMPLETE or refused_for_the_applicant(entry)


def refused_for_the_applicant(entry: HistoryEntry) -> bool:
    """``entry`` is the service's refusal about the applicant (no face, a name that does not match…), any call."""
    return (entry.status is EntryStatus.ERROR and entry.error_code in ABOUT_THE_APPLICANT
            and entry.error is not None and entry.error.get("origin") == ErrorOrigin.SERVICE.value)


def _decidable_condition() -> Any:
    """``decidable`` as a WHERE clause (the same rule: the Undecided filter lists what can be decided)."""
    return sa.and_(calls.c.kind.not_in(sorted(kind.value for kind in TOKEN_KINDS)),
                   sa.or_(calls.c.status == EntryStatus.COMPLETE.value,
                          sa.and_(calls.c.status == EntryStatus.ERROR.value,
                                  calls.c.error_code.in_(sorted(ABOUT_THE_APPLICANT)),
                                  calls.c.error_json.contains(_SERVICE_ORIGIN, autoescape=True))))


def _number_condition(value: str) -> Any:
    number = normalize_idcard_number(value)
    if len(number) == 4:
        return calls.c.idcard_last4 == number
    return calls.c.idcard_number == number


def _name_condition(text: str) -> Any:
    """Names that start with ``text``, in any case and with or without accents (by the key's index)."""
    key = search_key(text, NAME_KEY_CHARS)
    if not key:  # nothing left once folded (accents alone): no name starts with it
        return sa.false()
    return sa.and_(calls.c.idcard_name_key >= key, calls.c.idcard_name_key < key + _TOP)


def _uuid_condition(text: str) -> Any:
    """The uuid ``text`` whole, in any case (by the key's index)."""
    return calls.c.uuid_key == search_key(text, UUID_KEY_CHARS)


def _uuid_start_condition(text: str) -> Any:
    """uuids that start with ``text``, in any case (by the key's index): the list shows a long uuid cut in the middle,
    so the reviewer has its start to type, not all of it."""
    key = search_key(text, UUID_KEY_CHARS)
    if not key:  # nothing left once folded: not every uuid
        return sa.false()
    return sa.and_(calls.c.uuid_key >= key, calls.c.uuid_key < key + _TOP)


#: An entry by its number, as History's heading, the PDF report and "sent again as entry N" name it: "#8" (a
#: full-width "＃８" typed through an input method too). At most 9 digits: within the id column's range everywhere.
_ENTRY_NUMBER: Final = re.compile(r"[#＃]\s*([0-9０-９]{1,9})")


def _text_condition(text: str) -> Any:
    text = normalize_idcard_name(text)  # a pasted text's zero-width characters dropped, as from a pasted name
    conditions = [
        _name_condition(text), _uuid_start_condition(text),
        calls.c.biz_no == text, calls.c.biz_id == text, calls.c.request_id == text,
    ]
    entry = _ENTRY_NUMBER.fullmatch(text)
    if entry is not None:
        conditions.append(calls.c.id == int(unicodedata.normalize("NFKC", entry.group(1))))
    number = normalize_idcard_number(text)
    if len(number) == 4 or (len(number) == 18 and number[:17].isdigit()):
        conditions.append(_number_condition(number))
    return sa.or_(*conditions)


def conditions(f: HistoryFilter) -> list[Any]:
    """The WHERE clauses of a filter."""
    out: list[Any] = []
    if normalize_idcard_name(f.text):
        out.append(_text_condition(f.text))
    if f.idcard_name.strip():
        out.append(_name_condition(f.idcard_name))
    if f.idcard_number.strip():
        out.append(_number_condition(f.idcard_number))
    if f.uuid.strip():
        out.append(_uuid_condition(f.uuid))
    for column, value in ((calls.c.biz_no, f.biz_no), (calls.c.biz_id, f.biz_id),
                          (calls.c.request_id, f.request_id), (calls.c.verdict, f.verdict),
                          (calls.c.error_code, f.error_code), (calls.c.profile, f.profile),
                          (calls.c.status, f.status)):
        if value.strip():
            out.append(column == value.strip())
    if f.decision.strip() == UNDECIDED:
        out.extend((calls.c.current_decision.is_(None), _decidable_condition()))
    elif f.decision.strip():
        out.append(calls.c.current_decision == f.decision.strip())
    if f.since is not None:
        out.append(calls.c.created_at >= f.since)
    if f.until is not None:
        out.append(calls.c.created_at < f.until)
    if f.kinds:
        out.append(calls.c.kind.in_([k.value for k in f.kinds]))
    return out


#: Columns holding a key the window shows in words, sorted in their domain's order rather than by the key's spelling
#: (which means nothing in either language): a verdict from agreement to failure, as the History filter lists them.
KEY_ORDERS: Final[dict[SortColumn, tuple[str, ...]]] = {
    SortColumn.VERDICT: VERDICT_ORDER,
    SortColumn.DECISION: tuple(DecisionKind),
    SortColumn.KIND: tuple(CallKind),
    SortColumn.STATUS: tuple(EntryStatus),
}


def select_entries(f: HistoryFilter, sort: SortColumn = SortColumn.CREATED_AT, descending: bool = True) -> Any:
    """The filtered, sorted query (without paging): the model and the exports page through it."""
    column = calls.c[sort.value]
    keys: list[Any] = [column]
    if sort in KEY_ORDERS:
        ranks = KEY_ORDERS[sort]
        # An unknown key (none yet) after the known ones, grouped by its spelling.
        keys.insert(0, sa.case({key: rank for rank, key in enumerate(ranks)}, value=column, else_=len(ranks)))
    keys.append(calls.c.id)
    return sa.select(calls).where(*conditions(f)).order_by(*(k.desc() if descending else k.asc() for k in keys))


class HistoryReader:
    """Read-only queries over the history database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def page(self, f: HistoryFilter, offset: int, limit: int, sort: SortColumn = SortColumn.CREATED_AT,
             descending: bool = True) -> list[HistoryEntry]:
        """``limit`` entries from ``offset`` on, in the given order."""
        query = select_entries(f, sort, descending).offset(offset).limit(limit)
        with self._engine.connect() as connection:
            return [HistoryEntry.from_row(row) for row in connection.execute(query)]

    def count(self, f: HistoryFilter) -> int:
        with self._engine.connect() as connection:
            return int(connection.execute(sa.select(sa.func.count()).select_from(calls).where(*conditions(f)))
                       .scalar_one())

    def entry(self, entry: EntryId) -> HistoryEntry | None:
        with self._engine.connect() as connection:
            return _entry(connection, entry)

    def resent_as(self, entry: EntryId) -> HistoryEntry | None:
        """The latest entry that sent ``entry`` again, if any."""
        with self._engine.connect() as connection:
            row = connection.execute(sa.select(calls).where(calls.c.resend_of == entry)
                                     .order_by(calls.c.id.desc()).limit(1)).first()
        return None if row is None else HistoryEntry.from_row(row)

    def resends(self, entries: Collection[EntryId]) -> dict[EntryId, EntryId]:
        """For each of ``entries`` that was sent again, the latest entry that sent it: one query for a screenful of
        the list (by the resends' index), not one per row."""
        if not entries:
            return {}
        with self._engine.connect() as connection:
            return _resends(connection, entries)

    def entry_detail(self, entry: EntryId, headed: Collection[str] | None = None) -> EntryDetail | None:
        """``entry`` with its photos' heads (see ``image_heads``) and its decision trail, read in one snapshot:
        a purge or a decision committed meanwhile shows in all three or in none (read apart, an entry could come
        back without the trail a purge had just dropped)."""
        with self._engine.connect() as connection, _snapshot(connection):
            found = _entry(connection, entry)
            if found is None:
                return None
            return EntryDetail(found, _image_heads(connection, entry, IMAGE_HEAD_BYTES, headed),
                               _decision_trail(connection, entry), _resends(connection, (entry,)).get(entry))

    def images(self, entry: EntryId, fields: Collection[str] | None = None) -> list[StoredImage]:
        """``entry``'s photos with their bytes (only ``fields``, when given)."""
        query = sa.select(call_images).where(call_images.c.call_id == entry).order_by(call_images.c.id)
        if fields is not None:
            query = query.where(call_images.c.field.in_(list(fields)))
        with self._engine.connect() as connection:
            return [StoredImage(r.field, r.sha256, r.media_type, r.data, r.thumbnail)
                    for r in connection.execute(query)]

    def image_heads(self, entry: EntryId, length: int = IMAGE_HEAD_BYTES,
                    headed: Collection[str] | None = None) -> list[StoredImageHead]:
        """``entry``'s photos without their bytes: which are kept, whole or as a thumbnail, and the first
        ``length`` bytes of what is kept (a window reads a pixel size from them; the bytes it decodes on a
        worker), for the fields ``headed`` only when given (the others' heads are empty)."""
        with self._engine.connect() as connection:
            return _image_heads(connection, entry, length, headed)

    def decision_trail(self, entry: EntryId) -> list[Decision]:
        """Every decision on ``entry``, newest (the current one) first."""
        with self._engine.connect() as connection:
            return _decision_trail(connection, entry)

    def billed_per_day(self, since: datetime.datetime, profiles: Sequence[str] = ()) -> list[tuple[str, str, int]]:
        """(day ``YYYY-MM-DD``, profile, billed calls) since ``since``, newest day first."""
        day = sa.func.substr(sa.cast(calls.c.created_at, sa.String), 1, 10).label("day")
        query = (sa.select(day, calls.c.profile, sa.func.count())
                 .where(calls.c.created_at >= since, calls.c.billed.is_(True))
                 .group_by(day, calls.c.profile).order_by(day.desc(), calls.c.profile))
        if profiles:
            query = query.where(calls.c.profile.in_(list(profiles)))
        with self._engine.connect() as connection:
            return [(str(d), str(p), int(n)) for d, p, n in connection.execute(query)]

    def billed_per_shown_day(self, days: Sequence[tuple[datetime.date, datetime.datetime]],
                             profiles: Sequence[str] = ()) -> list[tuple[str, str, int]]:
        """(day ``YYYY-MM-DD``, profile, billed calls) of ``days``, newest first: each a day of the zone the window
        shows times in, with its start as a naive UTC time (``DisplayZone.day_start``), the newest one's counting
        every call since it started. A UTC day's substring of the stored time would file a call of 01:30 in
        Beijing under the day before."""
        if not days:
            return []
        newest_first = sorted(days, key=lambda d: d[1], reverse=True)
        day = sa.case(*((calls.c.created_at >= start, str(date)) for date, start in newest_first)).label("shown_day")
        # Grouped by the column's name: PostgreSQL would not see the CASE's parameters repeated as the same expression.
        query = (sa.select(day, calls.c.profile, sa.func.count())
                 .where(calls.c.created_at >= newest_first[-1][1], calls.c.billed.is_(True))
                 .group_by(sa.literal_column("shown_day"), calls.c.profile)
                 .order_by(sa.literal_column("shown_day").desc(), calls.c.profile))
        if profiles:
            query = query.where(calls.c.profile.in_(list(profiles)))
        with self._engine.connect() as connection:
            return [(str(d), str(p), int(n)) for d, p, n in connection.execute(query)]


@dataclass(frozen=True)
class EntryDetail:
    """One entry as the History page shows it, read in one snapshot."""

    entry: HistoryEntry
    heads: list[StoredImageHead]
    trail: list[Decision]
    #: The latest entry that sent this one again (its outcome was unknown), if any.
    resent_as: EntryId | None = None


@contextmanager
def _snapshot(connection: Connection) -> Iterator[None]:
    """Several reads that see the database as of one moment: a REPEATABLE READ transaction on PostgreSQL; on
    SQLite, whose driver opens no transaction for a read, a BEGIN of our own (WAL gives it a snapshot)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN")
        try:
            yield
        finally:
            connection.rollback()  # read only: nothing to keep
        return
    connection.execution_options(isolation_level="REPEATABLE READ")
    with connection.begin():
        yield


def _entry(connection: Connection, entry: EntryId) -> HistoryEntry | None:
    row = connection.execute(sa.select(calls).where(calls.c.id == entry)).first()
    return None if row is None else HistoryEntry.from_row(row)


def _image_heads(connection: Connection, entry: EntryId, length: int,
                 headed: Collection[str] | None) -> list[StoredImageHead]:
    kept = sa.func.substr(sa.func.coalesce(call_images.c.data, call_images.c.thumbnail), 1, length,
                          type_=sa.LargeBinary)
    head = kept if headed is None else sa.case((call_images.c.field.in_(list(headed)), kept), else_=sa.null())
    query = (sa.select(call_images.c.field, call_images.c.sha256, call_images.c.media_type,
                       call_images.c.data.is_not(None).label("has_data"),
                       call_images.c.thumbnail.is_not(None).label("has_thumbnail"),
                       head.label("head"))
             .where(call_images.c.call_id == entry).order_by(call_images.c.id))
    return [StoredImageHead(r.field, r.sha256, r.media_type, bool(r.has_data), bool(r.has_thumbnail),
                            bytes(r.head or b"")) for r in connection.execute(query)]


def resends_query(entries: Collection[EntryId]) -> Any:
    """(entry, the latest entry that resent it) of ``entries`` sent again, read through ``ix_calls_resend_of``."""
    # The partial index's own condition spelled out: each backend then sees at once that the index can answer.
    return (sa.select(calls.c.resend_of, sa.func.max(calls.c.id))
            .where(calls.c.resend_of.is_not(None), calls.c.resend_of.in_(sorted(set(entries))))
            .group_by(calls.c.resend_of))


def _resends(connection: Connection, entries: Collection[EntryId]) -> dict[EntryId, EntryId]:
    return {EntryId(resent): EntryId(again) for resent, again in connection.execute(resends_query(entries))}


def _decision_trail(connection: Connection, entry: EntryId) -> list[Decision]:
    query = sa.select(decisions).where(decisions.c.call_id == entry).order_by(decisions.c.id.desc())
    return [Decision(r.id, EntryId(r.call_id), DecisionKind(r.decision), r.reason, r.note, r.operator,
                     r.decided_at, r.supersedes) for r in connection.execute(query)]
