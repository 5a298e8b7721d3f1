"""A liveness session's result (get_result's answer or a callback's ``data``), with the same widgets as Verify.

Outcome and status in words first, then the face-genuineness gauges, the comparison (ResultView), the
returned images, OCR fields (``idcard_info``) and spoken answers (``will_result``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...api import LivenessSessionResult, VerifyFailure, VerifyResult, redact
from ...api.errors import as_sentence, explain_code
from ...api.results import LivenessResult, is_zero_count
from ...verdict import session_verdict
from ..colours import CAUTION, FAIL, NEUTRAL, PASS, set_muted, set_text_colour
from ..focus import KeyboardKeeper, take_place_in_focus_chain
from ..idle_steps import IdleSteps
from ..tasks import BackgroundTask, in_thread
from ..texts import error_title, level_odds, shortened
from .edge_frame import EdgeFrame
from .enter_presses import press_with_enter
from .fitting_labels import WrapAnywhereLabel
from .genuineness_gauges import GenuinenessGauges, suspected_attacks
from .image_gallery import ImageGallery
from .result_view import ResultView

#: The raw JSON shows at most this many characters of any one value or key (a biz_extra_data can be megabytes).
JSON_VALUE_CHARACTERS: Final = 1_000
#: The sender of a callback chooses how many fields idcard_info and will_result hold: at most this many rows of
#: idcard_info and this many spoken answers are drawn (60,000 rows held the window for two minutes, 20,000 answers
#: for 17 s); the rest are counted, and the answer's JSON has them all.
IDCARD_ROWS: Final = 200
WILL_ITEMS: Final = 50
#: The sender chooses how many keys liveness_result.details holds too: at most this many are listed (the answer's JSON
#: has them all), and at most REASON_DETAILS of those not nought name the reason under the headline.
DETAIL_ITEMS: Final = 50
REASON_DETAILS: Final = 5
#: The raw JSON box shows at most this many lines (100,000 took a third of a second to lay out); Copy JSON copies all.
JSON_LINES: Final = 2_000

#: Writes an answer's JSON off the GUI thread (60,000 fields take a seventh of a second), one at a time.
_JSON_WRITER: Final = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faceid-answer-json")


class LivenessView(QWidget):
    """Shows one LivenessSessionResult; ``signature`` (callbacks) is a line shown above it."""

    def __init__(self, language: str, parent: QWidget | None = None, *,
                 build_ahead: Callable[[], bool] | None = None) -> None:
        """``build_ahead``: the comparison's parts are built in idle time once the view is first on screen, a short
        step per turn of the event loop while ``build_ahead()`` says so, not with the first answer (they made a 5 MB
        callback's first showing 10-15 ms longer); without it, with the first answer."""
        super().__init__(parent)
        self.language = language
        self.result: LivenessSessionResult | None = None
        self._billable = True  # whether the answer on show was a billing service's (judged again with it)
        self._keyboard = KeyboardKeeper(self)  # where it is while a result is drawn again (F5 in History)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.banner = EdgeFrame(self)
        self.banner.setObjectName("livenessBanner")
        banner = QVBoxLayout(self.banner)
        self.signature_label = QLabel(self.banner)
        self.signature_label.setObjectName("signatureLabel")
        # Wrapped as the verdict's headline is: Chinese breaks between any two characters, and QLabel left "证" of
        # "失败：申请人的浏览器无法进行验证" alone on its last line.
        self.headline = WrapAnywhereLabel(self.banner)
        self.headline.setObjectName("livenessHeadline")
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.headline.setFont(font)
        self.reason_label = QLabel(self.banner)
        self.reason_label.setObjectName("livenessReason")
        self.status_label = QLabel(self.banner)
        self.status_label.setObjectName("sessionStatus")
        # What to do next about a session that ended without a liveness result (cancelled, timed out, failed).
        self.next_label = QLabel(self.banner)
        self.next_label.setObjectName("livenessNextStep")
        # biz_id, biz_no and the like have no space to break at: broken inside them, a 128-byte biz_no no longer
        # widens History's entry pane (and the window, 1205 px) or scrolls a liveness page's answer sideways.
        self.facts_label = WrapAnywhereLabel(self.banner)
        self.facts_label.setObjectName("livenessFacts")
        set_muted(self.facts_label)
        # The verdict first, where the eye lands; the signature's check under it (it says where the data came
        # from, not what it means).
        for label in (self.headline, self.signature_label, self.reason_label, self.status_label, self.next_label,
                      self.facts_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            banner.addWidget(label)
        layout.addWidget(self.banner)
        # A callback whose signature fails: what it claims stays folded away (and greyed) unless asked for.
        # Its Alt key (W), and the JSON's (J, S), are free on each page showing a liveness answer (Liveness results,
        # Callback inspector, History), the tool bar and the menus.
        self.claims_toggle = QToolButton(self)
        self.claims_toggle.setObjectName("untrustedClaimsToggle")
        self.claims_toggle.setText(self.tr("Sho&w what the callback claims (unverified)"))
        self.claims_toggle.setCheckable(True)
        self.claims_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.claims_toggle.setArrowType(Qt.ArrowType.RightArrow)
        press_with_enter(self.claims_toggle)
        self.claims_toggle.toggled.connect(self._show_claims)
        layout.addWidget(self.claims_toggle)
        self._signature_valid: bool | None = None
        # The signature line as set: kept whole when the answer is shown again (the label's own visibility is False
        # whenever the page is not on screen).
        self._signature: tuple[str, bool | None] | None = None
        self._claimed: list[QWidget] = []

        # What the check counted (an H5 session's liveness_result.details): under the outcome it explains.
        self.details_box = QGroupBox(self.tr("Liveness check details (liveness_result.details)"), self)
        details_layout = QVBoxLayout(self.details_box)
        details_note = QLabel(self.tr("How many times the check saw each, as FaceID counts it; those not nought "
                                      "first."), self.details_box)
        details_note.setWordWrap(True)
        set_muted(details_note)
        details_layout.addWidget(details_note)
        self.details_label = QLabel(self.details_box)
        self.details_label.setObjectName("livenessDetails")
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)  # the callback's sender chooses its keys
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details_layout.addWidget(self.details_label)
        layout.addWidget(self.details_box)

        self.genuineness_box = QGroupBox(self.tr("Face genuineness (attack checks)"), self)
        genuineness_layout = QVBoxLayout(self.genuineness_box)
        self.genuineness = GenuinenessGauges(self.genuineness_box)
        genuineness_layout.addWidget(self.genuineness)
        layout.addWidget(self.genuineness_box)

        self.verify_box = QGroupBox(self.tr("Comparison (verify_result)"), self)
        verify_layout = QVBoxLayout(self.verify_box)
        self.no_verify_label = QLabel(self.verify_box)
        self.no_verify_label.setWordWrap(True)
        verify_layout.addWidget(self.no_verify_label)
        self.result_view = ResultView(language, self.verify_box, verify_options=False)
        # The session's outcome above is the headline; the comparison's verdict is a section of it.
        comparison_font = QFont(self.result_view.headline.font())
        comparison_font.setPointSizeF(self.font().pointSizeF() * 1.2)
        self.result_view.headline.setFont(comparison_font)
        verify_layout.addWidget(self.result_view)
        layout.addWidget(self.verify_box)

        # The session's own request_id (get_result's, a web callback's: the one FaceID support asks for) and the
        # answer's raw JSON where no comparison's Details show them: a failed liveness, a liveness check alone, an
        # empty comparison. In the words of a comparison's Details, so that the two read the same.
        self.session_details_box = QGroupBox(QCoreApplication.translate("ResultView", "Details"), self)
        self.session_details_box.setObjectName("sessionDetails")
        session_details = QVBoxLayout(self.session_details_box)
        self.session_request_id = ""  # whole, as its button copies it
        self.session_request_label = WrapAnywhereLabel(self.session_details_box)  # a request_id has no space
        self.session_request_label.setObjectName("sessionRequestId")
        self.session_request_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        session_details.addWidget(self.session_request_label)
        self.copy_session_request = QPushButton(
            self.tr("Copy the session's re&quest_id"), self.session_details_box)  # Q: free on every page showing it
        self.copy_session_request.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.session_request_id))
        press_with_enter(self.copy_session_request)  # Enter copies, as Space does
        session_details.addWidget(self.copy_session_request, 0, Qt.AlignmentFlag.AlignRight)
        # The whole answer's raw JSON, in the Details on show as every other answer's is (``_place_json``): this box's
        # when no comparison is on show, the comparison's when one is (in place of the comparison's own JSON, its
        # verify_result alone, which is part of this one: two "Raw JSON" on one answer could not be told apart).
        self.json_panel = QWidget(self.session_details_box)
        self.json_panel.setObjectName("livenessJsonPanel")
        json_layout = QVBoxLayout(self.json_panel)
        json_layout.setContentsMargins(0, 0, 0, 0)
        # A short name, and what it shows in its tooltip: a tool button's text does not wrap, and the whole sentence
        # on it kept the answer's column too wide for an 800 px window.
        self.json_toggle = QToolButton(self.json_panel)
        self.json_toggle.setText(self.tr("Raw &JSON of the answer"))
        self.json_toggle.setToolTip(self.tr("Whole answer as JSON (images and long values shortened)"))
        self.json_toggle.setCheckable(True)
        self.json_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.json_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.json_toggle.toggled.connect(self._toggle_json)
        press_with_enter(self.json_toggle)
        json_layout.addWidget(self.json_toggle)
        self._json_text = ""  # all of it, as Copy JSON copies it
        # All of the JSON, which the box below shows the start of when it is long; a tool button, as the toggle is.
        self.copy_json = QToolButton(self.json_panel)
        self.copy_json.setText(self.tr("Copy J&SON"))
        self.copy_json.setObjectName("copyLivenessJson")
        self.copy_json.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._json_text))
        self.copy_json.setVisible(False)
        press_with_enter(self.copy_json)
        json_layout.addWidget(self.copy_json, 0, Qt.AlignmentFlag.AlignLeft)
        self.raw_json = QPlainTextEdit(self.json_panel)
        self.raw_json.setObjectName("livenessJson")
        self.raw_json.setReadOnly(True)
        self.raw_json.setTabChangesFocus(True)  # Tab moves on, as in any read-only view
        self.raw_json.setAccessibleName(self.tr("Raw JSON of the answer"))
        self.raw_json.setMinimumHeight(200)
        self.raw_json.setVisible(False)
        json_layout.addWidget(self.raw_json)
        session_details.addWidget(self.json_panel)
        layout.addWidget(self.session_details_box)

        self.images_box = QGroupBox(self.tr("Returned images (click to open full size)"), self)
        images_layout = QVBoxLayout(self.images_box)
        self.gallery = ImageGallery(self.images_box)
        images_layout.addWidget(self.gallery)
        layout.addWidget(self.images_box)

        self.idcard_box = QGroupBox(self.tr("ID card recognition (idcard_info)"), self)
        idcard_layout = QVBoxLayout(self.idcard_box)
        self.idcard_tree = QTreeWidget(self.idcard_box)
        self.idcard_tree.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.idcard_tree.setMinimumHeight(160)
        idcard_layout.addWidget(self.idcard_tree)
        layout.addWidget(self.idcard_box)

        self.will_box = QGroupBox(self.tr("Spoken consent (will_result)"), self)
        will_layout = QVBoxLayout(self.will_box)
        self.will_label = QLabel(self.will_box)
        self.will_label.setWordWrap(True)
        will_layout.addWidget(self.will_label)
        layout.addWidget(self.will_box)

        self._json_filled = False  # the raw JSON is written when it is first shown, not with every answer
        self._json_task = BackgroundTask(self)
        self._json_task.busy_changed.connect(self._json_task_busy)
        layout.addStretch(1)
        self._parts_ahead = (IdleSteps(self.result_view.answer_part_steps(), build_ahead, self)
                             if build_ahead is not None else None)
        self.clear()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._parts_ahead is not None:
            self._parts_ahead.start()  # once on screen: a view built ahead in idle time, never shown, waits

    def clear(self, message: str = "", hint: str = "") -> None:
        """Back to the empty state, headed ``message``, with ``hint`` (what to do to see something) under it."""
        self.result = None
        self._signature_valid = None
        self._signature = None
        self._claimed = []
        self.claims_toggle.setVisible(False)
        self.claims_toggle.setChecked(False)
        self.signature_label.setVisible(False)
        self.headline.setText(message or self.tr("No result yet"))
        set_text_colour(self.headline, None)
        self.banner.set_edge(None)
        for label in (self.reason_label, self.status_label, self.next_label, self.facts_label):
            label.setText("")
            label.setVisible(False)
        self.status_label.setText(hint)
        self.status_label.setVisible(bool(hint))
        for box in (self.details_box, self.genuineness_box, self.verify_box, self.session_details_box,
                    self.images_box, self.idcard_box, self.will_box, self.json_toggle):
            box.setVisible(False)
            box.setEnabled(True)
        self._show_json_box(False)
        self.raw_json.clear()
        self._json_filled = False
        self._json_text = ""
        self.copy_json.setEnabled(False)
        self.session_request_id = ""

    def add_under_verdict(self, widget: QWidget) -> None:
        """Put a page's own ``widget`` (a note about the answer) right under the verdict's banner, above any added
        before; the page shows and hides it."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.banner) + 1, widget)

    def set_signature(self, text: str, valid: bool | None) -> None:
        """The signature check's outcome, under the headline: red when invalid, else the view's own text colour
        (a valid signature is where the data came from, not a verdict: no green beside a red headline)."""
        self._signature_valid = valid
        self._signature = (text, valid)
        self.signature_label.setText(text)
        set_text_colour(self.signature_label, FAIL if valid is False else None, bold=True)
        self.signature_label.setVisible(True)

    def show_result(self, result: LivenessSessionResult, policy_level: str,
                    decoded_images: Mapping[str, QImage] | None = None, *,
                    thumbnails: Mapping[str, QImage] | None = None, images_pending: bool = False,
                    billable: bool = True) -> None:
        """``decoded_images``: the images decoded in a worker; ``thumbnails``: the gallery's thumbnails of them made
        there too (see ``ImageGallery.set_images``); ``images_pending``: still being decoded (the
        gallery says so until ``gallery.set_images`` brings them); ``billable``: False for a session of the built-in
        engine (a failed comparison is then never said to be billed)."""
        with self.filled_hidden(), self.keeping_keyboard():
            self._show_result(result, policy_level, decoded_images, thumbnails=thumbnails,
                              images_pending=images_pending, billable=billable)

    @contextmanager
    def filled_hidden(self) -> Iterator[None]:
        """What is changed within is changed while the view is hidden, and it is shown once after: each of its ~40
        parts shown in a view on screen laid the window out again (some 15 ms of a 5 MB callback's showing). Not when
        the keyboard is in it: hiding would move it away."""
        focused = QApplication.focusWidget()
        refill_hidden = self.isVisible() and (focused is None or not self.isAncestorOf(focused))
        if refill_hidden:
            self.setVisible(False)
        try:
            yield
        finally:
            if refill_hidden:
                self.setVisible(True)

    def keeping_keyboard(self) -> AbstractContextManager[None]:
        """While a result is drawn again within it (F5 in History), the control that has the keyboard keeps it: hidden
        a moment by ``clear``, Qt passed it on along the Tab order, to History's Decision box, where the next Down
        chose Approve. It is passed on as Qt would only if the result drawn has no place for it."""
        return self._keyboard.redrawing()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Qt's passing on of the keyboard from a part being hidden, held while a result is drawn again (the part is
        shown again, the keyboard still on it)."""
        return True if self._keyboard.holding else super().focusNextPrevChild(next)

    def _show_result(self, result: LivenessSessionResult, policy_level: str,
                     decoded_images: Mapping[str, QImage] | None, *, thumbnails: Mapping[str, QImage] | None,
                     images_pending: bool, billable: bool) -> None:
        signature = self._signature
        self.clear()
        if signature is not None:
            self.set_signature(*signature)
        self.result, self._billable = result, billable
        self._show_outcome(result, policy_level)
        self._show_details(result.liveness_result)
        genuineness = result.genuineness()
        self.genuineness_box.setVisible(genuineness is not None)
        self.genuineness.set_genuineness(genuineness)
        self._show_verify(result, policy_level, billable)
        self._show_session_details(result)
        self.images_box.setVisible(bool(result.images))
        self.gallery.set_images(result.images, decoded_images, thumbnails=thumbnails, pending=images_pending)
        self._show_idcard_info(result.idcard_info)
        self._show_will(result)
        if self.json_toggle.isChecked():
            self._fill_json()  # else written when it is first shown
        self.json_toggle.setVisible(True)
        self._show_json_box(self.json_toggle.isChecked())
        if self._signature_valid is False:
            self._mark_untrusted()
        elif signature is not None and self._signature_valid is None:
            self._mark_unverified()

    def show_unreadable(self, headline: str, problem: str, advice: str) -> None:
        """A callback whose data cannot be read as a result: ``problem`` (which field, and why) under the signature
        line shown, ``advice`` under it. A failed signature still heads it: that verdict does not need the data."""
        signature = self._signature
        self.clear()
        if signature is not None:
            self.set_signature(*signature)
        if self._signature_valid is False:
            self.headline.setText(self.tr("Signature invalid: do not trust this callback"))
            self._paint_banner(FAIL)
        else:
            self.headline.setText(headline)
            self._paint_banner(NEUTRAL)  # no verdict on the applicant: the data says none that can be read
        self.reason_label.setText(problem)
        self.reason_label.setVisible(True)
        self.status_label.setText(advice)
        self.status_label.setVisible(True)

    def rejudge(self, policy_level: str) -> None:
        """Show the same answer again, judged at ``policy_level`` (its images as they were decoded, or still on their
        way: "loading", not "unreadable")."""
        if self.result is not None:
            self.show_result(self.result, policy_level, dict(self.gallery.images), images_pending=self.gallery.pending,
                             billable=self._billable)

    def _mark_untrusted(self) -> None:
        """A failed signature decides the reading: the verdict is "do not trust", what it claims comes second."""
        self._head_as_claim(self.tr("Signature invalid: do not trust this callback"), FAIL)
        self.status_label.setVisible(False)
        self.next_label.setVisible(False)  # a step taken on what a forged callback claims would be the forger's
        self._claimed = [widget for widget in (self.details_box, self.genuineness_box, self.verify_box,
                                               self.session_details_box, self.images_box, self.idcard_box,
                                               self.will_box, self.json_toggle)
                         if widget.isVisibleTo(self)]
        self.result_view.subordinate()
        for widget in self._claimed:
            widget.setEnabled(False)  # greyed when shown: none of it is vouched for
            widget.setVisible(False)
        self._show_json_box(False)
        self.claims_toggle.setChecked(False)
        self.claims_toggle.setVisible(True)

    def _mark_unverified(self) -> None:
        """A callback whose signature could not be checked is headed as History lists it: its outcome is anyone's
        claim until checked. What it holds stays on show, its comparison in grey."""
        self._head_as_claim(self.tr("Signature not checked: this data is unverified"), CAUTION)
        self.next_label.setText(self.tr("What to do: check its signature with the api_secret of the profile that "
                                        "started the session before acting on it."))
        self.next_label.setVisible(True)
        self.result_view.subordinate()

    def _head_as_claim(self, headline: str, colour: QColor) -> None:
        """Head the reading with what the signature says, the outcome shown under it as what the data claims."""
        claim = self.headline.text()
        self.headline.setText(headline)
        self._paint_banner(colour)
        self.reason_label.setText(self.tr("Unverified claim — {claim}").format(claim=claim))
        self.reason_label.setVisible(True)

    def _paint_banner(self, colour: QColor) -> None:
        """The headline and the banner's edge in the colour of what the headline says."""
        self.banner.set_edge(colour)
        set_text_colour(self.headline, colour)

    def _show_claims(self, shown: bool) -> None:
        self.claims_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        for widget in self._claimed:
            widget.setVisible(shown)
        self._show_json_box(shown and self.json_toggle.isChecked())

    # --- parts ------------------------------------------------------------------------------------

    def _show_outcome(self, result: LivenessSessionResult, policy_level: str) -> None:
        outcome = liveness_outcome(result, self.language, policy_level)
        self.headline.setText(outcome.headline)
        self._paint_banner(outcome.colour)
        self.reason_label.setText(outcome.reason)
        self.reason_label.setVisible(bool(outcome.reason))
        self.status_label.setText("<br>".join(outcome.status))
        self.status_label.setVisible(bool(outcome.status))
        self.next_label.setText(self.tr("What to do: {step}").format(step=outcome.step) if outcome.step else "")
        self.next_label.setVisible(bool(outcome.step))
        liveness = result.liveness_result
        # Each value shortened: the callback's sender chooses them, and a label lays out all it is given.
        # A field named as the answer names it, punctuated as the window's language punctuates ("biz_id：…" in zh_CN).
        field = self.tr("{field}: {value}").format
        facts = [field(field="biz_id", value=shortened(result.biz_id or "—"))]
        if result.biz_no:
            facts.append(field(field="biz_no", value=shortened(result.biz_no)))
        if result.biz_extra_data:
            facts.append(field(field="biz_extra_data", value=shortened(result.biz_extra_data)))
        if liveness is not None:
            # the field, not the verdict above
            facts.append(field(field="liveness_result.result", value=shortened(str(liveness.result))))
            if liveness.procedure_type:
                procedure = {"will": self.tr("will (confirmation of intent)")}.get(  # the one the documents name
                    liveness.procedure_type, shortened(liveness.procedure_type))
                facts.append(self.tr("procedure: {procedure}").format(procedure=procedure))
            if liveness.version:
                facts.append(self.tr("version: {version}").format(version=shortened(liveness.version)))
        self.facts_label.setText(" · ".join(facts))
        self.facts_label.setVisible(True)

    def _show_details(self, liveness: LivenessResult | None) -> None:
        """Each count of liveness_result.details, in words: those not nought first."""
        counts = [] if liveness is None else liveness.detail_counts()
        lines = [liveness_detail_text(key, value) for key, value in counts[:DETAIL_ITEMS]]
        if len(counts) > DETAIL_ITEMS:
            lines.append(self.tr("… and {count} more, not shown here: the answer's JSON has them all").format(
                count=f"{len(counts) - DETAIL_ITEMS:,}"))
        self.details_label.setText("\n".join(lines))
        self.details_box.setVisible(bool(lines))

    def _show_verify(self, result: LivenessSessionResult, policy_level: str, billable: bool) -> None:
        verify = result.verify_result
        self.verify_box.setVisible(True)
        if isinstance(verify, VerifyResult) and verify.scored:
            self.no_verify_label.setVisible(False)
            self.result_view.setVisible(True)
            self.result_view.show_result(verify, policy_level)
            self.result_view.show_session_request_id(result.request_id)
            self.result_view.genuineness_box.setVisible(False)  # shown above, once, for the whole session
            self.result_view.faces_box.setVisible(False)
            if suspected_attacks(result.genuineness()) or result.failed_will() is not None:
                self.result_view.subordinate()  # the attack or consent above decides, not a "Same person" below it
            return
        if isinstance(verify, VerifyFailure):
            self.no_verify_label.setVisible(False)
            self.result_view.setVisible(True)
            self.result_view.show_verify_failure(verify, billable=billable)
            self.result_view.show_session_request_id(result.request_id)
            return
        self.result_view.setVisible(False)
        self.no_verify_label.setVisible(True)
        if isinstance(verify, VerifyResult):  # "verify_result": {} — a comparison with no score to judge
            self.no_verify_label.setText(self.tr(
                "The answer's comparison (verify_result) carries no score: there is nothing to judge the face by. "
                "Do not confirm the applicant on this answer."))
            return
        liveness = result.liveness_result
        # A session cancelled, timed out or not finished has no liveness check that could have failed.
        self.no_verify_label.setText(
            self.tr("No comparison was made: the session has no liveness result, so the face was not compared "
                    "(and not billed).") if liveness is None else
            self.tr("No comparison was made.") if liveness.passed else
            self.tr("No comparison was made: the liveness check did not pass, so the face was not compared "
                    "(and not billed)."))

    def _show_session_details(self, result: LivenessSessionResult) -> None:
        """The session's own request_id (an H5 callback has none) and the answer's raw JSON, unless the comparison's
        Details show them."""
        self.session_request_id = result.request_id or ""
        self.session_request_label.setText(QCoreApplication.translate(
            "ResultView", "Session request_id: {request_id}").format(request_id=shortened(result.request_id or "")))
        self.session_request_label.setVisible(bool(result.request_id))
        self.copy_session_request.setVisible(bool(result.request_id))
        in_comparison = self.result_view.isVisibleTo(self)
        self._place_json(self.result_view.details_box if in_comparison else self.session_details_box)
        self.session_details_box.setVisible(not in_comparison)

    def _place_json(self, details: QGroupBox) -> None:
        """Put the answer's raw JSON last in ``details``, and its controls there in the Tab order: Qt keeps a moved
        control's place in it, and the images, placed after the session's Details, came before the JSON above them."""
        if self.json_panel.parentWidget() is details:
            return
        layout = details.layout()
        assert layout is not None  # each Details box is built with its layout
        layout.addWidget(self.json_panel)
        take_place_in_focus_chain(self.json_panel)

    def _show_idcard_info(self, info: Any) -> None:
        self.idcard_tree.clear()
        self.idcard_box.setVisible(bool(info))
        if not info:
            return
        # Depth first, without recursion, at most IDCARD_ROWS rows: each open level's item, its entries still to
        # draw, how many it has and how many are drawn.
        levels: list[_Level] = [_Level(None, _entries(info), len(info))]
        rows = 0
        while levels and rows < IDCARD_ROWS:
            level = levels[-1]
            entry = next(level.entries, None)
            if entry is None:
                levels.pop()
                continue
            key, value = entry
            level.drawn += 1
            rows += 1
            item = self._idcard_item(key, value)
            if level.item is None:
                self.idcard_tree.addTopLevelItem(item)
            else:
                level.item.addChild(item)
            if isinstance(value, (dict, list)) and value:
                levels.append(_Level(item, _entries(value), len(value)))
        # What was left out: the entries not drawn of each level still open (a left-out entry counts as one).
        left_out = sum(level.count - level.drawn for level in levels)
        if left_out:
            more = QTreeWidgetItem([self.tr("… and {count} more, not shown here: the answer's JSON has them all")
                                    .format(count=f"{left_out:,}")])
            font = more.font(0)
            font.setItalic(True)
            more.setFont(0, font)
            self.idcard_tree.addTopLevelItem(more)
            more.setFirstColumnSpanned(True)
        self.idcard_tree.expandAll()
        self.idcard_tree.resizeColumnToContents(0)

    def _idcard_item(self, key: str, value: Any) -> QTreeWidgetItem:
        item = QTreeWidgetItem([key, "" if isinstance(value, (dict, list)) else _scalar(value)])
        if "quality" in key or "legality" in key:
            item.setToolTip(0, self.tr("A recognition quality or legality score"))
            font = item.font(1)
            font.setBold(True)
            item.setFont(1, font)
        return item

    def _show_will(self, result: LivenessSessionResult) -> None:
        lines = []
        for will in result.will_result[:WILL_ITEMS]:
            said = {"PASS": self.tr("passed (PASS)"), "FAIL": self.tr("failed (FAIL)")}.get(will.result or "")
            text = self.tr("Result: {result}").format(result=said or shortened(will.result or "—"))
            if will.will_error_message:
                code = shortened(will.will_error_message)
                text += " — " + self.tr("{code}: {explanation}").format(
                    explanation=explain_code(code, self.language), code=code)
            lines.append(text)
        if len(result.will_result) > WILL_ITEMS:
            lines.append(self.tr("… and {count} more, not shown here: the answer's JSON has them all").format(
                count=f"{len(result.will_result) - WILL_ITEMS:,}"))
        self.will_label.setText("<br>".join(lines))
        set_text_colour(self.will_label, FAIL if result.failed_will() is not None else None)  # as the headline says
        self.will_box.setVisible(bool(lines))

    def _fill_json(self) -> None:
        """Write the answer's raw JSON into its view, once per answer, in a worker: each value and key shortened, and
        at most JSON_LINES lines laid out, so what is laid out stays small whatever the answer holds."""
        if self.result is None or self._json_filled:
            return
        self.copy_json.setEnabled(False)
        self.raw_json.setPlainText(self.tr("Writing the answer's JSON…"))
        if self._json_task.busy:
            return  # another answer's is being written: this one's is written when it ends (_json_task_busy)
        self._json_filled = True
        self._json_task.start(self._write_json(self.result), self._json_written, lambda _err: None,
                              on_crash=self.raw_json.clear)

    async def _write_json(self, result: LivenessSessionResult) -> tuple[LivenessSessionResult, AnswerJson]:
        return result, await in_thread(_JSON_WRITER, answer_json, result.raw)

    def _json_written(self, written: tuple[LivenessSessionResult, AnswerJson]) -> None:
        result, answer = written
        if result is not self.result:
            return  # another answer is on show now: its own is written next
        self._json_text = answer.text
        self.raw_json.setPlainText(answer.head if not answer.lines_left_out else answer.head + "\n" + self.tr(
            "… {count} more lines, not shown here: Copy JSON copies all of them").format(
            count=f"{answer.lines_left_out:,}"))
        self.copy_json.setEnabled(True)

    def _json_task_busy(self, busy: bool) -> None:
        if not busy and self.json_toggle.isChecked():
            self._fill_json()  # the answer shown while another's was written, or opened meanwhile

    def _show_json_box(self, shown: bool) -> None:
        self.copy_json.setVisible(shown)
        self.raw_json.setVisible(shown)

    def _toggle_json(self, shown: bool) -> None:
        if shown:
            self._fill_json()
        self._show_json_box(shown)
        self.json_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)


