"""Translated, plain messages for the core's typed errors. They never repeat what the user wrote."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal_app.core.errors import InvalidInput, JournalError, NoSuchItem, VaultClosed, VaultDamaged

CONTEXT = "JournalMessages"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def save_failed(error: JournalError) -> str:
    if isinstance(error, VaultClosed):
        reason = _tr("The journal is locked.")
    elif isinstance(error, VaultDamaged):
        reason = _tr("The journal file could not be written: the disk may be full or the file damaged.")
    elif isinstance(error, InvalidInput):
        reason = _tr("Something in the entry is not accepted (for example, a tag longer than 100 characters).")
    elif isinstance(error, NoSuchItem):
        reason = _tr("The entry no longer exists.")
    else:
        reason = _tr("Something went wrong.")
    return _tr("Not saved. {reason} Your text is still here; try again with Ctrl+S.").format(reason=reason)


def action_failed(error: JournalError) -> str:
    if isinstance(error, VaultClosed):
        return _tr("The journal is locked.")
    if isinstance(error, VaultDamaged):
        return _tr("The journal file could not be read or written. It may be damaged.")
    if isinstance(error, NoSuchItem):
        return _tr("That entry no longer exists.")
    return _tr("That did not work. Nothing was changed.")
