"""The command line explains a refusal as the window does: what is wrong in plain words, the refused value, the
field of a malformed callback, and what to do next (never the library's bare message alone)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from faceid_console import cli
from tests.http_stub import Stub

SECRET = "cli-words-secret-0123456789"
ASKED, OTHER = "1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1", "1462259748,another-session"


@pytest.fixture
def console(monkeypatch: pytest.MonkeyPatch,
            capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Runs ``faceid-console ARGS`` in-process; returns (exit code, standard output, standard error)."""
    monkeypatch.setenv("FACEID_API_KEY", "cli-words-key")
    monkeypatch.setenv("FACEID_API_SECRET", SECRET)

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = cli.main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err
    return run


@pytest.fixture
def host() -> Iterator[Callable[[dict], str]]:
    """A loopback host answering every request with a fixed JSON answer; returns its base URL."""
    stubs: list[Stub] = []

    def start(answer: dict) -> str:
        stub = Stub(lambda n, path: (200, "application/json", json.dumps(answer).encode()))
        stubs.append(stub)
        return stub.url
    yield start
    for stub in stubs:
        stub.close()


def test_a_verify_summary_shows_the_refused_number_as_it_came_and_the_window_s_explanation(
        console, host, faces: Path) -> None:  # type: ignore[no-untyped-def]
    """The summary said only "not a FaceID response (…) (result_ref1.confidence)": not what was wrong with it."""
    url = host({"request_id": "1,r", "time_used": 3, "result_ref1": {"confidence": 100.0000001,
                                                                      "thresholds": {"1e-3": 62.0}}})
    code, out, err = console("verify", "--summary", "--base-url", url, "--comparison-type", "0", "--uuid", "U",
                             "--image", str(faces / "obama_1.jpg"), "--image-ref1", str(faces / "obama_2.jpg"))
    assert code == cli.EXIT_API_ERROR and not out
    lines = err.splitlines()
    assert lines[0] == "error: INVALID_RESPONSE: result_ref1.confidence"
    assert lines[1] == ("  The server's answer is not a FaceID answer: its field result_ref1.confidence is missing or "
                        "not as FaceID sends it.")
    assert lines[2] == "  (response field result_ref1.confidence is 100.0000001, outside FaceID's range of 0 to 100)"
    assert lines[3].startswith("hint: ") and "--base-url" in lines[3]


def test_another_session_s_answer_is_explained_with_both_biz_ids_and_what_to_do(console, host) -> None:  # type: ignore[no-untyped-def]
    """It was "not a FaceID response" with advice to check --base-url: the answer is FaceID's, another session's."""
    url = host({"request_id": "1,r", "time_used": 3, "biz_id": OTHER, "liveness_result": {"result": "success"}})
    code, _, err = console("get-result", "--summary", "--base-url", url, "--biz-id", ASKED)
    assert code == cli.EXIT_API_ERROR
    assert f"biz_id {ASKED} was looked up, but the answer is for biz_id {OTHER}." in err
    assert "caching proxy" in err and "not a FaceID response" not in err
    hint = next(line for line in err.splitlines() if line.startswith("hint: "))
    assert "get-result for this --biz-id again" in hint and "Do not decide on this answer" in hint
    assert "--base-url" not in hint
    code, out, _ = console("get-result", "--json", "--base-url", url, "--biz-id", ASKED)
    printed = json.loads(out)
    assert printed["error"]["code"] == "INVALID_RESPONSE" and printed["error"]["detail"] == "response.biz_id"
    assert printed["explanation"].startswith("This answer is for another liveness session: ")
    assert printed["hint"] == cli.OTHER_SESSION_HINT


