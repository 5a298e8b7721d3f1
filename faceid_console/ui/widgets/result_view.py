"""A verify result: the verdict in words, the confidence gauge, each score against its own thresholds,
the faces side by side, face boxes, identity exceptions, genuineness, and the technical details (copyable, no
secrets).

Used by the Verify page and, from stored data, by the history and liveness pages. Only the verdict banner
is built with the view (it is all the empty state shows); the parts of an answer are built with the first
answer (``_build_answer_parts``), so the window's first paint does not wait for them, or ahead of it in idle
time (``build_answer_parts``, then ``place_answer_parts``: the Verify page's, by the main window).
"""

from __future__ import annotations

import importlib
import json
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...api import FaceIDError, redact
from ...api.errors import ErrorOrigin
from ...verdict import (
    IDCARD_SCORES,
    Outcome,
    Verdict,
    below_policy,
    card_unchecked,
    compared_scores,
    datasource_unjudged,
    id_attacked,
    judge,
    recorded_verdict,
)
from ..alt_keys import name_without_alt_keys, without_alt_key
from ..colours import CAUTION, FAIL, NEUTRAL, set_muted, set_notice, set_text_colour
from ..focus import KeyboardKeeper, take_place_in_focus_chain
from ..texts import (
    join_sentences,
    level_odds,
    session_comparison_billed_text,
    session_comparison_problem,
    session_comparison_step,
    shortened,
)
from .confidence_gauge import ConfidenceGauge, outcome_colour
from .edge_frame import EdgeFrame, inset_as_text_of
from .enter_presses import press_with_enter
from .field_name_label import FieldNameLabel
from .fitting_labels import WrapAnywhereLabel

if TYPE_CHECKING:  # the results and the answer's parts load with the first answer, not with the window
    from contextlib import AbstractContextManager

    from PySide6.QtWidgets import QGroupBox, QPlainTextEdit, QPushButton, QToolButton

    from ...api import DetectedFace, IdExceptions, ScoreWithThresholds, VerifyFailure, VerifyResult
    from .error_panel import ErrorPanel
    from .face_overlay import FaceOverlay
    from .faces_side_by_side import FacesSideBySide
    from .genuineness_gauges import GenuinenessGauges
    from .stacking_row import StackingGrid, StackingRow

#: The parts of an answer, built with the first one (reading one before builds them then), or ahead of it.
ANSWER_PARTS = frozenset({
    "disagreement", "error_panel", "exceptions_label", "scores_box", "scores_grid", "score_rows", "side_by_side_box",
    "side_by_side", "side_by_side_note", "faces_box", "faces_note", "overlay", "genuineness_box", "genuineness",
    "details_box", "session_request_label", "request_label", "details_buttons", "copy_session_request", "copy_request",
    "json_toggle", "copy_json", "raw_json"})
#: The modules of the answer's parts, imported ahead one a step in idle time (``MainWindow._idle_build_steps``).
ANSWER_PART_MODULES = ("faceid_console.ui.widgets.error_panel", "faceid_console.ui.widgets.face_overlay",
                       "faceid_console.ui.widgets.faces_side_by_side", "faceid_console.ui.widgets.genuineness_gauges",
                       "faceid_console.ui.widgets.stacking_row")


def no_answer_came(err: FaceIDError) -> bool:
    """Whether ``err`` came with no answer at all (nothing listening, a time-out, a TLS failure…): no HTTP status and
    no body, so the only JSON there is to show is the console's own record of it (``FaceIDError.to_dict``)."""
    return err.origin is ErrorOrigin.TRANSPORT and err.http_status is None and not err.raw_body


def verdict_headline(verdict: Verdict, *, against_idcard_photo: bool = False) -> str:
    """A comparison's verdict as the result's headline says it (the PDF report heads it the same);
    ``against_idcard_photo``: the score judged is result_idcard_photo, and the headline says so."""
    if against_idcard_photo and verdict.outcome is not Outcome.NO_THRESHOLD:
        return idcard_verdict_headline(verdict)
    if verdict.outcome is Outcome.MEETS_POLICY:
        return QCoreApplication.translate("ResultView", "Same person: above the {odds} threshold").format(
            odds=level_odds(verdict.strictest_level_met or verdict.policy_level))
    if verdict.outcome is Outcome.BELOW_POLICY:
        return QCoreApplication.translate("ResultView", "Not confirmed: below your policy level ({odds})").format(
            odds=level_odds(verdict.policy_level))
    if verdict.outcome is Outcome.BELOW_ALL:
        return QCoreApplication.translate("ResultView", "Not the same person: below the {odds} threshold").format(
            odds=level_odds("1e-3"))
    return QCoreApplication.translate("ResultView", "No threshold for your policy level in this answer")


def idcard_verdict_headline(verdict: Verdict) -> str:
    """A verdict on result_idcard_photo (an H5 session's answer with no result_faceid or result_refN): the live face
    judged against the photo on the ID card photographed, and said to be."""
    if verdict.outcome is Outcome.MEETS_POLICY:
        return QCoreApplication.translate("ResultView", "Same person as in the ID card's photo: above the {odds} "
                                                        "threshold").format(
            odds=level_odds(verdict.strictest_level_met or verdict.policy_level))
    if verdict.outcome is Outcome.BELOW_POLICY:
        return QCoreApplication.translate("ResultView", "Not confirmed against the ID card's photo: below your policy "
                                                        "level ({odds})").format(odds=level_odds(verdict.policy_level))
    return QCoreApplication.translate("ResultView", "Not the same person as in the ID card's photo: below the {odds} "
                                                    "threshold").format(odds=level_odds("1e-3"))


