"""Translated, plain messages for the core's typed errors. They never repeat what the user wrote."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal_app.core.errors import InvalidInput, JournalError, NoSuchItem, VaultClosed, VaultDamaged

CONTEXT = "JournalMessages"


def save_failed(error: JournalError) -> str:
    if isinstance(error, VaultClosed):
        reason = QCoreApplication.translate("JournalMessages", "The journal is locked.")
    elif isinstance(error, VaultDamaged):
        reason = QCoreApplication.translate(
            "JournalMessages", "The journal file could not be written: the disk may be full or the file damaged."
        )
    elif isinstance(error, InvalidInput):
        reason = QCoreApplication.translate(
            "JournalMessages", "Something in the entry is not accepted (for example, a tag longer than 100 characters)."
        )
    elif isinstance(error, NoSuchItem):
        reason = QCoreApplication.translate("JournalMessages", "The entry no longer exists.")
    else:
        reason = QCoreApplication.translate("JournalMessages", "Something went wrong.")
    return QCoreApplication.translate(
        "JournalMessages", "Not saved. {reason} Your text is still here; try again with Ctrl+S."
    ).format(reason=reason)


def action_failed(error: Exception) -> str:
    if isinstance(error, VaultClosed):
        return QCoreApplication.translate("JournalMessages", "The journal is locked.")
    if isinstance(error, VaultDamaged):
        return QCoreApplication.translate(
            "JournalMessages", "The journal file could not be read or written. It may be damaged."
        )
    if isinstance(error, NoSuchItem):
        return QCoreApplication.translate("JournalMessages", "That entry no longer exists.")
    return QCoreApplication.translate("JournalMessages", "That did not work. Nothing was changed.")
