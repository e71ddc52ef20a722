"""Schema migrations, each from a fixture vault written by the version before it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from journal_app.core import migrations
from journal_app.core.vault import Vault
from tests.conftest import FAST_KDF

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def v1_vault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / "vault_v1", folder)
    return folder


def test_v1_to_latest_builds_the_search_index(v1_vault: Path) -> None:
    with Vault.open(v1_vault, "fixture", kdf=FAST_KDF) as vault:
        assert vault.connection.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
        journal = vault.journal()
        assert [e.title for e in journal.list_entries()] == ["Home", "Алматы"]
        assert [h.entry.title for h in journal.search("документ")] == ["Алматы"]
        assert [h.entry.title for h in journal.search("passport")] == ["Home"]
        assert [h.entry.title for h in journal.search("tag:казахстан")] == ["Алматы"]
        # and it keeps working as a current vault
        entry = journal.add(body="новая запись про документы")
        assert len(journal.search("документы")) == 2
        journal.update(entry.id, body="другое")
    with Vault.open(v1_vault, "fixture", kdf=FAST_KDF) as vault:
        assert vault.journal().count() == 3


def test_a_newer_vault_is_refused_without_changes(v1_vault: Path) -> None:
    with Vault.open(v1_vault, "fixture", kdf=FAST_KDF) as vault:
        vault.connection.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    before = {p.name: p.read_bytes() for p in v1_vault.iterdir()}
    with pytest.raises(migrations.VaultTooNew):
        Vault.open(v1_vault, "fixture", kdf=FAST_KDF)
    assert {p.name: p.read_bytes() for p in v1_vault.iterdir()} == before


def test_a_failed_migration_leaves_the_previous_version(v1_vault: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(conn) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], broken])
    with pytest.raises(RuntimeError):
        Vault.open(v1_vault, "fixture", kdf=FAST_KDF)
    monkeypatch.undo()
    with Vault.open(v1_vault, "fixture", kdf=FAST_KDF) as vault:
        names = {r[0] for r in vault.connection.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in names and "entries_fts" in names


def test_v2_to_v3_adds_the_planner_and_the_presets(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / "vault_v2", folder)
    with Vault.open(folder, "fixture", kdf=FAST_KDF) as vault:
        assert vault.connection.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
        journal = vault.journal()
        assert [h.entry.title for h in journal.search("документов")] == ["Алматы"]
        planner = vault.planner()
        assert planner.zone("schengen").rules[0].limit == 90
        assert planner.documents() == [] and planner.deadlines() == [] and planner.trips() == []


def test_v3_to_v4_adds_attachments(tmp_path: Path) -> None:
    import io

    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / "vault_v3", folder)
    with Vault.open(folder, "fixture", kdf=FAST_KDF) as vault:
        assert vault.connection.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
        assert vault.planner().zone("serbia")
        item = vault.attachments().add("entry", "11111111-1111-4111-8111-111111111111", "a.txt", io.BytesIO(b"hi"))
        assert vault.attachments().read(item.id) == b"hi"


def test_v4_to_v5_rebuilds_the_index_without_the_trash(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / "vault_v4", folder)
    with Vault.open(folder, "fixture", kdf=FAST_KDF) as vault:
        journal = vault.journal()
        in_index = vault.connection.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'секретн*'")
        assert in_index.fetchone()[0] == 0
        assert [e.title for e in journal.trash()] == ["Удалённая"]
        assert [h.entry.title for h in journal.search("док*")] == ["Алматы"]
        journal.restore("33333333-3333-4333-8333-333333333333")
        assert [h.entry.title for h in journal.search("секретное")] == ["Удалённая"]


def test_v5_to_v6_keeps_tags_and_counts(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / "vault_v5", folder)
    with Vault.open(folder, "fixture", kdf=FAST_KDF) as vault:
        journal = vault.journal()
        assert journal.tags() == [("Казахстан", 1)]
        assert journal.count() == 2  # the third is in the trash
        names = {r[0] for r in vault.connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"entries_in_trash", "entry_tags_by_key"} <= names


def test_v6_to_v7_joins_the_earlier_editors_line_breaks_and_keeps_the_old_text(tmp_path: Path) -> None:
    """Bodies as the earlier editor stored them (tests/fixtures/legacy_bodies.json, made with its toMarkdown path)
    in the v6 fixture vault: after the migration their 80-column breaks are gone, every other body is unchanged,
    and the text as it was is the entry's earlier version."""
    import json

    import sqlcipher3

    from journal_app.core.markdown import to_html

    legacy = json.loads((FIXTURES / "legacy_bodies.json").read_text(encoding="utf-8"))
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / "vault_v6", folder)
    with Vault.open(folder, "fixture", kdf=FAST_KDF) as vault:  # migrates the fixture to the latest version
        journal = vault.journal()
        before = {s.id: journal.get(s.id).body for s in journal.list_entries()}
        assert all(journal.history(entry_id) == [] for entry_id in before)  # its own bodies: nothing to join
    # the legacy bodies, written into a version-6 database by the shipped migrations, then migrated to 7
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    migrations.migrate(conn, target=6)
    cli_bodies = ["jrnl line 1\njrnl line 2\n", "Met <Ivan> at the station", "short line\nanother short line\n"]
    bodies = [item["stored"] for item in legacy] + cli_bodies
    for seq, body in enumerate(bodies, start=1):
        conn.execute(
            "INSERT INTO entries (seq, id, entry_date, created_at, updated_at, title, body) VALUES (?,?,?,?,?,?,?)",
            (seq, f"id-{seq}", "2024-01-01", "2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z", f"t{seq}", body),
        )
    migrations.migrate(conn)
    after = dict(conn.execute("SELECT seq, body FROM entries").fetchall())
    versions = dict(conn.execute("SELECT entry_seq, body FROM entry_versions").fetchall())
    changed = {seq for seq, body in enumerate(bodies, start=1) if after[seq] != body}
    assert changed == set(versions)  # every changed body has its old text in the history
    assert all(versions[seq] == bodies[seq - 1] for seq in changed)
    wrapped = [i for i, item in enumerate(legacy, start=1) if item.get("typed") and "\n" not in item["typed"].strip()]
    for seq in wrapped:  # typed as one line: one line again (plus the final newline the earlier editor added)
        assert after[seq].rstrip("\n").lstrip("\n").count("\n") == 0, after[seq]
        assert "<br>" not in to_html(after[seq].strip("\n"))
    russian = next(i for i, item in enumerate(legacy, start=1) if item.get("typed", "") and "ВНЖ" in item["typed"])
    assert after[russian] == legacy[russian - 1]["typed"].strip() + "\n"
    for seq in range(len(legacy) + 1, len(bodies) + 1):  # bodies written line by line are left as they are
        assert after[seq] == bodies[seq - 1] and seq not in versions
    index = conn.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'тбилис*'").fetchall()
    assert (russian,) in index


