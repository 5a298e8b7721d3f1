"""Answers the engine makes outside its Flask app, over real loopback HTTP: a request refused at admission, one
waitress cannot read or hand on, and one it left waiting after "100 Continue". Each comes at once, in a shape the
documents describe: v2's ``{"error_message": …}``, v3's ``{"error": …}`` (both with request_id and time_used), or
413's plain "Request Entity Too Large"."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from faceid_console.engine.face_model import FaceModel
from faceid_console.engine.responses import MAX_REQUEST_BYTES
from faceid_console.engine.server import EngineServer
from tests.conftest import API_KEY, API_SECRET

from .helpers import GatedModel

VERIFY = "/faceid/v2/verify"
BIZ_TOKEN = "/faceid/v3/sdk/get_biz_token"


def exchange(engine: EngineServer, request: bytes, timeout: float = 10) -> tuple[int, dict[str, str], bytes]:
    """Send ``request`` as it is; the first final answer's status, headers (lower-case names) and body (an interim
    "100 Continue" is passed over). A hang fails with a time-out."""
    with socket.create_connection((engine.host, engine.port), timeout=timeout) as conn:
        conn.sendall(request)
        received = b""
        while b"\r\n\r\n" not in received or received.startswith(b"HTTP/1.1 1"):
            if received.startswith(b"HTTP/1.1 1") and b"\r\n\r\n" in received:
                received = received.partition(b"\r\n\r\n")[2]
                continue
            chunk = conn.recv(65536)
            assert chunk, f"closed without an answer after {received!r}"
            received += chunk
        head, _, body = received.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        while len(body) < int(headers["content-length"]):
            chunk = conn.recv(65536)
            assert chunk, "closed in the middle of the answer"
            body += chunk
    return int(lines[0].split(" ")[1]), headers, body


def documented_error(status: int, headers: dict[str, str], body: bytes, *, v3: bool) -> str:
    """The error string of a documented JSON error answer (asserting its shape)."""
    assert headers["content-type"] == "application/json", (status, headers, body)
    answer = json.loads(body)
    key, other = ("error", "error_message") if v3 else ("error_message", "error")
    assert other not in answer and isinstance(answer["request_id"], str) and isinstance(answer["time_used"], int)
    return f"{status} {answer[key]}"


# --- refused at admission ---------------------------------------------------------------------------------------------


@pytest.fixture
def held(tmp_path: Path, face_model: FaceModel, faces: Path) -> Iterator[EngineServer]:
    """An engine at its concurrency limit (1): one verify held at face detection until the test ends."""
    model = GatedModel(face_model)
    server = EngineServer(tmp_path, {API_KEY: API_SECRET}, concurrency_limit=1, model=model).start()
    photo = (faces / "obama_small.jpg").read_bytes()
    pool = ThreadPoolExecutor(1)
    try:
        pool.submit(requests.post, server.base_url + VERIFY, timeout=60, data={
            "api_key": API_KEY, "api_secret": API_SECRET, "comparison_type": "0", "face_image_type": "raw_image",
            "uuid": "u"}, files={"image": ("a.jpg", photo), "image_ref1": ("b.jpg", photo)})
        assert model.entered.wait(30)
        yield server
    finally:
        model.gate.set()
        pool.shutdown()
        server.stop()


@pytest.mark.parametrize("path", [BIZ_TOKEN, BIZ_TOKEN + "/", "/faceid/v3/sdk/get_biz_tokens"])
def test_a_v3_path_refused_at_admission_answers_in_v3_s_shape(held: EngineServer, path: str) -> None:
    """A trailing slash's refusal said {"error_message": …}: only get_biz_token's exact path had v3's "error", though
    the app answers every v3 path so (its API_NOT_FOUND too)."""
    answer = exchange(held, f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n".encode())
    assert documented_error(*answer, v3=True) == "403 CONCURRENCY_LIMIT_EXCEEDED"


def test_a_v2_path_refused_at_admission_keeps_v2_s_shape(held: EngineServer) -> None:
    answer = exchange(held, f"POST {VERIFY} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n".encode())
    assert documented_error(*answer, v3=False) == "403 CONCURRENCY_LIMIT_EXCEEDED"


# --- requests waitress cannot read -------------------------------------------------------------------------------------

UNREADABLE = [
    # (request, v3, documented answer)
    (b"GARBAGE\r\n\r\n", False, "400 BAD_ARGUMENTS: request_line"),
    (b"GET /faceid/v2/ver ify HTTP/1.1\r\nHost: x\r\n\r\n", False, "400 BAD_ARGUMENTS: request_line"),
    ("GET /faceid/v3/sdk/get_biz_token/é HTTP/1.1\r\nHost: x\r\n\r\n".encode(), True, "400 BAD_ARGUMENTS: request_line"),
    (b"POST /faceid/v2/verify HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n", False, "400 BAD_ARGUMENTS: headers"),
    (b"POST /faceid/v3/sdk/get_biz_token HTTP/1.1\r\nHost: x\r\nX: a\x00b\r\n\r\n", True, "400 BAD_ARGUMENTS: headers"),
    (b"POST /faceid/v2/verify HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n", False,
     "400 BAD_ARGUMENTS: content_length"),
    (b"POST /faceid/v3/sdk/get_biz_token HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", True,
     "400 BAD_ARGUMENTS: content_length"),
    (b"POST /faceid/v2/verify HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", False,
     "400 BAD_ARGUMENTS: transfer_encoding"),
    (b"POST /faceid/v3/sdk/get_biz_token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
     True, "400 BAD_ARGUMENTS: body"),
]


@pytest.mark.parametrize(("request_bytes", "v3", "expected"), UNREADABLE)
def test_a_request_waitress_cannot_read_gets_the_documented_json_error(engine: EngineServer, request_bytes: bytes,
                                                                        v3: bool, expected: str) -> None:
    """waitress answered these in its own plain text ("Bad Request\\r\\n\\r\\nStart line is invalid\\r\\n\\r\\n(generated
    by …)", 501 "Not Implemented" for a Transfer-Encoding), which no document describes; verify 2.0.6's 通用的
    ERROR_MESSAGE: "400 BAD_ARGUMENTS:<key> 某个参数解析出错", in v3's shape on a v3 path."""
    assert documented_error(*exchange(engine, request_bytes), v3=v3) == expected


