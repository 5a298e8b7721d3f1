"""The command's front door: the window's own flags go straight to the window, anything else to the parser."""

from pathlib import Path

import pytest

from faceid_console.entry import WindowRequest, window_request


@pytest.mark.parametrize(("argv", "expected"), [
    ([], WindowRequest()),
    (["--smoke"], WindowRequest(smoke=True)),
    (["gui"], WindowRequest()),
    (["gui", "--lang", "zh_CN"], WindowRequest(language="zh_CN")),
    (["--smoke", "gui", "--lang=en", "--screenshot", "shot.png"], WindowRequest(True, "en", Path("shot.png"))),
])
def test_window_flags_open_the_window_without_the_command_line(argv: list[str], expected: WindowRequest) -> None:
    assert window_request(argv) == expected


@pytest.mark.parametrize("argv", [
    ["--help"], ["--version"], ["verify", "--image", "a.jpg"], ["gui", "--lang", "fr"], ["gui", "--lang"],
    ["gui", "--lang="], ["gui", "--lang", "en", "--lang", "en"], ["gui", "--smoke"], ["--smoke", "--smoke"],
    ["gui", "extra"],
])
def test_anything_else_goes_to_the_command_line_parser(argv: list[str]) -> None:
    assert window_request(argv) is None


def test_the_parser_still_explains_a_bad_window_flag(capsys: pytest.CaptureFixture[str]) -> None:
    from faceid_console.entry import main

    with pytest.raises(SystemExit) as exited:
        main(["gui", "--lang", "fr"])
    assert exited.value.code == 2 and "invalid choice: 'fr'" in capsys.readouterr().err
