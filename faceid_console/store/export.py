"""The filtered history as CSV or JSON; ID numbers, names and uuids masked unless unmasking is chosen.

Each entry carries its current decision (the newest; a newer one supersedes it) after ``current_decision``: its
reason, the reviewer's note, who decided and when, read in the same streamed query as the entries; empty (null in
JSON) for an entry without one. A note may repeat the applicant's name, ID number or uuid: a masked export masks
that entry's own ones in it too, an unmasked one keeps the note exact.

``billed`` is null in JSON, ``unknown`` in CSV, for an entry whose outcome is unknown: it may have been billed.

Last come the resend links, both ways: ``resend_of``, the entry this one sent again, and ``resent_as``, the latest
entry that sent this one again (``HistoryReader.resends``), read in the same streamed query too (empty, null in
JSON, for neither).

Unmasking is audited (who, when, which filter, how many rows) in the same transaction as the export's
read, so an unmasked file never exists without its trail. In CSV, a text that a spreadsheet would run as a
formula (a uuid typed as ``=HYPERLINK(…)``) is written with a ``'`` before it; JSON keeps every value exact.
"""

from __future__ import annotations

import csv
import datetime
import json
from collections.abc import Iterator
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, Final

import sqlalchemy as sa
from sqlalchemy.engine import Engine, RowMapping

from ..api.identity import mask_idcard_number, mask_identifiers_in, mask_name, mask_uuid
from ..private_file import written_whole
from . import audit
from .history import HistoryFilter, HistoryReader, select_entries
from .records import HistoryEntry
from .schema import calls, decisions

#: The current decision's details: an auditor reads why, who and when beside ``current_decision``.
DECISION_COLUMNS: Final = ("decision_reason", "decision_note", "decided_by", "decided_at")
#: Both ways of a resend's link: an auditor follows a call of unknown outcome to the entry that sent it again.
RESEND_COLUMNS: Final = ("resend_of", "resent_as")
COLUMNS: Final = ("id", "created_at", "kind", "status", "profile", "operator", "idcard_name", "idcard_number",
                  "uuid", "biz_no", "biz_id", "request_id", "verdict", "confidence", "error_code", "billed",
                  "current_decision", *DECISION_COLUMNS, "completed_at", *RESEND_COLUMNS)
#: What ``row`` reads from the entry itself (``history list`` adds the resend links after its outcome).
ENTRY_COLUMNS: Final = tuple(c for c in COLUMNS if c not in (*DECISION_COLUMNS, *RESEND_COLUMNS))
#: A CSV cell's word for billing not known (JSON's null): the call's outcome is unknown, so it may have been billed.
BILLING_UNKNOWN: Final = "unknown"


#: What starts a formula in Excel, LibreOffice and Google Sheets (OWASP's list for CSV injection).
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs: a text starting as a formula gets a ``'`` before it (shown as text,
    the quote hidden); anything else unchanged. A name, a uuid, an id or a profile is free text: typed, pasted
    from an applicant's file, or sent by the service."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


