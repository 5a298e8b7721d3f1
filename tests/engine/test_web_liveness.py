"""The web-liveness sandbox end to end: get_token → do page → signed callbacks → get_result (once)."""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
import requests
from PIL import Image

from faceid_console.api import (
    ComparisonType,
    FaceIDClient,
    FaceIDError,
    GetImageType,
    GetResultRequest,
    GetTokenRequest,
    VerifyResult,
    parse_callback_form,
)
from tests.conftest import API_KEY, API_SECRET

from .helpers import KYC_NAME, KYC_NUMBER


class Receiver:
    """The reviewer's server: collects what FaceID posts to notify_url."""

    def __init__(self) -> None:
        self.posts: list[bytes] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                receiver.posts.append(self.rfile.read(int(self.headers["Content-Length"])))
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait_for_post(self, timeout: float = 10.0) -> bytes:
        deadline = time.monotonic() + timeout
        while not self.posts and time.monotonic() < deadline:
            time.sleep(0.02)
        assert self.posts, "notify_url was never called"
        return self.posts[0]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()
    r.server.server_close()


def sha1_sign(data: str) -> str:
    return hashlib.sha1((API_SECRET + data).encode("utf-8")).hexdigest()


def start_session(client: FaceIDClient, receiver: Receiver, faces, **kw) -> str:  # type: ignore[no-untyped-def]
    request = GetTokenRequest(
        comparison_type=kw.pop("comparison_type", ComparisonType.FACE_COMPARISON),
        return_url=receiver.url + "/return?order=9", notify_url=receiver.url + "/notify",
        biz_no="order-9", biz_extra_data="branch=Shanghai&desk=3", **kw,
    )
    if request.comparison_type == ComparisonType.FACE_COMPARISON and "uuid" not in kw:
        request = GetTokenRequest(**{**request.__dict__, "uuid": "applicant-9", "image_ref1": faces / "obama_2.jpg"})
    token = client.get_token(request)
    assert token.expired_time is not None and token.expired_time > time.time() + 3000
    return token.token


def finish(client: FaceIDClient, token: str, photo: bytes | None, **choices: str) -> tuple[str, str, str]:
    page = requests.get(client.liveness_page_url(token), timeout=10)
    assert page.status_code == 200 and "Sandbox" in page.text and 'name="liveness_outcome"' in page.text
    files = {"image_best": ("best.jpg", photo, "image/jpeg")} if photo else None
    done = requests.post(client.base_url + "/faceid/liveness/v2/do", data={"token": token, **choices}, files=files,
                         timeout=60)
    assert done.status_code == 200, done.text
    action = re.search(r'action="([^"]+)"', done.text)
    data = re.search(r'name="data" value="([^"]*)"', done.text)
    sign = re.search(r'name="sign" value="([^"]*)"', done.text)
    assert action and data and sign
    return html.unescape(action.group(1)), html.unescape(data.group(1)), sign.group(1)


def test_full_session_with_signed_callbacks(client: FaceIDClient, receiver: Receiver, faces) -> None:  # type: ignore[no-untyped-def]
    token = start_session(client, receiver, faces)
    return_url, data, sign = finish(client, token, (faces / "obama_1.jpg").read_bytes(),
                                    synthetic_face_confidence="0.1", mask_confidence="0.7",
                                    screen_replay_confidence="0.2")
    assert return_url == receiver.url + "/return?order=9"
    assert sign == sha1_sign(data)  # checked independently of the project's own code
    notified = receiver.wait_for_post()
    fields = parse_qs(notified.decode(), keep_blank_values=True)
    assert fields["data"] == [data] and fields["sign"] == [sha1_sign(data)]
    assert parse_callback_form(notified).signature_valid(API_SECRET)

    payload = json.loads(data)
    assert payload["biz_no"] == "order-9" and payload["biz_extra_data"] == "branch=Shanghai&desk=3"
    assert payload["liveness_result"]["result"] == "success" and "simulated" in payload["liveness_result"]["version"]
    assert "images" not in payload

    result = client.get_result(GetResultRequest(payload["biz_id"], GetImageType.BEST))
    assert result.biz_id == payload["biz_id"] and result.liveness_result is not None and result.liveness_result.passed
    verify = result.verify_result
    assert isinstance(verify, VerifyResult) and verify.result_refs[1].passes("1e-4")
    gauges = {g.check: g for g in result.genuineness().gauges()}  # type: ignore[union-attr]
    assert gauges["mask"].suspected and not gauges["synthetic_face"].suspected and gauges["mask"].confidence == 0.7
    assert [i.name for i in result.images] == ["image_best"]
    assert Image.open(io.BytesIO(result.images[0].decode())).format == "JPEG"

    with pytest.raises(FaceIDError) as again:
        client.get_result(GetResultRequest(payload["biz_id"]))
    assert (again.value.code, again.value.http_status) == ("DATA_DESTROYED", 403)


