"""The PDF report of a stored verification (Qt's PDF writer), from stored data only."""

from __future__ import annotations

import datetime
import itertools
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QColor, QImage, QTextDocument, QTextTable

from faceid_console.api import ComparisonType, Credentials, DetectedFace, FaceIDClient, VerifyRequest, prepare_image
from faceid_console.display_time import DisplayZone
from faceid_console.store import CallKind, DecisionKind, HistoryFilter, HistoryStore
from faceid_console.store.journal import send_journaled
from faceid_console.ui.colours import FAIL
from faceid_console.ui.report import VerificationReport
from tests.conftest import API_KEY, API_SECRET


def journaled_compare(store: HistoryStore, base_url: str, photo: Path, reference: Path, **options: object) -> None:
    """One face comparison of applicant U-applicant-17 sent to the engine and kept in ``store``, as Verify does."""
    request = VerifyRequest(ComparisonType.FACE_COMPARISON, image=photo, uuid="U-applicant-17", image_ref1=reference,
                            **options)  # type: ignore[arg-type]
    prepared = {name: prepare_image(source, name) for name, source in request.image_fields().items()}
    with FaceIDClient(base_url, Credentials(API_KEY, API_SECRET)) as client:
        send_journaled(store.journal, CallKind.VERIFY, profile="local-engine", params=request.form_fields(),
                       images={n: p.data for n, p in prepared.items()},
                       send=lambda: client.verify(request, prepared=prepared), base_url=client.base_url)


def test_report_of_a_real_verification_is_one_page_with_scores_faces_and_trail(
        engine, faces: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    store = HistoryStore.open(operator="reviewer-2")
    journaled_compare(store, engine.base_url, faces / "obama_1.jpg", faces / "obama_2.jpg", return_faces=True)
    [entry] = store.history.page(HistoryFilter(), 0, 1)
    store.decide(entry.id, DecisionKind.ESCALATE, "Needs a senior reviewer", "first look")
    store.decide(entry.id, DecisionKind.APPROVE, store.reasons()[0], "checked U-applicant-17 with the branch")
    monkeypatch.setattr("requests.Session.request", lambda *a, **k: pytest.fail("the report made a network call"))
    report = VerificationReport(store.history.entry(entry.id) or entry, store.history.images(entry.id),
                                store.history.decision_trail(entry.id), "1e-4",
                                profile_name="Built-in engine (offline)")
    text = report.document().toPlainText()
    assert "Built-in engine (offline)" in text and "local-engine" not in text  # as the window names it
    assert "U-a…-17" in text and "U-applicant-17" not in text
    assert "Approved (current)" in text and "Escalated (superseded)" in text and "checked U-a…-17 with the branch" in text
    assert report.result is not None and report.result.faces  # face boxes come from the stored answer
    # Boxed where the face is (its rect is in fractions of the photo: drawn as pixels, it was a dot in the corner).
    from faceid_console.ui.face_box_colours import GOOD as BOX_COLOUR

    (face,) = report.result.faces
    edge = box_edge_colours(printed_photo(report), face)
    assert all(distance(colour, BOX_COLOUR) < 90 for colour in edge), [colour.name() for colour in edge]
    primary = report.result.primary_score()
    assert primary is not None and f"{primary.confidence:.3f}" in text
    assert "Same person: above the " in text and "result_ref1" in text
    pdf = tmp_path / "report.pdf"
    report.write_pdf(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", data)) == 1
    assert API_SECRET.encode() not in data and b"U-applicant-17" not in data
    # Written on a worker thread, as the History page does: Qt's text layout starts timers when laying out takes
    # long (a loaded machine), and a thread Python started has no event dispatcher for them ("QBasicTimer::start:
    # current thread's event dispatcher has already been destroyed") unless the report asks for one.
    import threading

    from PySide6.QtCore import QAbstractEventDispatcher

    dispatchers: list[bool] = []

    def write() -> None:
        dispatchers.append(QAbstractEventDispatcher.instance() is not None)
        VerificationReport(report.entry, store.history.images(entry.id), store.history.decision_trail(entry.id),
                           "1e-4", profile_name="Built-in engine (offline)").write_pdf(tmp_path / "from-a-worker.pdf")
        dispatchers.append(QAbstractEventDispatcher.instance() is not None)

    worker = threading.Thread(target=write)
    worker.start()
    worker.join(60)
    assert (tmp_path / "from-a-worker.pdf").read_bytes().startswith(b"%PDF")
    assert dispatchers == [False, True]
    store.close()


def test_a_gauge_s_threshold_labels_never_overlap(qtbot) -> None:  # type: ignore[no-untyped-def]
    """1e-5 and 1e-6 a few points apart were drawn over each other ("1e-51e-6"): the second goes under the first."""
    from PySide6.QtGui import QColor, QFont, QFontMetrics

    from faceid_console.api.results import ScoreWithThresholds
    from faceid_console.ui.report import GAUGE_SIZE, gauge_image, label_places

    ticks = [("1e-3", 320.0, 26.0), ("1e-4", 376.0, 26.0), ("1e-5", 416.0, 26.0), ("1e-6", 428.0, 26.0)]
    places = label_places(ticks)
    assert [(label, row) for label, _left, row in places] == [("1e-3", 0), ("1e-4", 0), ("1e-5", 0), ("1e-6", 1)]
    for row in (0, 1):
        spans = sorted((left, left + 26.0) for _label, left, r in places if r == row)
        assert all(end + 4 <= start for (_s, end), (start, _e) in itertools.pairwise(spans))
    # Drawn: the second row's label is inside the picture, not cut off below it.
    image = gauge_image(ScoreWithThresholds(confidence=94.7, thresholds={
        "1e-3": 62.21, "1e-4": 72.64, "1e-5": 80.08, "1e-6": 82.35}), "1e-4")
    width, height = GAUGE_SIZE
    white = QColor("white").rgb()
    lowest_ink = max(y for y in range(height) for x in range(0, width, 2) if image.pixel(x, y) != white)
    first_row_bottom = 34 + QFontMetrics(QFont()).height()  # under the bar and its ticks: one line of labels
    assert first_row_bottom < lowest_ink < height - 1


def test_a_liveness_session_s_report_states_its_outcome_as_the_window_heads_it(tmp_path: Path, qapp) -> None:
    """The report of a get_result drew the genuineness and the comparison, but never said whether liveness passed,
    nor why it failed; a failed one (no comparison) said nothing of the session at all."""
    import json
    import shutil
    import subprocess

    from faceid_console.api import explain
    from faceid_console.store import CallKind
    from tests.conftest import FIXTURES

    store = HistoryStore.open(operator="reviewer-2")
    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    answer["images"] = {}
    passed = {**answer, "verify_result": {**answer["verify_result"], "face_genuineness": {
        "synthetic_face_confidence": 0.1, "synthetic_face_threshold": 0.5}}}
    failed = {key: value for key, value in answer.items() if key != "verify_result"}
    failed["liveness_result"] = {**answer["liveness_result"], "result": "failed", "failure_reason": "not_video"}
    reason = f"Reason (not_video): {explain('not_video', '', 'en')}"

    def report_of(kind: CallKind, response: dict[str, object]) -> VerificationReport:
        entry = store.journal.begin(kind, "local-engine", {"biz_id": answer["biz_id"]})
        store.journal.complete(entry, response, policy_level="1e-3")
        stored = store.history.entry(entry)
        assert stored is not None
        return VerificationReport(stored, [], [], "1e-3")

    def text_of(report: VerificationReport) -> str:
        return report.document().toPlainText()  # the document is the report's child: kept while it is read

    assert "Liveness passed: a live person did the check" in text_of(report_of(CallKind.GET_RESULT, passed))
    text = text_of(report_of(CallKind.GET_RESULT, answer))  # the documents' example: 0.88 ≥ 0.5
    assert "Attack suspected: Synthetic face" in text and "The liveness check itself passed, but an attack" in text
    report = report_of(CallKind.GET_RESULT, failed)
    text = text_of(report)
    assert "Liveness failed" in text and reason in text
    assert text.index("Liveness failed") < text.index("Decision and trail")  # stated before the trail, not in it
    # A callback whose signature failed: the window's verdict heads it, its claim marked unverified.
    untrusted = report_of(CallKind.CALLBACK_CHECK, {"signature_valid": False, "payload": failed})
    text = text_of(untrusted)
    assert "Signature invalid: do not trust this callback" in text and "Unverified claim — Liveness failed" in text
    assert "\nLiveness failed\n" not in f"\n{text}\n"
    genuine = report_of(CallKind.CALLBACK_CHECK, {"signature_valid": True, "payload": failed})
    text = text_of(genuine)
    assert "Liveness failed" in text and reason in text

    # An H5 callback keeps its gauges in liveness_result, and a failed one has no comparison: still drawn.
    h5 = {"status": "OK", "biz_info": {"biz_id": "1700000000,h5"},
          "liveness_result": {"result": "FAIL", "face_genuineness": {"mask_confidence": 0.7, "mask_threshold": 0.5}}}
    text = text_of(report_of(CallKind.CALLBACK_CHECK, {"signature_valid": True, "payload": h5}))
    assert "Liveness failed" in text and "Face genuineness\nMask: 0.700 ≥ 0.500 · suspected" in text

    # In the PDF itself, as written.
    pdf = tmp_path / "liveness.pdf"
    report.write_pdf(pdf)
    if shutil.which("pdftotext"):
        written = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "Liveness failed" in written and " ".join(reason.split()) in " ".join(written.split())
    store.close()


def test_under_a_suspected_attack_the_report_shows_the_comparison_greyed_as_the_comparison_s_alone(
        tmp_path: Path, qapp) -> None:
    """A session whose liveness passed but whose synthetic-face check reached its threshold was headed "Attack
    suspected" and then printed "Same person at the policy level" in bold, unqualified; the window greys that
    comparison out as "… — face comparison only". A callback whose signature failed is read the same way."""
    import json
    import shutil
    import subprocess

    from PySide6.QtGui import QFont

    from faceid_console.store import CallKind
    from faceid_console.ui.colours import NEUTRAL
    from tests.conftest import FIXTURES

    store = HistoryStore.open(operator="reviewer-2")
    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    answer["images"] = {}  # synthetic_face 0.88 ≥ 0.5; result_faceid 68.9 ≥ 64 at 1e-3

    def report_of(kind: CallKind, response: dict[str, object]) -> VerificationReport:
        entry = store.journal.begin(kind, "local-engine", {"biz_id": answer["biz_id"]})
        store.journal.complete(entry, response, policy_level="1e-3")
        stored = store.history.entry(entry)
        assert stored is not None
        return VerificationReport(stored, [], [], "1e-3")

    def comparison_line(doc: QTextDocument) -> tuple[str, bool, str]:
        """The comparison's line: its text, whether any of it is bold, and the colour it is printed in."""
        block = doc.begin()
        while block.isValid() and "Same person: above the" not in block.text():
            block = block.next()
        assert block.isValid(), doc.toPlainText()
        formats = [fragment.charFormat() for fragment in (i.fragment() for i in block) if fragment.isValid()]
        colours = {f.foreground().color().name() for f in formats if f.hasProperty(f.Property.ForegroundBrush)}
        return (block.text(), any(f.fontWeight() >= QFont.Weight.Bold for f in formats),
                colours.pop() if len(colours) == 1 else "")

    report = report_of(CallKind.GET_RESULT, answer)
    doc = report.document()
    text = doc.toPlainText()
    line, bold, colour = comparison_line(doc)
    assert line.startswith("Same person: above the") and " — face comparison only" in line
    assert line.count("—") == 1 and "; confidence 68.919" in line  # one dash and no brackets in a row
    assert not bold and colour == NEUTRAL.name()
    assert text.index("Attack suspected: Synthetic face") < text.index("— face comparison only")

    untrusted = {**answer, "face_genuineness": None,
                 "verify_result": {**answer["verify_result"], "face_genuineness": None}}
    forged = report_of(CallKind.CALLBACK_CHECK, {"signature_valid": False, "payload": untrusted})
    doc = forged.document()  # the document is the report's child: the report is kept while it is read
    line, bold, colour = comparison_line(doc)
    assert line.startswith("Same person: above the") and " — face comparison only" in line and not bold
    assert doc.toPlainText().index("Signature invalid") < doc.toPlainText().index("— face comparison only")

    # Without an attack or a failed signature the comparison is the outcome: bold, as before.
    clean = {**answer, "verify_result": {**answer["verify_result"], "face_genuineness": {
        "synthetic_face_confidence": 0.1, "synthetic_face_threshold": 0.5}}}
    trusted = report_of(CallKind.GET_RESULT, clean)
    line, bold, _colour = comparison_line(trusted.document())
    assert line.startswith("Same person: above the") and "face comparison only" not in line and bold

    pdf = tmp_path / "attack.pdf"
    report.write_pdf(pdf)
    if shutil.which("pdftotext"):
        written = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                          check=True).stdout.split())
        assert "Same person: above the" in written and "— face comparison only" in written
        assert written.index("Attack suspected: Synthetic face") < written.index("— face comparison only")
    store.close()


