"""A forensic examiner without a passphrase: builds vaults with random histories through the core API, copies the
folder the way a lab would (bytes and metadata), and runs honest classifiers over what the copies show.

What the examiner looks at, per vault (slot 0 = data.0, slot 1 = data.1):
- one copy: file sizes, inode numbers, birth times (where the platform reports them), mtimes and ctimes, the working
  files beside each slot (`-wal`, `-shm`, `-journal`, `.tmp`, with their sizes and headers), the backup files' names
  and sizes, and the slot size each backup's plaintext chunk lengths give away;
- two copies with use in between (one taken after a lock, one after the next lock, and one while a journal is open):
  which 4096-byte pages of each slot differ.

"Honest": every classifier is either a fixed rule chosen before looking at the data, or a decision stump (the best
single feature and threshold) trained on one half of the vaults and tested on the other half (two folds, so every
vault is predicted once by a model that never saw it; repeated over 10 random splits and averaged, so that the figure
does not hang on one lucky split). Labels are balanced exactly (half the vaults have a decoy; half
have the journal in slot 0), so a classifier that learns nothing scores 50%.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import random
import shutil
import struct
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from journal_app.core.backup import write_backup
from journal_app.core.vault import PAGE_SIZE, SLOT_NAMES, Vault
from tests.conftest import FAST_KDF

REAL = "настоящий пароль"
DECOY = "бабушкины рецепты"
WORKING_SUFFIXES = ("-wal", "-shm", "-journal", ".tmp", ".tmp-wal", ".tmp-shm", ".tmp-journal")
WORDS = "день виза граница паспорт регистрация квартира работа письмо мама погода рынок автобус".split()


@dataclass
class FileView:
    """What a copy of one file shows: its bytes and its metadata."""

    size: int
    inode: int
    mtime_ns: int
    ctime_ns: int
    birth_ns: int | None
    data: bytes


def _birth_ns(path: Path, st: os.stat_result) -> int | None:
    """The file's birth time: os.stat's st_birthtime where Python has it, else statx through coreutils' `stat -c %w`
    (Linux, on file systems that record it), else None (the feature is skipped)."""
    birth = getattr(st, "st_birthtime", None)
    if birth is not None:
        return int(birth * 1e9)
    try:
        text = subprocess.run(["stat", "-c", "%w", str(path)], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    stamp, _, rest = text.strip().partition(".")
    if not rest or stamp == "-":
        return None
    fraction = rest.split()[0]
    seconds = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC).timestamp()
    return int(seconds) * 10**9 + int(fraction.ljust(9, "0")[:9])


@dataclass
class Copy:
    files: dict[str, FileView]

    @classmethod
    def take(cls, folder: Path) -> Copy:
        files = {}
        for path in sorted(folder.iterdir()):
            if not path.is_file():
                continue
            st = path.stat()
            files[path.name] = FileView(
                st.st_size, st.st_ino, st.st_mtime_ns, st.st_ctime_ns, _birth_ns(path, st), path.read_bytes()
            )
        return cls(files)


@dataclass
class History:
    """One vault's random history and the examiner's copies of it."""

    has_decoy: bool
    real_slot: int
    log: list[str] = field(default_factory=list)
    closed_1: Copy | None = None  # after a lock
    open_2: Copy | None = None  # while the journal is open, after a save
    closed_3: Copy | None = None  # after the next lock
    backups: Copy | None = None


def _body(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.choice((3, 20, 120, 600))))


def _create_in_slot(folder: Path, slot: int) -> Vault:
    """Vault.create picks the slot at random; the examiner's set wants an exact balance, so it creates until the
    journal lands in `slot` (the failed tries are removed)."""
    for _ in range(64):
        vault = Vault.create(folder, REAL, kdf=FAST_KDF)
        if vault._slot == slot:
            return vault
        vault.close()
        shutil.rmtree(folder)
    raise AssertionError("the slot was never chosen")


class _Runner:
    def __init__(self, folder: Path, backups: Path, history: History, rng: random.Random) -> None:
        self.folder, self.backups, self.h, self.rng = folder, backups, history, rng
        self.real_pass = REAL
        self.decoy_made = False
        self.n_backups = 0

    def write(self, vault: Vault, most: int) -> None:
        journal = vault.journal()
        for _ in range(self.rng.randint(1, most)):
            journal.add(title=self.rng.choice(WORDS), body=_body(self.rng), tags=[self.rng.choice(WORDS)])

    def backup(self, vault: Vault, passphrase: str) -> None:
        self.n_backups += 1
        write_backup(vault, self.backups / f"journal-{self.n_backups:03d}.backup", passphrase, kdf=FAST_KDF)

    def real_session(self, *, decoy_now: bool = False, allow_passwd: bool = True, hold_open: bool = False) -> None:
        vault = Vault.open(self.folder, self.real_pass, kdf=FAST_KDF)
        self.write(vault, 8)
        if decoy_now:
            vault.set_decoy(DECOY)
            self.decoy_made = True
            self.h.log.append("decoy set")
        if allow_passwd and self.rng.random() < 0.2:
            self.real_pass = self.real_pass + "!"
            vault.change_passphrase(self.real_pass)
            self.h.log.append("passwd")
        if self.rng.random() < 0.3:
            self.backup(vault, self.real_pass)
        if hold_open:
            self.h.open_2 = Copy.take(self.folder)
        vault.close()
        self.h.log.append("real")

    def decoy_session(self) -> None:
        with Vault.open(self.folder, DECOY, kdf=FAST_KDF) as vault:
            self.write(vault, 4)
            if self.rng.random() < 0.3:
                self.backup(vault, DECOY)
        self.h.log.append("decoy")


def build(
    folder: Path, backups: Path, *, has_decoy: bool, real_slot: int, seed: int, decoy_between: float = 0.0
) -> History:
    """A vault with a random history: entries, a decoy added at a random time and written to now and then, passphrase
    changes and backups; then the examiner's copies: after a lock, while open during the next use, after that lock.
    Between the two locked copies the journal is used, and the decoy too with the chance `decoy_between`."""
    rng = random.Random(seed)
    history = History(has_decoy, real_slot)
    backups.mkdir(parents=True, exist_ok=True)
    vault = _create_in_slot(folder, real_slot)
    run = _Runner(folder, backups, history, rng)
    run.write(vault, 6)
    vault.close()
    sessions = rng.randint(2, 5)
    decoy_at = rng.randrange(sessions) if has_decoy else -1
    for s in range(sessions):
        run.real_session(decoy_now=s == decoy_at)
        if run.decoy_made and rng.random() < 0.5:
            run.decoy_session()
    history.closed_1 = Copy.take(folder)
    # the use between the two copies: an ordinary day (the journal is used; the decoy with the chance given)
    if run.decoy_made and rng.random() < decoy_between:
        run.decoy_session()
    run.real_session(allow_passwd=False, hold_open=True)
    history.closed_3 = Copy.take(folder)
    history.backups = Copy.take(backups)
    return history


# -- what the examiner computes -------------------------------------------------------------------------------------


def pages(data: bytes) -> list[bytes]:
    return [data[i : i + PAGE_SIZE] for i in range(0, len(data), PAGE_SIZE)]


def changed_pages(before: bytes, after: bytes) -> list[int]:
    """Page numbers (from 1) that differ between two copies of a file (pages beyond the shorter one count)."""
    a, b = pages(before), pages(after)
    return [i + 1 for i in range(max(len(a), len(b))) if i >= len(a) or i >= len(b) or a[i] != b[i]]


def backup_slot_size(data: bytes) -> int | None:
    """The plaintext length a backup's frame lengths give away (each frame: 4-byte length, sealed chunk with a 16-byte
    tag), minus the first frame (the manifest): the size of the slot it was made from, before this work."""
    position, lengths = 64, []
    while position + 4 <= len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        lengths.append(length - 16)
        position += 4 + length
    return sum(lengths[1:]) if len(lengths) > 1 else None


def working_files(copy: Copy, slot: int) -> list[str]:
    return [n for n in copy.files if n.startswith(SLOT_NAMES[slot]) and n != SLOT_NAMES[slot]]


def features(h: History, copies: int = 2) -> dict[str, float]:
    """Numbers an examiner computes from one copy (`copies=1`: the first locked copy, the open one and the backups)
    or from all copies (2: also what changed between the two locked copies), as slot-0-minus-slot-1 differences (for
    "which slot") and symmetric quantities (for "is there a decoy")."""
    c1, c2, c3, bk = h.closed_1, h.open_2, h.closed_3, h.backups
    assert c1 is not None and c3 is not None and bk is not None
    f: dict[str, float] = {}
    s0, s1 = c1.files[SLOT_NAMES[0]], c1.files[SLOT_NAMES[1]]
    f["size diff"] = s0.size - s1.size
    f["size |diff|"] = abs(s0.size - s1.size)
    f["smaller size"] = min(s0.size, s1.size)
    f["larger size"] = max(s0.size, s1.size)
    f["inode order"] = (s0.inode > s1.inode) - (s0.inode < s1.inode)
    f["mtime diff"] = s0.mtime_ns - s1.mtime_ns
    f["mtime |diff|"] = abs(s0.mtime_ns - s1.mtime_ns)
    f["ctime diff"] = s0.ctime_ns - s1.ctime_ns
    if s0.birth_ns is not None and s1.birth_ns is not None:
        f["birth diff"] = s0.birth_ns - s1.birth_ns
    for label, copy in (("open", c2), ("locked", c1)):
        if copy is None:
            continue
        w0, w1 = working_files(copy, 0), working_files(copy, 1)
        f[f"working files diff ({label})"] = len(w0) - len(w1)
        f[f"working files total ({label})"] = len(w0) + len(w1)
        f[f"working bytes diff ({label})"] = sum(copy.files[n].size for n in w0) - sum(copy.files[n].size for n in w1)
    if c2 is not None:
        o0, o1 = c2.files[SLOT_NAMES[0]], c2.files[SLOT_NAMES[1]]
        f["size diff (open)"] = o0.size - o1.size
        f["mtime diff (open)"] = o0.mtime_ns - o1.mtime_ns
    sizes = [backup_slot_size(v.data) for v in bk.files.values()]
    f["backups"] = len(sizes)
    f["backup sizes matching slot 0 - slot 1"] = sum(s == s0.size for s in sizes) - sum(s == s1.size for s in sizes)
    f["distinct backup slot sizes"] = len({s for s in sizes if s is not None})
    f["backup size mod 1 MiB"] = sum(v.size % (1 << 20) for v in bk.files.values()) / max(1, len(sizes))
    if copies == 1:
        return f
    e0, e1 = c3.files[SLOT_NAMES[0]], c3.files[SLOT_NAMES[1]]
    f["size diff (2nd copy)"] = e0.size - e1.size
    f["size |diff| (2nd copy)"] = abs(e0.size - e1.size)
    f["growth diff"] = (e0.size - s0.size) - (e1.size - s1.size)
    f["inode changed diff"] = int(e0.inode != s0.inode) - int(e1.inode != s1.inode)
    f["mtime diff (2nd copy)"] = e0.mtime_ns - e1.mtime_ns
    f["working files (2nd copy)"] = len(working_files(c3, 0)) - len(working_files(c3, 1))
    ch0 = changed_pages(s0.data, e0.data)
    ch1 = changed_pages(s1.data, e1.data)
    f["changed pages diff"] = len(ch0) - len(ch1)
    f["changed pages |diff|"] = abs(len(ch0) - len(ch1))
    f["changed pages min"] = min(len(ch0), len(ch1))
    f["changed fraction diff"] = len(ch0) / max(1, len(pages(e0.data))) - len(ch1) / max(1, len(pages(e1.data)))
    f["page 1 changed diff"] = int(1 in ch0) - int(1 in ch1)
    f["page 1 changed both"] = int(1 in ch0 and 1 in ch1)
    f["unchanged slot"] = (not ch0) - (not ch1)
    return f


# -- classifiers ----------------------------------------------------------------------------------------------------

Rule = Callable[[dict[str, float]], bool]


@dataclass(frozen=True)
class Stump:
    feature: str
    threshold: float
    above: bool  # predict True when the value is above the threshold

    def __call__(self, f: dict[str, float]) -> bool:
        return (f.get(self.feature, 0.0) > self.threshold) == self.above


def train_stump(rows: list[dict[str, float]], labels: list[bool]) -> Stump:
    """The single feature and threshold that best separate the training rows (ties: the first found)."""
    best: tuple[int, Stump] = (-1, Stump("", 0.0, True))
    names = sorted({k for r in rows for k in r})
    for name in names:
        values = sorted({r.get(name, 0.0) for r in rows})
        cuts = [values[0] - 1] + [(a + b) / 2 for a, b in itertools.pairwise(values)]
        for cut in cuts:
            for above in (True, False):
                stump = Stump(name, cut, above)
                right = sum(stump(r) == y for r, y in zip(rows, labels, strict=True))
                if right > best[0]:
                    best = (right, stump)
    return best[1]


def cross_validated(rows: list[dict[str, float]], labels: list[bool], repeats: int = 10) -> tuple[float, list[Stump]]:
    """Repeated two-fold cross-validation: split the vaults into halves at random (each half with the same number of
    each label), train a stump on one half and count right guesses on the other, both ways; the mean over `repeats`
    splits of the right guesses over all vaults, and the stumps of the first split."""
    totals, stumps = [], []
    rng = random.Random(len(rows))
    for repeat in range(repeats):
        halves: list[list[int]] = [[], []]
        for value in (True, False):
            group = [i for i, y in enumerate(labels) if y == value]
            rng.shuffle(group)
            for n, i in enumerate(group):
                halves[n % 2].append(i)
        right = 0
        for train, test in ((halves[0], halves[1]), (halves[1], halves[0])):
            stump = train_stump([rows[i] for i in train], [labels[i] for i in train])
            if repeat == 0:
                stumps.append(stump)
            right += sum(stump(rows[i]) == labels[i] for i in test)
        totals.append(right)
    return sum(totals) / len(totals), stumps


#: Fixed rules, chosen from the leaks the issue names before any vault was built; the last ones need two copies.
DECOY_RULES: dict[str, Rule] = {
    "sizes differ": lambda f: f["size |diff|"] != 0,
    "the smaller slot is not 28 pages": lambda f: f["smaller size"] != 28 * PAGE_SIZE,
    "backups of two sizes": lambda f: f["distinct backup slot sizes"] > 1,
    "both slots changed between the copies": lambda f: f.get("changed pages min", 0) > 0,
    "both first pages changed": lambda f: f.get("page 1 changed both", 0) > 0,
}
SLOT0_RULES: dict[str, Rule] = {  # True: "the journal is in slot 0"
    "the larger slot": lambda f: f["size diff"] > 0,
    "the earlier birth time (a tie: slot 0)": lambda f: f.get("birth diff", 0) <= 0,
    "the lower inode": lambda f: f["inode order"] < 0,
    "the older mtime": lambda f: f["mtime diff"] < 0,
    "the newer mtime while open": lambda f: f.get("mtime diff (open)", 0) > 0,
    "working files beside it while open": lambda f: f.get("working files diff (open)", 0) > 0,
    "backups match its size": lambda f: f["backup sizes matching slot 0 - slot 1"] > 0,
    "more pages changed": lambda f: f.get("changed pages diff", 0) > 0,
    "its first page changed": lambda f: f.get("page 1 changed diff", 0) > 0,
}
TWO_COPY_RULES = {"both slots changed between the copies", "both first pages changed", "more pages changed",
                  "its first page changed"}  # fmt: skip


@dataclass
class Verdict:
    copies: int
    n: int
    decoy_cv: float  # mean right guesses of the cross-validated stump
    slot_cv: float
    decoy_stumps: list[Stump]
    slot_stumps: list[Stump]
    decoy_rules: dict[str, int]
    slot_rules: dict[str, int]

    def report(self) -> str:
        lines = [
            f"examiner with {self.copies} cop{'y' if self.copies == 1 else 'ies'} of {self.n} vaults "
            f"(chance = {self.n // 2}):",
            f"  decoy or not, trained stump (2 folds x 10): {self.decoy_cv:.1f}/{self.n} "
            f"[{'; '.join(f'{s.feature} > {s.threshold:g}' for s in self.decoy_stumps)}]",
            f"  which slot, trained stump (2 folds x 10): {self.slot_cv:.1f}/{self.n} "
            f"[{'; '.join(f'{s.feature} > {s.threshold:g}' for s in self.slot_stumps)}]",
        ]
        lines += [f"  decoy rule '{k}': {v}/{self.n}" for k, v in self.decoy_rules.items()]
        lines += [f"  slot rule '{k}': {v}/{self.n}" for k, v in self.slot_rules.items()]
        return "\n".join(lines)


def judge(histories: list[History], copies: int = 2) -> Verdict:
    rows = [features(h, copies) for h in histories]
    decoy_rules = {k: r for k, r in DECOY_RULES.items() if copies == 2 or k not in TWO_COPY_RULES}
    slot_rules = {k: r for k, r in SLOT0_RULES.items() if copies == 2 or k not in TWO_COPY_RULES}
    decoy = [h.has_decoy for h in histories]
    slot0 = [h.real_slot == 0 for h in histories]
    decoy_cv, decoy_stumps = cross_validated(rows, decoy)
    slot_cv, slot_stumps = cross_validated(rows, slot0)
    return Verdict(
        copies,
        len(histories),
        decoy_cv,
        slot_cv,
        decoy_stumps,
        slot_stumps,
        {k: sum(rule(r) == y for r, y in zip(rows, decoy, strict=True)) for k, rule in decoy_rules.items()},
        {k: sum(rule(r) == y for r, y in zip(rows, slot0, strict=True)) for k, rule in slot_rules.items()},
    )


def build_set(base: Path, count: int, seed: int, decoy_between: float = 0.0) -> list[History]:
    """`count` vaults (a multiple of 4): every combination of decoy/no decoy and slot 0/1 equally often, interleaved
    so that each fold of the cross-validation (even and odd vaults) gets the same balance of both labels."""
    cycle = [(True, 0), (True, 1), (False, 1), (False, 0), (True, 1), (True, 0), (False, 0), (False, 1)]
    plan = [cycle[i % 8] for i in range(count)]
    histories = []
    for i, (has_decoy, slot) in enumerate(plan):
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(base / f"v{i}")
        histories.append(
            build(base / f"v{i}" / "vault", base / f"v{i}" / "backups", has_decoy=has_decoy, real_slot=slot,
                  seed=seed * 1000 + i, decoy_between=decoy_between)
        )  # fmt: skip
    return histories
