from __future__ import annotations

import json
from pathlib import Path

import pytest

from faceid_console.api.errors import (
    GATEWAY_ERROR,
    INVALID_RESPONSE,
    LIVENESS_OUTCOMES,
    ErrorOrigin,
    FaceIDError,
    error_info,
    explain,
    is_about_the_applicant,
    split_error_string,
)

#: Every error string of the four documents, by document.
DOCUMENTED = {
    "verify-2.0.6.txt": [
        "IMAGE_ERROR_UNSUPPORTED_FORMAT", "NO_FACE_FOUND", "NO_SUCH_ID_NUMBER", "ID_NUMBER_NAME_NOT_MATCH",
        "INVALID_IMAGE_SIZE", "MULTIPLE_FACES", "LOW_QUALITY", "INVALID_FACE_TOKEN", "INVALID_NAME_FORMAT",
        "INVALID_IDCARD_NUMBER", "DATA_VALIDATION_ERROR", "DATA_SOURCE_ERROR", "DELTA_USED",
        "MEGLIVE_BIZ_NO_USED", "AUTHORIZATION_ERROR", "CONCURRENCY_LIMIT_EXCEEDED", "MISSING_ARGUMENTS",
        "BAD_ARGUMENTS", "Request Entity Too Large", "API_NOT_FOUND", "INTERNAL_ERROR",
    ],
    "app-get_biz_token-v3.txt": [
        "MISSING_ARGUMENTS", "BAD_ARGUMENTS", "IMAGE_ERROR_UNSUPPORTED_FORMAT", "NO_FACE_FOUND",
        "INVALID_IMAGE_SIZE", "LOW_QUALITY", "MULTIPLE_FACES", "AUTHENTICATION_ERROR", "AUTHORIZATION_ERROR",
        "CONCURRENCY_LIMIT_EXCEEDED", "API_NOT_FOUND", "Request Entity Too Large", "INTERNAL_ERROR",
    ],
    "web-liveness-get_result.txt": [
        "RESULT_NOT_FOUND", "AUTHENTICATION_ERROR", "AUTHORIZATION_ERROR", "CONCURRENCY_LIMIT_EXCEEDED",
        "MISSING_ARGUMENTS", "DATA_DESTROYED", "BAD_ARGUMENTS", "API_NOT_FOUND", "INTERNAL_ERROR",
        "VERIFY_API_FAILED",
    ],
    "h5-callbacks.txt": [
        "NO_SUCH_ID_NUMBER", "ID_NUMBER_NAME_NOT_MATCH", "IMAGE_ERROR_UNSUPPORTED_FORMAT", "NO_FACE_FOUND",
        "DATA_SOURCE_ERROR", "INTERNAL_ERROR",
    ],
}
AUTHORIZATION_REASONS = [
    "Limit reached.", "Denied.", "No data source permission.", "API_KEY_BE_DISCONTINUED", "IP_NOT_ALLOWED",
    "LIMIT_REACHED", "MORE_RETRY_TIMES", "NO_VERIFY_PERMISSION", "NO_DATA_SOURCE_PERMISSION", "DENIED",
    "EXPIRED_SIGN", "INVALID_SIGN",
]
OUTCOMES = [
    "action_mixed", "not_video", "timeout", "quality_check_timeout", "no_input_frame", "interrupt_in_mirro_state",
    "interrupt_in_action_state", "NOT_STARTED", "PROCESSING", "WEBRTC_UNSUPPORTED", "OK", "FAILED", "CANCELLED",
    "TIMEOUT", "NETWORK_ERROR", "PERMISSIONS_ERROR", "SUPPORT_ERROR", "ANSWER_INCONSISTENT", "NO_AUDIO",
    "FUNASR_ERR",
]


@pytest.mark.parametrize(("document", "code"), [(d, c) for d, codes in DOCUMENTED.items() for c in codes])
def test_every_documented_error_is_catalogued_and_explained(document: str, code: str, spec_dir: Path) -> None:
    assert code in (spec_dir / document).read_text("utf-8"), "the list above must match the document"
    info = error_info(code)
    assert info is not None
    en, zh = explain(code, language="en"), explain(code, language="zh_CN")
    assert en and zh and en != zh
    assert not en.startswith("Unknown") and not zh.startswith("未知")


@pytest.mark.parametrize("reason", AUTHORIZATION_REASONS)
def test_every_authorization_reason_is_explained(reason: str, spec_dir: Path) -> None:
    text = " ".join(p.read_text("utf-8") for p in spec_dir.glob("*.txt"))
    assert reason in text
    en = explain("AUTHORIZATION_ERROR", reason, "en")
    assert en != explain("AUTHORIZATION_ERROR", "", "en")
    assert explain("AUTHORIZATION_ERROR", reason, "zh_CN") != en