def test_a_callback_whose_signature_was_not_checked_is_reported_unverified_as_the_window_says_it(
        tmp_path: Path, qapp) -> None:
    """A callback that arrived when there was no api_secret to check it with was written like a trusted one: its
    "Liveness passed" and a bold "Same person at the policy level", with nothing of the unchecked signature that
    History states under its headline ("this data is unverified") and lists as its verdict."""
    import json
    import shutil
    import subprocess

    from PySide6.QtGui import QColor, QFont

    from faceid_console.store import CallKind
    from faceid_console.ui.colours import CAUTION, NEUTRAL, TEXT_CONTRAST, contrast_ratio
    from faceid_console.ui.report import on_paper
    from tests.conftest import FIXTURES

    store = HistoryStore.open(operator="reviewer-2")
    answer = json.loads((FIXTURES / "get_result_success.json").read_text("utf-8"))
    answer["images"] = {}
    answer["verify_result"] = {k: v for k, v in answer["verify_result"].items() if k != "face_genuineness"}
    answer["face_genuineness"] = None  # no attack: only the signature stands between the claim and the reader
    unverified = ("Signature not checked when it arrived (no api_secret for profile Built-in engine (offline)): "
                  "this data is unverified.")

    def report_of(response: dict[str, object]) -> VerificationReport:
        entry = store.journal.begin(CallKind.CALLBACK_CHECK, "local-engine", {"biz_id": answer["biz_id"]})
        store.journal.complete(entry, response, policy_level="1e-3")
        stored = store.history.entry(entry)
        assert stored is not None
        return VerificationReport(stored, [], [], "1e-3", profile_name="Built-in engine (offline)")

    for response in ({"signature_valid": None, "payload": answer}, {"payload": answer}):  # absent: never checked
        report = report_of(response)
        doc = report.document()
        text = doc.toPlainText()
        # Headed as History lists it (and the window heads it), the claim under the signature line.
        headline = "Signature not checked: this data is unverified"
        claim = "Unverified claim — Liveness passed: a live person did the check"
        assert f"{headline}\n{unverified}\n{claim}\n" in text, text
        block = doc.findBlock(text.index(unverified))
        formats = [i.fragment().charFormat() for i in block if i.fragment().isValid()]
        assert formats and all(f.foreground().color().name() == on_paper(CAUTION) and f.fontWeight() >= QFont.Weight.Bold
                               for f in formats)
        # amber text printed at 4.2:1 on the paper: its darker form, as the window's on a light palette
        assert contrast_ratio(formats[0].foreground().color(), QColor("white")) >= TEXT_CONTRAST
        # The comparison is the claim's, not the entry's outcome: greyed and named as the comparison's alone.
        line = next(line for line in text.splitlines() if "Same person: above the" in line)
        assert line.startswith("Same person: above the") and " — face comparison only" in line, line
        block = doc.findBlock(text.index(line))
        formats = [i.fragment().charFormat() for i in block if i.fragment().isValid()]
        assert not any(f.fontWeight() >= QFont.Weight.Bold for f in formats)
        assert {f.foreground().color().name() for f in formats if f.hasProperty(f.Property.ForegroundBrush)} == {
            NEUTRAL.name()}

    # A checked one says how it was checked, in History's words too; a valid one stays the outcome.
    genuine = report_of({"signature_valid": True, "payload": answer})  # the document is the report's child
    text = genuine.document().toPlainText()
    assert "✔ Signature valid when it arrived (profile Built-in engine (offline)): this data came from FaceID " \
           "unchanged." in text and unverified not in text
    assert "\nSame person: above the" in text
    forged = report_of({"signature_valid": False, "payload": answer})
    assert "✘ Signature INVALID when it arrived (profile Built-in engine (offline))" in forged.document().toPlainText()

    pdf = tmp_path / "unverified.pdf"
    report.write_pdf(pdf)
    if shutil.which("pdftotext"):
        import unicodedata

        written = " ".join(unicodedata.normalize("NFKC", subprocess.run(  # "unveriﬁed": the PDF's ligature undone
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout).split())
        assert unverified in written and "— face comparison only" in written
    store.close()


def test_a_callback_whose_data_could_not_be_read_is_reported_with_how_its_signature_checked(qapp) -> None:  # type: ignore[no-untyped-def]
    """Kept as an error (INVALID_RESPONSE), its report said only "Error INVALID_RESPONSE": nothing of a failed
    signature, which decides before anything about its data, as the window and History head it."""
    import datetime

    from faceid_console.api.callbacks import CallbackBody
    from faceid_console.ui.pages.liveness_session_page import ReceivedCallback, keep_refused_callback

    store = HistoryStore.open(operator="reviewer-2")
    texts = {}
    for signature_valid in (False, True, None):
        received = ReceivedCallback(b"", "notify_url", CallbackBody("not json", "0" * 40), signature_valid, None,
                                    "not JSON", datetime.datetime.now(datetime.UTC))
        entry = store.history.entry(keep_refused_callback(store, received, "local-engine", []))
        assert entry is not None and entry.error_code == "INVALID_RESPONSE"
        report = VerificationReport(entry, [], [], "1e-4", profile_name="Built-in engine (offline)")
        texts[signature_valid] = report.document().toPlainText()
    forged = texts[False]
    assert "Signature invalid: do not trust this callback\n✘ Signature INVALID when it arrived (profile Built-in " \
           "engine (offline))" in forged
    assert forged.index("Signature invalid: do not trust") < forged.index("Decision and trail")
    assert "✔ Signature valid when it arrived (profile Built-in engine (offline))" in texts[True]
    assert "Signature not checked when it arrived" in texts[None]
    assert all("Signature invalid: do not trust" not in texts[valid] for valid in (True, None))
    # A callback of more than 4 MB is kept cut at the record's limit, no JSON any more: told by the record's start.
    from faceid_console.store.journal import REFUSED_ANSWER_CHARS

    for signature_valid, said in ((True, "✔ Signature valid when it arrived"), (False, "✘ Signature INVALID")):
        received = ReceivedCallback(b"", "notify_url", CallbackBody("x" * REFUSED_ANSWER_CHARS, "0" * 40),
                                    signature_valid, None, "not JSON", datetime.datetime.now(datetime.UTC))
        entry = store.history.entry(keep_refused_callback(store, received, "local-engine", []))
        assert entry is not None and entry.error is not None and len(entry.error["answer"]) == REFUSED_ANSWER_CHARS
        report = VerificationReport(entry, [], [], "1e-4", profile_name="Built-in engine (offline)")
        assert said in report.document().toPlainText()
    store.close()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_report_names_the_call_photos_and_verdict_in_the_window_s_words(
        language: str, engine, faces: Path, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """The tester's zh_CN report read "调用 verify", captioned the photos with the field name "image", and headed a
    fail "below every threshold" where the window says "below the 1-in-1,000 threshold"."""
    import shutil
    import subprocess
    import unicodedata

    from PySide6.QtCore import QCoreApplication

    from faceid_console.ui.translations import install_translator

    store = HistoryStore.open(operator="reviewer-2")
    journaled_compare(store, engine.base_url, faces / "obama_1.jpg", faces / "rose_1.jpg")
    [entry] = store.history.page(HistoryFilter(), 0, 1)
    assert entry.verdict == "no_match"
    translators = install_translator(qapp, language)
    try:
        report = VerificationReport(entry, store.history.images(entry.id), store.history.decision_trail(entry.id),
                                    "1e-4", profile_name="Built-in engine (offline)", language=language)
        text = report.document().toPlainText().replace("\u2011", "-")
        pdf = tmp_path / "report.pdf"
        report.write_pdf(pdf)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        store.close()
    words = {"en": ("Verify", "Photo to check", "Reference photo 1", "Not the same person: below the 1-in-1,000 "
                    "threshold"),
             "zh_CN": ("验证", "待验证照片", "参考照片 1", "不是同一人：未达到误识率千分之一阈值")}[language]
    for word in words:
        assert word in text
    assert "every threshold" not in text and "所有阈值" not in text
    assert not re.search(r"\bimage(_ref1)?\b", text) and not re.search(r"\bverify\b", text)
    if shutil.which("pdftotext"):  # the words reach the PDF as text (the fonts have the glyphs)
        written = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        # NFKC: the extracted CJK glyphs come back as Kangxi radicals ("⼈" for "人"), ligatures as one character
        written = unicodedata.normalize("NFKC", written).replace("\u2010", "-")  # NFKC makes U+2011 U+2010
        assert all(unicodedata.normalize("NFKC", word) in written for word in words), written


def test_scores_exceptions_and_genuineness_are_reported_in_the_window_s_words(qapp) -> None:  # type: ignore[no-untyped-def]
    """The report's scores read "result_faceid", its exceptions "id_attacked=0" and its gauges
    "synthetic_face 0.88/0.5", where the window says which photo, what an exception means and how a check reads."""
    import json

    from faceid_console.store import CallKind
    from tests.conftest import FIXTURES

    answer = json.loads((FIXTURES / "verify_success.json").read_text("utf-8"))
    attacked = {**answer, "id_exceptions": {"id_attacked": 1, "id_photo_monochrome": 0},
                "face_genuineness": {**answer["face_genuineness"], "face_replaced": 1}}
    store = HistoryStore.open(operator="reviewer-2")
    texts = []
    for response in (answer, attacked):
        entry = store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "1", "idcard_name": "张三",
                                                                  "idcard_number": "11010519491231002X"})
        store.journal.complete(entry, response, policy_level="1e-4")
        stored = store.history.entry(entry)
        assert stored is not None
        report = VerificationReport(stored, [], [], "1e-4")
        texts.append(report.document().toPlainText())
    store.close()
    plain, flagged = texts
    assert "ID photo from the data source\nresult_faceid" in plain and "Reference photo 1\nresult_ref1" in plain
    assert "No identity exceptions: the ID number is not known from attacks" in plain and "id_attacked=" not in plain
    assert "Synthetic face: 0.880 ≥ 0.500 · suspected" in plain and "Mask: 0.320 < 0.500 · not suspected" in plain
    assert "Face replaced: no" in plain and "synthetic_face 0.88" not in plain
    assert "⚠ This ID number has been used in attacks (id_attacked)" in flagged
    assert "Face replaced: yes — the face was swapped during the session" in flagged


