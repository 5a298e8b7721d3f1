"""The window held to the vendor's documents (shared/spec): the SDK token's liveness_timeout by liveness type, an H5
session's liveness details, a session with only ID card scores, a session's failed comparison, v3's own error words,
both request_ids of a web session, and get_result's default images."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from urllib.parse import quote

import pytest

from faceid_console.api import Credentials, LivenessType, explain
from faceid_console.api.results import LIVENESS_DETAIL_COUNTS
from faceid_console.credentials import save as save_credentials
from faceid_console.ui import colours
from faceid_console.ui.colours import text_colour, text_meaning
from faceid_console.ui.main_window import MainWindow

from .conftest import custom_profile
from .test_connection_errors import send_on, switch
from .test_liveness_pages import check, check_signed, post_signed, secret_of
from .test_refusal_words import answering


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


#: The thresholds of an H5 answer's scores (h5-callbacks: each "同result_faceid", with all four).
CARD_THRESHOLDS = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 75.0, "1e-6": 78.0}


def card_scores(photo: float | None, datasource: float | None) -> dict:
    """An H5 verify_result with only the ID card's scores: result_idcard_photo, result_idcard_datasource."""
    scores = {"result_idcard_photo": photo, "result_idcard_datasource": datasource}
    return {key: {"confidence": value, "thresholds": CARD_THRESHOLDS} for key, value in scores.items()
            if value is not None}


@pytest.mark.parametrize(("photo", "datasource", "headline", "comparison", "colour", "verdict"), [
    (80.1, 76.0, "Liveness passed: the same person as in the ID card's photo",
     "Same person as in the ID card's photo: above the 1‑in‑1,000,000 threshold", colours.PASS, "match"),
    (65.0, 76.0, "Liveness passed: needs review — the face is not confirmed against the ID card's photo at your "
                 "policy level (1‑in‑10,000)",
     "Not confirmed against the ID card's photo: below your policy level (1‑in‑10,000)", colours.CAUTION,
     "not_confirmed"),
    (20.0, None, "Liveness passed, but not the same person as in the ID card's photo",
     "Not the same person as in the ID card's photo: below the 1‑in‑1,000 threshold", colours.FAIL, "no_match"),
    (80.1, 60.0, "Liveness passed: needs review — the photos disagree", "Needs review: the photos disagree",
     colours.CAUTION, "photos_disagree"),
    # Nothing compares the card with the data source: a forged card with the face before the camera would pass so.
    (80.1, None, "Liveness passed: needs review — the ID card is not checked against the data source",
     "Needs review: the ID card is not checked against the data source", colours.CAUTION, "card_unchecked"),
], ids=["match", "not_confirmed", "no_match", "card_not_the_data_source_s", "card_unchecked"])
def test_a_session_with_only_id_card_scores_is_judged_against_the_id_card_s_photo(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, history, photo: float, datasource: float | None, headline: str, comparison: str,
        colour, verdict: str) -> None:
    """An H5 comparison with result_idcard_photo but neither result_faceid nor result_ref1..3 was headed "no verdict
    on the face", recorded with no verdict and listed with none: result_idcard_photo is the live face against the ID
    card's photo, "同result_faceid", with its own four thresholds. It is judged at the policy level as the others are,
    and said to be against the card's photo."""
    from faceid_console.store import CallKind, HistoryFilter

    data = {"status": "OK", "biz_info": {"biz_id": "1700000000,h5-card"}, "liveness_result": {"result": "PASS"},
            "verify_result": card_scores(photo, datasource)}
    check_signed(qtbot, window, data)
    view = window.inspector_page.view
    assert view.headline.text() == headline
    assert text_meaning(view.headline) == colour and view.banner.edge() == colour
    result = view.result_view
    assert result.headline.text() == comparison and text_meaning(result.headline) == colour
    # Which photo the verdict is against, and what an answer without the data source's comparison leaves unchecked.
    assert result.subline.text().startswith("Judged against the ID card's photo (result_idcard_photo): the answer has "
                                            "no result_faceid or result_ref score.")
    assert ("check the card itself before approving" in result.subline.text()) == (datasource is None)
    assert f"Confidence {photo:.2f}. Your policy level is 1e-4" in result.subline.text()
    assert result.gauge.score is not None and result.gauge.score.confidence == photo
    assert list(result.score_rows) == ["result_idcard_photo"] + (["result_idcard_datasource"] if datasource else [])
    # Received on the session page: listed as the card's comparison, and recorded with the verdict the view heads.
    post_signed(qtbot, window, data)
    item = window.session_page.callback_list.item(0)
    assert "liveness passed; comparison against the ID card's photo: " in item.text()
    qtbot.waitUntil(lambda: [e.verdict for e in history.get().history.page(
        HistoryFilter(kinds=(CallKind.CALLBACK_CHECK,)), 0, 10)] == [verdict], timeout=10_000)


