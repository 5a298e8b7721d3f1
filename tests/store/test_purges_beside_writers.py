"""Retention purges beside the history's other writers: a "Thumbnails" purge holds the database's write lock only for
its writes, never while it reduces photos, and the console's own purges take turns (a reviewer's Apply is never
refused as the database not answering because the automatic purge was writing)."""

from __future__ import annotations

import datetime
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from faceid_console.store import CallKind, DecisionKind, HistoryStore, audit, database, retention
from faceid_console.store.decisions import DEFAULT_REASONS
from faceid_console.store.retention import ImageRetention, PurgeReport, RetentionPolicy
from faceid_console.store.schema import call_images, calls

#: More photos than one batch of reductions: a purge of them writes more than once.
PHOTOS = 2 * retention.REDUCE_BATCH + 3
#: The busy time-out (SQLite) and lock time-out (PostgreSQL) here: a writer held longer is refused as not answering.
SHORT_LOCK_MS = 300
WAIT_S = 30


@pytest.fixture
def console(store: HistoryStore, database_url: str, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[HistoryStore]:
    """``store``'s database opened again, as a console opens it, with lock waits of ``SHORT_LOCK_MS``."""
    monkeypatch.setattr(database, "LOCK_TIMEOUT_MS", SHORT_LOCK_MS)  # SQLite's: read as each connection is made
    monkeypatch.setitem(database.POSTGRESQL_LIVENESS, "options", f"-c lock_timeout={SHORT_LOCK_MS}")
    opened = HistoryStore.open(database_url=database_url, sqlite_path=tmp_path / "history.sqlite3",
                               operator="reviewer-2")
    yield opened
    opened.close()


def _photos(store: HistoryStore, faces: Path, count: int = PHOTOS) -> list[int]:
    """``count`` verify entries, each with a different photo kept whole (under "Full photos")."""
    photo = (faces / "kit_1.jpg").read_bytes()
    return [store.journal.begin(CallKind.VERIFY, "p", {"uuid": f"U-{n}"}, {"image": photo + n.to_bytes(4)})
            for n in range(count)]


class PausedReduction:
    """``retention.thumbnail`` held at its ``at``-th photo until ``go_on`` is set (a large photo, a slow machine)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, at: int) -> None:
        self.reached, self.go_on = threading.Event(), threading.Event()
        self.calls = 0
        reduce = retention.thumbnail

        def paused(data: bytes) -> bytes | None:
            self.calls += 1
            if self.calls == at:
                self.reached.set()
                self.go_on.wait(WAIT_S)
            return reduce(data)

        monkeypatch.setattr(retention, "thumbnail", paused)


def _in_thread(work: Callable[[], PurgeReport]) -> Future[PurgeReport]:
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(work)
    pool.shutdown(wait=False)
    return future


def test_a_verify_is_recorded_while_a_thumbnail_purge_reduces_many_photos(
        store: HistoryStore, console: HistoryStore, faces: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A "Thumbnails" purge reduced every photo inside one write transaction: on SQLite a verify recorded meanwhile
    (another console, or this one's Verify page) waited for all of them, and was refused past the busy time-out."""
    entries = _photos(store, faces)
    store.set_retention(RetentionPolicy(ImageRetention.THUMBNAIL))
    paused = PausedReduction(monkeypatch, at=PHOTOS - 2)  # after a batch was written: never while one is
    purging = _in_thread(lambda: store.purge(automatic=True))
    try:
        assert paused.reached.wait(WAIT_S)
        written = console.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-meanwhile"})
        console.journal.complete(written, {"request_id": "r-meanwhile"})
        console.decide(written, DecisionKind.APPROVE, DEFAULT_REASONS[0])
    finally:
        paused.go_on.set()
    assert purging.result(WAIT_S) == PurgeReport(images_purged=0, records_purged=0, images_reduced=PHOTOS)
    for entry in entries:
        [kept] = store.history.images(entry)
        assert kept.data is None and kept.thumbnail is not None and kept.thumbnail.startswith(b"\xff\xd8")
    assert store.history.entry(written) is not None and store.history.decision_trail(written)
    purged = [e.detail for e in store.audit_events() if e.action == "retention.purged"]  # a batch at a time
    assert sum(d["reduced"] for d in purged) == PHOTOS and all(d["automatic"] is True for d in purged)


def test_a_photo_purged_or_a_record_deleted_while_its_thumbnail_is_made_stays_so(
        store: HistoryStore, faces: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reduced outside the write transaction, a photo is written back only as it was read: one reduced to its
    fingerprint meanwhile (another console's purge) gets no thumbnail back, a record gone meanwhile is no error."""
    entries = _photos(store, faces)
    store.set_retention(RetentionPolicy(ImageRetention.THUMBNAIL))
    paused = PausedReduction(monkeypatch, at=2)
    purging = _in_thread(lambda: store.purge(automatic=True))
    fingerprinted, deleted = entries[0], entries[-1]
    try:
        assert paused.reached.wait(WAIT_S)
        with store.engine.begin() as connection:  # as another console's purge would, on another machine
            connection.execute(call_images.update().where(call_images.c.call_id == fingerprinted).values(
                data=None, thumbnail=None, purged_at=datetime.datetime.now()))
            connection.execute(calls.delete().where(calls.c.id == deleted))
    finally:
        paused.go_on.set()
    assert purging.result(WAIT_S).images_reduced == PHOTOS - 2
    [kept] = store.history.images(fingerprinted)
    assert kept.data is None and kept.thumbnail is None and kept.sha256
    assert store.history.entry(deleted) is None
    assert all(image.thumbnail and image.data is None for entry in entries[1:-1] for image in store.history.images(entry))


def test_a_reviewer_s_apply_during_the_automatic_purge_goes_first_and_the_automatic_purge_yields(
        store: HistoryStore, console: HistoryStore, faces: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both wrote at once: the Apply waited for the automatic purge's write lock and was refused past the busy
    time-out ("database is locked"), told to the reviewer as the database not answering."""
    entries = _photos(console, faces)
    console.set_retention(RetentionPolicy(ImageRetention.THUMBNAIL))
    paused = PausedReduction(monkeypatch, at=2)
    automatic = _in_thread(lambda: console.purge(automatic=True))
    try:
        assert paused.reached.wait(WAIT_S)
        applying = _in_thread(lambda: console.apply_retention(RetentionPolicy(ImageRetention.THUMBNAIL, 30)))
        assert _until(lambda: retention.reviewer_waiting(console.engine) or applying.done())
    finally:
        paused.go_on.set()
    # It wrote the batch it was reducing, then left the rest to Apply.
    assert automatic.result(WAIT_S) == PurgeReport(0, 0, retention.REDUCE_BATCH)
    assert applying.result(WAIT_S).images_reduced == PHOTOS - retention.REDUCE_BATCH
    assert console.retention == RetentionPolicy(ImageRetention.THUMBNAIL, 30)
    assert all(image.data is None and image.thumbnail for e in entries for image in console.history.images(e))
    purged = [e.detail for e in console.audit_events() if e.action == "retention.purged"]
    assert sum(d["reduced"] for d in purged if not d["automatic"]) == PHOTOS - retention.REDUCE_BATCH


def test_a_reviewer_s_apply_while_the_automatic_purge_writes_waits_for_it(
        store: HistoryStore, console: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """An automatic purge with much to delete holds the write lock for its transaction: an Apply pressed meanwhile
    waited past the busy time-out and was refused, though the database answered all along."""
    old = console.journal.begin(CallKind.VERIFY, "p", {"uuid": "U-old"}, {"image": b"\xff\xd8photo"})
    with console.engine.begin() as connection:
        connection.execute(calls.update().where(calls.c.id == old).values(
            created_at=datetime.datetime.now() - datetime.timedelta(days=200)))
    writing, go_on = threading.Event(), threading.Event()
    append = audit.append

    def held(connection: object, operator: str, action: str, entry: object = None, detail: object = None) -> None:
        append(connection, operator, action, entry, detail)  # type: ignore[arg-type]
        if action == "retention.purged" and detail["automatic"]:  # type: ignore[index]
            writing.set()  # its transaction open, its writes made: a large purge's moment
            go_on.wait(WAIT_S)

    monkeypatch.setattr(audit, "append", held)
    automatic = _in_thread(lambda: console.purge(automatic=True))
    try:
        assert writing.wait(WAIT_S)
        applying = _in_thread(lambda: console.apply_retention(RetentionPolicy(ImageRetention.FULL, 30)))
        assert _until(lambda: retention.reviewer_waiting(console.engine) or applying.done())
    finally:
        go_on.set()
    assert automatic.result(WAIT_S).images_purged == 1
    assert applying.result(WAIT_S) == PurgeReport(0, 0, 0)  # the automatic purge had purged it
    assert console.retention == RetentionPolicy(ImageRetention.FULL, 30)


def test_an_automatic_purge_asked_while_another_purge_runs_leaves_it_to_that_one(
        store: HistoryStore, faces: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two purges of the setting in force at once (the window's daily one, a start-up's) would do the same work
    twice, the second waiting on the first's writes."""
    _photos(store, faces, count=3)
    store.set_retention(RetentionPolicy(ImageRetention.THUMBNAIL))
    paused = PausedReduction(monkeypatch, at=1)
    first = _in_thread(lambda: store.purge(automatic=True))
    try:
        assert paused.reached.wait(WAIT_S)
        assert store.purge(automatic=True) == PurgeReport(0, 0, 0)
    finally:
        paused.go_on.set()
    assert first.result(WAIT_S).images_reduced == 3


def _until(condition: Callable[[], bool]) -> bool:
    """Whether ``condition`` came true within ``WAIT_S``."""
    done = threading.Event()
    for _ in range(WAIT_S * 100):
        if condition():
            return True
        done.wait(0.01)
    return False


def test_an_apply_whose_photos_stop_being_reduced_part_way_says_what_it_did(
        store: HistoryStore, faces: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Photos are reduced after the setting is stored, a batch at a time: a database that refuses a later batch
    leaves the setting and the batches written (audited), and the purge says how far it got, not that nothing was
    applied."""
    entries = _photos(store, faces)
    paused = PausedReduction(monkeypatch, at=retention.REDUCE_BATCH + 2)  # into the second batch
    applying = _in_thread(lambda: store.apply_retention(RetentionPolicy(ImageRetention.THUMBNAIL)))
    try:
        assert paused.reached.wait(WAIT_S)
        _refuse_reducing_photos(store)
    finally:
        paused.go_on.set()
    with pytest.raises(retention.PurgeUnfinished) as stopped:
        applying.result(WAIT_S)
    assert stopped.value.done == PurgeReport(0, 0, retention.REDUCE_BATCH)
    assert stopped.value.left == PHOTOS - retention.REDUCE_BATCH
    assert "reduction refused" in str(stopped.value.__cause__)
    assert store.retention == RetentionPolicy(ImageRetention.THUMBNAIL)
    kept = [image for entry in entries for image in store.history.images(entry)]
    assert [image.thumbnail is not None for image in kept] == [True] * retention.REDUCE_BATCH + [False] * (
        PHOTOS - retention.REDUCE_BATCH)
    assert all(image.data is not None for image in kept[retention.REDUCE_BATCH:])  # untouched, whole
    [purged, changed] = [e for e in store.audit_events() if e.action.startswith("retention.")]
    assert changed.action == "retention.changed" and purged.detail["reduced"] == retention.REDUCE_BATCH


def _refuse_reducing_photos(store: HistoryStore) -> None:
    """A database that refuses to change a photo (a trigger standing for a permission taken away)."""
    import sqlalchemy as sa

    with store.engine.begin() as c:
        if store.engine.dialect.name == "sqlite":
            c.execute(sa.text("CREATE TRIGGER refuse_reducing BEFORE UPDATE ON call_images "
                              "BEGIN SELECT RAISE(ABORT, 'reduction refused'); END"))
        else:
            c.execute(sa.text("CREATE FUNCTION refuse_reducing() RETURNS trigger LANGUAGE plpgsql AS "
                              "$$ BEGIN RAISE EXCEPTION 'reduction refused'; END $$"))
            c.execute(sa.text("CREATE TRIGGER refuse_reducing BEFORE UPDATE ON call_images "
                              "FOR EACH ROW EXECUTE FUNCTION refuse_reducing()"))


def test_photos_reduced_while_another_console_changes_the_setting_are_kept_as_that_one_says(
        store: HistoryStore, faces: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reduced outside the write transaction, a batch is written only under the setting it was reduced for: back to
    "Full photos" meanwhile, the photos stay whole."""
    entries = _photos(store, faces, count=3)
    store.set_retention(RetentionPolicy(ImageRetention.THUMBNAIL))
    paused = PausedReduction(monkeypatch, at=2)
    purging = _in_thread(lambda: store.purge(automatic=True))
    try:
        assert paused.reached.wait(WAIT_S)
        store.set_retention(RetentionPolicy(ImageRetention.FULL))  # as another console's Apply, on another machine
    finally:
        paused.go_on.set()
    assert purging.result(WAIT_S) == PurgeReport(0, 0, 0)
    assert all(image.data is not None and image.thumbnail is None
               for entry in entries for image in store.history.images(entry))
    assert not [e for e in store.audit_events() if e.action == "retention.purged"]
