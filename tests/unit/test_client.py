"""The HTTP client against small loopback stubs that misbehave on purpose."""

from __future__ import annotations

import contextlib
import datetime
import json
import logging
import os
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from faceid_console.api import (
    ComparisonType,
    Credentials,
    FaceIDClient,
    FaceIDError,
    GetResultRequest,
    VerifyRequest,
    validate_base_url,
)

SECRET = "very-secret-value-xyz"


def ok_verify(_: int, __: str) -> tuple[int, str, bytes]:
    body = {"request_id": "1,a", "time_used": 5, "result_ref1": {"confidence": 90.0, "thresholds": {"1e-3": 60}}}
    return 200, "application/json", json.dumps(body).encode()


def verify_request(faces) -> VerifyRequest:  # type: ignore[no-untyped-def]
    return VerifyRequest(ComparisonType.FACE_COMPARISON, faces / "obama_1.jpg", uuid="u", image_ref1=faces / "obama_2.jpg")


def test_https_required_except_loopback() -> None:
    assert validate_base_url("https://api.megvii.com/") == "https://api.megvii.com"
    for ok in ("http://127.0.0.1:8000", "http://localhost:1", "http://[::1]:9", "http://127.5.0.1"):
        assert validate_base_url(ok)
    for bad in ("http://api.megvii.com", "http://192.168.1.10:8000", "ftp://x", "https://u:p@host", "api.megvii.com",
                "http://127.0.0.1:99999", "http://127.0.0.1:0", "https://api.megvii.com:https",
                "http://" + "a" * 64 + ".localhost:8000", "http://lab.localhost:8000", "https://api..megvii.com",
                "http://[::1", "http://[zzz]:80", "https://a]b.com", "https://exa mple.com"):
        with pytest.raises(FaceIDError) as err:
            validate_base_url(bad)
        assert err.value.field == "base_url"


def test_credentials_never_print_the_secret() -> None:
    creds = Credentials("key", SECRET)
    assert SECRET not in repr(creds) and SECRET not in str(creds)
    client = FaceIDClient("http://127.0.0.1:9", creds)
    assert SECRET not in repr(client)
    with pytest.raises(FaceIDError):
        Credentials("key", " ")


def test_verify_sends_multipart_with_prepared_images(stub_factory, faces) -> None:  # type: ignore[no-untyped-def]
    stub = stub_factory(ok_verify)
    with FaceIDClient(stub.url, Credentials("key", SECRET)) as client:
        result = client.verify(verify_request(faces))
    assert result.result_refs[1].confidence == 90.0
    path, body = stub.calls[0].split("\n", 1)
    assert path == "/faceid/v2/verify"
    for field in ("api_key", "api_secret", "comparison_type", "face_image_type", "uuid"):
        assert f'name="{field}"' in body
    assert 'name="image"; filename="image.jpg"' in body and 'name="image_ref1"; filename="image_ref1.jpg"' in body
    assert "obama" not in body  # the original file names are personal data and stay home


def test_internal_error_is_retried_then_succeeds(stub_factory, faces) -> None:  # type: ignore[no-untyped-def]
    def respond(n: int, path: str) -> tuple[int, str, bytes]:
        if n == 1:
            return 500, "application/json", b'{"error_message": "INTERNAL_ERROR"}'
        return ok_verify(n, path)

    stub = stub_factory(respond)
    with FaceIDClient(stub.url, Credentials("key", SECRET)) as client:
        assert client.verify(verify_request(faces)).result_refs[1].confidence == 90.0
    assert len(stub.calls) == 2


def test_billed_and_other_errors_are_never_resent(stub_factory, faces) -> None:  # type: ignore[no-untyped-def]
    stub = stub_factory(lambda n, p: (400, "application/json", b'{"error_message": "NO_SUCH_ID_NUMBER"}'))
    with FaceIDClient(stub.url, Credentials("key", SECRET)) as client, pytest.raises(FaceIDError) as err:
        client.verify(verify_request(faces))
    assert err.value.code == "NO_SUCH_ID_NUMBER" and err.value.billed and len(stub.calls) == 1


def test_read_timeout_is_not_resent(stub_factory, faces) -> None:  # type: ignore[no-untyped-def]
    def slow(n: int, path: str) -> tuple[int, str, bytes]:
        time.sleep(1.5)
        return ok_verify(n, path)

    stub = stub_factory(slow)
    with FaceIDClient(stub.url, Credentials("key", SECRET), timeout=(2.0, 0.3)) as client:
        with pytest.raises(FaceIDError) as err:
            client.verify(verify_request(faces))
    assert err.value.code == "NETWORK_TIMEOUT" and not err.value.retry_safe
    assert err.value.message == f"no answer from {stub.url} within 0.3 s"  # not "the connection broke"
    time.sleep(1.3)
    assert len(stub.calls) == 1


def test_connection_refused_is_retry_safe(faces) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with FaceIDClient(f"http://127.0.0.1:{port}", Credentials("k", SECRET), max_retries=1) as client:
        with pytest.raises(FaceIDError) as err:
            client.verify(verify_request(faces))
    assert err.value.code == "CONNECTION_FAILED" and err.value.retry_safe


def _request_head(connection: socket.socket) -> bytes:
    """A request's line and headers, as a hand-written host reads them before it answers (or does not)."""
    connection.settimeout(5)
    received = b""
    while b"\r\n\r\n" not in received:
        received += connection.recv(65536)
    return received


def test_an_answer_that_breaks_off_is_a_typed_error_not_retried(faces) -> None:  # type: ignore[no-untyped-def]
    """A body that breaks off mid-way (bad chunked encoding): sent, maybe processed, so not safe to send again; and
    not "no answer in time" (NETWORK_TIMEOUT): an answer came, and broke off."""
    listener = socket.create_server(("127.0.0.1", 0))
    requests_seen = []

    def answer_badly() -> None:
        connection, _ = listener.accept()
        with connection:
            requests_seen.append(_request_head(connection).split(b"\r\n", 1)[0])
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                               b"\r\nzz-not-a-chunk-size\r\n{}\r\n")
        listener.close()

    server = threading.Thread(target=answer_badly, daemon=True)
    server.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    with FaceIDClient(url, Credentials("k", SECRET), max_retries=2) as client, pytest.raises(FaceIDError) as err:
        client.verify(verify_request(faces))
    server.join(5)
    assert err.value.code == "ANSWER_BROKE_OFF" and err.value.outcome_unknown and not err.value.retry_safe
    assert "broke off" in err.value.message and len(requests_seen) == 1