def test_a_match_on_an_id_number_used_in_attacks_is_headed_as_needing_review(qapp) -> None:  # type: ignore[no-untyped-def]
    """The report headed a face that matches an ID used in attacks "Same person", as the window did."""
    import json

    from faceid_console.store import CallKind
    from tests.conftest import FIXTURES

    answer = json.loads((FIXTURES / "verify_success.json").read_text("utf-8"))
    matching = {**answer, "result_faceid": {**answer["result_faceid"], "confidence": 85.0},
                "result_ref1": {**answer["result_ref1"], "confidence": 85.0}}
    store = HistoryStore.open(operator="reviewer-2")
    texts = {}
    for attacked in (0, 1):
        entry = store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "1", "idcard_name": "张三",
                                                                  "idcard_number": "11010519491231002X"})
        exceptions = {"id_attacked": attacked, "id_photo_monochrome": 0}
        store.journal.complete(entry, {**matching, "id_exceptions": exceptions}, policy_level="1e-4")
        stored = store.history.entry(entry)
        assert stored is not None and stored.verdict == ("id_attacked" if attacked else "match")
        report = VerificationReport(stored, [], [], "1e-4")  # kept while its document is read
        texts[attacked] = report.document().toPlainText()
    store.close()
    assert "Needs review: this ID number has been used in attacks — confidence 85.000" in texts[1]
    assert "Same person: above the " not in texts[1] and "does not mean its holder took part" in texts[1]
    assert "Same person: above the " in texts[0]