@dataclass(frozen=True)
class LivenessOutcome:
    """A session's outcome as the window words it: the headline, the reason under it ("" for none), its colour, the
    session's status lines, and what to do next ("" for none)."""

    headline: str
    reason: str
    colour: QColor
    status: tuple[str, ...]
    step: str = ""


def liveness_outcome(result: LivenessSessionResult, language: str, policy_level: str) -> LivenessOutcome:
    """The outcome the view heads a session with, judged at ``policy_level``; the PDF report states it in the same
    words (no widget: the report is written on a worker thread). The view's context, so one translation serves both.
    A passed liveness is headed by the session's verdict as History records it (``verdict.session_verdict``), in its
    colour: a live person whose comparison fails or needs review is no green pass."""
    liveness = result.liveness_result
    attacks = suspected_attacks(result.genuineness())
    reason = step = ""
    if liveness is None:
        headline, reason, step = _without_liveness(result.status, result.fail_reason)
        colour = NEUTRAL  # nothing was checked: no verdict on the applicant
    elif liveness.passed and attacks:
        headline = QCoreApplication.translate("LivenessView", "Attack suspected: {checks}").format(
            checks=", ".join(attacks))
        colour = FAIL
        reason = QCoreApplication.translate(
            "LivenessView", "The liveness check itself passed, but an attack check reached its threshold: do not "
                            "accept the applicant on this session alone.")
    elif liveness.passed:
        headline, reason, colour = _passed_outcome(result, language, policy_level)
    else:
        headline, colour = QCoreApplication.translate("LivenessView", "Liveness failed"), FAIL
    if liveness is not None and not liveness.passed:
        code = shortened(liveness.failure_reason or "")  # a real code is short: explained the same
        counted = [(key, value) for key, value in liveness.detail_counts() if not is_zero_count(value)]
        if code:  # the code before the explanation, which ends in a full stop or a bracket: not "…in time. (timeout)"
            reason = QCoreApplication.translate("LivenessView", "Reason ({code}): {explanation}").format(
                explanation=explain_code(code, language), code=code)
        elif counted:  # an H5 session names no reason, but counts what went wrong
            reason = _details_reason(counted)
        else:
            reason = QCoreApplication.translate("LivenessView", "Reason: the answer names none ({result}).").format(
                result=shortened(str(liveness.result)))
    status = []
    if result.status:
        code = shortened(result.status)
        status.append(QCoreApplication.translate("LivenessView", "Session status ({code}): {explanation}").format(
            explanation=explain_code(code, language), code=code))
    if result.fail_reason:
        code = shortened(result.fail_reason)
        status.append(QCoreApplication.translate("LivenessView", "Failure reason ({code}): {explanation}").format(
            explanation=explain_code(code, language), code=code))
    return LivenessOutcome(headline, reason, colour, tuple(status), step)