def test_a_look_up_refused_as_too_large_is_not_told_to_use_smaller_photos(console) -> None:  # type: ignore[no-untyped-def]
    """get-result's hint for an HTTP 413 was "use smaller photos": a look-up sends none, only the biz_id."""
    stub = Stub(lambda n, path: (413, "text/plain", b"Request Entity Too Large"))
    try:
        code, out, _ = console("get-result", "--json", "--base-url", stub.url, "--biz-id", ASKED)
    finally:
        stub.close()
    printed = json.loads(out)
    assert code == cli.EXIT_API_ERROR and printed["error"]["code"] == "Request Entity Too Large"
    assert printed["hint"] == cli.GET_RESULT_TOO_LARGE_HINT and "smaller photos" not in printed["hint"]
    # Its explanation too: the catalogue's quoted verify's 2 MB and the SDK token's 20 MB beside the hint.
    assert printed["explanation"].startswith("The look-up was refused as too large, though it sends no photos")
    assert "2 MB" not in printed["explanation"]


def test_a_look_up_behind_a_gateway_that_gave_up_is_not_said_to_be_maybe_billed(console) -> None:  # type: ignore[no-untyped-def]
    """get-result's explanation of a gateway's 504 said "may still have been processed (and billed)": fetching a
    result is not billed; the risk is the result, which FaceID gives only once."""
    stub = Stub(lambda n, path: (504, "text/html", b"<html><h1>504 Gateway Time-out</h1></html>"))
    try:
        code, out, _ = console("get-result", "--json", "--base-url", stub.url, "--biz-id", ASKED)
    finally:
        stub.close()
    printed = json.loads(out)
    assert code == cli.EXIT_API_ERROR and printed["error"]["code"] == "GATEWAY_ERROR"
    assert printed["error"]["outcome_unknown"] is True
    assert "billed" not in printed["explanation"] and "it gives a result only once" in printed["explanation"]


def test_a_session_refused_as_too_large_is_told_of_its_reference_photos_and_a_proxy(console, faces) -> None:  # type: ignore[no-untyped-def]
    """get-token's 413 said verify's 2 MB and the SDK token's 20 MB, and to use smaller photos, also for a KYC
    session, which sends none."""
    stub = Stub(lambda n, path: (413, "text/html", b"<html>413 Request Entity Too Large</html>"))
    try:
        code, _, err = console("get-token", "--summary", "--base-url", stub.url, "--comparison-type", "0",
                               "--uuid", "U-1", "--image-ref1", str(faces / "obama_1.jpg"),
                               "--return-url", "https://example.com/back", "--notify-url", "https://example.com/n")
    finally:
        stub.close()
    assert code == cli.EXIT_API_ERROR
    lines = err.splitlines()
    assert lines[0] == "error: Request Entity Too Large (HTTP 413)"
    assert lines[1] == ("  The request to start the session was too large for FaceID or a proxy on the way. Its "
                        "reference photos are what make it large.")
    hint = next(line for line in lines if line.startswith("hint: "))
    assert "--image-ref1..3" in hint and "KYC" in hint and "--base-url" in hint


def test_an_sdk_token_refused_as_too_large_is_said_to_be_stopped_on_the_way_to_faceid(console, faces) -> None:  # type: ignore[no-untyped-def]
    """biz-token's 413 quoted verify's 2 MB and the SDK token's 20 MB, with no hint at all: its photos (at most 2 MB
    each) keep it far below FaceID's limit, so a proxy on the way refused it, as the App token page says."""
    stub = Stub(lambda n, path: (413, "text/html", b"<html>413 Request Entity Too Large</html>"))
    args = ("biz-token", "--base-url", stub.url, "--liveness-type", "still", "--comparison-type", "0", "--uuid", "U-1",
            "--image-ref1", str(faces / "obama_1.jpg"))
    try:
        code, _, err = console(*args, "--summary")
        json_code, out, _ = console(*args, "--json")
    finally:
        stub.close()
    assert code == json_code == cli.EXIT_API_ERROR
    lines = err.splitlines()
    assert lines[0] == "error: Request Entity Too Large (HTTP 413)"
    assert lines[1] == ("  The request was refused as too large, though its photos (at most 2 MB each) keep it far "
                        "below FaceID's 20 MB limit for an SDK token. A proxy between here and FaceID is the likely "
                        "cause.")
    hint = next(line for line in lines if line.startswith("hint: "))
    assert "too large on the way to FaceID" in hint and "--base-url" in hint and "--image-ref1..3" in hint
    printed = json.loads(out)
    assert printed["hint"] == cli.TOO_LARGE_BY_COMMAND["biz-token"][1] and "20 MB" in printed["explanation"]