@pytest.mark.parametrize(
    ("status", "ctype", "payload", "code"),
    [
        (413, "text/html", b"<html><h1>413 Request Entity Too Large</h1></html>", "Request Entity Too Large"),
        (502, "text/html", b"<html>Bad gateway</html>", "GATEWAY_ERROR"),
        (504, "text/html", b"<html>Gateway Time-out</html>", "GATEWAY_ERROR"),
        (503, "text/html", b"<html>Service Unavailable</html>", "INVALID_RESPONSE"),
        (520, "text/html", b"<html>520: Web server is returning an unknown error</html>", "GATEWAY_ERROR"),
        (524, "text/html", b"<html>524: A timeout occurred</html>", "GATEWAY_ERROR"),
        (522, "text/html", b"<html>522: Connection timed out</html>", "INVALID_RESPONSE"),
        (200, "application/json", b"[1, 2]", "INVALID_RESPONSE"),
        (200, "text/plain", b"hello", "INVALID_RESPONSE"),
        (429, "application/json", b'{"error": "CONCURRENCY_LIMIT_EXCEEDED"}', "CONCURRENCY_LIMIT_EXCEEDED"),
    ],
)
def test_odd_answers_become_typed_errors(stub_factory, faces, status, ctype, payload, code) -> None:  # type: ignore[no-untyped-def]
    stub = stub_factory(lambda n, p: (status, ctype, payload))
    with FaceIDClient(stub.url, Credentials("key", SECRET), max_retries=0) as client, pytest.raises(FaceIDError) as err:
        client.verify(verify_request(faces))
    assert err.value.code == code and err.value.http_status == status


def test_get_result_secret_never_reaches_the_log(stub_factory, caplog: pytest.LogCaptureFixture) -> None:
    stub = stub_factory(lambda n, p: (400, "application/json", b'{"error_message": "RESULT_NOT_FOUND"}'))
    caplog.set_level(logging.DEBUG)
    with FaceIDClient(stub.url, Credentials("key", SECRET)) as client, pytest.raises(FaceIDError):
        client.get_result(GetResultRequest("1,abc"))
    assert SECRET in stub.calls[0]  # it was sent (GET query, as documented) …
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "get_result" in logged and "api_secret=***" in logged  # … but never logged
    assert SECRET not in logged


def test_async_call_keeps_the_event_loop_running(stub_factory, faces) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    def slow(n: int, path: str) -> tuple[int, str, bytes]:
        time.sleep(0.4)
        return ok_verify(n, path)

    stub = stub_factory(slow)

    async def scenario() -> tuple[int, float]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.02)
                ticks += 1

        task = asyncio.create_task(ticker())
        with FaceIDClient(stub.url, Credentials("key", SECRET)) as client:
            result = await client.verify_async(verify_request(faces))
        task.cancel()
        return ticks, result.result_refs[1].confidence

    ticks, confidence = asyncio.run(scenario())
    assert confidence == 90.0 and ticks >= 10


def _json_answer(body: str) -> Callable[[int, str], tuple[int, str, bytes]]:
    return lambda n, p: (200, "application/json", body.encode())


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ('{"foo": "bar"}', "response.biz_id"),
        ('{"biz_id": "1,someone-else", "liveness_result": {"result": "success"}, "time_used": 3}', "response.biz_id"),
        ('{"biz_id": "1,abc", "time_used": 3}', "response.liveness_result"),
    ],
)
def test_get_result_gives_only_the_asked_session_s_faceid_answer(stub_factory, body: str, field: str) -> None:  # type: ignore[no-untyped-def]
    stub = stub_factory(_json_answer(body))
    with FaceIDClient(stub.url, Credentials("key", SECRET), max_retries=0) as client, pytest.raises(FaceIDError) as err:
        client.get_result(GetResultRequest(" 1,abc "))  # sent stripped, so compared stripped
    assert err.value.code == "INVALID_RESPONSE" and err.value.detail == field and err.value.http_status is None
    assert SECRET not in str(err.value) and SECRET not in repr(err.value.to_dict())
    assert len(stub.calls) == 1  # a foreign answer is not a reason to ask again: get_result answers once


def test_an_answer_refused_as_not_faceid_s_is_kept_in_the_error_without_the_secret(stub_factory) -> None:  # type: ignore[no-untyped-def]
    """get_result answers once: refused, the answer was lost with it. A host that echoes the request (as httpbin
    does) puts the api_secret in it: masked."""
    body = ('{"request_id": "1,echo", "biz_id": "1,someone-else", "liveness_result": {"result": "success"}, '
            f'"form": {{"api_key": "key", "api_secret": "{SECRET}"}}, "url": "/get_result?api_secret={SECRET}"}}')
    stub = stub_factory(_json_answer(body))
    with FaceIDClient(stub.url, Credentials("key", SECRET), max_retries=0) as client, pytest.raises(FaceIDError) as err:
        client.get_result(GetResultRequest("1,abc"))
    assert err.value.code == "INVALID_RESPONSE" and err.value.request_id == "1,echo"
    kept = json.loads(err.value.raw_body or "")
    assert kept["biz_id"] == "1,someone-else" and kept["liveness_result"] == {"result": "success"}
    assert SECRET not in (err.value.raw_body or "") and kept["form"]["api_secret"] == "***"
    # The refusal itself goes with the body and request_id: the window words another session's answer by it.
    assert err.value.refused is not None and err.value.refused.kind == "other_session"
    assert (err.value.refused.found, err.value.refused.asked) == ("1,someone-else", "1,abc")


def test_a_refusal_kept_for_history_holds_no_secret_echoed_into_the_answer_s_biz_id(stub_factory) -> None:  # type: ignore[no-untyped-def]
    """History keeps the refusal (the biz_id found) as well as the answer: a host that echoes the request into the
    biz_id put the api_secret in it, masked in the answer but not in the refusal or its message."""
    body = f'{{"biz_id": "1,{SECRET}", "liveness_result": {{"result": "success"}}, "time_used": 3}}'
    stub = stub_factory(_json_answer(body))
    with FaceIDClient(stub.url, Credentials("key", SECRET), max_retries=0) as client, pytest.raises(FaceIDError) as err:
        client.get_result(GetResultRequest("1,abc"))
    assert err.value.refused is not None and err.value.refused.kind == "other_session"
    assert (err.value.refused.found, err.value.refused.asked) == ("1,***", "1,abc")
    assert SECRET not in err.value.message and "1,***" in err.value.message


