"""Render a screenshot of each page and state of the real window, against the real built-in engine.

Run under a virtual screen for real fonts:
``xvfb-run -a .venv/bin/python scripts/screenshots.py [--lang zh_CN] [--dark]``.
Writes PNGs to docs/screenshots/ (or --out). Uses a temporary home, settings and an in-memory keyring.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def faces_dir() -> Path:
    for candidate in (ROOT / "tests" / "data" / "faces", ROOT.parent / "shared" / "faces"):
        if candidate.is_dir():
            return candidate
    raise SystemExit("no test photos: expected tests/data/faces")


async def until(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise TimeoutError("state not reached")
        await asyncio.sleep(0.05)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="en", choices=("en", "zh_CN"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", help="comma-separated shot names")
    parser.add_argument("--dark", action="store_true", help="as on a dark desktop (KDE Breeze Dark's palette)")
    parser.add_argument("--tz", default="Asia/Shanghai",
                        help="the computer's time zone the times are shown in (default: a reviewer's in Beijing)")
    args = parser.parse_args()
    os.environ["TZ"] = args.tz  # the same shots whatever zone the machine rendering them is in
    time.tzset()
    home = Path(tempfile.mkdtemp(prefix="faceid-shots-"))
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_RUNTIME_DIR", "run"),
                     ("FACEID_CONSOLE_CONFIG_DIR", "fc-config"), ("FACEID_CONSOLE_DATA_DIR", "fc-data")):
        os.environ[var] = str(home / sub)
    (home / "run").mkdir(mode=0o700)
    import keyring

    # The test suite's in-memory keyring (nothing reaches a real one) and its dark desktop's palette.
    from tests.conftest import MemoryKeyring, breeze_dark_palette

    keyring.set_keyring(MemoryKeyring())

    from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
    from qasync import QEventLoop

    from faceid_console import settings as settings_module
    from faceid_console.api import Credentials
    from faceid_console.connections import Connector
    from faceid_console.credentials import save as save_credentials
    from faceid_console.lazy_history import LazyHistoryStore
    from faceid_console.settings import Profile, ProfileKind
    from faceid_console.store import HistoryStore
    from faceid_console.ui.application import window_state_store
    from faceid_console.ui.connection import Connection, ServiceState
    from faceid_console.ui.gui_thread_collector import GuiThreadCollector
    from faceid_console.ui.main_window import MainWindow
    from faceid_console.ui.translations import install_translator

    app = QApplication(sys.argv)
    GuiThreadCollector(app)  # as application.run does: only the GUI thread collects
    if args.dark:  # a dark desktop's palette, for disabled controls too, as the tests' dark_desktop gives it
        app.setPalette(breeze_dark_palette(app.palette()))
    translators = install_translator(app, args.lang)
    loop = QEventLoop(app)
    asyncio.set_event_loop(loop)
    settings = settings_module.Settings.load()
    # The custom profiles of the error shots, there from the first shot: the profile box is as wide as its longest
    # name, so added later they widened it in every shot after (the wrong secret's host is the engine's, known later).
    settings.profiles.append(Profile("lab-wrong-secret", ProfileKind.CUSTOM, "http://127.0.0.1:9"))
    save_credentials("lab-wrong-secret", Credentials("not-a-key", "wrong-secret"))
    settings.profiles.append(Profile("lab-unreachable", ProfileKind.CUSTOM, "http://127.0.0.1:9"))
    save_credentials("lab-unreachable", Credentials("k", "s"))
    connector = Connector(settings_module.data_dir() / "engine")
    connection = Connection(settings, connector)
    history = LazyHistoryStore(lambda: HistoryStore.open(settings))
    window = MainWindow(connection=connection, settings=settings, history=history, state=window_state_store(),
                        language=args.lang)
    window.resize(1360, 900)
    window.show()
    faces = faces_dir()
    suffix = ("" if args.lang == "en" else f"-{args.lang}") + ("-dark" if args.dark else "")
    args.out.mkdir(parents=True, exist_ok=True)
    wanted = set(args.only.split(",")) if args.only else None
    page = window.verify_page

    def shot(name: str) -> None:
        if wanted is None or name in wanted:
            path = args.out / f"{name}{suffix}.png"
            window.grab().save(str(path), "PNG")
            print(path)

    async def settle() -> None:
        await asyncio.sleep(0.4)

    async def verify(photo: Path, refs: list[Path], *, kyc: bool = False) -> None:
        (page.kyc_radio if kyc else page.compare_radio).setChecked(True)
        for slot in page.slots.values():
            slot.clear()
        page.slots["image"].set_file(photo)
        for index, ref in enumerate(refs, start=1):
            page.slots[f"image_ref{index}"].set_file(ref)
        await until(lambda: not any(s.busy for s in page.slots.values()))
        page.last_sent = None
        finished = asyncio.get_running_loop().create_future()
        page.finished.connect(lambda: finished.done() or finished.set_result(None))
        page.submit()
        await asyncio.wait_for(finished, 120)
        page.finished.disconnect()
        await until(lambda: not page.result_view.side_by_side.searching)  # each reference's face, found on a worker
        await settle()

    async def script() -> None:
        connection.open_active()
        await settle()
        shot("starting")
        await until(lambda: connection.state is ServiceState.READY and connection.check_result is not None)
        await settle()
        shot("empty-form")
        from faceid_console.engine.registry import KycRegistry

        KycRegistry(connector.engine_dir).add("11010519491231002X", "奥巴马", (faces / "obama_3.jpg").read_bytes())
        engine_url = connector.engine_url
        assert engine_url is not None
        page.kyc_radio.setChecked(True)
        page.name_edit.setText("奥巴马")
        page.number_edit.setText("11010519491231002X")
        page.slots["image"].set_file(faces / "obama_1080p.jpg")
        await until(lambda: not any(s.busy for s in page.slots.values()))
        await settle()
        shot("filled-form")
        await verify(faces / "obama_1080p.jpg", [], kyc=True)
        shot("kyc-pass")
        page.uuid_edit.setText("applicant-0042")
        await verify(faces / "obama_1.jpg", [faces / "obama_2.jpg", faces / "obama_4.jpg"])
        shot("compare-pass")
        await verify(faces / "obama_1.jpg", [faces / "obama_2.jpg", faces / "obama_4.jpg", faces / "biden_1.jpg"])
        shot("compare-disagree")
        await side_by_side_shot()
        await verify(faces / "obama_1.jpg", [faces / "biden_2.jpg"])
        shot("compare-fail")
        await decision_shot()
        await verify(faces / "multi_two_people.jpg", [faces / "obama_2.jpg"])
        shot("error-multiple-faces")
        # The strictest face_quality_threshold the form takes: a small photo's face below it, boxed with its quality.
        page.quality_spin.setValue(100)
        await verify(faces / "obama_small.jpg", [faces / "obama_2.jpg"])
        shot("error-low-quality")
        page.quality_spin.setValue(30)
        blank = home / "wall.jpg"
        from PIL import Image

        Image.new("RGB", (640, 480), (180, 170, 160)).save(blank)
        await verify(blank, [faces / "obama_2.jpg"])
        shot("error-no-face")
        not_image = home / "notes.jpg"
        not_image.write_text("this is not a photo")
        page.slots["image"].set_file(not_image)
        await until(lambda: not page.slots["image"].busy)
        page.submit()
        await settle()
        shot("error-unreadable-file")
        page.number_edit.setText("110105194912310021")
        page.kyc_radio.setChecked(True)
        page.number_edit.textEdited.emit(page.number_edit.text())
        await settle()
        shot("error-id-number")
        # One press of Verify with several problems: the first explained, the others listed, each marked.
        page.name_edit.setText("")
        page.slots["image"].clear()
        page.submit()
        await settle()
        shot("error-several-inputs")
        # A custom profile with a wrong secret (at the engine, running now), then one where nothing listens.
        wrong = next(index for index, profile in enumerate(settings.profiles) if profile.name == "lab-wrong-secret")
        settings.profiles[wrong] = Profile("lab-wrong-secret", ProfileKind.CUSTOM, engine_url)
        window._fill_profiles()
        page.compare_radio.setChecked(True)
        connection.switch_to("lab-wrong-secret")
        await until(lambda: connection.state is ServiceState.READY and connection.check_result is not None)
        await verify(faces / "obama_1.jpg", [faces / "obama_2.jpg"])
        shot("error-wrong-secret")
        connection.switch_to("lab-unreachable")
        await until(lambda: connection.state is ServiceState.READY and connection.check_result is not None)
        await verify(faces / "obama_1.jpg", [faces / "obama_2.jpg"])
        shot("error-unreachable")
        connection.switch_to("cloud-sgp")
        await until(lambda: connection.state is not ServiceState.STARTING)
        await settle()
        shot("profile-without-credentials")
        connection.switch_to("local-engine")
        await until(lambda: connection.state is ServiceState.READY)
        window.open_settings()
        await settle()
        from PySide6.QtWidgets import QDialog

        for widget in app.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                await settle()
                if wanted is None or "settings" in wanted:
                    path = args.out / f"settings{suffix}.png"
                    widget.grab().save(str(path), "PNG")
                    print(path)
                widget.reject()
        await liveness_shots()

    def finish_as_browser(do_url: str, photo: bytes, choices: dict[str, str]) -> None:
        """What the applicant's browser does on the sandbox do page: open it, pick the outcome, send a frame."""
        import requests

        requests.get(do_url, timeout=10).raise_for_status()
        token = do_url.split("token=", 1)[1]
        from urllib.parse import unquote

        base = do_url.split("/faceid/", 1)[0]
        requests.post(base + "/faceid/liveness/v2/do", data={"token": unquote(token), **choices},
                      files={"image_best": ("best.jpg", photo, "image/jpeg")}, timeout=60).raise_for_status()

    async def wait_for(signal, action: Callable[[], object]) -> list[object]:  # type: ignore[no-untyped-def]
        got = asyncio.get_running_loop().create_future()

        def done(*args: object) -> None:
            if not got.done():
                got.set_result(list(args))

        signal.connect(done)
        action()
        try:
            return await asyncio.wait_for(got, 120)
        finally:
            signal.disconnect(done)

    def show(page: QWidget) -> None:
        window.go_to(page)

    async def liveness_shots() -> None:
        """Issue 8: a sandbox session and its callback, the result, the once-only error, the inspector, app token."""
        await until(lambda: connection.state is ServiceState.READY and connection.client is not None)
        session, results = window.session_page, window.liveness_page
        inspector, token_page = window.inspector_page, window.token_page
        show(session)
        await until(lambda: session.receiver.running)
        session.open_url = lambda url: True  # the script plays the browser itself
        session.compare_radio.setChecked(True)
        session.uuid_edit.setText("applicant-0042")
        session.biz_no_edit.setText("order-2026-0042")
        session.extra_edit.setText("branch=Shanghai")
        session.slots["image_ref1"].set_file(faces / "obama_2.jpg")
        await until(lambda: session.slots["image_ref1"].photo is not None)
        await wait_for(session.finished, session.start_session)
        choices = {"synthetic_face_confidence": "0.08", "mask_confidence": "0.71", "screen_replay_confidence": "0.12"}
        photo = (faces / "obama_1.jpg").read_bytes()
        await wait_for(session.callback_received, lambda: asyncio.ensure_future(asyncio.get_running_loop(
            ).run_in_executor(None, finish_as_browser, session.do_url, photo, choices)))
        await settle()
        shot("liveness-session")
        session.look_up_selected()
        results.image_type_box.setCurrentIndex(1)
        await wait_for(results.finished, results.fetch)
        await settle()
        shot("liveness-result")
        await wait_for(results.finished, results.fetch)
        await settle()
        shot("liveness-result-error")
        checked = session.received[0]
        show(session)
        session.callback_list.setCurrentRow(0)
        await wait_for(inspector.finished, session.inspect_selected)  # checked in a worker
        await settle()
        shot("callback-valid")
        from urllib.parse import parse_qs, quote

        fields = parse_qs(checked.body.decode(), keep_blank_values=True)
        data, sign = fields["data"][0], fields["sign"][0]
        tampered = data.replace('"mask_confidence":0.71', '"mask_confidence":0.01')  # a better score, same sign
        inspector.paste_edit.setPlainText(f"data={quote(tampered)}&sign={sign}")
        await wait_for(inspector.finished, inspector.inspect)
        await settle()
        shot("callback-tampered")
        inspector.paste_edit.setPlainText(checked.body.decode()[:300])
        await wait_for(inspector.finished, inspector.inspect)
        await settle()
        shot("callback-error")
        show(token_page)
        token_page.compare_radio.setChecked(True)
        token_page.uuid_edit.setText("applicant-0042")
        token_page.biz_no_edit.setText("order-2026-0043")
        token_page.slots["image_ref1"].set_file(faces / "obama_2.jpg")
        await until(lambda: token_page.slots["image_ref1"].photo is not None)
        await wait_for(token_page.finished, token_page.send)
        await settle()
        shot("app-token")
        wall = home / "wall-ref.jpg"
        from PIL import Image

        Image.new("RGB", (640, 480), (180, 170, 160)).save(wall)
        token_page.slots["image_ref1"].set_file(wall)
        await until(lambda: token_page.slots["image_ref1"].photo is not None)
        await wait_for(token_page.finished, token_page.send)
        await settle()
        shot("app-token-error")
        await history_shot()
        await token_faces_shots()
        await failed_liveness_shot()

    async def failed_liveness_shot() -> None:
        """A session whose liveness check timed out, looked up: its reason, no comparison, and its own request_id in
        its Details. Last: its callback and entry would change the shots above."""
        session, results = window.session_page, window.liveness_page
        show(session)
        await wait_for(session.finished, session.start_session)  # the form as the first session left it
        photo = (faces / "obama_1.jpg").read_bytes()
        await wait_for(session.callback_received, lambda: asyncio.ensure_future(asyncio.get_running_loop(
            ).run_in_executor(None, finish_as_browser, session.do_url, photo, {"liveness_outcome": "timeout"})))
        session.look_up_selected()  # the callback just received, listed first and chosen
        await wait_for(results.finished, results.fetch)
        await settle()
        shot("liveness-result-failed")

    async def token_faces_shots() -> None:
        """App token's raw_image biz_token with return_faces: the faces of a token (the largest of three kept), then
        those of a MULTIPLE_FACES refusal. After History's shot, which their entries would change."""
        token_page = window.token_page
        show(token_page)
        token_page.liveness_box.setCurrentIndex(token_page.liveness_box.findData("raw_image"))
        token_page.compare_radio.setChecked(True)
        token_page.uuid_edit.setText("applicant-0044")
        token_page.biz_no_edit.setText("order-2026-0044")
        token_page.flags["return_faces"].setChecked(True)
        token_page.flags["fail_when_multiple_faces"].setChecked(False)
        token_page.slots["image_ref1"].set_file(faces / "obama_2.jpg")
        token_page.slots["image"].set_file(faces / "multi_obama_biden.jpg")
        await until(lambda: not any(slot.busy for slot in token_page.slots.values()))
        await wait_for(token_page.finished, token_page.send)
        await settle()
        shot("app-token-faces")
        token_page.flags["fail_when_multiple_faces"].setChecked(True)
        await wait_for(token_page.finished, token_page.send)
        await settle()
        shot("app-token-faces-error")

    def scrolled_to(area: QScrollArea, part: QWidget) -> None:
        """``area`` scrolled so that ``part`` (a part of the answer) is at its top."""
        area.verticalScrollBar().setValue(part.mapTo(area.widget(), part.rect().topLeft()).y())

    async def side_by_side_shot() -> None:
        """The answer on show scrolled to its faces side by side, then back to its verdict."""
        view = page.result_view
        area = next(a for a in page.findChildren(QScrollArea) if a.widget() is view)
        scrolled_to(area, view.side_by_side_box)
        await settle()
        shot("compare-side-by-side")
        area.verticalScrollBar().setValue(0)
        await settle()

    async def decision_shot() -> None:
        """The answer on show opened in History at its decision (Ctrl+Shift+D), a rejection recorded."""
        page.request_decision()
        host = window.history_page
        await until(lambda: host.page is not None and host.page.current is not None)
        history_page = host.page
        assert history_page is not None
        history_page.decision_choice.setCurrentIndex(history_page.decision_choice.findData("reject"))
        history_page.reason_choice.setCurrentIndex(history_page.reason_choice.findData("Different person"))
        note = "参考照片是另一个人" if args.lang == "zh_CN" else "Reference photo shows another person"
        history_page.note_edit.setText(note)
        history_page.decide_button.click()
        await until(lambda: not history_page.result_view.overlay.pending)
        await settle()
        shot("decision")
        show(page)
        await settle()
        shot("compare-fail-decided")

    async def history_shot() -> None:
        """The History page with this run's calls, the KYC pass chosen (its stored result, as first shown)."""
        host = window.history_page
        show(host)
        await until(lambda: host.page is not None and host.page.model.rowCount() > 0)
        history_page = host.page
        assert history_page is not None
        rows = [history_page.model.entry(row) for row in range(history_page.model.rowCount())]
        kyc = [entry for entry in rows if entry is not None and entry.kind == "verify"
               and entry.idcard_number is not None and entry.status == "complete"]
        if kyc:
            history_page.select_entry(kyc[-1].id)
        await until(lambda: not history_page.result_view.overlay.pending)  # its photo, decoded on a worker
        await settle()
        shot("history")
        # The answer whose photos disagree, at its faces side by side (the photos kept, decoded on a worker).
        disagree = [entry for entry in rows if entry is not None and entry.verdict == "photos_disagree"]
        if disagree:
            history_page.select_entry(disagree[-1].id)
            view = history_page.result_view
            await until(lambda: history_page.current is not None and history_page.current.id == disagree[-1].id
                        and not view.overlay.pending and view.side_by_side_box.isVisible()
                        and not any(tile.picture.pending for tile in view.side_by_side.shown())
                        and not view.side_by_side.searching)
            await settle()
            scrolled_to(history_page.detail_scroll, view.side_by_side_box)
            await settle()
            shot("history-side-by-side")
        # A refusal whose entry kept the console's record, not the answer (a wrong api_secret): Details name it so.
        recorded = [entry for entry in rows if entry is not None and entry.error_code == "AUTHENTICATION_ERROR"]
        if recorded:
            history_page.select_entry(recorded[-1].id)
            view = history_page.result_view
            await until(lambda: history_page.current is not None and history_page.current.id == recorded[-1].id
                        and view.details_box.isVisible())
            view.json_toggle.setChecked(True)
            await settle()
            scrolled_to(history_page.detail_scroll, view.details_box)
            await settle()
            shot("history-error-record")
            view.json_toggle.setChecked(False)

    try:
        loop.run_until_complete(script())
    finally:
        window.close()
        connection.close()
        connector.close()
        history.close()
        loop.close()
        del translators
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter teardown: PySide 6.12.0 (now excluded) could abort while collecting garbage
    # at exit ("bool_dealloc"), after all the work is done and written.
    os._exit(code)
