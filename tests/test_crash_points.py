"""Crashes at any point leave something that opens or can be re-created (tests/crash_points.py has the harness).

For each operation the child is killed at the k-th call that changes or flushes files, for every k until the
operation finishes first. After each crash:
- init: the folder is a vault that opens with the passphrase, or a folder `init` can use again;
- passwd, decoy set/remove, backup, merge: the vault opens with the right passphrase (the new one once the change was
  acknowledged) with every entry, and passes its integrity checks;
- backup: an interrupted `.partial` is removed by the next backup;
- restore: a vault at the target (when restoring over the live vault: the live one or the restored one), the live
  vault never lost, and the next restore never deletes the only copy left in `.journal-restore-*`.

The fast sweep (crash hook in the child, every Python-level call) runs in `make test`; the exhaustive one (strace
fault injection on every fsync, fdatasync, rename, unlink, rmdir and ftruncate system call, SQLite's own included)
is marked `deep` (`make test-deep`).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from journal_app.core.backup import read_backup, restore_backup, write_backup
from journal_app.core.errors import NotAVault, VaultExists, WrongPassphrase
from journal_app.core.merge import merge_backup
from journal_app.core.vault import Vault, vault_exists
from tests.conftest import FAST_KDF

from .crash_child import BACKUP, DECOY, A, B
from .crash_points import Sweep, strace_available, sweep

ENTRIES = 12
BACKUP_ENTRIES = 7


def _fill(folder: Path, passphrase: str, prefix: str, count: int) -> None:
    with Vault.create(folder, passphrase, kdf=FAST_KDF) as vault:
        for i in range(count):
            vault.journal().add(title=f"{prefix} {i}", body=f"{prefix} текст {i} " * 200, tags=[prefix])


def _titles(folder: Path, passphrase: str) -> set[str]:
    with Vault.open(folder, passphrase, kdf=FAST_KDF) as vault:
        assert vault.check() == [], "the vault fails its integrity check"
        return {s.title for s in vault.journal().list_entries()}


def _live(folder: Path) -> set[str]:
    return {f"live {i}" for i in range(ENTRIES)}


def _from_backup() -> set[str]:
    return {f"backup {i}" for i in range(BACKUP_ENTRIES)}


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".journal-restore-"))


# -- preparing ------------------------------------------------------------------------------------------------------


def prepare_empty(folder: Path) -> None:
    folder.mkdir(parents=True)


def prepare_vault(folder: Path) -> None:
    folder.mkdir(parents=True)
    _fill(folder / "vault", A, "live", ENTRIES)


def prepare_with_decoy(folder: Path) -> None:
    prepare_vault(folder)
    with Vault.open(folder / "vault", A, kdf=FAST_KDF) as vault:
        vault.set_decoy(DECOY)


def prepare_with_backup(folder: Path) -> None:
    prepare_vault(folder)
    _fill(folder / "source", A, "backup", BACKUP_ENTRIES)
    with Vault.open(folder / "source", A, kdf=FAST_KDF) as vault:
        write_backup(vault, folder / "b.backup", BACKUP, kdf=FAST_KDF)
    import shutil

    shutil.rmtree(folder / "source")


# -- checking -------------------------------------------------------------------------------------------------------


def check_init(folder: Path, acknowledged: bool) -> str:
    target = folder / "vault"
    if vault_exists(target):
        try:
            _titles(target, A)
            return "vault opens"
        except WrongPassphrase:
            assert not acknowledged, "an acknowledged init does not open"
            raise AssertionError("a vault that does not open with its passphrase blocks init") from None
    assert not acknowledged
    try:
        Vault.create(target, A, kdf=FAST_KDF).close()
    except (VaultExists, NotAVault) as error:
        raise AssertionError(f"init cannot use the folder again: {error}") from None
    assert _titles(target, A) == set()
    return "init usable again"


def check_passwd(folder: Path, acknowledged: bool) -> str:
    target = folder / "vault"
    for passphrase, name in ((B, "new passphrase"), (A, "old passphrase")):
        try:
            titles = _titles(target, passphrase)
        except WrongPassphrase:
            continue
        assert titles == _live(folder), f"entries lost with the {name}"
        assert not (acknowledged and passphrase == A), "acknowledged, yet only the old passphrase opens"
        _no_working_files(target)
        return f"opens with the {name}"
    raise AssertionError("the vault opens with neither passphrase")


def _no_working_files(target: Path) -> None:
    extra = sorted(p.name for p in target.iterdir() if p.name not in ("data.0", "data.1"))
    assert extra == [], f"files left in the vault after it was opened and closed: {extra}"


def check_decoy_set(folder: Path, acknowledged: bool) -> str:
    target = folder / "vault"
    assert _titles(target, A) == _live(folder), "the journal lost entries"
    try:
        assert _titles(target, DECOY) == set()
        outcome = "journal whole, decoy set"
    except WrongPassphrase:
        assert not acknowledged, "acknowledged, yet the decoy does not open"
        outcome = "journal whole, no decoy yet"
    _no_working_files(target)
    return outcome


def check_decoy_remove(folder: Path, acknowledged: bool) -> str:
    target = folder / "vault"
    assert _titles(target, A) == _live(folder), "the journal lost entries"
    try:
        _titles(target, DECOY)
        assert not acknowledged, "acknowledged, yet the decoy still opens"
        outcome = "journal whole, decoy still there"
    except WrongPassphrase:
        outcome = "journal whole, decoy removed"
    _no_working_files(target)
    return outcome


def check_backup(folder: Path, acknowledged: bool) -> str:
    assert _titles(folder / "vault", A) == _live(folder), "the journal lost entries"
    out = folder / "out.backup"
    if acknowledged:
        assert out.exists()
    outcome = "backup written" if out.exists() else "no backup"
    if out.exists():
        read_backup(out, BACKUP)
    with Vault.open(folder / "vault", A, kdf=FAST_KDF) as vault:
        write_backup(vault, folder / "next.backup", BACKUP, kdf=FAST_KDF)
    partial = sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))
    assert partial == [], f"an interrupted backup's file is still there after the next backup: {partial}"
    return outcome


def check_restore_new(folder: Path, acknowledged: bool) -> str:
    target = folder / "restored"
    if vault_exists(target):
        assert _titles(target, BACKUP) == _from_backup(), "the restored vault lacks entries"
        outcome = "restored vault"
    else:
        assert not acknowledged, "acknowledged, yet there is no vault at the target"
        outcome = "no vault yet"
        restore_backup(folder / "b.backup", BACKUP, target, kdf=FAST_KDF)  # the next restore works
        assert _titles(target, BACKUP) == _from_backup()
    assert _titles(folder / "vault", A) == _live(folder), "the vault beside it was harmed"
    return outcome


def _vaults_beside(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("vault-before-restore-*") if vault_exists(p))


def check_restore_live(folder: Path, acknowledged: bool) -> str:
    """Restoring into the live vault's own folder: a vault at the target at every moment, the live one kept."""
    target = folder / "vault"
    assert vault_exists(target), "no vault at the target"
    try:
        titles = _titles(target, A)
        assert titles == _live(folder), "the live vault lost entries"
        assert not acknowledged, "acknowledged, yet the live vault is still at the target"
        outcome = "live vault at the target"
    except WrongPassphrase:
        assert _titles(target, BACKUP) == _from_backup(), "the restored vault lacks entries"
        aside = _vaults_beside(folder)
        outcome = "restored at the target, live moved aside"
        if not aside:
            outcome = "restored at the target, live vault left in the work folder"
    # the live journal exists somewhere whole; the next restore never deletes it
    restore_backup(folder / "b.backup", BACKUP, target, new_passphrase="ещё", kdf=FAST_KDF)
    assert _titles(target, "ещё") == _from_backup()
    found = [p for p in _vaults_beside(folder) if _opens(p, A)]
    assert found, "after the next restore the live journal is nowhere (deleted from the work folder?)"
    assert _titles(found[0], A) == _live(folder)
    assert _leftovers(folder) == [], f"work folders left after the next restore: {_leftovers(folder)}"
    return outcome


