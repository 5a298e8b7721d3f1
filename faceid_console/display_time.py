"""The time zone the window shows times in: this computer's own (as the TZ environment variable or the system sets
it) or UTC, by the reviewer's setting. The history stores naive UTC; this turns those times into the zone shown, a
range of days in that zone into the UTC bounds the store is asked with, and names the zone ("UTC+08:00").
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class ShownTimes(StrEnum):
    """Which zone the window shows times in (the setting)."""

    LOCAL = "local"
    UTC = "utc"


#: What a reviewer expects of a desktop program: the clock on their own computer.
DEFAULT_SHOWN_TIMES: Final = ShownTimes.LOCAL
_DAY: Final = datetime.timedelta(days=1)


def offset_label(offset: datetime.timedelta | None) -> str:
    """An offset from UTC as ``UTC+08:00``, ``UTC-05:00``, ``UTC+05:30`` (seconds of a historic offset dropped)."""
    minutes = int((offset or datetime.timedelta()).total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


@dataclass(frozen=True)
class DisplayZone:
    """Where shown times are: ``zone`` None is this computer's own zone as set when asked (so a TZ changed and
    ``time.tzset()`` is followed), ``datetime.UTC`` is UTC; any other tzinfo (a ZoneInfo) is shown by its offsets."""

    zone: datetime.tzinfo | None = None

    @classmethod
    def chosen(cls, shown_times: str) -> DisplayZone:
        """The zone of the setting's value (an unknown value is the default: this computer's)."""
        return cls(datetime.UTC) if shown_times == ShownTimes.UTC.value else cls(None)

    @property
    def is_utc(self) -> bool:
        return self.zone is datetime.UTC

    def shown(self, moment: datetime.datetime) -> datetime.datetime:
        """``moment`` (naive UTC as stored, or aware) in this zone, aware, with the offset of its own date."""
        aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.UTC)
        return aware.astimezone(self.zone) if self.zone is not None else aware.astimezone()

    def shown_epoch(self, at: float) -> datetime.datetime:
        """``at`` (seconds since the epoch, as ``time.time()``) in this zone."""
        return self.shown(datetime.datetime.fromtimestamp(at, datetime.UTC))

    def now(self) -> datetime.datetime:
        return self.shown(datetime.datetime.now(datetime.UTC))

    def today(self) -> datetime.date:
        """Today's date in this zone (asked anew each time: the window may stay open past midnight)."""
        return self.now().date()

    def label(self, moment: datetime.datetime | None = None) -> str:
        """The zone's name as shown beside a time: ``UTC`` for UTC, else its offset at ``moment`` (by default now),
        ``UTC+08:00``: a zone with summer time has two."""
        if self.is_utc:
            return "UTC"
        return offset_label(self.shown(moment if moment is not None else datetime.datetime.now(datetime.UTC))
                            .utcoffset())

    def text(self, moment: datetime.datetime, time_format: str = "%Y-%m-%d %H:%M:%S") -> str:
        """``moment`` in this zone as ``time_format`` (without the zone's name)."""
        return self.shown(moment).strftime(time_format)

    def day_start(self, day: datetime.date) -> datetime.datetime:
        """The start of ``day`` in this zone as a naive UTC time (as the store keeps them), by the zone's offset on
        that date (not today's: a week across a summer-time change has a day of 23 or 25 hours)."""
        midnight = datetime.datetime.combine(day, datetime.time())
        local = midnight.replace(tzinfo=self.zone) if self.zone is not None else midnight.astimezone()
        return local.astimezone(datetime.UTC).replace(tzinfo=None)

    def day_bounds(self, first: datetime.date, last: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
        """The naive UTC bounds (``since`` inclusive, ``until`` exclusive) of the whole days ``first`` … ``last`` in
        this zone, the last one included."""
        return self.day_start(first), self.day_start(last + _DAY)

    def days_ending(self, last: datetime.date, count: int) -> list[tuple[datetime.date, datetime.datetime]]:
        """The ``count`` days ending with ``last`` (newest first), each with its start as a naive UTC time."""
        days = [last - datetime.timedelta(days=back) for back in range(count)]
        return [(day, self.day_start(day)) for day in days]

    def varies(self, year: int) -> bool:
        """Whether the zone's offset changes within ``year`` (summer time): a time shown then needs its own."""
        if self.is_utc:
            return False
        return len({self.label(datetime.datetime(year, month, 1)) for month in (1, 4, 7, 10)}) > 1