def test_a_long_trail_continues_on_further_pages_at_full_size_and_a_note_keeps_its_lines(
        tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """The report was always one page, shrunk to fit: 16 decisions with long notes printed at 0.136 of their size,
    unreadable; the notes ran their lines into one and the trail's times stopped at the minute."""
    import json
    import shutil
    import subprocess

    from faceid_console.store import CallKind
    from faceid_console.ui.report import READABLE_SCALE
    from tests.conftest import FIXTURES

    store = HistoryStore.open(operator="reviewer-2")
    entry = store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "0", "uuid": "U-applicant-17"})
    store.journal.complete(entry, json.loads((FIXTURES / "verify_success.json").read_text("utf-8")),
                           policy_level="1e-4")

    def printed(name: str) -> tuple[VerificationReport, int, float, bytes]:
        stored = store.history.entry(entry)
        assert stored is not None
        report = VerificationReport(stored, [], store.history.decision_trail(entry), "1e-4")
        written = report.write_pdf(tmp_path / name)
        data = (tmp_path / name).read_bytes()
        assert len(re.findall(rb"/Type\s*/Page\b", data)) == written.pages  # as many pages as it says it wrote
        return report, written.pages, written.scale, data

    # A short trail: one page at full size, as before. A note's line breaks are kept, and times go to the second.
    store.decide(entry, DecisionKind.ESCALATE, "Needs a senior reviewer", "branch called back\nID card re-checked")
    store.decide(entry, DecisionKind.APPROVE, store.reasons()[0], "ok")
    report, count, scale, _data = printed("short.pdf")
    assert (count, scale) == (1, 1.0)
    text = report.document().toPlainText()
    assert "branch called back\nID card re-checked" in text
    assert all(f"{d.decided_at:%Y-%m-%d %H:%M:%S}" in text for d in report.trail)

    # A little too long for one page: still one page, shrunk no further than readable.
    while (count, scale) == (1, 1.0):
        store.decide(entry, DecisionKind.ESCALATE, "Needs a senior reviewer", "asked the branch")
        report, count, scale, _data = printed("a-little-long.pdf")
    assert count == 1 and READABLE_SCALE <= scale < 1.0

    # The tester's trail: 16 decisions with notes of some 870 characters go on over pages, at full size.
    note = "申请人在柜台重新核对了身份证原件，照片与本人一致。\n" * 35  # 875 characters, 35 lines
    for _ in range(16):
        store.decide(entry, DecisionKind.ESCALATE, "Needs a senior reviewer", note)
    report, count, scale, data = printed("long.pdf")
    assert count > 1 and scale == 1.0
    assert report.document().defaultFont().pointSizeF() * scale >= 8  # printed at a size one can read
    if shutil.which("pdftotext"):  # each page says whose report it is and which page it is
        written = subprocess.run(["pdftotext", str(tmp_path / "long.pdf"), "-"], capture_output=True, text=True,
                                 check=True).stdout
        assert f"entry {entry} · page 2 of {count}" in written
    assert API_SECRET.encode() not in data
    store.close()


def trail_rows(doc: QTextDocument) -> tuple[QTextTable, list[list[int]]]:
    """The report's trail and its rows by decision: the decision's row, then its note's (one cell across the table),
    if it has one."""
    from faceid_console.ui.report import decision_rows, trail_table

    table = trail_table(doc)
    assert table is not None
    return table, decision_rows(table)


def lines_of(doc: QTextDocument, table: QTextTable, row: int) -> list[tuple[float, float]]:
    """The top and bottom of each line of a table row's cells, in the document."""
    from faceid_console.ui.report import row_lines

    return row_lines(doc, table, row)


