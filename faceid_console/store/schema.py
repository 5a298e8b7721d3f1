"""The history's tables as SQLAlchemy Core objects: what the queries use.

The migrations in ``migrations/versions`` create exactly this (a test compares the two), so the
same queries serve SQLite and PostgreSQL. Times are naive UTC ``DateTime`` values on both backends.
JSON is kept as text so that both backends store it the same way.
"""

from __future__ import annotations

from typing import Final

import sqlalchemy as sa

from .records import NAME_KEY_CHARS, UUID_KEY_CHARS

metadata: Final = sa.MetaData()


def bytewise_string(length: int) -> sa.types.TypeEngine[str]:
    """A string compared code point by code point on every backend, so that a prefix is a range of values (and of
    an index). PostgreSQL's usual collations (en_US.UTF-8) set spaces and punctuation aside at first: there "kit"
    ≤ "kit harington" < "kit" + U+10FFFF does not hold. SQLite compares bytewise already."""
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


#: One row per FaceID call the console makes or callback it checks, written before the request leaves.
calls: Final = sa.Table(
    "calls", metadata,
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
    # The name and uuid as search compares them (``records.search_key``): found in any case, by an index.
    sa.Column("idcard_name_key", bytewise_string(NAME_KEY_CHARS)),
    sa.Column("idcard_number", sa.String(32)),
    sa.Column("idcard_last4", sa.String(4)),
    sa.Column("uuid", sa.String(512)),
    sa.Column("uuid_key", bytewise_string(UUID_KEY_CHARS)),
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
    sa.Index("ix_calls_created_at", "created_at", "id"),
    sa.Index("ix_calls_status", "status"),
    sa.Index("ix_calls_idcard_name", "idcard_name"),
    sa.Index("ix_calls_idcard_number", "idcard_number"),
    sa.Index("ix_calls_idcard_last4", "idcard_last4"),
    sa.Index("ix_calls_idcard_name_key", "idcard_name_key"),
    sa.Index("ix_calls_uuid_key", "uuid_key"),
    sa.Index("ix_calls_biz_no", "biz_no"),
    sa.Index("ix_calls_biz_id", "biz_id"),
    sa.Index("ix_calls_request_id", "request_id"),
    sa.Index("ix_calls_kind_created", "kind", "created_at"),
    sa.Index("ix_calls_verdict_created", "verdict", "created_at"),
    sa.Index("ix_calls_error_code_created", "error_code", "created_at"),
    sa.Index("ix_calls_profile_created", "profile", "created_at"),
    sa.Index("ix_calls_decision_created", "current_decision", "created_at"),
    # Which entry resent an entry (History asks for a screenful's at once); only the resends are indexed.
    sa.Index("ix_calls_resend_of", "resend_of", sqlite_where=sa.text("resend_of IS NOT NULL"),
             postgresql_where=sa.text("resend_of IS NOT NULL")),
)

#: The photos of a call (or of a get_result answer): SHA-256 always, the bytes per the retention setting.
call_images: Final = sa.Table(
    "call_images", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("call_id", sa.Integer, sa.ForeignKey("calls.id", name="fk_call_images_call", ondelete="CASCADE"),
              nullable=False),
    sa.Column("field", sa.String(64), nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("media_type", sa.String(32), nullable=False, server_default=""),
    sa.Column("data", sa.LargeBinary),
    sa.Column("thumbnail", sa.LargeBinary),
    sa.Column("purged_at", sa.DateTime),
    sa.Index("ix_call_images_call", "call_id"),
)

#: A reviewer's decision on a call: rows are only ever added; a newer one supersedes the older.
decisions: Final = sa.Table(
    "decisions", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("call_id", sa.Integer, sa.ForeignKey("calls.id", name="fk_decisions_call", ondelete="CASCADE"),
              nullable=False),
    sa.Column("decision", sa.String(16), nullable=False),
    sa.Column("reason", sa.String(256), nullable=False),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
    sa.Column("operator", sa.String(128), nullable=False),
    sa.Column("decided_at", sa.DateTime, nullable=False),
    sa.Column("supersedes", sa.Integer, sa.ForeignKey("decisions.id", name="fk_decisions_supersedes")),
    sa.Index("ix_decisions_call", "call_id", "id"),
)

#: Who did what and when; triggers on both backends refuse UPDATE and DELETE.
audit_log: Final = sa.Table(
    "audit_log", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("operator", sa.String(128), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("call_id", sa.Integer),  # no foreign key: the trail outlives a purged record
    sa.Column("detail", sa.Text, nullable=False, server_default="{}"),
    sa.Index("ix_audit_log_call", "call_id"),
)

#: The store's own settings (retention, decision reasons), shared by everyone using the same database.
store_settings: Final = sa.Table(
    "store_settings", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)
