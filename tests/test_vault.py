"""The vault: create, unlock, lock, change passphrase; wrong passphrase and damage change nothing."""

from __future__ import annotations

import os
import time
import unicodedata
from pathlib import Path

import pytest

from journal_app.core.errors import InvalidInput, NotAVault, VaultDamaged, VaultExists, WrongPassphrase
from journal_app.core.kdf import KDF_V1, derive_key
from journal_app.core.vault import SLOT_NAMES, Vault, read_salt
from tests.conftest import FAST_KDF, MARKER, PASSPHRASE, files_containing, snapshot


def test_new_vault_has_two_equal_looking_files(vault_dir: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF).close()
    names = sorted(p.name for p in vault_dir.iterdir())
    assert names == list(SLOT_NAMES)
    sizes = {(vault_dir / n).stat().st_size for n in names}
    assert len(sizes) == 1
    if os.name == "posix":
        assert all((vault_dir / n).stat().st_mode & 0o077 == 0 for n in names)


def test_vault_files_carry_no_plaintext_marker(vault_dir: Path) -> None:
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.journal().add(title=MARKER, body=f"text {MARKER} text", tags=[MARKER])
        # while open, too (WAL file included)
        assert files_containing(vault_dir, MARKER) == []
    assert files_containing(vault_dir, MARKER) == []
    for name in SLOT_NAMES:
        head = (vault_dir / name).read_bytes()[:64]
        assert b"SQLite" not in head and b"journal" not in head.lower()


def test_journal_slot_is_chosen_at_random(tmp_path: Path) -> None:
    slots = set()
    for i in range(24):
        with Vault.create(tmp_path / str(i), PASSPHRASE, kdf=FAST_KDF) as vault:
            slots.add(vault._slot)
        if len(slots) == 2:
            break
    assert slots == {0, 1}


def test_salt_is_the_start_of_slot_zero(vault_dir: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF).close()
    assert read_salt(vault_dir) == (vault_dir / "data.0").read_bytes()[:16]


def test_reopen_reads_what_was_written(vault_dir: Path) -> None:
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        entry = vault.journal().add(title="Ереван", body="первый день")
    with Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        assert vault.journal().get(entry.id).body == "первый день"


def test_lock_leaves_only_the_two_files(vault_dir: Path) -> None:
    vault = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    vault.journal().add(body="x")
    vault.close()
    vault.close()  # twice is fine
    assert sorted(p.name for p in vault_dir.iterdir()) == list(SLOT_NAMES)


def test_wrong_passphrase_changes_nothing(vault_dir: Path) -> None:
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.journal().add(body="x")
    before = snapshot(vault_dir)
    mtimes = {p.name: p.stat().st_mtime_ns for p in vault_dir.iterdir()}
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "not the passphrase", kdf=FAST_KDF)
    assert snapshot(vault_dir) == before
    assert {p.name: p.stat().st_mtime_ns for p in vault_dir.iterdir()} == mtimes


def test_passphrase_is_unicode_normalised(vault_dir: Path) -> None:
    composed = unicodedata.normalize("NFC", "пароль йод")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    Vault.create(vault_dir, composed, kdf=FAST_KDF).close()
    Vault.open(vault_dir, decomposed, kdf=FAST_KDF).close()


def test_empty_passphrase_is_refused(vault_dir: Path) -> None:
    with pytest.raises(InvalidInput):
        Vault.create(vault_dir, "", kdf=FAST_KDF)
    assert not vault_dir.exists()


def test_create_refuses_an_existing_vault(vault_dir: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF).close()
    before = snapshot(vault_dir)
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, "other", kdf=FAST_KDF)
    assert snapshot(vault_dir) == before


def test_missing_folder_and_non_vault_folder(tmp_path: Path) -> None:
    with pytest.raises(NotAVault):
        Vault.open(tmp_path / "nowhere", PASSPHRASE, kdf=FAST_KDF)
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "cat.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(NotAVault):
        Vault.open(tmp_path / "photos", PASSPHRASE, kdf=FAST_KDF)
    assert not (tmp_path / "nowhere").exists()
    assert [p.name for p in (tmp_path / "photos").iterdir()] == ["cat.jpg"]


def _real_slot(vault_dir: Path) -> Path:
    with Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        return vault_dir / SLOT_NAMES[vault._slot]


