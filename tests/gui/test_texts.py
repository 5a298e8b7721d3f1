"""The window's words for numbers: a false-accept level is not split at its hyphens."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from faceid_console.display_time import DisplayZone
from faceid_console.ui.alt_keys import label_name, with_alt_key
from faceid_console.ui.texts import level_odds, shown_clock, unbroken


def test_odds_keep_their_hyphens_and_chinese_gets_no_invisible_characters(qapp, chinese) -> None:  # type: ignore[no-untyped-def]
    assert unbroken("1-in-1,000,000") == "1\u2011in\u20111,000,000"
    assert level_odds("1e-6") == "百万分之一"  # copied or read aloud as written


def test_a_line_too_narrow_for_the_odds_still_does_not_break_inside_them(qapp) -> None:  # type: ignore[no-untyped-def]
    metrics = QFontMetricsF(QFont())
    one_line = metrics.height()

    def lines(text: str) -> float:
        narrow = metrics.horizontalAdvance(text) - 5  # too narrow for the whole: it wraps where it may
        return metrics.boundingRect(QRectF(0, 0, narrow, 1000), int(Qt.TextFlag.TextWordWrap), text).height() / one_line

    assert lines("1-in-1,000,000") >= 2  # plain hyphens: Qt breaks after "1-" ("above the 1-" | "in-1,000,000")
    assert lines(level_odds("1e-6")) < 2


def test_every_default_decision_reason_is_in_the_window_s_words(qapp, chinese) -> None:  # type: ignore[no-untyped-def]
    """Recorded as configured (data a team may share across languages); shown translated when it is a default."""
    from faceid_console.store.decisions import DEFAULT_REASONS
    from faceid_console.ui.texts import decision_text, reason_text

    shown = [reason_text(reason) for reason in DEFAULT_REASONS]
    assert all(text != reason for text, reason in zip(shown, DEFAULT_REASONS, strict=True)), shown
    assert reason_text("Branch manager confirmed in person") == "Branch manager confirmed in person"  # a team's own
    assert [decision_text(d) for d in ("approve", "reject", "escalate")] == ["已通过", "已拒绝", "已上报复核"]  # "升级" read as "upgraded"


def test_a_long_value_is_shown_by_its_start_and_end_with_the_count_left_out(qapp) -> None:  # type: ignore[no-untyped-def]
    from faceid_console.ui.texts import SHOWN_CHARACTERS, shortened

    assert shortened("1700000000,abc") == "1700000000,abc"
    exact = "x" * SHOWN_CHARACTERS
    assert shortened(exact) == exact  # at the bound: whole
    value = "1700000000," + "y" * 3_000_000 + ",end"
    shown = shortened(value)
    assert shown.startswith("1700000000,") and shown.endswith(",end")  # both ends, where a biz_id differs
    assert f" … ({len(value) - SHOWN_CHARACTERS:,} more characters) … " in shown
    assert len(shown) < SHOWN_CHARACTERS + 50
    assert shortened(value, 10) == "1700" + "0" + f" … ({len(value) - 10:,} more characters) … " + "y,end"


def test_every_kind_of_refused_field_has_words_of_its_own(qapp) -> None:  # type: ignore[no-untyped-def]
    """A kind the protocol refuses a field for (api/results.py) with no wording showed its bare key, in English."""
    from faceid_console.api import MalformedPayload
    from faceid_console.api.results import NOT_A, NOT_IN_RANGE
    from faceid_console.ui.callback_texts import malformed_text

    for kind in (set(NOT_A) | set(NOT_IN_RANGE)) - {"present"}:
        text = malformed_text(MalformedPayload("a.b", kind, "string", '"x"', None))
        assert f"should be {kind}," not in text, text


def test_an_error_of_the_built_in_engine_is_never_said_to_be_billed(qapp) -> None:  # type: ignore[no-untyped-def]
    """The error panels of Verify, App token, Liveness session and Liveness results said "Billed" (or "Billing
    unknown") for a call the built-in engine answered, which charges nothing."""
    from faceid_console.api.errors import NETWORK_TIMEOUT, ErrorOrigin, FaceIDError
    from faceid_console.settings import Profile, ProfileKind, default_profiles
    from faceid_console.ui.texts import unbilled_profile_text

    profiles = [*default_profiles(), Profile("lab", ProfileKind.CUSTOM, "http://127.0.0.1:1")]
    free = "Not billed: the built-in engine charges nothing."
    charged = FaceIDError("NO_SUCH_ID_NUMBER", http_status=400)
    unknown = FaceIDError(NETWORK_TIMEOUT, origin=ErrorOrigin.TRANSPORT)
    undocumented = FaceIDError("SOMETHING_NEW", http_status=400)
    for err in (charged, unknown, undocumented):
        assert unbilled_profile_text(err, "local-engine", profiles) == free, err
        for billed in ("cloud-cn", "lab", "", None, "a profile since removed"):  # the usual words
            assert unbilled_profile_text(err, billed, profiles) is None, (err, billed)
    # Words that say "Not billed" already are kept: nothing was sent, or an error no billing table charges.
    assert unbilled_profile_text(FaceIDError.input("image", "unreadable"), "local-engine", profiles) is None
    assert unbilled_profile_text(FaceIDError("LOW_QUALITY", http_status=400), "local-engine", profiles) is None


def test_the_command_line_words_a_malformed_callback_as_the_window_does(qapp) -> None:  # type: ignore[no-untyped-def]
    """check-callback printed the library's bare message; it now prints the inspector's words (without Qt)."""
    from faceid_console.api import MalformedPayload
    from faceid_console.api.results import NOT_A, NOT_IN_RANGE
    from faceid_console.cli_summary import malformed_explanation
    from faceid_console.ui.callback_texts import malformed_text

    found_kinds = ("object", "array", "string", "number", "boolean", "null", "missing")
    cases = [MalformedPayload("a.b", kind, found, "" if found == "missing" else '"x"', None)
             for kind in (*NOT_A, *NOT_IN_RANGE) for found in found_kinds]
    cases += [MalformedPayload("", "object", found, "[1]", None) for found in found_kinds[1:-1]]
    cases.append(MalformedPayload("k" * 5000, "number", "string", '"' + "v" * 5000 + '"', None))
    for malformed in cases:
        assert malformed_explanation(malformed) == malformed_text(malformed), malformed


def test_a_utc_time_on_another_day_carries_its_date() -> None:
    # 2026-12-01 23:50:00 UTC; a link issued then and valid for 30 minutes expires on the next UTC day.
    issued = 1796169000.0
    utc = DisplayZone(datetime.UTC)
    assert shown_clock(issued, utc, now=issued) == "23:50:00 UTC"
    assert shown_clock(issued + 1800, utc, now=issued) == "2026-12-02 00:20:00 UTC"
    assert shown_clock(issued - 86400, utc, now=issued) == "2026-11-30 23:50:00 UTC"


def test_a_time_in_the_zone_shown_is_on_its_day_there_with_its_offset() -> None:
    """The same moments in Beijing: 07:50 on the 2nd there, so a link valid for 30 minutes ends the same day; its
    midnight is that day too, a minute before it the day before."""
    issued = 1796169000.0
    beijing = DisplayZone(ZoneInfo("Asia/Shanghai"))
    assert shown_clock(issued, beijing, now=issued) == "07:50:00 UTC+08:00"
    assert shown_clock(issued + 1800, beijing, now=issued) == "08:20:00 UTC+08:00"
    assert shown_clock(issued - 7 * 3600 - 50 * 60, beijing, now=issued) == "00:00:00 UTC+08:00"
    assert shown_clock(issued - 7 * 3600 - 51 * 60, beijing, now=issued) == "2026-12-01 23:59:00 UTC+08:00"


def test_an_alt_key_marks_a_letter_of_the_words_or_follows_them_as_zh_cn_writes_it() -> None:
    """Each photo's Choose… and Clear read the same: the page gives each a digit, which is in none of their words."""
    assert with_alt_key("force_compare", "a") == "force_comp&are"
    assert with_alt_key("Choose…", "1") == "Choose (&1)…" and with_alt_key("Clear", "2") == "Clear (&2)"
    assert with_alt_key("选择…", "3") == "选择(&3)…" and with_alt_key("清除", "4") == "清除(&4)"
    assert with_alt_key("选择(&C)…", "5") == "选择(&5)…"  # a translation's own key gives way to the page's
    assert with_alt_key("Save && close", "c") == "Save && &close"


def test_a_label_names_a_control_without_its_alt_key_or_colon() -> None:
    assert label_name("&liveness_type:") == "liveness_type"
    assert label_name("liveness_type（活体类型）(&L)：") == "liveness_type（活体类型）"
    assert label_name("Save && &close:") == "Save & close"


def test_each_h5_score_names_what_was_compared_with_what(qapp, chinese) -> None:  # type: ignore[no-untyped-def]
    """result_idcard_datasource compares the ID card's photo with the data source's, not the live face: it read
    "数据源照片", beside result_faceid's "数据源中的证件照", and a reviewer could not tell the two apart."""
    from faceid_console.ui.widgets.result_view import score_title

    titles = {key: score_title(key) for key in ("result_faceid", "result_idcard_photo", "result_idcard_datasource")}
    assert len(set(titles.values())) == 3
    assert "身份证照片" in titles["result_idcard_datasource"] and "数据源" in titles["result_idcard_datasource"]
