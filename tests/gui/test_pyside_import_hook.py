"""PySide's per-module source scan, answered by reading the file (``ui/pyside_import_hook``)."""

from __future__ import annotations

import subprocess
import sys
from types import ModuleType

import pytest

from faceid_console.ui import pyside_import_hook


def _upstream() -> object:
    scan = getattr(sys.modules[pyside_import_hook.FEATURE_MODULE], pyside_import_hook.SCAN)
    return getattr(scan, "__wrapped__", scan)


@pytest.mark.parametrize("name", ["faceid_console.ui.main_window", "faceid_console.verdict", "json", "PySide6",
                                  "faceid_console.ui", "math", "sys"])
def test_the_answer_is_pyside_s_own(name: str) -> None:
    __import__(name)
    module = sys.modules[name]
    upstream = _upstream()
    assert callable(upstream)
    assert pyside_import_hook.mentions_pyside(module, upstream) is upstream(module)


def test_a_module_whose_file_mentions_pyside_uses_it_and_one_without_a_file_asks_pyside(tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "reviewer_plugin.py"
    source.write_text("from PySide6.QtWidgets import QLabel\n", encoding="utf-8")
    module = ModuleType("reviewer_plugin")
    module.__file__ = str(source)
    asked: list[str] = []
    assert pyside_import_hook.mentions_pyside(module, lambda m: asked.append(m.__name__) or False) is True
    source.write_text("import json\n", encoding="utf-8")
    assert pyside_import_hook.mentions_pyside(module, lambda m: asked.append(m.__name__) or True) is False
    source.unlink()  # gone from disk: PySide's own scan decides
    assert pyside_import_hook.mentions_pyside(module, lambda m: asked.append(m.__name__) or True) is True
    assert asked == ["reviewer_plugin"]


def test_the_window_s_modules_load_with_the_file_reading_scan_and_pyside_s_scan_only_for_built_in_ones() -> None:
    code = (
        "import sys, faceid_console.ui as ui\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "scan = feature._mod_uses_pyside\n"
        "upstream = scan.__wrapped__\n"
        "asked = []\n"
        "def counting(module):\n"
        "    asked.append(module)\n"
        "    return upstream(module)\n"
        "scan.__wrapped__ = counting\n"
        "import faceid_console.ui.application\n"
        "print(feature.pyside_feature_dict['faceid_console.ui.main_window'],"
        " feature.pyside_feature_dict['faceid_console.verdict'])\n"
        "print(sorted(m.__name__ for m in asked if isinstance(getattr(m, '__file__', None), str)"
        " and m.__file__.endswith('.py')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    # 0: uses PySide, no feature selected; -1: PySide ignores the module when switching features.
    assert done.stdout.splitlines() == ["0 -1", "[]"]


def test_nothing_is_changed_where_pyside_has_no_scan(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delitem(sys.modules, pyside_import_hook.FEATURE_MODULE)
    assert pyside_import_hook.lighten_feature_scan() is False


def test_replacing_twice_keeps_one_layer() -> None:
    feature = sys.modules[pyside_import_hook.FEATURE_MODULE]
    before = getattr(feature, pyside_import_hook.SCAN)
    assert pyside_import_hook.lighten_feature_scan() is True
    assert getattr(feature, pyside_import_hook.SCAN) is before