def test_a_decision_s_row_and_note_go_over_a_page_end_together_only_a_note_taller_than_a_page_is_split(
        tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """The tester's long trail: page 1 ended with "2026-12-01 11:07:15 | root | Rejected | Photo quality too low",
    and page 2 began with that row's "(superseded) | to judge" under empty time and operator cells, then its note:
    Qt's pagination moves a table's lines to the next page one at a time. A decision now goes to the next page
    whole; only a note taller than a page goes on over pages, after its row and first line."""
    import json

    from PySide6.QtCore import QBuffer, QIODevice, QSizeF

    from faceid_console.store import CallKind
    from faceid_console.ui.report import pdf_writer
    from tests.conftest import FIXTURES

    store = HistoryStore.open(operator="reviewer-2")
    entry = store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "0", "uuid": "U-applicant-17"})
    store.journal.complete(entry, json.loads((FIXTURES / "verify_success.json").read_text("utf-8")),
                           policy_level="1e-4")
    # notes of one to five lines, and one of 90 (taller than a page): page ends fall inside decisions
    for round_ in range(30):
        lines = 90 if round_ == 20 else 1 + round_ % 5
        store.decide(entry, DecisionKind.REJECT if round_ % 2 else DecisionKind.ESCALATE,
                     "Photo quality too low to judge",
                     "\n".join(f"Round {round_}, line {line}: the applicant came back to the branch"
                               for line in range(lines)))
    stored = store.history.entry(entry)
    assert stored is not None
    report = VerificationReport(stored, [], store.history.decision_trail(entry), "1e-4")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    printed = report.laid_out(pdf_writer(buffer))
    doc, pages = printed.document, printed.pages
    assert printed.scale == 1.0 and len(pages) > 3
    assert pages[0][0] == 0 and pages[-1][1] == doc.size().height()
    assert all(bottom == top for (_, bottom), (top, _) in itertools.pairwise(pages))  # nothing left out
    assert all(bottom - top <= printed.body for top, bottom in pages)

    def page_of(top: float, bottom: float) -> int:
        """The page a line is printed on, whole (none is cut in two)."""
        [page] = [index for index, (page_top, page_bottom) in enumerate(pages)
                  if page_top <= top and bottom <= page_bottom]
        return page

    block = doc.begin()
    while block.isValid():  # every line of the report on one page
        top = doc.documentLayout().blockBoundingRect(block).top()
        for i in range(block.layout().lineCount()):
            line = block.layout().lineAt(i)
            page_of(top + line.y(), top + line.y() + line.height())
        block = block.next()
    table, decisions = trail_rows(doc)
    assert len(decisions) == 30
    for rows in decisions:
        row_pages = {page_of(*span) for span in lines_of(doc, table, rows[0])}
        note_pages = [page_of(*span) for span in lines_of(doc, table, rows[1])]
        if len(note_pages) == 90:  # taller than a page: its row with its first line, the rest on the next pages
            assert row_pages == {note_pages[0]} and note_pages[-1] > note_pages[0]
        else:  # its time, operator, decision, reason and note on one page
            assert len(row_pages | set(note_pages)) == 1, (table.cellAt(rows[1], 0).firstCursorPosition().block()
                                                           .text(), row_pages, note_pages)

    # The trail falls across page ends: paged by Qt on the same pages, as the report was, decisions are cut in two.
    doc.setPageSize(QSizeF(doc.textWidth(), printed.body))
    cut = [rows for rows in decisions
           if len({int(top // printed.body) for row in rows for top, _ in lines_of(doc, table, row)}) > 1]
    assert len(cut) > 1  # the tall note's, and others

    # The PDF has as many pages.
    written = report.write_pdf(tmp_path / "trail.pdf")
    assert written == (len(pages), 1.0)
    assert len(re.findall(rb"/Type\s*/Page\b", (tmp_path / "trail.pdf").read_bytes())) == len(pages)
    store.close()


def test_a_trail_split_over_pages_has_its_header_row_again_atop_each_page_it_goes_on_to(
        tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """Page 2 of a long trail began with a decision under no header: which column was the operator, which the
    reason, was to be guessed. The trail's header row is drawn again atop each page it goes on to, its rows under it
    (and a header row never ends a page alone)."""
    import json

    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter

    from faceid_console.store import CallKind
    from faceid_console.ui.report import Band, draw_bands, page_bands, pdf_writer, table_headers
    from tests.conftest import FIXTURES

    store = HistoryStore.open(operator="reviewer-2")
    entry = store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "0", "uuid": "U-applicant-17"})
    store.journal.complete(entry, json.loads((FIXTURES / "verify_success.json").read_text("utf-8")),
                           policy_level="1e-4")
    for round_ in range(40):
        store.decide(entry, DecisionKind.REJECT if round_ % 2 else DecisionKind.ESCALATE,
                     "Photo quality too low to judge",
                     "\n".join(f"Round {round_}, line {line}: the applicant came back" for line in range(1 + round_ % 4)))
    stored = store.history.entry(entry)
    assert stored is not None
    report = VerificationReport(stored, [], store.history.decision_trail(entry), "1e-4",
                                zone=DisplayZone(datetime.UTC))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    printed = report.laid_out(pdf_writer(buffer))
    doc, pages = printed.document, printed.pages
    assert printed.scale == 1.0 and len(pages) >= 3
    table, decisions = trail_rows(doc)
    assert len(decisions) == 40 and table.format().headerRowCount() == 1
    assert [table.cellAt(0, column).firstCursorPosition().block().text().replace("\xa0", " ")  # unwrapped
            for column in range(4)] == ["Time (UTC)", "Operator", "Decision", "Reason"]
    header = table_headers(doc)[-1]  # the trail's, the report's last table
    assert all(header.top <= top and bottom <= header.bottom for top, bottom in lines_of(doc, table, 0))
    assert header.bottom <= min(top for top, _ in lines_of(doc, table, decisions[0][0]))

    bands = page_bands(doc, pages)
    assert bands[0] == [Band(pages[0][0], pages[0][1], 0.0)]
    height = header.bottom - header.top
    for (top, bottom), drawn in list(zip(pages, bands, strict=True))[1:]:
        assert header.bottom <= top < header.end  # every further page goes on with the trail
        assert drawn == [Band(header.top, header.bottom, 0.0), Band(top, bottom, height)]
        assert height + bottom - top <= printed.body  # the header's room is taken from the page's share
    assert max(b for _, b in lines_of(doc, table, decisions[0][-1])) <= pages[0][1]  # the header row with a decision

    # Drawn: page 2 begins with the same pixels as the header row on page 1.
    def drawn_top(page_bands_: list[Band]) -> QImage:
        image = QImage(int(doc.textWidth()), int(height), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        draw_bands(painter, doc, page_bands_)
        painter.end()
        return image

    header_alone = drawn_top([Band(header.top, header.bottom, 0.0)])
    assert drawn_top(bands[1]) == header_alone and drawn_top(bands[2]) == header_alone
    assert drawn_top([Band(pages[1][0], pages[1][1], 0.0)]) != header_alone  # without it: a decision's row

    written = report.write_pdf(tmp_path / "trail.pdf")
    assert written == (len(pages), 1.0)
    store.close()


def test_a_decision_taller_than_the_room_under_the_repeated_header_row_is_not_moved_to_a_page_it_cannot_fit_on(
        qapp) -> None:  # type: ignore[no-untyped-def]
    """A decision was kept whole when it was no taller than a page, but a page it begins has the trail's header row
    atop it: one a little taller than the room under that row was moved to the next page, leaving the foot of its
    own empty (a page held nothing but the header row and a border), and was cut in two there all the same. Such a
    decision now goes on over pages as one taller than a page does: its row with its note's first line, where the
    trail has got to."""
    import json

    from PySide6.QtCore import QBuffer, QIODevice

    from faceid_console.store import CallKind
    from faceid_console.ui.report import decision_spans, pdf_writer, table_headers
    from tests.conftest import FIXTURES

    store = HistoryStore.open(operator="reviewer-2")
    entry = store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "0", "uuid": "U-applicant-17"})
    store.journal.complete(entry, json.loads((FIXTURES / "verify_success.json").read_text("utf-8")),
                           policy_level="1e-4")
    # a page holds some 70 lines: decisions shorter than the room under the header row, taller, and taller than a page
    for round_, lines in enumerate([3, *range(60, 76), 2, *range(75, 59, -1)]):
        store.decide(entry, DecisionKind.REJECT if round_ % 2 else DecisionKind.ESCALATE,
                     "Photo quality too low to judge",
                     "\n".join(f"Round {round_}, line {line}: the applicant came back" for line in range(lines)))
    stored = store.history.entry(entry)
    assert stored is not None
    report = VerificationReport(stored, [], store.history.decision_trail(entry), "1e-4")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    printed = report.laid_out(pdf_writer(buffer))
    doc, pages, body = printed.document, printed.pages, printed.body
    assert printed.scale == 1.0
    header = table_headers(doc)[-1]  # the trail's
    room = body - (header.bottom - header.top)  # on a page that begins inside the trail
    table, decisions = trail_rows(doc)
    whole = decision_spans(doc, float("inf"))  # each decision from the border above it to the one under it

    def page_of(top: float, bottom: float) -> int:
        [page] = [index for index, (page_top, page_bottom) in enumerate(pages)
                  if page_top <= top and bottom <= page_bottom]
        return page

    within = 0
    for rows, (top, bottom) in list(zip(decisions, whole, strict=True))[1:]:  # the first begins with the heading
        row = lines_of(doc, table, rows[0])
        note = lines_of(doc, table, rows[1])
        on = {page_of(*span) for span in row + note}
        if bottom - top <= room:
            assert len(on) == 1, (top, bottom, on)  # whole on one page
            continue
        within += bottom - top <= body
        first = page_of(*note[0])
        assert {page_of(*span) for span in row} == {first}  # its row with its note's first line
        if pages[first][0] >= top:  # it begins a page: only when its row and first line had no room on the one before
            before_top, _ = pages[first - 1]
            assert before_top + room < max(b for _, b in row + note[:1]), (
                "moved to a new page it is cut on all the same", top, bottom, pages[first - 1])
    assert within >= 2  # decisions taller than the room under the header row, none taller than a page
    store.close()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_trail_s_time_and_operator_are_as_narrow_as_written_the_decision_and_reason_unwrapped(
        language: str, qapp) -> None:  # type: ignore[no-untyped-def]
    """The trail's time and operator took half its width (its notes' width was spread over all four columns), so
    the decision and the reason wrapped: "Escalated / (superseded)", "Photo quality too low / to judge", in Chinese
    inside a word ("照片质量过低，无法判 / 断")."""
    import json

    from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice
    from PySide6.QtGui import QPdfWriter

    from faceid_console.store import CallKind
    from faceid_console.ui.translations import install_translator
    from tests.conftest import FIXTURES

    note = ("Applicant U-applicant-17 came to the branch with a passport; the photo on file is five years old, "
            "lighting in the booth was poor and the second reference was taken at a different angle.\n"
            "Second line: supervisor asked to look again.")
    store = HistoryStore.open(operator="reviewer-2")
    entry = store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "0", "uuid": "U-applicant-17"})
    store.journal.complete(entry, json.loads((FIXTURES / "verify_success.json").read_text("utf-8")),
                           policy_level="1e-4")
    for decision in (DecisionKind.REJECT, DecisionKind.ESCALATE, DecisionKind.REJECT):
        store.decide(entry, decision, "Photo quality too low to judge", note)
    stored = store.history.entry(entry)
    assert stored is not None
    translators = install_translator(qapp, language)
    try:
        report = VerificationReport(stored, [], store.history.decision_trail(entry), "1e-4", language=language)
        doc = report.document()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(150)
        doc.documentLayout().setPaintDevice(writer)  # laid out as printed: at 150 dpi, on A4 less 12 mm margins
        doc.setTextWidth(1076)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        store.close()
    table, decisions = trail_rows(doc)
    assert len(decisions) == 3
    for rows in decisions:
        cells = [table.cellAt(rows[0], column).firstCursorPosition().block() for column in range(4)]
        assert [cell.layout().lineCount() for cell in cells] == [1, 1, 1, 1], [cell.text() for cell in cells]
        for cell in cells[:2]:  # the time and the operator: their column as wide as they are written
            line = cell.layout().lineAt(0)
            assert line.width() - line.naturalTextWidth() < 1, (cell.text(), line.width(), line.naturalTextWidth())
    reason = {"en": "Photo quality too low to judge", "zh_CN": "照片质量过低，无法判断"}[language]
    assert table.cellAt(decisions[0][0], 3).firstCursorPosition().block().text() == reason


