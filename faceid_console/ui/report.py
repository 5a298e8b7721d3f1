"""A PDF report of one stored verification: photos with face boxes, the confidence gauge, every score against its
thresholds, identity exceptions, genuineness, and the decision with its trail. One page when it fits at a readable
size; a long trail continues on further pages at full size, each decision whole on one page.

Made with Qt's own PDF writer (QPdfWriter) and rich text (QTextDocument), from stored data only: no
network call. ID numbers and names are masked, as everywhere outside an audited unmasking.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Final, NamedTuple

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QObject,
    QRectF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from ..api import BizToken, DetectedFace, ErrorOrigin, FaceIDError, VerifyResult, explain
from ..api.errors import RefusedField
from ..api.identity import mask_idcard_number, mask_name, mask_uuid
from ..api.results import LivenessSessionResult, ScoreWithThresholds, refused_image_faces
from ..display_time import DisplayZone
from ..private_file import written_whole
from ..store import CallKind, Decision, HistoryEntry, StoredImage
from ..store.export import mask_note
from .colours import CAUTION, FAIL, NEUTRAL, PASS, readable
from .face_box_colours import box_colours, shown_threshold
from .models.history_model import call_kind_text
from .pages.verify_page import DEFAULT_QUALITY_THRESHOLD, photo_slot_title
from .texts import decision_text, reason_text
from .widgets.face_overlay import compared_face
from .widgets.genuineness_gauges import check_name, face_replaced_text, gauge_reading, suspected_attacks
from .widgets.liveness_view import liveness_outcome
from .widgets.result_view import comparison_headline, exception_warnings, no_exceptions_text, score_title

PHOTO_PX: Final = 260
GAUGE_SIZE: Final = (520, 66)  # the bar, its ticks, and two rows of threshold labels
#: The smallest a report is shrunk to stay on one page (its 9 pt text printed at 8 pt); a longer one continues on
#: further pages at full size (16 long notes were shrunk to 0.136, unreadable).
READABLE_SCALE: Final = 0.9
#: Marks the decision trail's table in a report's document (a user property of its format).
TRAIL_TABLE: Final = QTextFormat.Property.UserProperty.value + 1
#: How far a page's clip stops short of where the next page starts, so that the next page's first line, which
#: begins exactly there, is not drawn on this page too.
CLIP_MARGIN: Final = 0.01


class ReportPages(NamedTuple):
    """How a report was printed: on how many pages, and at what scale (1.0: full size)."""

    pages: int
    scale: float


def stored_session(entry: HistoryEntry) -> LivenessSessionResult | None:
    """The liveness session's answer a get_result or checked-callback entry holds (a callback's data is the
    session's answer too), or None when it holds none or it no longer parses."""
    if entry.response is None or entry.kind.value not in ("get_result", "callback_check"):
        return None
    body = entry.response.get("payload") if entry.kind.value == "callback_check" else entry.response
    if not isinstance(body, dict) or not body:
        return None
    try:
        return LivenessSessionResult.parse(dict(body))
    except Exception:  # a stored answer that no longer parses is shown as its outcome line, never a crash
        return None


def verify_result_of(entry: HistoryEntry) -> VerifyResult | None:
    """The comparison stored in an entry (a verify answer, or a liveness session's verify_result)."""
    if entry.response is None:
        return None
    if entry.kind.value != "verify":
        session = stored_session(entry)
        return session.verify_result if session is not None and isinstance(session.verify_result, VerifyResult) \
            else None
    try:
        return VerifyResult.parse(dict(entry.response))
    except Exception:  # a stored answer that no longer parses still gets a report, without scores
        return None


def stored_error(entry: HistoryEntry) -> FaceIDError | None:
    """The FaceIDError a failed entry recorded, rebuilt for the error panel."""
    if entry.error is None:
        return None
    e = entry.error
    try:
        origin = ErrorOrigin(e.get("origin", ErrorOrigin.SERVICE.value))
    except ValueError:
        origin = ErrorOrigin.SERVICE
    code, detail, message = str(e.get("code") or entry.error_code or ""), str(e.get("detail") or ""), \
        str(e.get("message") or "")
    if message == explain(code, detail, "en"):
        message = ""  # the record's English explanation, not the service's words: the panel explains in the window's
    # An answer refused as not FaceID's, kept whole, or a refusal's that carried faces: its raw JSON shows it.
    answer = e.get("answer")
    return FaceIDError(code=code, detail=detail, http_status=e.get("http_status"), origin=origin,
                       request_id=e.get("request_id"), message=message,
                       raw_body=answer if isinstance(answer, str) else None,
                       # the window's words for it (another session's answer); None in entries written before
                       refused=RefusedField.from_record(e.get("refused")))


