"""Wiping a vault: every vault file overwritten and deleted, nothing else touched, refused while open."""

from __future__ import annotations

import os

import pytest

from journal_app.core import wipe as wipe_module
from journal_app.core.errors import NotAVault, VaultBusy
from journal_app.core.vault import Vault, vault_exists
from journal_app.core.wipe import vault_files, wipe_vault

from .conftest import FAST_KDF, MARKER, PASSPHRASE


def make_vault(folder):
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.journal().add(title=MARKER, body=MARKER * 100)


def test_wipe_overwrites_then_deletes_every_file_and_the_empty_folder(vault_dir, monkeypatch):
    make_vault(vault_dir)
    (vault_dir / "data.0.tmp").write_bytes(b"stale")
    before = {p.name: p.read_bytes() for p in vault_files(vault_dir)}
    seen: dict[str, bytes] = {}
    real_overwrite = wipe_module._overwrite

    def spy(fd: int) -> int:
        size = real_overwrite(fd)
        os.lseek(fd, 0, os.SEEK_SET)
        name = next(p.name for p in vault_dir.iterdir() if os.path.samestat(os.fstat(fd), p.stat()))
        seen[name] = os.read(fd, size + 1)
        return size

    monkeypatch.setattr(wipe_module, "_overwrite", spy)
    result = wipe_vault(vault_dir)
    assert set(seen) == set(before) == {"data.0", "data.1", "data.0.tmp"}
    for name, old in before.items():  # same size, other bytes
        assert len(seen[name]) == len(old) and seen[name] != old
    assert result.files == 3 and result.bytes == sum(len(b) for b in before.values())
    assert result.folder_removed and not vault_dir.exists()


def test_other_files_in_the_folder_are_kept(vault_dir):
    make_vault(vault_dir)
    (vault_dir / "notes.txt").write_text("mine")
    result = wipe_vault(vault_dir)
    assert not vault_exists(vault_dir) and not result.folder_removed
    assert [p.name for p in vault_dir.iterdir()] == ["notes.txt"]


def test_backups_passed_in_also_are_wiped(vault_dir, tmp_path):
    make_vault(vault_dir)
    backup = tmp_path / "journal.backup"
    backup.write_bytes(os.urandom(5000))
    wipe_vault(vault_dir, also=[backup])
    assert not backup.exists()


def test_a_symlink_in_also_is_refused_before_anything_is_touched(vault_dir, tmp_path):
    make_vault(vault_dir)
    target = tmp_path / "precious"
    target.write_text("keep")
    (tmp_path / "link").symlink_to(target)
    before = {p.name: p.read_bytes() for p in vault_files(vault_dir)}
    with pytest.raises(NotAVault):
        wipe_vault(vault_dir, also=[tmp_path / "link"])
    assert {p.name: p.read_bytes() for p in vault_files(vault_dir)} == before
    assert target.read_text() == "keep"


def test_refused_while_the_vault_is_open(vault_dir):
    make_vault(vault_dir)
    before = {p.name: p.read_bytes() for p in vault_files(vault_dir)}
    with Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF), pytest.raises(VaultBusy):
        wipe_vault(vault_dir)
    assert {
        p.name: p.read_bytes() for p in vault_files(vault_dir) if p.name.startswith("data.") and "-" not in p.name
    } == before


def test_a_folder_without_a_vault_is_refused(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(NotAVault):
        wipe_vault(tmp_path / "empty")
    assert (tmp_path / "empty").is_dir()
