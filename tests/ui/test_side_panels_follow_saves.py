"""Saves and moves to the trash change the tag counts and the calendar's marks in place, without reading every tag
or the whole month again (what made each autosave freeze the window on a big vault)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFont

from ._workspace_support import IGNORED_QT_MESSAGES, make_workspace, type_text

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


def tag_labels(panel) -> list[str]:
    return [panel.model.index(r, 0).data() for r in range(1, panel.model.rowCount())]


def test_saves_update_tag_counts_and_calendar_in_place(qtbot, vault, journal, monkeypatch):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    today = date.today()
    journal.add(entry_date=today, title="other", tags=["work", "home"])
    entry = journal.add(entry_date=today, title="mine", tags=["work"])
    workspace = make_workspace(qtbot, vault)
    panel, calendar = workspace.tag_panel, workspace.calendar_view
    qtbot.waitUntil(lambda: not panel.is_loading, timeout=3000)  # the whole list is read on a worker thread
    assert tag_labels(panel) == ["home (1)", "work (2)"]
    assert workspace.editor._tag_names.stringList() == ["home", "work"]
    full_reads: list[str] = []
    real_refresh, real_on_this_day = panel.refresh, workspace._journal.on_this_day
    monkeypatch.setattr(panel, "refresh", lambda: full_reads.append("tags") or real_refresh())
    monkeypatch.setattr(
        workspace._journal, "on_this_day", lambda d: full_reads.append("on this day") or real_on_this_day(d)
    )
    assert workspace.open_entry(entry.id)

    workspace.editor.tags_edit.setFocus()
    workspace.editor.tags_edit.selectAll()
    type_text(qtbot, workspace.editor.tags_edit, "Home, trip")  # work -> home, trip
    qtbot.waitUntil(lambda: journal.get(entry.id).tags == ("Home", "trip"), timeout=3000)
    assert tag_labels(panel) == ["Home (2)", "trip (1)", "work (1)"]
    assert panel.tags == journal.tags()  # the same as a full read
    assert workspace.editor._tag_names.stringList() == ["Home", "trip", "work"]

    moved = today.replace(day=1) if today.day != 1 else today.replace(day=2)
    workspace.editor.date_edit.setDate(QDate(moved.year, moved.month, moved.day))
    qtbot.waitUntil(lambda: journal.get(entry.id).entry_date == moved, timeout=3000)
    assert moved in calendar.bold_days and today in calendar.bold_days  # "other" is still on today
    bold = calendar.calendar.dateTextFormat(QDate(moved.year, moved.month, moved.day))
    assert bold.fontWeight() == QFont.Weight.Bold
    assert full_reads == []  # no save read every tag or "on this day" again

    workspace.list_view.select_entry(entry.id)
    workspace.delete_current()
    assert [(n.casefold(), c) for n, c in panel.tags] == [(n.casefold(), c) for n, c in journal.tags()]
    assert [c for _, c in panel.tags] == [1, 1]
    assert moved not in calendar.bold_days
    assert not calendar.calendar.dateTextFormat(QDate(moved.year, moved.month, moved.day)).fontUnderline()
    assert full_reads == []