@pytest.mark.parametrize("request_bytes", [
    b"POST /faceid/v3/sdk/get_biz_token HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999999\r\n\r\n",
    b"GET /faceid/liveness/v2/get_result HTTP/1.1\r\nHost: x\r\nX-Padding: " + b"p" * 300_000 + b"\r\n\r\n",
])
def test_a_request_over_the_server_s_limits_is_413_in_plain_text(engine: EngineServer, request_bytes: bytes) -> None:
    """waitress said 431 for headers over its limit (no document lists it) and added its own lines to 413's text;
    "413 Request Entity Too Large … 该错误的返回格式为纯文本,不是json格式" (verify 2.0.6), as the app's own 413 is."""
    status, headers, body = exchange(engine, request_bytes)
    assert (status, headers["content-type"], body) == (413, "text/plain; charset=utf-8", b"Request Entity Too Large")


@pytest.mark.parametrize(("request_bytes", "v3", "expected"), [
    (b"GET /faceid/liveness/v2/get_result?biz_id=1 HTTP/1.1\nHost: x\n\n", False, "400 BAD_ARGUMENTS: request_line"),
    (b"POST /faceid/v3/sdk/get_biz_token HTTP/1.1\nHost: x\nContent-Length: 0\n\n", True,
     "400 BAD_ARGUMENTS: request_line"),
    (b"\r\n\nPOST /faceid/v2/verify HTTP/1.1\r\nHost: x\nContent-Length: 0\n\n", False, "400 BAD_ARGUMENTS: headers"),
])
def test_a_head_of_bare_line_feeds_is_refused_at_once(engine: EngineServer, request_bytes: bytes, v3: bool,
                                                      expected: str) -> None:
    """waitress recognises a head only by its CR LF CR LF, so a head whose lines end in LF alone was never read: no
    answer, and the connection closed at the 10 s head deadline. It refuses bare LFs in a head (a smuggling risk;
    RFC 9112 2.2 lets a server do either), so it is refused as soon as one arrives: verify 2.0.6's 通用的
    ERROR_MESSAGE "400 BAD_ARGUMENTS:<key> 某个参数解析出错", naming the line it broke, as for a bare LF in a head
    that does end in CR LF CR LF (blank lines before a request are still allowed)."""
    assert documented_error(*exchange(engine, request_bytes, timeout=5), v3=v3) == expected