def test_damaged_page_is_reported_as_damage_and_not_repaired(vault_dir: Path) -> None:
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        for i in range(200):
            vault.journal().add(title=f"entry {i}", body="слово " * 200)
    path = _real_slot(vault_dir)
    data = bytearray(path.read_bytes())
    assert len(data) > 20 * 4096
    from tests.security import sqlcipher_pages as sp

    key = derive_key(PASSPHRASE, read_salt(vault_dir), FAST_KDF)
    pages = sp.database_pages(path, key)
    # a page of the entries' rows (title and body), not of the padding or of an index that holds the title
    # (an index leaf may also hold stale bytes of a body)
    holding = sorted(
        set(sp.pages_containing(pages, "entry 100"))
        & set(sp.pages_containing(pages, "слово"))
        & sp.table_row_pages(pages)
    )
    assert holding
    data[(holding[0] - 1) * 4096 + 2000] ^= 0xFF
    path.write_bytes(bytes(data))
    before = snapshot(vault_dir)
    with pytest.raises(VaultDamaged):
        with Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
            journal = vault.journal()
            for entry in journal.list_entries():
                journal.get(entry.id)
    assert snapshot(vault_dir) == before


def test_damaged_first_page_reads_as_wrong_passphrase(vault_dir: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF).close()
    path = _real_slot(vault_dir)
    data = bytearray(path.read_bytes())
    data[100] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(WrongPassphrase, match="damaged"):
        Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF)


def test_truncated_file_is_damage(vault_dir: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF).close()
    path = _real_slot(vault_dir)
    path.write_bytes(path.read_bytes()[:1000])
    with pytest.raises(VaultDamaged):
        Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF)


def test_change_passphrase(vault_dir: Path) -> None:
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        entry = vault.journal().add(body="до смены")
        vault.change_passphrase("новая фраза")
        assert vault.journal().get(entry.id).body == "до смены"
        vault.journal().add(body="после смены")
    assert sorted(p.name for p in vault_dir.iterdir()) == list(SLOT_NAMES)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    with Vault.open(vault_dir, "новая фраза", kdf=FAST_KDF) as vault:
        assert vault.journal().count() == 2
        assert "до смены" in vault.journal().get(entry.id).body


def test_stale_copy_from_an_interrupted_passphrase_change_is_removed(vault_dir: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF).close()
    (vault_dir / "data.0.tmp").write_bytes(os.urandom(4096))
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "wrong", kdf=FAST_KDF)
    assert (vault_dir / "data.0.tmp").exists()  # a wrong passphrase touches nothing
    Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF).close()
    assert sorted(p.name for p in vault_dir.iterdir()) == list(SLOT_NAMES)


@pytest.mark.slow
def test_real_key_derivation_parameters(vault_dir: Path) -> None:
    """Format version 1: Argon2id, 256 MiB, 3 iterations, 4 lanes, 32 bytes; once per unlock."""
    assert (KDF_V1.memory_kib, KDF_V1.iterations, KDF_V1.lanes) == (256 * 1024, 3, 4)
    started = time.perf_counter()
    Vault.create(vault_dir, PASSPHRASE).close()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert vault.journal().count() == 0
    elapsed = time.perf_counter() - started
    argon2 = pytest.importorskip("argon2.low_level")
    expected = argon2.hash_secret_raw(PASSPHRASE.encode(), read_salt(vault_dir), 3, 256 * 1024, 4, 32, argon2.Type.ID)
    assert derive_key(PASSPHRASE, read_salt(vault_dir)) == expected
    assert elapsed < 30


def test_reader_journal_sees_saved_entries_and_closes_with_the_vault(vault_dir: Path) -> None:
    import threading

    from journal_app.core.errors import VaultClosed

    vault = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    vault.journal().add(body="поиск в другом потоке")
    reader = vault.reader_journal()
    results: list[int] = []
    thread = threading.Thread(target=lambda: results.append(len(reader.search("поток"))))
    thread.start()
    thread.join()
    assert results == [1]
    vault.close()
    with pytest.raises(VaultClosed):
        reader.search("поток")


def test_one_vault_is_never_open_twice(vault_dir: Path) -> None:
    import subprocess
    import sys

    from journal_app.core.vault import VaultBusy

    vault = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    with pytest.raises(VaultBusy):
        Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    pw = vault_dir.parent / "pw"
    pw.write_text("anything\n")
    result = subprocess.run(
        [sys.executable, "-m", "journal_app", "--vault", str(vault_dir), "--passphrase-file", str(pw), "list"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 6 and "open in another" in result.stderr  # busy: exit 6, after waiting
    vault.change_passphrase("другая")  # the lock survives the file swap
    with pytest.raises(VaultBusy):
        Vault.open(vault_dir, "другая", kdf=FAST_KDF)
    vault.close()
    Vault.open(vault_dir, "другая", kdf=FAST_KDF).close()


def test_check_passphrase(vault) -> None:
    assert vault.check_passphrase(PASSPHRASE)
    assert not vault.check_passphrase("something else")
