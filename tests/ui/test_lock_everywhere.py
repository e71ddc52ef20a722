"""Ctrl+L and the panic key work from every window the app has: each dialog class (found by walking journal_app.ui),
message boxes and file choosers opened by the app's own code, the image viewer, a running backup.

Each scenario opens its window through the app's real code path, types something into it, presses the key on the
widget that has the focus there, and checks: locked, no window of the app left open, and for panic an empty clipboard
and a hidden (or minimised) main window. A new QDialog subclass without a scenario fails `test_every_dialog_class_has
_a_scenario`.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import threading
from datetime import date
from io import BytesIO

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMessageBox, QWidget

import journal_app.ui
from journal_app.core.backup import Cancelled
from journal_app.core.vault import Vault
from journal_app.ui.main_window import default_workspace_factory
from journal_app.ui.settings_store import SettingsStore

from ..conftest import FAST_KDF, MARKER, PASSPHRASE
from ._planner_support import png_bytes
from ._shell_support import IGNORED_QT_MESSAGES, make_window, widgets_containing

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)

LOCK = (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
PANIC = (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
#: Base classes that are never shown themselves; every subclass has its own scenario.
ABSTRACT = {"journal_app.ui.backup.task_dialog.TaskDialog"}


def dialog_classes() -> set[str]:
    """Every QDialog subclass defined in journal_app.ui, by importing each of its modules."""
    found = set()
    for info in pkgutil.walk_packages(journal_app.ui.__path__, "journal_app.ui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found.add(f"{cls.__module__}.{cls.__qualname__}")
    return found


# -- the scenarios: each opens one window through the app's code and returns nothing -------------------------------


def _planner(window):
    home = window.workspace
    home.tabs.setCurrentWidget(home.planner)
    return home.planner


def _document_dialog(window):
    planner = _planner(window)
    planner.tabs.setCurrentWidget(planner.documents)
    planner.documents.select(window.test_doc_id)
    return planner.documents.edit_current()


def open_document(window, qtbot):
    dialog = _document_dialog(window)
    dialog.number_edit.setFocus()
    qtbot.keyClicks(dialog.number_edit, "HALF-TYPED")


def open_image_viewer(window, qtbot):
    panel = _document_dialog(window).attachments_panel
    row = next(i for i in range(panel.list.count()) if panel.list.item(i).text().startswith("scan.png"))
    panel.list.setCurrentRow(row)
    assert panel.view_current() is not None


def open_pdf_viewer(window, qtbot):
    panel = _document_dialog(window).attachments_panel
    row = next(i for i in range(panel.list.count()) if panel.list.item(i).text().startswith("letter.pdf"))
    panel.list.setCurrentRow(row)
    assert panel.view_current() is not None


def pdf_bytes() -> bytes:
    """A one-page PDF, written by Qt in memory."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    painter.drawText(100, 100, "page one")
    painter.end()
    buffer.close()
    return bytes(data.data())


def open_attach_file_chooser(window, qtbot):
    _document_dialog(window).attachments_panel.choose_file()  # a QFileDialog of its own event loop


def open_delete_document_question(window, qtbot):
    planner = _planner(window)
    planner.tabs.setCurrentWidget(planner.documents)
    planner.documents.select(window.test_doc_id)
    planner.documents.delete_current()  # "are you sure": a QMessageBox of its own event loop


def open_deadline(window, qtbot):
    planner = _planner(window)
    planner.tabs.setCurrentWidget(planner.deadlines)
    planner.deadlines.add_deadline()


def open_template(window, qtbot):
    planner = _planner(window)
    planner.tabs.setCurrentWidget(planner.deadlines)
    planner.deadlines.apply_template()