@pytest.mark.parametrize(("status", "content_type", "shape"), [
    (400, "application/json", '{{"error_message": "BAD_ARGUMENTS: {echo}"}}'),
    (200, "application/json", '{{"error_message": "BAD_ARGUMENTS: {echo}"}}'),
    (200, "text/html", "<html><body><pre>{echo}</pre></body></html>"),
    (502, "text/plain", "upstream said: {echo}"),
])
def test_an_answer_echoing_the_request_keeps_no_secret_in_the_error(  # type: ignore[no-untyped-def]
        stub_factory, faces, status: int, content_type: str, shape: str) -> None:
    """A host that echoes the request body in its error (a proxy's error page, a misconfigured gateway) put the
    api_secret, as the multipart part or URL-encoded, in the error's detail and message, and so in History and
    on the command line's output: only an answer refused as not FaceID's was masked."""
    secret = "S3cr3t+Probe/9f8e=7dZZ"  # with characters URL encoding changes

    def echo(_: int, __: str) -> tuple[int, str, bytes]:
        sent = stub.calls[-1].replace("\r", " ").replace("\n", " ").replace('"', "'")
        encoded = ("api_secret=S3cr3t%2BProbe%2F9f8e%3D7dZZ api_secret=s3cr3t%2bprobe%2f9f8e%3d7dzz "
                   "json: S3cr3t+Probe\\/9f8e=7dZZ api_secret: S3cr3t+Probe/9f8e=7dZZ")
        return status, content_type, shape.format(echo=sent[:3000] + " " + encoded + " " + secret).encode()

    stub = stub_factory(echo)
    with FaceIDClient(stub.url, Credentials("key", secret), max_retries=0) as client, \
            pytest.raises(FaceIDError) as err:
        client.verify(verify_request(faces))
    assert secret in stub.calls[-1]  # the secret was sent, and echoed
    kept = " ".join([str(err.value), err.value.detail, err.value.message, err.value.raw_body or "",
                     json.dumps(err.value.to_dict(), ensure_ascii=False)])
    for written in (secret, "S3cr3t%2BProbe%2F9f8e%3D7dZZ", "s3cr3t%2bprobe%2f9f8e%3d7dzz", "S3cr3t+Probe\\/9f8e"):
        assert written not in kept
    assert "***" in kept


def test_an_answer_echoing_a_signed_request_keeps_no_sign_in_the_error(stub_factory, faces) -> None:  # type: ignore[no-untyped-def]
    """A v3 sign issues biz_tokens on the account (each billed) until it expires, as the secret does: an echoing
    host's error (shown, copied, kept in History) put it there whole."""
    import re
    from urllib.parse import quote

    from faceid_console.api import GetBizTokenRequest, LivenessType

    def echo(_: int, __: str) -> tuple[int, str, bytes]:
        sent = re.search(r'name="sign"\r\n\r\n([^\r]+)', stub.calls[-1])
        assert sent is not None
        sign = sent.group(1)
        json_escaped = sign.replace("/", "\\/")
        return 502, "text/html", f"<pre>sign={sign} sign={quote(sign, safe='')} {json_escaped}</pre>".encode()

    stub = stub_factory(echo)
    request = GetBizTokenRequest(LivenessType.MEGLIVE, ComparisonType.FACE_COMPARISON, uuid="u",
                                 image_ref1=faces / "obama_1.jpg")
    with FaceIDClient(stub.url, Credentials("key", SECRET), max_retries=0) as client, \
            pytest.raises(FaceIDError) as err:
        client.get_biz_token(request)
    sign = re.search(r'name="sign"\r\n\r\n([^\r]+)', stub.calls[-1])
    assert sign is not None and len(sign.group(1)) > 40
    kept = " ".join([str(err.value), err.value.detail, err.value.message, err.value.raw_body or ""])
    for written in (sign.group(1), quote(sign.group(1), safe=""), sign.group(1)[:40]):
        assert written not in kept
    assert "sign=***" in kept


@pytest.mark.parametrize("echo", [
    b"api_secret=abc12&api_key=key \xff\xd8\xff photo bytes",  # not UTF-8: the pattern was skipped altogether
    b'--b\r\nContent-Disposition: form-data; name="api_secret"\r\n\r\nabc12\r\n--b\r\n\xff\xd8',  # a part
    b"api%5Fsecret=abc12&x=1",
])
def test_a_short_secret_echoed_in_a_form_is_masked_whatever_the_answer_s_encoding(  # type: ignore[no-untyped-def]
        stub_factory, faces, echo: bytes) -> None:
    """Too short to be masked wherever it stands, a secret is still masked where the request's form names it."""
    stub = stub_factory(lambda _n, _p: (502, "text/plain", echo))
    with FaceIDClient(stub.url, Credentials("key", "abc12"), max_retries=0) as client, \
            pytest.raises(FaceIDError) as err:
        client.verify(verify_request(faces))
    kept = " ".join([str(err.value), err.value.detail, err.value.message, err.value.raw_body or ""])
    assert "abc12" not in kept and "***" in kept


def test_masking_keeps_an_echoing_answer_s_json_readable(stub_factory, faces) -> None:  # type: ignore[no-untyped-def]
    body = '{"error_message": "BAD_ARGUMENTS: api_secret=zz\\"q", "request_id": "1,r"}'
    stub = stub_factory(lambda _n, _p: (400, "application/json", body.encode()))
    with FaceIDClient(stub.url, Credentials("key", SECRET), max_retries=0) as client, \
            pytest.raises(FaceIDError) as err:
        client.verify(verify_request(faces))
    assert err.value.code == "BAD_ARGUMENTS" and err.value.request_id == "1,r"  # read as JSON, not a foreign page
    assert "zz" not in err.value.detail


def test_a_result_echoing_the_secret_keeps_it_masked_in_its_raw_json(stub_factory, faces) -> None:  # type: ignore[no-untyped-def]
    """The raw JSON of a result is kept in History and shown (copyable) in the window."""
    body = {"request_id": "1,a", "time_used": 5, "result_ref1": {"confidence": 90.0, "thresholds": {"1e-3": 60}},
            "echo": f"--boundary name=api_secret {SECRET} end"}
    stub = stub_factory(lambda _n, _p: (200, "application/json", json.dumps(body).encode()))
    with FaceIDClient(stub.url, Credentials("key", SECRET), max_retries=0) as client:
        result = client.verify(verify_request(faces))
    assert result.raw["echo"] == "--boundary name=api_secret *** end"
    assert SECRET not in json.dumps(result.raw)


def test_get_result_of_the_asked_session_is_given(stub_factory) -> None:  # type: ignore[no-untyped-def]
    body = '{"biz_id": "1,abc", "liveness_result": {"result": "failed", "failure_reason": "timeout"}, "time_used": 3}'
    stub = stub_factory(_json_answer(body))
    with FaceIDClient(stub.url, Credentials("key", SECRET), max_retries=0) as client:
        result = client.get_result(GetResultRequest("1,abc"))
    assert result.biz_id == "1,abc" and result.liveness_result is not None and not result.liveness_result.passed


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ('{"result_ref1": {"confidence": 1e308, "thresholds": {"1e-3": 60}}}', "result_ref1.confidence"),
        ('{"result_ref1": {"confidence": NaN, "thresholds": {"1e-3": 60}}}', "result_ref1.confidence"),
        ('{"result_ref1": {"confidence": 1e999, "thresholds": {"1e-3": 60}}}', "result_ref1.confidence"),
        ('{"result_ref1": {"confidence": 90, "thresholds": {"1e-3": Infinity}}}', "result_ref1.thresholds.1e-3"),
        ('{"result_ref1": {"confidence": 90, "thresholds": {"1e-4": 1e308}}}', "result_ref1.thresholds.1e-4"),
    ],
)
def test_verify_scores_off_faceid_s_scale_are_not_a_faceid_answer(stub_factory, faces, body: str, field: str) -> None:  # type: ignore[no-untyped-def]
    stub = stub_factory(_json_answer(body))
    with FaceIDClient(stub.url, Credentials("key", SECRET), max_retries=0) as client, pytest.raises(FaceIDError) as err:
        client.verify(verify_request(faces))
    assert err.value.code == "INVALID_RESPONSE" and err.value.detail == field


