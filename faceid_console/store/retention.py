"""Retention: how long photos and records are kept, and which form of the photos is kept at all.

The setting lives in the database (a team shares it); changing it and every purge are audited. A purge holds the
database's write lock only for its writes: the photos it reduces to thumbnails are read and reduced with no
transaction open, then written a batch at a time; and the console's own purges of a database take turns
(``_PurgeTurns``).
"""

from __future__ import annotations

import contextlib
import datetime
import io
import json
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from typing import Final

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from . import audit
from .records import utcnow
from .schema import call_images, calls, store_settings

_KEY: Final = "retention"
THUMBNAIL_PX: Final = 256
#: Photos reduced to thumbnails between two writes of a purge: each write is a short transaction of its own, so the
#: history's other writers (a verify being recorded, a decision) never wait for a large history's photos to be
#: reduced, and a reviewer's Apply waits for one batch at most of the console's own purge.
REDUCE_BATCH: Final = 16


class ImageRetention(StrEnum):
    """Which form of each photo the history keeps (its SHA-256 is always kept)."""

    FULL = "full"
    THUMBNAIL = "thumbnail"
    NONE = "none"


@dataclass(frozen=True)
class RetentionPolicy:
    """Photos are purged after ``image_days``, whole records after ``record_days`` (0 keeps forever)."""

    image_mode: ImageRetention = ImageRetention.FULL
    image_days: int = 90
    record_days: int = 0

    def validate(self) -> None:
        if self.image_days < 0 or self.record_days < 0:
            raise ValueError("retention days must be 0 (keep) or more")
        if self.record_days and self.image_days and self.record_days < self.image_days:
            raise ValueError("records cannot be purged before their images")


@dataclass(frozen=True)
class PurgeReport:
    images_purged: int
    records_purged: int
    #: Photos kept in a form the setting no longer keeps (whole, or a thumbnail under "fingerprints only"), reduced
    #: to the form it keeps; their other bytes are deleted.
    images_reduced: int = 0


class PurgeUnfinished(Exception):
    """A purge stopped reducing photos to thumbnails: the database stopped answering or refused it (the cause). What
    it did is written and audited (``done``: a reviewer's setting too); the next purge reduces the ``left`` photos."""

    def __init__(self, done: PurgeReport, left: int) -> None:
        super().__init__(f"the purge stopped with {left} photos still to reduce to thumbnails")
        self.done = done
        self.left = left


class _SettingChanged(Exception):
    """The retention setting was changed while photos were reduced by the one before (another console's Apply)."""


def load(connection: Connection) -> RetentionPolicy:
    value = connection.execute(sa.select(store_settings.c.value).where(store_settings.c.key == _KEY)).scalar()
    if value is None:
        return RetentionPolicy()
    raw = json.loads(value)
    return RetentionPolicy(ImageRetention(raw["image_mode"]), int(raw["image_days"]), int(raw["record_days"]))


def policy(engine: Engine) -> RetentionPolicy:
    with engine.connect() as connection:
        return load(connection)


def set_policy(engine: Engine, new: RetentionPolicy, operator: str) -> None:
    """Store a new retention policy (audited with its old and new values)."""
    with engine.begin() as connection:
        _store(connection, new, operator)


def _store(connection: Connection, new: RetentionPolicy, operator: str) -> None:
    new.validate()
    body = json.dumps({**asdict(new), "image_mode": new.image_mode.value})
    old = load(connection)
    connection.execute(store_settings.delete().where(store_settings.c.key == _KEY))
    connection.execute(store_settings.insert().values(key=_KEY, value=body))
    audit.append(connection, operator, "retention.changed", None,
                 {"old": {**asdict(old), "image_mode": old.image_mode.value}, "new": json.loads(body)})


