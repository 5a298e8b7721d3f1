"""FaceID's refusals in the window's words: by the reason an AUTHORIZATION_ERROR gives, by a parameter no page has a
field for, a service failure said as one; a connection test answered by a gateway or a busy account; the SDK token's
too-large answer, its fused error string and its options; a session's images, best frame first."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import pytest
from PIL import Image

from faceid_console.api import Credentials, LivenessType
from faceid_console.credentials import save as save_credentials
from faceid_console.ui import colours
from faceid_console.ui.colours import text_colour, text_meaning
from tests.conftest import FIXTURES

from .conftest import custom_profile
from .test_connection_errors import send_on, switch


def answering(qtbot, window, settings, fixed_answer_server, status: int, body: bytes,  # type: ignore[no-untyped-def]
              content_type: str = "application/json") -> None:
    """Make a custom profile whose host answers every call with ``body`` the active one, its check done."""
    custom_profile(settings, "answering", fixed_answer_server(status, content_type, body))
    save_credentials("answering", Credentials("k", "s"))
    switch(qtbot, window, "answering")


@pytest.mark.parametrize(("which", "answer", "headline", "step"), [
    # The v3 sign's time has passed: a clock to set, not an api_key to have enabled.
    ("token", {"error": "AUTHORIZATION_ERROR: EXPIRED_SIGN"}, "FaceID found the request's signature expired",
     "Check this computer's date, time and time zone"),
    ("token", {"error": "AUTHORIZATION_ERROR:INVALID_SIGN"}, "FaceID found the request's signature invalid",
     "Check this profile's api_key and api_secret in Settings (Ctrl+,)"),
    ("token", {"error": "AUTHORIZATION_ERROR: MORE_RETRY_TIMES"}, "FaceID's limit of comparison retries is reached",
     "FaceID takes no more comparison attempts for now"),
    ("token", {"error": "AUTHORIZATION_ERROR: IP_NOT_ALLOWED"}, "FaceID refuses calls from this IP address",
     "Ask your FaceID account administrator to allow calls from this network's public IP address"),
    ("token", {"error": "AUTHORIZATION_ERROR: API_KEY_BE_DISCONTINUED"}, "This api_key has been disabled",
     "Ask your FaceID account administrator whether this api_key can be enabled again"),
    ("token", {"error": "AUTHORIZATION_ERROR: NO_VERIFY_PERMISSION"}, "This api_key may not run face comparisons",
     "Use KYC verification instead (comparison_type 1)"),
    # verify's spelling of the reasons, as get_biz_token's
    ("verify", {"error_message": "AUTHORIZATION_ERROR: No data source permission.", "request_id": "1,k"},
     "This api_key may not run KYC checks", "Compare with reference photos instead (comparison_type 0)"),
    ("verify", {"error_message": "AUTHORIZATION_ERROR: Limit reached.", "request_id": "1,l"},
     "This test api_key has reached its call limit", "This test api_key has used up its calls. Ask your FaceID account administrator for "
     "a production api_key"),
    ("results", {"error_message": "AUTHORIZATION_ERROR: Denied.", "request_id": "1,d"},
     "This api_key is not allowed this call",
     "Ask your FaceID account administrator to enable this api_key for this call."),
], ids=["expired-sign", "invalid-sign", "retries", "ip", "disabled", "no-comparison", "no-kyc", "limit", "denied"])
def test_an_authorization_error_is_headed_and_advised_by_its_reason(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, fixed_answer_server, which: str, answer: dict[str, str],
        headline: str, step: str) -> None:
    """"AUTHORIZATION_ERROR: EXPIRED_SIGN" was headed "FaceID did not accept this profile's api_key", explained "check
    the workstation clock", and advised "Ask your FaceID account administrator to enable this api_key": every reason
    got the same headline and advice, whatever its explanation said."""
    answering(qtbot, window, settings, fixed_answer_server, 403, json.dumps(answer).encode())
    panel = send_on(qtbot, window, which, faces)
    assert panel.error is not None and panel.error.code == "AUTHORIZATION_ERROR"
    assert panel.headline.text() == headline
    assert panel.next_label.text().startswith("What to do: " + step)
    if which == "token" and "EXPIRED_SIGN" in answer["error"]:  # the explanation says the same
        assert "check the workstation clock" in panel.explanation.text()
        assert "administrator" not in panel.next_label.text()


@pytest.mark.parametrize(("which", "answer", "about", "step"), [
    ("results", {"error_message": "MISSING_ARGUMENTS: api_key", "request_id": "1,g"},
     "About: this profile's api_key (api_key)",
     "The api_key and api_secret are not fields of this page: they are this profile's, in Settings (Ctrl+,)."),
    ("verify", {"error_message": "BAD_ARGUMENTS: api_secret", "request_id": "1,h"},
     "About: this profile's api_secret (api_secret)",
     "The api_key and api_secret are not fields of this page: they are this profile's, in Settings (Ctrl+,)."),
    ("token", {"error": "BAD_ARGUMENTS: sign_version"}, "About: the signature's version (sign_version)",
     "The console signs each request itself"),
    ("token", {"error": "MISSING_ARGUMENTS: sign"}, "About: the request's signature (sign)",
     "The console signs each request itself"),
    ("verify", {"error_message": "BAD_ARGUMENTS: face_image_type", "request_id": "1,f"}, "About: face_image_type",
     "The console sends face_image_type itself, as the documents give it: nothing on this page sets it."),
    ("token", {"error": "BAD_ARGUMENTS: liveness_timeout"}, "About: liveness_timeout",
     "Check how liveness_timeout is set on this page (its option or choice)"),
], ids=["missing-api_key", "bad-api_secret", "bad-sign_version", "missing-sign", "face_image_type", "option"])
def test_a_parameter_no_page_has_a_field_for_points_to_where_it_comes_from(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, fixed_answer_server, which: str, answer: dict[str, str], about: str,
        step: str) -> None:
    """"MISSING_ARGUMENTS: api_key" said "About: api_key" and "Fill in the field that is marked": no page has such a
    field, and nothing was marked. The credentials are the profile's, in Settings; the signature is the console's."""
    answering(qtbot, window, settings, fixed_answer_server, 400, json.dumps(answer).encode())
    panel = send_on(qtbot, window, which, faces)
    assert panel.error is not None and panel.error.code in ("MISSING_ARGUMENTS", "BAD_ARGUMENTS")
    assert panel.field_label.isVisibleTo(panel) and panel.field_label.text() == about
    assert panel.next_label.text().startswith("What to do: " + step)
    assert "marked" not in panel.next_label.text()


def test_a_refused_biz_id_is_marked_where_the_advice_says(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, fixed_answer_server) -> None:
    """"BAD_ARGUMENTS: biz_id" said "Correct the field that is marked" with no field marked."""
    body = {"error_message": "BAD_ARGUMENTS: biz_id", "request_id": "1,f"}
    answering(qtbot, window, settings, fixed_answer_server, 400, json.dumps(body).encode())
    panel = send_on(qtbot, window, "results", faces)
    assert panel.next_label.text() == "What to do: Correct the field that is marked."
    problem = window.liveness_page.biz_field.problem
    assert problem.isVisibleTo(window.liveness_page) and problem.text() == panel.explanation.text()


def test_a_missing_parameter_faceid_does_not_name_sends_to_no_mark(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, fixed_answer_server) -> None:
    """"MISSING_ARGUMENTS" alone (the web-liveness document writes it so) said "Fill in the field that is marked"."""
    body = {"error_message": "MISSING_ARGUMENTS", "request_id": "1,m"}
    answering(qtbot, window, settings, fixed_answer_server, 400, json.dumps(body).encode())
    panel = send_on(qtbot, window, "results", faces)
    assert not panel.field_label.isVisibleTo(panel)
    assert panel.next_label.text().startswith("What to do: FaceID did not say which parameter")


@pytest.mark.parametrize("which", ["results", "token", "verify"])
def test_faceid_s_internal_error_is_said_as_its_failure_not_a_refusal(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, fixed_answer_server, which: str) -> None:
    """A 500 INTERNAL_ERROR was headed "FaceID refused the request": FaceID failed, the request was not refused."""
    body = {"error": "INTERNAL_ERROR"} if which == "token" else {"error_message": "INTERNAL_ERROR", "request_id": "1,i"}
    answering(qtbot, window, settings, fixed_answer_server, 500, json.dumps(body).encode())
    panel = send_on(qtbot, window, which, faces)
    assert panel.error is not None and (panel.error.code, panel.error.http_status) == ("INTERNAL_ERROR", 500)
    assert panel.headline.text() == "FaceID had an internal error"


def test_a_gateway_s_instant_502_is_not_said_to_be_no_answer_in_time(  # type: ignore[no-untyped-def]
        qtbot, window, settings, fixed_answer_server) -> None:
    """The connection test said "no answer in time. The network or the service is slow" of a 502 page that came at
    once: a gateway answered, with an error."""
    page = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>nginx</body></html>"
    answering(qtbot, window, settings, fixed_answer_server, 502, page, "text/html")
    assert window.connection.check_result.outcome.value == "gateway_error"
    label = window.connection_label.text()
    assert "a gateway or proxy on the way answered with an error (HTTP 502) instead of FaceID" in label
    assert "no answer in time" not in label and "slow" not in label
    assert label.endswith("[GATEWAY_ERROR]") and text_colour(window.connection_label) == colours.FAIL


@pytest.mark.parametrize(("status", "body"), [
    (403, {"error_message": "CONCURRENCY_LIMIT_EXCEEDED", "request_id": "1,e"}),  # v2's documented status
    (429, {"error_message": "CONCURRENCY_LIMIT_EXCEEDED", "request_id": "1,e"}),  # some v3 pages'
], ids=["403", "429"])
def test_a_busy_account_s_connection_test_says_its_credentials_are_accepted(  # type: ignore[no-untyped-def]
        qtbot, window, settings, fixed_answer_server, status: int, body: dict[str, str]) -> None:
    """"the service answered with an error. [CONCURRENCY_LIMIT_EXCEEDED]": FaceID counts the calls against the account,
    so the api_key and api_secret were accepted."""
    answering(qtbot, window, settings, fixed_answer_server, status, json.dumps(body).encode())
    assert window.connection.check_result.outcome.value == "busy"
    label = window.connection_label.text()
    assert "the api_key and api_secret are accepted" in label and "(concurrency limit)" in label
    assert "answered with an error" not in label
    assert text_meaning(window.connection_label) == colours.CAUTION  # usable once its calls in flight end


@pytest.mark.parametrize(("content_type", "body"), [
    ("text/plain", b"Request Entity Too Large"),
    ("text/html", b"<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request "
                  b"Entity Too Large</h1></center><hr><center>nginx</center></body></html>"),
], ids=["plain", "html"])
def test_an_sdk_token_refused_as_too_large_is_a_proxy_s_limit_whatever_its_page(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, fixed_answer_server, content_type: str, body: bytes) -> None:
    """A plain-text 413 was "FaceID refused the request … Choose smaller photos", an HTML one "refused as too large on
    the way to FaceID": the SDK token's request (at most three 2 MB photos) is far below FaceID's 20 MB."""
    answering(qtbot, window, settings, fixed_answer_server, 413, body, content_type)
    panel = send_on(qtbot, window, "token", faces)
    assert panel.error is not None and panel.error.code == "Request Entity Too Large"
    assert panel.headline.text() == "The request was refused as too large on the way to FaceID"
    assert "far below FaceID's 20 MB limit for an SDK token" in panel.explanation.text()
    assert panel.next_label.text().startswith("What to do: Check this profile's address in Settings (Ctrl+,).")


