"""Name keys compared code point by code point on PostgreSQL, whatever the database's collation.

A name is searched from its start as the range ``key <= k < key + U+10FFFF``; under a language's collation
(en_US.UTF-8, the usual default) spaces and punctuation weigh nothing at first, so "kit" found only "kit" and
"张三" missed "张三丰". SQLite compares bytewise already: nothing changes there.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# This revision's own length (the schema's constant may change in a later one).
_NAME_KEY_CHARS = 128


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":  # its index is rebuilt in the new order with it
        op.alter_column("calls", "idcard_name_key", type_=sa.String(_NAME_KEY_CHARS, collation="C"),
                        existing_type=sa.String(_NAME_KEY_CHARS))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("calls", "idcard_name_key", type_=sa.String(_NAME_KEY_CHARS),
                        existing_type=sa.String(_NAME_KEY_CHARS, collation="C"))
