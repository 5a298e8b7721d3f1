"""The window held to the vendor's documents (shared/spec): the SDK token's liveness_timeout by liveness type, an H5
session's liveness details, a session with only ID card scores, a session's failed comparison, v3's own error words,
both request_ids of a web session, and get_result's default images."""

from __future__ import annotations

import hashlib
import json
from urllib.parse import quote

import pytest

from faceid_console.api import LivenessType
from faceid_console.api.results import LIVENESS_DETAIL_COUNTS
from faceid_console.ui import colours
from faceid_console.ui.colours import text_colour
from faceid_console.ui.main_window import MainWindow

from .test_liveness_pages import check, secret_of


@pytest.mark.parametrize(("kind", "default"), [
    (LivenessType.MEGLIVE, 10), (LivenessType.STILL, 60), (LivenessType.FLASH, None), (LivenessType.RAW_IMAGE, None),
], ids=["meglive", "still", "flash", "raw_image"])
def test_liveness_timeout_is_offered_and_sent_only_for_the_types_it_times_with_their_default(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, kind: LivenessType, default: int | None) -> None:
    """liveness_timeout=10, labelled "default 10", was sent for every liveness_type: get_biz_token documents it for
    action liveness (default 10) and silent liveness (default 60) only; flash has flash_liveness_timeout (default
    120), raw_image no liveness check to time."""
    page = window.token_page
    page.liveness_box.setCurrentIndex(page.liveness_box.findData(kind))
    spin, label = page.int_edits["liveness_timeout"], page.int_labels["liveness_timeout"]
    request = page.build_request()
    assert request.liveness_timeout == default
    assert ("liveness_timeout" in request.form_fields()) == (default is not None)
    assert spin.isVisibleTo(page) == label.isVisibleTo(page) == (default is not None)
    if default is not None:
        assert (spin.value(), label.text()) == (default, f"liveness_timeout (5–60, default {default}):")
    assert request.flash_liveness_timeout == (120 if kind is LivenessType.FLASH else None)


def signed(window: MainWindow, answer: dict[str, object]) -> str:
    """``answer`` as an H5 callback's form, signed with the profile's api_secret."""
    data = json.dumps(answer, ensure_ascii=False)
    return f"data={quote(data)}&sign={hashlib.sha1((secret_of(window) + data).encode()).hexdigest()}"


def test_a_failed_h5_liveness_is_explained_by_what_its_details_count(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """An H5 session's FAIL with details was headed "Liveness failed", "Reason: the answer names none (FAIL).", and
    its details were shown nowhere but the raw JSON: they are the check's own account of what went wrong."""
    details = {"UPLOAD_TIMES": 5, "FACE_NOT_FOUND": 0, "SR_ERROR": 2, "LOW_BRIGHTNESS": 3}
    inspector = window.inspector_page
    check(qtbot, inspector, signed(window, {
        "status": "OK", "biz_info": {"biz_id": "1700000000,h5-fail"},
        "liveness_result": {"result": "FAIL", "procedure_type": "will", "details": details}}))
    view = inspector.view
    assert inspector.signature_valid is True and view.headline.text() == "Liveness failed"
    # Those not nought, the documented ones first in words; a key the documents do not list, as it is.
    assert view.reason_label.text() == ("Reason, as the check's details count it: Light too dark (LOW_BRIGHTNESS): 3 "
                                        "· UPLOAD_TIMES: 5 · SR_ERROR: 2")
    assert view.details_box.isVisibleTo(view)
    assert view.details_label.text().splitlines() == [
        "Light too dark (LOW_BRIGHTNESS): 3", "UPLOAD_TIMES: 5", "SR_ERROR: 2", "No face found (FACE_NOT_FOUND): 0"]

    # All nought: nothing counted names a reason, and the details still say what was counted.
    check(qtbot, inspector, signed(window, {
        "status": "OK", "biz_info": {"biz_id": "1700000000,h5-fail"},
        "liveness_result": {"result": "FAIL", "details": {"FACE_NOT_FOUND": 0}}}))
    assert view.reason_label.text() == "Reason: the answer names none (FAIL)."
    assert view.details_label.text() == "No face found (FACE_NOT_FOUND): 0"


def test_every_documented_liveness_detail_is_said_in_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    from faceid_console.ui.widgets.liveness_view import liveness_detail_text

    for key in LIVENESS_DETAIL_COUNTS:
        text = liveness_detail_text(key, 2)
        assert text.endswith(f" ({key}): 2") and not text.startswith(key), text
    assert liveness_detail_text("NOT_SYNCHRONIZED", 1) == "NOT_SYNCHRONIZED: 1"


def test_a_session_with_only_id_card_scores_is_not_said_to_lack_a_threshold(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """An H5 comparison with only result_idcard_photo and result_idcard_datasource, each with all four thresholds, was
    headed "no threshold for your policy level", its comparison "The answer has no score": a verdict rests on
    result_faceid or result_ref1..3, and the answer has neither."""
    thresholds = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 75.0, "1e-6": 78.0}
    inspector = window.inspector_page
    check(qtbot, inspector, signed(window, {
        "status": "OK", "biz_info": {"biz_id": "1700000000,h5-card"}, "liveness_result": {"result": "PASS"},
        "verify_result": {"result_idcard_photo": {"confidence": 80.1, "thresholds": thresholds},
                          "result_idcard_datasource": {"confidence": 71.5, "thresholds": thresholds}}}))
    view = inspector.view
    assert view.headline.text() == "Liveness passed: no verdict on the face — the answer has only ID card scores (below)"
    assert "result_faceid or result_ref1–3" in view.reason_label.text()
    assert text_colour(view.headline) == colours.NEUTRAL
    comparison = view.result_view
    assert comparison.headline.text() == "No verdict: the answer has only ID card scores"
    assert set(comparison.score_rows) == {"result_idcard_photo", "result_idcard_datasource"}
    assert comparison.scores_box.isVisibleTo(comparison)
