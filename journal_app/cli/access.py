"""Unlocking from the command line: the same count of wrong passphrases as the app's unlock page (the growing wait,
and the wipe after N when it is turned on in the app's Settings), and a short wait while another process holds
the vault.

Only a wrong passphrase counts. The attempt is counted before the key derivation starts and taken back when the
open ends in anything else (busy, damaged, a disk error), as the app does, so killing the command during the key
derivation gives no free try.
"""

from __future__ import annotations

import configparser
import contextlib
import math
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from ..core import paths
from ..core.attempts import MIN_WIPE_AFTER, UnlockThrottle
from ..core.errors import JournalError, VaultBusy, WrongPassphrase
from ..core.kdf import KdfParams
from ..core.vault import Vault, check_not_busy

#: How long a command waits for a vault held by another process (an app window, another command) before "busy".
BUSY_WAIT_SECONDS = 5.0
BUSY_POLL_SECONDS = 0.1
#: The app's settings file and the key of its wipe setting (ui/settings_store.py writes them; read here without Qt).
_SETTINGS_FILE = "settings.ini"
_WIPE_KEY = "wipe_after_failures"
_ATTEMPTS_FILE = "unlock-attempts"  # ui/settings_store.py: SettingsStore.attempts_path()
_MAX_WIPE_AFTER = 100


class TooManyAttempts(JournalError):
    """Wrong passphrases in a row: the next attempt must wait (exit 3)."""

    def __init__(self, seconds: float) -> None:
        wait = max(1, math.ceil(seconds))
        super().__init__(f"too many wrong passphrases: try again in {wait} seconds")
        self.seconds = wait


class WipedAfterFailures(JournalError):
    """The count reached the wipe setting and the vault was deleted (exit 3)."""

    def __init__(self) -> None:
        super().__init__("wrong passphrase; too many in a row: the journal has been deleted, as set in Settings")


def throttle() -> UnlockThrottle:
    return UnlockThrottle(paths.config_dir() / _ATTEMPTS_FILE)


def wipe_after() -> int | None:
    """The app's "wipe after N wrong passphrases" setting (None: off), read from its INI file without Qt."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(paths.config_dir() / _SETTINGS_FILE, encoding="utf-8")
        value = int(parser.get("General", _WIPE_KEY, fallback="0"))
    except (configparser.Error, ValueError, OSError, UnicodeDecodeError):
        return None
    return min(value, _MAX_WIPE_AFTER) if value >= MIN_WIPE_AFTER else None


def wait_until_free(folder: Path, seconds: float = BUSY_WAIT_SECONDS) -> None:
    """Return once no other process holds the vault; VaultBusy after `seconds`."""
    deadline = time.monotonic() + seconds
    told = False
    while True:
        try:
            check_not_busy(folder)
            return
        except OSError:
            return  # no vault there (or unreadable): Vault.open says which
        except VaultBusy:
            if time.monotonic() >= deadline:
                raise
            if not told and sys.stderr.isatty():
                print("The vault is open elsewhere; waiting a few seconds…", file=sys.stderr, flush=True)
                told = True
            time.sleep(BUSY_POLL_SECONDS)


def open_counted(folder: Path, passphrase: str, kdf: KdfParams) -> Vault:
    """Vault.open, counted as the app counts it."""
    attempts = throttle()
    wait = attempts.seconds_to_wait()
    if wait > 0:
        raise TooManyAttempts(wait)
    deadline = time.monotonic() + BUSY_WAIT_SECONDS
    while True:
        wait_until_free(folder, max(0.0, deadline - time.monotonic()))
        attempts.record_failure()
        try:
            vault = Vault.open(folder, passphrase, kdf=kdf)
        except WrongPassphrase:
            if attempts.should_wipe(wipe_after()):
                _wipe(folder, attempts)
            raise
        except VaultBusy:
            attempts.withdraw_failure()  # taken between the check and the open: wait again
            if time.monotonic() >= deadline:
                raise
            continue
        except BaseException:
            attempts.withdraw_failure()  # missing, damaged, a disk error: not a guess
            raise
        attempts.record_success()
        return vault


def _wipe(folder: Path, attempts: UnlockThrottle) -> None:
    from ..core.wipe import wipe_vault

    try:
        wipe_vault(folder)
    except (JournalError, OSError):
        return  # could not delete (busy, read-only): the wrong passphrase is reported as such
    attempts.record_success()
    raise WipedAfterFailures()


@contextlib.contextmanager
def unlock(folder: Path, passphrase: str, kdf: KdfParams) -> Iterator[Vault]:
    with open_counted(folder, passphrase, kdf) as vault:
        yield vault