def liveness_detail_text(key: str, value: Any) -> str:
    """One count of an H5 session's liveness_result.details: a documented key in words with its code, any other
    key as it is (each shortened: the callback's sender chooses them)."""
    words = {
        "FACE_NOT_FOUND": QCoreApplication.translate("LivenessView", "No face found"),
        "SIDE_FACE": QCoreApplication.translate("LivenessView", "Face turned sideways, not facing the camera"),
        "UPDOWN_FACE": QCoreApplication.translate("LivenessView", "Head tilted up or down, not facing the camera"),
        "EYE_OCCLUSION": QCoreApplication.translate("LivenessView", "Eyes covered"),
        "MOUTH_OCCLUSION": QCoreApplication.translate("LivenessView", "Mouth covered"),
        "AWAY_FROM_CAMERA": QCoreApplication.translate("LivenessView", "Too far from the camera"),
        "CLOSE_TO_CAMERA": QCoreApplication.translate("LivenessView", "Too close to the camera"),
        "FACE_OUT_OF_CAMERA": QCoreApplication.translate("LivenessView", "Not looking straight at the camera"),
        "HIGH_BRIGHTNESS": QCoreApplication.translate("LivenessView", "Light too bright"),
        "LOW_BRIGHTNESS": QCoreApplication.translate("LivenessView", "Light too dark"),
        "LOW_FACE_QUALITY": QCoreApplication.translate("LivenessView", "Face quality in the video too poor"),
    }
    what = words.get(key)
    count = _scalar(value)
    if what is None:
        return QCoreApplication.translate("LivenessView", "{code}: {count}").format(code=shortened(key), count=count)
    return QCoreApplication.translate("LivenessView", "{what} ({code}): {count}").format(
        what=what, code=key, count=count)


