"""Names and uuids found in any case: their search keys (case and accents set aside), indexed.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from faceid_console.store.records import search_key

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# This revision's own lengths (the schema's constants may change in a later one).
_NAME_KEY_CHARS = 128
_UUID_KEY_CHARS = 512
#: Rows keyed per UPDATE batch: a million records are keyed in seconds, in bounded memory.
_BATCH = 5_000


def upgrade() -> None:
    op.add_column("calls", sa.Column("idcard_name_key", sa.String(_NAME_KEY_CHARS)))
    op.add_column("calls", sa.Column("uuid_key", sa.String(_UUID_KEY_CHARS)))
    _key_existing_records()
    op.create_index("ix_calls_idcard_name_key", "calls", ["idcard_name_key"])
    op.create_index("ix_calls_uuid_key", "calls", ["uuid_key"])
    op.drop_index("ix_calls_uuid", "calls")  # the uuid is searched by its key now


def _key_existing_records() -> None:
    """Records written before this revision get their keys too, computed as the journal computes them (in Python:
    the databases' own lower() differ, SQLite's folds only ASCII)."""
    calls = sa.table("calls", sa.column("id", sa.Integer), sa.column("idcard_name", sa.String),
                     sa.column("uuid", sa.String), sa.column("idcard_name_key", sa.String),
                     sa.column("uuid_key", sa.String))
    update = (calls.update().where(calls.c.id == sa.bindparam("row_id"))
              .values(idcard_name_key=sa.bindparam("name_key"), uuid_key=sa.bindparam("key_of_uuid")))
    connection = op.get_bind()
    last = 0
    while True:
        rows = connection.execute(
            sa.select(calls.c.id, calls.c.idcard_name, calls.c.uuid)
            .where(calls.c.id > last, sa.or_(calls.c.idcard_name.is_not(None), calls.c.uuid.is_not(None)))
            .order_by(calls.c.id).limit(_BATCH)).all()
        if not rows:
            return
        connection.execute(update, [
            {"row_id": row.id,
             "name_key": None if row.idcard_name is None else search_key(row.idcard_name, _NAME_KEY_CHARS),
             "key_of_uuid": None if row.uuid is None else search_key(row.uuid, _UUID_KEY_CHARS)}
            for row in rows])
        last = rows[-1].id


def downgrade() -> None:
    op.create_index("ix_calls_uuid", "calls", ["uuid"])
    op.drop_index("ix_calls_uuid_key", "calls")
    op.drop_index("ix_calls_idcard_name_key", "calls")
    op.drop_column("calls", "uuid_key")
    op.drop_column("calls", "idcard_name_key")
