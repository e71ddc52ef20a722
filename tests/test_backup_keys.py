"""A backup never carries a key that opens the live vault: the copy inside is re-encrypted under a fresh random key,
and restore and merge work with that key."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from journal_app.core.backup import read_backup, restore_backup, unpacked_journal, write_backup
from journal_app.core.merge import merge_backup
from journal_app.core.vault import SLOT_NAMES, Vault, _raw_key, key_fits_page1

from .conftest import FAST_KDF, MARKER, PASSPHRASE

BACKUP_PASSPHRASE = "резервная копия 2026"


def _opens(path: Path, key: bytes) -> bool:
    conn = sqlcipher3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        conn.execute(f'PRAGMA key = "{_raw_key(key)}"')
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def test_the_backup_key_opens_the_copy_and_never_the_live_vault(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        for i in range(300):  # a few MiB: several chunks, several pages each
            vault.journal().add(title=f"t{i}", body=f"{MARKER} {i} " + "слово " * 300)
        backup = write_backup(vault, tmp_path / "a.backup", BACKUP_PASSPHRASE, kdf=FAST_KDF)
        live_key = vault.raw_key
        later = vault.journal().add(title="after", body="written after the backup")
        live_slot = vault.slot_path
    manifest = read_backup(backup, BACKUP_PASSPHRASE)
    assert manifest.key != live_key and len(manifest.key) == 32
    for name in SLOT_NAMES:  # neither slot of the live vault opens with what the backup holds
        slot = folder / name
        assert not key_fits_page1(slot.read_bytes(), manifest.key)
        assert not _opens(slot, manifest.key)
    assert _opens(live_slot, live_key)
    with unpacked_journal(backup, BACKUP_PASSPHRASE, tmp_path) as (copy, inner):
        assert inner.key == manifest.key and _opens(copy, inner.key)
        assert copy.read_bytes()[:16] != live_slot.read_bytes()[:16]  # a fresh salt too
        conn = sqlcipher3.connect(str(copy))
        conn.execute(f'PRAGMA key = "{_raw_key(inner.key)}"')
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 300
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    # two backups of the same vault carry different keys
    with Vault.open(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        second = write_backup(vault, tmp_path / "b.backup", BACKUP_PASSPHRASE, kdf=FAST_KDF)
        assert read_backup(second, BACKUP_PASSPHRASE).key not in (manifest.key, live_key)
        assert vault.journal().get(later.id).title == "after"
    # restore and merge work with the re-keyed copy
    restore_backup(backup, BACKUP_PASSPHRASE, tmp_path / "restored", new_passphrase="новая", kdf=FAST_KDF)
    with Vault.open(tmp_path / "restored", "новая", kdf=FAST_KDF) as restored:
        assert len(restored.journal().list_entries()) == 300
        assert restored.check() == []
    with Vault.create(tmp_path / "other", "другая", kdf=FAST_KDF) as other:
        report = merge_backup(other, second, BACKUP_PASSPHRASE)
        assert report.added == 301
        assert other.journal().get(later.id).title == "after"


def test_a_damaged_page_stops_the_backup_and_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        for i in range(50):
            vault.journal().add(title=f"t{i}", body="слово " * 300)
        vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        data = bytearray(vault.slot_path.read_bytes())
        data[5 * 4096 + 100] ^= 0xFF  # a page SQLite has not read since
        vault.slot_path.write_bytes(bytes(data))
        from journal_app.core.errors import VaultDamaged

        with pytest.raises(VaultDamaged):
            write_backup(vault, tmp_path / "x.backup", BACKUP_PASSPHRASE, kdf=FAST_KDF)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]


def test_stale_partials_are_removed_but_not_a_backup_in_progress_or_a_foreign_file(tmp_path: Path) -> None:
    import fcntl
    import os

    from journal_app.core.backup import remove_stale_partials

    with Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF) as vault:
        good = write_backup(vault, tmp_path / "a.backup", BACKUP_PASSPHRASE, kdf=FAST_KDF)
    data = good.read_bytes()
    (tmp_path / "b.backup.partial").write_bytes(data[: len(data) // 2])  # killed half-way
    (tmp_path / "c.backup.partial").write_bytes(b"")  # killed right after it was created
    (tmp_path / "notes.partial").write_bytes(b"somebody else's file " * 10)
    running = tmp_path / "d.backup.partial"
    running.write_bytes(data[:100])
    fd = os.open(running, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # as the writer of a backup in progress holds it
    try:
        removed = remove_stale_partials(tmp_path)
    finally:
        os.close(fd)
    assert sorted(p.name for p in removed) == ["b.backup.partial", "c.backup.partial"]
    assert (tmp_path / "notes.partial").exists() and running.exists() and good.exists()


def test_a_restore_in_progress_is_left_alone_by_another_ones_clean_up(tmp_path: Path) -> None:
    import fcntl
    import os

    from journal_app.core.backup import recover_interrupted_restores

    busy = tmp_path / ".journal-restore-busy"
    stale = tmp_path / ".journal-restore-stale"
    for work in (busy, stale):
        work.mkdir()
        (work / "journal").write_bytes(b"encrypted copy")
        (work / "lock").write_bytes(b"")
    fd = os.open(busy / "lock", os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)  # as the restore working there holds it
    try:
        assert recover_interrupted_restores(tmp_path) == []
        assert busy.exists() and not stale.exists()
    finally:
        os.close(fd)
    recover_interrupted_restores(tmp_path)
    assert not busy.exists()
