"""Plain, translated words for what went wrong in a backup, restore, merge, export or import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from journal_app.core.backup import BackupDamaged
from journal_app.core.backup import Cancelled as BackupCancelled
from journal_app.core.errors import InvalidInput, JournalError, NotARegularFile, VaultDamaged, WrongPassphrase
from journal_app.core.importers import WrongSourcePassphrase
from journal_app.ui.export_pdf import Cancelled as PdfCancelled

from .files import not_enough_space


def is_cancelled(error: BaseException) -> bool:
    return isinstance(error, (BackupCancelled, PdfCancelled))


def describe(error: BaseException, *, folder: Path | None = None, needed: int = 0) -> str:
    """A message for the user. `folder` is where something was being written, to tell a missing folder or a full
    disk apart. Core messages are shown only for malformed input (they name the line or position)."""
    if is_cancelled(error):
        return QCoreApplication.translate("BackupMessages", "Cancelled. Nothing was written.")
    if isinstance(error, WrongSourcePassphrase):
        return QCoreApplication.translate("BackupMessages", "This passphrase does not open the jrnl journal.")
    if isinstance(error, WrongPassphrase):
        return QCoreApplication.translate(
            "BackupMessages", "This passphrase does not open the backup. Check it and try again."
        )
    if isinstance(error, BackupDamaged):
        return QCoreApplication.translate(
            "BackupMessages", "This file is damaged or is not a backup made by this app. Nothing was changed."
        )
    if isinstance(error, VaultDamaged):
        return QCoreApplication.translate("BackupMessages", "The journal file is damaged. Nothing was changed.")
    if folder is not None and not Path(folder).is_dir():
        return QCoreApplication.translate(
            "BackupMessages", "The folder is not there any more (was a USB stick unplugged?). Nothing was written."
        )
    if folder is not None and needed and not_enough_space(Path(folder), needed):
        return QCoreApplication.translate(
            "BackupMessages", "There is not enough free space in the folder. Nothing was written."
        )
    if isinstance(error, NotARegularFile):
        return QCoreApplication.translate(
            "BackupMessages",
            "Only ordinary files can be imported or attached; this is a folder, a device or a pipe. Nothing was "
            "changed.",
        )
    if isinstance(error, InvalidInput):
        return QCoreApplication.translate("BackupMessages", "This cannot be done: %1.").replace("%1", str(error))
    if isinstance(error, PermissionError):
        return QCoreApplication.translate("BackupMessages", "The app may not write there. Choose another folder.")
    if isinstance(error, OSError):
        return QCoreApplication.translate("BackupMessages", "The file could not be read or written: %1.").replace(
            "%1", error.strerror or type(error).__name__
        )
    if isinstance(error, JournalError):
        return QCoreApplication.translate("BackupMessages", "This did not work: %1.").replace("%1", str(error))
    return QCoreApplication.translate("BackupMessages", "Something went wrong (%1). Nothing was changed.").replace(
        "%1", type(error).__name__
    )