def test_failed_liveness_has_no_verify_result(client: FaceIDClient, receiver: Receiver, faces) -> None:  # type: ignore[no-untyped-def]
    token = start_session(client, receiver, faces)
    _, data, _ = finish(client, token, (faces / "obama_1.jpg").read_bytes(), liveness_outcome="not_video")
    payload = json.loads(data)
    assert payload["liveness_result"] == {**payload["liveness_result"], "result": "failed", "failure_reason": "not_video"}
    assert payload["verify_result"] is None
    result = client.get_result(GetResultRequest(payload["biz_id"], GetImageType.ALL))
    assert result.verify_result is None and result.liveness_result is not None and not result.liveness_result.passed


def test_a_liveness_only_session_compares_no_face(client: FaceIDClient, receiver: Receiver, faces) -> None:  # type: ignore[no-untyped-def]
    """comparison_type -1 was refused (BAD_ARGUMENTS: comparison_type, before the request was even sent): get_result's
    document has it as the session with no comparison, whose verify_result is null though the liveness check
    passed. It needs no identity and no reference photo."""
    token = start_session(client, receiver, faces, comparison_type=ComparisonType.LIVENESS_ONLY)
    page = requests.get(client.liveness_page_url(token), timeout=10)
    assert "compares no face" in page.text and 'name="mask_confidence"' not in page.text  # nothing to judge them on
    _, data, sign = finish(client, token, (faces / "obama_1.jpg").read_bytes())
    assert sign == sha1_sign(data)
    payload = json.loads(data)
    assert payload["liveness_result"]["result"] == "success" and payload["verify_result"] is None
    result = client.get_result(GetResultRequest(payload["biz_id"]))
    assert result.liveness_result is not None and result.liveness_result.passed and result.verify_result is None
    assert "verify_result" in result.raw and result.raw["verify_result"] is None


def test_get_result_without_images_answers_images_null(client: FaceIDClient, receiver: Receiver, faces) -> None:  # type: ignore[no-untyped-def]
    """get_image_type 0 (the default) left "images" out of the answer; the document gives it as the images "或返回为
    null": the field is there, null."""
    token = start_session(client, receiver, faces)
    _, data, _ = finish(client, token, (faces / "obama_1.jpg").read_bytes())
    answer = requests.get(client.base_url + "/faceid/liveness/v2/get_result", timeout=10, params={
        "api_key": API_KEY, "api_secret": API_SECRET, "biz_id": json.loads(data)["biz_id"]})
    assert answer.status_code == 200, answer.text
    assert "images" in answer.json() and answer.json()["images"] is None


def test_kyc_session_and_a_different_person(client: FaceIDClient, receiver: Receiver, faces, registered) -> None:  # type: ignore[no-untyped-def]
    token = start_session(client, receiver, faces, comparison_type=ComparisonType.KYC, idcard_name=KYC_NAME,
                          idcard_number=KYC_NUMBER)
    _, data, _ = finish(client, token, (faces / "biden_2.jpg").read_bytes())
    verify = json.loads(data)["verify_result"]
    assert verify["id_exceptions"] == {"id_attacked": 0, "id_photo_monochrome": 0}
    assert verify["result_faceid"]["confidence"] < verify["result_faceid"]["thresholds"]["1e-3"]


def test_session_photo_without_a_face_gives_the_error_form(client: FaceIDClient, receiver: Receiver, faces) -> None:  # type: ignore[no-untyped-def]
    from .helpers import blank_photo

    token = start_session(client, receiver, faces)
    _, data, _ = finish(client, token, blank_photo())
    assert json.loads(data)["verify_result"] == {"error": "NO_FACE_FOUND: image_best"}


def test_token_is_single_use_and_unknown_tokens_get_a_page(client: FaceIDClient, receiver: Receiver, faces) -> None:  # type: ignore[no-untyped-def]
    token = start_session(client, receiver, faces)
    finish(client, token, (faces / "obama_1.jpg").read_bytes())
    reused = requests.get(client.liveness_page_url(token), timeout=10)
    assert reused.status_code == 400 and "no longer valid" in reused.text
    assert requests.get(client.liveness_page_url("nope"), timeout=10).status_code == 400