def thumbnail(data: bytes) -> bytes | None:
    """A small JPEG of a photo, or None when it cannot be decoded."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=80)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError):
        return None


def _older_than(days: int, now: datetime.datetime) -> sa.Select[tuple[int]]:
    return sa.select(calls.c.id).where(calls.c.created_at < now - datetime.timedelta(days=days))


def _photos_due(policy: RetentionPolicy, now: datetime.datetime) -> sa.ColumnElement[bool] | None:
    """The photos ``policy`` purges at ``now`` (those with bytes still kept), or None when it keeps them for ever."""
    if not policy.image_days:
        return None
    return sa.and_(call_images.c.call_id.in_(_older_than(policy.image_days, now)), call_images.c.purged_at.is_(None),
                   sa.or_(call_images.c.data.is_not(None), call_images.c.thumbnail.is_not(None)))


def _photos_reduced(policy: RetentionPolicy, now: datetime.datetime) -> sa.ColumnElement[bool] | None:
    """The photos ``policy`` keeps in a smaller form than they are kept in now (a full photo under "Thumbnails", any
    under "Fingerprints only"), those it purges by age or with their record left out; None under "Full photos"."""
    if policy.image_mode is ImageRetention.FULL:
        return None
    kept: sa.ColumnElement[bool] = call_images.c.data.is_not(None)
    if policy.image_mode is ImageRetention.NONE:
        kept = sa.or_(kept, call_images.c.thumbnail.is_not(None))
    for days in (policy.image_days, policy.record_days):
        if days:
            kept = sa.and_(kept, call_images.c.call_id.not_in(_older_than(days, now)))
    return kept


def _records_due(policy: RetentionPolicy, now: datetime.datetime) -> sa.ColumnElement[bool] | None:
    """The records ``policy`` purges at ``now``, or None when it keeps them for ever."""
    if not policy.record_days:
        return None
    return calls.c.created_at < now - datetime.timedelta(days=policy.record_days)


class _PurgeTurns:
    """The console's own purges of one database, one at a time. A reviewer's waits for its turn here, not behind the
    database's lock (where the busy time-out would refuse it as the database not answering); an automatic one is
    not started while another runs or a reviewer's waits (either applies a setting itself), and stops before its
    next batch of photos when a reviewer's comes to wait."""

    def __init__(self) -> None:
        self._turn = threading.Lock()
        self._counting = threading.Lock()
        self._reviewers_waiting = 0

    @property
    def reviewer_waiting(self) -> bool:
        return self._reviewers_waiting > 0

    @contextlib.contextmanager
    def reviewer(self) -> Iterator[None]:
        with self._counting:
            self._reviewers_waiting += 1
        try:
            self._turn.acquire()
        finally:
            with self._counting:
                self._reviewers_waiting -= 1
        try:
            yield
        finally:
            self._turn.release()

    @contextlib.contextmanager
    def automatic(self) -> Iterator[bool]:
        """False: another purge runs or waits, and this one is not to run."""
        if self.reviewer_waiting or not self._turn.acquire(blocking=False):
            yield False
            return
        try:
            yield True
        finally:
            self._turn.release()


_turns: dict[str, _PurgeTurns] = {}
_turns_made = threading.Lock()


def _turns_of(engine: Engine) -> _PurgeTurns:
    """The turns of ``engine``'s database, shared by every engine this process opens on it."""
    with _turns_made:
        return _turns.setdefault(engine.url.render_as_string(hide_password=True), _PurgeTurns())


def reviewer_waiting(engine: Engine) -> bool:
    """Whether a reviewer's purge of ``engine``'s database waits for another of this process to end."""
    return _turns_of(engine).reviewer_waiting


def would_purge(engine: Engine, policy: RetentionPolicy, now: datetime.datetime | None = None) -> PurgeReport:
    """What ``purge`` would do under ``policy`` now: photos and records dropped, photos reduced to the form it keeps;
    nothing is changed."""
    now = now or utcnow()
    photos, records, reduced = _photos_due(policy, now), _records_due(policy, now), _photos_reduced(policy, now)
    with engine.connect() as connection:
        def count(table: sa.Table, due: sa.ColumnElement[bool] | None) -> int:
            return 0 if due is None else connection.execute(
                sa.select(sa.func.count()).select_from(table).where(due)).scalar_one()

        return PurgeReport(count(call_images, photos), count(calls, records), count(call_images, reduced))


def purge(engine: Engine, operator: str, now: datetime.datetime | None = None, *,
          automatic: bool = False) -> PurgeReport:
    """Drop photos, then records, older than the policy allows, and reduce the photos left to the form it keeps;
    audited (``automatic``: by the console on its own, at start-up or once a day, not by a reviewer's Apply; it does
    nothing while another purge of this process runs, and stops between two batches of photos for a reviewer's that
    comes to wait: either applies a setting itself). ``PurgeUnfinished`` when it stopped part way."""
    now = now or utcnow()
    turns = _turns_of(engine)
    if not automatic:
        with turns.reviewer():
            return _purge_in_turn(engine, operator, now, None, stop=lambda: False)
    with turns.automatic() as started:
        if not started:
            return PurgeReport(0, 0)
        return _purge_in_turn(engine, operator, now, None, stop=lambda: turns.reviewer_waiting, automatic=True)


def apply(engine: Engine, new: RetentionPolicy, operator: str, now: datetime.datetime | None = None) -> PurgeReport:
    """Store ``new`` and purge what it no longer keeps, in one transaction: a purge that fails leaves the setting
    (and the audit trail) as it was, never saying a retention was applied that was not. Only photos it reduces to
    thumbnails are written after it, a batch at a time (``PurgeUnfinished`` when that stopped part way). The
    console's own purge running meanwhile is waited for, not the database's lock."""
    with _turns_of(engine).reviewer():
        return _purge_in_turn(engine, operator, now or utcnow(), new, stop=lambda: False)


def _purge_in_turn(engine: Engine, operator: str, now: datetime.datetime, new: RetentionPolicy | None, *,
                   stop: Callable[[], bool], automatic: bool = False) -> PurgeReport:
    """The purge by ``new`` (stored in its transaction) or, when None, by the setting in force; its photos reduced to
    thumbnails until ``stop`` says to stop."""
    with engine.begin() as connection:
        if new is not None:
            _store(connection, new, operator)
        current = load(connection)
        dropped = _purge(connection, operator, now, current, automatic=automatic)
    if current.image_mode is not ImageRetention.THUMBNAIL:
        return dropped
    return replace(dropped, images_reduced=_reduce_to_thumbnails(engine, operator, current, now, dropped, stop=stop,
                                                                 automatic=automatic))


