"""The decoy journal: a second passphrase opens a separate journal; the folder looks the same either way."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal_app.core.errors import InvalidInput, WrongPassphrase
from journal_app.core.vault import SLOT_NAMES, Vault, read_salt
from tests.conftest import FAST_KDF, MARKER, PASSPHRASE, files_containing

DECOY = "бабушкины рецепты"


def make(folder: Path, slot: int) -> Vault:
    """A vault whose real journal is in `slot` (creation picks the slot at random)."""
    for i in range(64):
        candidate = folder.with_name(f"{folder.name}-{i}")
        vault = Vault.create(candidate, PASSPHRASE, kdf=FAST_KDF)
        if vault._slot == slot:
            return vault
        vault.close()
    raise AssertionError("slot never chosen")


@pytest.mark.parametrize("slot", [0, 1])
def test_decoy_opens_a_separate_journal(tmp_path: Path, slot: int) -> None:
    vault = make(tmp_path / "v", slot)
    folder = vault.folder
    salt = read_salt(folder)
    sizes = {n: (folder / n).stat().st_size for n in SLOT_NAMES}
    vault.journal().add(title=MARKER, body="настоящий дневник")
    vault.set_decoy(DECOY)
    vault.close()
    assert sorted(p.name for p in folder.iterdir()) == list(SLOT_NAMES)
    assert read_salt(folder) == salt  # the salt survived
    other = folder / SLOT_NAMES[1 - slot]
    assert other.stat().st_size >= sizes[other.name]  # not smaller than the filler it replaced
    with Vault.open(folder, DECOY, kdf=FAST_KDF) as decoy:
        assert decoy._slot == 1 - slot
        assert decoy.journal().count() == 0
        decoy.journal().add(body="рецепт пирога")
        assert decoy.journal().search("настоящий") == []
    with Vault.open(folder, PASSPHRASE, kdf=FAST_KDF) as real:
        assert [e.title for e in real.journal().list_entries()] == [MARKER]
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, "ни то ни другое", kdf=FAST_KDF)
    assert files_containing(folder, MARKER) == []


def test_decoy_cannot_reuse_the_real_passphrase_and_passwd_cannot_take_the_decoys(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    with pytest.raises(InvalidInput):
        vault.set_decoy(PASSPHRASE)
    vault.set_decoy(DECOY)
    with pytest.raises(InvalidInput):
        vault.change_passphrase(DECOY)
    vault.close()


def test_remove_decoy(tmp_path: Path) -> None:
    for slot in (0, 1):
        vault = make(tmp_path / f"r{slot}", slot)
        folder = vault.folder
        vault.set_decoy(DECOY)
        salt = read_salt(folder)
        vault.remove_decoy()
        vault.close()
        assert read_salt(folder) == salt
        with pytest.raises(WrongPassphrase):
            Vault.open(folder, DECOY, kdf=FAST_KDF)
        Vault.open(folder, PASSPHRASE, kdf=FAST_KDF).close()
