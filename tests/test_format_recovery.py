"""docs/FORMAT.md is true: an independent Argon2 implementation and a bare sqlcipher3 connection read the entries."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import sqlcipher3

from journal_app.core.vault import Vault
from tests.conftest import FAST_KDF

argon2 = pytest.importorskip("argon2.low_level")

FORMAT_MD = Path(__file__).resolve().parent.parent / "docs" / "FORMAT.md"


def recover(folder: Path, passphrase: str, memory_kib: int, iterations: int, lanes: int) -> list[tuple[str, str, str]]:
    """The recipe of docs/FORMAT.md, written without any of the app's code."""
    salt = (folder / "data.0").read_bytes()[:16]
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    key = argon2.hash_secret_raw(secret, salt, iterations, memory_kib, lanes, 32, argon2.Type.ID)
    for name in ("data.0", "data.1"):
        conn = sqlcipher3.connect(str(folder / name))
        try:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            return conn.execute(
                "SELECT entry_date, title, body FROM entries WHERE deleted_at IS NULL ORDER BY entry_date"
            ).fetchall()
        except sqlcipher3.DatabaseError:
            continue
        finally:
            conn.close()
    raise AssertionError("neither file opened")


def test_recovery_recipe_reads_the_entries(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    passphrase = unicodedata.normalize("NFD", "мой пароль й")
    with Vault.create(folder, passphrase, kdf=FAST_KDF) as vault:
        vault.journal().add(title="Один", body="Первая запись 🌱")
        vault.journal().add(title="Two", body="Second entry")
    rows = recover(folder, passphrase, FAST_KDF.memory_kib, FAST_KDF.iterations, FAST_KDF.lanes)
    assert sorted(r[1] for r in rows) == ["Two", "Один"]
    assert "Первая запись 🌱" in {r[2] for r in rows}


def test_documented_parameters_match_the_code() -> None:
    text = FORMAT_MD.read_text(encoding="utf-8")
    from journal_app.core import migrations
    from journal_app.core.kdf import KDF_V1
    from journal_app.core.vault import PRAGMAS

    assert f"memory = {KDF_V1.memory_kib} KiB" in text
    assert f"iterations (t) = {KDF_V1.iterations}" in text
    assert f"parallelism (lanes) = {KDF_V1.lanes}" in text
    for pragma in PRAGMAS:
        assert pragma + ";" in text
    assert f"## Schema (user_version {migrations.LATEST})" in text
