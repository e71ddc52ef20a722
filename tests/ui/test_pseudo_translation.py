"""Every string twice as long (a pseudo-translation): no text in the window or its dialogs is cut off,
and no widget is squeezed below its minimum, at the window's default size."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from journal_app.core.vault import Vault
from journal_app.ui.main_window import default_workspace_factory
from journal_app.ui.settings_store import SettingsStore

from ..conftest import FAST_KDF, PASSPHRASE
from ._layout_support import (
    install_pseudo_translation,
    layout_problems,
    remove_pseudo_translation,
    settle,
    stretch,
)
from ._shell_support import IGNORED_QT_MESSAGES, make_window

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)

DEFAULT_SIZE = (1100, 720)  # MainWindow's first size


@pytest.fixture
def pseudo():
    translator = install_pseudo_translation()
    yield translator
    remove_pseudo_translation(translator)


def check(widget: QWidget, where: str) -> None:
    settle()
    problems = layout_problems(widget)
    assert problems == [], f"{where}:\n" + "\n".join(problems)
    minimum = widget.minimumSizeHint()
    assert minimum.width() <= 1024 and minimum.height() <= 700, f"{where} does not fit a small screen: {minimum}"


def test_the_stretch_keeps_placeholders_and_accelerators() -> None:
    text = stretch("&Delete %n entries from %1")
    assert len(text) >= 2 * len("&Delete %n entries from %1") - 4
    assert text.startswith("&Delete %n entries from %1") and text.count("&") == 1 and text.count("%") == 2
    assert stretch("<p>Hello</p>").endswith("</p>")
    assert stretch("") == ""


def test_the_pseudo_translation_is_in_use(qtbot, pseudo) -> None:
    window = make_window(qtbot)
    assert window.first_run.continue_button.text().startswith("&Continue ")
    assert len(window.first_run.continue_button.text()) > 2 * len("&Continue") - 2


def test_first_run_create_and_unlock_pages(qtbot, pseudo, tmp_path: Path) -> None:
    window = make_window(qtbot)
    assert (window.width(), window.height()) == DEFAULT_SIZE
    check(window, "first run")
    window.stack.setCurrentWidget(window.create_page)
    check(window, "create")

    Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF).close()
    window.unlock_page.set_folder(tmp_path / "vault")
    window.stack.setCurrentWidget(window.unlock_page)
    window.unlock_page.caps_label.show()
    window.unlock_page.message.setText(window.unlock_page.tr("Opening the journal…"))
    window.unlock_page.create_button.show()
    check(window, "unlock")


@pytest.fixture
def unlocked(qtbot, pseudo, vault_dir: Path):
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        entry = vault.journal().add(title="Первая запись", body="Текст", tags=["дом"])
        vault.journal().update(entry.id, title="Первая запись", body="Текст, ещё")
        gone = vault.journal().add(title="Удалённая", body="")
        vault.journal().delete(gone.id)
        planner = vault.planner()
        planner.add_document(kind="international_passport", title="Паспорт", expires=date(2030, 1, 1))
        planner.add_deadline(title="Регистрация", due=date(2030, 2, 1))
    SettingsStore().set_vault_dir(vault_dir)
    window = make_window(qtbot, workspace_factory=default_workspace_factory)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        window.unlock_page.unlock()
    return window


def test_the_unlocked_window_with_every_tab(qtbot, unlocked) -> None:
    window = unlocked
    home = window.workspace
    assert (window.width(), window.height()) == DEFAULT_SIZE
    home.tabs.setCurrentWidget(home.journal)
    for index in range(home.journal.sidebar.count()):
        home.journal.sidebar.setCurrentIndex(index)
        check(window, f"journal, sidebar tab {index}")
    home.tabs.setCurrentWidget(home.planner)
    for index in range(home.planner.tabs.count()):
        home.planner.tabs.setCurrentIndex(index)
        check(window, f"plans, tab {index}")


def test_the_window_can_still_be_made_small(qtbot, unlocked) -> None:
    """Even with every text twice as long, the window fits a 1024 x 768 screen (task bar included)."""
    window = unlocked
    home = window.workspace
    for tabs in (home.tabs, home.planner.tabs, home.journal.sidebar):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            minimum = window.minimumSizeHint()
            assert minimum.width() <= 1024 and minimum.height() <= 700, (tabs.tabText(index), minimum)


def test_settings_dialog(qtbot, unlocked) -> None:
    dialog = unlocked.show_settings()
    qtbot.waitExposed(dialog)
    check(dialog, "settings")


def test_history_and_trash(qtbot, unlocked) -> None:
    journal = unlocked.workspace.journal
    assert journal.open_entry(unlocked.vault.journal().list_entries()[0].id)
    history = journal.show_history()
    assert history is not None
    qtbot.waitExposed(history)
    check(history, "history")
    history.reject()
    trash = journal.show_trash()
    qtbot.waitExposed(trash)
    check(trash, "trash")


def test_planner_dialogs(qtbot, unlocked) -> None:
    planner = unlocked.workspace.planner
    unlocked.workspace.tabs.setCurrentWidget(planner)
    for open_dialog in (planner.documents.add_document, planner.deadlines.add_deadline, planner.stays.add_trip):
        dialog = open_dialog()
        assert dialog is not None
        qtbot.waitExposed(dialog)
        check(dialog, type(dialog).__name__)
        dialog.reject()


def test_the_check_finds_cut_off_text(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    label, wrapped, button = (
        QLabel("A label that is far too long for its box"),
        QLabel("word " * 40),
        QPushButton("A button"),
    )
    label.setMaximumWidth(40)
    wrapped.setWordWrap(True)
    wrapped.setMaximumHeight(20)
    button.setMaximumWidth(30)
    layout = QVBoxLayout(page)
    for widget in (label, wrapped, button):
        layout.addWidget(widget)
    page.resize(300, 200)
    page.show()
    qtbot.waitExposed(page)
    settle()
    problems = "\n".join(layout_problems(page))
    assert "far too long" in problems and "wrapped text" in problems and "A button" in problems