def _purge(connection: Connection, operator: str, now: datetime.datetime, current: RetentionPolicy, *,
           automatic: bool) -> PurgeReport:
    """What ``current`` purges at ``now`` in one statement each: photos and records past their time, and under
    "Fingerprints only" the photos kept in a larger form."""
    images = records = unlinked = reduced = 0
    if (photos := _photos_due(current, now)) is not None:
        images = connection.execute(
            call_images.update().where(photos).values(data=None, thumbnail=None, purged_at=now)).rowcount
    if (old := _records_due(current, now)) is not None:
        # A newer entry that resent a record purged now would hold the purge up (its resend_of points there): it no
        # longer names it. The audit trail keeps the link ("call.resent"), as it outlives the record.
        unlinked = connection.execute(calls.update().where(calls.c.resend_of.in_(sa.select(calls.c.id).where(old)))
                                      .values(resend_of=None)).rowcount
        records = connection.execute(calls.delete().where(old)).rowcount
    if current.image_mode is ImageRetention.NONE and (smaller := _photos_reduced(current, now)) is not None:
        reduced = connection.execute(
            call_images.update().where(smaller).values(data=None, thumbnail=None, purged_at=now)).rowcount
    if images or records or reduced:
        _audit_purge(connection, operator, current, automatic, images=images, records=records, reduced=reduced,
                     resends_unlinked=unlinked)
    return PurgeReport(images, records, reduced)


def _audit_purge(connection: Connection, operator: str, current: RetentionPolicy, automatic: bool,
                 **done: int) -> None:
    policy = {**asdict(current), "image_mode": current.image_mode.value}
    audit.append(connection, operator, "retention.purged", None, {**done, "automatic": automatic, "policy": policy})


def _reduce_to_thumbnails(engine: Engine, operator: str, current: RetentionPolicy, now: datetime.datetime,
                          dropped: PurgeReport, *, stop: Callable[[], bool], automatic: bool) -> int:
    """Reduce the photos ``current`` keeps as thumbnails that are kept whole: each read and reduced with no
    transaction open, then written a batch at a time, only onto a photo still as it was read and while ``current``
    is still the setting, each batch audited; how many were reduced. Stops before a batch when ``stop`` says so."""
    whole = _photos_reduced(current, now)
    assert whole is not None  # "Thumbnails" keeps a smaller form than whole photos
    with engine.connect() as connection:
        ids = connection.execute(sa.select(call_images.c.id).where(whole).order_by(call_images.c.id)).scalars().all()
    reduced = 0
    for start in range(0, len(ids), REDUCE_BATCH):
        if stop():
            break
        try:
            made = _thumbnails_of(engine, ids[start:start + REDUCE_BATCH], now)
            if made:
                reduced += _write_thumbnails(engine, operator, current, made, automatic)
        except _SettingChanged:
            break  # the new setting's purge applies it
        except sa.exc.DBAPIError as exc:
            raise PurgeUnfinished(replace(dropped, images_reduced=reduced), len(ids) - start) from exc
    return reduced


@dataclass(frozen=True)
class _Reduced:
    """A photo reduced outside any transaction: its thumbnail, or None when it does not decode (then nothing but
    its SHA-256 is kept, purged at ``purged_at``)."""

    image_id: int
    sha256: str
    thumbnail: bytes | None
    purged_at: datetime.datetime | None


def _thumbnails_of(engine: Engine, ids: Sequence[int], now: datetime.datetime) -> list[_Reduced]:
    """Photos ``ids`` read and reduced with no transaction open; those purged meanwhile left out."""
    made = []
    for image_id in ids:
        with engine.connect() as connection:  # a photo at a time: never every full photo in memory at once
            read = connection.execute(sa.select(call_images.c.sha256, call_images.c.data).where(
                call_images.c.id == image_id, call_images.c.data.is_not(None))).one_or_none()
        if read is not None:
            small = thumbnail(read.data)
            made.append(_Reduced(image_id, read.sha256, small, None if small is not None else now))
    return made


def _write_thumbnails(engine: Engine, operator: str, current: RetentionPolicy, made: Sequence[_Reduced],
                      automatic: bool) -> int:
    """One short transaction: the photos ``made`` kept in their reduced form, each one still kept whole as it was
    read, under ``current`` still (``_SettingChanged`` otherwise: nothing written); audited. How many were written."""
    with engine.begin() as connection:
        written = sum(connection.execute(call_images.update().where(
            call_images.c.id == photo.image_id, call_images.c.sha256 == photo.sha256, call_images.c.data.is_not(None),
        ).values(data=None, thumbnail=photo.thumbnail, purged_at=photo.purged_at)).rowcount for photo in made)
        # Read once the writes hold the lock (pysqlite begins the transaction at the first write).
        if load(connection) != current:
            raise _SettingChanged
        if written:
            _audit_purge(connection, operator, current, automatic, images=0, records=0, reduced=written,
                         resends_unlinked=0)
    return written