def sent_quality_threshold(entry: HistoryEntry) -> int | None:
    """The face_quality_threshold a stored verify or get_biz_token was sent with (the documents' default, 30, when it
    was not sent); None when what is stored is not a number (digits 0-9 only: "²".isdigit() is True, and int() refuses
    it)."""
    value = entry.parameters.get("face_quality_threshold", str(DEFAULT_QUALITY_THRESHOLD))
    return int(value) if isinstance(value, str) and value.isascii() and value.isdecimal() else None


class StoredFaces(NamedTuple):
    """The faces an entry's answer carried (return_faces=1) over the photo it sent to check or compare (``image``)."""

    faces: tuple[DetectedFace, ...]
    #: A refusal's (LOW_QUALITY, MULTIPLE_FACES, NO_FACE_FOUND), which compared none: each held to the threshold sent.
    refused: bool
    #: The face_quality_threshold sent.
    quality_threshold: int | None


#: How a kept callback's record starts (``refused_callback``): read so when the record was cut at its length limit
#: (a callback of more than 4 MB), which leaves no JSON to parse.
KEPT_SIGNATURE_STARTS: Final = {'{"signature_valid": true': True, '{"signature_valid": false': False}


def kept_callback_signature(entry: HistoryEntry) -> bool | None:
    """How the signature of a callback kept as an error (its data unreadable) checked when it arrived: the kept
    callback says it (``{"signature_valid": …, "via": …, "data": …}``), from its start when it was cut."""
    kept = (entry.error or {}).get("answer")
    if not isinstance(kept, str):
        return None
    try:
        valid = json.loads(kept).get("signature_valid")
    except (ValueError, AttributeError):
        valid = next((value for start, value in KEPT_SIGNATURE_STARTS.items() if kept.startswith(start)), None)
    return valid if isinstance(valid, bool) else None


def stored_faces(entry: HistoryEntry, error: FaceIDError | None) -> StoredFaces | None:
    """The faces of its ``image`` a verify's or an SDK biz_token's (raw_image) answer carried: a comparison's, a
    token's, or those its refusal (``error``, as ``stored_error`` rebuilds it) carried of that photo; None when it
    carried none."""
    kind = entry.kind.value
    if kind not in ("verify", "get_biz_token"):
        return None
    if error is not None:
        faces = refused_image_faces(error, v3=kind == "get_biz_token")
        return StoredFaces(faces, True, sent_quality_threshold(entry)) if faces else None
    if kind == "verify":
        result = verify_result_of(entry)
        faces = result.faces if result is not None else ()
    else:
        try:
            faces = BizToken.parse(dict(entry.response or {})).faces
        except Exception:  # a stored answer that no longer parses: no faces, never a crash
            faces = ()
    return StoredFaces(faces, False, sent_quality_threshold(entry)) if faces else None


def photo_with_faces(image: QImage, found: StoredFaces | None) -> QImage:
    """A copy of ``image`` scaled for print, with the answer's face boxes drawn on it, coloured as the window colours
    them: a result's red below FaceID's suggested quality_threshold, else green; a refusal's red below the
    face_quality_threshold sent, else blue-grey (in green they read as passed, beside the refusal), as are the faces
    of several that the comparison did not use."""
    if image.isNull():
        return image
    drawn = image.convertToFormat(QImage.Format.Format_RGB32)
    if found is not None:
        painter = QPainter(drawn)
        width = max(2.0, drawn.width() / 150)
        refusal_threshold = found.quality_threshold if found.refused else None
        compared = compared_face(found.faces)  # of several, the largest: the others passed nothing
        for index, face in enumerate(found.faces):
            colour = box_colours(face, shown_threshold(face, refusal_threshold), refused=found.refused,
                                 compared=compared is None or index == compared).edge
            painter.setPen(QPen(colour, width))
            if face.rect is not None:  # fractions of the photo's width and height ("均取值[0,1]")
                painter.drawRect(QRectF(face.rect.left * drawn.width(), face.rect.top * drawn.height(),
                                        face.rect.width * drawn.width(), face.rect.height * drawn.height()))
        painter.end()
    return drawn.scaled(PHOTO_PX, PHOTO_PX, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


def gauge_image(score: ScoreWithThresholds, policy_level: str, *, muted: bool = False) -> QImage:
    """The confidence on a 0-100 bar, with a tick per threshold (the policy level's in bold); ``muted``: the bar in
    grey, as the window draws a comparison that something above it overrules."""
    width, height = GAUGE_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    bar = QRectF(10, 14, width - 20, 14)
    painter.fillRect(bar, QColor("#e6e6e6"))
    passes = score.passes(policy_level)
    colour = NEUTRAL if muted or passes is None else PASS if passes else FAIL
    painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * max(0.0, min(score.confidence, 100.0)) / 100,
                            bar.height()), colour)
    metrics = painter.fontMetrics()
    ticks = [(level, bar.left() + bar.width() * threshold / 100, float(metrics.horizontalAdvance(level)))
             for level, threshold in score.thresholds.items()]
    for level, x, _width in ticks:
        painter.setPen(QPen(QColor("black"), 3 if level == policy_level else 1))
        painter.drawLine(int(x), int(bar.top()) - 6, int(x), int(bar.bottom()) + 6)
    painter.setPen(QColor("black"))
    for level, left, row in label_places(ticks):
        painter.drawText(int(left), int(bar.bottom()) + 6 + metrics.ascent() + row * metrics.height(), level)
    painter.end()
    return image