@pytest.mark.parametrize(("request_bytes", "v3", "expected"), [
    (b"GET /faceid/liveness/v2/get_result?biz_id=1 HTTP/1.1\rHost: x\r\r", False, "400 BAD_ARGUMENTS: request_line"),
    (b"POST /faceid/v3/sdk/get_biz_token HTTP/1.1\rHost: x\rContent-Length: 0\r\r", True,
     "400 BAD_ARGUMENTS: request_line"),
    (b"\r\n\rPOST /faceid/v2/verify HTTP/1.1\r\nHost: x\rContent-Length: 0\r\r", False, "400 BAD_ARGUMENTS: headers"),
])
def test_a_head_of_bare_carriage_returns_is_refused_at_once(engine: EngineServer, request_bytes: bytes, v3: bool,
                                                            expected: str) -> None:
    """A head whose lines end in CR alone never ends in CR LF CR LF either, so it waited for the 10 s head deadline as
    one of bare LFs did; RFC 9112 2.2: a bare CR "MUST" be taken as invalid (or replaced by a space). It is refused as
    soon as one arrives, as a bare LF is: verify 2.0.6's "400 BAD_ARGUMENTS:<key> 某个参数解析出错"."""
    started = time.monotonic()
    answer = exchange(engine, request_bytes, timeout=5)
    assert time.monotonic() - started < 3
    assert documented_error(*answer, v3=v3) == expected


def test_a_head_of_bare_carriage_returns_sent_line_by_line_is_refused_at_once(engine: EngineServer) -> None:
    """Each line's CR arrives last, with nothing yet after it: it is seen to be bare when the next line arrives."""
    started = time.monotonic()
    with socket.create_connection((engine.host, engine.port), timeout=5) as conn:
        for line in (b"GET /faceid/liveness/v2/get_result?biz_id=1 HTTP/1.1\r", b"Host: x\r", b"\r"):
            conn.sendall(line)
            time.sleep(0.1)  # apart, so that the engine reads them apart
        answer = b""
        while chunk := conn.recv(65536):  # to the end (head and body may come apart): closed after a refused head
            answer += chunk
    assert time.monotonic() - started < 3
    assert answer.split(b" ", 2)[1] == b"400" and b'"BAD_ARGUMENTS: request_line"' in answer


OVER_THE_LIMIT: bytes = b"Content-Length: %d\r\n" % (MAX_REQUEST_BYTES + 1)


@pytest.mark.parametrize("request_bytes", [
    b"POST /faceid/v2/verify HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=x\r\n"
    + OVER_THE_LIMIT + b"\r\n",
    b"POST /faceid/v3/sdk/get_biz_token HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n" + OVER_THE_LIMIT + b"\r\n",
    b"POST /faceid/v2/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
    + OVER_THE_LIMIT + b"\r\nuuid=u&image=",  # the start of its body with the head
])
def test_a_content_length_over_twenty_megabytes_is_413_at_once(engine: EngineServer, request_bytes: bytes) -> None:
    """A body declared over 20 MB (but within the server's 64 MB) was waited for, to be refused by the app only once it
    had come: a client that declared one and sent nothing heard nothing until the 60 s idle time-out. get_biz_token v3:
    "413 Request Entity Too Large 客户发送的请求大小超过了20MB限制。该错误的返回格式为纯文本", from its Content-Length."""
    started = time.monotonic()
    status, headers, body = exchange(engine, request_bytes, timeout=5)
    assert time.monotonic() - started < 3
    assert (status, headers["content-type"], body) == (413, "text/plain; charset=utf-8", b"Request Entity Too Large")
    assert headers["connection"] == "close"