@pytest.mark.parametrize("outcome", OUTCOMES)
def test_every_liveness_outcome_is_explained(outcome: str) -> None:
    assert outcome in LIVENESS_OUTCOMES
    assert explain(outcome, language="en") != explain(outcome, language="zh_CN")


def test_documented_http_statuses() -> None:
    expected = {
        "MISSING_ARGUMENTS": 400, "BAD_ARGUMENTS": 400, "AUTHENTICATION_ERROR": 403, "AUTHORIZATION_ERROR": 403,
        "CONCURRENCY_LIMIT_EXCEEDED": 403, "API_NOT_FOUND": 404, "Request Entity Too Large": 413,
        "INTERNAL_ERROR": 500, "RESULT_NOT_FOUND": 400, "DATA_DESTROYED": 403,
    }
    for code, status in expected.items():
        info = error_info(code)
        assert info is not None and info.http_status == status, code


def test_split_error_string() -> None:
    assert split_error_string("NO_FACE_FOUND: image_ref1") == ("NO_FACE_FOUND", "image_ref1")
    assert split_error_string("IMAGE_ERROR_UNSUPPORTED_FORMAT:image_ref2") == (
        "IMAGE_ERROR_UNSUPPORTED_FORMAT", "image_ref2")
    assert split_error_string("AUTHORIZATION_ERROR: No data source permission.") == (
        "AUTHORIZATION_ERROR", "No data source permission.")
    assert split_error_string("LOW_QUALITY") == ("LOW_QUALITY", "")
    assert split_error_string("Request Entity Too Large") == ("Request Entity Too Large", "")


def test_v2_error_body() -> None:
    body = json.dumps({"error_message": "NO_FACE_FOUND: data_source", "request_id": "1,abc", "time_used": 3})
    err = FaceIDError.from_response(400, body.encode(), "application/json")
    assert (err.code, err.detail, err.http_status, err.request_id) == ("NO_FACE_FOUND", "data_source", 400, "1,abc")
    assert err.billed and not err.retry_safe and err.field == "data_source"
    assert err.origin is ErrorOrigin.SERVICE


def test_v3_error_body() -> None:
    err = FaceIDError.from_response(403, b'{"error": "AUTHORIZATION_ERROR: EXPIRED_SIGN"}')
    assert (err.code, err.detail) == ("AUTHORIZATION_ERROR", "EXPIRED_SIGN")
    assert "clock" in err.explanation("en") and "签名已过期" in err.explanation("zh_CN")


def test_billing_follows_the_documents() -> None:
    def billed(msg: str) -> bool:
        return FaceIDError.from_response(400, json.dumps({"error_message": msg})).billed

    assert billed("NO_SUCH_ID_NUMBER") and billed("ID_NUMBER_NAME_NOT_MATCH")
    assert billed("IMAGE_ERROR_UNSUPPORTED_FORMAT: data_source") and billed("NO_FACE_FOUND: data_source")
    assert not billed("IMAGE_ERROR_UNSUPPORTED_FORMAT: image") and not billed("NO_FACE_FOUND: image_ref1")
    assert not billed("MULTIPLE_FACES: image") and not billed("LOW_QUALITY")


@pytest.mark.parametrize(
    ("status", "body", "content_type", "code"),
    [
        (413, b"Request Entity Too Large", "text/plain", "Request Entity Too Large"),
        (413, b"<html><body><h1>413 Request Entity Too Large</h1>nginx</body></html>", "text/html",
         "Request Entity Too Large"),
        (502, b"<html><head><title>502 Bad Gateway</title></head></html>", "text/html", GATEWAY_ERROR),
        (503, b"<html><body><h1>503 Service Unavailable</h1></body></html>", "text/html", INVALID_RESPONSE),
        (500, b"", "", INVALID_RESPONSE),
        (429, b"Too Many Requests", "text/plain", "CONCURRENCY_LIMIT_EXCEEDED"),
        (429, b'{"error": "CONCURRENCY_LIMIT_EXCEEDED"}', "application/json", "CONCURRENCY_LIMIT_EXCEEDED"),
        (403, b'{"error_message": "CONCURRENCY_LIMIT_EXCEEDED"}', "application/json", "CONCURRENCY_LIMIT_EXCEEDED"),
        (200, b"{not json", "application/json", INVALID_RESPONSE),
        (500, b'{"error_message": "INTERNAL_ERROR"}', "application/json", "INTERNAL_ERROR"),
    ],
)
def test_non_json_and_odd_bodies_never_crash(status: int, body: bytes, content_type: str, code: str) -> None:
    err = FaceIDError.from_response(status, body, content_type)
    assert err.code == code
    assert err.http_status == status
    assert err.explanation("en") and err.explanation("zh_CN")


