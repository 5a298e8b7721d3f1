"""The zone times are shown in: stored naive UTC turned into it, its days turned into UTC bounds, its name."""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable, Iterator
from zoneinfo import ZoneInfo

import pytest

from faceid_console.display_time import DisplayZone, ShownTimes, offset_label

UTC = datetime.UTC


@pytest.fixture
def computer_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """``set_zone(name)`` makes ``name`` this computer's zone (TZ and ``time.tzset()``), as a reviewer's system has
    it; the machine's own zone is back after the test."""
    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


def test_the_offset_is_named_with_its_sign_hours_and_minutes() -> None:
    assert offset_label(datetime.timedelta(hours=8)) == "UTC+08:00"
    assert offset_label(datetime.timedelta(hours=-5)) == "UTC-05:00"
    assert offset_label(datetime.timedelta(hours=5, minutes=30)) == "UTC+05:30"
    assert offset_label(datetime.timedelta(hours=-3, minutes=-30)) == "UTC-03:30"  # Newfoundland
    assert offset_label(datetime.timedelta()) == "UTC+00:00"
    assert offset_label(None) == "UTC+00:00"


def test_the_setting_chooses_utc_or_the_computer_s_zone() -> None:
    assert DisplayZone.chosen(ShownTimes.UTC.value).is_utc
    assert DisplayZone.chosen(ShownTimes.LOCAL.value) == DisplayZone(None)
    assert DisplayZone.chosen("mars") == DisplayZone(None)  # a damaged value: the default
    assert DisplayZone.chosen("utc").label() == "UTC"


def test_a_stored_time_is_shown_at_the_zone_s_offset_of_its_own_date() -> None:
    shanghai = DisplayZone(ZoneInfo("Asia/Shanghai"))
    stored = datetime.datetime(2026, 12, 1, 17, 30)  # naive UTC, as the store keeps it
    assert shanghai.text(stored) == "2026-12-02 01:30:00"
    assert shanghai.label(stored) == "UTC+08:00"
    kolkata = DisplayZone(ZoneInfo("Asia/Kolkata"))
    assert kolkata.text(stored, "%H:%M") == "23:00" and kolkata.label(stored) == "UTC+05:30"
    new_york = DisplayZone(ZoneInfo("America/New_York"))
    assert new_york.text(datetime.datetime(2026, 1, 15, 17)) == "2026-01-15 12:00:00"  # EST
    assert new_york.text(datetime.datetime(2026, 7, 15, 17)) == "2026-07-15 13:00:00"  # EDT
    assert new_york.label(datetime.datetime(2026, 1, 15)) == "UTC-05:00"
    assert new_york.label(datetime.datetime(2026, 7, 15)) == "UTC-04:00"
    assert new_york.varies(2026) and not shanghai.varies(2026) and not DisplayZone(UTC).varies(2026)
    # An aware time (a callback's receipt) is the same moment.
    assert shanghai.text(datetime.datetime(2026, 12, 1, 17, 30, tzinfo=UTC)) == "2026-12-02 01:30:00"
    assert DisplayZone(UTC).text(stored) == "2026-12-01 17:30:00"


def test_a_range_of_days_is_their_whole_days_in_the_zone_as_utc_bounds() -> None:
    shanghai = DisplayZone(ZoneInfo("Asia/Shanghai"))
    day = datetime.date(2026, 12, 2)
    assert shanghai.day_bounds(day, day) == (datetime.datetime(2026, 12, 1, 16), datetime.datetime(2026, 12, 2, 16))
    kolkata = DisplayZone(ZoneInfo("Asia/Kolkata"))
    assert kolkata.day_bounds(day, day) == (datetime.datetime(2026, 12, 1, 18, 30),
                                            datetime.datetime(2026, 12, 2, 18, 30))
    assert DisplayZone(UTC).day_bounds(day, day + datetime.timedelta(days=1)) == (
        datetime.datetime(2026, 12, 2), datetime.datetime(2026, 12, 4))


def test_days_across_a_summer_time_change_take_each_date_s_own_offset() -> None:
    """New York moves its clocks forward on 2026-03-08: that day has 23 hours; the day before starts at 05:00 UTC,
    the day after at 04:00 UTC (today's offset for every day would shift one of them by an hour)."""
    new_york = DisplayZone(ZoneInfo("America/New_York"))
    since, until = new_york.day_bounds(datetime.date(2026, 3, 7), datetime.date(2026, 3, 8))
    assert (since, until) == (datetime.datetime(2026, 3, 7, 5), datetime.datetime(2026, 3, 9, 4))
    assert new_york.day_start(datetime.date(2026, 11, 2)) == datetime.datetime(2026, 11, 2, 5)  # back on EST
    week = new_york.days_ending(datetime.date(2026, 3, 9), 3)
    assert week == [(datetime.date(2026, 3, 9), datetime.datetime(2026, 3, 9, 4)),
                    (datetime.date(2026, 3, 8), datetime.datetime(2026, 3, 8, 5)),
                    (datetime.date(2026, 3, 7), datetime.datetime(2026, 3, 7, 5))]


def test_the_computer_s_zone_follows_tz(computer_zone: Callable[[str], None]) -> None:
    """The zone of "this computer" is the one set when asked: TZ, as the system's C library reads it."""
    local = DisplayZone.chosen("local")
    stored = datetime.datetime(2026, 12, 1, 17, 30)
    computer_zone("Asia/Shanghai")
    assert local.text(stored) == "2026-12-02 01:30:00" and local.label(stored) == "UTC+08:00"
    assert local.day_bounds(datetime.date(2026, 12, 2), datetime.date(2026, 12, 2)) == (
        datetime.datetime(2026, 12, 1, 16), datetime.datetime(2026, 12, 2, 16))
    computer_zone("America/New_York")
    assert local.label(datetime.datetime(2026, 1, 15)) == "UTC-05:00"
    assert local.label(datetime.datetime(2026, 7, 15)) == "UTC-04:00"
    assert local.day_bounds(datetime.date(2026, 3, 7), datetime.date(2026, 3, 8)) == (
        datetime.datetime(2026, 3, 7, 5), datetime.datetime(2026, 3, 9, 4))
    computer_zone("Asia/Kolkata")
    assert local.text(stored, "%H:%M") == "23:00" and local.label() == "UTC+05:30"
    assert local.shown_epoch(0).strftime("%Y-%m-%d %H:%M") == "1970-01-01 05:30"


def test_today_is_the_zone_s_date(computer_zone: Callable[[str], None]) -> None:
    """Far east and far west of Greenwich the date differs from UTC's for part of every day: two zones 26 hours
    apart never share a date, so at least one of them differs from UTC's, and each is its zone's own."""
    computer_zone("Etc/GMT-14")  # POSIX signs: 14 hours east
    before = datetime.datetime.now(UTC)
    east = DisplayZone.chosen("local").today()
    after = datetime.datetime.now(UTC)
    ahead = datetime.timedelta(hours=14)
    assert east in {(before + ahead).date(), (after + ahead).date()}
    computer_zone("Etc/GMT+12")
    assert DisplayZone.chosen("local").today() != east
    assert DisplayZone.chosen("utc").today() in {before.date(), datetime.datetime.now(UTC).date()}