def _details_reason(counted: list[tuple[str, Any]]) -> str:
    """The reason under a failed H5 liveness that names none: the counts of its details that are not nought."""
    named = " · ".join(liveness_detail_text(key, value) for key, value in counted[:REASON_DETAILS])
    if len(counted) > REASON_DETAILS:
        named = QCoreApplication.translate("LivenessView", "{counts} · and {more} more (below)").format(
            counts=named, more=f"{len(counted) - REASON_DETAILS:,}")
    return QCoreApplication.translate(
        "LivenessView", "Reason, as the check's details count it: {counts}").format(counts=named)


def _passed_outcome(result: LivenessSessionResult, language: str, policy_level: str) -> tuple[str, str, QColor]:
    """The headline, reason and colour of a session whose liveness check passed with no attack suspected: by the
    session's verdict, so the page, History's list and the report say the same."""
    verdict, _confidence = session_verdict(result, policy_level)
    verify = result.verify_result
    will = result.failed_will()
    if verdict == "will_failed" and will is not None:
        code = shortened(will.will_error_message or "")
        return (QCoreApplication.translate("LivenessView", "Liveness passed, but the spoken consent failed"),
                QCoreApplication.translate(
                    "LivenessView", "Spoken consent (will_result, {code}): {explanation} Do not accept the "
                                    "applicant on this session.").format(
                    explanation=as_sentence(explain_code(code, language), language), code=code)
                if code else
                QCoreApplication.translate(
                    "LivenessView", "The applicant's spoken answer (will_result) did not pass. Do not accept the "
                                    "applicant on this session."), FAIL)
    if verdict == "comparison_failed" and isinstance(verify, VerifyFailure):
        code = shortened(verify.code)
        return (QCoreApplication.translate("LivenessView", "Liveness passed, but the comparison failed: {title} "
                                                           "({code})").format(title=error_title(code), code=code),
                QCoreApplication.translate(
                    "LivenessView", "No face was compared, so this session does not confirm the applicant: the "
                                    "comparison below says what failed, whether it is billed and what to do."), FAIL)
    # A verdict on the ID card's photo alone (result_idcard_photo: no result_faceid, no result_refN) says so; the
    # comparison below says what it leaves unchecked.
    on_card = isinstance(verify, VerifyResult) and verify.judged_on_idcard_photo
    needs_review = {
        "photos_disagree": QCoreApplication.translate("LivenessView", "Liveness passed: needs review — the photos "
                                                                      "disagree"),
        "id_attacked": QCoreApplication.translate("LivenessView", "Liveness passed: needs review — this ID number has "
                                                                  "been used in attacks"),
        "card_unchecked": QCoreApplication.translate("LivenessView", "Liveness passed: needs review — the ID card is "
                                                                     "not checked against the data source"),
        "not_confirmed": QCoreApplication.translate(
            "LivenessView", "Liveness passed: needs review — the face is not confirmed against the ID card's photo "
                            "at your policy level ({odds})").format(odds=level_odds(policy_level)) if on_card else
        QCoreApplication.translate(
            "LivenessView", "Liveness passed: needs review — the face is not confirmed at your policy level "
                            "({odds})").format(odds=level_odds(policy_level)),
    }
    if verdict in needs_review:
        return needs_review[verdict], "", CAUTION
    if verdict == "no_match":
        return (QCoreApplication.translate("LivenessView", "Liveness passed, but not the same person as in the ID "
                                                           "card's photo") if on_card else
                QCoreApplication.translate("LivenessView", "Liveness passed, but not the same person"), "", FAIL)
    if verdict == "match" and on_card:
        return (QCoreApplication.translate("LivenessView", "Liveness passed: the same person as in the ID card's "
                                                           "photo"), "", PASS)
    if verdict == "not_compared":
        return (QCoreApplication.translate("LivenessView", "Liveness passed, but the comparison carries no score"),
                "", NEUTRAL)  # nothing judged: no verdict on the face, no mark
    if isinstance(verify, VerifyResult) and verdict is None and verify.primary_score() is None:
        # Scored by result_idcard_datasource alone (an H5 session's): the card against the data source, not the live
        # face, so no verdict on the face, as History records it.
        return (QCoreApplication.translate("LivenessView", "Liveness passed: no verdict on the face — the answer has "
                                                           "only ID card scores (below)"),
                QCoreApplication.translate(
                    "LivenessView", "A verdict rests on result_faceid, result_ref1–3 or result_idcard_photo (the live "
                                    "face against the ID card's photo), and this answer has none of them: only "
                                    "result_idcard_datasource, the card's photo against the data source's, shown "
                                    "below against its own thresholds."), NEUTRAL)
    if isinstance(verify, VerifyResult) and verdict is None:  # scored, but with no threshold for the policy level
        return (QCoreApplication.translate("LivenessView", "Liveness passed: no verdict on the face — the answer has "
                                                           "no threshold for your policy level"), "", NEUTRAL)
    return QCoreApplication.translate("LivenessView", "Liveness passed: a live person did the check"), "", PASS


