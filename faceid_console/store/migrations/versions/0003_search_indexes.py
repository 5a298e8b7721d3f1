"""Search by the last four characters of an ID number, and an index per search and filter.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_INDEXES = {
    "ix_calls_idcard_name": ["idcard_name"],
    "ix_calls_idcard_number": ["idcard_number"],
    "ix_calls_idcard_last4": ["idcard_last4"],
    "ix_calls_uuid": ["uuid"],
    "ix_calls_biz_no": ["biz_no"],
    "ix_calls_kind_created": ["kind", "created_at"],
    "ix_calls_verdict_created": ["verdict", "created_at"],
    "ix_calls_error_code_created": ["error_code", "created_at"],
    "ix_calls_profile_created": ["profile", "created_at"],
    "ix_calls_decision_created": ["current_decision", "created_at"],
}


def upgrade() -> None:
    op.add_column("calls", sa.Column("idcard_last4", sa.String(4)))
    # Records written before this revision get their last four too.
    op.execute(
        "UPDATE calls SET idcard_last4 = UPPER(SUBSTR(idcard_number, LENGTH(idcard_number) - 3, 4)) "
        "WHERE idcard_number IS NOT NULL AND LENGTH(idcard_number) >= 4"
    )
    for name, columns in _INDEXES.items():
        op.create_index(name, "calls", columns)


def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, "calls")
    op.drop_column("calls", "idcard_last4")
