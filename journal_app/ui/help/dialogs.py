"""What the Help menu and Journal > Change passphrase open. One dialog of each kind at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog

from .about_dialog import AboutDialog
from .guide_dialog import GuideDialog
from .shortcuts_dialog import ShortcutsDialog


class HelpActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        self.dialogs: dict[str, QDialog] = {}

    def _language(self) -> str:
        languages = getattr(self._window, "languages", None)
        return str(getattr(languages, "language", "en"))

    def _open(self, name: str, make: Any) -> QDialog:
        dialog = self.dialogs.get(name)
        if dialog is None:
            dialog = make()
            self.dialogs[name] = dialog
            dialog.finished.connect(lambda _r, n=name, d=dialog: self._forget(n, d))
        dialog.show()
        dialog.activateWindow()
        return dialog

    def _forget(self, name: str, dialog: QDialog) -> None:
        if self.dialogs.get(name) is dialog:
            del self.dialogs[name]
        dialog.deleteLater()

    def show_guide(self) -> QDialog:
        return self._open("guide", lambda: GuideDialog(self._language, self._window))

    def show_shortcuts(self) -> QDialog:
        return self._open("shortcuts", lambda: ShortcutsDialog(self._window))

    def show_about(self) -> QDialog:
        return self._open("about", lambda: AboutDialog(self._window.vault_folder, self._window))

    def change_passphrase(self) -> QDialog | None:
        """Journal > Change passphrase…: saves first; after the change the journal locks and asks for the new one."""
        from ..settings.passphrase_dialog import ChangePassphraseDialog

        window = self._window
        if not getattr(window, "is_unlocked", False):
            return None
        workspace = getattr(window, "workspace", None)
        if workspace is not None and not workspace.save_now():
            return None
        dialog = ChangePassphraseDialog(window.vault, window)
        dialog.passphrase_changed.connect(self._on_passphrase_changed, Qt.ConnectionType.QueuedConnection)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialogs["passphrase"] = dialog
        return dialog

    def _on_passphrase_changed(self) -> None:
        window = self._window
        dialog = self.dialogs.pop("passphrase", None)
        if dialog is not None:
            dialog.accept()
        window.lock("user", force=True)
        window.unlock_page.message.setText(
            QCoreApplication.translate(
                "HelpActions", "The passphrase has been changed. Unlock the journal with the new passphrase."
            )
        )