#: The session statuses whose answer has no liveness result, each headed by what happened (``_without_liveness``).
NO_LIVENESS_STATUSES: Final = frozenset({"NOT_STARTED", "PROCESSING", "WEBRTC_UNSUPPORTED", "FAILED", "CANCELLED",
                                         "TIMEOUT"})


def without_liveness_headline(result: LivenessSessionResult) -> str | None:
    """What happened to a session whose answer has no liveness result, in the view's headline words; None when it
    has one, or its status says nothing of what happened."""
    if result.liveness_result is not None or result.status not in NO_LIVENESS_STATUSES:
        return None
    return _without_liveness(result.status, result.fail_reason)[0]


def _without_liveness(status: str | None, fail_reason: str | None) -> tuple[str, str, str]:
    """The headline, reason and next step of a session whose answer has no liveness result, by its status (the H5
    callback's NOT_STARTED, PROCESSING, WEBRTC_UNSUPPORTED, FAILED, CANCELLED, TIMEOUT) and its fail_reason."""
    # The applicant's device, named by fail_reason: what to ask them to change before a new session.
    device_step = {
        "PERMISSIONS_ERROR": QCoreApplication.translate(
            "LivenessView", "Ask the applicant to allow the page to use the camera (an app's built-in browser may "
                            "not open it: they can use the phone's own browser). Then start a new session (get_token) "
                            "on the Liveness session page and send them its link."),
        "NETWORK_ERROR": QCoreApplication.translate(
            "LivenessView", "Ask the applicant to move to a stable network (Wi-Fi or a stronger signal). Then start a "
                            "new session (get_token) on the Liveness session page and send them its link."),
        "SUPPORT_ERROR": QCoreApplication.translate(
            "LivenessView", "Ask the applicant to open the link in another browser, a current Chrome or Safari or the "
                            "phone's own browser. Then start a new session (get_token) on the Liveness session page "
                            "and send them its link."),
    }
    ended = device_step.get(fail_reason or "")
    new_session = QCoreApplication.translate(
        "LivenessView", "Start a new session (get_token) on the Liveness session page and send the applicant its link; "
                        "ask them to go through the check to the end.")
    if status == "CANCELLED":
        return (QCoreApplication.translate("LivenessView", "Cancelled: the applicant left the check"),
                QCoreApplication.translate(
                    "LivenessView", "The applicant cancelled before the liveness check finished, so there is no "
                                    "liveness result and no face was compared: nothing here to decide on."),
                ended or new_session)
    if status == "TIMEOUT":
        return (QCoreApplication.translate("LivenessView", "Timed out: the applicant did not finish in time"),
                QCoreApplication.translate(
                    "LivenessView", "The session ran out of time before the liveness check finished, so there is no "
                                    "liveness result and no face was compared: nothing here to decide on."),
                ended or new_session)
    if status == "FAILED":
        return (QCoreApplication.translate("LivenessView", "Failed: the check broke off before a result"),
                QCoreApplication.translate(
                    "LivenessView", "The check did not complete or hit an error on the way (FaceID does not say "
                                    "which), so there is no liveness result and no face was compared: nothing here "
                                    "to decide on."),
                ended or QCoreApplication.translate(
                    "LivenessView", "Start a new session (get_token) on the Liveness session page and send the "
                                    "applicant its link; ask them to use a stable network and to allow the camera. If "
                                    "sessions keep failing, note the biz_id and contact FaceID support."))
    if status == "WEBRTC_UNSUPPORTED":
        return (QCoreApplication.translate("LivenessView", "Failed: the applicant's browser could not run the check"),
                QCoreApplication.translate(
                    "LivenessView", "The browser could not start the camera check (WebRTC), so there is no liveness "
                                    "result and no face was compared: nothing here to decide on."),
                ended or device_step["SUPPORT_ERROR"])
    if status == "NOT_STARTED":
        return (QCoreApplication.translate("LivenessView", "Not started: the applicant has not begun the check"),
                QCoreApplication.translate(
                    "LivenessView", "The session was created, but the applicant has not started the check, so there "
                                    "is no liveness result yet."),
                QCoreApplication.translate(
                    "LivenessView", "Wait for the applicant to do the check: FaceID calls the notify_url when they "
                                    "finish. If they lost the link or it has expired, start a new session (get_token) "
                                    "on the Liveness session page and send them its link."))
    if status == "PROCESSING":
        return (QCoreApplication.translate("LivenessView", "In progress: the applicant is doing the check"),
                QCoreApplication.translate(
                    "LivenessView", "The check has not finished, so there is no liveness result yet."),
                QCoreApplication.translate(
                    "LivenessView", "Wait for the applicant to finish: FaceID calls the notify_url when they do. "
                                    "Decide on that result, not on this answer."))
    return QCoreApplication.translate("LivenessView", "No liveness result in this answer"), "", ""


