"""Layout at common screen sizes: at 1024x768 the entry list has no horizontal scroll bar and its buttons stay on one
row; at 1920x1080 the editor keeps about 80 characters a line, centred; long paths are elided in the middle."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF

from journal_app.ui.home_workspace import HomeWorkspace
from journal_app.ui.i18n import LanguageManager
from journal_app.ui.unlock.create_vault import CreateVaultPage

from ..conftest import FAST_KDF
from ._shell_support import forget_translations


@pytest.fixture
def languages():
    manager = LanguageManager()
    yield manager
    forget_translations(manager)


def workspace_at(qtbot, vault, width: int, height: int) -> HomeWorkspace:
    journal = vault.journal()
    for i in range(40):
        journal.add(title=f"A rather long title of entry number {i} about documents and moving", body="words " * 60,
                    tags=["moving", "documents"])  # fmt: skip
    workspace = HomeWorkspace(vault, None, reminders=False)
    qtbot.addWidget(workspace)
    workspace.resize(width, height - 60)  # the window's frame and menu bar take the rest
    workspace.show()
    qtbot.waitExposed(workspace)
    return workspace


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_1024x768_no_horizontal_scroll_bar_and_one_row_of_buttons(qtbot, vault, languages, language):
    languages.set_language(language)
    workspace = workspace_at(qtbot, vault, 1024, 768)
    journal = workspace.journal
    assert not journal.list_view.horizontalScrollBar().isVisible()
    buttons = (journal.new_button, journal.history_button, journal.trash_button)
    qtbot.waitUntil(lambda: len({b.geometry().y() for b in buttons}) == 1, timeout=2000)  # layouts settle
    assert journal.editor.width() >= 400  # and the editor is still usable


def test_1920x1080_the_editor_keeps_a_readable_line_centred(qtbot, vault):
    workspace = workspace_at(qtbot, vault, 1920, 1080)
    editor = workspace.journal.editor
    pane = editor.parentWidget()

    def characters() -> float:
        return editor.body.viewport().width() / QFontMetricsF(editor.body.font()).averageCharWidth()

    qtbot.waitUntil(lambda: 70 <= characters() <= 90, timeout=2000)  # layouts settle
    left = editor.geometry().left()
    right = pane.width() - editor.geometry().right()
    assert abs(left - right) <= 2 and left > 100


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_1366x768_every_formatting_button_shows_in_every_language(qtbot, vault, languages, language):
    # the readable-width cap once cut the Russian toolbar after "Link": Attach and Preview were hidden
    languages.set_language(language)
    workspace = workspace_at(qtbot, vault, 1366, 768)
    toolbar = workspace.journal.editor.toolbar

    def all_shown() -> bool:
        buttons = [toolbar.widgetForAction(a) for a in toolbar.actions() if not a.isSeparator()]
        return all(b is not None and b.isVisible() for b in buttons)

    qtbot.waitUntil(all_shown, timeout=2000)  # layouts settle


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_1366x768_the_stay_zone_list_shows_whole_names(qtbot, vault, languages, language):
    # the list was 200 px: "Казахстан (граждане не из ЕАЭС)" was cut behind a horizontal scroll bar
    languages.set_language(language)
    workspace = workspace_at(qtbot, vault, 1366, 768)
    workspace.tabs.setCurrentWidget(workspace.planner)
    stays = workspace.planner.stays
    workspace.planner.tabs.setCurrentWidget(stays)
    qtbot.waitUntil(lambda: stays.zone_list.isVisible() and stays.zone_list.count() > 0, timeout=2000)
    qtbot.waitUntil(lambda: not stays.zone_list.horizontalScrollBar().isVisible(), timeout=2000)


def test_long_paths_are_elided_in_the_middle_with_the_full_path_as_tooltip(qtbot, tmp_path):
    folder = tmp_path.joinpath(*(["a-long-folder-name"] * 8), "vault")
    page = CreateVaultPage(folder, kdf=FAST_KDF)
    qtbot.addWidget(page)
    page.resize(480, 640)
    page.show()
    qtbot.waitExposed(page)
    label = page.default_path_label
    assert label.toolTip() == str(folder)
    shown = label.shown_text()
    assert "…" in shown and shown.endswith("vault") and shown.startswith(str(folder)[:4])
    assert label.width() <= page.width()