def _callback(tmp_path: Path, data: str, secret: str = SECRET) -> str:
    path = tmp_path / "callback.txt"
    sign = hashlib.sha1((secret + data).encode()).hexdigest()
    path.write_text(urlencode({"data": data, "sign": sign}))
    return str(path)


def test_check_callback_names_a_malformed_field_and_says_what_to_do(console, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """It printed only "response field liveness_result is not an object": no value, no advice."""
    data = json.dumps({"biz_id": ASKED, "liveness_result": "oops"})
    code, out, _ = console("check-callback", _callback(tmp_path, data))
    printed = json.loads(out)
    assert code == cli.EXIT_OK and printed["signature_valid"] is True
    payload = printed["payload"]
    assert payload["error"]["code"] == "INVALID_RESPONSE"  # for scripts, as before
    assert payload["field"] == "liveness_result"
    assert payload["explanation"] == 'The field liveness_result should be an object ({…}), but it is text: "oops"'
    assert payload["next_step"].startswith("The signature is valid, so FaceID sent the data this way")
    assert "Report the field to FaceID" in payload["next_step"]

    code, out, _ = console("check-callback", _callback(tmp_path, data, secret="another-secret-0123456789"))
    payload = json.loads(out)["payload"]
    assert code == 3 and payload["field"] == "liveness_result"  # not confirmed; 1 is an API or network error
    assert payload["next_step"].startswith("The signature does not match: this data was changed or is not from FaceID")


@pytest.mark.parametrize(
    ("data", "field", "explanation"),
    [
        ({"biz_id": ASKED, "liveness_result": {"result": "success", "face_genuineness": {"mask_confidence": 1.5}}},
         "liveness_result.face_genuineness.mask_confidence",
         "The field liveness_result.face_genuineness.mask_confidence should be a number from 0 to 1, but it is a "
         "number: 1.5"),
        ({"biz_id": ASKED, "liveness_result": {}}, "liveness_result.result",
         "The field liveness_result.result is missing: a callback's data must have it."),
        ([1, 2], "data", "The data is a list, not an object: a callback's data is a JSON object of fields ([1, 2])."),
    ],
)
def test_check_callback_explains_each_kind_of_malformed_data(  # type: ignore[no-untyped-def]
        console, tmp_path: Path, data: object, field: str, explanation: str) -> None:
    code, out, _ = console("check-callback", _callback(tmp_path, json.dumps(data)))
    payload = json.loads(out)["payload"]
    assert code == cli.EXIT_OK and (payload["field"], payload["explanation"]) == (field, explanation)


def test_check_callback_explains_data_that_is_not_json(console, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = console("check-callback", _callback(tmp_path, "{not json"))
    assert code == cli.EXIT_OK  # the signature is valid: the data, not the callback, is what is wrong
    payload = json.loads(out)["payload"]
    assert payload["error"]["detail"] == "data" and payload["explanation"].startswith("data is not valid JSON")


#: Each session status whose answer has no liveness result: the line that says what happened, and words of its hint.
NO_RESULT_STATUSES = {
    "NOT_STARTED": ("NOT STARTED: the applicant has not begun the check", "wait for the applicant to do the check"),
    "PROCESSING": ("IN PROGRESS: the applicant is doing the check", "Decide on that result, not on this answer"),
    "WEBRTC_UNSUPPORTED": ("FAILED: the applicant's browser could not run the check", "open the link in another browser"),
    "FAILED": ("FAILED: the check broke off before a result", "contact FaceID support"),
    "CANCELLED": ("CANCELLED: the applicant left the check", "go through the check to the end"),
    "TIMEOUT": ("TIMED OUT: the applicant did not finish in time", "go through the check to the end"),
}


@pytest.mark.parametrize("status", list(NO_RESULT_STATUSES))
def test_a_session_without_a_liveness_result_says_what_happened_and_what_to_do(  # type: ignore[no-untyped-def]
        console, host, status: str) -> None:
    """The summary said "status: CANCELLED" and nothing more: not what that means for the applicant, nor what next."""
    url = host({"request_id": "1,r", "time_used": 3, "biz_id": ASKED, "biz_no": "order-5", "status": status})
    code, out, _ = console("get-result", "--summary", "--base-url", url, "--biz-id", ASKED)
    assert code == 3  # not confirmed: a script read 0 as "confirmed" for a session the applicant cancelled
    lines = out.splitlines()
    headline, step = NO_RESULT_STATUSES[status]
    assert lines[0] == f"biz_id: {ASKED}   biz_no: order-5   status: {status}"
    assert lines[1] == headline
    assert lines[2].startswith("  ") and "no liveness result" in lines[2]
    assert lines[3].startswith("hint: ") and step in lines[3]
    assert ("start a new session with get-token" in lines[3]) == (status != "PROCESSING")


@pytest.mark.parametrize("status", ["CANCELLED", "NOT_STARTED"])
def test_a_session_without_a_liveness_result_is_explained_in_json_too(console, host, status: str) -> None:  # type: ignore[no-untyped-def]
    """--json printed the bare answer: a script had the status but not what it means or what to do next, which the
    summary says and an error's JSON carries."""
    url = host({"request_id": "1,r", "time_used": 3, "biz_id": ASKED, "biz_no": "order-5", "status": status,
                "fail_reason": "NETWORK_ERROR" if status == "CANCELLED" else ""})
    code, out, _ = console("get-result", "--json", "--base-url", url, "--biz-id", ASKED)
    assert code == 3
    answer = json.loads(out)
    assert answer["status"] == status and answer["biz_id"] == ASKED  # the answer's own fields stay as they were
    assert "no liveness result" in answer["explanation"]
    assert answer["hint"] == ("ask the applicant to move to a stable network (Wi-Fi or a stronger signal); then start "
                              "a new session with get-token and send them its liveness_url" if status == "CANCELLED"
                              else "wait for the applicant to do the check: FaceID calls the notify_url when they "
                              "finish (check-callback checks what it posts). If they lost the link or it has expired, "
                              "start a new session with get-token and send them its liveness_url")
    assert ("fail_reason NETWORK_ERROR: " in answer["explanation"]) == (status == "CANCELLED")


def test_a_session_whose_comparison_carries_no_score_is_not_confirmed(console, host) -> None:  # type: ignore[no-untyped-def]
    """An answer with "verify_result": {} (no score, no error) recorded no verdict, and get-result exited 0, which a
    script reads as "confirmed"."""
    url = host({"request_id": "1,r", "time_used": 3, "biz_id": ASKED, "status": "OK",
                "liveness_result": {"result": "success"}, "verify_result": {}})
    code, out, _ = console("get-result", "--json", "--base-url", url, "--biz-id", ASKED)
    assert code == 3, out


def test_a_session_s_refused_reference_photo_is_the_photo_the_hint_is_about(console, host) -> None:  # type: ignore[no-untyped-def]
    """"MULTIPLE_FACES: image_ref1" hinted "the applicant's liveness photo (image_ref1) could not be compared: start a
    new session with get-token, with the applicant alone in front of the camera": image_ref1 is the reference photo
    get-token was given, and a new session with it fails the same way."""
    def answered(error: str) -> tuple[int, str, dict]:
        answer = {"request_id": "1,r", "time_used": 3, "biz_id": ASKED, "liveness_result": {"result": "success"},
                  "verify_result": {"error": error}}
        code, out, _ = console("get-result", "--summary", "--base-url", host(answer), "--biz-id", ASKED)
        _, printed, _ = console("get-result", "--json", "--base-url", host(answer), "--biz-id", ASKED)
        return code, out, json.loads(printed)["verify_result"]

    code, out, printed = answered("MULTIPLE_FACES: image_ref1")
    assert code == 3
    hint = ("--image-ref1 of the get-token that started this session holds several faces: crop it to the applicant's "
            "face alone, or give another photo of the applicant alone; the comparison is not run again for this "
            "session: start a new session with get-token with that photo")
    assert f"  hint: {hint}" in out.splitlines() and printed["hint"] == hint
    assert "in front of the camera" not in out
    _, out, printed = answered("NO_FACE_FOUND: image_ref3")
    assert printed["hint"].startswith("--image-ref3 of the get-token that started this session could not be "
                                      "compared: give another photo of the applicant's face")
    assert f"  hint: {printed['hint']}" in out.splitlines() and "in front of the camera" not in out
    # The applicant's own capture is still theirs to redo.
    assert "the applicant alone in front of the camera" in answered("MULTIPLE_FACES: image_best")[2]["hint"]


@pytest.mark.parametrize(("photo", "datasource", "code", "said"), [
    (85.0, 80.0, cli.EXIT_OK, "MATCH at the policy level 1e-4: confidence 85.00 ≥ threshold 69.00 (result_idcard_photo: "
                              "against the ID card's photo; the answer has no result_faceid or result_ref score)"),
    # Nothing ties the card to the data source: it needs a reviewer, so 3, not 0 ("confirmed").
    (85.0, None, cli.EXIT_BELOW_POLICY, "NEEDS REVIEW: the ID card is not checked against the data source at the "
                                        "policy level 1e-4: confidence 85.00 ≥ threshold 69.00 (result_idcard_photo: "
                                        "against the ID card's photo; the answer has no result_faceid or result_ref "
                                        "score); nothing in the answer compares that card with the data source's "
                                        "photo: check the card itself before approving"),
    (65.0, 80.0, cli.EXIT_BELOW_POLICY, "BELOW THE POLICY LEVEL 1e-4: confidence 65.00 < threshold 69.00 "
                                        "(result_idcard_photo: against the ID card's photo; the answer has no "
                                        "result_faceid or result_ref score); meets 1e-3 only"),
    # No verdict confirms nothing: 3, as verify exits on it (it exited 0, which a script reads as "confirmed").
    (None, 80.0, cli.EXIT_BELOW_POLICY, "NO VERDICT: the answer has only result_idcard_datasource, the ID card's photo against "
                              "the data source's; no score compares the live face."),
], ids=["match", "match_card_unchecked", "below", "card_against_data_source_only"])
def test_a_session_with_only_id_card_scores_is_judged_against_the_card_s_photo(  # type: ignore[no-untyped-def]
        console, host, photo: float | None, datasource: float | None, code: int, said: str) -> None:
    """A comparison with result_idcard_photo but neither result_faceid nor result_refN was "NO VERDICT: the answer
    holds no score." and exited 0 whatever its confidence: result_idcard_photo is the live face against the ID card's
    photo, with its own thresholds ("同result_faceid"), judged as the window judges it."""
    thresholds = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 79.0}
    scores = {"result_idcard_photo": photo, "result_idcard_datasource": datasource}
    url = host({"request_id": "1,r", "time_used": 3, "biz_id": ASKED, "liveness_result": {"result": "success"},
                "verify_result": {key: {"confidence": value, "thresholds": thresholds}
                                  for key, value in scores.items() if value is not None}})
    exit_code, out, _ = console("get-result", "--summary", "--base-url", url, "--biz-id", ASKED)
    assert exit_code == code, out
    assert said in out.splitlines()
    # The score table marks it as the score the verdict is decided on.
    assert any(line.startswith("result_idcard_photo *") for line in out.splitlines()) == (photo is not None)


def test_a_match_on_an_id_card_whose_data_source_comparison_has_no_threshold_for_the_level_exits_3(  # type: ignore[no-untyped-def]
        console, host) -> None:
    """result_idcard_datasource without a threshold for the policy level (1e-5) said "MATCH" and exited 0: nothing
    checked the card against the data source at that level, so it needs a reviewer, as with no such score at all."""
    thresholds = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 79.0}
    url = host({"request_id": "1,r", "time_used": 3, "biz_id": ASKED, "liveness_result": {"result": "success"},
                "verify_result": {
                    "result_idcard_photo": {"confidence": 85.0, "thresholds": thresholds},
                    "result_idcard_datasource": {"confidence": 85.0, "thresholds": {
                        level: value for level, value in thresholds.items() if level != "1e-5"}}}})
    exit_code, out, _ = console("get-result", "--summary", "--level", "1e-5", "--base-url", url,
                                "--biz-id", ASKED)
    assert exit_code == cli.EXIT_BELOW_POLICY, out
    assert ("NEEDS REVIEW: the ID card is not checked against the data source at the policy level 1e-5: confidence "
            "85.00 ≥ threshold 74.00 (result_idcard_photo: against the ID card's photo; the answer has no "
            "result_faceid or result_ref score); result_idcard_datasource has no 1e-5 threshold, so it does not say "
            "that card is the data source's: check the card itself before approving") in out.splitlines()
    # A script reading the JSON gets the same exit code; at a level the comparison has a threshold for, a match.
    assert console("get-result", "--json", "--level", "1e-5", "--base-url", url, "--biz-id", ASKED)[0] == \
        cli.EXIT_BELOW_POLICY
    assert console("get-result", "--json", "--level", "1e-4", "--base-url", url, "--biz-id", ASKED)[0] == \
        cli.EXIT_OK