def test_a_translation_words_a_trail_decision_and_its_state_as_history_does(qapp) -> None:  # type: ignore[no-untyped-def]
    """The zh_CN report read "已拒绝 (已被取代)", half-width brackets and a space, where History's trail reads
    "已拒绝（已被取代）": the decision and its state are one translatable string, its brackets the translation's."""
    import json

    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtGui import QFont

    from faceid_console.store import CallKind
    from tests.conftest import FIXTURES

    class FullWidthBrackets(QTranslator):
        """A translation of that one string, as zh_CN words it."""

        def translate(self, context: str, source: str, disambiguation: str | None = None,
                      n: int = -1) -> str | None:  # type: ignore[override]
            return "{decision}（{state}）" if (context, source) == ("VerificationReport", "{decision} ({state})") \
                else None

        def isEmpty(self) -> bool:
            return False

    store = HistoryStore.open(operator="reviewer-2")
    entry = store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "0"})
    store.journal.complete(entry, json.loads((FIXTURES / "verify_success.json").read_text("utf-8")),
                           policy_level="1e-4")
    store.decide(entry, DecisionKind.ESCALATE, "Needs a senior reviewer", "")
    store.decide(entry, DecisionKind.APPROVE, store.reasons()[0], "")
    stored = store.history.entry(entry)
    assert stored is not None
    translator = FullWidthBrackets()
    QCoreApplication.installTranslator(translator)
    try:
        report = VerificationReport(stored, [], store.history.decision_trail(entry), "1e-4")
        doc = report.document()
    finally:
        QCoreApplication.removeTranslator(translator)
        store.close()
    text = doc.toPlainText()
    decisions_text = text.split("Decision and trail")[1].split("Reason", 1)[1]  # under the trail's header row
    assert "Approved（current）" in text and "Escalated（superseded）" in text and " (" not in decisions_text
    table, decisions = trail_rows(doc)
    block = table.cellAt(decisions[0][0], 2).firstCursorPosition().block()
    bold = ["".join(f.text() for f in (i.fragment() for i in block)
                    if f.isValid() and f.charFormat().fontWeight() >= QFont.Weight.Bold)]
    assert bold == ["Approved"]  # the decision in bold, its state not


def test_a_liveness_session_s_report_is_headed_by_the_session_s_verdict_as_the_window_and_history_are(
        tmp_path: Path, qapp) -> None:
    """The report headed a session whose comparison fell below the policy level, or whose spoken consent failed,
    "Liveness passed: a live person did the check", as the window did, while History recorded otherwise."""
    store = HistoryStore.open(operator="reviewer-2")
    thresholds = {"1e-3": 62.0, "1e-4": 69.0, "1e-5": 74.0, "1e-6": 79.9}
    h5 = {"status": "OK", "biz_info": {"biz_id": "1700000000,h5"},
          "liveness_result": {"result": "PASS", "procedure_type": "will"}}

    def report_text(answer: dict[str, object]) -> tuple[str, str | None]:
        entry = store.journal.begin(CallKind.GET_RESULT, "local-engine", {"biz_id": "1700000000,h5"})
        store.journal.complete(entry, answer, policy_level="1e-4")
        stored = store.history.entry(entry)
        assert stored is not None
        report = VerificationReport(stored, [], [], "1e-4")
        return report.document().toPlainText(), stored.verdict  # the document is the report's: read while it lives

    text, verdict = report_text({**h5, "verify_result": {"result_faceid": {"confidence": 65.0,
                                                                           "thresholds": thresholds}}})
    assert verdict == "not_confirmed"
    assert "Liveness passed: needs review — the face is not confirmed at your policy level" in text
    assert "a live person did the check" not in text
    text, verdict = report_text({**h5, "verify_result": {"result_faceid": {"confidence": 85.0,
                                                                           "thresholds": thresholds}},
                                 "will_result": [{"result": "FAIL", "will_error_message": "NO_AUDIO"}]})
    assert verdict == "will_failed"
    assert "Liveness passed, but the spoken consent failed" in text and "(will_result, NO_AUDIO)" in text
    assert "Same person: above the" in text and "— face comparison only" in text  # the consent decides, as in the window