@pytest.mark.parametrize(
    ("body", "kyc", "field"),
    [
        ('{"foo": "bar"}', False, "response.result_ref1"),
        ('{"request_id": "x", "time_used": 5}', False, "response.result_ref1"),
        ('{"request_id": "x", "time_used": 5, "result_ref1": {"confidence": 90, "thresholds": {"1e-3": 60}}}', False,
         "response.result_ref2"),
        ('{"request_id": "x", "time_used": 5}', True, "response.result_faceid"),
        ('{"result_ref1": {"confidence": 90}, "result_ref2": {"confidence": 90}}', False, "response.request_id"),
    ],
)
def test_a_verify_answer_without_the_scores_asked_for_is_not_a_faceid_answer(  # type: ignore[no-untyped-def]
        stub_factory, faces, body: str, kyc: bool, field: str) -> None:
    stub = stub_factory(_json_answer(body))
    request = (VerifyRequest(ComparisonType.KYC, faces / "obama_1.jpg", idcard_name="张三",
                             idcard_number="110101199003074514") if kyc else
               VerifyRequest(ComparisonType.FACE_COMPARISON, faces / "obama_1.jpg", uuid="u",
                             image_ref1=faces / "obama_2.jpg", image_ref2=faces / "obama_3.jpg"))
    with FaceIDClient(stub.url, Credentials("key", SECRET), max_retries=0) as client, pytest.raises(FaceIDError) as err:
        client.verify(request)
    assert err.value.code == "INVALID_RESPONSE" and err.value.detail == field and "is missing" in err.value.message
    # The answer's own request_id, if it has one, is kept with it, for FaceID's support.
    assert not err.value.billed and err.value.request_id == json.loads(body).get("request_id")
    assert json.loads(err.value.raw_body or "") == json.loads(body)
    assert len(stub.calls) == 1  # not sent again: the call may have been billed


@pytest.mark.parametrize(
    ("status", "body", "outcome"),
    [
        (200, b'{"foo": "bar"}', "not_faceid"),
        (200, b'{"biz_id": "1,another", "liveness_result": {"result": "success"}}', "not_faceid"),
        (400, b'{"error_message": "RESULT_NOT_FOUND", "request_id": "1,a", "time_used": 4}', "ok"),
        (502, b"<html><h1>502 Bad Gateway</h1></html>", "gateway_error"),  # a gateway answered, FaceID did not
        (504, b"<html><h1>504 Gateway Time-out</h1></html>", "gateway_error"),
        (403, b'{"error_message": "CONCURRENCY_LIMIT_EXCEEDED", "request_id": "1,b"}', "busy"),  # the key accepted
        (429, b'{"error": "CONCURRENCY_LIMIT_EXCEEDED"}', "busy"),
        (429, b"Too Many Requests", "other"),  # a gateway's own limit, maybe before any key was checked
    ],
)
def test_the_connection_test_is_ok_only_for_a_faceid_answer(stub_factory, status: int, body: bytes,  # type: ignore[no-untyped-def]
                                                            outcome: str) -> None:
    from faceid_console.connections import check_connection

    stub = stub_factory(lambda n, p: (status, "application/json", body))
    with FaceIDClient(stub.url, Credentials("key", SECRET), max_retries=0) as client:
        check = check_connection(client)
    assert check.outcome.value == outcome
    assert (check.error is not None and check.error.code == "INVALID_RESPONSE") == (outcome == "not_faceid")


def test_the_connection_test_waits_for_its_answer_no_longer_than_the_probe_s_own_limit(  # type: ignore[no-untyped-def]
        stub_factory, monkeypatch) -> None:
    """A host that accepts the connection and never answers: the test used to wait the verify's whole read time-out
    (60 s by default) before it said so."""
    from faceid_console import connections

    monkeypatch.setattr(connections, "PROBE_READ_S", 0.3)

    def silent(n: int, path: str) -> tuple[int, str, bytes]:
        time.sleep(2.0)
        return 400, "application/json", b'{"error_message": "RESULT_NOT_FOUND"}'

    stub = stub_factory(silent)
    with FaceIDClient(stub.url, Credentials("key", SECRET), timeout=(5.0, 60.0), max_retries=0) as client:
        check = connections.check_connection(client)
        assert client.timeout == (5.0, 60.0)  # the client's own, for the calls after it, is unchanged
    assert check.outcome.value == "no_answer"
    assert check.error is not None and "within 0.3 s" in check.error.message


def _trickling_server(lines: int, every_s: float, tls: ssl.SSLContext | None = None,
                      ) -> tuple[str, threading.Event, threading.Event, list[int]]:
    """A host that starts an answer and then sends one header line every ``every_s`` seconds: each read is quick,
    the answer never comes. Returns its URL (https://localhost with ``tls``), an event set once it has a request,
    one set when it has stopped (cut off, or all ``lines`` sent), and the count of lines it sent."""
    listener = socket.create_server(("127.0.0.1", 0))
    asked, stopped = threading.Event(), threading.Event()
    sent = [0]

    def trickle() -> None:
        try:
            raw, _ = listener.accept()
            with tls.wrap_socket(raw, server_side=True) if tls is not None else raw as connection:
                _request_head(connection)
                asked.set()
                connection.sendall(b"HTTP/1.1 200 OK\r\n")
                for n in range(lines):
                    time.sleep(every_s)
                    connection.sendall(f"X-Trickle-{n}: a\r\n".encode())
                    sent[0] += 1
        except OSError:
            pass  # the client hung up
        finally:
            listener.close()
            stopped.set()

    threading.Thread(target=trickle, daemon=True).start()
    host = "https://localhost" if tls is not None else "http://127.0.0.1"
    return f"{host}:{listener.getsockname()[1]}", asked, stopped, sent


def test_a_host_that_trickles_its_answer_is_given_up_at_the_deadline_and_hung_up_on() -> None:
    """Each read came within the read time-out, so requests waited for ever: Test connection never ended, and the
    process could not exit. The whole answer now has a deadline, and the connection is closed when it passes."""
    url, asked, stopped, sent = _trickling_server(lines=90, every_s=0.1)  # 9 s, under http.client's 100 lines
    with FaceIDClient(url, Credentials("k", SECRET), timeout=(1.0, 0.5), max_retries=0) as client:
        with pytest.raises(FaceIDError) as err:
            client.get_result(GetResultRequest("1,probe"))
    assert asked.is_set()
    assert err.value.code == "NETWORK_TIMEOUT" and not err.value.retry_safe
    assert err.value.message == f"no answer from {url} within 1.5 s"  # the deadline: connect and answer time-outs
    assert stopped.wait(5) and sent[0] < 90  # the host found the connection closed, well before its end