def _opens(folder: Path, passphrase: str) -> bool:
    try:
        Vault.open(folder, passphrase, kdf=FAST_KDF).close()
    except WrongPassphrase:
        return False
    return True


def check_merge(folder: Path, acknowledged: bool) -> str:
    titles = _titles(folder / "vault", A)
    assert _live(folder) <= titles, "the journal lost entries"
    merged = titles - _live(folder)
    assert merged in (set(), _from_backup()), "a merge half done"
    assert not (acknowledged and not merged), "acknowledged, yet nothing was merged"
    with Vault.open(folder / "vault", A, kdf=FAST_KDF) as vault:
        merge_backup(vault, folder / "b.backup", BACKUP)  # the next merge works
    assert _leftovers(folder) == [], f"work folders left after the next merge: {_leftovers(folder)}"
    return "merged" if merged else "not merged yet"


OPERATIONS = {
    "init": (prepare_empty, check_init),
    "passwd": (prepare_vault, check_passwd),
    "decoy_set": (prepare_vault, check_decoy_set),
    "decoy_remove": (prepare_with_decoy, check_decoy_remove),
    "backup": (prepare_vault, check_backup),
    "restore_new": (prepare_with_backup, check_restore_new),
    "restore_live": (prepare_with_backup, check_restore_live),
    "merge": (prepare_with_backup, check_merge),
}


def _run(tmp_path: Path, operation: str, how: str) -> Sweep:
    prepare, check = OPERATIONS[operation]
    result = sweep(operation, prepare, check, tmp_path, how=how)
    print("\n" + result.summary())
    for failure in result.failures:
        print("   ", failure)
    assert result.points > 0
    assert result.failures == [], result.summary()
    return result


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_crash_at_every_python_level_point(tmp_path: Path, operation: str) -> None:
    _run(tmp_path, operation, "hook")


@pytest.mark.deep
@pytest.mark.skipif(not strace_available(), reason="strace is not installed or may not trace here")
@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_crash_at_every_system_call(tmp_path: Path, operation: str) -> None:
    _run(tmp_path, operation, "strace")


def test_the_harness_sees_a_crash(tmp_path: Path) -> None:
    """A check that cannot fail is a defect: a point where the folder is broken is reported as a failure."""

    def broken_check(folder: Path, acknowledged: bool) -> str:
        raise AssertionError("broken on purpose")

    result = sweep("init", prepare_empty, broken_check, tmp_path, how="hook", limit=1)
    assert result.points == 1 and result.failures and result.outcomes["FAILED"] == 1
    assert os.listdir(tmp_path) == []
