"""The unlocked window from the keyboard alone: Tab reaches the main controls, and every control that takes the focus
has a name a screen reader can say (its accessible name, its own text, or a visible label that is its buddy)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QTabWidget, QWidget

from journal_app.core.vault import Vault
from journal_app.ui.main_window import default_workspace_factory
from journal_app.ui.settings_store import SettingsStore

from ..conftest import FAST_KDF, PASSPHRASE
from ._shell_support import IGNORED_QT_MESSAGES, make_window

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


def spoken_name(widget: QWidget) -> str:
    """What a screen reader would announce for `widget`, as far as the app decides it."""
    owner = widget
    while owner.focusProxy() is not None and owner.focusProxy() is not owner:
        owner = owner.focusProxy()
    for candidate in (widget, widget.parentWidget()):  # a spin box's line edit speaks for the spin box
        if candidate is None:
            continue
        if candidate.accessibleName().strip():
            return candidate.accessibleName()
        if isinstance(candidate, QAbstractButton) and candidate.text().replace("&", "").strip():
            return candidate.text()
        if isinstance(candidate, QTabBar):
            tabs = candidate.parentWidget()
            if isinstance(tabs, QTabWidget) and tabs.accessibleName().strip():
                return tabs.accessibleName()
        for label in QApplication.allWidgets():
            if isinstance(label, QLabel) and label.buddy() is candidate and label.isVisible() and label.text():
                return label.text()
    return ""


@pytest.fixture
def window(qtbot, vault_dir: Path):
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.journal().add(title="Первая", body="Текст", tags=["дом"])
    SettingsStore().set_vault_dir(vault_dir)
    window = make_window(qtbot, workspace_factory=default_workspace_factory)
    window.activateWindow()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        window.unlock_page.unlock()
    return window


def tab_through(qtbot, window, start: QWidget, limit: int = 200) -> list[QWidget]:
    """Press Tab (focusNextChild) until the focus comes back to `start`; the widgets it visited, in order."""
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    visited: list[QWidget] = []
    for _ in range(limit):
        window.focusNextChild()
        QApplication.processEvents()
        current = QApplication.focusWidget()
        assert current is not None, "the focus left the window"
        if current is start:
            return visited
        visited.append(current)
    raise AssertionError(f"Tab never came back to the start after {limit} steps")


def test_tab_reaches_the_main_controls_and_each_has_a_name(qtbot, window) -> None:
    home = window.workspace
    journal = home.journal
    visited = tab_through(qtbot, window, journal.search_panel.box)
    for control in (journal.list_view, journal.editor.title_edit, journal.editor.body, home.tabs.tabBar()):
        assert control in visited, f"Tab does not reach {type(control).__name__} {control.accessibleName()!r}"
    nameless = [f"{type(w).__name__} in {type(w.parentWidget()).__name__}" for w in visited if not spoken_name(w)]
    assert nameless == []


def test_the_plans_tab_is_reachable_and_named_from_the_keyboard(qtbot, window) -> None:
    home = window.workspace
    home.tabs.setCurrentWidget(home.planner)
    for index in range(home.planner.tabs.count()):
        home.planner.tabs.setCurrentIndex(index)
        visited = tab_through(qtbot, window, home.tabs.tabBar())
        assert home.planner.tabs.tabBar() in visited
        nameless = [f"{type(w).__name__} in {type(w.parentWidget()).__name__}" for w in visited if not spoken_name(w)]
        assert nameless == [], home.planner.tabs.tabText(index)


def test_settings_from_the_keyboard(qtbot, window) -> None:
    dialog = window.show_settings()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    start = dialog.language_box
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    visited = []
    for _ in range(100):
        dialog.focusNextChild()
        QApplication.processEvents()
        current = QApplication.focusWidget()
        if current is start or current is None:
            break
        visited.append(current)
    assert dialog.decoy.passphrase in visited and dialog.decoy.repeat in visited
    nameless = [f"{type(w).__name__} in {type(w.parentWidget()).__name__}" for w in visited if not spoken_name(w)]
    assert nameless == []