def test_an_answer_head_ended_by_the_hang_up_at_the_deadline_is_no_answer(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Hanging up at the deadline ends the host's unfinished head (http.client takes the end of the stream for the end
    of the headers), so the call's thread may hand over an "answer" just after: on a loaded machine, a caller that
    looked only then said "the answer broke off" of a host that never answered (a test failed so under load)."""
    from faceid_console.api import deadline

    handed_over = threading.Event()
    real_send, real_give_up = deadline.DeadlineAdapter.send, deadline._Call.give_up

    def send(self, request, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return real_send(self, request, *args, **kwargs)
        finally:
            handed_over.set()

    def give_up(self) -> None:  # type: ignore[no-untyped-def]
        real_give_up(self)
        handed_over.wait(5)  # the caller descheduled until the call's thread is done: the order a loaded machine gave

    monkeypatch.setattr(deadline.DeadlineAdapter, "send", send)
    monkeypatch.setattr(deadline._Call, "give_up", give_up)
    url, asked, stopped, _sent = _trickling_server(lines=90, every_s=0.1)
    with FaceIDClient(url, Credentials("k", SECRET), timeout=(1.0, 0.5), max_retries=0) as client:
        with pytest.raises(FaceIDError) as err:
            client.get_result(GetResultRequest("1,probe"))
    assert asked.is_set() and handed_over.is_set()
    assert err.value.message == f"no answer from {url} within 1.5 s"
    assert stopped.wait(5)


def test_a_wait_for_an_answer_can_be_given_up() -> None:
    """Settings closed, or another profile chosen, during a connection test: its worker stopped waiting only when
    the host answered or the time-out passed, and it held the opening of the next profile (and the exit) till then."""
    from faceid_console.connections import check_connection

    url, asked, stopped, sent = _trickling_server(lines=90, every_s=0.1)
    abandon = threading.Event()
    outcome: list[object] = []
    with FaceIDClient(url, Credentials("k", SECRET), timeout=(5.0, 60.0), max_retries=0) as client:
        worker = threading.Thread(target=lambda: outcome.append(check_connection(client, abandon)))
        worker.start()
        assert asked.wait(5)
        abandon.set()
        worker.join(5)
        assert not worker.is_alive()
        assert stopped.wait(5) and sent[0] < 90  # hung up on: no thread or socket left behind
        with pytest.raises(FaceIDError) as err:  # given up before it starts: nothing is sent
            client.get_result(GetResultRequest("1,probe"), abandon=abandon)
    check = outcome[0]
    assert check.outcome.value == "no_answer"  # type: ignore[attr-defined]
    assert "given up" in check.error.message  # type: ignore[attr-defined]
    assert "given up" in err.value.message


def test_nothing_is_sent_again_once_the_caller_was_told_there_was_no_answer(stub_factory, faces) -> None:  # type: ignore[no-untyped-def]
    """A 500 is resent (the documents call it safe), each try with the whole read time-out: the caller was told
    "no answer" while a retry went on in the background, and could be billed for a call it saw fail."""
    def slow_500(n: int, path: str) -> tuple[int, str, bytes]:
        time.sleep(0.4)
        return 500, "application/json", b'{"error_message": "INTERNAL_ERROR"}'

    stub = stub_factory(slow_500)
    with FaceIDClient(stub.url, Credentials("key", SECRET), timeout=(0.2, 0.5), max_retries=2) as client:
        with pytest.raises(FaceIDError) as err:
            client.verify(verify_request(faces))
    assert err.value.code == "NETWORK_TIMEOUT"
    asked = len(stub.calls)
    time.sleep(2.5)  # time for the retries' back-off and sends, had they gone on
    assert len(stub.calls) == asked <= 2


def test_a_tls_host_that_trickles_is_hung_up_on_too(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The deadline's connection class for HTTPS hands its TLS socket to the call as the plain one does."""
    import trustme

    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("localhost").configure_cert(server_context)
    url, _asked, stopped, sent = _trickling_server(lines=90, every_s=0.1, tls=server_context)
    authority.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tmp_path / "ca.pem"))  # requests reads it before a session's own
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    with FaceIDClient(url, Credentials("k", SECRET), timeout=(1.0, 0.5), max_retries=0) as client:
        with pytest.raises(FaceIDError) as err:
            client.get_result(GetResultRequest("1,probe"))
    assert err.value.message == f"no answer from {url} within 1.5 s"
    assert stopped.wait(5) and sent[0] < 90


# --- what a host that is not FaceID's does to a connection: each failure says what it was ------------------------


@pytest.fixture
def host() -> Iterator[Callable[..., tuple[str, list[bytes]]]]:
    """A loopback host handling each connection with ``handle(socket)`` (wrapped in TLS with ``tls``); returns its URL
    (https://localhost with ``tls`` or ``https``) and the first bytes of each request it read (or b"" if none)."""
    listeners: list[socket.socket] = []

    def start(handle: Callable[[socket.socket], bytes], tls: ssl.SSLContext | None = None,
              https: bool = False) -> tuple[str, list[bytes]]:
        listener = socket.create_server(("127.0.0.1", 0))
        listeners.append(listener)
        seen: list[bytes] = []

        def serve() -> None:
            while True:
                try:
                    raw, _ = listener.accept()
                except OSError:
                    return  # the test is over
                try:
                    with tls.wrap_socket(raw, server_side=True) if tls is not None else raw as connection:
                        seen.append(handle(connection))
                except OSError:
                    seen.append(b"")  # the client hung up, or its handshake failed
                    raw.close()

        threading.Thread(target=serve, daemon=True).start()
        scheme = "https://localhost" if tls is not None or https else "http://127.0.0.1"
        return f"{scheme}:{listener.getsockname()[1]}", seen

    yield start
    for listener in listeners:
        listener.close()


def _close_at_once(connection: socket.socket) -> bytes:
    return b""  # closed unread: Linux resets a connection closed with its request unread


def _hang_up_on_the_greeting(connection: socket.socket) -> bytes:
    # Its TLS greeting read first: a close with it unread was a reset (CONNECTION_FAILED) or an end of file, by timing.
    return connection.recv(65536)


def _read_then_close(connection: socket.socket) -> bytes:
    return _request_head(connection)


def _reset_after_reading(connection: socket.socket) -> bytes:
    head = _request_head(connection)
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")  # RST on close
    return head


@pytest.mark.parametrize("handle", [_close_at_once, _read_then_close, _reset_after_reading],
                         ids=["closed unread", "closed after reading", "reset after reading"])
