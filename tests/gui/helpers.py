"""Driving the Verify page as a reviewer would."""

from __future__ import annotations

import contextlib
import datetime
import re
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QToolBar, QWidget

from faceid_console.store import Decision, DecisionKind, EntryId
from faceid_console.ui.main_window import MainWindow
from faceid_console.ui.pages.verify_page import VerifyPage
from faceid_console.ui.widgets.face_overlay import FaceOverlay

from .conftest import answer_question

KYC_NUMBER = "11010519491231002X"
KYC_NAME = "奥巴马"


def decision_on(entry: int, kind: DecisionKind, operator: str = "ada",
                at: datetime.datetime = datetime.datetime(2026, 12, 1, 17, 30, 5)) -> Decision:
    """A decision as History records it on ``entry`` (``at``: naive UTC, as stored)."""
    return Decision(1, EntryId(entry), kind, "Same person, documents consistent", "", operator, at, None)


def choose_photos(qtbot, page: VerifyPage, image: Path, *refs: Path) -> None:  # type: ignore[no-untyped-def]
    for slot in page.slots.values():
        slot.clear()
    page.slots["image"].set_file(image)
    for index, ref in enumerate(refs, start=1):
        page.slots[f"image_ref{index}"].set_file(ref)
    qtbot.waitUntil(lambda: not any(s.busy for s in page.slots.values()), timeout=60_000)


def click_radio(qtbot, radio) -> None:  # type: ignore[no-untyped-def]
    """Click the radio's indicator (the middle of a wide radio button is empty space)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def fill_compare(qtbot, page: VerifyPage, image: Path, *refs: Path, uuid: str = "applicant-7") -> None:  # type: ignore[no-untyped-def]
    click_radio(qtbot, page.compare_radio)
    page.uuid_edit.setText(uuid)
    choose_photos(qtbot, page, image, *refs)


def fill_kyc(qtbot, page: VerifyPage, image: Path, name: str = KYC_NAME, number: str = KYC_NUMBER) -> None:  # type: ignore[no-untyped-def]
    click_radio(qtbot, page.kyc_radio)
    page.name_edit.setText(name)
    page.number_edit.setText(number)
    choose_photos(qtbot, page, image)


def submit_with_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Return, and wait until the answer (result or error) is shown and the page is idle again."""
    page = window.verify_page
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)  # shortcuts need the window active
    with qtbot.waitSignal(page.finished, timeout=120_000):
        qtbot.keyClick(page.uuid_edit if page.uuid_edit.isVisible() else page.name_edit, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.submit_button.isEnabled, timeout=10_000)


def pick_profile(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    """Pick profile ``name`` from the top bar's profile list, as the reviewer does, and wait until it is opened (or
    found unusable)."""
    from faceid_console.ui.connection import ServiceState

    box = window.profile_box
    box.showPopup()
    box.view().setCurrentIndex(box.model().index(box.findData(name), 0))
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.connection.profile.name == name
                    and window.connection.state is not ServiceState.STARTING, timeout=120_000)


MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics_of(root: QWidget, *, shown_only: bool = False) -> dict[str, list[str]]:
    """Alt+letter keys under ``root`` (buttons and labels with a buddy), by letter; ``shown_only``: of those on show
    with ``root`` only."""
    found: dict[str, list[str]] = {}
    for widget in root.findChildren(QWidget):
        if not (isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None)):
            continue
        if shown_only and not widget.isVisibleTo(root):
            continue
        text = widget.text()
        key = MNEMONIC.search(text.replace("&&", ""))
        if key:
            found.setdefault(key.group(1).lower(), []).append(text)
    return found


def alt_key_clashes(window: MainWindow, page: QWidget, *, shown_only: bool = False) -> dict[str, list[str]]:
    """The Alt+letter keys that reach more than one control on ``page``: its own, the tool bar's and the menu
    titles' keys all count. ``shown_only``: only the page's controls on show count (Qt gives a hidden control's key
    to none), for a page showing an answer whose parts stand in for one another: the liveness view's JSON, and its
    comparison's own, hidden in its place."""
    keys = mnemonics_of(page, shown_only=shown_only)
    for key, texts in mnemonics_of(window.findChild(QToolBar)).items():
        keys.setdefault(key, []).extend(texts)
    for menu in (action.text() for action in window.menuBar().actions()):
        if found := MNEMONIC.search(menu):
            keys.setdefault(found.group(1).lower(), []).append(menu)
    return {key: texts for key, texts in keys.items() if len(texts) > 1}


