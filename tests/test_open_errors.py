"""Wrong passphrase means exactly one thing: page 1's HMAC does not match the key. A full disk, a read-only mount or
folder, an unreadable file, an I/O error, a lock held elsewhere, a missing folder are each reported as themselves,
never counted as a failed attempt, never a step towards a wipe, and a failed open leaves no -wal/-shm behind."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from journal_app.core import vault as vault_module
from journal_app.core.attempts import UnlockThrottle, counts_as_failure
from journal_app.core.errors import (
    DiskFull,
    NotAVault,
    VaultBusy,
    VaultReadOnly,
    VaultUnavailable,
    VaultUnreadable,
    WrongPassphrase,
)
from journal_app.core.kdf import KDF_V1
from journal_app.core.vault import SLOT_NAMES, Vault, key_fits_page1, vault_exists
from journal_app.core.wipe import wipe_vault

from .conftest import FAST_KDF, MARKER, PASSPHRASE, snapshot
from .fs_faults import fill_disk, read_only_bind, run_as_ordinary_user, small_tmpfs

ROOT = Path(__file__).resolve().parents[1]


def make_vault(folder: Path, kdf=FAST_KDF) -> str:
    with Vault.create(folder, PASSPHRASE, kdf=kdf) as vault:
        return vault.journal().add(title="t", body="body " + MARKER).id


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A vault on a 2 MiB tmpfs that is then filled to the last byte."""
    with small_tmpfs(tmp_path / "mnt") as mnt:
        entry = make_vault(mnt / "vault")
        filler = fill_disk(mnt)
        yield mnt / "vault", entry
        filler.unlink(missing_ok=True)


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder the user `nobody` can reach (pytest's own tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="journal-test-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_the_key_check_is_page_one_hmac(vault_dir: Path) -> None:
    make_vault(vault_dir)
    with Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        key, slot = vault.raw_key, vault.slot_path
    page = slot.read_bytes()[:4096]
    assert key_fits_page1(page, key)
    assert not key_fits_page1(page, bytes(32))
    other = next(vault_dir / n for n in SLOT_NAMES if vault_dir / n != slot)
    assert not key_fits_page1(other.read_bytes()[:4096], key)  # the filler slot
    damaged = bytearray(page)
    damaged[100] ^= 1
    assert not key_fits_page1(bytes(damaged), key)


def test_full_disk_is_disk_full_and_leaves_nothing_behind(full_disk: tuple[Path, str]) -> None:
    folder, entry = full_disk
    before = snapshot(folder)
    for _ in range(3):
        with pytest.raises(DiskFull):
            Vault.open(folder, PASSPHRASE, kdf=FAST_KDF)
        assert snapshot(folder) == before  # no -wal/-shm left, nothing written
    with pytest.raises(WrongPassphrase):  # a wrong passphrase on a full disk is still just that
        Vault.open(folder, "not it", kdf=FAST_KDF)
    (folder.parent / "filler").unlink()
    with Vault.open(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        assert MARKER in vault.journal().get(entry).body


def test_read_only_mount_is_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    entry = make_vault(folder)
    with read_only_bind(folder):
        before = snapshot(folder)
        with pytest.raises(VaultReadOnly):
            Vault.open(folder, PASSPHRASE, kdf=FAST_KDF)
        with pytest.raises(WrongPassphrase):
            Vault.open(folder, "not it", kdf=FAST_KDF)
        with pytest.raises(VaultReadOnly):  # a wipe checks first that it can delete, and touches nothing
            wipe_vault(folder)
        assert snapshot(folder) == before
    with Vault.open(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        assert vault.journal().get(entry).title == "t"


CHILD = """
import sys
from pathlib import Path
from journal_app.core.vault import Vault
from journal_app.core.wipe import wipe_vault
from tests.conftest import FAST_KDF, PASSPHRASE
# -- as the user --
folder = Path({folder!r})
for passphrase in (PASSPHRASE, PASSPHRASE, "not it"):
    try:
        Vault.open(folder, passphrase, kdf=FAST_KDF).close()
        print("opened")
    except Exception as error:
        print(type(error).__name__)
try:
    wipe_vault(folder)
    print("wiped")
except Exception as error:
    print(type(error).__name__)
print(" ".join(sorted(p.name for p in folder.iterdir())))
"""


def test_folder_mode_0555_as_an_ordinary_user(shared_tmp: Path) -> None:
    folder = shared_tmp / "vault"
    entry = make_vault(folder)
    folder.chmod(0o555)
    done = run_as_ordinary_user(CHILD.format(folder=str(folder)), folder)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:5] == [
        "VaultReadOnly",
        "VaultReadOnly",
        "WrongPassphrase",
        "VaultReadOnly",
        "data.0 data.1",
    ]
    folder.chmod(0o700)
    with Vault.open(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        assert vault.journal().get(entry).title == "t"


def test_unreadable_slot_as_an_ordinary_user(shared_tmp: Path) -> None:
    folder = shared_tmp / "vault"
    make_vault(folder)
    (folder / "data.1").chmod(0o000)
    done = run_as_ordinary_user(CHILD.format(folder=str(folder)), folder)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split("\n")
    assert lines[:3] == ["VaultUnreadable"] * 3 and lines[4] == "data.0 data.1"


class _FailingConnection:
    """A connection whose reads fail as SQLite reports a fault (injected after the key check passed)."""

    def __init__(self, real, message: str) -> None:
        self.real, self.message = real, message

    def execute(self, sql: str, *args):
        if sql.startswith("SELECT count(*) FROM sqlite_master"):
            raise sqlcipher3.OperationalError(self.message)
        return self.real.execute(sql, *args)

    def close(self) -> None:
        self.real.close()


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("disk I/O error", VaultUnreadable),
        ("unable to open database file", VaultUnreadable),
        ("database or disk is full", DiskFull),
        ("attempt to write a readonly database", VaultReadOnly),
        ("database is locked", VaultBusy),
    ],
)
def test_sqlite_faults_after_the_key_check_are_named(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, message: str, expected: type
) -> None:
    make_vault(vault_dir)
    real_connect = vault_module._connect
    monkeypatch.setattr(vault_module, "_connect", lambda path: _FailingConnection(real_connect(path), message))
    before = snapshot(vault_dir)
    with pytest.raises(expected):
        Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    assert snapshot(vault_dir) == before
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "not it", kdf=FAST_KDF)