def _utc(moment: datetime.datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds") + "Z"


def row(entry: HistoryEntry, unmasked: bool) -> dict[str, Any]:
    """One entry's own export columns (all but ``DECISION_COLUMNS`` and ``RESEND_COLUMNS``); personal identifiers
    masked unless ``unmasked``."""
    out: dict[str, Any] = {c: getattr(entry, c) for c in ENTRY_COLUMNS}
    out["kind"], out["status"] = entry.kind.value, entry.status.value
    if entry.outcome_unknown:  # not known, whatever an entry written before kept (false, beside "may have been billed")
        out["billed"] = None
    out["created_at"], out["completed_at"] = _utc(entry.created_at), _utc(entry.completed_at)
    if not unmasked:
        out["idcard_number"] = entry.idcard_number and mask_idcard_number(entry.idcard_number)
        out["idcard_name"] = entry.idcard_name and mask_name(entry.idcard_name)
        out["uuid"] = entry.uuid and mask_uuid(entry.uuid)
    return out


def mask_note(note: str, entry: HistoryEntry) -> str:
    """``note`` with ``entry``'s own name, ID number and uuid masked in it (``mask_identifiers_in``)."""
    return mask_identifiers_in(note, name=entry.idcard_name or "", idcard_number=entry.idcard_number or "",
                               uuid=entry.uuid or "")


def _decision_cells(details: RowMapping, entry: HistoryEntry, unmasked: bool) -> dict[str, Any]:
    """The current decision's columns from a row of ``_with_current_decision``: all None without a decision; its
    note masked (see ``mask_note``) unless ``unmasked``."""
    note = details["decision_note"]
    if note is not None and not unmasked:
        note = mask_note(note, entry)
    return {"decision_reason": details["decision_reason"], "decision_note": note,
            "decided_by": details["decided_by"], "decided_at": _utc(details["decided_at"])}


def _with_current_decision(query: Any) -> Any:
    """``query`` (of ``calls``) with each entry's current decision beside it: the newest (by id, as the trail
    orders it), NULLs for an entry without one. Joined in the same statement, so one streamed read gives both."""
    newest, trail = decisions.alias("newest_decision"), decisions.alias("trail")
    newest_id = (sa.select(sa.func.max(trail.c.id)).where(trail.c.call_id == calls.c.id)
                 .correlate(calls).scalar_subquery())
    joined = query.outerjoin_from(calls, newest, sa.and_(newest.c.call_id == calls.c.id, newest.c.id == newest_id))
    return joined.add_columns(newest.c.reason.label("decision_reason"), newest.c.note.label("decision_note"),
                              newest.c.operator.label("decided_by"), newest.c.decided_at.label("decided_at"))


def _with_resent_as(query: Any) -> Any:
    """``query`` (of ``calls``) with the latest entry that resent each entry beside it (NULL for none): a lookup
    per entry in the same statement, through ``ix_calls_resend_of``, as ``resends_query`` reads a screenful's."""
    again = calls.alias("resent_as")
    # The partial index's own condition spelled out, as in ``resends_query``: each backend sees the index can answer.
    latest = (sa.select(sa.func.max(again.c.id))
              .where(again.c.resend_of.is_not(None), again.c.resend_of == calls.c.id)
              .correlate(calls).scalar_subquery())
    return query.add_columns(latest.label("resent_as"))


def _rows(engine: Engine, f: HistoryFilter, unmasked: bool) -> Iterator[dict[str, Any]]:
    query = _with_resent_as(_with_current_decision(select_entries(f)))
    with engine.connect() as connection:
        for r in connection.execution_options(stream_results=True, yield_per=1000).execute(query):
            entry = HistoryEntry.from_row(r)
            cells = (row(entry, unmasked) | _decision_cells(r._mapping, entry, unmasked)
                     | {"resend_of": entry.resend_of, "resent_as": r._mapping["resent_as"]})
            yield {c: cells[c] for c in COLUMNS}


def write(engine: Engine, f: HistoryFilter, fmt: ExportFormat, out: IO[str], *, unmasked: bool = False,
          operator: str, destination: str = "", ascii_only: bool = False) -> int:
    """Write the filtered history to ``out``; returns the number of entries.

    An unmasked export is audited before its first row is written. ``ascii_only``: JSON with ``\\u`` escapes, for
    an output that cannot take every character (a terminal under LC_ALL=C).
    """
    if unmasked:
        rows = HistoryReader(engine).count(f)
        with engine.begin() as connection:
            audit.append(connection, operator, "export.unmasked", None, {
                "format": fmt.value, "rows": rows, "destination": destination,
                "filter": {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in asdict(f).items() if v},
            })
    count = 0
    if fmt is ExportFormat.CSV:
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        for item in _rows(engine, f, unmasked):
            if item["billed"] is None:
                item["billed"] = BILLING_UNKNOWN  # an empty cell would read as "not billed"
            writer.writerow({key: formula_safe(value) for key, value in item.items()})
            count += 1
    else:
        # An array written an entry at a time (the text json.dump gives the whole list): a large history is
        # never held in memory at once, as the CSV's is not.
        for item in _rows(engine, f, unmasked):
            entry = json.dumps(item, ensure_ascii=ascii_only, indent=2).replace("\n", "\n  ")
            out.write(("[\n  " if count == 0 else ",\n  ") + entry)
            count += 1
        out.write("\n]" if count else "[]")
    return count


def to_file(engine: Engine, f: HistoryFilter, fmt: ExportFormat, path: Path, *, unmasked: bool = False,
            operator: str) -> int:
    """Export to ``path`` (readable by its owner only, since it holds personal data).

    Moved into place when whole: a failure part-way leaves no half-written file and keeps an existing one.
    A CSV file starts with UTF-8's byte-order mark: without it, Excel reads it in the system's code page and
    shows Chinese names garbled. JSON has none (RFC 8259 forbids it).
    """
    encoding = "utf-8-sig" if fmt is ExportFormat.CSV else "utf-8"
    with written_whole(path, "w", encoding=encoding, newline="") as out:
        return write(engine, f, fmt, out, unmasked=unmasked, operator=operator, destination=str(path))