def label_places(ticks: Sequence[tuple[str, float, float]], gap: float = 4) -> list[tuple[str, float, int]]:
    """Where each tick's label goes: (label, left edge, row), centred under its tick (x) by its width, in the first
    of two rows where it keeps ``gap`` from the label before it. Close thresholds (1e-5 and 1e-6 are often a few
    points apart) were drawn over each other ("1e-51e-6")."""
    ends = [float("-inf"), float("-inf")]  # how far each row is taken up
    places = []
    for label, x, width in sorted(ticks, key=lambda tick: tick[1]):
        left = x - width / 2
        row = 0 if left >= ends[0] + gap else 1
        ends[row] = left + width
        places.append((label, left, row))
    return places


def on_paper(colour: QColor) -> str:
    """``colour``'s name for text printed on the report's white paper: its darker form where it reads below 4.5:1 there
    (amber, at 4.2:1), as the window draws text on a light palette."""
    return readable(colour, QColor("white")).name()


def note_html(note: str) -> str:
    """A decision's note as rich text, its line breaks kept (HTML would run its lines into one)."""
    return "<br>".join(html.escape(line) for line in note.splitlines())


def pdf_writer(device: QIODevice) -> QPdfWriter:
    """A writer of A4 pages with 12 mm margins at 150 dpi onto ``device``, as a report is printed."""
    writer = QPdfWriter(device)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setResolution(150)
    return writer


def footer_height(doc: QTextDocument, writer: QPdfWriter) -> float:
    """The room a page's footer takes under its body: a blank line, then the footer's line."""
    return 2 * QFontMetricsF(doc.defaultFont(), writer).height()


def trail_table(doc: QTextDocument) -> QTextTable | None:
    """The decision trail's table in a report's document, if it has one."""
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable) and frame.format().boolProperty(TRAIL_TABLE):
            return frame
    return None


def line_spans(doc: QTextDocument, block: QTextBlock) -> list[tuple[float, float]]:
    """Where each line of ``block`` is, top and bottom, in the document (in a table's cell too)."""
    top = doc.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    return [(top + line.y(), top + line.y() + line.height())
            for line in (layout.lineAt(index) for index in range(layout.lineCount()))]


def row_lines(doc: QTextDocument, table: QTextTable, row: int) -> list[tuple[float, float]]:
    """Where each line of a table row's cells is in the document."""
    spans = []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.column() != column:  # a cell spanning columns is read once
            continue
        block, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().position()
        while block.isValid() and block.position() <= last:
            spans += line_spans(doc, block)
            block = block.next()
    return spans


def decision_rows(table: QTextTable) -> list[list[int]]:
    """The trail table's rows, by decision: its row, then its note's (a cell across the whole table), if any; its
    header row is none of them."""
    decisions: list[list[int]] = []
    for row in range(table.format().headerRowCount(), table.rows()):
        if decisions and table.cellAt(row, 0).columnSpan() == table.columns():
            decisions[-1].append(row)
        else:
            decisions.append([row])
    return decisions


def decision_spans(doc: QTextDocument, body: float) -> list[tuple[float, float]]:
    """What of the trail a page may not end inside: each decision whole (its row and its note), from the border
    above it to the one under it, the trail's heading with the first; of a decision taller than a page's room for
    it, its row and its note's first line (the rest of the note may go on over pages). A page that begins with a
    decision has the trail's header row drawn again atop it (``page_bands``): its room is less that row."""
    table = trail_table(doc)
    if table is None:
        return []
    headers = table_headers(doc)
    rows = [row_lines(doc, table, row) for row in range(table.rows())]
    # between two rows: half of the padding, borders and spacing that part them is each row's
    half_gap = (min(t for t, _ in rows[1]) - max(b for _, b in rows[0])) / 2 if len(rows) > 1 else 0.0
    heading = table.firstCursorPosition().block().previous()
    header = [top for row in range(table.format().headerRowCount()) for top, _ in rows[row]]
    spans = []
    for number, decision in enumerate(decision_rows(table)):
        first, last = rows[decision[0]], rows[decision[-1]]
        top = min(t for t, _ in first) - half_gap
        if number == 0:  # no heading, nor header row, alone at a page's foot
            top = min([top] + [t - half_gap for t in header])
            if heading.isValid() and heading.blockFormat().headingLevel():
                top = min([top] + [t for t, _ in line_spans(doc, heading)])
        bottom = max(b for _, b in last) + half_gap
        # measured against the page it would begin, as page_spans fills it: one whole decision taller than that was
        # moved there and cut in two all the same
        if bottom - top > body - header_height(repeated_header(headers, top)) and len(decision) > 1:
            bottom = min(b for _, b in rows[decision[1]])  # the note's first line
        spans.append((top, bottom))
    return spans


