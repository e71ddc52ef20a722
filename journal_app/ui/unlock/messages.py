"""Plain, translated words for what can go wrong while creating or opening a vault."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal_app.core.errors import (
    DiskFull,
    InvalidInput,
    NotAVault,
    VaultDamaged,
    VaultExists,
    VaultReadOnly,
    VaultUnreadable,
    WrongPassphrase,
)


def _is_busy(error: BaseException) -> bool:
    """The vault is open in another window or command (core's VaultBusy)."""
    return type(error).__name__ == "VaultBusy"


def open_failed(error: BaseException) -> str:
    if _is_busy(error):
        return QCoreApplication.translate(
            "VaultMessages", "The journal is open in another window. Lock or close it there first, then try again."
        )
    if isinstance(error, WrongPassphrase):
        return QCoreApplication.translate(
            "VaultMessages", "That passphrase did not open the journal. Please check it and try again."
        )
    if isinstance(error, DiskFull):
        return QCoreApplication.translate(
            "VaultMessages",
            "The disk is full, so the journal cannot be opened. Your passphrase was not the problem and nothing "
            "was changed. Free some space on this disk, then try again.",
        )
    if isinstance(error, VaultReadOnly):
        return QCoreApplication.translate(
            "VaultMessages",
            "The journal folder cannot be written to (a read-only disk or folder), so the journal cannot be "
            "opened. Your passphrase was not the problem and nothing was changed.",
        )
    if isinstance(error, VaultUnreadable):
        return QCoreApplication.translate(
            "VaultMessages",
            "The journal files could not be read. Your passphrase was not the problem and nothing was changed. "
            "Check that the drive is connected and that you may read the folder, then try again.",
        )
    if isinstance(error, VaultDamaged):
        return QCoreApplication.translate(
            "VaultMessages",
            "The journal files are damaged and cannot be opened. Nothing has been changed. "
            "Keep the folder as it is; if you have a backup, you can restore it into another folder.",
        )
    if isinstance(error, NotAVault):
        return QCoreApplication.translate("VaultMessages", "There is no journal in this folder.")
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "VaultMessages", "The journal folder could not be read. Check that the drive is connected and readable."
        )
    return QCoreApplication.translate("VaultMessages", "The journal could not be opened.")


def create_failed(error: BaseException) -> str:
    if isinstance(error, VaultExists):
        return QCoreApplication.translate(
            "VaultMessages", "There is already a journal in this folder. Unlock it instead, or choose another folder."
        )
    if isinstance(error, NotAVault):
        return QCoreApplication.translate(
            "VaultMessages", "This place is a file, not a folder. Please choose a folder."
        )
    if isinstance(error, InvalidInput):
        return QCoreApplication.translate("VaultMessages", "Please enter a passphrase.")
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "VaultMessages", "The journal could not be created in this folder. Check that you may write there."
        )
    return QCoreApplication.translate("VaultMessages", "The journal could not be created.")


def weak_reason(reason: str | None) -> str:
    texts = {
        "empty": QCoreApplication.translate("VaultMessages", "Please enter a passphrase."),
        "common": QCoreApplication.translate(
            "VaultMessages", "This is one of the passphrases people use most often; it is guessed first."
        ),
        "single_word": QCoreApplication.translate(
            "VaultMessages", "A single word is easy to guess. Use several words."
        ),
        "names": QCoreApplication.translate("VaultMessages", "Names and surnames are easy to guess."),
        "keyboard": QCoreApplication.translate(
            "VaultMessages", "Keys next to each other on the keyboard are easy to guess."
        ),
        "repeat": QCoreApplication.translate("VaultMessages", "Repeated letters or words are easy to guess."),
        "sequence": QCoreApplication.translate("VaultMessages", "Sequences like “abc” or “6543” are easy to guess."),
        "date": QCoreApplication.translate("VaultMessages", "Dates and years are easy to guess."),
        "similar": QCoreApplication.translate("VaultMessages", "This is too close to the current passphrase."),
        "short": QCoreApplication.translate("VaultMessages", "Too short or too simple. Add a few more uncommon words."),
    }
    return texts.get(reason or "", "")


def strength_name(score: int) -> str:
    names = (
        QCoreApplication.translate("VaultMessages", "very weak"),
        QCoreApplication.translate("VaultMessages", "weak"),
        QCoreApplication.translate("VaultMessages", "fair"),
        QCoreApplication.translate("VaultMessages", "good"),
        QCoreApplication.translate("VaultMessages", "strong"),
    )
    return names[max(0, min(4, score))]
