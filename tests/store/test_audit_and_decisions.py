"""The audit log refuses updates and deletes; decisions are superseded, never edited."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from faceid_console.store import CallKind, DecisionKind, HistoryFilter, HistoryStore
from faceid_console.store.decisions import DecisionError
from faceid_console.store.schema import audit_log, decisions


def _decided(store: HistoryStore) -> int:
    entry = store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-1"})
    store.journal.complete(entry, {"request_id": "r-1"})  # answered: a reviewer can decide on it
    store.decide(entry, DecisionKind.APPROVE, store.reasons()[0], "looks right")
    return entry


@pytest.mark.parametrize("statement", [
    lambda: audit_log.update().values(operator="someone-else"),
    audit_log.delete,
])
def test_audit_log_refuses_update_and_delete(store: HistoryStore, statement) -> None:
    _decided(store)
    before = store.audit_events()
    with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as c:
        c.execute(statement())
    assert store.audit_events() == before


def test_audit_log_refuses_truncate_on_postgresql(store: HistoryStore) -> None:
    if store.engine.dialect.name != "postgresql":
        pytest.skip("TRUNCATE is a PostgreSQL statement")
    _decided(store)
    with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as c:
        c.execute(sa.text("TRUNCATE audit_log"))
    assert len(store.audit_events()) == 1


def test_decisions_cannot_be_edited(store: HistoryStore) -> None:
    _decided(store)
    with pytest.raises(DBAPIError, match="UPDATE refused"), store.engine.begin() as c:
        c.execute(decisions.update().values(decision="reject"))


def test_a_newer_decision_supersedes_and_the_trail_keeps_both(store: HistoryStore) -> None:
    entry = _decided(store)
    later = store.decide(entry, DecisionKind.ESCALATE, store.reasons()[-1], "second opinion")
    trail = store.history.decision_trail(entry)
    assert [d.decision for d in trail] == [DecisionKind.ESCALATE, DecisionKind.APPROVE]
    assert trail[0] == later and trail[0].supersedes == trail[1].id and trail[1].supersedes is None
    assert trail[0].operator == "reviewer-1" and trail[1].note == "looks right"
    got = store.history.entry(entry)
    assert got is not None and got.current_decision == "escalate"
    assert [e.id for e in store.history.page(HistoryFilter(decision="escalate"), 0, 10)] == [entry]
    assert store.history.page(HistoryFilter(decision="approve"), 0, 10) == []
    assert [e.action for e in store.audit_events(entry)] == ["decision.escalate", "decision.approve"]


def test_reviewers_deciding_at_once_leave_one_trail_in_time_order_and_the_newest_decision_current(
        store: HistoryStore, database_url: str, tmp_path: Path) -> None:
    """Consoles deciding on one entry at once both read the same previous decision (two decisions superseding it),
    and the entry's current decision could be the older one's when their transactions committed in the other order.
    On SQLite the read was under no lock at all (FOR UPDATE does nothing there), and a decision's time was taken
    before its transaction: a newer decision could carry an earlier time."""
    import threading

    entry = store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-1"})
    store.journal.complete(entry, {"request_id": "r-1"})  # answered: a reviewer can decide on it
    # Each reviewer at a console of their own: an engine (and connections) of its own on the same database.
    consoles = [HistoryStore.open(database_url=database_url, sqlite_path=tmp_path / "history.sqlite3",
                                  operator=f"reviewer-{n}") for n in range(6)]
    start = threading.Barrier(6)
    failures: list[BaseException] = []

    def reviewer(n: int) -> None:
        try:
            for i in range(8):
                start.wait(timeout=30)  # every round at the same moment
                kind = (DecisionKind.ESCALATE, DecisionKind.REJECT)[(n + i) % 2]
                consoles[n].decide(entry, kind, "Needs a senior reviewer" if kind is DecisionKind.ESCALATE
                                   else "Different person", f"reviewer {n}, decision {i}")
        except BaseException as err:  # reported by the test below
            failures.append(err)

    threads = [threading.Thread(target=reviewer, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for console in consoles:
        console.close()
    assert not failures
    trail = store.history.decision_trail(entry)[::-1]  # oldest first
    assert len(trail) == 48
    assert [d.supersedes for d in trail] == [None] + [d.id for d in trail[:-1]]  # one line, nothing forked
    assert [d.decided_at for d in trail] == sorted(d.decided_at for d in trail)  # a newer one is never earlier
    current = store.history.page(HistoryFilter(), 0, 1)[0].current_decision
    assert current == trail[-1].decision.value


def test_a_decision_made_on_a_trail_another_reviewer_has_changed_since_is_refused_with_their_decision(
        store: HistoryStore) -> None:
    """Reviewer A was shown the entry undecided; B rejected it; A's approval superseded B's rejection unseen."""
    from faceid_console.store.decisions import DecidedMeanwhile

    entry = store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-1"})
    store.journal.complete(entry, {"request_id": "r-1"})
    theirs = store.decide(entry, DecisionKind.REJECT, "Different person", "chin differs")
    audited = store.audit_events()
    with pytest.raises(DecidedMeanwhile) as refused:
        store.decide(entry, DecisionKind.ESCALATE, "Needs a senior reviewer", shown_current=None)
    assert refused.value.current == theirs  # who decided what, when and why
    assert store.history.decision_trail(entry) == [theirs] and store.audit_events() == audited  # nothing recorded
    mine = store.decide(entry, DecisionKind.ESCALATE, "Needs a senior reviewer", shown_current=theirs.id)
    assert mine.supersedes == theirs.id
    with pytest.raises(DecidedMeanwhile):
        store.decide(entry, DecisionKind.REJECT, "Different person", shown_current=theirs.id)  # mine came since
    store.decide(entry, DecisionKind.REJECT, "Different person")  # a caller that checks nothing: whatever is current


def test_a_decision_said_to_supersede_one_on_an_entry_without_any_is_refused_recording_nothing(
        store: HistoryStore) -> None:
    """'history decide --supersede ID' on an entry not decided yet: the store looked the current decision up to name
    it, found none, and failed with SQLAlchemy's NoResultFound instead of saying so."""
    from faceid_console.store.decisions import NothingToSupersede

    decided = _decided(store)
    entry = store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-2"})
    store.journal.complete(entry, {"request_id": "r-2"})
    audited = store.audit_events()
    [elsewhere] = store.history.decision_trail(decided)
    with pytest.raises(NothingToSupersede) as refused:
        store.decide(entry, DecisionKind.REJECT, "Different person", shown_current=elsewhere.id)
    assert (refused.value.entry, refused.value.named) == (entry, elsewhere.id)
    assert store.history.decision_trail(entry) == [] and store.audit_events() == audited
    assert store.history.entry(entry).current_decision is None  # type: ignore[union-attr]