@pytest.mark.parametrize(("status", "body", "content_type"), [
    (502, b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", "text/html"),
    (504, b"<html><head><title>504 Gateway Time-out</title></head><body>nginx</body></html>", "text/html"),
    (504, b"", ""),
    (504, b'{"message": "Endpoint request timed out"}', "application/json"),  # a cloud gateway's own JSON
    # Cloudflare's: the origin's answer was empty, unknown or reset (520), or did not come in time once it had the
    # request (524).
    (520, b"<html><title>api.example.com | 520: Web server is returning an unknown error</title></html>", "text/html"),
    (524, b"<html><title>api.example.com | 524: A timeout occurred</title></html>", "text/html"),
])
def test_a_gateway_s_502_or_504_leaves_the_outcome_unknown(status: int, body: bytes, content_type: str) -> None:
    """A gateway's 502/504 page was a "not FaceID's" answer, not billed: the request may have reached FaceID and been
    processed (and billed) before the gateway gave up on its answer, as with the console's own time-out. Cloudflare's
    520 and 524 were not taken as gateway errors at all."""
    err = FaceIDError.from_response(status, body, content_type)
    assert (err.code, err.http_status, err.origin) == (GATEWAY_ERROR, status, ErrorOrigin.TRANSPORT)
    assert err.outcome_unknown and not err.billed and not err.retry_safe and err.documented
    assert "may still have been processed (and billed)" in err.explanation("en")
    assert "可能仍已被处理（并计费）" in err.explanation("zh_CN")
    assert f"HTTP {status}" in err.message


@pytest.mark.parametrize(("status", "title"), [
    (503, "503 Service Unavailable"),
    (521, "521: Web server is down"),
    (522, "522: Connection timed out"),
    (523, "523: Origin is unreachable"),
    (525, "525: SSL handshake failed"),
    (526, "526: Invalid SSL certificate"),
])
def test_a_gateway_s_page_for_a_request_it_never_passed_on_is_not_processed(status: int, title: str) -> None:
    """A 503, and Cloudflare's pages for an origin it could not reach (521 refused, 522 timed out connecting, 523
    unreachable) or could not set up TLS with (525, 526): the request never reached FaceID, so it was not processed or
    billed: an answer not FaceID's, as a proxy's other pages."""
    err = FaceIDError.from_response(status, f"<html><title>api.example.com | {title}</title></html>".encode(),
                                    "text/html")
    assert (err.code, err.http_status, err.origin) == (INVALID_RESPONSE, status, ErrorOrigin.SERVICE)
    assert not err.outcome_unknown and not err.billed and err.to_dict()["billed"] is False
    assert f"HTTP {status} with an HTML page" in err.message


def test_a_413_page_that_is_not_faceid_s_plain_text_keeps_its_technical_line() -> None:
    """FaceID answers a 413 with the plain text "Request Entity Too Large" (its documents); a proxy's page is told
    apart by the technical line it keeps, so the window does not head it "FaceID refused the request"."""
    own = FaceIDError.from_response(413, b"Request Entity Too Large\n", "text/plain")
    page = FaceIDError.from_response(413, b"<html><h1>413 Request Entity Too Large</h1>nginx</html>", "text/html")
    assert own.code == page.code == "Request Entity Too Large" and own.http_status == page.http_status == 413
    assert own.message == "" and page.message == "HTTP 413 with an HTML page: <html><h1>413 Request Entity Too " \
                                                 "Large</h1>nginx</html>"


def test_which_errors_leave_the_outcome_unknown() -> None:
    """Unknown only where the call may have been processed: not a refusal of FaceID's, nor a call that never left,
    nor a 503 (a server or gateway that will not handle the request at all: overloaded, in maintenance)."""
    timed_out = FaceIDError("NETWORK_TIMEOUT", origin=ErrorOrigin.TRANSPORT)
    never_sent = FaceIDError("CONNECTION_FAILED", origin=ErrorOrigin.TRANSPORT)
    assert timed_out.outcome_unknown and not never_sent.outcome_unknown
    # Closed after the request was sent: it may have been processed. A failed TLS handshake sent nothing; a host that
    # does not speak HTTP is not FaceID.
    assert FaceIDError("CONNECTION_CLOSED", origin=ErrorOrigin.TRANSPORT).outcome_unknown
    assert not FaceIDError("TLS_FAILED", "self_signed", origin=ErrorOrigin.TRANSPORT).outcome_unknown
    assert not FaceIDError("NOT_HTTP", origin=ErrorOrigin.TRANSPORT).outcome_unknown
    assert not FaceIDError.from_response(503, b"<html>503 Service Unavailable</html>", "text/html").outcome_unknown
    assert not FaceIDError.from_response(400, b'{"error_message": "NO_SUCH_ID_NUMBER"}').outcome_unknown
    assert not FaceIDError.input("image", "bad").outcome_unknown
    # FaceID's own JSON under a gateway status is FaceID's answer: its code, as FaceID words it.
    own = FaceIDError.from_response(502, b'{"error_message": "INTERNAL_ERROR", "request_id": "1,r"}')
    assert own.code == "INTERNAL_ERROR" and own.origin is ErrorOrigin.SERVICE and not own.outcome_unknown


@pytest.mark.parametrize("code", ["NETWORK_TIMEOUT", "CONNECTION_CLOSED", "ANSWER_BROKE_OFF", "ANSWER_UNDECODABLE",
                                  GATEWAY_ERROR])
def test_an_unknown_outcome_of_a_call_that_is_never_billed_is_not_said_to_be_maybe_billed(code: str) -> None:
    """A look-up (get_result) that got no answer was explained "may still have been processed (and billed)" beside
    its billing line's "fetching a result is free": what it risks is the result, which FaceID gives once only."""
    err = FaceIDError(code, origin=ErrorOrigin.TRANSPORT)
    assert err.outcome_unknown
    assert "(and billed)" in err.explanation("en") and "（并计费）" in err.explanation("zh_CN")
    en, zh = err.explanation("en", unbilled_call=True), err.explanation("zh_CN", unbilled_call=True)
    assert "billed" not in en and "计费" not in zh
    assert "given it the result (it gives a result only once)" in en and "结果只给出一次" in zh
    assert en.split(". ")[0] == err.explanation("en").split(". ")[0]  # what happened is said as before


def test_retry_safety() -> None:
    assert FaceIDError.from_response(500, b'{"error_message": "INTERNAL_ERROR"}').retry_safe
    assert FaceIDError.from_response(403, b'{"error_message": "CONCURRENCY_LIMIT_EXCEEDED"}').retry_safe
    assert not FaceIDError.from_response(400, b'{"error_message": "NO_SUCH_ID_NUMBER"}').retry_safe
    assert not FaceIDError.input("image", "bad").retry_safe


def test_only_errors_about_the_applicant_can_be_decided_on() -> None:
    """A reviewer may reject for no face or a name that does not match; a wrong secret, a busy service or a proxy's
    page says nothing of the person."""
    for code in ("NO_FACE_FOUND", "MULTIPLE_FACES", "LOW_QUALITY", "ID_NUMBER_NAME_NOT_MATCH", "NO_SUCH_ID_NUMBER"):
        assert is_about_the_applicant(code), code
    for code in ("AUTHENTICATION_ERROR", "AUTHORIZATION_ERROR", "CONCURRENCY_LIMIT_EXCEEDED", "INTERNAL_ERROR",
                 "DATA_SOURCE_ERROR", "Request Entity Too Large", INVALID_RESPONSE, "CONNECTION_FAILED",
                 "BAD_ARGUMENTS", "SOMETHING_UNDOCUMENTED"):
        assert not is_about_the_applicant(code), code
    for code in ("NO_FACE_FOUND", "INVALID_IDCARD_NUMBER", "DELTA_USED"):
        assert error_info(code) is not None, code  # the list names documented codes only


def test_error_summary_has_no_raw_secret() -> None:
    err = FaceIDError.from_response(400, b'{"error_message": "BAD_ARGUMENTS: uuid", "request_id": "r"}')
    summary = err.to_dict()
    assert summary["code"] == "BAD_ARGUMENTS" and summary["detail"] == "uuid" and summary["request_id"] == "r"
    assert set(summary) == {"code", "detail", "http_status", "origin", "billed", "outcome_unknown", "retry_safe", "request_id", "message"}


def test_the_liveness_outcomes_call_the_applicant_as_the_window_does_in_chinese() -> None:
    """The window calls the person being checked 申请人 everywhere; the outcomes said 用户 (a service's user)."""
    from faceid_console.api.errors import LIVENESS_OUTCOMES

    assert not [zh for _en, zh in LIVENESS_OUTCOMES.values() if "用户" in zh]


@pytest.mark.parametrize("reason", ["self_signed", "unknown_issuer", "hostname_mismatch", "expired", "untrusted",
                                    "not_https"])
def test_a_failed_tls_handshake_is_explained_by_why(reason: str) -> None:
    """Each reason its own words, in both languages; the reason is why the handshake failed, not a field."""
    err = FaceIDError("TLS_FAILED", reason, origin=ErrorOrigin.TRANSPORT)
    en, zh = err.explanation("en"), err.explanation("zh_CN")
    assert en != explain("TLS_FAILED", "", "en") and zh != explain("TLS_FAILED", "", "zh_CN") and en != zh
    assert "not billed" in en and "不计费" in zh and f"({reason})" not in en and f"（{reason}）" not in zh
    assert err.field is None and err.documented and not err.outcome_unknown


def test_an_unknown_code_is_explained_with_the_catalogue_s_brackets() -> None:
    """zh_CN wrote an unknown code's detail in ASCII brackets, the catalogue in full-width ones."""
    assert explain("SOMETHING_NEW", "whatever", "zh_CN") == "未知错误：SOMETHING_NEW（whatever）"
    assert explain("SOMETHING_NEW", "whatever", "en") == "Unknown error: SOMETHING_NEW (whatever)"
    assert explain("SOMETHING_NEW", "", "zh_CN") == "未知错误：SOMETHING_NEW"


def test_a_line_that_names_its_code_is_told_what_the_code_means_or_that_no_document_lists_it() -> None:
    """"Reason (X): Unknown error: X" named the code twice; a known code keeps its catalogue's words."""
    from faceid_console.api.errors import explain_code

    assert explain_code("SOMETHING_NEW") == "FaceID's documents do not list this code."
    assert explain_code("SOMETHING_NEW", "zh_CN") == "FaceID 文档中未列出此代码。"
    for language in ("en", "zh_CN"):
        assert explain_code("NO_FACE_FOUND", language) == explain("NO_FACE_FOUND", "", language)


@pytest.mark.parametrize(("content_type", "body", "shown"), [
    ("text/html; charset=gbk", "<h1>502 网关错误</h1>".encode("gbk"), "<h1>502 网关错误</h1>"),
    ('text/html;charset="GB2312"', "<p>服务暂时不可用</p>".encode("gb2312"), "<p>服务暂时不可用</p>"),
    ("text/plain; charset=big5", "伺服器錯誤".encode("big5"), "伺服器錯誤"),
    ("text/html", "<p>服务暂时不可用</p>".encode(), "<p>服务暂时不可用</p>"),  # none declared: UTF-8
    ("text/html; charset=no-such-charset", "<p>服务</p>".encode(), "<p>服务</p>"),
    ("text/html; charset=base64", b"<p>plain</p>", "<p>plain</p>"),  # a bytes codec, not a charset
    ("text/html; charset=unicode_escape", b"<p>\\u4e2d</p>", "<p>\\u4e2d</p>"),  # escapes are not decoded
    ("text/html; charset=utf-8", b"<p>\xff broken</p>", "<p>\ufffd broken</p>"),
])
def test_an_error_page_s_snippet_is_read_in_its_declared_charset(content_type: str, body: bytes, shown: str) -> None:
    """A Chinese gateway's GBK page was shown as mojibake in the technical line."""
    for status in (502, 503):
        err = FaceIDError.from_response(status, body, content_type)
        assert err.message.endswith(": " + shown), (status, err.message)


@pytest.mark.parametrize(("detail", "reason"), [
    ("Limit reached.", "LIMIT_REACHED"), ("Denied.", "DENIED"), ("Denied", "DENIED"),
    ("No data source permission.", "NO_DATA_SOURCE_PERMISSION"),
    ("No data source permission. ", "NO_DATA_SOURCE_PERMISSION"),  # as verify's document quotes it once
    ("EXPIRED_SIGN", "EXPIRED_SIGN"), ("MORE_RETRY_TIMES", "MORE_RETRY_TIMES"),
    ("SOMETHING_ELSE", "SOMETHING_ELSE"),  # the v3 document: other reasons may come
])
def test_an_authorization_reason_is_known_in_either_document_s_spelling(detail: str, reason: str) -> None:
    from faceid_console.api.errors import authorization_reason

    assert authorization_reason(detail) == reason
    assert explain("AUTHORIZATION_ERROR", "Denied") == explain("AUTHORIZATION_ERROR", "DENIED")