class TableHeader(NamedTuple):
    """A table's header row as a band of the document, drawn again atop each page that begins inside its body."""

    #: The table's top, and the border under its header row (halfway to the first row's text).
    top: float
    bottom: float
    #: The bottom of the table's first row (a page never ends between it and the header) and of the table.
    first_row_bottom: float
    end: float


def table_headers(doc: QTextDocument) -> list[TableHeader]:
    """The header rows (``<thead>``) of the report's tables that have rows under them, as laid out."""
    headers = []
    for table in doc.rootFrame().childFrames():
        count = table.format().headerRowCount() if isinstance(table, QTextTable) else 0
        if not isinstance(table, QTextTable) or count < 1 or table.rows() <= count:
            continue
        header = [span for row in range(count) for span in row_lines(doc, table, row)]
        first = row_lines(doc, table, count)
        half_gap = (min(t for t, _ in first) - max(b for _, b in header)) / 2  # to the border between two rows
        frame = doc.documentLayout().frameBoundingRect(table)
        headers.append(TableHeader(frame.top(), max(b for _, b in header) + half_gap,
                                   max(b for _, b in first) + half_gap, frame.bottom()))
    return headers


def repeated_header(headers: Sequence[TableHeader], top: float) -> TableHeader | None:
    """The header drawn atop a page that begins at ``top``: that of the table it begins inside the body of."""
    return next((header for header in headers if header.bottom <= top < header.end), None)


def page_spans(doc: QTextDocument, body: float) -> list[tuple[float, float]]:
    """Where each page of ``doc`` begins and ends (at most ``body`` high, less a table's header row drawn again
    atop a page that begins inside that table): never inside a line of text (a line that does not fit goes to the
    next page whole), nor inside a decision of the trail (its row and its note go to the next page together; only a
    note taller than a page, less the header row atop it, goes on over pages), nor between a header row and the row
    under it. Qt's own pagination moves lines alone: a decision's row was cut in two, its time on one page and the
    rest of it on the next."""
    if body <= 0:  # a page with no room (a broken page layout) would never be filled: refused, not looped on
        raise ValueError(f"a page has no room for the report ({body})")
    headers = table_headers(doc)
    whole = [span for block in blocks(doc) for span in line_spans(doc, block)] + decision_spans(doc, body) + [
        (header.top, header.first_row_bottom) for header in headers]
    end = doc.size().height()
    pages: list[tuple[float, float]] = []
    top = 0.0
    while end - top > (room := body - header_height(repeated_header(headers, top))):
        if room <= 0:  # a header row as tall as a page: nothing would fit under it
            raise ValueError(f"a page has no room under the table's header ({room})")
        cut = top + room
        moved = True
        while moved:  # up to the top of whatever the cut would go through, as long as that leaves something above
            moved = False
            for span_top, span_bottom in whole:
                if top < span_top < cut < span_bottom:
                    cut, moved = span_top, True
        pages.append((top, cut))
        top = cut
    pages.append((top, end))
    return pages


def header_height(header: TableHeader | None) -> float:
    return 0.0 if header is None else header.bottom - header.top


class Band(NamedTuple):
    """A part of the document drawn on a page: from ``top`` to ``bottom`` in the document, at ``y`` on the page."""

    top: float
    bottom: float
    y: float


def page_bands(doc: QTextDocument, pages: Sequence[tuple[float, float]]) -> list[list[Band]]:
    """What each page draws: its share of the document, under the header row of the table it begins inside (a
    table split over pages has its header again on the next page, so its columns still say what they hold)."""
    headers = table_headers(doc)
    drawn = []
    for top, bottom in pages:
        header = repeated_header(headers, top) if top > 0 else None
        bands = [] if header is None else [Band(header.top, header.bottom, 0.0)]
        drawn.append([*bands, Band(top, bottom, header_height(header))])
    return drawn