def test_an_sdk_token_s_too_large_photo_written_without_a_colon_is_named(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, fixed_answer_server) -> None:
    """"INVALID_IMAGE_SIZEimage_ref1", as get_biz_token's document writes it, was "Unknown error", its billing not
    known."""
    answering(qtbot, window, settings, fixed_answer_server, 400, b'{"error": "INVALID_IMAGE_SIZEimage_ref1"}')
    panel = send_on(qtbot, window, "token", faces)
    assert panel.error is not None and (panel.error.code, panel.error.detail) == ("INVALID_IMAGE_SIZE", "image_ref1")
    assert panel.headline.text() == "FaceID could not use reference photo 1"
    assert panel.billed_label.text() == "Not billed."
    assert window.token_page.slots["image_ref1"].error_label.text().startswith("FaceID refused reference photo 1")


def test_the_still_liveness_timeout_s_label_says_its_default(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """With still chosen the timeout became 60, the documents' default for the mirror step, while its label still
    said "default 10"."""
    page = window.token_page
    label, spin = page.int_labels["liveness_timeout"], page.int_edits["liveness_timeout"]
    page.liveness_box.setCurrentIndex(page.liveness_box.findData(LivenessType.STILL))
    assert (spin.value(), label.text()) == (60, "liveness_timeout (5–60, default 60):")
    page.liveness_box.setCurrentIndex(page.liveness_box.findData(LivenessType.MEGLIVE))
    assert (spin.value(), label.text()) == (10, "liveness_timeout (5–60, default 10):")


def test_a_session_s_best_frame_is_shown_first(  # type: ignore[no-untyped-def]
        qtbot, window, settings, faces: Path, fixed_answer_server) -> None:
    """The answer lists image_action1..3 before image_best (as the documents' example does), and so did the page."""
    buffer = io.BytesIO()
    with Image.open(faces / "obama_1.jpg") as source:
        source.convert("RGB").resize((64, 64)).save(buffer, "JPEG")
    picture = "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode()
    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    assert list(answer["images"])[-1] == "image_best"
    answer["images"] = dict.fromkeys(answer["images"], picture)
    answering(qtbot, window, settings, fixed_answer_server, 200, json.dumps(answer).encode())
    page = window.liveness_page
    page.biz_edit.setText(answer["biz_id"])
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.fetch_button.click()
    gallery = page.view.gallery
    qtbot.waitUntil(lambda: len(gallery.images) == 4, timeout=30_000)
    assert list(gallery.buttons) == ["image_best", "image_action1", "image_action2", "image_action3"]