def test_a_body_refused_by_its_content_length_is_still_taken_before_the_connection_closes(engine: EngineServer) -> None:
    """A client that sends its body before reading the answer (as requests does) would meet a connection reset, not the
    413, if the engine closed the connection on the unread body: it reads the body, drops it, then closes."""
    with socket.create_connection((engine.host, engine.port), timeout=5) as conn:
        conn.sendall(b"POST /faceid/v2/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     + OVER_THE_LIMIT + b"\r\n")
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.endswith(b"Request Entity Too Large"):  # head and body may
            chunk = conn.recv(65536)  # come in two reads
            assert chunk, answer
            answer += chunk
        assert answer.startswith(b"HTTP/1.1 413 ") and answer.endswith(b"\r\n\r\nRequest Entity Too Large")
        conn.sendall(b"a" * (MAX_REQUEST_BYTES + 1))  # no reset while it is sent
        assert conn.recv(65536) == b""  # then closed, without another answer


def test_a_body_refused_before_its_100_continue_is_not_waited_for(engine: EngineServer) -> None:
    """A client sending "Expect: 100-continue" sends its body only after "100 Continue": refused by its Content-Length
    first, it sends none, and the connection was held open for a body that never came until the request deadline."""
    with socket.create_connection((engine.host, engine.port), timeout=5) as conn:
        conn.sendall(b"POST /faceid/v2/verify HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                     b"Content-Type: application/x-www-form-urlencoded\r\n" + OVER_THE_LIMIT + b"\r\n")
        answer = b""
        started = time.monotonic()
        while chunk := conn.recv(65536):  # to the end: the connection closes once the 413 is sent
            answer += chunk
        assert time.monotonic() - started < 3
    assert answer.startswith(b"HTTP/1.1 413 ") and answer.endswith(b"\r\n\r\nRequest Entity Too Large")


def test_a_body_of_exactly_twenty_megabytes_is_read(engine: EngineServer) -> None:
    """"超过了20MB限制" refuses what is over 20 MB: one of exactly 20 MB is read and its parameters checked. It was 413:
    Werkzeug's stream refused the read at its limit that would have found the body's end."""
    form = b"uuid=u&x=" + b"a" * (MAX_REQUEST_BYTES - 9)
    with socket.create_connection((engine.host, engine.port), timeout=10) as conn:
        conn.sendall(b"POST /faceid/v2/verify HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                     b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n\r\n" % len(form))
        conn.settimeout(0.5)
        with pytest.raises(TimeoutError):
            conn.recv(65536)  # no answer before the body: it is within the limit
        conn.settimeout(10)
        conn.sendall(form)
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 400 ") and b'"MISSING_ARGUMENTS: api_key"' in answer


@pytest.mark.parametrize("chunks", [
    b"ffffffffff\r\n",  # a terabyte announced, nothing sent
    b"6\r\nuuid=u\r\n" + f"{64 * 1024 * 1024 - 6:x}\r\n".encode() + b"&api_key=",  # the second chunk reaches 64 MB
])
def test_a_chunk_declaring_a_body_over_the_server_s_limit_is_413_at_once(engine: EngineServer, chunks: bytes) -> None:
    """waitress refused a chunked body over its limit only once that much had arrived: a chunk declaring more and
    sending nothing waited for the 60 s idle time-out. verify 2.0.6: "413 Request Entity Too Large 客户发送的请求大小
    超过了…限制。该错误的返回格式为纯文本", at once, as for a Content-Length over the limit."""
    status, headers, body = exchange(engine, b"POST /faceid/v2/verify HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                                             b"Content-Type: application/x-www-form-urlencoded\r\n\r\n" + chunks, timeout=5)
    assert (status, headers["content-type"], body) == (413, "text/plain; charset=utf-8", b"Request Entity Too Large")


def test_a_chunked_body_within_the_limit_is_still_read(engine: EngineServer) -> None:
    form = f"api_key={API_KEY}&api_secret={API_SECRET}&comparison_type=0&face_image_type=raw_image&uuid=u".encode()
    answer = exchange(engine, b"POST /faceid/v2/verify HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                              b"Content-Type: application/x-www-form-urlencoded\r\n\r\n"
                              + f"{len(form) - 3:x}\r\n".encode() + form[:-3] + b"\r\n3\r\n" + form[-3:] + b"\r\n0\r\n\r\n")
    assert documented_error(*answer, v3=False) == "400 MISSING_ARGUMENTS: image"


def test_a_failure_outside_the_app_is_internal_error_in_json(tmp_path: Path) -> None:
    """A failure waitress caught itself (here: the WSGI callable raising) was a plain-text 500."""
    server = EngineServer(tmp_path, {API_KEY: API_SECRET}).start()

    def failing(environ: dict[str, object], start_response: object) -> list[bytes]:
        raise RuntimeError("a bug outside the app")

    server._server.application = failing
    try:
        answer = exchange(server, f"POST {VERIFY} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n".encode())
    finally:
        server.stop()
    assert documented_error(*answer, v3=False) == "500 INTERNAL_ERROR"


# --- Expect: 100-continue ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("request_bytes", "expected"), [
    (b"GET /faceid/liveness/v2/get_result?biz_id=1 HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n\r\n",
     "400 MISSING_ARGUMENTS: api_key"),
    (b"POST /faceid/v2/verify HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 0\r\n\r\n",
     "400 MISSING_ARGUMENTS: api_key"),
    (b"POST /faceid/v2/verify HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: x\r\n\r\n",
     "400 BAD_ARGUMENTS: content_length"),
])
def test_a_request_without_a_body_to_wait_for_is_answered_though_it_expects_100_continue(
        engine: EngineServer, request_bytes: bytes, expected: str) -> None:
    """waitress said "100 Continue" and then waited for a body that was not coming: no answer until the request
    deadline (120 s) closed the connection."""
    status, headers, body = exchange(engine, request_bytes)
    assert documented_error(status, headers, body, v3=False) == expected


def test_a_body_over_the_limit_is_refused_before_the_client_sends_it(engine: EngineServer) -> None:
    """curl sends Expect: 100-continue with a large upload: told to continue, it would send 64 MB and more only to
    hear 413 at the end (and a client waiting for the answer first heard nothing)."""
    status, _headers, body = exchange(engine, b"POST /faceid/v3/sdk/get_biz_token HTTP/1.1\r\nHost: x\r\n"
                                              b"Expect: 100-continue\r\nContent-Length: 99999999999\r\n\r\n")
    assert (status, body) == (413, b"Request Entity Too Large")


def test_a_request_with_a_body_is_still_told_to_continue(engine: EngineServer) -> None:
    form = b"uuid=u"
    with socket.create_connection((engine.host, engine.port), timeout=10) as conn:
        conn.sendall(f"POST {VERIFY} HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nConnection: close\r\n"
                     "Content-Type: application/x-www-form-urlencoded\r\n"
                     f"Content-Length: {len(form)}\r\n\r\n".encode())
        assert conn.recv(65536) == b"HTTP/1.1 100 Continue\r\n\r\n"
        conn.sendall(form)
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 400 ") and b'"MISSING_ARGUMENTS: api_key"' in answer
