"""An error explained: what happened in the window's language, which field or photo, billed or not, what next."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ...api import FaceIDError
from ...api.errors import (
    ANSWER_BROKE_OFF,
    ANSWER_UNDECODABLE,
    CONNECTION_CLOSED,
    CONNECTION_FAILED,
    NOT_HTTP,
    REQUEST_ENTITY_TOO_LARGE,
    TLS_FAILED,
    ErrorOrigin,
    authorization_reason,
)
from ..colours import FAIL, set_muted
from ..detail_texts import detail_text
from ..texts import (
    BELOW_FACEID_SIZE_LIMIT,
    PHOTO_FIELDS,
    authorization_titles,
    billed_text,
    error_field,
    image_field_name,
    join_sentences,
    next_step,
    other_session,
    problem_text,
)
from .edge_frame import EdgeFrame
from .fitting_labels import WrapAnywhereLabel

#: Refusals about a photo (the error names which one).
PHOTO_CODES: Final = frozenset({"NO_FACE_FOUND", "MULTIPLE_FACES", "LOW_QUALITY", "IMAGE_ERROR_UNSUPPORTED_FORMAT",
                                "INVALID_IMAGE_SIZE"})
#: Refusals about the applicant's identity data (KYC).
IDENTITY_CODES: Final = frozenset({"NO_SUCH_ID_NUMBER", "ID_NUMBER_NAME_NOT_MATCH", "INVALID_NAME_FORMAT",
                                   "INVALID_IDCARD_NUMBER", "DATA_SOURCE_ERROR"})

class ErrorPanel(EdgeFrame):
    """Shows one FaceIDError; the headline says whose side the problem is on."""

    def __init__(self, language: str, parent: QWidget | None = None, *, verify_options: bool = False,
                 call: str = "") -> None:
        """``verify_options``: the page has the Verify page's options, so advice may point at them; ``call``: the
        call the page makes (a ``CallKind`` value), for words that depend on it (what a 413 means)."""
        super().__init__(parent)
        self.language = language
        self.verify_options = verify_options
        self.call = call
        self.error: FaceIDError | None = None
        self.setObjectName("errorPanel")
        self.set_edge(FAIL)
        # As tall as its lines at the width it is given: held to its height at its preferred width, a narrow panel
        # squeezed its wrapped lines over each other.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        # Every line wraps anywhere: what the service sent (a code, a field, a URL in a message, a request_id) can
        # be one long word, and a label broken only between words asks for its width, which widened the window
        # past the screen. Its context menu copies it whole.
        self.headline = WrapAnywhereLabel(self)
        self.headline.setObjectName("errorHeadline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.headline.setFont(font)
        self.code_label = WrapAnywhereLabel(self)  # the service's code and detail, as sent
        code_font = QFont(self.code_label.font())
        code_font.setStyleHint(QFont.StyleHint.TypeWriter)
        code_font.setFamily("monospace")
        self.code_label.setFont(code_font)
        self.explanation = WrapAnywhereLabel(self)
        self.field_label = WrapAnywhereLabel(self)
        self.billed_label = WrapAnywhereLabel(self)
        self.next_label = WrapAnywhereLabel(self)
        self.also_label = WrapAnywhereLabel(self)  # the form's further problems, each also marked at its field
        self.also_label.setObjectName("furtherProblems")
        for label in (self.headline, self.code_label, self.explanation, self.field_label, self.billed_label,
                      self.next_label, self.also_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        self.technical = WrapAnywhereLabel(self)
        set_muted(self.technical)
        layout.addWidget(self.technical)
        self.setAccessibleName(self.tr("Error"))

    def show_error(self, err: FaceIDError, also: Sequence[FaceIDError] = (), *, step: str | None = None,
                   renumbered: Mapping[str, str] | None = None, billed: str | None = None,
                   call: str | None = None, headline: str | None = None, explanation: str | None = None) -> None:
        """Explain ``err``; ``also`` lists further problems found with it (the form's other input problems);
        ``step`` replaces the usual advice on what to do next, ``billed`` the usual words on billing (a call that is
        never billed), ``headline`` the usual headline (an error inside an answer, not a refused call),
        ``explanation`` the usual explanation (the same);
        ``renumbered`` maps a photo parameter sent under another number to the form's slot, which names the photo
        (the code line keeps the service's words); ``call`` names the call refused, in place of the page's (History
        shows every kind of call)."""
        self.error = err
        renumbered = renumbered or {}
        call = self.call if call is None else call
        if headline is None:
            headline = self._headline(err, renumbered, call)
        self.headline.setText(headline)
        code = f"{err.code}: {err.detail}" if err.detail else err.code
        if err.http_status is not None:
            code += f"  (HTTP {err.http_status})"
        self.code_label.setText(code)
        self.code_label.setVisible(err.origin is not ErrorOrigin.INPUT)  # a code is the service's word; none came
        self.billed_label.setVisible(True)
        self.explanation.setText(problem_text(err, self.language, renumbered, call) if explanation is None
                                 else explanation)
        field = error_field(err, call)
        if field and field in renumbered:
            self.field_label.setText(self.tr("About: {what} (sent as {field})").format(
                what=image_field_name(renumbered[field], call), field=field))
        elif field and image_field_name(field, call) == field:  # no words of its own: "About: body (body)" said it so
            self.field_label.setText(self.tr("About: {field}").format(field=field))
        else:
            self.field_label.setText(self.tr("About: {what} ({field})").format(what=image_field_name(field, call),
                                                                               field=field) if field else "")
        self.field_label.setVisible(bool(field))
        self.billed_label.setText(billed or billed_text(err))
        step = step or next_step(err, verify_options=self.verify_options, call=call)
        self.next_label.setText(self.tr("What to do: {step}").format(step=step))
        technical = []
        if err.request_id:
            technical.append(f"request_id {err.request_id}")
        if err.message and err.origin is not ErrorOrigin.INPUT:
            technical.append(detail_text(err.message))
        self.technical.setText(" · ".join(technical))
        self.technical.setVisible(bool(technical))
        further = [self.tr("• {what}: {problem}").format(what=image_field_name(problem.field or "", call),
                                                         problem=problem_text(problem, self.language))
                   for problem in also]
        self.also_label.setText("\n".join([self.tr("Also to fix, each marked in the form:"), *further]) if further
                                else "")
        if further:  # the advice for one field would leave the others unmentioned
            self.next_label.setText(self.tr("What to do: Correct each marked field and photo, then send again."))
        self.also_label.setVisible(bool(further))
        self._describe(headline, self.explanation.text(), self.next_label.text(), self.also_label.text())

    def _headline(self, err: FaceIDError, renumbered: Mapping[str, str], call: str) -> str:
        """Whose side the problem is on, by where it was raised and its code."""
        if err.code == "HISTORY_UNAVAILABLE":
            return self.tr("The history cannot record this call: nothing was sent")
        if err.origin is ErrorOrigin.INPUT:
            return self.tr("Check the input: nothing was sent")
        if err.code == CONNECTION_CLOSED:
            return self.tr("The connection was closed before any answer")
        if err.code == ANSWER_BROKE_OFF:
            return self.tr("The answer broke off part-way")
        if err.code == ANSWER_UNDECODABLE:
            return self.tr("The answer came but could not be decoded")
        if err.code == NOT_HTTP:
            return self.tr("The address answers, but not in HTTP")
        if err.code == TLS_FAILED:
            return self.tr("The secure connection (HTTPS) failed")
        if err.code == CONNECTION_FAILED:  # unreachable, a proxy's failure, closed before the request was sent
            return self.tr("The request did not reach the service")
        if err.origin is ErrorOrigin.TRANSPORT:
            return self.tr("No answer from the service")
        if other_session(err) is not None:  # FaceID's shape: "not from FaceID" sent reviewers to the base URL
            return self.tr("The answer is for another liveness session")
        if err.code == "INVALID_RESPONSE":
            return self.tr("The answer was not from FaceID")
        return self._service_headline(err, renumbered, call)

    def _service_headline(self, err: FaceIDError, renumbered: Mapping[str, str], call: str) -> str:
        """What kind of refusal this is, in words a reviewer acts on (the code and its meaning follow below);
        ``call``: the call refused (a ``CallKind`` value), "" when not known."""
        code = err.code
        if code in PHOTO_CODES:
            field = error_field(err, call)
            if field in PHOTO_FIELDS:
                return self.tr("FaceID could not use {photo}").format(
                    photo=image_field_name(renumbered.get(field, field), call))
            return self.tr("FaceID could not use a photo")
        if code in IDENTITY_CODES:
            return self.tr("FaceID could not check this identity")
        if code == "AUTHENTICATION_ERROR":
            return self.tr("FaceID did not accept this profile's api_key or api_secret")
        if code == "AUTHORIZATION_ERROR":
            return self._authorization_headline(err.detail)
        if code == "CONCURRENCY_LIMIT_EXCEEDED":
            return self.tr("FaceID is busy for this api_key")
        if code in ("RESULT_NOT_FOUND", "DATA_DESTROYED"):
            return self.tr("FaceID has no result to give")
        # A page not FaceID's own plain text, or any 413 of a call kept far below FaceID's limit: a proxy's limit.
        if code == REQUEST_ENTITY_TOO_LARGE and (err.message or call in BELOW_FACEID_SIZE_LIMIT):
            return self.tr("The request was refused as too large on the way to FaceID")
        if code == "INTERNAL_ERROR":  # FaceID failed on its side: not a refusal of the request
            return self.tr("FaceID had an internal error")
        return self.tr("FaceID refused the request")

    def _authorization_headline(self, detail: str) -> str:
        """An AUTHORIZATION_ERROR headed by its reason (either document's spelling): an expired signature is a clock
        to set, not an api_key to have enabled."""
        return authorization_titles().get(authorization_reason(detail),
                                          self.tr("This api_key is not allowed this call"))

    def show_local_problem(self, err: FaceIDError, headline: str, explanation: str, step: str) -> None:
        """A problem found here, where nothing is ever sent (a pasted callback): no code, field or billing line."""
        self.show_error(err)
        self.headline.setText(headline)
        self.explanation.setText(explanation)
        self.next_label.setText(self.tr("What to do: {step}").format(step=step))
        for label in (self.code_label, self.field_label, self.billed_label, self.also_label, self.technical):
            label.setVisible(False)
        self._describe(headline, explanation, self.next_label.text())

    def _describe(self, headline: str, *sentences: str) -> None:
        """What a screen reader reads of the panel: the headline as a sentence, then ``sentences``, in the window's
        language (a Chinese sentence ends in "。", with no space after it)."""
        summary = self.tr("{headline}.").format(headline=headline)
        for sentence in sentences:
            if sentence:
                summary = join_sentences(summary, sentence)
        self.setAccessibleDescription(summary)
