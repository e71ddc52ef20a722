"""Merging a backup into the open vault: by id, newer wins, real conflicts keep both."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from journal_app.core.backup import BackupDamaged, write_backup
from journal_app.core.merge import merge_backup
from journal_app.core.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, snapshot


@pytest.fixture
def two_copies(tmp_path: Path):
    """A vault, a backup of it, and the vault restored elsewhere: two copies that then live separate lives."""
    from journal_app.core.backup import restore_backup

    home = Vault.create(tmp_path / "home", PASSPHRASE, kdf=FAST_KDF)
    journal = home.journal()
    shared = journal.add(entry_date=date(2024, 1, 1), title="Общая", body="исходный текст")
    both = journal.add(title="Обе меняют", body="начало")
    home.planner().add_document(kind="visa", title="Visa", expires=date(2026, 1, 1))
    first = write_backup(home, tmp_path / "first.backup", PASSPHRASE, kdf=FAST_KDF)
    restore_backup(first, PASSPHRASE, tmp_path / "laptop", kdf=FAST_KDF)
    laptop = Vault.open(tmp_path / "laptop", PASSPHRASE, kdf=FAST_KDF)
    yield home, laptop, shared.id, both.id, tmp_path
    home.close()
    laptop.close()


def test_merge_adds_updates_and_keeps_conflicts(two_copies) -> None:
    home, laptop, shared_id, both_id, tmp_path = two_copies
    new_on_laptop = laptop.journal().add(title="Новая на ноутбуке", body="текст")
    laptop.journal().update(shared_id, body="исправлено на ноутбуке")
    laptop.journal().update(both_id, body="версия ноутбука")
    home.journal().update(both_id, body="версия дома")
    laptop.attachments().add("entry", new_on_laptop.id, "scan.png", io.BytesIO(b"png-bytes"))
    laptop.planner().add_trip(zone="georgia", entry=date(2025, 1, 1))
    home_first = home.journal().get(both_id)
    backup = write_backup(laptop, tmp_path / "laptop.backup", PASSPHRASE, kdf=FAST_KDF)

    report = merge_backup(home, backup, PASSPHRASE)
    journal = home.journal()
    assert report.added == 1 and report.conflicts == 1
    assert journal.get(new_on_laptop.id).title == "Новая на ноутбуке"
    assert journal.get(shared_id).body == "исправлено на ноутбуке"
    assert "исходный текст" in {v.body for v in journal.history(shared_id)}
    bodies = {journal.get(e.id).body for e in journal.list_entries() if e.title == "Обе меняют"}
    assert bodies == {"версия ноутбука", "версия дома"} or home_first.body in bodies
    assert len(bodies) == 2
    assert [a.name for a in home.attachments().of("entry", new_on_laptop.id)] == ["scan.png"]
    assert [t.zone for t in home.planner().trips()] == ["georgia"]
    assert home.journal().search("ноутбуке")

    again = merge_backup(home, backup, PASSPHRASE)  # merging twice changes nothing more
    assert (again.added, again.updated, again.conflicts) == (0, 0, 0)


def test_merge_refuses_a_damaged_backup_without_changes(two_copies) -> None:
    home, laptop, *_rest, tmp_path = two_copies
    laptop.journal().add(body="x")
    backup = write_backup(laptop, tmp_path / "l.backup", PASSPHRASE, kdf=FAST_KDF)
    data = bytearray(backup.read_bytes())
    data[-5] ^= 1
    backup.write_bytes(bytes(data))
    home.close()
    before = snapshot(tmp_path / "home")
    home_again = Vault.open(tmp_path / "home", PASSPHRASE, kdf=FAST_KDF)
    try:
        with pytest.raises(BackupDamaged):
            merge_backup(home_again, backup, PASSPHRASE)
    finally:
        home_again.close()
    assert snapshot(tmp_path / "home") == before