def test_a_host_that_closes_the_connection_without_an_answer_is_not_called_a_time_out(  # type: ignore[no-untyped-def]
        host, handle: Callable[[socket.socket], bytes]) -> None:
    """A wrong port that hangs up at once was "no answer in time" (NETWORK_TIMEOUT): the reviewer waited and sent
    again, when the address was what to fix. Sent whole, the request may have been processed: the outcome stays
    unknown, and it is not sent again."""
    url, seen = host(handle)
    with FaceIDClient(url, Credentials("k", SECRET), max_retries=2) as client, pytest.raises(FaceIDError) as err:
        client.get_result(GetResultRequest("1,probe"))  # a request sent whole before the host can hang up
    assert err.value.code == "CONNECTION_CLOSED" and err.value.origin.value == "transport"
    assert err.value.outcome_unknown and not err.value.billed and not err.value.retry_safe
    assert err.value.message.startswith(f"the connection to {url} was closed ")
    assert err.value.message.endswith(" s after the request was sent, before any answer")
    assert "closed the connection after the request was sent" in err.value.explanation("en")
    assert len(seen) == 1  # never sent again


def _answer_part(head: bytes, body: bytes, *, reset: bool = False) -> Callable[[socket.socket], bytes]:
    """A host that reads the request, answers with ``head`` and the start of its body, then closes (or resets)."""
    def handle(connection: socket.socket) -> bytes:
        request = _request_head(connection)
        connection.sendall(head + b"\r\n" + body)
        if reset:
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        return request
    return handle


_STARTED = b'{"request_id": "1,r", "biz_id": "1,pro'  # 38 bytes of a get_result answer


@pytest.mark.parametrize(("handle", "broke_off"), [
    (_answer_part(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n", _STARTED),
     " after 38 of its 400 bytes"),
    # A reset may drop what was on its way before the client read it: 38 bytes or fewer arrived.
    (_answer_part(b"HTTP/1.1 200 OK\r\nContent-Length: 400\r\n", _STARTED, reset=True),
     r" after (38|[12]?\d|3[0-7]) of its 400 bytes"),
    (_answer_part(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n", b"190\r\n" + _STARTED),
     ": ChunkedEncodingError"),
], ids=["closed mid-body", "reset mid-body", "closed mid-chunk"])
def test_an_answer_that_breaks_off_mid_body_is_not_called_a_time_out(  # type: ignore[no-untyped-def]
        host, handle: Callable[[socket.socket], bytes], broke_off: str) -> None:
    """Headers and part of the body, then the connection closed: it was NETWORK_TIMEOUT, "no answer in time", and the
    reviewer waited for a slow service. The request was taken and the answer had begun: the outcome is unknown (it may
    have been processed and billed), and it is not sent again."""
    url, seen = host(handle)
    with FaceIDClient(url, Credentials("k", SECRET), max_retries=2) as client, pytest.raises(FaceIDError) as err:
        client.get_result(GetResultRequest("1,probe"))
    assert err.value.code == "ANSWER_BROKE_OFF" and err.value.origin.value == "transport"
    assert err.value.outcome_unknown and not err.value.billed and not err.value.retry_safe
    assert re.fullmatch(re.escape(f"the answer from {url} broke off") + broke_off, err.value.message)
    assert err.value.to_dict()["billed"] is None
    assert "broke off part-way" in err.value.explanation("en") and "中途中断" in err.value.explanation("zh_CN")
    assert len(seen) == 1  # never sent again


def _until_hung_up(connection: socket.socket) -> None:
    """Wait, reading, until the client hangs up: nothing it sends is left unread to turn the close into a reset."""
    with contextlib.suppress(OSError):
        while connection.recv(65536):
            pass


def _answer_part_then_stall(head: bytes, body: bytes) -> Callable[[socket.socket], bytes]:
    """A host that reads the request, answers with ``head`` and the start of its body, then sends no more."""
    def handle(connection: socket.socket) -> bytes:
        request = _request_head(connection)
        connection.sendall(head + b"\r\n" + body)
        _until_hung_up(connection)
        return request
    return handle


def _answer_part_then_break_tls(connection: socket.socket) -> bytes:
    """Over TLS: the head and the start of the body, then a record that does not decrypt (a middlebox that mangles the
    stream), then wait for the client to hang up."""
    request = _request_head(connection)
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n" + _STARTED)
    with socket.socket(fileno=os.dup(connection.fileno())) as raw:  # under the TLS layer
        raw.sendall(b"\x17\x03\x03\x00\x20" + b"\x00" * 32)  # application data whose authentication fails
        _until_hung_up(raw)
    return request


def _answer_part_then_trickle(connection: socket.socket) -> bytes:
    """The head and the start of the body, then a byte every 0.1 s: each read is quick, the answer never whole."""
    request = _request_head(connection)
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 400\r\n\r\n" + _STARTED)
    with contextlib.suppress(OSError):
        for _ in range(300):
            time.sleep(0.1)
            connection.sendall(b" ")
    return request


@pytest.mark.parametrize(("handle", "tls", "broken_by"), [
    (_answer_part_then_stall(b"HTTP/1.1 200 OK\r\nContent-Length: 400\r\n", _STARTED), False, "ReadTimeoutError"),
    (_answer_part_then_stall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n", b"190\r\n" + _STARTED), False,
     "ReadTimeoutError"),
    (_answer_part_then_break_tls, True, "SSLError"),
    (_answer_part_then_trickle, False, "GivenUp"),  # each byte within the read time-out: the deadline ends it
], ids=["stalled mid-body", "stalled mid-chunk", "TLS error mid-body", "deadline mid-body"])
def test_an_answer_that_stops_or_breaks_mid_body_is_not_called_no_answer_nor_closed_before_any_answer(  # type: ignore[no-untyped-def]
        host, tmp_path, monkeypatch, handle: Callable[[socket.socket], bytes], tls: bool, broken_by: str) -> None:
    """Headers and part of the body, then no more in time, or a TLS error: it read "no answer within 0.5 s" or "the
    connection was closed … before any answer", though an answer had begun. It broke off: the outcome is unknown, and
    it is not sent again. How many bytes came is not said: a read that raised part-way does not count what it read."""
    import trustme

    server_context = None
    if tls:
        authority = trustme.CA()
        server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        authority.issue_cert("localhost").configure_cert(server_context)
        authority.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tmp_path / "ca.pem"))
        monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    connections: list[socket.socket] = []

    def counted(connection: socket.socket) -> bytes:
        connections.append(connection)
        return handle(connection)

    url, _seen = host(counted, tls=server_context)
    with FaceIDClient(url, Credentials("k", SECRET), timeout=(0.5, 0.5), max_retries=2) as client, \
            pytest.raises(FaceIDError) as err:
        client.get_result(GetResultRequest("1,probe"))
    assert err.value.code == "ANSWER_BROKE_OFF" and err.value.origin.value == "transport"
    assert err.value.outcome_unknown and not err.value.billed and not err.value.retry_safe
    assert err.value.message == f"the answer from {url} broke off: {broken_by}"
    assert "broke off part-way" in err.value.explanation("en") and "stalled" in err.value.explanation("en")
    assert len(connections) == 1  # never sent again