def _raw_host(answer: bytes | None = None, *, drain: bool = False) -> tuple[str, Callable[[], None]]:
    """A host that reads each request's head, sends ``answer`` (nothing: it hangs up at once) and, with ``drain``,
    reads until the client hangs up (nothing left unread to reset); returns its URL and how to stop it."""
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            with connection:
                connection.settimeout(5)
                received = b""
                while b"\r\n\r\n" not in received and (chunk := connection.recv(65536)):
                    received += chunk
                if answer is not None:
                    connection.sendall(answer)
                while drain and connection.recv(65536):
                    pass

    threading.Thread(target=serve, daemon=True).start()
    return f"http://127.0.0.1:{listener.getsockname()[1]}", listener.close


def _hanging_up_host() -> tuple[str, Callable[[], None]]:
    """A host that reads each request and hangs up without an answer."""
    return _raw_host()


def _breaking_off_host() -> tuple[str, Callable[[], None]]:
    """A host that reads each request, answers with a head and part of the body it announces, then hangs up."""
    return _raw_host(b"HTTP/1.1 200 OK\r\nContent-Length: 400\r\n\r\n{\"request_id\": ")


def _undecodable_host() -> tuple[str, Callable[[], None]]:
    """A host that answers each request whole, its body said to be gzip and not gzip (a proxy's broken compression)."""
    body = b'{"request_id": "1,r"}'
    return _raw_host(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
                     b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body), drain=True)


