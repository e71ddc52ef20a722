"""Typed errors raised by the core.

Messages are short English sentences for the CLI; the desktop app maps each type to a translated message.
No message ever contains what the user wrote or their passphrase.
"""


class JournalError(Exception):
    """Base class for every error the core raises on purpose."""


class WrongPassphrase(JournalError):
    def __init__(self) -> None:
        super().__init__("wrong passphrase (if you are sure it is right, the start of the vault file may be damaged)")


class VaultDamaged(JournalError):
    def __init__(self, detail: str = "") -> None:
        text = "the vault is damaged"
        super().__init__(f"{text}: {detail}" if detail else text)


class NotAVault(JournalError):
    """The folder does not exist or does not hold a vault."""


class VaultExists(JournalError):
    """A vault already exists where a new one should be created."""


class VaultClosed(JournalError):
    def __init__(self) -> None:
        super().__init__("the vault is locked")


class InvalidInput(JournalError):
    """Input the user can correct: an empty passphrase, a bad date, an empty title."""


class ExitBeforeEntry(InvalidInput):
    def __init__(self) -> None:
        super().__init__("the exit date is before the entry date")


class TripOverlaps(InvalidInput):
    """A trip shares days with another trip in the same zone (a same-day exit and re-entry does not count)."""

    def __init__(self, entry: str, exit: str | None) -> None:
        self.other_entry, self.other_exit = entry, exit
        super().__init__(
            f"this trip overlaps another trip in the same zone ({entry} to {exit or 'still there'}); "
            "change its dates or the other trip's"
        )


class OutOfRange(InvalidInput):
    """A value outside what the app accepts: `field` names it (a key the UI translates), `low` and `high` give the
    allowed range as text. The message never holds the value itself."""

    def __init__(self, field: str, what: str, low: str, high: str, *, detail: str = "") -> None:
        self.field, self.low, self.high = field, low, high
        if low == high:
            text = f"{what} must be {low}"
        else:
            text = f"{what} must be from {low} to {high}"
        super().__init__(f"{text} ({detail})" if detail else text)


class NoSuchItem(JournalError):
    """No entry (or other item) with the given id."""


class VaultUnavailable(JournalError):
    """The vault cannot be read or written right now (disk full, read-only, permissions, an I/O error, busy).
    Never a wrong passphrase: it never counts as a failed attempt and never leads to a wipe. CLI exit 6."""


class VaultBusy(VaultUnavailable):
    def __init__(self) -> None:
        super().__init__(
            "the vault is open in another Journal window or command; lock or close it there first, then try again"
        )


class DiskFull(VaultUnavailable):
    def __init__(self) -> None:
        super().__init__("the disk is full: nothing was saved; free some space and try again")


class VaultReadOnly(VaultUnavailable):
    def __init__(self) -> None:
        super().__init__("the vault folder cannot be written to (read-only disk or folder): nothing was saved")


class VaultUnreadable(VaultUnavailable):
    """The vault's files could not be read (an I/O error, missing permissions, a drive that went away)."""

    def __init__(self, detail: str = "") -> None:
        text = "the vault files could not be read (check that the drive is connected and that you may read them)"
        super().__init__(f"{text}: {detail}" if detail else text)


class NotARegularFile(InvalidInput):
    """An import or an attachment must come from an ordinary file, not a device, a pipe, a socket or a folder."""


class InputTooLarge(InvalidInput):
    """An input larger than the limit the core sets for it; the message names the limit."""
