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