def draw_bands(painter: QPainter, doc: QTextDocument, bands: Sequence[Band]) -> None:
    """Draw a page's bands of ``doc`` where they go on it."""
    for band in bands:
        painter.save()
        painter.translate(0, band.y - band.top)
        # a hair short of what follows it (the next page's first line starts where this page ends)
        doc.drawContents(painter, QRectF(0, band.top, doc.textWidth(), band.bottom - band.top - CLIP_MARGIN))
        painter.restore()


def blocks(doc: QTextDocument) -> Iterator[QTextBlock]:
    """Every block of ``doc``, in order, those in tables' cells too."""
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


class PrintedReport(NamedTuple):
    """A report's document laid out for print: the scale it is drawn at, and the top and bottom of each page's
    share of it, in the document; ``body``: how high a page's share may be (its footer under it)."""

    document: QTextDocument
    scale: float
    pages: list[tuple[float, float]]
    body: float


class VerificationReport(QObject):
    """Builds and writes the PDF report of one history entry."""

    def __init__(self, entry: HistoryEntry, images: Sequence[StoredImage], trail: Sequence[Decision],
                 policy_level: str, parent: QObject | None = None, *, profile_name: str | None = None,
                 language: str = "en", outcome: str | None = None, zone: DisplayZone | None = None,
                 resent_as: int | None = None) -> None:
        super().__init__(parent)
        #: The entry that sent this one again (its outcome unknown), if one did: the report names it, as History.
        self.resent_as = resent_as
        #: The zone its times are in, as the window shows them (by default this computer's), named beside them.
        self.zone = zone if zone is not None else DisplayZone()
        #: An entry without an answer as History's list words it ("Sent, waiting for the answer"); by default its
        #: outcome is unknown.
        self.outcome = outcome
        #: The window's language, for the service's codes explained in the outcome's reason.
        self.language = language
        self.entry = entry
        #: The profile as the window names it ("Built-in engine (offline)"), not its settings key.
        self.profile_name = profile_name or entry.profile
        self.images = images
        self.trail = trail
        self.policy_level = policy_level
        self.result = verify_result_of(entry)
        #: The liveness session's answer (get_result's, or a checked callback's data), if the entry holds one.
        self.session = stored_session(entry)

    def document(self) -> QTextDocument:
        """The report as rich text, its pictures registered as resources."""
        doc = QTextDocument(self)
        e, esc = self.entry, html.escape
        title = self.tr("FaceID verification report")
        parts = [f"<h2>{esc(title)}</h2>",
                 "<table cellspacing='2' cellpadding='2'>"]
        rows = [
            (self.tr("History entry"), str(e.id)),
            (self.tr("Time ({zone})").format(zone=self.zone.label(e.created_at)), self.zone.text(e.created_at)),
            (self.tr("Call"), call_kind_text(e.kind.value)),  # as History's Call column names it
            (self.tr("Profile"), self.profile_name),
            (self.tr("Operator"), e.operator),
            (self.tr("Name"), mask_name(e.idcard_name) if e.idcard_name else ""),
            (self.tr("ID number"), mask_idcard_number(e.idcard_number) if e.idcard_number else ""),
            (self.tr("uuid"), mask_uuid(e.uuid) if e.uuid else ""),
            (self.tr("request_id"), e.request_id or ""),
            (self.tr("biz_id"), e.biz_id or ""),
            (self.tr("Policy level"), self.policy_level),
        ]
        if e.error_code:
            rows.append((self.tr("Error"), e.error_code))
        if e.outcome_unknown:
            unknown = (self.tr("Outcome unknown, not resent") if self.resent_as is None else
                       self.tr("Outcome unknown, resent as entry {entry}").format(entry=self.resent_as))
            rows.append((self.tr("Outcome"), self.outcome or unknown))
        if e.resend_of is not None:
            rows.append((self.tr("Resend of"), self.tr("entry {id}").format(id=e.resend_of)))
        parts += [f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in rows if v]
        parts.append("</table>")
        if self.session is not None:
            parts += self._session_outcome(self.session)
        elif e.kind is CallKind.CALLBACK_CHECK and e.error is not None:  # its data unreadable: its signature still says
            parts += self._unreadable_callback_outcome()  # whether anyone stands behind what is wrong with it

        photos = []
        for index, stored in enumerate(i for i in self.images if i.data or i.thumbnail):
            image = QImage.fromData(stored.data or stored.thumbnail or b"")
            if image.isNull():
                continue
            name = f"photo{index}.png"
            faces_for = stored_faces(e, stored_error(e)) if stored.field == "image" else None
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                            photo_with_faces(image, faces_for))
            photos.append(f"<td align='center'><img src='{name}'><br>{esc(self._photo_caption(stored.field))}</td>")
        if photos:
            parts.append(f"<table cellspacing='6'><tr>{''.join(photos)}</tr></table>")

        primary = self.result.primary_score() if self.result else None
        if primary is not None and self.result is not None:
            outranked = self._comparison_outranked()
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("gauge.png"),
                            gauge_image(primary, self.policy_level, muted=outranked))
            # headed as the window's result heads it
            verdict = comparison_headline(self.result, self.policy_level)
            # the session's genuineness checks outrank the comparison (named in its outcome above, when there is one)
            if self.entry.verdict == "attack_suspected" and self.session is None:
                attack = self.tr("Attack suspected: a face-genuineness check reached its threshold")
                parts.append(f"<p><b style='color:{on_paper(FAIL)}'>{esc(attack)}</b></p>")
            if outranked:
                # as the window's comparison under an attack or a forged callback: grey, named as the comparison's
                # alone, so it cannot read as the outcome
                verdict = QCoreApplication.translate("ResultView", "{verdict} — face comparison only").format(
                    verdict=verdict)
                line = self.tr("{verdict}; confidence {confidence}").format(  # one dash in the line is enough
                    verdict=verdict, confidence=f"{primary.confidence:.3f}")
                parts.append(f"<p style='color:{on_paper(NEUTRAL)}'>{esc(line)}</p><img src='gauge.png'>")
            else:
                confidence_word = self.tr("confidence")
                parts.append(f"<p><b>{esc(verdict)}</b> — {esc(confidence_word)} {primary.confidence:.3f}</p>"
                             "<img src='gauge.png'>")
            scores_title = self.tr("Scores and thresholds")
            parts.append(f"<h3>{esc(scores_title)}</h3><table border='1' cellspacing='0' cellpadding='3'>")
            levels = sorted({lvl for s in self._scores().values() for lvl in s.thresholds}, key=lambda x: -float(x))
            score_word, confidence_title = self.tr("Score"), self.tr("Confidence")
            parts.append(f"<thead><tr><th>{esc(score_word)}</th><th>{esc(confidence_title)}</th>"
                         + "".join(f"<th>{esc(lvl)}</th>" for lvl in levels) + "</tr></thead>")
            for key, score in self._scores().items():
                cells = "".join(f"<td>{score.thresholds.get(lvl, '')}</td>" for lvl in levels)
                # the photo in the window's words, the answer's field under it (as the window's Scores)
                parts.append(f"<tr><td>{esc(score_title(key))}<br><span style='color:gray'>{esc(key)}</span></td>"
                             f"<td>{score.confidence:.3f}</td>{cells}</tr>")
            parts.append("</table>")
            if self.result.id_exceptions is not None:
                exceptions_title = self.tr("Identity exceptions")
                warnings = exception_warnings(self.result.id_exceptions)  # the window's words (rich text, ours)
                parts.append(f"<h3>{esc(exceptions_title)}</h3>")
                parts += [f"<p>{warning}</p>" for warning in warnings] or [f"<p>{esc(no_exceptions_text())}</p>"]
        # A session's gauges are its own (H5 keeps them in liveness_result), and shown with no comparison too.
        genuineness = self.session.genuineness() if self.session is not None else \
            self.result.face_genuineness if self.result is not None else None
        if genuineness is not None:
            genuineness_title = self.tr("Face genuineness")
            parts.append(f"<h3>{esc(genuineness_title)}</h3>")
            parts += [f"<p>{esc(check_name(g.check))}: {esc(gauge_reading(g))}</p>" for g in genuineness.gauges()]
            if genuineness.face_replaced is not None:
                parts.append(f"<p>{esc(face_replaced_text(genuineness.face_replaced == 1))}</p>")

        trail_title, no_decision = self.tr("Decision and trail"), self.tr("No decision recorded.")
        parts.append(f"<h3>{esc(trail_title)}</h3>")
        if not self.trail:
            parts.append(f"<p>{esc(no_decision)}</p>")
        else:
            # The time and the operator as narrow as they are written, unwrapped (a width of 1% is their least), the
            # decision and its reason sharing the rest: the note's width, spread over all four, wrapped them.
            parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>")
            # its header row, drawn again atop each page the trail goes on to (page_bands)
            zone = self.zone.label(self.trail[0].decided_at)  # a time at another offset (summer time) names its own
            columns = (self.tr("Time ({zone})").format(zone=zone), self.tr("Operator"), self.tr("Decision"),
                       self.tr("Reason"))
            parts.append("<thead><tr>" + "".join(f"<th align='left'{nowrap}>{esc(c)}</th>" for c, nowrap in zip(
                columns, (" style='white-space:nowrap'",) * 2 + ("",) * 2, strict=True)) + "</tr></thead>")
            for index, d in enumerate(self.trail):
                state = self.tr("current") if index == 0 else self.tr("superseded")
                # as History's trail words it (full-width brackets in Chinese), its decision in bold
                decision = esc(self.tr("{decision} ({state})")).format(
                    decision=f"<b>{esc(decision_text(d.decision.value))}</b>", state=esc(state))
                # to the second: decisions made within a minute of each other are told apart, in order
                at = self.zone.text(d.decided_at) + (
                    "" if self.zone.label(d.decided_at) == zone else f" {self.zone.label(d.decided_at)}")
                parts.append(f"<tr><td width='1%' style='white-space:nowrap'>{esc(at)}</td>"
                             f"<td width='1%' style='white-space:nowrap'>{esc(d.operator)}</td>"
                             f"<td>{decision}</td>"
                             f"<td>{esc(reason_text(d.reason))}</td></tr>")
                note = mask_note(d.note, self.entry)
                if note:  # under its decision, the table's whole width (a long note was squeezed into a sliver)
                    parts.append(f"<tr><td colspan='4'>{note_html(note)}</td></tr>")
            parts.append("</table>")
        doc.setHtml("".join(parts))
        if self.trail:  # the trail's table is the report's last part: marked, for its decisions to be kept whole
            table = doc.rootFrame().childFrames()[-1]
            assert isinstance(table, QTextTable)
            table_format = table.format()
            table_format.setProperty(TRAIL_TABLE, True)
            table.setFormat(table_format)
        return doc

    def _photo_caption(self, field: str) -> str:
        """A photo as the page that sent it titles its slot: a biz_token's ``image`` is App token's photo to compare,
        not Verify's photo to check; any other as Verify titles it."""
        if self.entry.kind is CallKind.GET_BIZ_TOKEN and field == "image":
            return self.tr("Photo to compare")
        return photo_slot_title(field)

    def _signature(self) -> bool | None:
        """A checked callback's signature as checked when it arrived: True or False, None when it could not be
        checked (no api_secret then; stored as None, or absent in an older entry). One whose data could not be read
        keeps it in the callback kept with its error (``refused_callback``), and in its verdict when it failed."""
        if self.entry.response is None and self.entry.error is not None:
            return kept_callback_signature(self.entry)
        valid = (self.entry.response or {}).get("signature_valid")
        return valid if isinstance(valid, bool) else None

    def _unreadable_callback_outcome(self) -> list[str]:
        """A callback kept as an error: headed as the window heads a callback whose signature failed, when it did;
        its signature in History's words under it, in any case."""
        esc, parts = html.escape, []
        if self._signature_failed():
            headline = QCoreApplication.translate("LivenessView", "Signature invalid: do not trust this callback")
            parts.append(f"<p style='font-size:x-large'><b style='color:{on_paper(FAIL)}'>{esc(headline)}</b></p>")
        signature, colour = self._signature_line()
        style = f" style='color:{on_paper(colour)}'" if colour is not None else ""
        return [*parts, f"<p><b{style}>{esc(signature)}</b></p>"]

    def _signature_failed(self) -> bool:
        """A checked callback whose signature did not match: nothing it holds is vouched for."""
        return self.entry.kind.value == "callback_check" and self._signature() is False

    def _signature_unchecked(self) -> bool:
        """A checked callback whose signature could not be checked: what it holds is unverified, not vouched for."""
        return self.entry.kind.value == "callback_check" and self._signature() is None

    def _signature_line(self) -> tuple[str, QColor | None]:
        """The signature as History says it under a callback's headline (its words and translations), in the colour
        History lists the entry's verdict: red when it failed, amber when it could not be checked (a valid one is
        uncoloured, as in the window: where the data came from is no verdict)."""
        profile = self.profile_name
        valid = self._signature()
        if valid is None:
            return QCoreApplication.translate(
                "HistoryPage", "Signature not checked when it arrived (no api_secret for profile {profile}): this "
                               "data is unverified.").format(profile=profile), CAUTION
        if valid:
            return QCoreApplication.translate(
                "HistoryPage", "✔ Signature valid when it arrived (profile {profile}): this data came from FaceID "
                               "unchanged.").format(profile=profile), None  # where it came from: no verdict
        return QCoreApplication.translate(
            "HistoryPage", "✘ Signature INVALID when it arrived (profile {profile}): the data was changed, or signed "
                           "with another api_secret. Do not trust it.").format(profile=profile), FAIL

    def _comparison_outranked(self) -> bool:
        """Whether something stated above the comparison decides (a suspected attack, a failed spoken consent, a
        failed or unchecked signature), as the liveness view judges it when it greys its comparison out. An unchecked
        callback's recorded verdict is "Signature not checked", not the comparison's: a bold "Same person" would read
        as the outcome of data no one vouched for."""
        if self.entry.verdict == "attack_suspected" or self._signature_failed() or self._signature_unchecked():
            return True
        return self.session is not None and (bool(suspected_attacks(self.session.genuineness()))
                                             or self.session.failed_will() is not None)

    def _session_outcome(self, session: LivenessSessionResult) -> list[str]:
        """The liveness outcome as the window heads it (passed, failed, attack suspected) with its reason and the
        session's status; a callback whose signature failed is headed by that, its claim marked unverified. A
        checked callback's signature follows the headline, in History's words (a signature not checked: "this data
        is unverified")."""
        esc = html.escape
        outcome = liveness_outcome(session, self.language, self.policy_level)
        headline, colour, reason = outcome.headline, outcome.colour, outcome.reason
        if self._signature_failed() or self._signature_unchecked():  # headed by the signature, as the window heads it
            headline, colour = ((QCoreApplication.translate(
                "LivenessView", "Signature invalid: do not trust this callback"), FAIL) if self._signature_failed()
                else (QCoreApplication.translate("LivenessView", "Signature not checked: this data is unverified"),
                      CAUTION))
            reason = QCoreApplication.translate("LivenessView", "Unverified claim — {claim}").format(
                claim=outcome.headline)
        parts = [f"<p style='font-size:x-large'><b style='color:{on_paper(colour)}'>{esc(headline)}</b></p>"]
        if self.entry.kind.value == "callback_check":
            signature, signature_colour = self._signature_line()
            style = f" style='color:{on_paper(signature_colour)}'" if signature_colour is not None else ""
            parts.append(f"<p><b{style}>{esc(signature)}</b></p>")
        parts += [f"<p>{esc(line)}</p>" for line in (reason, *outcome.status) if line]
        return parts

    def _scores(self) -> dict[str, ScoreWithThresholds]:
        assert self.result is not None
        found: dict[str, ScoreWithThresholds] = {}
        for key in ("result_faceid", "result_idcard_photo", "result_idcard_datasource"):
            value = getattr(self.result, key)
            if value is not None:
                found[key] = value
        for index, score in sorted(self.result.result_refs.items()):
            found[f"result_ref{index}"] = score
        return found

    def laid_out(self, writer: QPdfWriter) -> PrintedReport:
        """The report laid out for ``writer``'s pages: on one page when it fits at a readable size (shrunk a little
        when it is a little long), else on as many pages as it takes at full size, each with room for a footer, cut
        where no line of text and no decision of the trail is cut in two (see ``page_spans``)."""
        doc = self.document()
        doc.documentLayout().setPaintDevice(writer)  # lay fonts out at the PDF's resolution
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        doc.setTextWidth(page.width() * 0.98)
        height = doc.size().height()
        scale = min(1.0, page.height() / max(1.0, height))
        if scale >= READABLE_SCALE:
            return PrintedReport(doc, scale, [(0.0, height)], page.height() / scale)
        body = page.height() - footer_height(doc, writer)
        return PrintedReport(doc, 1.0, page_spans(doc, body), body)

    def write_pdf(self, path: Path) -> ReportPages:
        """Write the report as an A4 PDF, laid out as ``laid_out`` says; a report of more than one page has each
        footed with the entry and its number.

        Made in memory, then written readable by its owner only (it holds the photos), whole or not at all:
        a place that cannot be written raises ``OSError`` naming the reason, never a silent empty success.
        """
        # Written on a worker thread: Qt's text layout starts timers when laying out takes long, and a thread Python
        # started has no event dispatcher for them until an event loop object gives it one (else Qt warns).
        QEventLoop()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = pdf_writer(buffer)
        writer.setTitle(self.tr("FaceID verification report"))
        writer.setCreator("FaceID Console")
        printed = self.laid_out(writer)
        painter = QPainter(writer)
        if len(printed.pages) == 1:
            painter.scale(printed.scale, printed.scale)
            printed.document.drawContents(painter)
        else:
            self._paint_pages(painter, writer, printed)
        painter.end()
        with written_whole(path) as out:
            out.write(buffer.data().data())
        return ReportPages(len(printed.pages), printed.scale)

    def _paint_pages(self, painter: QPainter, writer: QPdfWriter, printed: PrintedReport) -> None:
        """Draw each of ``printed``'s pages at full size, footed with the entry's id and its page number: a page
        taken from the others still says whose report it is."""
        doc, count = printed.document, len(printed.pages)
        footer_font = doc.defaultFont()
        width = doc.textWidth()
        for index, bands in enumerate(page_bands(doc, printed.pages)):
            if index:
                writer.newPage()
            draw_bands(painter, doc, bands)
            painter.setFont(footer_font)
            painter.setPen(QColor("gray"))
            painter.drawText(QRectF(0, printed.body, width, footer_height(doc, writer)),
                             int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter),
                             self.tr("FaceID verification report · entry {id} · page {page} of {count}").format(
                                 id=self.entry.id, page=index + 1, count=count))
