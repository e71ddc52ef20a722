"""Everything that shows a state says what is true now: after a backup, after deadlines change, after a language
switch. Each check compares every visible label, button and item view text of the window with those of a window built
fresh in the same state (same vault, same language, same tab, same search)."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QLabel,
    QTabBar,
    QToolBar,
    QWidget,
)

from journal_app.core.vault import Vault
from journal_app.ui.i18n import LanguageManager
from journal_app.ui.main_window import default_workspace_factory
from journal_app.ui.settings_store import SettingsStore

from ..conftest import FAST_KDF, PASSPHRASE
from ._shell_support import IGNORED_QT_MESSAGES, make_window, model_texts

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


@pytest.fixture
def languages():
    manager = LanguageManager()
    manager.set_language("en")
    yield manager
    manager.set_language("en")
    for translator in manager._translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def vault_folder(vault_dir):
    today = date.today()
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        journal = vault.journal()
        for offset in range(3):
            journal.add(entry_date=today - timedelta(days=offset * 9), title=f"apple {offset}", body="apple pie")
        vault.planner().add_deadline(title="Visa run", due=today + timedelta(days=3))
        vault.planner().add_trip(zone="turkey", entry=today - timedelta(days=20))
    SettingsStore().set_vault_dir(vault_dir)
    return vault_dir


def unlocked(qtbot, languages):
    window = make_window(qtbot, workspace_factory=default_workspace_factory, languages=languages)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        window.unlock_page.unlock()
    return window


def visible_texts(window) -> Counter[str]:
    texts: Counter[str] = Counter()
    for widget in QApplication.allWidgets():
        if widget.window() is not window or not widget.isVisible():
            continue
        if isinstance(widget, QToolBar):  # which buttons fit depends on the width: compare every action's text
            texts.update(f"tool: {a.text()} {a.toolTip()}" for a in widget.actions() if a.text())
            continue
        if isinstance(widget.parentWidget(), QToolBar):
            continue
        if isinstance(widget, QLabel) and widget.text():
            texts[f"label: {widget.text()}"] += 1
        elif isinstance(widget, QAbstractButton) and widget.text():
            texts[f"button: {widget.text()}"] += 1
        elif isinstance(widget, QTabBar):
            texts.update(f"tab: {widget.tabText(i)}" for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.update(f"item: {text}" for text in model_texts(widget.model()))
        elif isinstance(widget, QCalendarWidget):
            marked = sorted(
                d.toString("yyyy-MM-dd") for d, f in widget.dateTextFormat().items() if f.fontWeight() > 400
            )
            texts[f"calendar: {widget.selectedDate().toString('yyyy-MM-dd')} {widget.monthShown()} {marked}"] += 1
        if isinstance(widget, QWidget) and widget.toolTip() and widget.isVisible():
            texts[f"tip: {widget.toolTip()}"] += 1
    return texts


def search(qtbot, window, query: str) -> None:
    panel = window.workspace.journal.search_panel
    with qtbot.waitSignal(panel.active_changed, timeout=5000):
        panel.box.setText(query)
    qtbot.waitUntil(lambda: panel.results.rowCount() > 0, timeout=5000)


def settle(window) -> None:
    """Let pending layouts run: which tool buttons fit a tool bar depends on the width of their texts."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def same_as_fresh(qtbot, window, languages, prepare) -> None:
    """Lock `window`, build a new one in the same language and state, and compare what both show."""
    prepare(window)
    settle(window)
    before = visible_texts(window)
    window.lock()
    window.close()
    fresh = unlocked(qtbot, languages)
    prepare(fresh)
    settle(fresh)
    after = visible_texts(fresh)
    only_before, only_fresh = sorted((before - after).elements()), sorted((after - before).elements())
    assert (only_before, only_fresh) == ([], []), f"only before: {only_before}; only in a fresh window: {only_fresh}"


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_a_language_switch_leaves_nothing_in_the_old_language(qtbot, vault_folder, languages, language):
    window = unlocked(qtbot, languages)
    search(qtbot, window, "apple")
    languages.set_language(language)

    def prepare(w) -> None:
        if w is not window:
            search(qtbot, w, "apple")

    same_as_fresh(qtbot, window, languages, prepare)


def test_the_banner_after_a_backup(qtbot, vault_folder, languages, tmp_path):
    window = unlocked(qtbot, languages)
    banner = window.workspace.summary
    assert "There is no backup of this journal yet" in banner.label.text()  # the check below can fail
    dialog = window.backup_actions.open_backup()
    dialog.folder.edit.setText(str(tmp_path))
    dialog.journal_passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.task_finished, timeout=20_000):
        dialog.start()
    dialog.accept()
    assert "There is no backup" not in banner.label.text()
    same_as_fresh(qtbot, window, languages, lambda _w: None)


def test_the_due_counts_after_deadlines_change(qtbot, vault_folder, languages):
    window = unlocked(qtbot, languages)
    banner = window.workspace.summary
    assert "1 due within two weeks" in banner.label.text()
    deadlines = window.workspace.planner.deadlines
    window.workspace.planner.tabs.setCurrentWidget(deadlines)
    dialog = deadlines.add_deadline()
    dialog.title_edit.setText("Registration")
    dialog.due_edit.setDate(dialog.due_edit.date().addDays(-2))  # overdue
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        dialog.buttons.accepted.emit()
    assert "1 item overdue" in banner.label.text() or "overdue" in banner.label.text()

    def prepare(w) -> None:
        w.workspace.tabs.setCurrentWidget(w.workspace.planner)
        w.workspace.planner.tabs.setCurrentWidget(w.workspace.planner.deadlines)

    same_as_fresh(qtbot, window, languages, prepare)
