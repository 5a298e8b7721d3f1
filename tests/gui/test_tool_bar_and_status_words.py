"""What the tool bar and the status line say: in the window's language, without internal names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QToolBar, QToolButton


def test_zh_cn_tool_bar_buttons_show_no_alt_letter(qtbot, chinese, make_window) -> None:  # type: ignore[no-untyped-def]
    """The bar showed "测试连接(T)" and "设置(S)": Qt strips only the "&", and those letters do nothing on the bar."""
    window = make_window(language="zh_CN")
    bar = window.findChild(QToolBar, "connectionToolbar")
    for action, label in ((window.test_action, "Test connection"), (window.settings_action, "Settings…")):
        button = bar.widgetForAction(action)
        assert isinstance(button, QToolButton)
        assert button.text() == QCoreApplication.translate("MainWindow", label)
        assert "(" not in button.text() and "&" not in button.text()
    # The menu items keep their Alt letters.
    assert window.test_action.text() == "测试连接(&T)"
    assert window.settings_action.text() == "设置(&S)…"
    window.connection.close()
