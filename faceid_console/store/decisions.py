"""Reviewers' decisions: appended, never edited; a newer decision supersedes the current one."""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import Enum
from typing import Final

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from . import audit
from .records import Decision, DecisionKind, EntryId, utcnow
from .schema import calls, decisions, store_settings

_REASONS_KEY: Final = "decision_reasons"
DEFAULT_REASONS: Final = (
    "Same person, documents consistent",
    "Different person",
    "Photo quality too low to judge",
    "Suspected spoof (screen, mask, synthetic face)",
    "ID number flagged by the data source",
    "Name and ID number not confirmed by the data source",
    "Needs a senior reviewer",
)


#: The decisions each default reason fits ("Different person" never approves); a team's own reasons fit all.
DEFAULT_REASON_DECISIONS: Final[dict[str, frozenset[DecisionKind]]] = {
    "Same person, documents consistent": frozenset({DecisionKind.APPROVE}),
    "Different person": frozenset({DecisionKind.REJECT, DecisionKind.ESCALATE}),
    "Photo quality too low to judge": frozenset({DecisionKind.REJECT, DecisionKind.ESCALATE}),
    "Suspected spoof (screen, mask, synthetic face)": frozenset({DecisionKind.REJECT, DecisionKind.ESCALATE}),
    "ID number flagged by the data source": frozenset({DecisionKind.REJECT, DecisionKind.ESCALATE}),
    # The service's NO_SUCH_ID_NUMBER and ID_NUMBER_NAME_NOT_MATCH: no face was compared, so no other reason fits.
    "Name and ID number not confirmed by the data source": frozenset({DecisionKind.REJECT, DecisionKind.ESCALATE}),
    "Needs a senior reviewer": frozenset({DecisionKind.ESCALATE}),
}


def reason_fits(reason: str, decision: DecisionKind) -> bool:
    """Whether ``reason`` can justify ``decision`` (a reason the team added itself fits every decision)."""
    fits = DEFAULT_REASON_DECISIONS.get(reason)
    return fits is None or decision in fits


#: Verdicts a reviewer approves without being asked "against the verdict?" ("Signature valid" says where a
#: callback came from, not who the applicant is: approving one asks too), in the window and on the command line.
APPROVABLE_VERDICTS: Final = frozenset({"match"})


class DecisionError(ValueError):
    """A decision that cannot be recorded (unknown entry, reason not on the list)."""


class UndecidableEntry(DecisionError):
    """An entry no reviewer can decide on: its outcome is unknown, or its error says nothing of the applicant."""


class DecidedMeanwhile(DecisionError):
    """The entry's current decision is not the one the reviewer was shown: another reviewer decided meanwhile."""

    def __init__(self, entry: EntryId, current: Decision) -> None:
        super().__init__(f"entry {entry} was decided meanwhile: {current.decision.value} by {current.operator} "
                         f"(decision {current.id})")
        self.entry = entry
        #: The decision now current, which the reviewer had not seen.
        self.current = current


class NothingToSupersede(DecisionError):
    """The reviewer named a current decision to supersede (``history decide --supersede``), and the entry has none."""

    def __init__(self, entry: EntryId, named: int) -> None:
        super().__init__(f"entry {entry} has no decision: decision {named} is not its current one")
        self.entry = entry
        #: The decision id the reviewer named.
        self.named = named


class Unchecked(Enum):
    UNCHECKED = "unchecked"


#: ``decide``'s ``shown_current`` for a caller that checks nothing: recorded whatever is current (the command line
#: checks its ``--supersede``, or that there is no current decision).
UNCHECKED: Final = Unchecked.UNCHECKED


def reasons(engine: Engine) -> list[str]:
    """The configured list of reasons a reviewer picks from."""
    with engine.connect() as connection:
        value = connection.execute(
            sa.select(store_settings.c.value).where(store_settings.c.key == _REASONS_KEY)).scalar()
    return list(DEFAULT_REASONS) if value is None else [str(r) for r in json.loads(value)]


def set_reasons(engine: Engine, new: Sequence[str], operator: str) -> None:
    """Replace the reason list (audited)."""
    cleaned = [r.strip() for r in new if r.strip()]
    if not cleaned:
        raise DecisionError("the reason list cannot be empty")
    with engine.begin() as connection:
        connection.execute(store_settings.delete().where(store_settings.c.key == _REASONS_KEY))
        connection.execute(store_settings.insert().values(key=_REASONS_KEY, value=json.dumps(cleaned,
                                                                                               ensure_ascii=False)))
        audit.append(connection, operator, "decision_reasons.changed", None, {"reasons": cleaned})


def decide(engine: Engine, entry: EntryId, decision: DecisionKind, reason: str, *, note: str,
           operator: str, shown_current: int | Unchecked | None = UNCHECKED) -> Decision:
    """Append a decision on ``entry``, superseding the current one; audited in the same transaction. Returns
    the decision as recorded (no second read: another reviewer's later decision is not mistaken for it).

    ``shown_current``: the id of the current decision the reviewer was shown (None: none); when another is current
    now, nothing is recorded and ``DecidedMeanwhile`` says which (checked under the entry's lock); when the entry has
    none, ``NothingToSupersede``."""
    if reason not in reasons(engine):
        raise DecisionError(f"reason {reason!r} is not on the configured list")
    if not reason_fits(reason, decision):
        raise DecisionError(f"reason {reason!r} does not fit a decision to {decision.value}")
    with engine.begin() as connection:
        # The lock is taken first, by a write that changes nothing (as ``journal._claim_resend`` does): PostgreSQL's
        # row lock, SQLite's write lock on the file (a SELECT ... FOR UPDATE does nothing there, and pysqlite begins
        # no transaction before the first write). Two reviewers deciding at once both read the same previous
        # decision otherwise, and could commit current_decision in the other order.
        if not connection.execute(calls.update().where(calls.c.id == entry)
                                  .values(current_decision=calls.c.current_decision)).rowcount:
            raise DecisionError(f"no history entry {entry}")
        decided_at = utcnow()  # under the lock: a newer decision never carries an earlier time
        previous = connection.execute(
            sa.select(sa.func.max(decisions.c.id)).where(decisions.c.call_id == entry)).scalar()
        if shown_current is not UNCHECKED and previous != shown_current:
            # Only an id typed on the command line names a decision of an undecided entry: the window names one it read.
            if previous is None and isinstance(shown_current, int):
                raise NothingToSupersede(entry, shown_current)
            row = connection.execute(sa.select(decisions).where(decisions.c.id == previous)).one()
            raise DecidedMeanwhile(entry, Decision(
                id=int(row.id), entry=entry, decision=DecisionKind(row.decision), reason=row.reason, note=row.note,
                operator=row.operator, decided_at=row.decided_at, supersedes=row.supersedes))
        new_id = int(connection.execute(decisions.insert().values(
            call_id=entry, decision=decision.value, reason=reason, note=note, operator=operator,
            decided_at=decided_at, supersedes=previous,
        )).inserted_primary_key[0])  # type: ignore[index]
        connection.execute(calls.update().where(calls.c.id == entry).values(current_decision=decision.value))
        audit.append(connection, operator, f"decision.{decision.value}", entry,
                     {"decision_id": new_id, "reason": reason, "supersedes": previous})
    return Decision(id=new_id, entry=entry, decision=decision, reason=reason, note=note, operator=operator,
                    decided_at=decided_at, supersedes=None if previous is None else int(previous))