def open_deadline_dates_question(window, qtbot):
    planner = _planner(window)
    planner.tabs.setCurrentWidget(planner.deadlines)
    dialog = planner.deadlines.add_deadline()
    dialog.title_edit.setText("Renew " + MARKER)
    dialog.due_edit.setDate(QDate.currentDate().addYears(40))
    dialog.save()  # "is this date right?": a QMessageBox of its own event loop, inside the deadline form


def open_template_anchor_question(window, qtbot):
    planner = _planner(window)
    planner.tabs.setCurrentWidget(planner.deadlines)
    dialog = planner.deadlines.apply_template()
    dialog.anchor_edit.setDate(QDate.currentDate().addYears(-40))
    dialog.apply()  # "is this date right?" inside the checklist dialog


def open_ics_warning(window, qtbot):
    planner = _planner(window)
    planner.tabs.setCurrentWidget(planner.deadlines)
    planner.deadlines.export_ics()


def open_trip(window, qtbot):
    planner = _planner(window)
    planner.tabs.setCurrentWidget(planner.stays)
    planner.stays.add_trip()


def open_zone_rules(window, qtbot):
    planner = _planner(window)
    planner.tabs.setCurrentWidget(planner.stays)
    planner.stays.new_zone()


def open_holidays(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.planner.zone_rules_dialog import ZoneRulesDialog

    open_zone_rules(window, qtbot)
    (rules,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, ZoneRulesDialog) and w.isVisible()]
    box = rules.registration_box
    box.register_check.setChecked(True)
    box.unit_box.setCurrentIndex(box.unit_box.findData("working_days"))
    assert box.holidays_button.isEnabled()
    qtbot.mouseClick(box.holidays_button, Qt.MouseButton.LeftButton)


def open_history(window, qtbot):
    journal = window.workspace.journal
    journal.open_entry(window.test_entry_id)
    assert journal.show_history() is not None


def open_trash(window, qtbot):
    assert window.workspace.journal.show_trash() is not None


def open_link_question(window, qtbot):
    journal = window.workspace.journal
    journal.open_entry(window.test_entry_id)
    journal.editor._ask_link()


def open_settings(window, qtbot):
    window.show_settings()


def open_decoy_question(window, qtbot):
    section = window.show_settings().decoy
    section.remove_button.click()


def open_delete_journal(window, qtbot):
    window.ask_delete_journal()


def open_delete_journal_file_chooser(window, qtbot):
    dialog = window.ask_delete_journal()
    dialog.backups_button.click()


def open_backup(window, qtbot):
    window.backup_actions.open_backup()


def open_backup_folder_chooser(window, qtbot):
    window.backup_actions.open_backup().folder.choose()


def open_running_backup(window, qtbot, monkeypatch, tmp_path):
    import journal_app.ui.backup.backup_dialog as backup_dialog

    started = threading.Event()

    def slow_backup(vault, folder, passphrase, *, cancelled, **_options):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise Cancelled("cancelled")

    monkeypatch.setattr(backup_dialog, "make_backup", slow_backup)
    dialog = window.backup_actions.open_backup()
    dialog.folder.edit.setText(str(tmp_path))
    dialog.journal_passphrase.setText(PASSPHRASE)
    dialog.start()
    assert started.wait(5)
    assert dialog.is_running


def open_verify(window, qtbot):
    window.backup_actions.open_verify()


def open_restore(window, qtbot):
    window.backup_actions.open_restore()


def open_merge(window, qtbot):
    window.backup_actions.open_merge()


def open_export(window, qtbot):
    window.backup_actions.open_export()


def open_import(window, qtbot):
    window.backup_actions.open_import()


def open_guide(window, qtbot):
    window.menus.help.show_guide()


def open_shortcuts(window, qtbot):
    window.menus.help.show_shortcuts()


def open_about(window, qtbot):
    window.menus.help.show_about()


def open_change_passphrase(window, qtbot):
    assert window.menus.help.change_passphrase() is not None


