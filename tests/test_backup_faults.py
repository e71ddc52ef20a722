"""Faults of backups: the reader meets random and mutated files (hypothesis) and answers only with clean errors;
kill -9 at random moments of a restore never harms the live vault beside it or in its place.

Set JOURNAL_FAULT_SCALE=0.1 for a quick local run (as tests/security/test_faults.py).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core.backup import BackupDamaged, read_backup, verify_backup, write_backup
from journal_app.core.errors import InvalidInput, WrongPassphrase
from journal_app.core.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, snapshot

SCALE = float(os.environ.get("JOURNAL_FAULT_SCALE", "1"))
ROOT = Path(__file__).resolve().parents[1]
CLEAN = (BackupDamaged, WrongPassphrase, InvalidInput)


@pytest.fixture(scope="module")
def real_backup(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("fuzz")
    with Vault.create(folder / "vault", PASSPHRASE, kdf=FAST_KDF) as vault:
        for i in range(30):
            vault.journal().add(title=f"запись {i}", body="слова " * 400, tags=["t"])
        path = write_backup(vault, folder / "b.backup", PASSPHRASE, kdf=FAST_KDF)
    return path.read_bytes()


def _check(tmp_path: Path, data: bytes, passphrase: str = PASSPHRASE) -> None:
    path = tmp_path / "x.backup"
    path.write_bytes(data)
    before = sorted(tmp_path.iterdir())
    for reader in (lambda: verify_backup(path, passphrase), lambda: read_backup(path, passphrase, lambda _b: None)):
        try:
            reader()
        except CLEAN:
            pass
    assert sorted(tmp_path.iterdir()) == before  # reading writes nothing


@settings(
    max_examples=int(300 * SCALE) or 30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=4096))
def test_random_bytes_give_only_clean_errors(tmp_path: Path, data: bytes) -> None:
    _check(tmp_path, data)


mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**9), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, 10**9), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, 10**9), st.integers(1, 64)),
    st.tuples(st.just("drop"), st.integers(0, 10**9), st.integers(1, 70_000)),
    st.tuples(st.just("repeat"), st.integers(0, 10**9), st.integers(1, 70_000)),
)


def _mutate(data: bytes, steps: list[tuple[str, int, int]], rng: random.Random) -> bytes:
    out = bytearray(data)
    for kind, where, size in steps:
        at = where % max(1, len(out))
        if kind == "flip" and out:
            out[at] ^= size
        elif kind == "cut":
            del out[at:]
        elif kind == "insert":
            out[at:at] = rng.randbytes(size)
        elif kind == "drop":
            del out[at : at + size]
        elif kind == "repeat":
            out[at:at] = out[at : at + size]
    return bytes(out)


@settings(
    max_examples=int(300 * SCALE) or 30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(mutation, min_size=1, max_size=4), seed=st.integers(0, 2**32), wrong=st.booleans())
def test_mutated_real_backups_give_only_clean_errors(
    tmp_path: Path, real_backup: bytes, steps: list[tuple[str, int, int]], seed: int, wrong: bool
) -> None:
    mutated = _mutate(real_backup, steps, random.Random(seed))
    _check(tmp_path, mutated, "not the passphrase" if wrong else PASSPHRASE)
    if mutated != real_backup:
        path = tmp_path / "x.backup"
        with pytest.raises(CLEAN):
            verify_backup(path, "not the passphrase" if wrong else PASSPHRASE)


# -- kill -9 during restore ------------------------------------------------------------------------------------------

CHILD = """
import sys
from pathlib import Path
from journal_app.core import backup
from journal_app.core.backup import restore_backup
from journal_app.core.kdf import KdfParams
kdf = KdfParams(memory_kib=1024, iterations=1, lanes=1)
backup.ACCEPTED_KDF += (kdf,)  # the test's cheap backups
print("ready", flush=True)
restore_backup(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), kdf=kdf)
print("done", flush=True)
"""


def _restore_child(backup: Path, target: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(backup), PASSPHRASE, str(target)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT,
    )  # fmt: skip
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def _opens_with_marker(folder: Path, marker: str) -> bool:
    with Vault.open(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        assert vault.check() == []
        return any(s.title == marker for s in vault.journal().list_entries())


def test_kill_during_restore_leaves_the_live_vault_whole(tmp_path: Path) -> None:
    source = tmp_path / "source"
    rng = random.Random(5)
    with Vault.create(source, PASSPHRASE, kdf=FAST_KDF) as vault:
        for i in range(40):
            vault.journal().add(title=f"backup {i}", body=rng.randbytes(60_000).hex())  # ~5 MB of journal
        backup = write_backup(vault, tmp_path / "big.backup", PASSPHRASE, kdf=FAST_KDF)
    assert backup.stat().st_size > 4 * 1024 * 1024

    places = tmp_path / "places"
    places.mkdir()
    live = places / "live"
    with Vault.create(live, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.journal().add(title="the live one", body="mine")
    original = snapshot(live)

    started = time.monotonic()
    probe = _restore_child(backup, tmp_path / "probe")
    probe.communicate(timeout=120)
    duration = time.monotonic() - started
    assert (tmp_path / "probe").is_dir()

    runs = max(4, int(20 * SCALE))
    finished = 0
    for n in range(runs):
        into_live = n % 2 == 1  # half the time the restore goes into the live vault's own folder (swap at the end)
        target = live if into_live else places / f"new-{n}"
        proc = _restore_child(backup, target)
        time.sleep(rng.uniform(0.0, duration))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        finished += "done" in out
        aside = sorted(places.glob("live-before-restore-*"))
        if live.is_dir() and snapshot(live) == original:
            assert _opens_with_marker(live, "the live one")
        else:
            # the swap happened (or was under way): the live vault must be whole where it was moved to
            assert aside, f"run {n}: the live vault is neither in its place nor moved aside"
            assert snapshot(aside[-1]) == original
            assert _opens_with_marker(aside[-1], "the live one")
            if live.is_dir():
                assert _opens_with_marker(live, "backup 0")
            aside[-1].rename(places / "live-tmp")
            if live.is_dir():
                os.rename(live, places / f"restored-{n}")
            (places / "live-tmp").rename(live)
        assert snapshot(live) == original
    leftovers = sorted(p.name for p in places.glob(".journal-restore-*"))
    print(f"\n{runs} kills during restore (a restore takes {duration:.2f} s): {finished} finished before the kill, "
          f"the live vault whole every time; {len(leftovers)} unfinished work folders left beside it")  # fmt: skip
