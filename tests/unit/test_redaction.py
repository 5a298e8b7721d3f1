"""The api_secret is kept out of text: URLs, form bodies and JSON (an echoing host's answer)."""

from __future__ import annotations

import json

import pytest

from faceid_console.api.redaction import redact

SECRET = "s3cr3t-value-0123"


@pytest.mark.parametrize("text", [
    f"GET /faceid/liveness/v2/get_result?api_key=k&api_secret={SECRET}&biz_id=1",
    f"api_key=k&api_secret={SECRET}",
    json.dumps({"form": {"api_key": "k", "api_secret": SECRET}}),
    json.dumps({"form": {"API_SECRET": SECRET + '"quoted\\\\'}}),
    '{"api_secret" : "' + SECRET + '"}',
])
def test_the_api_secret_is_masked_in_urls_forms_and_json(text: str) -> None:
    masked = redact(text)
    assert SECRET not in masked and "***" in masked


def test_json_stays_json_and_the_rest_of_it_is_kept() -> None:
    masked = json.loads(redact(json.dumps({"api_key": "k", "api_secret": SECRET, "biz_id": "1,a"})))
    assert masked == {"api_key": "k", "api_secret": "***", "biz_id": "1,a"}


def test_log_lines_keep_the_api_secret_out_and_only_the_api_key_s_start(caplog: pytest.LogCaptureFixture) -> None:
    """urllib3's retry warning printed get_result's whole query, api_key included, into the log file."""
    import logging

    from faceid_console.api.redaction import install_log_redaction

    install_log_redaction()
    key = "local-8b6f594a9c19c291"
    with caplog.at_level(logging.WARNING, logger="urllib3.connectionpool"):
        logging.getLogger("urllib3.connectionpool").warning(
            "Retrying after connection broken: %s", f"/faceid/liveness/v2/get_result?api_key={key}&api_secret={SECRET}&biz_id=1")
    [line] = caplog.messages
    assert SECRET not in line and key not in line and "api_key=loca…&api_secret=***&biz_id=1" in line


def test_storing_credentials_logs_which_api_key_but_not_all_of_it(caplog: pytest.LogCaptureFixture) -> None:
    """The window's log said "stored credentials for profile local-engine (api_key local-8b6f594a9c19c291)"."""
    import logging

    from faceid_console import credentials
    from faceid_console.api.endpoint import Credentials

    key = "team-key-0123456789abcdef"
    with caplog.at_level(logging.INFO, logger="faceid_console.credentials"):
        credentials.save("p", Credentials(key, SECRET))
    assert credentials.load("p") == Credentials(key, SECRET)
    assert "stored credentials for profile p (api_key team…)" in caplog.messages
    assert all(key not in m and SECRET not in m for m in caplog.messages)


def test_urllib3_s_debug_lines_keep_the_api_secret_out_too(caplog: pytest.LogCaptureFixture, stub_factory) -> None:  # type: ignore[no-untyped-def]
    """At DEBUG, urllib3.util.retry logged "Incremented Retry for (url='…get_result?api_key=…&api_secret=…')": its
    logger is a child of the ones filtered, and a logger's filter does not see its children's records."""
    import logging

    from faceid_console.api import Credentials, FaceIDClient, FaceIDError, GetResultRequest

    answers = iter([(500, "application/json", b'{"error_message": "INTERNAL_ERROR"}'),
                    (400, "application/json", b'{"error_message": "RESULT_NOT_FOUND"}')])
    stub = stub_factory(lambda n, p: next(answers))
    with caplog.at_level(logging.DEBUG), FaceIDClient(stub.url, Credentials("key-0123456789", SECRET)) as client:
        with pytest.raises(FaceIDError):
            client.get_result(GetResultRequest("1,abc"))
    retry_lines = [r.getMessage() for r in caplog.records if r.name == "urllib3.util.retry"]
    assert retry_lines and any("get_result" in line for line in retry_lines)  # the line that used to leak
    assert all(SECRET not in r.getMessage() and "key-0123456789" not in r.getMessage() for r in caplog.records)
