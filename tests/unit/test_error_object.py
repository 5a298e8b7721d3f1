"""FaceIDError behaves as an exception everywhere (pickle, copy, notes) and bills as the documents say."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest

from faceid_console.api import LivenessSessionResult, VerifyFailure
from faceid_console.api.errors import ErrorOrigin, FaceIDError, is_billed
from faceid_console.api.signing import SignError, verify_sign_v3


def _service_error() -> FaceIDError:
    return FaceIDError.from_response(400, '{"error_message": "NO_FACE_FOUND: data_source", "request_id": "1,r"}')


def _raise_in_worker() -> None:
    raise FaceIDError.input("image", "image: not a photo")


def test_pickle_and_copy_keep_every_field_and_note() -> None:
    err = _service_error()
    err.add_note("while checking applicant U-17")
    for clone in (pickle.loads(pickle.dumps(err)), copy.copy(err), copy.deepcopy(err)):
        assert type(clone) is FaceIDError
        assert dataclasses.astuple(clone) == dataclasses.astuple(err)
        assert clone.__notes__ == ["while checking applicant U-17"]
        assert str(clone) == str(err) and clone.billed and clone.origin is ErrorOrigin.SERVICE


def test_an_error_crosses_a_process_pool() -> None:
    with ProcessPoolExecutor(1) as pool, pytest.raises(FaceIDError) as raised:
        pool.submit(_raise_in_worker).result()
    assert (raised.value.code, raised.value.detail, raised.value.origin) == ("BAD_ARGUMENTS", "image", ErrorOrigin.INPUT)


def test_fields_stay_read_only_while_chaining_works() -> None:
    err = _service_error()
    with pytest.raises(dataclasses.FrozenInstanceError):
        err.code = "OTHER"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del err.detail
    try:
        raise err from KeyError("cause")
    except FaceIDError as caught:
        assert isinstance(caught.__cause__, KeyError)


def test_bare_no_face_found_is_billed_as_in_the_web_liveness_table() -> None:
    assert is_billed("NO_FACE_FOUND", "")
    assert is_billed("NO_FACE_FOUND", "data_source") and not is_billed("NO_FACE_FOUND", "image")
    assert not is_billed("IMAGE_ERROR_UNSUPPORTED_FORMAT", "")
    assert is_billed("IMAGE_ERROR_UNSUPPORTED_FORMAT", "data_source")


@pytest.mark.parametrize("key", ["error", "error_message"])  # get_result's key, and the H5 callbacks'
@pytest.mark.parametrize(
    ("error", "billed"),
    [("NO_FACE_FOUND", True), ("NO_SUCH_ID_NUMBER", True), ("ID_NUMBER_NAME_NOT_MATCH", True),
     ("IMAGE_ERROR_UNSUPPORTED_FORMAT: data_source", True),
     # The H5 table bills it bare: "姓名和身份证号正确,但图片无法解析或者没有可比对图片。此错误会产生计费".
     ("IMAGE_ERROR_UNSUPPORTED_FORMAT", True),
     # "哪些错误是否计费请参照Verify错误返回表": it does not say which verify error it was, so billing is not known.
     ("VERIFY_API_FAILED", None),
     ("INTERNAL_ERROR", False), ("DATA_SOURCE_ERROR", False), ("NO_FACE_FOUND: image_best", False)],
)
def test_verify_failures_inside_liveness_results_say_whether_they_are_billed(key: str, error: str,
                                                                             billed: bool | None) -> None:
    result = LivenessSessionResult.parse({"biz_id": "1,b", "verify_result": {key: error}})
    assert isinstance(result.verify_result, VerifyFailure)
    assert result.verify_result.billed is billed


@pytest.mark.parametrize("field", ["b", "c", "d"])
@pytest.mark.parametrize("digit", ["²", "①", "٣"])
def test_a_sign_with_non_ascii_digits_is_invalid_not_a_crash(field: str, digit: str) -> None:
    import base64
    import hashlib
    import hmac

    parts = {"a": "k", "b": "1700000100", "c": "1700000000", "d": "12345"}
    parts[field] = parts[field][:-1] + digit
    raw = "&".join(f"{k}={v}" for k, v in parts.items()).encode()
    sign = base64.b64encode(hmac.new(b"s", raw, hashlib.sha1).digest() + raw).decode()
    with pytest.raises(SignError) as err:
        verify_sign_v3(sign, {"k": "s"}, now=1700000050)
    assert err.value.reason == "INVALID_SIGN"


def test_the_command_line_shows_whether_a_failed_comparison_is_billed() -> None:
    from faceid_console.cli import to_jsonable

    result = LivenessSessionResult.parse({"biz_id": "1,b", "verify_result": {"error": "NO_SUCH_ID_NUMBER"}})
    printed = to_jsonable(result)["verify_result"]
    assert {k: printed[k] for k in ("error", "billed")} == {"error": "NO_SUCH_ID_NUMBER", "billed": True}
    # Explained as the command line explains an error: the catalogue's words and what to do.
    assert printed["explanation"] == "The identity data source has no record of this ID number."
    assert printed["hint"].startswith("in the get-token that started this session, the data source has no record")


def test_pickle_and_copy_keep_a_refused_field() -> None:
    from faceid_console.api.errors import RefusedField

    with pytest.raises(FaceIDError) as raised:
        LivenessSessionResult.parse_get_result({"biz_id": "1,other", "status": "OK"}, "1,asked")
    err = raised.value
    assert err.refused == RefusedField("response.biz_id", "other_session", "1,other", "1,asked")
    for clone in (pickle.loads(pickle.dumps(err)), copy.copy(err), copy.deepcopy(err),
                  dataclasses.replace(err, raw_body="{}")):
        assert clone.refused == err.refused