def test_v10_to_v11_indexes_the_list_columns_of_the_entries_not_in_the_trash() -> None:
    """Migration 11's index holds, for each entry outside the trash, every column a search hit shows but the body and
    the tags, as the rows have them; an entry in the trash is not in it, and a save or a move to the trash keeps it
    so (SQLite keeps an index; this checks the partial index's condition and columns)."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    migrations.migrate(conn, target=10)
    rows = [
        (1, "id-1", "2024-01-02", "2024-01-02T08:00:00Z", "2024-01-03T08:00:00Z", "Первая", "текст", 3, 1, None),
        (2, "id-2", "2024-01-01", "2024-01-01T08:00:00Z", "2024-01-01T08:00:00Z", "", "x" * 9000, None, 0, None),
        (3, "id-3", "2023-05-05", "2023-05-05T08:00:00Z", "2023-05-05T08:00:00Z", "В корзине", "", 1, 0, "2024-02-01"),
    ]
    conn.executemany(
        "INSERT INTO entries (seq, id, entry_date, created_at, updated_at, title, body, mood, starred, deleted_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    assert migrations.migrate(conn) == migrations.LATEST
    columns = "seq, entry_date, created_at, id, title, updated_at, mood, starred"
    by_index = f"SELECT {columns} FROM entries INDEXED BY entries_live_rows WHERE deleted_at IS NULL ORDER BY seq"
    plan = " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + by_index))
    assert "COVERING INDEX entries_live_rows" in plan
    live = f"SELECT {columns} FROM entries WHERE deleted_at IS NULL ORDER BY seq"
    assert conn.execute(by_index).fetchall() == conn.execute(live).fetchall()
    assert [r[0] for r in conn.execute(by_index)] == [1, 2]
    conn.execute("UPDATE entries SET deleted_at = '2024-03-01', title = 'Ушла' WHERE seq = 1")
    conn.execute("UPDATE entries SET deleted_at = NULL WHERE seq = 3")
    assert conn.execute(by_index).fetchall() == conn.execute(live).fetchall()
    assert [r[0] for r in conn.execute(by_index)] == [2, 3]


def test_a_migration_on_a_nearly_full_disk_says_so_and_loses_nothing(tmp_path: Path, monkeypatch) -> None:
    """Unlocking a vault that needs migration 11 (three indexes built from every entry) on a disk with a little more
    room each time, from none up: each attempt either migrates and opens, or reports a full disk - never a wrong
    passphrase, never damage - and then, with room again, the vault opens with every entry and its search."""
    import shutil

    from journal_app.core.errors import DiskFull

    from .conftest import PASSPHRASE
    from .fs_faults import fill_disk, small_tmpfs

    shipped = migrations.migrate
    with small_tmpfs(tmp_path / "mnt", "16m") as mnt:
        folder = mnt / "vault"
        with monkeypatch.context() as patch:  # a vault as version 10 wrote it
            patch.setattr(migrations, "migrate", lambda conn, target=10: shipped(conn, min(target, 10)))
            with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
                journal = vault.journal()
                ids = [
                    journal.add(title=f"Запись {i} " + "длинное название " * 3, body="слово " * (50 + i % 300)).id
                    for i in range(1500)
                ]
        version_10 = tmp_path / "version-10"
        shutil.copytree(folder, version_10)

        def opens_whole() -> None:
            with Vault.open(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
                assert vault.connection.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
                assert [s.id for s in vault.journal().list_entries()] == ids[::-1]
                assert len(vault.journal().search("слово", limit=2000)) == 1500

        outcomes: list[tuple[str, int]] = []
        for room in range(0, 2048 * 1024, 12 * 1024):  # free 0, 12 KiB, 24 KiB, ... until it opens
            shutil.rmtree(folder)
            shutil.copytree(version_10, folder)
            filler = fill_disk(mnt)
            with open(filler, "r+b") as handle:
                handle.truncate(max(0, filler.stat().st_size - room))
            try:
                opens_whole()
            except DiskFull:
                filler.unlink()
                opens_whole()  # with room again: nothing lost, the migration made now
                outcomes.append(("full", room))
                continue
            filler.unlink()
            outcomes.append(("opened", room))
            break
    assert outcomes[0][:2] == ("full", 0) and outcomes[-1][0] == "opened", outcomes
    assert sum(1 for kind, _room in outcomes if kind == "full") > 3, outcomes  # the migration needs room