def _untrusted_tls_host() -> tuple[str, Callable[[], None]]:
    """A TLS host whose certificate an authority of its own signed (as a proxy that inspects HTTPS does)."""
    import socket
    import ssl
    import threading

    import trustme

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme.CA().issue_cert("localhost").configure_cert(context)
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                raw, _ = listener.accept()
            except OSError:
                return
            try:
                context.wrap_socket(raw, server_side=True).close()
            except OSError:
                raw.close()  # the client refused the certificate

    threading.Thread(target=serve, daemon=True).start()
    return f"https://localhost:{listener.getsockname()[1]}", listener.close


@pytest.mark.parametrize(("start", "code", "hinted"), [
    (_hanging_up_host, "CONNECTION_CLOSED", "'faceid-console history list --status unknown'"),
    (_breaking_off_host, "ANSWER_BROKE_OFF", "'faceid-console history list --status unknown'"),
    (_undecodable_host, "ANSWER_UNDECODABLE", "could not be decoded (a proxy on the way, or the service, sent a broken "
                                              "compressed body): the call may have been processed"),
    (_untrusted_tls_host, "TLS_FAILED", "set REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt"),
])
def test_a_connection_closed_an_answer_broken_off_or_undecodable_or_a_certificate_not_trusted_gets_its_own_hint(  # type: ignore[no-untyped-def]
        console, start, code: str, hinted: str) -> None:
    """Each was "no answer in time: raise --timeout" or "the host cannot be reached", which sent the user to the
    wrong fix."""
    url, stop = start()
    try:
        status, out, _ = console("get-result", "--json", "--base-url", url, "--biz-id", ASKED)
    finally:
        stop()
    printed = json.loads(out)
    assert status == cli.EXIT_API_ERROR and printed["error"]["code"] == code
    assert hinted in printed["hint"] and "--timeout" not in printed["hint"]
    assert printed["error"]["outcome_unknown"] is (code != "TLS_FAILED")


