"""The vault's layout (docs/FORMAT.md "Slot sizes"): both slots always the same size in whole steps, vaults of earlier
versions brought to it safely, a journal grown by the other slot's journal taking the random bytes into its padding,
and a decoy that, opened with its passphrase, looks like a journal made by `init`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from journal_app.core import migrations
from journal_app.core.kdf import derive_key
from journal_app.core.vault import (
    BUCKET_STEP,
    FREE_HIGH,
    FREE_LOW,
    PAGE_SIZE,
    SLOT_NAMES,
    Vault,
    _raw_key,
    read_salt,
)
from tests.conftest import FAST_KDF, PASSPHRASE

FIXTURES = Path(__file__).parent / "fixtures"
DECOY = "бабушкины рецепты"
STEP = BUCKET_STEP * PAGE_SIZE


def sizes(folder: Path) -> list[int]:
    return [(folder / n).stat().st_size for n in SLOT_NAMES]


def facts(vault: Vault) -> dict[str, object]:
    """What a person holding this journal's passphrase can read about how it was made."""
    conn = vault.connection

    def one(sql: str) -> object:
        return conn.execute(sql).fetchone()[0]

    return {
        "schema_version": one("PRAGMA schema_version"),
        "user_version": one("PRAGMA user_version"),
        "auto_vacuum": one("PRAGMA auto_vacuum"),
        "page_size": one("PRAGMA page_size"),
        "journal_mode": one("PRAGMA journal_mode"),
        "schema": conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").fetchall(),
    }


def add_same_content(vault: Vault) -> None:
    journal = vault.journal()
    for i in range(12):
        journal.add(title=f"рецепт {i}", body="мука, яйца, сахар " * (5 + i), tags=["кухня"])


@pytest.mark.parametrize("version", [1, 3, 6])
def test_a_vault_of_an_earlier_version_is_brought_to_the_layout(tmp_path: Path, version: int) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / f"vault_v{version}", folder)
    before = sizes(folder)
    with Vault.open(folder, "fixture", kdf=FAST_KDF) as vault:
        assert vault.check() == []
        titles = sorted(e.title for e in vault.journal().list_entries())
        assert vault.connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        tables = {r[0] for r in vault.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"padding", "own_backups"} <= tables  # migration 9
        a, b = sizes(folder)
        assert a == b and a % STEP == 0 and a > before[0]
    assert sorted(p.name for p in folder.iterdir()) == list(SLOT_NAMES)
    with Vault.open(folder, "fixture", kdf=FAST_KDF) as vault:
        assert sorted(e.title for e in vault.journal().list_entries()) == titles
        assert vault.check() == []


def _old_decoy(folder: Path, passphrase: str) -> None:
    """Write an earlier version's decoy into slot 1 of the v6 fixture (slot 0 holds the journal): a WAL-mode journal
    of schema version 6, with an entry, as `decoy set` of that version made them."""
    key = derive_key(passphrase, read_salt(folder), FAST_KDF)
    (folder / "data.1").unlink()
    conn = sqlcipher3.connect(str(folder / "data.1"), isolation_level=None)
    conn.execute(f'PRAGMA key = "{_raw_key(key)}"')
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.migrate(conn, target=6)
    conn.execute(
        "INSERT INTO entries (id, entry_date, created_at, updated_at, title, body) VALUES (?,?,?,?,?,?)",
        ("44444444-4444-4444-8444-444444444444", "2024-01-01", "2024-01-01T00:00:00.000000Z",
         "2024-01-01T00:00:00.000000Z", "пирог", "рецепт"),
    )  # fmt: skip
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_a_journal_grown_by_the_other_slot_takes_the_bytes_into_its_padding(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / "vault_v6", folder)
    _old_decoy(folder, DECOY)
    with Vault.open(folder, "fixture", kdf=FAST_KDF) as real:  # cannot open the decoy: grows it with random bytes
        journal = real.journal()
        for i in range(150):
            journal.add(title=f"запись {i}", body="слово " * 300)
        grown = sizes(folder)
        assert grown[0] == grown[1] and grown[0] > 1 << 20
    with Vault.open(folder, DECOY, kdf=FAST_KDF) as decoy:
        assert decoy._slot == 1
        conn = decoy.connection
        assert conn.execute("PRAGMA page_count").fetchone()[0] * PAGE_SIZE == grown[1]  # the bytes are its padding
        assert decoy.check() == []
        assert [e.title for e in decoy.journal().list_entries()] == ["пирог"]
        decoy.journal().add(title="ещё", body="x")
    assert sizes(folder)[0] == sizes(folder)[1]
    with Vault.open(folder, "fixture", kdf=FAST_KDF) as real:
        assert real.check() == [] and real.journal().count() == 152


def test_both_slots_grow_together_in_whole_steps(vault_dir: Path) -> None:
    vault = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    first = sizes(vault_dir)
    assert first[0] == first[1] and first[0] % STEP == 0 and (1 << 20) <= first[0] <= 2 << 20
    seen = {first[0]}
    journal = vault.journal()
    for i in range(400):
        journal.add(title=f"день {i}", body="граница виза " * 200)
        a, b = sizes(vault_dir)
        assert a == b and a % STEP == 0  # after every save, not only at lock
        seen.add(a)
    vault.close()
    assert len(seen) >= 2 and max(seen) > first[0]
    assert len(seen) < 12  # coarse steps, not a page at a time


def test_fresh_vaults_start_at_different_sizes(tmp_path: Path) -> None:
    starts = set()
    for i in range(12):
        Vault.create(tmp_path / str(i), PASSPHRASE, kdf=FAST_KDF).close()
        starts.add(sizes(tmp_path / str(i))[0])
    assert len(starts) >= 2


def test_a_decoy_looks_like_a_journal_made_by_init_with_the_same_content(tmp_path: Path) -> None:
    real = Vault.create(tmp_path / "with-decoy", PASSPHRASE, kdf=FAST_KDF)
    real.journal().add(title="настоящее", body="слово " * 2000)
    real.set_decoy(DECOY)
    real.close()
    decoy = Vault.open(tmp_path / "with-decoy", DECOY, kdf=FAST_KDF)
    add_same_content(decoy)
    plain = Vault.create(tmp_path / "plain", DECOY, kdf=FAST_KDF)
    add_same_content(plain)
    for vault in (decoy, plain):
        conn = vault.connection
        pages, free = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "freelist_count"))
        assert pages % BUCKET_STEP == 0 and FREE_LOW <= free <= FREE_HIGH
        assert 256 <= pages <= 512  # both within the sizes a new vault starts at
    assert facts(decoy) == facts(plain)  # schema version, tables, journal mode: the same construction
    decoy.close()
    plain.close()