SCENARIOS = {
    "user guide": ("journal_app.ui.help.guide_dialog.GuideDialog", open_guide),
    "keyboard shortcuts": ("journal_app.ui.help.shortcuts_dialog.ShortcutsDialog", open_shortcuts),
    "about": ("journal_app.ui.help.about_dialog.AboutDialog", open_about),
    "change passphrase": ("journal_app.ui.settings.passphrase_dialog.ChangePassphraseDialog", open_change_passphrase),
    "document form": ("journal_app.ui.planner.document_dialog.DocumentDialog", open_document),
    "image viewer": ("journal_app.ui.planner.image_viewer.ImageViewer", open_image_viewer),
    "pdf viewer": ("journal_app.ui.planner.pdf_viewer.PdfViewer", open_pdf_viewer),
    "attach file chooser": ("QFileDialog", open_attach_file_chooser),
    "delete document question": ("QMessageBox", open_delete_document_question),
    "deadline form": ("journal_app.ui.planner.deadline_dialog.DeadlineDialog", open_deadline),
    "checklist template": ("journal_app.ui.planner.template_dialog.TemplateDialog", open_template),
    "calendar export warning": ("QMessageBox", open_ics_warning),
    "deadline dates question": ("QMessageBox", open_deadline_dates_question),
    "checklist anchor question": ("QMessageBox", open_template_anchor_question),
    "trip form": ("journal_app.ui.planner.trip_dialog.TripDialog", open_trip),
    "zone rules": ("journal_app.ui.planner.zone_rules_dialog.ZoneRulesDialog", open_zone_rules),
    "public holidays": ("journal_app.ui.planner.zone_rule_parts.HolidaysDialog", open_holidays),
    "history": ("journal_app.ui.journal.history_dialog.HistoryDialog", open_history),
    "trash": ("journal_app.ui.journal.trash_dialog.TrashDialog", open_trash),
    "link question": ("QInputDialog", open_link_question),
    "settings": ("journal_app.ui.settings.settings_dialog.SettingsDialog", open_settings),
    "decoy removal question": ("QMessageBox", open_decoy_question),
    "delete journal": ("journal_app.ui.settings.delete_dialog.DeleteJournalDialog", open_delete_journal),
    "delete journal file chooser": ("QFileDialog", open_delete_journal_file_chooser),
    "backup": ("journal_app.ui.backup.backup_dialog.BackupDialog", open_backup),
    "backup folder chooser": ("QFileDialog", open_backup_folder_chooser),
    "running backup": ("journal_app.ui.backup.backup_dialog.BackupDialog", open_running_backup),
    "verify": ("journal_app.ui.backup.verify_dialog.VerifyDialog", open_verify),
    "restore": ("journal_app.ui.backup.restore_dialog.RestoreDialog", open_restore),
    "merge": ("journal_app.ui.backup.restore_dialog.MergeDialog", open_merge),
    "export": ("journal_app.ui.transfer.export_dialog.ExportDialog", open_export),
    "import": ("journal_app.ui.transfer.import_dialog.ImportDialog", open_import),
}


def test_every_dialog_class_has_a_scenario():
    covered = {cls for cls, _opener in SCENARIOS.values()}
    missing = dialog_classes() - ABSTRACT - covered
    assert not missing, f"dialog classes without a lock/panic scenario in this file: {sorted(missing)}"
    assert {"QMessageBox", "QFileDialog"} <= covered


# -- the test ------------------------------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, vault_dir):
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        entry = vault.journal().add(title="title " + MARKER, body="body " + MARKER)
        vault.journal().update(entry.id, body="second " + MARKER)  # a version for the history
        planner = vault.planner()
        doc = planner.add_document(kind="international_passport", title="Passport", number="N-" + MARKER,
                                   expires=date(2031, 1, 1))  # fmt: skip
        vault.attachments().add("document", doc.id, "scan.png", BytesIO(png_bytes()))
        vault.attachments().add("document", doc.id, "letter.pdf", BytesIO(pdf_bytes()))
        planner.add_deadline(title="Visa run", due=date(2030, 1, 1))
    SettingsStore().set_vault_dir(vault_dir)
    window = make_window(qtbot, workspace_factory=default_workspace_factory)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        window.unlock_page.unlock()
    window.test_entry_id, window.test_doc_id = entry.id, doc.id
    return window