def test_an_answer_that_cannot_be_decoded_is_explained_as_such_with_its_outcome_unknown(console) -> None:  # type: ignore[no-untyped-def]
    """A gzip answer whose body is not gzip was "the answer … broke off: ContentDecodingError" under NETWORK_TIMEOUT,
    with "no answer in time: raise --timeout": it came whole and could not be read."""
    url, stop = _undecodable_host()
    try:
        status, out, _ = console("get-result", "--json", "--base-url", url, "--biz-id", ASKED)
        _, _, summary = console("get-result", "--summary", "--base-url", url, "--biz-id", ASKED)
    finally:
        stop()
    printed = json.loads(out)
    assert status == cli.EXIT_API_ERROR
    assert (printed["error"]["code"], printed["error"]["http_status"]) == ("ANSWER_UNDECODABLE", 200)
    assert printed["error"]["outcome_unknown"] is True and printed["error"]["billed"] is None
    assert printed["error"]["message"] == (f"the answer from {url} came, but its body could not be decoded as its "
                                           "Content-Encoding says (gzip)")
    assert printed["explanation"].startswith("The answer came, but could not be decoded: it says its body is "
                                             "compressed (Content-Encoding)")
    assert "it gives a result only once" in printed["explanation"]  # a look-up is not billed: its result is at risk
    lines = summary.splitlines()
    assert lines[0] == "error: ANSWER_UNDECODABLE (HTTP 200)"
    assert "broke off" not in summary and "--timeout" not in summary
    assert next(line for line in lines if line.startswith("hint: ")).startswith(
        "hint: the answer came but could not be decoded")


