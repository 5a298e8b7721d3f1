"""Malformed requests against the real engine over loopback (issue 10, deliverable 3).

Every field missing, duplicated, empty, too long, not UTF-8 and with non-ASCII digits; bodies cut
short, wrong content types, wrong methods, path tricks, oversized bodies and headers, a slow body.
Each gets the documented error string and HTTP status (verify 2.0.6, get_biz_token v3, web liveness),
never a 500 and never a hang.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from faceid_console.engine.server import EngineServer
from tests.conftest import API_KEY, API_SECRET
from tests.engine.helpers import KYC_NAME, KYC_NUMBER, blank_photo

VERIFY = "/faceid/v2/verify"
BIZ_TOKEN = "/faceid/v3/sdk/get_biz_token"
GET_TOKEN = "/faceid/liveness/v2/get_token"
GET_RESULT = "/faceid/liveness/v2/get_result"
PHOTO = blank_photo()
Fields = dict[str, Any]


def _sign(now: int | None = None) -> str:
    now = int(time.time()) if now is None else now
    raw = f"a={API_KEY}&b={now + 600}&c={now}&d=1234567890".encode()
    return base64.b64encode(hmac.new(API_SECRET.encode(), raw, hashlib.sha1).digest() + raw).decode()


def verify_fields(kyc: bool = False) -> Fields:
    base: Fields = {"api_key": API_KEY, "api_secret": API_SECRET, "face_image_type": "raw_image",
                    "comparison_type": "1" if kyc else "0"}
    base.update({"idcard_name": KYC_NAME, "idcard_number": KYC_NUMBER} if kyc else {"uuid": "applicant-1"})
    return base


def token_fields() -> Fields:
    return {"api_key": API_KEY, "api_secret": API_SECRET, "comparison_type": "0", "uuid": "applicant-1",
            "return_url": "https://shop.example/back", "notify_url": "http://127.0.0.1:9/notify"}


def biz_fields() -> Fields:
    return {"sign": _sign(), "sign_version": "hmac_sha1", "liveness_type": "still", "comparison_type": "0",
            "uuid": "applicant-1"}


ENDPOINTS: dict[str, tuple[Any, tuple[str, ...]]] = {
    # path: (fields factory, file fields sent by default)
    VERIFY: (verify_fields, ("image", "image_ref1")),
    GET_TOKEN: (token_fields, ("image_ref1",)),
    BIZ_TOKEN: (biz_fields, ("image_ref1",)),
}


def post(engine: EngineServer, path: str, fields: Fields, files: dict[str, bytes] | list[tuple[str, Any]],
         **kw: Any) -> requests.Response:
    multipart = files.items() if isinstance(files, dict) else files
    return requests.post(engine.base_url + path, data=fields, timeout=60,
                         files=[(k, (f"{k}.jpg", v, "image/jpeg")) for k, v in multipart], **kw)


def error_of(response: requests.Response) -> tuple[int, str]:
    if response.headers.get("Content-Type", "").startswith("text/plain"):
        return response.status_code, response.text
    body = response.json()
    return response.status_code, body.get("error_message") or body.get("error")


def send(engine: EngineServer, path: str, *, fields: Fields | None = None, drop: str | None = None,
         files: dict[str, bytes] | None = None, duplicate: str | None = None) -> tuple[int, str]:
    make, file_names = ENDPOINTS[path]
    form = {**make(), **(fields or {})}
    uploads = {name: PHOTO for name in file_names} | (files or {})
    form.pop(drop or "", None)
    uploads.pop(drop or "", None)
    multipart: list[tuple[str, Any]] = list(uploads.items())
    data: Any = form
    if duplicate is not None:
        if duplicate in uploads:
            multipart.append((duplicate, uploads[duplicate]))
        else:
            extra = [(duplicate, form.get(duplicate, "7"))] * (1 if duplicate in form else 2)
            data = [*form.items(), *extra]
    return error_of(post(engine, path, data, multipart))


# --- every field: missing ----------------------------------------------------------------------------------

MISSING = [
    (VERIFY, name) for name in ("api_key", "api_secret", "comparison_type", "face_image_type", "uuid", "image",
                                "image_ref1")
] + [(GET_TOKEN, name) for name in ("api_key", "api_secret", "comparison_type", "uuid", "return_url", "notify_url",
                                    "image_ref1")
] + [(BIZ_TOKEN, name) for name in ("sign", "sign_version", "liveness_type", "comparison_type", "uuid", "image_ref1")]


@pytest.mark.parametrize(("path", "name"), MISSING)
def test_missing_field(engine: EngineServer, path: str, name: str) -> None:
    assert send(engine, path, drop=name) == (400, f"MISSING_ARGUMENTS: {name}")


@pytest.mark.parametrize("name", ["idcard_name", "idcard_number"])
def test_missing_kyc_field(engine: EngineServer, name: str) -> None:
    fields = verify_fields(kyc=True)
    fields.pop(name)
    assert error_of(post(engine, VERIFY, fields, {"image": PHOTO})) == (400, f"MISSING_ARGUMENTS: {name}")


def test_get_result_missing_fields(engine: EngineServer) -> None:
    base = {"api_key": API_KEY, "api_secret": API_SECRET, "biz_id": "1,x"}
    for name in base:
        query = {k: v for k, v in base.items() if k != name}
        answer = requests.get(engine.base_url + GET_RESULT, params=query, timeout=10)
        assert error_of(answer) == (400, f"MISSING_ARGUMENTS: {name}")


# --- every field: duplicated (never silently first-wins) ---------------------------------------------------------

DUPLICATED = [
    (VERIFY, name) for name in (*verify_fields(), "image", "image_ref1", "face_quality_threshold", "return_faces")
] + [(GET_TOKEN, name) for name in (*token_fields(), "image_ref1", "biz_no")
] + [(BIZ_TOKEN, name) for name in (*biz_fields(), "image_ref1", "liveness_timeout")]


@pytest.mark.parametrize(("path", "name"), DUPLICATED)
def test_duplicated_field(engine: EngineServer, path: str, name: str) -> None:
    assert send(engine, path, duplicate=name) == (400, f"BAD_ARGUMENTS: {name}")


def test_a_second_wrong_secret_is_not_ignored(engine: EngineServer) -> None:
    fields = [*verify_fields().items(), ("api_secret", "wrong")]
    assert error_of(post(engine, VERIFY, fields, {"image": PHOTO, "image_ref1": PHOTO})) == (400, "BAD_ARGUMENTS: api_secret")


def test_a_field_both_in_the_query_and_the_form(engine: EngineServer) -> None:
    answer = post(engine, VERIFY, verify_fields(), {"image": PHOTO, "image_ref1": PHOTO}, params={"uuid": "other"})
    assert error_of(answer) == (400, "BAD_ARGUMENTS: uuid")


def test_get_result_duplicated_query_field(engine: EngineServer) -> None:
    query = [("api_key", API_KEY), ("api_secret", API_SECRET), ("biz_id", "1,x"), ("biz_id", "1,y")]
    assert error_of(requests.get(engine.base_url + GET_RESULT, params=query, timeout=10)) == (400, "BAD_ARGUMENTS: biz_id")


# --- every field: empty -------------------------------------------------------------------------------------------

EMPTY = [(path, name, f"MISSING_ARGUMENTS: {name}") for path, name in MISSING if name not in ("image", "image_ref1")]


@pytest.mark.parametrize(("path", "name", "error"), EMPTY)
def test_empty_text_field_counts_as_missing(engine: EngineServer, path: str, name: str, error: str) -> None:
    assert send(engine, path, fields={name: ""}) == (400, error)


@pytest.mark.parametrize(("path", "name"), [(VERIFY, "image"), (VERIFY, "image_ref1"), (VERIFY, "image_ref2"),
                                            (GET_TOKEN, "image_ref1"), (BIZ_TOKEN, "image_ref1")])
def test_empty_file(engine: EngineServer, path: str, name: str) -> None:
    assert send(engine, path, files={name: b""}) == (400, f"IMAGE_ERROR_UNSUPPORTED_FORMAT: {name}")


# --- every field: too long ------------------------------------------------------------------------------------------

TOO_LONG = [
    (VERIFY, "api_key", "k" * 10_000, 403, "AUTHENTICATION_ERROR"),
    (VERIFY, "api_secret", "s" * 10_000, 403, "AUTHENTICATION_ERROR"),
    (VERIFY, "comparison_type", "0" * 100, 400, "BAD_ARGUMENTS: comparison_type"),
    (VERIFY, "face_image_type", "raw_image" * 100, 400, "BAD_ARGUMENTS: face_image_type"),
    (VERIFY, "uuid", "u" * 513, 400, "BAD_ARGUMENTS: uuid"),
    (VERIFY, "face_quality_threshold", "0" * 5000, 400, "BAD_ARGUMENTS: face_quality_threshold"),
    (VERIFY, "return_faces", "1" * 100, 400, "BAD_ARGUMENTS: return_faces"),
    (GET_TOKEN, "uuid", "u" * 513, 400, "BAD_ARGUMENTS: uuid"),
    (GET_TOKEN, "return_url", "https://shop.example/" + "a" * 5000, 400, "BAD_ARGUMENTS: return_url"),
    (GET_TOKEN, "notify_url", "http://127.0.0.1/" + "a" * 5000, 400, "BAD_ARGUMENTS: notify_url"),
    (GET_TOKEN, "biz_no", "n" * 129, 400, "BAD_ARGUMENTS: biz_no"),
    (GET_TOKEN, "biz_extra_data", "e" * 4097, 400, "BAD_ARGUMENTS: biz_extra_data"),
    (BIZ_TOKEN, "sign", "A" * 10_000, 403, "AUTHORIZATION_ERROR: INVALID_SIGN"),
    (BIZ_TOKEN, "uuid", "u" * 129, 400, "BAD_ARGUMENTS: uuid"),
    (BIZ_TOKEN, "biz_no", "n" * 129, 400, "BAD_ARGUMENTS: biz_no"),
    (BIZ_TOKEN, "liveness_timeout", "0" * 5000 + "30", 400, "BAD_ARGUMENTS: liveness_timeout"),
]


@pytest.mark.parametrize(("path", "name", "value", "status", "error"), TOO_LONG)
def test_too_long_field(engine: EngineServer, path: str, name: str, value: str, status: int, error: str) -> None:
    assert send(engine, path, fields={name: value}) == (status, error)


@pytest.mark.parametrize(("fields", "error"), [
    ({"idcard_name": "张" * 33}, "INVALID_NAME_FORMAT"),
    ({"idcard_number": KYC_NUMBER + "1"}, "INVALID_IDCARD_NUMBER"),
])
def test_too_long_kyc_field(engine: EngineServer, fields: Fields, error: str) -> None:
    assert error_of(post(engine, VERIFY, {**verify_fields(kyc=True), **fields}, {"image": PHOTO})) == (400, error)


def test_get_result_too_long_biz_id(engine: EngineServer) -> None:
    query = {"api_key": API_KEY, "api_secret": API_SECRET, "biz_id": "1," + "x" * 10_000}
    assert error_of(requests.get(engine.base_url + GET_RESULT, params=query, timeout=10)) == (400, "RESULT_NOT_FOUND")


def test_an_image_over_two_megabytes_is_413_plain_text(engine: EngineServer) -> None:
    answer = post(engine, VERIFY, verify_fields(), {"image": PHOTO + b"\0" * (2 * 1024 * 1024), "image_ref1": PHOTO})
    assert (answer.status_code, answer.text) == (413, "Request Entity Too Large")


# --- every field: not UTF-8 -----------------------------------------------------------------------------------------

NOT_UTF8 = b"\xff\xfe\xc3("
NON_UTF8_CASES = [
    (VERIFY, name, f"BAD_ARGUMENTS: {name}") for name in ("api_key", "api_secret", "comparison_type", "face_image_type",
                                                           "uuid", "face_quality_threshold")
] + [(GET_TOKEN, name, f"BAD_ARGUMENTS: {name}") for name in ("uuid", "return_url", "notify_url", "biz_no",
                                                              "biz_extra_data")
] + [(BIZ_TOKEN, name, f"BAD_ARGUMENTS: {name}") for name in ("sign", "liveness_type", "uuid", "biz_no")]


@pytest.mark.parametrize(("path", "name", "error"), NON_UTF8_CASES)
def test_field_that_is_not_utf8(engine: EngineServer, path: str, name: str, error: str) -> None:
    assert send(engine, path, fields={name: NOT_UTF8}) == (400, error)


def test_name_that_is_not_utf8(engine: EngineServer) -> None:
    fields = {**verify_fields(kyc=True), "idcard_name": "奥".encode() + NOT_UTF8}
    assert error_of(post(engine, VERIFY, fields, {"image": PHOTO})) == (400, "INVALID_NAME_FORMAT")


# --- every integer field: non-ASCII digits (str.isdigit() says yes, int() says no) -----------------------------------

DIGITS = ["²", "①", "٣", "３", "3²"]
INT_FIELDS = [(VERIFY, "face_quality_threshold"), (VERIFY, "comparison_type"), (VERIFY, "return_faces"),
              (GET_TOKEN, "comparison_type"), (BIZ_TOKEN, "liveness_timeout"), (BIZ_TOKEN, "security_level"),
              (BIZ_TOKEN, "verbose"), (BIZ_TOKEN, "get_liveness_video"), (BIZ_TOKEN, "liveness_action_count")]


@pytest.mark.parametrize("digit", DIGITS)
@pytest.mark.parametrize(("path", "name"), INT_FIELDS)
def test_non_ascii_digits(engine: EngineServer, path: str, name: str, digit: str) -> None:
    assert send(engine, path, fields={name: digit}) == (400, f"BAD_ARGUMENTS: {name}")


@pytest.mark.parametrize("digit", DIGITS)
def test_get_image_type_with_non_ascii_digits(engine: EngineServer, digit: str) -> None:
    query = {"api_key": API_KEY, "api_secret": API_SECRET, "biz_id": "1,x", "get_image_type": digit}
    assert error_of(requests.get(engine.base_url + GET_RESULT, params=query, timeout=10)) == (
        400, "BAD_ARGUMENTS: get_image_type")


@pytest.mark.parametrize("digit", ["²", "①", "٣"])
def test_forged_sign_with_non_ascii_digits_before_authentication(engine: EngineServer, digit: str) -> None:
    raw = f"a={API_KEY}&b=99{digit}&c=1&d=1".encode()
    forged = base64.b64encode(b"\0" * 20 + raw).decode()
    assert send(engine, BIZ_TOKEN, fields={"sign": forged}) == (403, "AUTHORIZATION_ERROR: INVALID_SIGN")


@pytest.mark.parametrize("url", ["http://[", "http://[::1", "https://a:99999/", "http://a b/", "ftp://x/", "//x/",
                                 "http://", "javascript:alert(1)", "http://x/\r\nSet-Cookie: a=b"])
@pytest.mark.parametrize("name", ["return_url", "notify_url"])
def test_unusable_callback_urls(engine: EngineServer, name: str, url: str) -> None:
    assert send(engine, GET_TOKEN, fields={name: url}) == (400, f"BAD_ARGUMENTS: {name}")


# --- bodies cut short ---------------------------------------------------------------------------------------------


def _multipart(fields: Fields, files: dict[str, bytes]) -> tuple[bytes, str]:
    prepared = requests.Request("POST", "http://x/", data=fields,
                                files={k: (f"{k}.jpg", v, "image/jpeg") for k, v in files.items()}).prepare()
    assert isinstance(prepared.body, bytes)
    return prepared.body, prepared.headers["Content-Type"]


@pytest.mark.parametrize(("fraction", "part"), [(0.5, "image"), (0.98, "image_ref1"), (0.0002, "body")])
def test_a_cut_multipart_body_names_the_part_it_cut(engine: EngineServer, fraction: float, part: str) -> None:
    body, content_type = _multipart(verify_fields(), {"image": PHOTO, "image_ref1": PHOTO})
    cut = body[: max(10, int(len(body) * fraction))]
    answer = requests.post(engine.base_url + VERIFY, data=cut, headers={"Content-Type": content_type}, timeout=30)
    assert error_of(answer) == (400, f"BAD_ARGUMENTS: {part}")


def raw_exchange(engine: EngineServer, request: bytes, *, half_close: bool = False, timeout: float = 30) -> bytes:
    with socket.create_connection((engine.host, engine.port), timeout=timeout) as conn:
        conn.sendall(request)
        if half_close:
            conn.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            try:
                chunk = conn.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
            if b"\r\n\r\n" in b"".join(chunks) and not half_close:
                head, _, rest = b"".join(chunks).partition(b"\r\n\r\n")
                length = [ln for ln in head.split(b"\r\n") if ln.lower().startswith(b"content-length:")]
                if length and len(rest) >= int(length[0].split(b":")[1]):
                    break
        return b"".join(chunks)


def test_a_body_shorter_than_its_content_length_is_closed_not_hung(engine: EngineServer) -> None:
    body, content_type = _multipart(verify_fields(), {"image": PHOTO})
    head = (f"POST {VERIFY} HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    answer = raw_exchange(engine, head + body[: len(body) // 2], half_close=True)
    assert b" 500 " not in answer.split(b"\r\n", 1)[0]  # the client gave up: closed, nothing to answer


# --- wrong content types, methods and paths -------------------------------------------------------------------------


@pytest.mark.parametrize(("content_type", "payload"), [
    ("application/json", b'{"api_key": "test-key"}'),
    ("text/plain", b"api_key=test-key"),
    ("multipart/form-data", b"--x\r\n"),  # no boundary parameter
    ("image/jpeg", PHOTO),
])
def test_wrong_content_type(engine: EngineServer, content_type: str, payload: bytes) -> None:
    answer = requests.post(engine.base_url + VERIFY, data=payload, headers={"Content-Type": content_type}, timeout=10)
    assert error_of(answer) == (400, "BAD_ARGUMENTS: content_type")


@pytest.mark.parametrize(("method", "path", "first_required"), [
    ("POST", VERIFY, "api_key"), ("POST", GET_TOKEN, "api_key"), ("POST", BIZ_TOKEN, "sign"),
    ("GET", GET_RESULT, "api_key"),
])
@pytest.mark.parametrize("body", [b"", None])  # Content-Length: 0, and no Content-Length at all
def test_an_empty_multipart_body_misses_the_first_required_field(engine: EngineServer, method: str, path: str,
                                                                  first_required: str, body: bytes | None) -> None:
    """An empty body under a multipart type with its boundary was "BAD_ARGUMENTS: content_type", as if the boundary
    were wrong: but no part uses it because there are no parts, so there are no parameters. verify 2.0.6's 通用的
    ERROR_MESSAGE: "400 MISSING_ARGUMENTS: <key> 缺少某个必选参数", as for "--x--" (a multipart body of no parts)."""
    content_length = "" if body is None else "Content-Length: 0\r\n"
    answer = raw_exchange(engine, f"{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{content_length}"
                                  "Content-Type: multipart/form-data; boundary=x\r\n\r\n".encode(), timeout=10)
    head, _, payload = answer.partition(b"\r\n\r\n")
    error = json.loads(payload)["error" if path == BIZ_TOKEN else "error_message"]
    assert (head.split(b" ")[1], error) == (b"400", f"MISSING_ARGUMENTS: {first_required}")


def test_urlencoded_form_is_accepted_like_multipart(engine: EngineServer) -> None:
    answer = requests.post(engine.base_url + VERIFY, data=verify_fields(), timeout=10)
    assert error_of(answer) == (400, "MISSING_ARGUMENTS: image")


def test_an_urlencoded_body_of_too_many_fields_is_refused_before_it_is_parsed(engine: EngineServer) -> None:
    """Werkzeug limits multipart parts (1,000) only: 19 MB of short names once took 730 MB and seconds."""
    body = "&".join(f"{i:04d}" for i in range(1001))
    answer = requests.post(engine.base_url + VERIFY, data=body, timeout=10,
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert answer.status_code == 413


def test_a_percent_escape_that_is_not_utf8_is_refused_like_the_raw_bytes(engine: EngineServer) -> None:
    """Werkzeug kept "%FF" as text, which passed for a name (and was billed as NO_SUCH_ID_NUMBER)."""
    kyc = "&".join(f"{k}={v}" for k, v in verify_fields(kyc=True).items() if k != "idcard_name")
    in_body = requests.post(engine.base_url + VERIFY, data=f"{kyc}&idcard_name=%E5%BC%A0%FF", timeout=10,
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert error_of(in_body) == (400, "INVALID_NAME_FORMAT")
    in_query = post(engine, VERIFY + "?idcard_name=%E5%BC%A0%FF",
                    {k: v for k, v in verify_fields(kyc=True).items() if k != "idcard_name"}, {"image": PHOTO})
    assert error_of(in_query) == (400, "INVALID_NAME_FORMAT")
    uuid = post(engine, VERIFY + "?uuid=%FF", {k: v for k, v in verify_fields().items() if k != "uuid"},
                {"image": PHOTO, "image_ref1": PHOTO})
    assert error_of(uuid) == (400, "BAD_ARGUMENTS: uuid")
    token = requests.post(engine.base_url + GET_TOKEN, timeout=10, data={
        **token_fields(), "comparison_type": "1", "idcard_name": "张".encode() + b"\xff", "idcard_number": KYC_NUMBER})
    assert error_of(token) == (400, "INVALID_NAME_FORMAT")


def test_a_part_name_that_is_not_utf8_blames_the_body_not_the_part_before_it(engine: EngineServer) -> None:
    """The part before it was named ("BAD_ARGUMENTS: image_ref1") though it was whole: the body cannot be read from the
    part whose name is not UTF-8 on."""
    body, content_type = _multipart(verify_fields(), {"image": PHOTO, "image_ref1": PHOTO})
    boundary = content_type.split("boundary=")[1].encode()
    odd = b'Content-Disposition: form-data; name="\xff\xfe"\r\n\r\nx\r\n--' + boundary + b"--\r\n"
    body = body[: body.rindex(b"--" + boundary + b"--")] + b"--" + boundary + b"\r\n" + odd
    answer = requests.post(engine.base_url + VERIFY, data=body, headers={"Content-Type": content_type}, timeout=10)
    assert error_of(answer) == (400, "BAD_ARGUMENTS: body")


def _with_a_last_part(fields: Fields, disposition: bytes, value: bytes) -> tuple[bytes, str]:
    """A verify body of ``fields`` and two photos, then one more part of its own Content-Disposition."""
    body, content_type = _multipart(fields, {"image": PHOTO, "image_ref1": PHOTO})
    boundary = content_type.split("boundary=")[1].encode()
    part = b"Content-Disposition: " + disposition + b"\r\n\r\n" + value + b"\r\n--" + boundary + b"--\r\n"
    return body[: body.rindex(b"--" + boundary + b"--")] + b"--" + boundary + b"\r\n" + part, content_type


@pytest.mark.parametrize("disposition", [b"form-data; name=api_key\xff", b'form-data; name="api_key\xff"'])
def test_an_unquoted_part_name_that_is_not_utf8_is_no_parameter_s(engine: EngineServer, disposition: bytes) -> None:
    """Werkzeug ended an unquoted name at its first byte that is no token character and skipped the rest, so
    ``name=api_key\\xff`` was read as api_key, and the key checked. It is read whole, a name that is not UTF-8 as
    it is when quoted: the body cannot be read from it on."""
    fields = {k: v for k, v in verify_fields().items() if k != "api_key"}
    body, content_type = _with_a_last_part(fields, disposition, API_KEY.encode())
    answer = requests.post(engine.base_url + VERIFY, data=body, headers={"Content-Type": content_type}, timeout=10)
    assert error_of(answer) == (400, "BAD_ARGUMENTS: body")


@pytest.mark.parametrize("disposition", ["form-data; name=api_keyé".encode(), b"form-data; name=api_key x"])
def test_an_unquoted_part_name_is_read_whole(engine: EngineServer, disposition: bytes) -> None:
    """``name=api_keyé`` was the api_key parameter: an unknown parameter, ignored, so api_key is missing."""
    fields = {k: v for k, v in verify_fields().items() if k != "api_key"}
    body, content_type = _with_a_last_part(fields, disposition, API_KEY.encode())
    answer = requests.post(engine.base_url + VERIFY, data=body, headers={"Content-Type": content_type}, timeout=10)
    assert error_of(answer) == (400, "MISSING_ARGUMENTS: api_key")


def test_an_unquoted_part_name_is_still_a_parameter(engine: EngineServer) -> None:
    """Read whole, less the blanks after it: the key sent is checked (and refused), not taken for missing."""
    fields = {k: v for k, v in verify_fields().items() if k != "api_key"}
    body, content_type = _with_a_last_part(fields, b"form-data; name=api_key ", b"not-the-key")
    answer = requests.post(engine.base_url + VERIFY, data=body, headers={"Content-Type": content_type}, timeout=10)
    assert error_of(answer) == (403, "AUTHENTICATION_ERROR")


@pytest.mark.parametrize("file_name", ["证件照.jpg".encode("gbk"), "写真.jpg".encode("shift_jis"), b"\xff\xfe.jpg"])
def test_a_photo_whose_file_name_is_not_utf8_is_compared_as_any_other(engine: EngineServer, faces: Path,
                                                                       file_name: bytes) -> None:
    """A GBK file name from a Chinese Windows client was refused as "BAD_ARGUMENTS: image": Werkzeug decoded the
    part's headers as strict UTF-8. The file name means nothing to FaceID (verify 2.0.6: image is a File, "待比对的人脸
    照片"), so the photo is read and compared as it is under any other name; a part *name* not UTF-8 is still refused
    (above)."""
    photos = {"image": (faces / "obama_1.jpg").read_bytes(), "image_ref1": (faces / "obama_2.jpg").read_bytes()}
    body, content_type = _multipart(verify_fields(), photos)
    renamed = body.replace(b'filename="image.jpg"', b'filename="' + file_name + b'"')
    assert renamed != body
    answers = [requests.post(engine.base_url + VERIFY, data=data, headers={"Content-Type": content_type}, timeout=60)
               for data in (body, renamed)]
    assert [answer.status_code for answer in answers] == [200, 200], answers[1].text
    assert answers[1].json()["result_ref1"] == answers[0].json()["result_ref1"]


def test_a_boundary_the_body_never_uses_blames_the_content_type_not_the_last_part(engine: EngineServer) -> None:
    body, content_type = _multipart(verify_fields(), {"image": PHOTO, "image_ref1": PHOTO})
    answer = requests.post(engine.base_url + VERIFY, data=body, timeout=10,
                           headers={"Content-Type": "multipart/form-data; boundary=not-the-one-used"})
    assert error_of(answer) == (400, "BAD_ARGUMENTS: content_type")
    assert content_type.startswith("multipart/form-data; boundary=")  # the body itself is well formed


def test_a_photo_sent_as_a_part_without_a_file_name_is_an_unreadable_image(engine: EngineServer) -> None:
    answer = requests.post(engine.base_url + VERIFY, data=verify_fields(), timeout=10,
                           files={"image": (None, PHOTO, "image/jpeg"), "image_ref1": ("r.jpg", PHOTO, "image/jpeg")})
    assert error_of(answer) == (400, "IMAGE_ERROR_UNSUPPORTED_FORMAT: image")


@pytest.mark.parametrize("query", ["=a&=b", "%ff=a&%fe=b", "%ff=a&%ff=b", "x%E5%BC=a&x%E5%BD=b"])
def test_repeated_fields_without_a_name_are_refused_naming_the_body(engine: EngineServer, query: str) -> None:
    """Names that are not UTF-8 are decoded to U+FFFD, so two such collide: that was "BAD_ARGUMENTS: \ufffd", which
    names nothing a client sent. verify 2.0.6: "BAD_ARGUMENTS:<key> 某个参数解析出错"; with no key to give, the body,
    as for an empty name and for a multipart part whose name is not UTF-8 (one such name alone is an unknown,
    ignored parameter)."""
    answer = requests.post(engine.base_url + GET_RESULT + "?" + query, timeout=10)
    assert error_of(answer) == (400, "BAD_ARGUMENTS: body")
    in_form = requests.post(engine.base_url + VERIFY, data=query, timeout=10,
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert error_of(in_form) == (400, "BAD_ARGUMENTS: body")


@pytest.mark.parametrize(("method", "path"), [
    ("GET", VERIFY), ("PUT", VERIFY), ("DELETE", VERIFY), ("PATCH", GET_TOKEN),
    ("POST", GET_RESULT), ("GET", GET_TOKEN), ("OPTIONS", VERIFY),
])
def test_wrong_method(engine: EngineServer, method: str, path: str) -> None:
    answer = requests.request(method, engine.base_url + path, timeout=10)
    assert (answer.status_code, answer.json()["error_message"]) == (404, "API_NOT_FOUND")


@pytest.mark.parametrize(("method", "path"), [
    ("GET", BIZ_TOKEN), ("PUT", BIZ_TOKEN), ("POST", BIZ_TOKEN + "/"), ("POST", "/faceid/v3/sdk/get_biz_tokens"),
])
def test_a_v3_path_that_is_no_api_answers_in_v3_s_shape(engine: EngineServer, method: str, path: str) -> None:
    """A GET of get_biz_token, or a trailing slash, answered v2's {"error_message": "API_NOT_FOUND"}: v3's errors
    are {"error": "CODE"} (get_biz_token v3's 错误码列表 lists 404 API_NOT_FOUND), as its other errors here are."""
    answer = requests.request(method, engine.base_url + path, timeout=10)
    body = answer.json()
    assert (answer.status_code, body.get("error")) == (404, "API_NOT_FOUND") and "error_message" not in body
    assert body["request_id"] and isinstance(body["time_used"], int)  # "此字段必定返回", as with its other errors


@pytest.mark.parametrize("path", [
    "/faceid/v2/verify/", "//faceid/v2/verify", "/faceid/v2/../v2/verify", "/faceid/v2/%2e%2e/v2/verify",
    "/FACEID/V2/VERIFY", "/faceid/v2/verify%00", "/faceid/v2/verify;x=1", "/faceid/v2/verify%2f",
    "/faceid/v2/verify/../../../etc/passwd", "/../../etc/passwd", "/faceid/v2/verify\\", "/%ff%fe",
])
def test_path_tricks_find_no_api(engine: EngineServer, path: str) -> None:
    answer = raw_exchange(engine, f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n".encode())
    status_line = answer.split(b"\r\n", 1)[0]
    assert status_line.split(b" ")[1] in (b"404", b"400"), status_line
    if b" 404 " in status_line:
        assert b"API_NOT_FOUND" in answer


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("path", [
    "/faceid/v2//verify", "/faceid//v2/verify", "/faceid/liveness/v2//get_result", "/faceid/liveness//v2/do",
    "/faceid/v3/sdk//get_biz_token", "/faceid/v3//sdk/get_biz_token",
])
def test_doubled_slashes_find_no_api_and_redirect_nowhere(engine: EngineServer, method: str, path: str) -> None:
    """Werkzeug merged the slashes by a 308 redirect with an HTML page (a POST to verify, a GET to get_result or do):
    no document describes it. verify 2.0.6: "404 API_NOT_FOUND 所调用的API不存在", in v3's shape on a v3 path."""
    answer = requests.request(method, engine.base_url + path, timeout=10, allow_redirects=False)
    key = "error" if path.startswith("/faceid/v3/") else "error_message"
    assert (answer.status_code, answer.json()[key]) == (404, "API_NOT_FOUND")


# --- oversized bodies and headers -------------------------------------------------------------------------------------


def test_a_request_over_twenty_megabytes_is_413_plain_text(engine: EngineServer) -> None:
    fields = biz_fields()
    answer = post(engine, BIZ_TOKEN, fields, {"image_ref1": PHOTO + b"\0" * (21 * 1024 * 1024)})
    assert (answer.status_code, answer.text) == (413, "Request Entity Too Large")


def test_a_body_beyond_the_server_limit_is_refused_before_it_is_read(engine: EngineServer) -> None:
    head = (f"POST {VERIFY} HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=x\r\n"
            f"Content-Length: {10 ** 12}\r\n\r\n").encode()
    answer = raw_exchange(engine, head, timeout=10)
    assert answer.startswith(b"HTTP/1.1 413 ")


def test_oversized_headers_are_refused(engine: EngineServer) -> None:
    answer = requests.post(engine.base_url + VERIFY, headers={"X-Padding": "p" * 300_000}, timeout=10)
    assert (answer.status_code, answer.text) == (413, "Request Entity Too Large")  # no document lists 431


# --- a slow body -------------------------------------------------------------------------------------------------------


@pytest.fixture
def impatient(tmp_path: Path) -> Iterator[EngineServer]:
    """An engine that closes a connection after 2 s without a byte."""
    server = EngineServer(tmp_path, {API_KEY: API_SECRET}, idle_timeout_s=2).start()
    yield server
    server.stop()


def test_a_slow_body_neither_blocks_others_nor_stays_open(impatient: EngineServer) -> None:
    body, content_type = _multipart(verify_fields(), {"image": PHOTO})
    with socket.create_connection((impatient.host, impatient.port), timeout=30) as slow:
        slow.sendall((f"POST {VERIFY} HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\n"
                      f"Content-Length: {len(body)}\r\n\r\n").encode() + body[:100])
        # Meanwhile the engine answers others at once: a slow body holds no worker thread.
        for _ in range(5):
            quick = requests.post(impatient.base_url + VERIFY, data=verify_fields(), timeout=5)
            assert error_of(quick) == (400, "MISSING_ARGUMENTS: image")
        started = time.monotonic()
        slow.settimeout(30)
        try:
            closed = slow.recv(100)
        except ConnectionResetError:
            closed = b""
        assert closed == b"" and time.monotonic() - started < 20  # hung up after the idle timeout


def test_a_slow_but_steady_body_is_answered(impatient: EngineServer) -> None:
    body, content_type = _multipart(verify_fields(), {"image": PHOTO})
    with socket.create_connection((impatient.host, impatient.port), timeout=30) as conn:
        conn.sendall((f"POST {VERIFY} HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\n"
                      f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode())
        step = len(body) // 4 + 1
        for i in range(0, len(body), step):
            conn.sendall(body[i : i + step])
            time.sleep(0.5)
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 400 ") and b"MISSING_ARGUMENTS: image_ref1" in answer


@pytest.fixture
def head_strict(tmp_path: Path) -> Iterator[EngineServer]:
    """An engine that wants each request head within 1 s (its idle time-out stays the default 60 s)."""
    server = EngineServer(tmp_path, {API_KEY: API_SECRET}, head_timeout_s=1).start()
    yield server
    server.stop()


def _hung_up(conn: socket.socket, within_s: float) -> bool:
    """Whether the engine closed ``conn`` within ``within_s`` (reading whatever it sent first)."""
    conn.settimeout(within_s)
    try:
        while conn.recv(4096):
            pass
    except ConnectionResetError:
        pass
    except TimeoutError:
        return False
    return True


def test_a_trickled_request_head_is_cut_off_though_each_byte_restarts_the_idle_time_out(
    head_strict: EngineServer,
) -> None:
    with socket.create_connection((head_strict.host, head_strict.port), timeout=30) as slow:
        slow.sendall(b"GET " + GET_RESULT.encode() + b" HTTP/1.1\r\n")
        cut = False
        for i in range(40):  # a header byte every 0.25 s for up to 10 s: never idle for long
            try:
                slow.sendall(b"X-Trickle-" + str(i).encode() + b": 1\r\n")
            except OSError:  # the engine has closed it
                cut = True
                break
            if _hung_up(slow, 0.25):
                cut = True
                break
        assert cut


def test_a_connection_that_never_speaks_is_closed_after_the_head_time_out(head_strict: EngineServer) -> None:
    with socket.create_connection((head_strict.host, head_strict.port), timeout=30) as silent:
        assert _hung_up(silent, 10)


def test_a_kept_alive_connection_between_requests_waits_the_idle_time_out_not_the_head_one(
    head_strict: EngineServer,
) -> None:
    with socket.create_connection((head_strict.host, head_strict.port), timeout=30) as conn:
        request = f"GET {GET_RESULT}?biz_id=1 HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        conn.sendall(request)
        assert conn.recv(65536).startswith(b"HTTP/1.1 ")
        assert not _hung_up(conn, 3)  # three head time-outs later, still open for the next request
        conn.sendall(request)
        assert conn.recv(65536).startswith(b"HTTP/1.1 ")


def test_a_hundred_clients_trickling_their_heads_do_not_shut_the_others_out(head_strict: EngineServer) -> None:
    """waitress takes about 100 connections; without the head deadline these held them for as long as they
    kept sending a byte now and then."""
    trickling = [socket.create_connection((head_strict.host, head_strict.port), timeout=5) for _ in range(110)]
    try:
        for conn in trickling:
            conn.sendall(b"GET / HTTP/1.1\r\n")
        answered = None
        for _ in range(20):
            for conn in trickling:
                with contextlib.suppress(OSError):  # cut off: what this test wants
                    conn.sendall(b"X: 1\r\n")
            try:
                answered = requests.get(head_strict.base_url + GET_RESULT, params={"biz_id": "1"}, timeout=0.5)
                break
            except requests.exceptions.RequestException:
                continue
        assert answered is not None and answered.status_code == 400
    finally:
        for conn in trickling:
            conn.close()


def test_an_https_client_is_refused_at_once_not_after_the_time_out(engine_with_defaults: EngineServer) -> None:
    started = time.monotonic()
    with pytest.raises(requests.exceptions.SSLError):
        requests.get(f"https://{engine_with_defaults.host}:{engine_with_defaults.port}{GET_RESULT}", timeout=30,
                     verify=False)
    assert time.monotonic() - started < 5  # the head time-out is 10 s, the idle one 60 s


@pytest.fixture
def engine_with_defaults(tmp_path: Path) -> Iterator[EngineServer]:
    server = EngineServer(tmp_path, {API_KEY: API_SECRET}).start()
    yield server
    server.stop()


@pytest.fixture
def strict(tmp_path: Path) -> Iterator[EngineServer]:
    """Head within 1 s, whole request within 2 s, 3 s kept open between requests."""
    server = EngineServer(tmp_path, {API_KEY: API_SECRET}, head_timeout_s=1, request_timeout_s=2,
                          idle_timeout_s=3).start()
    yield server
    server.stop()


def _send_for(conn: socket.socket, piece: bytes, seconds: float) -> bool:
    """Send ``piece`` every 0.25 s for ``seconds``; whether the engine hung up meanwhile."""
    for _ in range(int(seconds / 0.25)):
        try:
            conn.sendall(piece)
        except OSError:
            return True
        if _hung_up(conn, 0.25):
            return True
    return False


def test_empty_lines_are_no_request_and_keep_no_connection_open(strict: EngineServer) -> None:
    """waitress reads each empty line as an empty request: a connection sending them before its idle time-out
    ran out was never asked for a head, and stayed open for ever."""
    with socket.create_connection((strict.host, strict.port), timeout=30) as new:
        assert _send_for(new, b"\r\n", 8)  # never asked anything: closed at the head deadline
    with socket.create_connection((strict.host, strict.port), timeout=30) as kept:
        kept.sendall(f"GET {GET_RESULT}?biz_id=1 HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        assert kept.recv(65536).startswith(b"HTTP/1.1 400 ")
        assert _send_for(kept, b"\r\n", 12)  # kept open after an answer: closed all the same


def test_a_body_trickled_a_byte_at_a_time_is_cut_off_at_the_request_deadline(strict: EngineServer) -> None:
    with socket.create_connection((strict.host, strict.port), timeout=30) as slow:
        slow.sendall(f"POST {VERIFY} HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     "Content-Length: 100000\r\n\r\n".encode())
        assert _send_for(slow, b"a", 12)


def test_a_request_sent_behind_a_long_answer_is_answered_too(head_strict: EngineServer) -> None:
    """Its head arrived while the answer before it was read slowly: that time was counted against it, and both
    the long answer and the request behind it were cut off."""
    strict = head_strict
    app = strict._server.application

    def long_answer(environ: dict[str, Any], start_response: Any) -> Any:
        if "long" in environ.get("QUERY_STRING", ""):
            start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(8 << 20))])
            return [b"x" * (8 << 20)]
        return app(environ, start_response)

    strict._server.application = long_answer
    with socket.create_connection((strict.host, strict.port), timeout=30) as conn:
        second = f"GET {GET_RESULT}?biz_id=2 HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        conn.sendall(f"GET {GET_RESULT}?long=1 HTTP/1.1\r\nHost: x\r\n\r\n".encode() + second[:10])
        time.sleep(0.05)
        conn.sendall(second[10:])
        time.sleep(3)  # a slow reader: the long answer waits in the engine's buffers meanwhile
        received = b""
        while received.count(b"HTTP/1.1 ") < 2 or not received.endswith(b"}"):
            chunk = conn.recv(1 << 20)
            assert chunk, f"hung up after {len(received)} bytes"
            received += chunk
    assert received.startswith(b"HTTP/1.1 200 ") and b"HTTP/1.1 400 " in received[8 << 20:]

def test_a_large_body_at_a_slow_but_steady_pace_is_answered_past_the_request_deadline(strict: EngineServer) -> None:
    """A 20 MB get_biz_token at 1 Mbit/s takes 160 s: cut off at the 120 s deadline, it was lost; now only a pace
    below a slow link's is."""
    body = b"uuid=" + b"a" * 150_000
    with socket.create_connection((strict.host, strict.port), timeout=30) as conn:
        conn.sendall(f"POST {VERIFY} HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode())
        step = len(body) // 15 + 1
        for i in range(0, len(body), step):  # ~50 KB/s over ~3 s, past the 2 s request deadline
            conn.sendall(body[i : i + step])
            time.sleep(0.2)
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 400 ")


def test_a_refused_body_trickled_after_its_413_is_cut_off_at_the_request_deadline(tmp_path: Path) -> None:
    """A body refused by its Content-Length is read (and dropped) after the 413, at the pace a body being read must
    keep: a trickle is cut off at the request deadline, not kept for as long as it sends a byte within the idle
    time-out."""
    server = EngineServer(tmp_path, {API_KEY: API_SECRET}, head_timeout_s=1, request_timeout_s=2).start()  # idle: 60 s
    try:
        with socket.create_connection((server.host, server.port), timeout=5) as slow:
            slow.sendall(f"POST {VERIFY} HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                         f"Content-Length: {30 * 1024 * 1024}\r\n\r\n".encode())
            assert slow.recv(65536).startswith(b"HTTP/1.1 413 ")
            assert _send_for(slow, b"a", 12)
    finally:
        server.stop()