def test_a_match_on_an_id_card_whose_data_source_comparison_has_no_threshold_for_the_level_needs_review(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, history) -> None:
    """result_idcard_datasource with no threshold for the policy level (1e-4) was taken for a check of the card: the
    face's match with the card held up was headed "Same person" in green, though nothing said, at that level, that
    the card is the data source's."""
    from faceid_console.store import CallKind, HistoryFilter

    verify = card_scores(80.1, None)
    verify["result_idcard_datasource"] = {"confidence": 80.1, "thresholds": {
        level: value for level, value in CARD_THRESHOLDS.items() if level != "1e-4"}}
    data = {"status": "OK", "biz_info": {"biz_id": "1700000000,h5-card"}, "liveness_result": {"result": "PASS"},
            "verify_result": verify}
    check_signed(qtbot, window, data)
    view = window.inspector_page.view
    assert view.headline.text() == "Liveness passed: needs review — the ID card is not checked against the data source"
    assert text_meaning(view.headline) == colours.CAUTION
    result = view.result_view
    assert result.headline.text() == "Needs review: the ID card is not checked against the data source"
    assert text_meaning(result.headline) == colours.CAUTION
    # The subline says why: the card's comparison has no threshold at the level, so check the card itself.
    assert ("The comparison of that card with the data source's photo (result_idcard_datasource) came with no "
            "threshold for your policy level (1‑in‑10,000), so it does not say the card is the data source's: check "
            "the card itself before approving.") in result.subline.text()
    assert list(result.score_rows) == ["result_idcard_photo", "result_idcard_datasource"]
    # Received on the session page: History records it as the view heads it.
    post_signed(qtbot, window, data)
    qtbot.waitUntil(lambda: [e.verdict for e in history.get().history.page(
        HistoryFilter(kinds=(CallKind.CALLBACK_CHECK,)), 0, 10)] == ["card_unchecked"], timeout=10_000)


