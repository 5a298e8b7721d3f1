"""An index on ``resend_of``: which entry sent an entry of unknown outcome again.

History says of every entry of unknown outcome whether it was resent, and as which entry: asked for each screenful
of the list, without this index it read the whole table. Partial (only the few rows that are resends): the others'
NULLs take no room. PostgreSQL checks the foreign key with it too when a purge deletes a call.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_RESENDS = sa.text("resend_of IS NOT NULL")


def upgrade() -> None:
    op.create_index("ix_calls_resend_of", "calls", ["resend_of"], sqlite_where=_RESENDS, postgresql_where=_RESENDS)


def downgrade() -> None:
    op.drop_index("ix_calls_resend_of", "calls")