@pytest.mark.parametrize("code", ["NO_SUCH_ID_NUMBER", "ID_NUMBER_NAME_NOT_MATCH"])
def test_the_data_source_s_identity_refusals_have_a_default_reason_to_reject_with(store: HistoryStore,
                                                                                   code: str) -> None:
    """No face was compared, so neither "Different person" nor a quality or spoof reason is true of them."""
    from faceid_console.api.errors import FaceIDError

    entry = store.journal.begin(CallKind.VERIFY, "p", {"idcard_name": "张三", "idcard_number": "11010519491231002X"})
    store.journal.complete(entry, {"request_id": "r-1"})  # answered: a reviewer can decide on it
    store.journal.fail(entry, FaceIDError(code, http_status=400))
    reason = "Name and ID number not confirmed by the data source"
    assert reason in store.reasons()
    store.decide(entry, DecisionKind.REJECT, reason)
    with pytest.raises(DecisionError, match="does not fit a decision to approve"):
        store.decide(entry, DecisionKind.APPROVE, reason)
    assert [d.reason for d in store.history.decision_trail(entry)] == [reason]


def test_a_decision_needs_a_listed_reason_and_an_existing_entry(store: HistoryStore) -> None:
    entry = store.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-1"})
    store.journal.complete(entry, {"request_id": "r-1"})  # answered: a reviewer can decide on it
    with pytest.raises(DecisionError, match="not on the configured list"):
        store.decide(entry, DecisionKind.REJECT, "because")
    with pytest.raises(DecisionError, match="no history entry"):
        store.decide(entry + 100, DecisionKind.REJECT, "Different person")
    # A default reason justifies only the decisions it fits: "Different person" never approves.
    with pytest.raises(DecisionError, match="does not fit a decision to approve"):
        store.decide(entry, DecisionKind.APPROVE, "Different person")
    with pytest.raises(DecisionError, match="does not fit a decision to reject"):
        store.decide(entry, DecisionKind.REJECT, "Same person, documents consistent")
    assert store.history.decision_trail(entry) == []
    from faceid_console.store import decisions as decision_book

    decision_book.set_reasons(store.engine, ["Custom reason"], store.operator)
    assert store.reasons() == ["Custom reason"]
    store.decide(entry, DecisionKind.REJECT, "Custom reason")  # a team's own reason fits every decision
    store.decide(entry, DecisionKind.APPROVE, "Custom reason")
    assert [e.action for e in store.audit_events()][:3] == ["decision.approve", "decision.reject",
                                                             "decision_reasons.changed"]