def test_the_report_s_times_are_in_the_zone_shown_and_say_which(qapp) -> None:  # type: ignore[no-untyped-def]
    """A report read in Beijing gave 17:30 on the 1st (UTC) for a call made at 01:30 on the 2nd there: its times are
    the window's, the zone named with them; a decision the other side of a summer-time change names its own."""
    import json
    from dataclasses import replace

    from faceid_console.store.schema import calls
    from tests.conftest import FIXTURES

    store = HistoryStore.open(operator="reviewer-2")
    entry = store.journal.begin(CallKind.VERIFY, "cloud-cn", {"comparison_type": "0", "uuid": "U-applicant-17"})
    store.journal.complete(entry, json.loads((FIXTURES / "verify_success.json").read_text("utf-8")),
                           policy_level="1e-4")
    store.decide(entry, DecisionKind.ESCALATE, "Needs a senior reviewer")
    with store.engine.begin() as c:
        c.execute(calls.update().where(calls.c.id == entry).values(created_at=datetime.datetime(2026, 12, 1, 17, 30)))
    stored = store.history.entry(entry)
    assert stored is not None
    [decided] = store.history.decision_trail(entry)  # decisions are never edited: one of that time, as read
    trail = [replace(decided, decided_at=datetime.datetime(2026, 12, 1, 17, 45, 12))]
    beijing = VerificationReport(stored, [], trail, "1e-4", zone=DisplayZone(ZoneInfo("Asia/Shanghai")))
    text = beijing.document().toPlainText()
    assert "Time (UTC+08:00)\n2026-12-02 01:30:00" in text, text
    assert "2026-12-02 01:45:12" in text and "17:30" not in text and "17:45" not in text
    in_utc = VerificationReport(stored, [], trail, "1e-4", zone=DisplayZone(datetime.UTC))  # kept while read
    utc = in_utc.document().toPlainText()
    assert "Time (UTC)\n2026-12-01 17:30:00" in utc and "2026-12-01 17:45:12" in utc
    new_york = DisplayZone(ZoneInfo("America/New_York"))  # the entry on EST, the decision in July on EDT
    july = [replace(decided, decided_at=datetime.datetime(2027, 7, 1, 16))]
    in_new_york = VerificationReport(stored, [], july, "1e-4", zone=new_york)
    text = in_new_york.document().toPlainText()
    assert "Time (UTC-05:00)\n2026-12-01 12:30:00" in text and "2027-07-01 12:00:00" in text, text


def printed_photo(report: VerificationReport, field: str = "image") -> QImage:
    """The photo ``field`` as the report prints it."""
    from PySide6.QtCore import QUrl

    kept = [stored for stored in report.images if stored.data or stored.thumbnail]
    index = next(index for index, stored in enumerate(kept) if stored.field == field)
    printed = report.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(f"photo{index}.png"))
    assert isinstance(printed, QImage) and not printed.isNull()
    return printed


def box_edge_colours(printed: QImage, face: DetectedFace) -> list[QColor]:
    """The colours along the middle of ``face``'s box's left edge on ``printed``: the pixel of each row nearest in
    colour to a printed box's (its edge is under two pixels wide, and smoothed in the scaling)."""
    from faceid_console.ui.face_box_colours import GOOD as BOX_COLOUR

    assert face.rect is not None
    x = round(face.rect.left * printed.width())
    rows = range(round((face.rect.top + face.rect.height / 3) * printed.height()),
                 round((face.rect.top + 2 * face.rect.height / 3) * printed.height()))
    colours = []
    for y in rows:
        near = [printed.pixelColor(column, y) for column in range(max(0, x - 1), min(printed.width(), x + 2))]
        colours.append(min(near, key=lambda colour: min(distance(colour, FAIL), distance(colour, BOX_COLOUR))))
    return colours


def distance(one: QColor, other: QColor) -> int:
    return abs(one.red() - other.red()) + abs(one.green() - other.green()) + abs(one.blue() - other.blue())


def test_a_stored_refusal_s_report_boxes_the_faces_it_carried_against_the_threshold_sent(
        engine, faces: Path, qapp) -> None:
    """The report of a LOW_QUALITY refusal printed the photo to check bare, though its answer carried the face found
    (return_faces=1), which History boxes over it: it is boxed as a result's faces are, in red, below the
    face_quality_threshold sent (100); in green it would read as passed beside the refusal."""
    from faceid_console.api import FaceIDError
    from faceid_console.api.results import error_faces
    from faceid_console.ui.face_box_colours import GOOD as BOX_COLOUR
    from faceid_console.ui.report import stored_error

    store = HistoryStore.open(operator="reviewer-2")
    with pytest.raises(FaceIDError) as refused:
        journaled_compare(store, engine.base_url, faces / "obama_small.jpg", faces / "obama_2.jpg", return_faces=True,
                          face_quality_threshold=100)
    assert refused.value.code == "LOW_QUALITY"
    [entry] = store.history.page(HistoryFilter(), 0, 1)
    carried = error_faces(stored_error(entry))  # type: ignore[arg-type]
    assert carried is not None and len(carried) == 1
    (face,) = carried
    assert face.quality is not None and face.quality_threshold is not None
    assert face.quality_threshold <= face.quality < 100
    report = VerificationReport(entry, store.history.images(entry.id), [], "1e-4")
    edge = box_edge_colours(printed_photo(report), face)
    assert all(distance(colour, FAIL) < 90 for colour in edge), [colour.name() for colour in edge]
    assert not any(distance(colour, BOX_COLOUR) < 90 for colour in edge)
    store.close()


def test_a_stored_biz_token_s_report_boxes_the_faces_it_carried(engine, faces: Path, qapp) -> None:
    """A raw_image biz_token's answer carries the faces of its photo to compare (return_faces=1), which History boxes
    over it: its report printed the photo bare. They are boxed as a verify result's are."""
    from faceid_console.api import BizToken
    from faceid_console.ui.face_box_colours import GOOD as BOX_COLOUR

    from .test_history_page import journaled_biz_token

    store = HistoryStore.open(operator="reviewer-2")
    entry = store.history.entry(journaled_biz_token(store, engine, faces / "obama_1.jpg"))
    assert entry is not None and entry.response is not None
    (face,) = BizToken.parse(dict(entry.response)).faces
    report = VerificationReport(entry, store.history.images(entry.id), [], "1e-4")
    edge = box_edge_colours(printed_photo(report), face)
    assert all(distance(colour, BOX_COLOUR) < 90 for colour in edge), [colour.name() for colour in edge]
    store.close()


