"""The audit log refuses UPDATE and DELETE (and TRUNCATE on PostgreSQL); decisions refuse UPDATE.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_SQLITE = [
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END""",
    """CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
       BEGIN SELECT RAISE(ABORT, 'decisions are superseded, never edited: UPDATE refused'); END""",
]

_POSTGRESQL = [
    """CREATE FUNCTION faceid_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
       END $$""",
    """CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
       FOR EACH ROW EXECUTE FUNCTION faceid_refuse_change()""",
    """CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
       FOR EACH STATEMENT EXECUTE FUNCTION faceid_refuse_change()""",
    """CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
       FOR EACH ROW EXECUTE FUNCTION faceid_refuse_change()""",
]


def upgrade() -> None:
    for statement in _POSTGRESQL if op.get_bind().dialect.name == "postgresql" else _SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER decisions_no_update ON decisions")
        op.execute("DROP TRIGGER audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION faceid_refuse_change()")
    else:
        for name in ("decisions_no_update", "audit_log_no_delete", "audit_log_no_update"):
            op.execute(f"DROP TRIGGER {name}")
