"""The filtered history as CSV or JSON; ID numbers, names and uuids masked unless unmasking is chosen.

Unmasking is audited (who, when, which filter, how many rows) in the same transaction as the export's
read, so an unmasked file never exists without its trail. In CSV, a text that a spreadsheet would run as a
formula (a uuid typed as ``=HYPERLINK(…)``) is written with a ``'`` before it; JSON keeps every value exact.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, Final

from sqlalchemy.engine import Engine

from ..api.identity import mask_idcard_number, mask_name, mask_uuid
from ..private_file import written_whole
from . import audit
from .history import HistoryFilter, HistoryReader, select_entries
from .records import HistoryEntry

COLUMNS: Final = ("id", "created_at", "kind", "status", "profile", "operator", "idcard_name", "idcard_number",
                  "uuid", "biz_no", "biz_id", "request_id", "verdict", "confidence", "error_code", "billed",
                  "current_decision", "completed_at")


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


def row(entry: HistoryEntry, unmasked: bool) -> dict[str, Any]:
    """One entry as export columns; personal identifiers masked unless ``unmasked``."""
    out: dict[str, Any] = {c: getattr(entry, c) for c in COLUMNS}
    out["kind"], out["status"] = entry.kind.value, entry.status.value
    for key in ("created_at", "completed_at"):
        out[key] = None if out[key] is None else out[key].isoformat(timespec="seconds") + "Z"
    if not unmasked:
        out["idcard_number"] = entry.idcard_number and mask_idcard_number(entry.idcard_number)
        out["idcard_name"] = entry.idcard_name and mask_name(entry.idcard_name)
        out["uuid"] = entry.uuid and mask_uuid(entry.uuid)
    return out


def _rows(engine: Engine, f: HistoryFilter, unmasked: bool) -> Iterator[dict[str, Any]]:
    with engine.connect() as connection:
        for r in connection.execution_options(stream_results=True, yield_per=1000).execute(select_entries(f)):
            yield row(HistoryEntry.from_row(r), unmasked)


def write(engine: Engine, f: HistoryFilter, fmt: ExportFormat, out: IO[str], *, unmasked: bool = False,
          operator: str, destination: str = "") -> int:
    """Write the filtered history to ``out``; returns the number of entries.

    An unmasked export is audited before its first row is written.
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
            writer.writerow({key: formula_safe(value) for key, value in item.items()})
            count += 1
    else:
        items = list(_rows(engine, f, unmasked))
        json.dump(items, out, ensure_ascii=False, indent=2)
        count = len(items)
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