@dataclass
class _Level:
    """A level of idcard_info being drawn: its item (None: the top), its entries still to draw, how many it has and
    how many are drawn."""

    item: QTreeWidgetItem | None
    entries: Iterator[tuple[str, Any]]
    count: int
    drawn: int = 0


def _entries(value: Mapping[str, Any] | list[Any]) -> Iterator[tuple[str, Any]]:
    """An object's fields by name, a list's items by place ("[0]")."""
    if isinstance(value, list):
        return ((f"[{i}]", v) for i, v in enumerate(value))
    return ((str(k), v) for k, v in value.items())


@dataclass(frozen=True)
class AnswerJson:
    """An answer written as JSON: all of it (``text``), the first JSON_LINES lines of it (``head``), and how many
    lines those leave out."""

    text: str
    head: str
    lines_left_out: int


def answer_json(raw: Mapping[str, Any]) -> AnswerJson:
    """``raw`` as the view's JSON, images and long values shortened, secrets redacted (run it in a worker: an answer
    of 60,000 fields takes a seventh of a second)."""
    text = redact(json.dumps(_shortened(dict(raw)), ensure_ascii=False, indent=2))
    lines = text.split("\n", JSON_LINES)
    if len(lines) <= JSON_LINES:
        return AnswerJson(text, text, 0)
    return AnswerJson(text, "\n".join(lines[:JSON_LINES]), lines[JSON_LINES].count("\n") + 1)


def _scalar(value: Any) -> str:
    return "—" if value is None else shortened(str(value))


def _shortened(raw: dict[str, Any]) -> dict[str, Any]:
    """The answer with each image data URL replaced by its size and every other long string (a value or a key)
    shortened, so the JSON stays readable and quick to lay out."""
    images = raw.get("images")
    if isinstance(images, dict):
        raw["images"] = {k: f"<{len(v)} characters>" if isinstance(v, str) else v for k, v in images.items()}
    return {shortened(str(key), JSON_VALUE_CHARACTERS): _shortened_value(value) for key, value in raw.items()}


def _shortened_value(value: Any) -> Any:
    if isinstance(value, str):
        return shortened(value, JSON_VALUE_CHARACTERS)
    if isinstance(value, dict):
        return {shortened(str(k), JSON_VALUE_CHARACTERS): _shortened_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shortened_value(v) for v in value]
    return value