def open_windows(main) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w is not main and w.isVisible() and w.isWindow()]


def class_name(widget: QWidget) -> str:
    cls = type(widget)
    return f"{cls.__module__}.{cls.__qualname__}" if cls.__module__.startswith("journal_app") else cls.__name__


def innermost(main) -> QWidget | None:
    windows = [w for w in open_windows(main) if isinstance(w, QDialog)]
    if not windows:
        return None

    def depth(widget):
        n, owner = 0, widget.parentWidget()
        while owner is not None:
            n += int(owner.isWindow())
            owner = owner.parentWidget()
        return n

    return max(windows, key=depth)


@pytest.mark.parametrize("keys", [LOCK, PANIC], ids=["ctrl+l", "panic"])
@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_lock_and_panic_from_every_window(qtbot, window, scenario, keys, monkeypatch, tmp_path):
    expected, opener = SCENARIOS[scenario]
    QGuiApplication.clipboard().setText("copied elsewhere " + MARKER)
    pressed: list[str] = []

    def press_when_open(tries: int = 200) -> None:
        dialog = innermost(window)
        if dialog is None or class_name(dialog) != expected:
            if tries:
                QTimer.singleShot(10, lambda: press_when_open(tries - 1))
            return
        dialog.activateWindow()
        target = dialog.focusWidget() or dialog
        if isinstance(target, QLineEdit) and not target.text():
            qtbot.keyClicks(target, "typed")
        pressed.append(class_name(dialog))
        qtbot.keyClick(target, *keys)

    QTimer.singleShot(0, press_when_open)
    if "monkeypatch" in inspect.signature(opener).parameters:
        opener(window, qtbot, monkeypatch, tmp_path)
    else:
        opener(window, qtbot)  # returns at once (open()) or after its own event loop has ended (exec())
    qtbot.waitUntil(lambda: bool(pressed), timeout=5000)
    assert pressed == [expected]
    qtbot.waitUntil(lambda: not window.is_unlocked and not open_windows(window), timeout=10_000)
    assert window.stack.currentWidget() is window.unlock_page
    assert not isinstance(QApplication.activeModalWidget(), QDialog | QMessageBox | QFileDialog)
    qtbot.waitUntil(lambda: window.workspace is None and not widgets_containing(MARKER), timeout=5000)
    if keys == PANIC:
        assert QGuiApplication.clipboard().text() == ""
        assert window.isMinimized() or not window.isVisible()
    # nothing half-typed was saved
    with Vault.open(window.vault_folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        (doc,) = vault.planner().documents()
        assert doc.number == "N-" + MARKER
        assert [d.title for d in vault.planner().deadlines()] == ["Visa run"]


def test_the_keys_work_with_a_cyrillic_keyboard_layout(qtbot, window):
    """With a Russian or Ukrainian layout, L is Д and Q is Й: Ctrl+Д locks, Ctrl+Shift+Й panics."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    keys = window.actions_.app_keys
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    de = QKeyEvent(QEvent.Type.KeyPress, 0x0414, ctrl, "д")
    short_i = QKeyEvent(QEvent.Type.KeyPress, 0x0419, ctrl | shift, "Й")
    plain_de = QKeyEvent(QEvent.Type.KeyPress, 0x0414, Qt.KeyboardModifier.NoModifier, "д")
    assert keys.handler_for(de) is not None and keys.handler_for(short_i) is not None
    assert keys.handler_for(plain_de) is None  # typing Д in a text stays typing
    QApplication.sendEvent(window.workspace.journal.editor.body, de)
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=2000)