def change_credentials_in_settings(qtbot, window: MainWindow, name: str, key: str = "", secret: str = "") -> None:  # type: ignore[no-untyped-def]
    """Open Settings from the window, choose profile ``name``, store ``key`` and ``secret`` for it in the keyring
    (Forget its credentials when none are given), and close Settings with OK."""
    from faceid_console.ui.settings_dialog import SettingsDialog

    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    dialog.profile_list.setCurrentRow([profile.name for profile in dialog._profiles].index(name))
    qtbot.waitUntil(lambda: not dialog._task.busy, timeout=10_000)  # its look-up in the keyring
    if secret:
        dialog.key_edit.setText(key)
        dialog.secret_edit.setText(secret)
        dialog.store_button.click()
        qtbot.waitUntil(lambda: dialog.profile_status.text() == "Stored in the system keyring.", timeout=10_000)
    else:
        answer_question(QMessageBox.StandardButton.Yes)  # Forget asks first
        dialog.forget_button.click()
        qtbot.waitUntil(lambda: dialog.profile_status.text() == "Credentials forgotten.", timeout=10_000)
    dialog._ok_button.click()
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is None, timeout=10_000)


def choose_shown_times(qtbot, window: MainWindow, shown_times: str) -> None:  # type: ignore[no-untyped-def]
    """Settings opened from the window, "Times shown in" set to ``shown_times`` ("local", "utc"), OK."""
    from faceid_console.ui.settings_dialog import SettingsDialog

    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog._task.busy, timeout=10_000)
    dialog.zone_box.setCurrentIndex(dialog.zone_box.findData(shown_times))
    dialog._ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert window.settings.shown_times == shown_times


def use_billed_profile(qtbot, window: MainWindow, connector) -> None:  # type: ignore[no-untyped-def]
    """Switch to "lab": a custom profile at the built-in engine's address, with its key pair. Its calls are billed as
    FaceID's are (the console knows only the built-in engine profile to bill nothing)."""
    from faceid_console.credentials import save as save_credentials
    from faceid_console.ui.connection import ServiceState

    from .conftest import custom_profile

    custom_profile(window.settings, "lab", connector.engine_url)
    assert window.connection.client is not None
    save_credentials("lab", window.connection.client._credentials)
    window.connection.switch_to("lab")
    qtbot.waitUntil(lambda: window.connection.state is ServiceState.READY, timeout=60_000)


@contextlib.contextmanager
def focus_visits() -> Iterator[list[QWidget]]:
    """Every control the keyboard moves to while the block runs, in order."""
    visited: list[QWidget] = []

    def moved(_old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            visited.append(new)

    app = QApplication.instance()
    app.focusChanged.connect(moved)  # type: ignore[attr-defined]
    try:
        yield visited
    finally:
        app.focusChanged.disconnect(moved)  # type: ignore[attr-defined]


def label_fills(overlay: FaceOverlay) -> list[str]:
    """The fill of each boxed face's label as painted (a colour's name), in the order of ``face_boxes``: the darker
    green of a face whose quality reaches the threshold shown, or the darker red of one below it."""
    image = overlay.grab().toImage()
    ratio = image.devicePixelRatio()
    return [image.pixelColor(round((tag.left() + 1) * ratio), round((tag.top() + 1) * ratio)).name()
            for tag in overlay.tag_rects()]


def advice_in_both(explanation: str, step: str) -> set[str]:
    """The phrases of three words an error's explanation shares with its "What to do" (lower case, punctuation
    aside): the explanation says what happened, the advice is said once, under it."""
    def phrases(text: str) -> set[str]:
        words = re.findall(r"[\w'’]+", text.lower())
        return {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}

    return phrases(explanation) & phrases(step.removeprefix("What to do: "))


def glued(status: str) -> list[str]:
    """Where a status line glues its parts together: a full stop before " · " ("unchanged. · Attack", "未被改动。 ·
    疑似攻击"), or a part with two colons ("Answer received: Same person: above…", "已收到响应：同一人：高于…")."""
    stops = [stop for stop in (". · ", "。 · ") if stop in status]
    return stops + [part for part in status.split(" · ") if len(re.findall(r":\s|：", part)) > 1]
