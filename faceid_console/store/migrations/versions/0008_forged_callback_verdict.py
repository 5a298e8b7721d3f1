"""A received callback kept as an error (its data unreadable) whose signature failed: verdict "signature_invalid".

Such a callback was recorded with the verdict "error", as an unreadable answer is, so History's Verdict filter
"Signature invalid" did not list it, and History told its forgery only from the start of the kept record. The
console now records its signature's verdict (``Journal.fail(verdict=)``); the entries kept before are given it
here, from the record they keep (the callback as it came, ``{"signature_valid": false, …}``), each change in the
audit log. A console still running from before this revision records such a callback the old way until restarted.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator, Sequence

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# This revision's own view of the tables: the columns it reads and writes, as 0001 made them.
_calls = sa.table("calls", sa.column("id", sa.Integer), sa.column("kind", sa.String), sa.column("status", sa.String),
                  sa.column("verdict", sa.String), sa.column("error_json", sa.Text))
_audit = sa.table("audit_log", sa.column("at", sa.DateTime), sa.column("operator", sa.String),
                  sa.column("action", sa.String), sa.column("call_id", sa.Integer), sa.column("detail", sa.Text))

#: The start of a kept callback whose signature failed, as it reads inside the error's JSON record (the kept
#: callback is a JSON string there, its quotes escaped): the rows worth reading at all.
_FORGED_IN_RECORD = '{\\"signature_valid\\": false'
#: The same start in the kept callback itself, for a record cut at its length limit (no JSON left to parse).
_FORGED_START = '{"signature_valid": false'
#: Rows changed per statement: far below SQLite's and PostgreSQL's limits on a statement's parameters.
_BATCH = 500
_OPERATOR = "migration 0008"


def forged(error_json: str | None) -> bool:
    """Whether an error entry's record keeps a callback whose signature failed."""
    try:
        record = json.loads(error_json or "")
    except ValueError:
        return False
    answer = record.get("answer") if isinstance(record, dict) else None
    if not isinstance(answer, str):
        return False
    try:
        kept = json.loads(answer)
    except ValueError:
        return answer.startswith(_FORGED_START)
    return isinstance(kept, dict) and kept.get("signature_valid") is False


def _batches(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _BATCH):
        yield ids[start:start + _BATCH]


def _record_again(ids: Sequence[int], old: str, new: str) -> None:
    """Give entries ``ids`` the verdict ``new`` in place of ``old``, and say so in the audit log, entry by entry."""
    connection = op.get_bind()
    now = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)  # naive UTC, as the store writes its times
    detail = json.dumps({"from": old, "to": new, "reason": "a callback's failed signature is its verdict"},
                        sort_keys=True)
    for batch in _batches(ids):
        connection.execute(_calls.update().where(_calls.c.id.in_(batch)).values(verdict=new))
        connection.execute(_audit.insert(), [{"at": now, "operator": _OPERATOR, "action": "call.verdict_recorded_again",
                                              "call_id": entry, "detail": detail} for entry in batch])


def _unreadable_callbacks(verdict: str) -> sa.Select[tuple[int, str | None]]:
    return sa.select(_calls.c.id, _calls.c.error_json).where(
        _calls.c.kind == "callback_check", _calls.c.status == "error", _calls.c.verdict == verdict)


def upgrade() -> None:
    rows = op.get_bind().execute(_unreadable_callbacks("error").where(
        _calls.c.error_json.contains(_FORGED_IN_RECORD, autoescape=True)))
    _record_again([row.id for row in rows if forged(row.error_json)], "error", "signature_invalid")


def downgrade() -> None:
    _record_again([row.id for row in op.get_bind().execute(_unreadable_callbacks("signature_invalid"))],
                  "signature_invalid", "error")