def test_a_biz_token_s_photo_is_captioned_the_photo_to_compare_as_app_token_titles_it(
        engine, faces: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """A biz_token's ``image`` was captioned "Photo to check", Verify's title, in its report, while App token (where
    it was chosen) and History call it the photo to compare. A refusal of one is captioned the same."""
    from .test_history_page import journaled_biz_token

    store = HistoryStore.open(operator="reviewer-2")
    issued = journaled_biz_token(store, engine, faces / "obama_1.jpg")
    refused = journaled_biz_token(store, engine, faces / "multi_obama_biden.jpg")  # MULTIPLE_FACES
    for entry_id in (issued, refused):
        entry = store.history.entry(entry_id)
        assert entry is not None and entry.kind is CallKind.GET_BIZ_TOKEN
        report = VerificationReport(entry, store.history.images(entry.id), [], "1e-4")
        text = report.document().toPlainText()
        assert "Photo to compare" in text and "Reference photo 1" in text, text
        assert "Photo to check" not in text
    assert store.history.entry(refused).error_code == "MULTIPLE_FACES"  # type: ignore[union-attr]
    store.close()


@pytest.mark.parametrize("call", ["verify", "get_biz_token"])
def test_a_refusal_s_faces_reaching_the_threshold_sent_are_printed_blue_grey_as_the_window_draws_them(
        engine, faces: Path, monkeypatch: pytest.MonkeyPatch, call: str, qapp) -> None:  # type: ignore[no-untyped-def]
    """A MULTIPLE_FACES refusal's faces that reach the face_quality_threshold sent were printed in the report's green
    under the red refusal, read as a pass; the window draws them blue-grey (held: the face is fine, the call was
    refused). Each face is printed as the window draws it, by its own quality against the threshold sent: of the
    three faces refused at 80, the two above it blue-grey, the one below it red."""
    from faceid_console.api import FaceIDError
    from faceid_console.api.results import error_faces
    from faceid_console.ui.face_box_colours import GOOD as BOX_COLOUR
    from faceid_console.ui.face_box_colours import HELD, POOR
    from faceid_console.ui.report import photo_with_faces, stored_error

    from .test_history_page import journaled_biz_token

    store = HistoryStore.open(operator="reviewer-2")
    photo = faces / "multi_obama_biden.jpg"
    if call == "verify":
        with pytest.raises(FaceIDError):
            journaled_compare(store, engine.base_url, photo, faces / "obama_2.jpg", return_faces=True,
                              face_quality_threshold=80)
        [entry] = store.history.page(HistoryFilter(), 0, 1)
    else:
        entry = store.history.entry(journaled_biz_token(store, engine, photo, quality_threshold=80))
    assert entry is not None and entry.error_code == "MULTIPLE_FACES"
    carried = error_faces(stored_error(entry))  # type: ignore[arg-type]
    assert carried is not None
    qualities = sorted(face.quality or 0.0 for face in carried)
    assert len(carried) == 3 and qualities[0] < 80 <= qualities[1], qualities  # two reach the threshold, one not
    report = VerificationReport(entry, store.history.images(entry.id), [], "1e-4")
    expected = [(HELD if (face.quality or 0.0) >= 80 else POOR).name() for face in carried]
    # As printed: each box's edge, where it changed the photo most, is nearest its colour in the window.
    (stored,) = [image for image in store.history.images(entry.id) if image.field == "image"]
    bare = photo_with_faces(QImage.fromData(stored.data or b""), None)
    printed = printed_photo(report)
    for face, colour in zip(carried, expected, strict=True):
        inks = box_edge_ink(printed, bare, face)
        nearest = {min((HELD, POOR, BOX_COLOUR), key=lambda near: distance(ink, near)).name() for ink in inks}
        assert nearest == {colour}, [ink.name() for ink in inks]
    # Printed at the photo's own size (not scaled down to fit the page, which smooths an edge into the photo): the
    # colour each box's edge is drawn in, exactly, at its rect's fractions of the photo.
    size = QImage.fromData(stored.data or b"").size()
    monkeypatch.setattr("faceid_console.ui.report.PHOTO_PX", max(size.width(), size.height()))
    printed = printed_photo(report)
    assert printed.size() == size
    assert [edge_line_colours(printed, face) for face in carried] == [{colour} for colour in expected]
    store.close()


def test_of_several_faces_compared_only_the_compared_one_is_printed_green(  # type: ignore[no-untyped-def]
        engine, faces: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    """With several faces allowed FaceID compares the largest; the others passed nothing and are printed blue-grey,
    as the window draws them (in green a bystander read as a second applicant passed)."""
    from faceid_console.ui.face_box_colours import GOOD, HELD, POOR
    from faceid_console.ui.report import stored_faces
    from faceid_console.ui.widgets.face_overlay import compared_face

    store = HistoryStore.open(operator="reviewer-2")
    journaled_compare(store, engine.base_url, faces / "multi_obama_biden.jpg", faces / "obama_2.jpg",
                      return_faces=True, fail_when_multiple_faces=False)
    [entry] = store.history.page(HistoryFilter(), 0, 1)
    assert entry.error_code is None
    found = stored_faces(entry, None)
    assert found is not None and len(found.faces) == 3 and not found.refused
    largest = compared_face(found.faces)
    expected = [(POOR if face.quality is not None and face.quality_threshold is not None
                 and face.quality < face.quality_threshold else GOOD if index == largest else HELD).name()
                for index, face in enumerate(found.faces)]
    assert expected.count(GOOD.name()) == 1 and HELD.name() in expected
    (stored,) = [image for image in store.history.images(entry.id) if image.field == "image"]
    size = QImage.fromData(stored.data or b"").size()
    monkeypatch.setattr("faceid_console.ui.report.PHOTO_PX", max(size.width(), size.height()))
    printed = printed_photo(VerificationReport(entry, store.history.images(entry.id), [], "1e-4"))
    assert [edge_line_colours(printed, face) for face in found.faces] == [{colour} for colour in expected]
    store.close()


def test_a_result_s_face_below_faceid_s_suggested_quality_is_printed_red_as_the_window_draws_it(
        engine, faces: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """A result's faces were all printed green, while the window draws one whose quality is below FaceID's suggested
    quality_threshold (its own, in the answer) in red: printed as the window draws it."""
    import dataclasses

    from faceid_console.ui.face_box_colours import POOR

    store = HistoryStore.open(operator="reviewer-2")
    journaled_compare(store, engine.base_url, faces / "obama_1.jpg", faces / "obama_2.jpg", return_faces=True)
    [entry] = store.history.page(HistoryFilter(), 0, 1)
    assert entry.response is not None
    (face,) = entry.response["faces"]
    # The same answer with its face's quality under FaceID's suggestion (the engine's photos are all of good quality).
    poor_face = {**face, "quality": face["quality_threshold"] - 1}
    poor = dataclasses.replace(entry, response={**entry.response, "faces": [poor_face]})
    report = VerificationReport(poor, store.history.images(entry.id), [], "1e-4")
    assert report.result is not None
    (parsed,) = report.result.faces
    edge = box_edge_colours(printed_photo(report), parsed)
    assert all(distance(colour, POOR) < 90 for colour in edge), [colour.name() for colour in edge]
    store.close()


def edge_line_colours(printed: QImage, face: DetectedFace) -> set[str]:
    """The colours (names) of ``face``'s box's left edge on ``printed``, a photo printed at its own size: the pixels
    along the middle of the edge, on the line of the rect's left (one colour: drawn unsmoothed, wider than a pixel)."""
    assert face.rect is not None
    x = round(face.rect.left * printed.width())
    rows = range(round((face.rect.top + face.rect.height / 3) * printed.height()),
                 round((face.rect.top + 2 * face.rect.height / 3) * printed.height()))
    return {printed.pixelColor(x, y).name() for y in rows}


def box_edge_ink(printed: QImage, bare: QImage, face: DetectedFace) -> list[QColor]:
    """Along the middle of ``face``'s box's left edge on ``printed``, in each row, the pixel (of the five across the
    rect's left) that differs most from the photo printed ``bare`` of boxes: the edge, where the scaling smoothed it
    least into the photo."""
    assert face.rect is not None and printed.size() == bare.size()
    x = round(face.rect.left * printed.width())
    rows = range(round((face.rect.top + face.rect.height / 3) * printed.height()),
                 round((face.rect.top + 2 * face.rect.height / 3) * printed.height()))
    columns = range(max(0, x - 2), min(printed.width(), x + 3))
    inks = []
    for y in rows:
        column = max(columns, key=lambda at: distance(printed.pixelColor(at, y), bare.pixelColor(at, y)))
        inks.append(printed.pixelColor(column, y))
    return inks
