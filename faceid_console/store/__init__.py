"""The console's history: journal, results, reviewers' decisions and the audit trail. No Qt here.

SQLite in the data folder (``history.sqlite3``, WAL, mode 0600), or a team's PostgreSQL server when
the settings give ``history_database_url`` (its password in the keyring). SQLAlchemy Core runs the same
queries on both and Alembic migrates both with the same revisions, at open.

How the command line and the window's pages use it (one ``HistoryStore`` built by ``app.py``/``cli.py``)::

    store = HistoryStore.open(settings)          # migrates; marks orphaned pending calls "unknown"
    entry = store.journal.begin(CallKind.VERIFY, profile.name, request.form_fields(),
                                {name: image.data for name, image in prepared.items()},
                                base_url=client.base_url)      # durable before the request leaves
    try:
        result = client.verify(request, prepared=prepared)
    except FaceIDError as err:
        store.journal.fail(entry, err)           # durable before the error is shown
        raise
    store.journal.complete(entry, result.raw)    # durable before the result is shown

An entry left ``pending``/``unknown`` by a crash is shown as "outcome unknown, not resent"; only
an operator's explicit action sends it again, as a new entry with ``resend_of`` set (audited), and the old one is
then shown as "resent as entry N" (``HistoryReader.resends``).
Reading: ``store.history`` (``HistoryReader``: filtered pages, detail, images, decision trail, billed counts);
decisions: ``store.decide(...)``; exports: ``export.write``/``export.to_file``; retention: ``store.retention``.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy.engine import Engine

from . import audit, decisions, export, retention
from .database import NOT_ANSWERING, StoreError, failure_reason, open_engine
from .history import TOKEN_KINDS, HistoryFilter, HistoryReader, SortColumn, decidable
from .journal import CallsInFlight, Journal, PendingCall
from .records import (
    AuditEvent,
    CallKind,
    Decision,
    DecisionKind,
    EntryId,
    EntryStatus,
    HistoryEntry,
    StoredImage,
    StoredImageHead,
)
from .retention import PurgeReport, RetentionPolicy

if TYPE_CHECKING:
    from ..settings import Settings

ENV_OPERATOR: Final = "FACEID_CONSOLE_OPERATOR"


def current_operator() -> str:
    """Who is at the console: FACEID_CONSOLE_OPERATOR, else the login name."""
    try:
        return os.environ.get(ENV_OPERATOR) or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass
class HistoryStore:
    """The opened history database and the operator acting on it."""

    engine: Engine
    operator: str
    #: The calls this process sent and is waiting for (what History says of their pending entries).
    in_flight: CallsInFlight = field(default_factory=CallsInFlight)

    @classmethod
    def open(cls, settings: Settings | None = None, *, sqlite_path: Path | None = None,
             database_url: str | None = None, operator: str | None = None) -> HistoryStore:
        """Open (and migrate) the configured database, then mark orphaned pending calls as unknown."""
        url = database_url if database_url is not None else (settings.history_database_url if settings else "")
        store = cls(open_engine(url, sqlite_path), operator or current_operator())
        store.journal.recover()
        return store

    @property
    def journal(self) -> Journal:
        return Journal(self.engine, self.operator, self.in_flight)

    @property
    def history(self) -> HistoryReader:
        return HistoryReader(self.engine)

    def decide(self, entry: EntryId, decision: DecisionKind, reason: str, note: str = "", *,
               shown_current: int | decisions.Unchecked | None = decisions.UNCHECKED) -> Decision:
        """Record a decision on ``entry``; refused (``UndecidableEntry``) on one the window offers no decision for,
        whoever asks: the command line recorded decisions on calls whose outcome was unknown. With
        ``shown_current`` (the current decision's id the reviewer was shown, or None), refused
        (``DecidedMeanwhile``) when another reviewer decided since (``NothingToSupersede`` for an id on an entry with
        no decision)."""
        found = self.history.entry(entry)
        if found is not None and not decidable(found):
            if found.kind in TOKEN_KINDS:
                why = (f"a {found.kind.value} call only starts a liveness session and says nothing about the "
                       "applicant; decide on the session's result (its get_result or callback_check entry)")
            elif found.outcome_unknown:
                why = "its outcome is unknown: no answer was recorded"
            else:
                why = f"its error ({found.error_code or 'none'}) says nothing about the applicant"
            raise decisions.UndecidableEntry(f"entry {entry} cannot be decided: {why}")
        return decisions.decide(self.engine, entry, decision, reason, note=note, operator=self.operator,
                                shown_current=shown_current)

    def reasons(self) -> list[str]:
        return decisions.reasons(self.engine)

    def audit_events(self, entry: EntryId | None = None, limit: int = 1000) -> list[AuditEvent]:
        return audit.events(self.engine, entry, limit)

    @property
    def retention(self) -> RetentionPolicy:
        return retention.policy(self.engine)

    def set_retention(self, policy: RetentionPolicy) -> None:
        retention.set_policy(self.engine, policy, self.operator)

    def purge(self, *, automatic: bool = False) -> PurgeReport:
        """Purge what the retention setting in force no longer keeps (``automatic``: not asked for by a reviewer)."""
        return retention.purge(self.engine, self.operator, automatic=automatic)

    def apply_retention(self, policy: RetentionPolicy) -> PurgeReport:
        """Store ``policy`` and purge what it no longer keeps, both or neither (audited)."""
        return retention.apply(self.engine, policy, self.operator)

    def would_purge(self, policy: RetentionPolicy) -> PurgeReport:
        """What applying ``policy`` now would purge (a count; nothing changes)."""
        return retention.would_purge(self.engine, policy)

    def close(self) -> None:
        self.engine.dispose()


__all__ = [
    "NOT_ANSWERING",
    "AuditEvent",
    "CallKind",
    "CallsInFlight",
    "Decision",
    "DecisionKind",
    "EntryId",
    "EntryStatus",
    "HistoryEntry",
    "HistoryFilter",
    "HistoryReader",
    "HistoryStore",
    "Journal",
    "PendingCall",
    "SortColumn",
    "StoreError",
    "StoredImage",
    "StoredImageHead",
    "current_operator",
    "export",
    "failure_reason",
]
