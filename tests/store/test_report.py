"""The one-page PDF report of a stored verification (Qt's PDF writer), from stored data only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from faceid_console.api import ComparisonType, Credentials, FaceIDClient, VerifyRequest, prepare_image
from faceid_console.store import CallKind, DecisionKind, HistoryFilter, HistoryStore
from faceid_console.store.journal import send_journaled
from faceid_console.ui.report import VerificationReport
from tests.conftest import API_KEY, API_SECRET


def test_report_of_a_real_verification_is_one_page_with_scores_faces_and_trail(
        engine, faces: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    store = HistoryStore.open(operator="reviewer-2")
    request = VerifyRequest(ComparisonType.FACE_COMPARISON, image=faces / "obama_1.jpg", uuid="U-applicant-17",
                            image_ref1=faces / "obama_2.jpg", return_faces=True)
    prepared = {name: prepare_image(source, name) for name, source in request.image_fields().items()}
    with FaceIDClient(engine.base_url, Credentials(API_KEY, API_SECRET)) as client:
        send_journaled(store.journal, CallKind.VERIFY, profile="local-engine", params=request.form_fields(),
                       images={n: p.data for n, p in prepared.items()},
                       send=lambda: client.verify(request, prepared=prepared), base_url=client.base_url)
    [entry] = store.history.page(HistoryFilter(), 0, 1)
    store.decide(entry.id, DecisionKind.ESCALATE, "Needs a senior reviewer", "first look")
    store.decide(entry.id, DecisionKind.APPROVE, store.reasons()[0], "checked with the branch")
    monkeypatch.setattr("requests.Session.request", lambda *a, **k: pytest.fail("the report made a network call"))
    report = VerificationReport(store.history.entry(entry.id) or entry, store.history.images(entry.id),
                                store.history.decision_trail(entry.id), "1e-4")
    text = report.document().toPlainText()
    assert "U-ap…" in text and "U-applicant-17" not in text
    assert "Approved (current)" in text and "Escalated (superseded)" in text and "checked with the branch" in text
    assert report.result is not None and report.result.faces  # face boxes come from the stored answer
    primary = report.result.primary_score()
    assert primary is not None and f"{primary.confidence:.3f}" in text
    assert "Same person at the policy level" in text and "result_ref1" in text
    pdf = tmp_path / "report.pdf"
    report.write_pdf(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", data)) == 1
    assert API_SECRET.encode() not in data and b"U-applicant-17" not in data
    store.close()
