"""uuid keys compared code point by code point on PostgreSQL, whatever the database's collation.

History's search finds a uuid from its start (the list shows a long uuid cut in the middle, "app…042"), as the range
``key <= k < key + U+10FFFF``; under a language's collation (en_US.UTF-8, the usual default) hyphens and
punctuation weigh nothing at first, so the range misses uuids it holds. The names' keys were made so in 0005.
SQLite compares bytewise already: nothing changes there.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# This revision's own length (the schema's constant may change in a later one).
_UUID_KEY_CHARS = 512


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":  # its index is rebuilt in the new order with it
        op.alter_column("calls", "uuid_key", type_=sa.String(_UUID_KEY_CHARS, collation="C"),
                        existing_type=sa.String(_UUID_KEY_CHARS))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("calls", "uuid_key", type_=sa.String(_UUID_KEY_CHARS),
                        existing_type=sa.String(_UUID_KEY_CHARS, collation="C"))