def test_a_photo_cut_off_is_told_to_be_copied_again_not_that_it_is_not_a_photo(console, faces, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A JPEG cut off half-way (a copy or download that broke off) was hinted "--image-ref1 is not a readable photo:
    give a JPEG or PNG file": it is one, and its whole file is what to give."""
    photo = (faces / "obama_2.jpg").read_bytes()
    cut = tmp_path / "reference.jpg"
    cut.write_bytes(photo[: len(photo) // 2])
    code, out, _ = console("verify", "--json", "--base-url", "http://127.0.0.1:9", "--comparison-type", "0",
                           "--uuid", "U", "--image", str(faces / "obama_1.jpg"), "--image-ref1", str(cut))
    printed = json.loads(out)
    assert code == cli.EXIT_INPUT_ERROR and printed["error"]["detail"] == "image_ref1"
    assert printed["explanation"] == "image_ref1: the file is cut off: only part of the picture is there."
    assert printed["hint"].startswith("--image-ref1 is cut off: the file holds only part of its picture")
    assert "interrupted copy or download" in printed["hint"] and "copy or download it again" in printed["hint"]
    assert "not a readable photo" not in printed["hint"]


@pytest.mark.parametrize(("status", "hinted"), [
    (403, "look the code up in FaceID's documents"),
    (503, "try again later"),
])
def test_an_error_code_the_documents_do_not_list_gets_a_hint_by_its_status(console, status: int, hinted: str) -> None:  # type: ignore[no-untyped-def]
    stub = Stub(lambda n, path: (status, "application/json", b'{"error_message": "SOMETHING_NEW: whatever"}'))
    try:
        code, out, _ = console("get-result", "--json", "--base-url", stub.url, "--biz-id", ASKED)
    finally:
        stub.close()
    printed = json.loads(out)
    assert code == cli.EXIT_API_ERROR and printed["error"]["code"] == "SOMETHING_NEW"
    assert hinted in printed["hint"] and "request_id" in printed["hint"]


@pytest.mark.parametrize("code", ["SOMETHING_NEW", "TIMEOUT"])
def test_an_error_code_the_documents_do_not_list_is_named_once_and_said_to_be_unlisted(console, code: str) -> None:  # type: ignore[no-untyped-def]
    """"error: SOMETHING_NEW: whatever" was followed by "Unknown error: SOMETHING_NEW (whatever)", the code and its
    detail said twice and nothing more. A liveness outcome's name (TIMEOUT) as an error's code is not the outcome."""
    body = json.dumps({"error_message": f"{code}: whatever"}).encode()
    stub = Stub(lambda n, path: (400, "application/json", body))
    try:
        status, out, err = console("get-result", "--summary", "--base-url", stub.url, "--biz-id", ASKED)
        _, as_json, _ = console("get-result", "--json", "--base-url", stub.url, "--biz-id", ASKED)
    finally:
        stub.close()
    assert status == cli.EXIT_API_ERROR and not out
    assert err.splitlines()[:2] == [f"error: {code}: whatever (HTTP 400)", "  FaceID's documents do not list this code."]
    assert json.loads(as_json)["explanation"] == "FaceID's documents do not list this code."


def test_a_session_whose_comparison_matches_an_id_number_used_in_attacks_is_not_confirmed(console, host) -> None:  # type: ignore[no-untyped-def]
    """get_result's verify_result carries id_exceptions: a face that matches an ID used in attacks exited 0,
    which a script reads as "confirmed"."""
    thresholds = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 79.0}
    url = host({"request_id": "1,r", "time_used": 3, "biz_id": ASKED, "status": "OK",
                "liveness_result": {"result": "success"},
                "verify_result": {"result_faceid": {"confidence": 85.0, "thresholds": thresholds},
                                  "id_exceptions": {"id_attacked": 1, "id_photo_monochrome": 0}}})
    code, out, _ = console("get-result", "--summary", "--base-url", url, "--biz-id", ASKED)
    assert code == 3, out
    assert "NEEDS REVIEW: this ID number has been used in attacks (id_attacked) at the policy level 1e-4" in out


def test_biz_token_s_refusals_are_explained_in_get_biz_token_s_words() -> None:
    """biz-token explained INVALID_IMAGE_SIZE as verify does ("over 2 MB, or wider or taller than 4096 pixels"), though
    get_biz_token v3 limits a photo's pixels only (its request: 20 MB); verify keeps its own words."""
    from faceid_console.api import FaceIDError
    from faceid_console.api.errors import ErrorOrigin, explain

    err = FaceIDError(code="INVALID_IMAGE_SIZE", detail="image_ref1", origin=ErrorOrigin.SERVICE)
    assert cli.explanation_for(err, "biz-token") == explain("INVALID_IMAGE_SIZE", "image_ref1", "en", v3=True)
    assert "2 MB" not in cli.explanation_for(err, "biz-token")
    assert cli.explanation_for(err, "verify") == explain("INVALID_IMAGE_SIZE", "image_ref1", "en")
    assert "2 MB" in cli.explanation_for(err, "verify")
