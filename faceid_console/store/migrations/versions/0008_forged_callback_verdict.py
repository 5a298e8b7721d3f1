"""A received callback kept as an error (its data unreadable) whose signature failed: verdict "signature_invalid".

Such a callback was recorded with the verdict "error", as an unreadable answer is, so History's Verdict filter
"Signature invalid" did not list it, and History told its forgery only from the start of the kept record. The
console now records its signature's verdict (``Journal.fail(verdict=)``); the entries kept before are given it
here, from the record they keep: the callback as it came, ``{"signature_valid": false, …}``.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# This revision's own view of the table: the columns it reads and writes, as 0001 made them.
_calls = sa.table("calls", sa.column("id", sa.Integer), sa.column("kind", sa.String), sa.column("status", sa.String),
                  sa.column("verdict", sa.String), sa.column("error_json", sa.Text))

#: The start of a kept callback whose signature failed (a record cut at its length limit is no JSON any more).
_FORGED_START = '{"signature_valid": false'


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


def _unreadable_callbacks(verdict: str) -> sa.Select[tuple[int, str | None]]:
    return sa.select(_calls.c.id, _calls.c.error_json).where(
        _calls.c.kind == "callback_check", _calls.c.status == "error", _calls.c.verdict == verdict)


def upgrade() -> None:
    connection = op.get_bind()
    ids = [row.id for row in connection.execute(_unreadable_callbacks("error")) if forged(row.error_json)]
    if ids:
        connection.execute(_calls.update().where(_calls.c.id.in_(ids)).values(verdict="signature_invalid"))


def downgrade() -> None:
    connection = op.get_bind()
    ids = [row.id for row in connection.execute(_unreadable_callbacks("signature_invalid"))]
    if ids:
        connection.execute(_calls.update().where(_calls.c.id.in_(ids)).values(verdict="error"))
