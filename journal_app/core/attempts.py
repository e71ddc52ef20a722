"""Failed unlock attempts: a growing delay after repeated wrong passphrases, and an optional wipe.

The state is a small JSON file in the config folder holding a failure count and the time of the last failure, nothing
else: no passphrase, no hint of what was typed, no vault path. Delays: none for the first 3 failures, then 5 s, 10 s,
20 s, ... doubling, never more than 5 minutes.

What this does and does not protect: it slows down someone guessing at the app's unlock page (a border officer typing
likely passphrases). It does nothing against a copy of the vault files: whoever copies them can guess without this
app, and the only defence there is a long passphrase and Argon2id's cost. Deleting the state file resets the count.

The attempt is counted *before* the key derivation starts (`record_failure`) and forgiven when it turns out not to
be a wrong passphrase (`withdraw_failure`) or cleared on success (`record_success`): killing the app while it derives
the key does not give a free try.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path

from .errors import InvalidInput, WrongPassphrase

FREE_FAILURES = 3
FIRST_DELAY_SECONDS = 5.0
MAX_DELAY_SECONDS = 300.0
#: The smallest number of failures after which a wipe may be configured (fewer would make a typo fatal).
MIN_WIPE_AFTER = 5


def delay_after(failures: int) -> float:
    """Seconds to wait after `failures` consecutive failures: 0 for 0-3, then 5, 10, 20, ... at most 300."""
    if failures <= FREE_FAILURES:
        return 0.0
    exponent = min(failures - FREE_FAILURES - 1, 16)  # bounded: 5 * 2**16 is far above the cap
    return min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * float(1 << exponent))


def counts_as_failure(error: BaseException) -> bool:
    """Does this failed unlock count as a guess? Only a wrong passphrase does: the key reached page 1's HMAC check
    and it did not match. A full disk, a read-only or unreadable folder, a busy or missing vault, damage: never
    counted, never a step towards a wipe."""
    return isinstance(error, WrongPassphrase)


def check_wipe_after(value: int | None) -> int | None:
    """None (off) or a number of failures >= MIN_WIPE_AFTER."""
    if value is None or value == 0:
        return None
    if value < MIN_WIPE_AFTER:
        raise InvalidInput(f"wiping after fewer than {MIN_WIPE_AFTER} failed attempts is not allowed")
    return int(value)


class UnlockThrottle:
    """Failure count and last failure time, kept in `state_file` (created with mode 0600 when first needed)."""

    def __init__(self, state_file: Path) -> None:
        self.state_file = Path(state_file)
        self.failures = 0
        self.last_failure = 0.0
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.state_file.read_text(encoding="utf-8"))
            failures, last = int(data["failures"]), float(data["last"])
        except (OSError, ValueError, KeyError, TypeError):
            return  # no file yet, or unreadable: start from zero (deleting the file does the same)
        self.failures, self.last_failure = max(0, failures), last

    def _save(self) -> None:
        if self.failures == 0:
            with contextlib.suppress(FileNotFoundError):
                self.state_file.unlink()
            return
        self.state_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = self.state_file.with_name(self.state_file.name + ".tmp")
        data = json.dumps({"failures": self.failures, "last": self.last_failure}).encode()
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self.state_file)

    def record_failure(self, now: float | None = None) -> int:
        """Count one failed (or not yet finished) attempt; returns the count."""
        self.failures += 1
        self.last_failure = time.time() if now is None else now
        self._save()
        return self.failures

    def withdraw_failure(self) -> None:
        """Take back the last `record_failure`: the attempt ended in something other than a wrong passphrase."""
        if self.failures > 0:
            self.failures -= 1
            self._save()

    def record_success(self) -> None:
        self.failures = 0
        self.last_failure = 0.0
        self._save()

    def seconds_to_wait(self, now: float | None = None) -> float:
        """Seconds before the next attempt is allowed; 0 when it is allowed now. A clock set back does not make
        the wait longer than the delay itself."""
        now = time.time() if now is None else now
        delay = delay_after(self.failures)
        if delay <= 0:
            return 0.0
        return max(0.0, min(delay, self.last_failure + delay - now))

    def should_wipe(self, wipe_after: int | None) -> bool:
        """True when wiping is on and the count has reached it."""
        return wipe_after is not None and wipe_after >= MIN_WIPE_AFTER and self.failures >= wipe_after