def test_result_expires_after_a_day(engine, client: FaceIDClient, receiver: Receiver, faces) -> None:  # type: ignore[no-untyped-def]
    token = start_session(client, receiver, faces)
    _, data, _ = finish(client, token, (faces / "obama_1.jpg").read_bytes())
    real_clock = engine.backend.config.clock
    engine.backend.config.clock = lambda: real_clock() + 86401
    try:
        with pytest.raises(FaceIDError) as late:
            client.get_result(GetResultRequest(json.loads(data)["biz_id"]))
    finally:
        engine.backend.config.clock = real_clock
    assert late.value.code == "DATA_DESTROYED"


@pytest.mark.parametrize(
    ("params", "message", "status"),
    [
        ({"biz_id": "1,unknown"}, "RESULT_NOT_FOUND", 400),
        ({}, "MISSING_ARGUMENTS: biz_id", 400),
        ({"biz_id": "1,x", "get_image_type": "3"}, "BAD_ARGUMENTS: get_image_type", 400),
        ({"biz_id": "1,x", "api_secret": "wrong"}, "AUTHENTICATION_ERROR", 403),
    ],
)
def test_get_result_errors(engine, params: dict, message: str, status: int) -> None:  # type: ignore[no-untyped-def]
    query = {"api_key": API_KEY, "api_secret": API_SECRET, **params}
    response = requests.get(engine.base_url + "/faceid/liveness/v2/get_result", params=query, timeout=10)
    assert (response.status_code, response.json()["error_message"]) == (status, message)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"return_url": None}, "MISSING_ARGUMENTS: return_url"),
        ({"notify_url": "ftp://x/y"}, "BAD_ARGUMENTS: notify_url"),
        ({"biz_no": "n" * 129}, "BAD_ARGUMENTS: biz_no"),
        ({"uuid": None}, "MISSING_ARGUMENTS: uuid"),
        ({"comparison_type": "1", "idcard_name": "张三", "idcard_number": "123"}, "INVALID_IDCARD_NUMBER"),
        ({"comparison_type": "-2"}, "BAD_ARGUMENTS: comparison_type"),
    ],
)
def test_get_token_errors(engine, faces, fields: dict, message: str) -> None:  # type: ignore[no-untyped-def]
    base = {"api_key": API_KEY, "api_secret": API_SECRET, "comparison_type": "0", "uuid": "u",
            "return_url": "http://127.0.0.1:9/r", "notify_url": "http://127.0.0.1:9/n"}
    data = {k: v for k, v in {**base, **fields}.items() if v is not None}
    response = requests.post(engine.base_url + "/faceid/liveness/v2/get_token", data=data,
                             files={"image_ref1": ("r.jpg", (faces / "obama_1.jpg").read_bytes(), "image/jpeg")},
                             timeout=30)
    assert response.status_code == 400 and response.json()["error_message"] == message


def test_get_image_type_all_returns_action_frames(client: FaceIDClient, receiver: Receiver, faces) -> None:  # type: ignore[no-untyped-def]
    token = start_session(client, receiver, faces)
    requests.get(client.liveness_page_url(token), timeout=10)
    png = io.BytesIO()
    Image.open(faces / "obama_4.jpg").save(png, "PNG")
    files = {
        "image_best": ("best.jpg", (faces / "obama_1.jpg").read_bytes(), "image/jpeg"),
        "image_action1": ("a1.png", png.getvalue(), "image/png"),
        "image_action2": ("a2.jpg", (faces / "obama_3.jpg").read_bytes(), "image/jpeg"),
    }
    done = requests.post(client.base_url + "/faceid/liveness/v2/do", data={"token": token}, files=files, timeout=60)
    data = html.unescape(re.search(r'name="data" value="([^"]*)"', done.text).group(1))  # type: ignore[union-attr]
    result = client.get_result(GetResultRequest(json.loads(data)["biz_id"], GetImageType.ALL))
    assert [i.name for i in result.images] == ["image_best", "image_action1", "image_action2"]
    for image in result.images:  # every image comes back as a JPEG data URL, as documented
        assert image.media_type == "image/jpeg"
        assert Image.open(io.BytesIO(image.decode())).format == "JPEG"


def _huge_png(side: int) -> bytes:
    """A 1-bit PNG of ``side``² pixels: a few kilobytes that would take ``3·side²`` bytes as RGB."""
    out = io.BytesIO()
    Image.new("1", (side, side)).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(("name", "side"), [("image_best", 20000), ("image_action1", 12000)])