def test_io_error_reading_page_one_is_unreadable(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_vault(vault_dir)

    def broken(_path: Path) -> bytes:
        raise OSError(5, "Input/output error")

    real_open = open

    def fake_open(path, mode="r", *args, **kwargs):
        if "b" in mode and Path(path).name == "data.1":
            raise OSError(5, "Input/output error")
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", fake_open)
    with pytest.raises(VaultUnreadable):
        Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF)


def test_missing_folder_and_lock_held_elsewhere(tmp_path: Path, vault_dir: Path) -> None:
    with pytest.raises(NotAVault):
        Vault.open(tmp_path / "nowhere", PASSPHRASE, kdf=FAST_KDF)
    make_vault(vault_dir)
    with Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF), pytest.raises(VaultBusy):
        Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF)


def test_only_a_wrong_passphrase_counts_as_a_failed_attempt(tmp_path: Path) -> None:
    for error in (DiskFull(), VaultReadOnly(), VaultBusy(), VaultUnreadable("x"), NotAVault("x")):
        assert isinstance(error, Exception) and not counts_as_failure(error)
    assert all(isinstance(e, VaultUnavailable) for e in (DiskFull(), VaultReadOnly(), VaultBusy(), VaultUnreadable()))
    assert counts_as_failure(WrongPassphrase())
    throttle = UnlockThrottle(tmp_path / "attempts")
    assert not throttle.should_wipe(5)


def _cli(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(env_extra or {})
    return subprocess.run(
        [str(ROOT / ".venv" / "bin" / "journal-app"), *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.mark.slow
def test_cli_on_a_full_disk_says_so_with_exit_6(tmp_path: Path) -> None:
    """The installed command, with the real key derivation (the CLI cannot weaken it)."""
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    with small_tmpfs(tmp_path / "mnt") as mnt:
        make_vault(mnt / "vault", kdf=KDF_V1)
        fill_disk(mnt)
        before = snapshot(mnt / "vault")
        done = _cli("--vault", str(mnt / "vault"), "--passphrase-file", str(pw), "list")
        assert done.returncode == 6, done.stderr
        assert "disk is full" in done.stderr and "wrong passphrase" not in done.stderr
        assert "Traceback" not in done.stderr
        assert snapshot(mnt / "vault") == before
        assert vault_exists(mnt / "vault")
