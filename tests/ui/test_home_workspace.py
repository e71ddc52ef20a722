"""The unlocked window's content: journal and plans as tabs, the calm summary of what is due, reminders."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from journal_app.ui.home_workspace import HomeWorkspace

from ..conftest import MARKER
from ._shell_support import widgets_containing

TODAY = date(2025, 3, 17)


def make(qtbot, vault, **options) -> HomeWorkspace:
    workspace = HomeWorkspace(vault, None, today=lambda: TODAY, **options)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 700)
    workspace.show()
    qtbot.waitExposed(workspace)
    return workspace


def test_summary_of_what_is_due_leads_to_the_horizon(qtbot, vault) -> None:
    planner = vault.planner()
    planner.add_document(kind="international_passport", title=MARKER, expires=date(2025, 8, 1))  # renew overdue
    planner.add_deadline(title="Подать на ВНЖ", due=date(2025, 3, 20))
    workspace = make(qtbot, vault)
    assert workspace.summary.isVisible()
    text = workspace.summary.label.text()
    assert text and MARKER not in text  # counts only, never titles
    assert workspace.tabs.currentWidget() is workspace.journal
    workspace.summary.action_button.click()
    assert workspace.tabs.currentWidget() is workspace.planner
    assert workspace.planner.tabs.currentWidget() is workspace.planner.horizon
    assert not workspace.summary.isVisible()


def test_no_summary_when_nothing_is_due(qtbot, vault) -> None:
    workspace = make(qtbot, vault)
    assert not workspace.summary.isVisible()


def test_reminders_are_generic_and_stop_on_clear(qtbot, vault) -> None:
    vault.planner().add_deadline(title=MARKER, due=TODAY)
    seen: list[tuple[str, str]] = []
    workspace = make(qtbot, vault, reminders=False)
    workspace.notifier.notified.connect(lambda title, text: seen.append((title, text)))
    workspace.notifier.start()
    assert seen and all(MARKER not in title + text for title, text in seen)
    workspace.clear()
    assert not workspace.notifier.timer.isActive()


def test_clear_leaves_no_content_and_search_goes_to_the_journal(qtbot, vault) -> None:
    vault.journal().add(title=MARKER, body=MARKER)
    vault.planner().add_document(kind="visa", title=MARKER, number=MARKER, expires=date(2030, 1, 1))
    workspace = make(qtbot, vault)
    workspace.tabs.setCurrentWidget(workspace.planner)
    workspace.focus_search()
    assert workspace.tabs.currentWidget() is workspace.journal
    assert workspace.save_now()
    workspace.clear()
    QApplication.processEvents()
    # widgets of earlier tests may still be alive: look at this workspace's own (and its top-level dialogs)
    mine = [w for w in widgets_containing(MARKER) if w is workspace or workspace.isAncestorOf(w)]
    assert mine == []