def test_a_huge_captured_photo_is_refused_naming_it_not_decoded(client: FaceIDClient, receiver: Receiver, faces,  # type: ignore[no-untyped-def]
                                                                name: str, side: int) -> None:
    """20000² is past Pillow's bomb limit (once a 500); 12000² decoded to 430 MB of RGB that stayed."""
    token = start_session(client, receiver, faces)
    requests.get(client.liveness_page_url(token), timeout=10)
    files = {"image_best": ("best.jpg", (faces / "obama_1.jpg").read_bytes(), "image/jpeg"),
             name: (f"{name}.png", _huge_png(side), "image/png")}
    done = requests.post(client.base_url + "/faceid/liveness/v2/do", data={"token": token}, files=files, timeout=60)
    assert (done.status_code, done.json()["error_message"]) == (400, f"INVALID_IMAGE_SIZE: {name}")
    # Nothing was produced: the applicant may submit again, with a photo that fits.
    again = requests.post(client.base_url + "/faceid/liveness/v2/do", data={"token": token},
                          files={"image_best": ("best.jpg", (faces / "obama_1.jpg").read_bytes(), "image/jpeg")},
                          timeout=60)
    assert again.status_code == 200


def test_a_head_request_does_not_use_up_the_one_time_result(client: FaceIDClient, receiver: Receiver, faces) -> None:  # type: ignore[no-untyped-def]
    token = start_session(client, receiver, faces)
    _return_url, data, _sign = finish(client, token, (faces / "obama_1.jpg").read_bytes())
    query = {"api_key": API_KEY, "api_secret": API_SECRET, "biz_id": json.loads(data)["biz_id"]}
    head = requests.head(client.base_url + "/faceid/liveness/v2/get_result", params=query, timeout=10)
    assert head.status_code == 404  # API_NOT_FOUND, as for any method the API does not have
    result = requests.get(client.base_url + "/faceid/liveness/v2/get_result", params=query, timeout=10)
    assert result.status_code == 200 and result.json()["biz_id"] == query["biz_id"]


@pytest.mark.parametrize("name", ["image_best", "image_action1"])
def test_a_captured_photo_sent_as_a_text_field_is_refused_naming_it(client: FaceIDClient, receiver: Receiver, faces,  # type: ignore[no-untyped-def]
                                                                     name: str) -> None:
    """image_best sent as a text field (a part without a file name) was ignored: the session ended as liveness
    "no_input_frame" (视频流输入中断), as if nothing had been sent, and an action frame went missing without a word.
    A capture that cannot be read is "400 IMAGE_ERROR_UNSUPPORTED_FORMAT: <param> 参数<param>对应的图像无法正确解析"
    (verify 2.0.6, whose result verify_result is), as verify answers a photo sent as text, and as the do page already
    answers a captured photo that is not an image."""
    token = start_session(client, receiver, faces)
    requests.get(client.liveness_page_url(token), timeout=10)
    photo = (faces / "obama_1.jpg").read_bytes()
    files = {"image_best": ("best.jpg", photo, "image/jpeg"), name: (None, photo)}
    done = requests.post(client.base_url + "/faceid/liveness/v2/do", data={"token": token}, files=files, timeout=60)
    assert (done.status_code, done.json()["error_message"]) == (400, f"IMAGE_ERROR_UNSUPPORTED_FORMAT: {name}")
    # Nothing was produced: the applicant may submit again, the photo as a file.
    _, data, _ = finish(client, token, photo)
    assert json.loads(data)["liveness_result"]["result"] == "success"


def test_a_camera_capture_beside_file_inputs_left_empty_completes(client: FaceIDClient, receiver: Receiver, faces) -> None:  # type: ignore[no-untyped-def]
    """The do page's own form, photo taken with the camera: the browser sends each file input left empty as a part
    with filename="" and no bytes (HTML's form-data rules), which was refused as "IMAGE_ERROR_UNSUPPORTED_FORMAT:
    image_best" though the photo was in image_best_data_url. An input left empty is no upload."""
    token = start_session(client, receiver, faces)
    requests.get(client.liveness_page_url(token), timeout=10)
    photo = (faces / "obama_1.jpg").read_bytes()
    camera = "data:image/jpeg;base64," + base64.b64encode(photo).decode("ascii")
    left_empty = ("", b"", "application/octet-stream")
    files = {name: left_empty for name in ("image_best", "image_action1", "image_action2", "image_action3")}
    done = requests.post(client.base_url + "/faceid/liveness/v2/do", files=files, timeout=60,
                         data={"token": token, "image_best_data_url": camera, "liveness_outcome": "success"})
    assert done.status_code == 200, done.text
    data = json.loads(html.unescape(re.search(r'name="data" value="([^"]*)"', done.text).group(1)))  # type: ignore[union-attr]
    assert data["liveness_result"]["result"] == "success"
    assert data["verify_result"]["result_ref1"]["confidence"] > data["verify_result"]["result_ref1"]["thresholds"]["1e-5"]