def idcard_verdict_note(result: VerifyResult, policy_level: str) -> str:
    """What a verdict on result_idcard_photo rests on, and what the answer does not check at ``policy_level``: whether
    the card is the data source's (result_idcard_datasource absent, or with no threshold for that level)."""
    note = QCoreApplication.translate(
        "ResultView", "Judged against the ID card's photo (result_idcard_photo): the answer has no result_faceid or "
                      "result_ref score.")
    if result.result_idcard_datasource is None:
        note = join_sentences(note, QCoreApplication.translate(
            "ResultView", "Nothing in it compares that card with the data source's photo: check the card itself "
                          "before approving."))
    elif datasource_unjudged(result, policy_level):
        note = join_sentences(note, QCoreApplication.translate(
            "ResultView", "The comparison of that card with the data source's photo (result_idcard_datasource) came "
                          "with no threshold for your policy level ({odds}), so it does not say the card is the data "
                          "source's: check the card itself before approving.").format(odds=level_odds(policy_level)))
    return note


def disagreement_headline() -> str:
    """A pass that another photo falls below, as the result's headline says it."""
    return QCoreApplication.translate("ResultView", "Needs review: the photos disagree")


def attacked_headline() -> str:
    """A pass on an ID number used in attacks (``id_attacked``), as the result's headline says it."""
    return QCoreApplication.translate("ResultView", "Needs review: this ID number has been used in attacks")


def card_unchecked_headline() -> str:
    """A pass on the ID card's photo alone, with nothing comparing that card with the data source
    (``card_unchecked``), as the result's headline says it."""
    return QCoreApplication.translate("ResultView", "Needs review: the ID card is not checked against the data source")


def comparison_headline(result: VerifyResult, policy_level: str) -> str:
    """The headline of an answer at ``policy_level``, by its recorded verdict where the score alone would read as a
    clean pass (the window heads it so, and the PDF report the same)."""
    primary = result.primary_score()
    if primary is None:
        return QCoreApplication.translate("ResultView", "The answer has no score")
    verdict = recorded_verdict(result, policy_level)
    if verdict == "id_attacked":
        return attacked_headline()
    if verdict == "photos_disagree":
        return disagreement_headline()
    if verdict == "card_unchecked":
        return card_unchecked_headline()
    return verdict_headline(judge(primary, policy_level), against_idcard_photo=result.judged_on_idcard_photo)


def score_title(key: str) -> str:
    """A score's photo in the window's words (``result_ref2`` → "Reference photo 2"); an unknown key as it is."""
    if key == "result_faceid":
        return QCoreApplication.translate("ResultView", "ID photo from the data source")
    if key.startswith("result_ref"):
        return QCoreApplication.translate("ResultView", "Reference photo {n}").format(n=key.removeprefix("result_ref"))
    if key == "result_idcard_photo":
        return QCoreApplication.translate("ResultView", "ID card photo")
    if key == "result_idcard_datasource":  # not the live face: the ID card's photo against the data source's
        return QCoreApplication.translate("ResultView", "ID card photo vs data source photo")
    return key


def exception_warnings(exceptions: IdExceptions) -> list[str]:
    """What each identity exception raised means for the decision (rich text); none raised: empty."""
    warnings = []
    if exceptions.id_attacked == 1:
        warnings.append(QCoreApplication.translate("ResultView",
            "<b>⚠ This ID number has been used in attacks</b> (id_attacked): FaceID has seen it used against its "
            "liveness check (a mask, another person, a 3D synthetic face), so someone may be using it now. This does "
            "not mean its holder took part. Whatever the score, confirm the applicant another way before approving: "
            "their documents, or a liveness check if none was done."))
    if exceptions.id_photo_monochrome == 1:
        warnings.append(QCoreApplication.translate("ResultView",
            "<b>⚠ The data source's ID photo is black and white</b> (id_photo_monochrome). Scores against it "
            "are less reliable: be careful with a borderline result."))
    return warnings


def no_exceptions_text() -> str:
    return QCoreApplication.translate("ResultView", "No identity exceptions: the ID number is not known from attacks, "
                                                    "and the ID photo is in colour.")