@pytest.mark.parametrize(("status", "encoding", "named"), [
    (200, "gzip", "gzip"),
    (400, "deflate", "deflate"),
    (200, "gzip, x-custom-" + SECRET, "gzip"),  # the host's own words in the header are not shown
])
def test_an_answer_whose_compressed_body_does_not_decode_says_so_not_that_it_broke_off(  # type: ignore[no-untyped-def]
        host, status: int, encoding: str, named: str) -> None:
    """Content-Encoding: gzip with a body that is not gzip (a proxy's or the service's broken compression) read "no
    answer in time" with "the answer … broke off: ContentDecodingError": it came whole, and cannot be read. What it
    said is not known, so the outcome is unknown, and it is not sent again."""
    connections: list[socket.socket] = []

    def answer_undecodable(connection: socket.socket) -> bytes:
        connections.append(connection)
        request = _request_head(connection)
        body = b'{"request_id": "1,r", "biz_id": "1,probe"}'
        connection.sendall(f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Encoding: {encoding}\r\n"
                           f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        _until_hung_up(connection)
        return request

    url, _seen = host(answer_undecodable)
    with FaceIDClient(url, Credentials("k", SECRET), max_retries=2) as client, pytest.raises(FaceIDError) as err:
        client.get_result(GetResultRequest("1,probe"))
    assert (err.value.code, err.value.http_status, err.value.origin.value) == ("ANSWER_UNDECODABLE", status, "transport")
    assert err.value.outcome_unknown and not err.value.billed and not err.value.retry_safe
    assert err.value.to_dict()["billed"] is None
    assert err.value.message == (f"the answer from {url} came, but its body could not be decoded as its "
                                 f"Content-Encoding says ({named})")
    assert "could not be decoded" in err.value.explanation("en") and "broke off" not in err.value.explanation("en")
    assert "无法解码" in err.value.explanation("zh_CN")
    assert "(and billed)" in err.value.explanation("en") and "not sent again" in err.value.explanation("en")
    assert len(connections) == 1  # never sent again


def test_http_to_a_tls_port_is_a_connection_closed_after_sending(host) -> None:  # type: ignore[no-untyped-def]
    """A TLS server reads the plain request as a broken handshake and resets: the request had left whole."""
    import trustme

    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme.CA().issue_cert("localhost").configure_cert(server_context)
    url, _seen = host(lambda connection: connection.recv(65536), tls=server_context)
    plain = url.replace("https://localhost", "http://127.0.0.1")
    with FaceIDClient(plain, Credentials("k", SECRET), max_retries=0) as client, pytest.raises(FaceIDError) as err:
        client.get_result(GetResultRequest("1,probe"))
    assert err.value.code == "CONNECTION_CLOSED" and err.value.outcome_unknown


@pytest.mark.parametrize(("answer", "shown"), [
    (b"SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13\r\n", "'SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13\\r\\n'"),
    (b"\x15\x03\x01\x00\x02\x02\x46", "'\\x15\\x03\\x01\\x00\\x02\\x02F'"),  # a TLS alert
    (b"HTTP/2.0 200 OK\r\n\r\n", "'HTTP/2.0'"),  # not HTTP/1.x: http.client cannot read it
])
def test_a_host_that_answers_in_something_other_than_http_is_not_faceid_and_did_not_process_the_call(  # type: ignore[no-untyped-def]
        host, answer: bytes, shown: str) -> None:
    """An SSH port, or a port that answers the request with a TLS alert, was "no answer in time": it answers, but not
    in HTTP. Not FaceID, nor a web proxy on the way to it: not processed, not billed, and the address is what to fix."""
    def greet(connection: socket.socket) -> bytes:
        connection.sendall(answer)
        return _request_head(connection)

    url, _seen = host(greet)
    with FaceIDClient(url, Credentials("k", SECRET), max_retries=2) as client, pytest.raises(FaceIDError) as err:
        client.get_result(GetResultRequest("1,probe"))
    assert err.value.code == "NOT_HTTP" and err.value.origin.value == "transport"
    assert not err.value.outcome_unknown and not err.value.billed and err.value.retry_safe
    assert err.value.message == f"{url} answered with something that is not HTTP: {shown}"


def test_a_host_echoing_the_request_line_keeps_the_secret_out_of_the_error(host) -> None:  # type: ignore[no-untyped-def]
    """get_result carries the api_secret in its query: a host that echoes the request line is shown what it answered,
    masked before it is cut."""
    read: list[bytes] = []

    def echo(connection: socket.socket) -> bytes:
        head = _request_head(connection)
        read.append(head)  # before the echo: the host's own list is filled only after it, when the client may be done
        connection.sendall(head)
        return head

    url, _seen = host(echo)
    with FaceIDClient(url, Credentials("k", SECRET), max_retries=0) as client, pytest.raises(FaceIDError) as err:
        client.get_result(GetResultRequest("1,probe"))
    assert SECRET.encode() in read[0]
    assert err.value.code == "NOT_HTTP" and SECRET not in err.value.message and SECRET[:20] not in err.value.message
    assert "api_secret=***" in err.value.message


def test_a_proxy_that_hangs_up_before_the_request_is_sent_did_not_process_it(  # type: ignore[no-untyped-def]
        host, monkeypatch) -> None:
    """Closed while the proxy's tunnel was being opened: nothing of the request left, so nothing was processed (it
    was "no answer in time" and an unknown outcome); a proxy that is not there cannot be connected to."""
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    url, _seen = host(_close_at_once)
    for proxy, message in ((url, "the connection to https://api.megvii.com was closed before the request was sent"),
                           ("http://127.0.0.1:9", "cannot connect to https://api.megvii.com through the proxy")):
        monkeypatch.setenv("HTTPS_PROXY", proxy)
        monkeypatch.setenv("https_proxy", proxy)
        with FaceIDClient("https://api.megvii.com", Credentials("k", SECRET), max_retries=0) as client, \
                pytest.raises(FaceIDError) as err:
            client.get_result(GetResultRequest("1,probe"))
        assert err.value.code == "CONNECTION_FAILED" and not err.value.outcome_unknown, proxy
        assert err.value.message == message


def _tls_host(host, authority, name: str = "localhost", **issued):  # type: ignore[no-untyped-def]
    """A TLS host with a certificate ``authority`` issued for ``name``, that reads the request and hangs up."""
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert(name, **issued).configure_cert(server_context)
    return host(_read_then_close, tls=server_context)[0]


def _self_signed_host(host):  # type: ignore[no-untyped-def]
    """A TLS host showing a certificate that signs itself (a CA's own, served as the host's)."""
    import trustme

    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    with authority.cert_pem.tempfile() as cert, authority.private_key_pem.tempfile() as key:
        server_context.load_cert_chain(cert, key)
    return host(_read_then_close, tls=server_context)[0]


def _plain_http_host(host):  # type: ignore[no-untyped-def]
    """https:// to a port that speaks plain HTTP: it answers the TLS greeting with an HTTP error."""
    def answer(connection: socket.socket) -> bytes:
        head = connection.recv(65536)
        connection.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        return head
    return host(answer)[0].replace("http://127.0.0.1", "https://127.0.0.1")


@pytest.mark.parametrize(("make", "reason", "words"), [
    (lambda host, trusted, other: _tls_host(host, other), "unknown_issuer",
     "certificate verify failed: unable to get local issuer certificate"),  # a proxy that inspects HTTPS
    (lambda host, trusted, other: _self_signed_host(host), "self_signed",
     "certificate verify failed: self-signed certificate"),
    (lambda host, trusted, other: _tls_host(host, trusted, "faceid.example"), "hostname_mismatch",
     "certificate verify failed: Hostname mismatch, certificate is not valid for 'localhost'."),
    (lambda host, trusted, other: _tls_host(host, trusted, not_before=datetime.datetime(2019, 1, 1, tzinfo=datetime.UTC),
                                            not_after=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)),
     "expired", "certificate verify failed: certificate has expired"),
    (lambda host, trusted, other: _plain_http_host(host), "not_https", "wrong version number"),
    (lambda host, trusted, other: host(_hang_up_on_the_greeting, https=True)[0], "",
     "EOF occurred in violation of protocol"),  # hung up on the greeting: why cannot be told
], ids=["unknown issuer", "self-signed", "hostname mismatch", "expired", "plain HTTP port", "hung up"])
def test_a_failed_tls_handshake_says_why_and_that_nothing_was_sent(  # type: ignore[no-untyped-def]
        host, tmp_path, monkeypatch, make, reason: str, words: str) -> None:
    """A certificate not trusted (a bank's proxy that inspects HTTPS, a self-signed test server) was "unreachable:
    nothing answers at this address" with "TLS failure…: SSLError": something answers, and why it was refused was
    hidden. Nothing was sent in a handshake that failed: not billed."""
    import trustme

    trusted, other = trustme.CA(), trustme.CA()
    trusted.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tmp_path / "ca.pem"))  # as a reviewer configures a proxy's CA
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    url = make(host, trusted, other)
    with FaceIDClient(url, Credentials("k", SECRET), max_retries=2) as client, pytest.raises(FaceIDError) as err:
        client.get_result(GetResultRequest("1,probe"))
    assert (err.value.code, err.value.detail, err.value.origin.value) == ("TLS_FAILED", reason, "transport")
    assert not err.value.outcome_unknown and not err.value.billed and err.value.field is None
    assert err.value.message == f"TLS failure with {url}: {words}"
    assert "not sent and is not billed" in err.value.explanation("en")