def test_a_session_with_only_the_card_against_the_data_source_has_no_verdict_on_the_face(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    """result_idcard_datasource compares the ID card's photo with the data source's, not the live face: alone, it is
    listed against its own thresholds, and no verdict on the face is drawn from it."""
    check_signed(qtbot, window, {
        "status": "OK", "biz_info": {"biz_id": "1700000000,h5-card"}, "liveness_result": {"result": "PASS"},
        "verify_result": card_scores(None, 80.1)})
    view = window.inspector_page.view
    assert view.headline.text() == "Liveness passed: no verdict on the face — the answer has only ID card scores (below)"
    assert "result_faceid, result_ref1–3 or result_idcard_photo" in view.reason_label.text()
    assert text_colour(view.headline) == colours.NEUTRAL
    comparison = view.result_view
    assert comparison.headline.text() == "No verdict: the answer has only ID card scores"
    assert "not the live face" in comparison.subline.text()
    assert list(comparison.score_rows) == ["result_idcard_datasource"]
    assert comparison.scores_box.isVisibleTo(comparison)


#: Advice to send a call again, or to change its options: a direct call's remedies, not a session's.
DIRECT_CALL_ADVICE = re.compile(r"(?i)\b(try|trying|send|sending)\b[^.]*\bagain\b|allow the largest face")
#: Errors a session's comparison can end with: the H5 and web-liveness tables', and verify's (VERIFY_API_FAILED
#: stands for one of those).
SESSION_COMPARISON_CODES = (
    "NO_SUCH_ID_NUMBER", "ID_NUMBER_NAME_NOT_MATCH", "IMAGE_ERROR_UNSUPPORTED_FORMAT", "NO_FACE_FOUND",
    "DATA_SOURCE_ERROR", "INTERNAL_ERROR", "VERIFY_API_FAILED", "CONCURRENCY_LIMIT_EXCEEDED", "MULTIPLE_FACES",
    "LOW_QUALITY", "INVALID_IMAGE_SIZE", "DATA_VALIDATION_ERROR", "DELTA_USED", "MEGLIVE_BIZ_NO_USED",
    "AUTHORIZATION_ERROR", "AUTHENTICATION_ERROR", "BAD_ARGUMENTS", "MISSING_ARGUMENTS", "API_NOT_FOUND")


@pytest.mark.parametrize("key", ["error", "error_message"], ids=["get_result", "h5"])
def test_a_session_s_failed_comparison_is_never_told_to_try_again(qtbot, key: str) -> None:  # type: ignore[no-untyped-def]
    """A session comparison that failed with INTERNAL_ERROR read "Trying again is safe", then "This session's
    comparison is not run again, and its result is given only once"; CONCURRENCY_LIMIT_EXCEEDED "Wait and try again",
    MULTIPLE_FACES "allow the largest face to be used": the words of a call sent directly."""
    from faceid_console.api import LivenessSessionResult
    from faceid_console.ui.widgets.liveness_view import LivenessView

    view = LivenessView("en")
    qtbot.addWidget(view)
    panel = view.result_view.error_panel
    for code in SESSION_COMPARISON_CODES:
        view.show_result(LivenessSessionResult.parse({
            "biz_id": "1,s", "liveness_result": {"result": "success"}, "verify_result": {key: code}}), "1e-4")
        assert panel.isVisibleTo(view) and panel.error is not None and panel.error.code == code
        said = f"{panel.explanation.text()} {panel.next_label.text()}"
        assert not DIRECT_CALL_ADVICE.search(said), said
    view.show_result(LivenessSessionResult.parse({
        "biz_id": "1,s", "liveness_result": {"result": "success"}, "verify_result": {key: "INTERNAL_ERROR"}}), "1e-4")
    assert panel.explanation.text() == ("FaceID had an internal error while comparing this session's face, so the "
                                        "comparison gave no score.")
    assert panel.next_label.text().startswith("What to do: This session's comparison is not run again")
    # Bare, as the sessions' tables write it: the identity data source's photo, as the step and the billing say.
    view.show_result(LivenessSessionResult.parse({
        "biz_id": "1,s", "liveness_result": {"result": "success"}, "verify_result": {key: "NO_FACE_FOUND"}}), "1e-4")
    assert "the identity data source's photo" in panel.explanation.text()
    assert "named in the detail" not in panel.explanation.text()
    # In Chinese too (the catalogue's own words): "可以再次请求" was the direct call's.
    chinese = LivenessView("zh_CN")
    qtbot.addWidget(chinese)
    chinese.show_result(LivenessSessionResult.parse({
        "biz_id": "1,s", "liveness_result": {"result": "success"}, "verify_result": {key: "INTERNAL_ERROR"}}), "1e-4")
    assert chinese.result_view.error_panel.explanation.text() == \
        "FaceID 在比对此会话的人脸时发生服务器内部错误，因此比对没有给出分数。"


def test_an_sdk_token_s_photo_refusals_are_worded_as_get_biz_token_documents_them(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, settings, faces: Path, fixed_answer_server) -> None:
    """get_biz_token's INVALID_IMAGE_SIZE was "over 2 MB, or wider or taller than 4096 pixels" (its document: the
    pixels only, and 20 MB for the whole request), its bare MULTIPLE_FACES "…in the image named in the detail" (its
    document: "image图片中有多张人脸"): verify's words."""
    answering(qtbot, window, settings, fixed_answer_server, 400, b'{"error": "INVALID_IMAGE_SIZEimage_ref1"}')
    panel = send_on(qtbot, window, "token", faces)
    page = window.token_page
    said = [panel.explanation.text(), panel.next_label.text(), page.slots["image_ref1"].error_label.text()]
    assert panel.explanation.text() == "FaceID refused reference photo 1 as too large: wider or taller than 4096 pixels."
    assert panel.next_label.text() == "What to do: Choose a photo at most 4096 pixels wide and tall."
    assert all("2 MB" not in text for text in said), said

    custom_profile(settings, "answering-bare", fixed_answer_server(400, "application/json", b'{"error": "MULTIPLE_FACES"}'))
    save_credentials("answering-bare", Credentials("k", "s"))
    switch(qtbot, window, "answering-bare")
    page.liveness_box.setCurrentIndex(page.liveness_box.findData(LivenessType.RAW_IMAGE))
    page.slots["image"].set_file(faces / "obama_1.jpg")
    qtbot.waitUntil(lambda: page.slots["image"].photo is not None, timeout=30_000)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.send_button.click()
    assert panel.error is not None and (panel.error.code, panel.error.detail) == ("MULTIPLE_FACES", "")
    assert panel.headline.text() == "FaceID could not use the photo to compare"
    assert panel.explanation.text() == "More than one face was found in the photo to compare."
    assert panel.field_label.text() == "About: the photo to compare (image)"
    assert "fail_when_multiple_faces" in panel.next_label.text()
    assert page.slots["image"].error_label.text() == "More than one face was found in the photo to compare."
    # The catalogue's words, as the command line gives them: v3's, in both languages.
    assert explain("INVALID_IMAGE_SIZE", "image_ref1", "en", v3=True) == \
        "The image named in the detail is too large: wider or taller than 4096 pixels. (image_ref1)"
    assert "2 MB" not in explain("INVALID_IMAGE_SIZE", "image_ref1", "zh_CN", v3=True)
    assert "详情" not in explain("MULTIPLE_FACES", "", "zh_CN", v3=True)


def test_a_web_session_s_details_give_its_own_request_id_and_its_comparison_s_each_copyable(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Details gave verify_result.request_id alone, as "request_id": get_result's own request_id ("每一次网页端活体检测和
    比对请求的流水号"), the one FaceID support asks for, was shown nowhere but the raw JSON."""
    from PySide6.QtGui import QGuiApplication

    from faceid_console.api import LivenessSessionResult
    from faceid_console.ui.widgets.liveness_view import LivenessView
    from tests.conftest import FIXTURES

    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    session_id, comparison_id = answer["request_id"], answer["verify_result"]["request_id"]
    view = LivenessView("en")
    qtbot.addWidget(view)
    details = view.result_view
    for verify_result in (answer["verify_result"], {"error": "INTERNAL_ERROR"}):
        view.show_result(LivenessSessionResult.parse({**answer, "images": {}, "verify_result": verify_result}), "1e-4")
        assert details.details_box.isVisibleTo(view)
        assert details.session_request_label.isVisibleTo(view)
        assert details.session_request_label.text() == f"Session request_id: {session_id}"
        assert details.request_label.text().startswith(
            f"Comparison request_id (verify_result): {comparison_id if 'error' not in verify_result else '—'}")
        details.copy_session_request.click()
        assert QGuiApplication.clipboard().text() == session_id
    view.show_result(LivenessSessionResult.parse({**answer, "images": {}}), "1e-4")
    assert details.copy_request.text() == "Copy the comparison's request_id"
    details.copy_request.click()
    assert QGuiApplication.clipboard().text() == comparison_id

    # An H5 callback has no request_id of its own: its comparison's is still named as the comparison's.
    view.show_result(LivenessSessionResult.parse({**answer, "images": {}, "request_id": None}), "1e-4")
    assert not details.session_request_label.isVisibleTo(view) and not details.copy_session_request.isVisibleTo(view)
    assert details.request_label.text().startswith(f"Comparison request_id (verify_result): {comparison_id}")


def test_the_results_page_says_which_image_choice_is_the_service_s_default(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """get_image_type 1 was preselected and nothing said the service's default is 0 ("0(默认)"): the reviewer could
    not tell the console's choice from FaceID's."""
    from faceid_console.api import GetImageType

    box = window.liveness_page.image_type_box
    assert box.currentData() == GetImageType.BEST  # the best frame: the result is given once, images with it or never
    default = box.findData(GetImageType.NONE)
    assert box.itemText(default) == "0 — no images (the service's default)"
    assert box.short_text(default) == "0 — no images (default)"
    assert all("default" not in box.itemText(i) for i in range(box.count()) if i != default)


@pytest.mark.parametrize("key", ["error", "error_message"], ids=["get_result", "h5"])
def test_a_session_s_refused_reference_photo_is_the_photo_the_next_step_is_about(qtbot, key: str) -> None:  # type: ignore[no-untyped-def]
    """"MULTIPLE_FACES: image_ref1" said "More than one face was found in reference photo 1", then "ask the applicant
    to be alone in front of the camera": a reference photo is the one the session was started with, not the
    applicant's capture, and a new session with the same photo fails the same way."""
    from faceid_console.api import LivenessSessionResult
    from faceid_console.ui.widgets.liveness_view import LivenessView

    view = LivenessView("en")
    qtbot.addWidget(view)
    panel = view.result_view.error_panel

    def step(error: str) -> str:
        view.show_result(LivenessSessionResult.parse({
            "biz_id": "1,s", "liveness_result": {"result": "success"}, "verify_result": {key: error}}), "1e-4")
        assert panel.isVisibleTo(view)
        return panel.next_label.text()

    for ref in ("image_ref1", "image_ref2", "image_ref3"):
        said = step(f"MULTIPLE_FACES: {ref}")
        number = ref.removeprefix("image_ref")
        assert panel.explanation.text() == f"More than one face was found in reference photo {number}."
        assert said.startswith(f"What to do: Crop reference photo {number}, which this session was started with, "
                               "to the applicant's face alone"), said
        assert "start a new session (get_token) with that photo" in said
        assert "in front of the camera" not in said and not DIRECT_CALL_ADVICE.search(said), said
    for code in ("NO_FACE_FOUND", "IMAGE_ERROR_UNSUPPORTED_FORMAT", "INVALID_IMAGE_SIZE"):
        said = step(f"{code}: image_ref2")
        assert said.startswith("What to do: Choose another photo for reference photo 2, which this session was "
                               "started with"), said
        assert "in front of the camera" not in said and not DIRECT_CALL_ADVICE.search(said), said
    # The applicant's own capture is still theirs to redo.
    assert "ask the applicant to be alone in front of the camera" in step("MULTIPLE_FACES: image_best")