class ResultView(QWidget):
    """Shows one VerifyResult or one FaceIDError (never both)."""

    # The parts of an answer (ANSWER_PARTS), built by _build_answer_parts.
    disagreement: QLabel
    error_panel: ErrorPanel
    exceptions_label: QLabel
    scores_box: QGroupBox
    scores_grid: StackingGrid
    score_rows: dict[str, tuple[QLabel, QLabel, ConfidenceGauge]]
    side_by_side_box: QGroupBox
    side_by_side: FacesSideBySide
    side_by_side_note: QLabel
    faces_box: QGroupBox
    faces_note: QLabel
    overlay: FaceOverlay
    genuineness_box: QGroupBox
    genuineness: GenuinenessGauges
    details_box: QGroupBox
    session_request_label: WrapAnywhereLabel
    request_label: WrapAnywhereLabel
    details_buttons: StackingRow
    copy_session_request: QPushButton
    copy_request: QPushButton
    json_toggle: QToolButton
    copy_json: QPushButton
    raw_json: QPlainTextEdit

    def __init__(self, language: str, parent: QWidget | None = None, *, verify_options: bool = True,
                 empty_hint: str = "") -> None:
        """``verify_options``: the Verify page's options are on this page, so error advice may name them;
        ``empty_hint``: what to do to see something, said under the headline while nothing is shown."""
        super().__init__(parent)
        self.language = language
        self._verify_options = verify_options
        self._empty_hint = empty_hint
        self.result: VerifyResult | None = None
        self.verdict: Verdict | None = None
        self.request_id = ""
        #: A liveness session's own request_id (get_result's, a web callback's), when the answer is its comparison.
        self.session_request_id = ""
        self._in_session = False  # the answer on show is a liveness session's comparison (show_session_request_id)
        self._time_used: int | None = None
        self._policy_level = ""
        self._names: Mapping[str, str] = {}  # the form's names of the photos of the answer on show
        #: The reference photos of the answer on show, by score (``result_ref1``), as sent; or the size of each still
        #: being decoded. Let go of with the answer.
        self._references: dict[str, QImage] = {}
        self._references_pending: dict[str, QSize] = {}
        #: The faces boxed over the photo to check: the answer's, or those a refusal carried (``_refused_faces``),
        #: of which none was compared.
        self._faces: tuple[DetectedFace, ...] = ()
        self._refused_faces = False
        #: The face_quality_threshold a refusal on show was sent with: its boxes are held to it.
        self._refused_threshold: int | None = None
        self._parts_built = False
        self._parts_placed = False  # their controls put in the window's Tab order (``place_answer_parts``)
        self._subordinate = False  # set by subordinate(), until the next answer or clear()
        self._keyboard = KeyboardKeeper(self)  # where it is while an answer is drawn again (F5 in History)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        # Verdict first: where the eye lands.
        self.banner = EdgeFrame(self)
        self.banner.setObjectName("verdictBanner")
        banner_layout = QVBoxLayout(self.banner)
        # Wrapped as the subline is: a Chinese verdict breaks between any two characters, and QLabel left "一）" of
        # "未确认：低于您的策略等级（万分之一）" alone on its last line.
        self.headline = WrapAnywhereLabel(self.banner)
        self.headline.setObjectName("verdictHeadline")
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.headline.setFont(font)
        # Broken inside a long token, biz_id or photo name too (History shows an entry's biz_token here): QLabel
        # breaks only at spaces, and a 128-byte value on one line widened the window past an 800 px screen.
        self.subline = WrapAnywhereLabel(self.banner)
        self.subline.setObjectName("verdictSubline")
        for label in (self.headline, self.subline):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gauge = ConfidenceGauge(self.banner)
        banner_layout.addWidget(self.headline)
        banner_layout.addWidget(self.subline)
        banner_layout.addWidget(self.gauge)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        self.clear()

    def __getattr__(self, name: str) -> Any:
        """A part of an answer read before the first answer: build the parts now."""
        if name in ANSWER_PARTS and not self.__dict__.get("_parts_built", True):
            self._build_answer_parts()
            return self.__dict__[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def answer_parts_ready(self) -> bool:
        """The parts of an answer are built and in the window's Tab order: an answer shows them without building."""
        return self._parts_built and self._parts_placed

    def answer_part_steps(self) -> Iterator[Callable[[], object]]:
        """The building of the answer's parts ahead of the first answer, a short step each, for idle time: their
        modules imported one a step, the parts built, then placed in the Tab order. None once an answer that came
        first has built them."""
        steps: list[Callable[[], object]] = [partial(importlib.import_module, m) for m in ANSWER_PART_MODULES]
        steps += [self.build_answer_parts, self.place_answer_parts]
        for step in steps:
            if not self.answer_parts_ready:
                yield step

    def _build_answer_parts(self) -> None:
        """The parts of an answer built and placed in the Tab order, if they are not yet (the first answer)."""
        self.build_answer_parts()
        self.place_answer_parts()

    def place_answer_parts(self) -> None:
        """Put the controls of the answer's parts where they are shown in the window's Tab order: built after the
        window, they joined the end of it (after the page, even after the toolbar). Once, after they are built."""
        if self._parts_built and not self._parts_placed:
            self._parts_placed = True
            take_place_in_focus_chain(self)

    def build_answer_parts(self) -> None:
        """The error panel, identity exceptions, scores, faces side by side, face boxes, genuineness and details, all
        hidden until used
        (``place_answer_parts`` then puts them in the Tab order)."""
        if self._parts_built:
            return
        self._parts_built = True
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QGroupBox, QPlainTextEdit, QPushButton, QSizePolicy, QToolButton

        from .error_panel import ErrorPanel
        from .face_overlay import FaceOverlay
        from .faces_side_by_side import FacesSideBySide
        from .genuineness_gauges import GenuinenessGauges
        from .stacking_row import StackingGrid, StackingRow

        self.error_panel = ErrorPanel(self.language, self, verify_options=self._verify_options)

        # In the banner, under the verdict: a photo that does not agree with the one the verdict rests on.
        self.disagreement = QLabel(self.banner)
        self.disagreement.setObjectName("scoreDisagreement")
        self.disagreement.setWordWrap(True)
        set_text_colour(self.disagreement, CAUTION, bold=True)
        self.disagreement.setVisible(False)
        banner_layout = self.banner.layout()
        assert isinstance(banner_layout, QVBoxLayout)
        banner_layout.insertWidget(2, self.disagreement)

        self.exceptions_label = QLabel(self)
        self.exceptions_label.setObjectName("idExceptions")
        self.exceptions_label.setWordWrap(True)
        self.exceptions_label.setTextFormat(Qt.TextFormat.RichText)

        # A short title, and what the scores are measured against in a line that wraps: a group box's title does not
        # wrap, and the whole sentence in it made the result column wider than an 800 px window leaves it.
        self.scores_box = QGroupBox(self.tr("Scores"), self)
        scores_layout = QVBoxLayout(self.scores_box)
        scores_note = QLabel(self.tr("Each against the thresholds of this response."), self.scores_box)
        scores_note.setWordWrap(True)
        set_muted(scores_note)
        scores_layout.addWidget(scores_note)
        # Each photo's name, number and gauge on one line where the column has room; in a narrow column the gauge
        # goes under its name and number, so the scores never scroll sideways.
        self.scores_grid = StackingGrid(self.scores_box)
        scores_layout.addWidget(self.scores_grid)
        self.score_rows = {}

        # After the scores, so the verdict and its gauge stay where the eye lands; each reference's score is repeated
        # under its photo, in its row's colour.
        self.side_by_side_box = QGroupBox(self.tr("Faces side by side"), self)
        self.side_by_side_box.setObjectName("facesSideBySide")
        side_by_side_layout = QVBoxLayout(self.side_by_side_box)
        self.side_by_side = FacesSideBySide(self.side_by_side_box)
        side_by_side_layout.addWidget(self.side_by_side)
        self.side_by_side_note = QLabel(self.side_by_side_box)
        self.side_by_side_note.setWordWrap(True)
        set_muted(self.side_by_side_note)
        side_by_side_layout.addWidget(self.side_by_side_note)

        self.faces_box = QGroupBox(self.faces_title(), self)
        faces_layout = QVBoxLayout(self.faces_box)
        # Over a refusal's faces, or a biz_token's: how many, and the largest one's quality against the threshold sent.
        self.faces_note = QLabel(self.faces_box)
        self.faces_note.setObjectName("facesNote")
        self.faces_note.setWordWrap(True)
        self.faces_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.faces_note.setVisible(False)
        faces_layout.addWidget(self.faces_note)
        self.overlay = FaceOverlay(self.faces_box)
        self.overlay.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable from the keyboard for screen readers
        faces_layout.addWidget(self.overlay)

        self.genuineness_box = QGroupBox(self.tr("Face genuineness (attack checks)"), self)
        genuineness_layout = QVBoxLayout(self.genuineness_box)
        self.genuineness = GenuinenessGauges(self.genuineness_box)
        genuineness_layout.addWidget(self.genuineness)

        self.details_box = QGroupBox(self.tr("Details"), self)
        details = QVBoxLayout(self.details_box)
        # A liveness session's own request_id, above its comparison's: hidden unless the answer is a session's.
        self.session_request_label = WrapAnywhereLabel(self.details_box)
        self.session_request_label.setObjectName("sessionRequestId")
        self.session_request_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.session_request_label.setVisible(False)
        details.addWidget(self.session_request_label)
        # Broken inside the request_id too: a uuid whose parts all start with a digit has no place QLabel breaks at,
        # and made the column wider than an 800 px window leaves it.
        self.request_label = WrapAnywhereLabel(self.details_box)
        self.request_label.setObjectName("requestId")
        self.request_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The buttons go on the next row: beside a request_id (which has no place to break) they made the
        # column wider than History's detail pane.
        details.addWidget(self.request_label)
        # The toggle at the left, the copy buttons at the right; where the column is narrow, the copy buttons wrap
        # to a second row (and one under the other if even that is too wide), never widening the column.
        self.details_buttons = StackingRow(self.details_box)
        self.json_toggle = QToolButton(self.details_buttons)
        self.json_toggle.setCheckable(True)
        self.json_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.json_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.json_toggle.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # as wide as its text
        self.json_toggle.toggled.connect(self._toggle_json)
        press_with_enter(self.json_toggle)
        self.details_buttons.add(self.json_toggle)
        copies = StackingRow(self.details_buttons, at_right=True)
        self.copy_session_request = QPushButton(self.tr("Copy the session's request_id"), copies)
        self.copy_session_request.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.session_request_id))
        self.copy_session_request.setVisible(False)
        copies.add(self.copy_session_request)
        # Its Alt key is not the liveness view's Q: that is Verify's quality threshold. The keys of the toggle and these
        # buttons (J, E, W) are free on Verify, in both modes, and on History.
        self.copy_request = QPushButton(self.tr("Copy r&equest_id"), copies)
        self.copy_request.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.request_id))
        copies.add(self.copy_request)
        self.copy_json = QPushButton(copies)
        self.copy_json.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.raw_json.toPlainText()))
        copies.add(self.copy_json)
        self.details_buttons.add(copies, 1)
        press_with_enter(self.copy_session_request, self.copy_request, self.copy_json)  # Enter copies, as Space does
        details.addWidget(self.details_buttons)
        self.raw_json = QPlainTextEdit(self.details_box)
        self.raw_json.setObjectName("rawJson")
        self.raw_json.setReadOnly(True)
        self.raw_json.setTabChangesFocus(True)  # Tab moves on, as in any read-only view
        self._name_json(no_answer=False)  # the toggle, its copy button and the JSON: named as an answer's
        self.raw_json.setVisible(False)
        self.raw_json.setMinimumHeight(180)
        details.addWidget(self.raw_json)
        # Below the banner, above the stretch, in reading order; hidden until an answer shows them.
        for index, widget in enumerate((self.error_panel, self.exceptions_label, self.scores_box,
                                        self.side_by_side_box, self.faces_box, self.genuineness_box, self.details_box),
                                       start=1):
            widget.setVisible(False)
            self._layout.insertWidget(index, widget)

    # --- showing ----------------------------------------------------------------------------------

    def clear(self, message: str = "", hint: str | None = None, *, scored: bool = True) -> None:
        """Back to the empty state, headed ``message`` (such as "Working…"), with ``hint`` under it (by default
        the view's own hint on what to do to see something); ``scored``: a score may still come, so the empty
        gauge stays (a stored entry without one shows none)."""
        self.result, self.verdict = None, None
        self._names, self._references, self._references_pending = {}, {}, {}  # no photo kept past its answer
        self._faces, self._refused_faces, self._refused_threshold = (), False, None
        self._subordinate = False
        self.session_request_id, self._in_session = "", False
        self.banner.setVisible(True)
        self._style_banner(None)
        self.headline.setText(message or self.tr("No result yet"))
        self.subline.setText(self._empty_hint if hint is None else hint)
        self.gauge.set_score(None, "1e-4")
        self.gauge.setVisible(scored)
        if not self._parts_built:
            return
        for box in (self.scores_box, self.side_by_side_box, self.faces_box, self.genuineness_box, self.details_box):
            box.setVisible(False)
        self.side_by_side.clear()
        self.overlay.set_photo(QImage(), ())  # no photo left over, nor one still said to be on its way
        self.overlay.setMinimumWidth(0)
        self.faces_note.clear()
        self.faces_note.setVisible(False)
        self.faces_box.setTitle(self.faces_title())
        self.disagreement.setVisible(False)
        self.exceptions_label.setVisible(False)
        self.error_panel.setVisible(False)
        self.session_request_label.setVisible(False)
        self.copy_session_request.setVisible(False)
        self._word_copy_request(self.tr("Copy r&equest_id"))

    def show_result(self, result: VerifyResult, policy_level: str, photo: QImage | None = None,
                    score_names: Mapping[str, str] | None = None, *, photo_pending: QSize | None = None,
                    references: Mapping[str, QImage] | None = None,
                    references_pending: Mapping[str, QSize] | None = None) -> None:
        """Show a successful answer; ``photo`` is the prepared photo the face boxes refer to (``photo_pending``:
        the size of one being decoded, which ``show_photo`` brings); ``references``: the reference photos sent, by
        score (``result_ref1``), upright as sent (``references_pending``: the size of each being decoded).

        The control that has the keyboard keeps it while the answer is drawn (``keeping_keyboard``).
        """
        with self.keeping_keyboard():
            self._draw_result(result, policy_level, photo, score_names, photo_pending=photo_pending,
                              references=references, references_pending=references_pending)

    def keeping_keyboard(self) -> AbstractContextManager[None]:
        """While an answer is drawn again within it (F5 in History, a decision recorded), the control that has the
        keyboard keeps it: hidden a moment by ``clear``, Qt passed it on along the Tab order, to History's Decision
        box, where the next Down chose Approve. It is passed on as Qt would only if the answer drawn has no place
        for it."""
        return self._keyboard.redrawing()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Qt's passing on of the keyboard from a part being hidden, held while an answer is drawn again (the part is
        shown again, the keyboard still on it)."""
        return True if self._keyboard.holding else super().focusNextPrevChild(next)

    def _draw_result(self, result: VerifyResult, policy_level: str, photo: QImage | None,
                     score_names: Mapping[str, str] | None, *, photo_pending: QSize | None,
                     references: Mapping[str, QImage] | None, references_pending: Mapping[str, QSize] | None) -> None:
        self._build_answer_parts()
        self.clear()
        self.result = result
        self._faces = result.faces
        self._policy_level = policy_level
        primary = result.primary_score()
        names = score_names or {}
        self._names = dict(names)
        self._references = dict(references or {})
        self._references_pending = dict(references_pending or {})
        self.error_panel.setVisible(False)
        if primary is None and result.scored:  # result_idcard_datasource alone: listed, it does not judge the face
            self.headline.setText(self.tr("No verdict: the answer has only ID card scores"))
            self.subline.setText(self.tr(
                "There is no result_faceid, result_ref or result_idcard_photo score to decide on: "
                "result_idcard_datasource compares the ID card's photo with the data source's, not the live face. It "
                "is under Scores, against its own thresholds."))
        elif primary is None:
            self.headline.setText(self.tr("The answer has no score"))
            self.subline.setText(self.tr("The service answered without result_faceid or result_ref scores."))
        else:
            self.verdict = judge(primary, policy_level)
            self.headline.setText(verdict_headline(self.verdict, against_idcard_photo=result.judged_on_idcard_photo))
            explanation = self.verdict_explanation(self.verdict, primary)
            if result.judged_on_idcard_photo:  # say which photo the verdict is against, and what it leaves unchecked
                explanation = join_sentences(idcard_verdict_note(result, policy_level), explanation)
            if result.result_faceid is None and len(result.result_refs) > 1:  # say which photo the number is
                best = max(result.result_refs, key=lambda key: result.result_refs[key].confidence)
                explanation = join_sentences(self.tr("Best match of the {count} reference photos: {photo}.").format(
                    count=len(result.result_refs), photo=self.photo_name(f"result_ref{best}", names)), explanation)
            self.subline.setText(explanation)
            self._style_banner(self.verdict)
            self.gauge.set_score(primary, policy_level)
            self._show_card_unchecked(result, self.verdict, policy_level)
            self._show_disagreement(result, self.verdict, policy_level, names)
            self._show_attacked(result, self.verdict)
        self._show_scores(result, policy_level, names)
        self._show_exceptions(result)
        self.show_photo(photo, pending=photo_pending)
        genuineness = result.face_genuineness
        self.genuineness_box.setVisible(genuineness is not None)
        self.genuineness.set_genuineness(genuineness)
        self._show_details(result.request_id, result.time_used, dict(result.raw))

    def show_photo(self, photo: QImage | None, *, pending: QSize | None = None,
                   references: Mapping[str, QImage] | None = None) -> None:
        """The photo the shown answer's face boxes refer to (None: none, or it could not be decoded; ``pending``:
        the size of one on its way); ``references``: the reference photos, once decoded (by score, as in
        ``show_result``)."""
        if references is not None:
            self._references, self._references_pending = dict(references), {}
        faces = self._faces
        # A refusal's photo only with the faces it carried (NO_FACE_FOUND's none: the error panel says it).
        self.faces_box.setVisible(bool(faces) if self._refused_faces
                                  else photo is not None or pending is not None or bool(faces))
        self.overlay.set_photo(photo if photo is not None else QImage(), faces, pending=pending,
                               compared=not self._refused_faces, quality_threshold=self._refused_threshold)
        # A face's label is drawn on one line within the photo: the photo is never narrower than the widest label,
        # now that the column narrows with the window ("Face 1 · compared · quality 99.9 ≥ 30" ran off its edge).
        self.overlay.setMinimumWidth(math.ceil(max((tag.width() for tag in self.overlay.tag_rects()), default=0)))
        self._show_side_by_side(photo, pending)

    def outranked(self, headline: str) -> None:
        """Something above the comparison decides (a suspected attack, a forged callback): it heads the view in
        red and the comparison's own verdict follows as one line."""
        comparison = self.headline.text()
        self.headline.setText(headline)
        self._paint_banner(FAIL)
        self.subline.setText(self.tr("The comparison alone says: {verdict}").format(verdict=comparison))
        self._mute_scores()

    def subordinate(self) -> None:
        """Something shown above decides (a suspected attack, a forged callback): this comparison's verdict
        stays, in grey and named as the comparison's alone, so it cannot read as the outcome."""
        if self.verdict is None or self._subordinate:
            return
        self._subordinate = True
        self.headline.setText(self.tr("{verdict} — face comparison only").format(verdict=self.headline.text()))
        self._paint_banner(NEUTRAL)
        self._mute_scores()

    def _mute_scores(self) -> None:
        """No green or amber marker under a verdict that overrules the comparison: its scores read in grey."""
        self.gauge.set_muted(True)
        if self._parts_built:
            self.side_by_side.mute()
        for _name, value, gauge in self.score_rows.values():
            gauge.set_muted(True)
            set_text_colour(value, NEUTRAL)

    def show_error(self, err: FaceIDError, also: Sequence[FaceIDError] = (), *, step: str | None = None,
                   renumbered: Mapping[str, str] | None = None, call: str | None = None,
                   billed: str | None = None, photo: QImage | None = None, photo_pending: QSize | None = None,
                   quality_threshold: int | None = None, recorded: bool = False) -> None:
        """Explain ``err``; ``also``: further problems found with it (the form's other input problems); ``step``:
        what to do next when the page knows better than the error alone (which service answered);
        ``renumbered``: photo parameters sent under another number, mapped to the form's slots; ``call``: the call
        refused (a ``CallKind`` value), when it is not the page's own (History's); ``billed``: the words on billing,
        when the page knows better (the built-in engine bills nothing). ``photo``: the photo to check as sent
        (``photo_pending``: the size of one being decoded, which ``show_photo`` brings), with the faces of it a
        refusal of verify's (or get_biz_token's: its photo to compare) carried boxed over it, against
        ``quality_threshold``, the face_quality_threshold sent. ``recorded``: ``err`` is rebuilt from a History entry,
        which keeps the answer's body for some errors only: without it, Details name their JSON as the record.

        The control that has the keyboard keeps it while the error is drawn (``keeping_keyboard``)."""
        with self.keeping_keyboard():
            self._draw_error(err, also, step=step, renumbered=renumbered, call=call, billed=billed, photo=photo,
                             photo_pending=photo_pending, quality_threshold=quality_threshold, recorded=recorded)

    def _draw_error(self, err: FaceIDError, also: Sequence[FaceIDError], *, step: str | None,
                    renumbered: Mapping[str, str] | None, call: str | None, billed: str | None, photo: QImage | None,
                    photo_pending: QSize | None, quality_threshold: int | None, recorded: bool) -> None:
        self._build_answer_parts()
        self.clear()
        self.banner.setVisible(False)
        self.error_panel.show_error(err, also=also, step=step, renumbered=renumbered, call=call, billed=billed)
        self.error_panel.setVisible(True)
        if err.origin is ErrorOrigin.INPUT:
            return  # nothing was sent: no request_id, no answer to copy
        raw: Any = err.to_dict()
        if err.raw_body:
            try:
                raw = json.loads(err.raw_body)
            except ValueError:
                raw = {**raw, "body": err.raw_body[:2000]}
        self._show_details(err.request_id, None, raw, no_answer=no_answer_came(err),
                           recorded=recorded and not err.raw_body)
        from ...api.results import refused_image_faces  # with the first refusal, not with the window

        biz_token = call == "get_biz_token"  # its photo to compare, as the App token page shows it
        faces = refused_image_faces(err, v3=biz_token) if call in (None, "verify", "get_biz_token") else None
        if faces:  # return_faces=1: LOW_QUALITY and MULTIPLE_FACES still carry them ("依然会包含faces字段")
            self._faces, self._refused_faces, self._refused_threshold = faces, True, quality_threshold
            self._show_faces_note(faces, quality_threshold, to_compare=biz_token)
            self.show_photo(photo, pending=photo_pending)

    def show_token_faces(self, faces: Sequence[DetectedFace], quality_threshold: int | None, *,
                         photo_pending: QSize | None = None) -> None:
        """Under a stored biz_token's headline (``clear``): the faces its answer carried (raw_image, return_faces=1)
        over its photo to compare, as the App token page shows them, against ``quality_threshold``, the
        face_quality_threshold sent; the photo comes with ``show_photo`` (``photo_pending``: its size meanwhile)."""
        self._build_answer_parts()
        self._faces, self._refused_faces, self._refused_threshold = tuple(faces), False, None
        self._show_faces_note(faces, quality_threshold, to_compare=True)
        self.show_photo(None, pending=photo_pending)

    def show_verify_failure(self, failure: VerifyFailure, *, billable: bool = True) -> None:
        """A liveness session's ``verify_result`` in its error form: the comparison failed. Explained as Verify
        explains the error, less its advice to send the call again, billed as the session is (never, when not
        ``billable``: the built-in engine's) and remedied by a new session: its comparison is not run again (a "send
        again" would fetch nothing: the result is given once)."""
        self._build_answer_parts()
        self.clear()
        self.banner.setVisible(False)
        err = FaceIDError(code=failure.code, detail=failure.detail, origin=ErrorOrigin.SERVICE, message=failure.error)
        self.error_panel.show_error(
            err, step=session_comparison_step(failure.code, failure.detail),
            billed=session_comparison_billed_text(failure.billed, charged=billable),
            headline=self.tr("The comparison failed"), explanation=session_comparison_problem(err, self.language))
        self.error_panel.setVisible(True)
        self._show_details(None, None, dict(failure.raw))

    def show_session_request_id(self, request_id: str | None) -> None:
        """The answer on show is a liveness session's comparison: its request_id (verify_result's) is named as the
        comparison's, and the session's own (``request_id``: get_result's or a web callback's, the one FaceID support
        asks for; None for an H5 callback, which has none) is shown above it, copyable as that one is. The comparison's
        JSON is not: it is part of the session's answer, whose whole JSON the session's view puts in these Details."""
        self._build_answer_parts()
        self._in_session = True
        for part in (self.json_toggle, self.copy_json, self.raw_json):
            part.setVisible(False)
        self.session_request_id = request_id or ""
        self.session_request_label.setText(self.tr("Session request_id: {request_id}").format(
            request_id=shortened(request_id or "")))  # copied whole with its button
        self.session_request_label.setVisible(bool(request_id))
        self.copy_session_request.setVisible(bool(request_id))
        self._word_copy_request(self.tr("Copy the comparison's request_id"))
        self.request_label.setText(self._request_text())

    # --- words ------------------------------------------------------------------------------------

    def verdict_headline(self, verdict: Verdict) -> str:
        return verdict_headline(verdict)

    def verdict_explanation(self, verdict: Verdict, score: ScoreWithThresholds) -> str:
        policy_threshold = score.thresholds.get(verdict.policy_level)
        base = self.tr(
            "Confidence {confidence:.2f}. Your policy level is {level} ({odds}), threshold {threshold}.").format(
            confidence=score.confidence, level=verdict.policy_level, odds=level_odds(verdict.policy_level),
            threshold="—" if policy_threshold is None else f"{policy_threshold:.2f}")
        if verdict.outcome is Outcome.MEETS_POLICY:
            return join_sentences(base, self.tr("The strictest level it reaches is {level} ({odds}).").format(
                level=verdict.strictest_level_met, odds=level_odds(verdict.strictest_level_met or "")))
        if verdict.outcome is Outcome.BELOW_POLICY:
            return join_sentences(base, self.tr(
                "It reaches only {level} ({odds}): a lenient level. Decide with care or ask for better photos."
            ).format(level=verdict.strictest_level_met, odds=level_odds(verdict.strictest_level_met or "")))
        if verdict.outcome is Outcome.BELOW_ALL:
            return join_sentences(base, self.tr("Even the most lenient threshold is not reached."))
        return base

    def faces_title(self, *, to_compare: bool = False) -> str:
        """The face boxes' heading: verify's photo to check, or a biz_token's photo to compare."""
        return self.tr("Faces found in the photo to compare") if to_compare else \
            self.tr("Faces found in the photo to check")

    def _show_faces_note(self, faces: Sequence[DetectedFace], quality_threshold: int | None, *,
                         to_compare: bool) -> None:
        """Over the faces boxed: how many, and the largest one's quality against ``quality_threshold``, the
        face_quality_threshold sent; headed by the photo they are in (``to_compare``: a biz_token's)."""
        from .face_overlay import faces_found_text

        self.faces_box.setTitle(self.faces_title(to_compare=to_compare))
        self.faces_note.setText(faces_found_text(faces, quality_threshold, to_compare=to_compare))
        self.faces_note.setVisible(True)

    def photo_name(self, key: str, names: Mapping[str, str]) -> str:
        """The photo a score is about, as the form named it (``names``: a reference sent under another number)."""
        return names.get(key) or score_title(key)

    # --- parts ------------------------------------------------------------------------------------

    def _style_banner(self, verdict: Verdict | None) -> None:
        if verdict is None:
            self.banner.set_edge(None)
            set_text_colour(self.headline, None)
            return
        self._paint_banner(outcome_colour(verdict.outcome))

    def _paint_banner(self, colour: QColor) -> None:
        """The headline and the banner's edge in the colour of what the headline says."""
        self.banner.set_edge(colour)
        set_text_colour(self.headline, colour)

    def _show_card_unchecked(self, result: VerifyResult, verdict: Verdict, policy_level: str) -> None:
        """A pass on the ID card's photo with nothing comparing that card with the data source at the policy level is
        not a pass (``card_unchecked``, as recorded): the headline says so in amber; the subline already says what to
        check. Photos that disagree and an ID number used in attacks, shown after, outrank it."""
        if verdict.passed and card_unchecked(result, policy_level):
            self.headline.setText(card_unchecked_headline())
            self._paint_banner(CAUTION)

    def _show_disagreement(self, result: VerifyResult, verdict: Verdict, policy_level: str,
                           names: Mapping[str, str]) -> None:
        """A pass that rests on one photo while another stays below the policy level is not a clean pass."""
        if not verdict.passed:
            return
        disagreeing = below_policy(compared_scores(result), policy_level)
        below = [self.tr("{photo} ({confidence})").format(photo=self.photo_name(key, names),
                                                          confidence=f"{score.confidence:.2f}")
                 for key, score in disagreeing]
        if below:
            # Not a clean pass: the headline says so in amber; the line below says which photo and by how much.
            self.headline.setText(disagreement_headline())
            self._paint_banner(CAUTION)
            if any(key in IDCARD_SCORES for key, _score in disagreeing):  # the card itself, not a photo sent
                text = self.tr("⚠ Not every photo agrees: {scores}, below your policy level. The ID card photographed "
                               "in the session may not be the applicant's own, or not genuine: check the card itself "
                               "before approving.")
            else:
                text = self.tr("⚠ Not every photo agrees: {scores}, below your policy level. Check that each "
                               "reference photo shows this applicant before approving.")
            self.disagreement.setText(text.format(scores="; ".join(below)))
            self.disagreement.setVisible(True)

    def _show_attacked(self, result: VerifyResult, verdict: Verdict) -> None:
        """A pass on an ID number used in attacks is not a pass (``id_attacked``, as recorded): the headline says so
        in amber, the notice below what it means; photos that disagree as well keep their line."""
        if not verdict.passed or not id_attacked(result):
            return
        self.headline.setText(attacked_headline())
        self._paint_banner(CAUTION)
        self.subline.setText(join_sentences(self.subline.text(), self.tr(
            "The face matches, but this ID number has been used in attacks (see the notice below): confirm the "
            "applicant another way before approving.")))

    def _show_scores(self, result: VerifyResult, policy_level: str, names: Mapping[str, str]) -> None:
        self.scores_grid.clear()
        self.score_rows.clear()
        scores = compared_scores(result)
        for key, score in scores:
            verdict = judge(score, policy_level)
            name = FieldNameLabel(self.scores_grid)
            name.set_names(self.photo_name(key, names), key, below=True)
            name.setWordWrap(True)  # a long name wraps rather than widening a narrow column (History's pane)
            value = QLabel(f"<b>{score.confidence:.2f}</b>", self.scores_grid)
            set_text_colour(value, outcome_colour(verdict.outcome))
            value.setToolTip(self.verdict_headline(verdict))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            gauge = ConfidenceGauge(self.scores_grid, compact=True)
            gauge.set_score(score, policy_level)
            gauge.setAccessibleName(score_title(key))
            self.scores_grid.add_row((name, value, gauge))
            self.score_rows[key] = (name, value, gauge)
        take_place_in_focus_chain(self.scores_box)  # each gauge in Tab order where it is shown, not at the end
        self.scores_box.setVisible(bool(scores))

    def _show_side_by_side(self, photo: QImage | None, pending: QSize | None) -> None:
        """The face compared in the photo to check beside each reference photo sent, when there is one to show: in KYC
        without references there is none (the data source keeps its ID photo), and the part is left out."""
        from .faces_side_by_side import TileCaption, compared_face_of, face_picture, face_picture_size

        result = self.result
        references: list[tuple[QImage, TileCaption, QSize | None]] = []
        for key, score in compared_scores(result) if result is not None else []:
            image, waiting = self._references.get(key), self._references_pending.get(key)
            if not key.startswith("result_ref") or ((image is None or image.isNull()) and waiting is None):
                continue  # the data source's score, or a photo not kept
            verdict = judge(score, self._policy_level)
            caption = TileCaption(self.photo_name(key, self._names), key.replace("result_", "image_", 1),
                                  f"{score.confidence:.2f}", outcome_colour(verdict.outcome),
                                  self.verdict_headline(verdict))
            references.append((image, caption, None) if image is not None and not image.isNull()
                              else (QImage(), caption, waiting))
        if result is None or not references or (photo is None and pending is None):
            self.side_by_side_box.setVisible(False)
            self.side_by_side.clear()
            return
        face = compared_face_of(result.faces)
        if face is None:
            detail, tip = self.tr("whole photo"), self.tr("The answer has no face box for this photo (return_faces "
                                                          "off), so it is shown whole.")
        elif face.orientation in (90, 180, 270):
            detail, tip = self.tr("face compared, turned upright"), self.tr(
                "The face FaceID compared, cut from the photo with room round it and turned upright ({degrees}°) to "
                "read as the references do.").format(degrees=face.orientation)
        else:
            detail, tip = self.tr("face compared"), self.tr(
                "The face FaceID compared (the largest, when there are several), cut from the photo with room round "
                "it.")
        caption = TileCaption(self.tr("Photo to check"), "image", detail, None, tip)
        check = ((face_picture(photo, face), photo, caption, None) if photo is not None
                 else (QImage(), QImage(), caption, face_picture_size(pending or QSize(), face)))
        self.side_by_side.set_faces(check, references)
        if self._subordinate:
            self.side_by_side.mute()
        note = self.tr("Click a photo, or press Enter on it, to open it full size.")
        if result.result_faceid is not None:  # KYC with references: the ID photo it was also compared with is not here
            note = join_sentences(note, self.tr("The data source's ID photo is not sent to the console, so it cannot "
                                                "be shown."))
        self.side_by_side_note.setText(note)
        self.side_by_side_box.setVisible(True)

    def _show_exceptions(self, result: VerifyResult) -> None:
        exceptions = result.id_exceptions
        if exceptions is None:
            self.exceptions_label.setVisible(False)
            return
        warnings = exception_warnings(exceptions)
        if warnings:
            self.exceptions_label.setText("<br><br>".join(warnings))
            set_notice(self.exceptions_label, edge=2)
            self.exceptions_label.setContentsMargins(0, 0, 0, 0)  # a notice: its own frame and padding
        else:
            self.exceptions_label.setText(no_exceptions_text())
            set_notice(self.exceptions_label, None)
            set_muted(self.exceptions_label)
            # Plain text under the verdict: in line with its text, not from the column's edge to the window's.
            inset_as_text_of(self.exceptions_label, self.banner)
        self.exceptions_label.setVisible(True)

    def _show_details(self, request_id: str | None, time_used: int | None, raw: Mapping[str, Any], *,
                      no_answer: bool = False, recorded: bool = False) -> None:
        """Details of the answer on show: its request_id, time_used and ``raw``, its JSON (``no_answer``: ``raw`` is
        the console's own record of an error no answer came with, and named so; ``recorded``: the record of an error
        whose answer was not kept, named so)."""
        self.request_id = request_id or ""
        self._time_used = time_used
        self.request_label.setText(self._request_text())
        self.copy_request.setEnabled(bool(request_id))
        self._name_json(no_answer, recorded=recorded)
        self.raw_json.setPlainText(redact(json.dumps(raw, ensure_ascii=False, indent=2)))
        self.json_toggle.setVisible(True)  # hidden while a session's comparison was on show
        self.copy_json.setVisible(True)
        self.raw_json.setVisible(self.json_toggle.isChecked())
        self.details_box.setVisible(True)

    def _name_json(self, no_answer: bool, *, recorded: bool = False) -> None:
        """Name the JSON in Details as what it is: the answer's, or (``no_answer``) the console's own record of the
        error, or (``recorded``) its record of an error whose answer History did not keep, which support could
        otherwise take for what FaceID said."""
        if no_answer:
            self.json_toggle.setText(self.tr("No answer from the service: the console's error record"))
            self.json_toggle.setToolTip(self.tr(
                "No answer came from the service. This is the console's own record of the error (no secrets in it), "
                "for support."))
            self.copy_json.setText(self.tr("Copy error record"))
            self.raw_json.setAccessibleName(self.tr("The console's error record (no answer came)"))
        elif recorded:
            named = self.tr("The recorded error (not the answer's &JSON)")
            self.json_toggle.setText(named)
            self.json_toggle.setToolTip(self.tr(
                "History keeps the service's answer only for some errors. This is the console's own record of this "
                "one (no secrets in it), for support."))
            self.copy_json.setText(self.tr("Copy error record"))
            self.raw_json.setAccessibleName(without_alt_key(named))
        else:
            self.json_toggle.setText(self.tr("Raw &JSON"))
            self.json_toggle.setToolTip("")
            self.copy_json.setText(self.tr("Copy ra&w JSON"))  # not the liveness view's J&SON: S is "several faces"
            self.raw_json.setAccessibleName(self.tr("Raw JSON of the answer"))
        name_without_alt_keys(self.details_buttons)  # a screen reader's names follow the words, without "(&J)"

    def _word_copy_request(self, text: str) -> None:
        """``text`` on the request_id's copy button, the name a screen reader says following it."""
        self.copy_request.setText(text)
        name_without_alt_keys(self.copy_request)

    def _request_text(self) -> str:
        """The request_id line of Details: the answer's request_id (copied whole with its button), named as the
        comparison's under a liveness session's own, and time_used."""
        shown = shortened(self.request_id or "—")
        parts = [self.tr("Comparison request_id (verify_result): {request_id}").format(request_id=shown)
                 if self._in_session else self.tr("request_id: {request_id}").format(request_id=shown)]
        if self._time_used is not None:
            parts.append(self.tr("time_used: {ms} ms").format(ms=self._time_used))
        return "   ".join(parts)

    def _toggle_json(self, shown: bool) -> None:
        self.raw_json.setVisible(shown)
        self.json_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
