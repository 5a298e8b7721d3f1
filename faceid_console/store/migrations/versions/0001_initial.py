"""The first history schema: calls, their images, decisions, the audit log, store settings.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calls",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("profile", sa.String(128), nullable=False),
        sa.Column("base_url", sa.String(512), nullable=False, server_default=""),
        sa.Column("operator", sa.String(128), nullable=False, server_default=""),
        sa.Column("owner_host", sa.String(255), nullable=False, server_default=""),
        sa.Column("owner_pid", sa.Integer, nullable=False, server_default="0"),
        sa.Column("parameters", sa.Text, nullable=False, server_default="{}"),
        sa.Column("idcard_name", sa.String(64)),
        sa.Column("idcard_number", sa.String(32)),
        sa.Column("uuid", sa.String(512)),
        sa.Column("biz_no", sa.String(128)),
        sa.Column("biz_id", sa.String(256)),
        sa.Column("request_id", sa.String(128)),
        sa.Column("response_json", sa.Text),
        sa.Column("error_code", sa.String(64)),
        sa.Column("error_json", sa.Text),
        sa.Column("billed", sa.Boolean),
        sa.Column("verdict", sa.String(32)),
        sa.Column("confidence", sa.Float),
        sa.Column("current_decision", sa.String(16)),
        sa.Column("resend_of", sa.Integer, sa.ForeignKey("calls.id", name="fk_calls_resend_of")),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("completed_at", sa.DateTime),
    )
    op.create_index("ix_calls_created_at", "calls", ["created_at", "id"])
    op.create_index("ix_calls_status", "calls", ["status"])
    op.create_index("ix_calls_request_id", "calls", ["request_id"])
    op.create_index("ix_calls_biz_id", "calls", ["biz_id"])
    op.create_table(
        "call_images",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("call_id", sa.Integer,
                  sa.ForeignKey("calls.id", name="fk_call_images_call", ondelete="CASCADE"), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("media_type", sa.String(32), nullable=False, server_default=""),
        sa.Column("data", sa.LargeBinary),
        sa.Column("thumbnail", sa.LargeBinary),
        sa.Column("purged_at", sa.DateTime),
    )
    op.create_index("ix_call_images_call", "call_images", ["call_id"])
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("call_id", sa.Integer,
                  sa.ForeignKey("calls.id", name="fk_decisions_call", ondelete="CASCADE"), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(256), nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("operator", sa.String(128), nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=False),
        sa.Column("supersedes", sa.Integer, sa.ForeignKey("decisions.id", name="fk_decisions_supersedes")),
    )
    op.create_index("ix_decisions_call", "decisions", ["call_id", "id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("operator", sa.String(128), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("call_id", sa.Integer),
        sa.Column("detail", sa.Text, nullable=False, server_default="{}"),
    )
    op.create_index("ix_audit_log_call", "audit_log", ["call_id"])
    op.create_table(
        "store_settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("store_settings", "audit_log", "decisions", "call_images", "calls"):
        op.drop_table(table)
