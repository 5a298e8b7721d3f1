"""The append-only audit log: who did what to which entry, and when."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from .records import AuditEvent, EntryId, utcnow
from .schema import audit_log


def append(connection: Connection, operator: str, action: str, entry: EntryId | None = None,
           detail: Mapping[str, Any] | None = None) -> None:
    """Add one event inside the caller's transaction (so the action and its trail commit together)."""
    connection.execute(audit_log.insert().values(
        at=utcnow(), operator=operator, action=action, call_id=entry,
        detail=json.dumps(dict(detail or {}), ensure_ascii=False, sort_keys=True),
    ))


def events(engine: Engine, entry: EntryId | None = None, limit: int = 1000) -> list[AuditEvent]:
    """The newest events first, for one entry or for all."""
    query = sa.select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
    if entry is not None:
        query = query.where(audit_log.c.call_id == entry)
    with engine.connect() as connection:
        return [
            AuditEvent(r.id, r.at, r.operator, r.action, None if r.call_id is None else EntryId(r.call_id),
                       json.loads(r.detail))
            for r in connection.execute(query)
        ]
