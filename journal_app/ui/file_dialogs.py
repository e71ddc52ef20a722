"""Every file chooser of the app, opened here and nowhere else (a test checks that no module calls QFileDialog).

- Qt's own dialog (DontUseNativeDialog), not the desktop's: the desktop's dialog adds each chosen file to the
  desktop's list of recent files (under GNOME `~/.local/share/recently-used.xbel` would name an exported
  attachment). Qt's dialog adds nothing there.
- Qt's dialog keeps its own history and last folder in Qt's per-user settings (`QtProject.conf`, shared by all Qt
  programs). After each dialog those two values are put back as they were, so nothing of this app's folders or files
  stays there.
- Choosers open in the user's Documents folder unless the caller knows a better place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_REMEMBERED = ("history", "lastVisited")


def documents_dir() -> Path:
    """The user's Documents folder, or the home folder when there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def _exec(dialog: QFileDialog) -> bool:
    """Runs the dialog (tests replace this to choose a file without a modal loop)."""
    return bool(dialog.exec())


def _snapshot() -> dict[str, Any]:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    return {key: settings.value(key) if settings.contains(key) else None for key in _REMEMBERED}


def _restore(before: dict[str, Any]) -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key, value in before.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)
    settings.endGroup()
    settings.sync()


def _run(
    parent: QWidget | None,
    title: str,
    *,
    mode: QFileDialog.FileMode,
    accept: QFileDialog.AcceptMode = QFileDialog.AcceptMode.AcceptOpen,
    start: Path | str | None = None,
    suggested: str = "",
    filters: str = "",
    confirm_overwrite: bool = True,
) -> list[str]:
    before = _snapshot()
    folder = Path(start) if start else documents_dir()
    if folder.is_file() or (not folder.exists() and folder.parent.is_dir()):
        suggested = suggested or folder.name
        folder = folder.parent
    if not folder.is_dir():
        folder = documents_dir()
    dialog = QFileDialog(parent, title, str(folder), filters)
    options = QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.DontUseCustomDirectoryIcons
    if mode == QFileDialog.FileMode.Directory:
        options |= QFileDialog.Option.ShowDirsOnly
    if not confirm_overwrite:
        options |= QFileDialog.Option.DontConfirmOverwrite
    dialog.setOptions(options)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    dialog.setHistory([])
    if suggested:
        dialog.selectFile(suggested)
    try:
        chosen = dialog.selectedFiles() if _exec(dialog) else []
    finally:
        dialog.setHistory([])
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(dialog, QEvent.Type.DeferredDelete.value)  # it saves its state now
        _restore(before)
    return [path for path in chosen if path]


def open_file(parent: QWidget | None, title: str, start: Path | str | None = None, filters: str = "") -> str:
    chosen = _run(parent, title, mode=QFileDialog.FileMode.ExistingFile, start=start, filters=filters)
    return chosen[0] if chosen else ""


def open_files(parent: QWidget | None, title: str, start: Path | str | None = None, filters: str = "") -> list[str]:
    return _run(parent, title, mode=QFileDialog.FileMode.ExistingFiles, start=start, filters=filters)


def save_file(
    parent: QWidget | None,
    title: str,
    suggested: str = "",
    filters: str = "",
    *,
    start: Path | str | None = None,
    confirm_overwrite: bool = True,
) -> str:
    chosen = _run(
        parent, title, mode=QFileDialog.FileMode.AnyFile, accept=QFileDialog.AcceptMode.AcceptSave, start=start,
        suggested=suggested, filters=filters, confirm_overwrite=confirm_overwrite,
    )  # fmt: skip
    return chosen[0] if chosen else ""


def choose_folder(parent: QWidget | None, title: str, start: Path | str | None = None) -> str:
    chosen = _run(parent, title, mode=QFileDialog.FileMode.Directory, start=start)
    return chosen[0] if chosen else ""


Opener = Callable[..., Any]