def test_a_tls_connection_closed_after_the_request_was_sent_may_have_been_processed(  # type: ignore[no-untyped-def]
        host, tmp_path, monkeypatch) -> None:
    """A TLS error after the handshake (the host hung up once it had the request) was "nothing was sent"."""
    import trustme

    authority = trustme.CA()
    authority.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tmp_path / "ca.pem"))
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    url = _tls_host(host, authority)
    with FaceIDClient(url, Credentials("k", SECRET), max_retries=2) as client, pytest.raises(FaceIDError) as err:
        client.get_result(GetResultRequest("1,probe"))
    assert err.value.code == "CONNECTION_CLOSED" and err.value.outcome_unknown


def test_an_error_page_in_another_charset_is_read_in_it_and_its_echoed_secret_is_still_masked(stub_factory) -> None:  # type: ignore[no-untyped-def]
    """A Chinese gateway's GBK page was shown as mojibake. Read in its charset, a secret it echoes in that charset is
    masked as well: the client masks the answer's bytes, in UTF-8 and in the declared charset, before anything
    reads them."""
    secret = "密钥-very-secret-值"
    page = f"<html><body><h1>503 服务暂时不可用</h1><pre>api_key=k {secret}</pre></body></html>".encode("gbk")
    stub = stub_factory(lambda _n, _p: (503, "text/html; charset=GBK", page))
    with FaceIDClient(stub.url, Credentials("k", secret), max_retries=0) as client, pytest.raises(FaceIDError) as err:
        client.get_result(GetResultRequest("1,probe"))
    assert err.value.code == "INVALID_RESPONSE"
    assert "503 服务暂时不可用" in err.value.message and "api_key=k ***" in err.value.message
    kept = " ".join([str(err.value), err.value.message, err.value.raw_body or ""])
    assert secret not in kept and "密钥" not in kept


@pytest.mark.parametrize(("written", "code", "detail"), [
    ("INVALID_IMAGE_SIZEimage_ref1", "INVALID_IMAGE_SIZE", "image_ref1"),  # as the v3 document writes it
    ("INVALID_IMAGE_SIZEimage_ref2", "INVALID_IMAGE_SIZE", "image_ref2"),
    ("INVALID_IMAGE_SIZE: image_ref1", "INVALID_IMAGE_SIZE", "image_ref1"),
    ("INVALID_IMAGE_SIZEimage", "INVALID_IMAGE_SIZEimage", ""),  # the document names image_ref1 or image_ref2 only
])
def test_an_sdk_token_s_error_written_without_a_colon_names_its_photo(  # type: ignore[no-untyped-def]
        stub_factory, faces, written: str, code: str, detail: str) -> None:
    """get_biz_token's document writes "INVALID_IMAGE_SIZE<param>", no ": " between them: the whole was an unknown
    code, its billing not known, its photo not named."""
    from faceid_console.api import GetBizTokenRequest, LivenessType

    stub = stub_factory(lambda n, p: (400, "application/json", json.dumps({"error": written}).encode()))
    request = GetBizTokenRequest(LivenessType.MEGLIVE, ComparisonType.FACE_COMPARISON, uuid="u",
                                 image_ref1=faces / "obama_1.jpg")
    with FaceIDClient(stub.url, Credentials("key", SECRET), max_retries=0) as client, \
            pytest.raises(FaceIDError) as err:
        client.get_biz_token(request)
    assert (err.value.code, err.value.detail, err.value.http_status) == (code, detail, 400)
    assert err.value.documented == (code == "INVALID_IMAGE_SIZE")


def test_verify_s_errors_keep_the_colon_its_document_writes(stub_factory, faces) -> None:  # type: ignore[no-untyped-def]
    """Only the v3 document writes the code and its parameter together: verify's answer is taken as it comes."""
    body = b'{"error_message": "INVALID_IMAGE_SIZEimage_ref1", "request_id": "1,v"}'
    stub = stub_factory(lambda n, p: (400, "application/json", body))
    with FaceIDClient(stub.url, Credentials("key", SECRET), max_retries=0) as client, \
            pytest.raises(FaceIDError) as err:
        client.verify(verify_request(faces))
    assert (err.value.code, err.value.detail) == ("INVALID_IMAGE_SIZEimage_ref1", "")
