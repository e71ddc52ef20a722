"""Entries removed for good leave no byte on any page, even after the b-tree has moved rows between pages.

The leak suite purges one entry of a small journal. Here a journal of 300 entries of very different lengths (a
line to several pages, so rows spill into overflow pages and leaf pages split and merge), with a third of them
edited (their history holds the old text) in a second session, has half of them moved to the trash and removed for
good. SQLite rebuilds pages when rows move and may leave the old bytes of a live row in the unused middle of a page
(an index page of this vault was seen holding stale bytes of a body); secure_delete must keep that from ever being
the bytes of a removed entry. Every page of the decrypted file is read (free pages included), and the markers of the
removed entries' bodies, titles, tags and index words must be on none, while every kept entry's marker is found
(so the check can fail).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from journal_app.core.kdf import derive_key
from journal_app.core.vault import SLOT_NAMES, Vault, read_salt
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.security import sqlcipher_pages as sp

ENTRIES = 300
WORDS = ("слово", "виза", "дом", "word", "річка", "граница")
#: A marker per entry and place: its number is what the scan reads back. The index keeps words case-folded.
PLACES = {"body": "QXBODY{:04d}Z", "title": "QXTITLE{:04d}Z", "tag": "qxtag{:04d}z", "edit": "QXEDIT{:04d}Z"}


def numbers_on_pages(blob: bytes, template: str) -> set[int]:
    """The entry numbers whose marker of this place is anywhere in the bytes, in UTF-8 (any case) or UTF-16."""
    found: set[int] = set()
    prefix, suffix = template.split("{:04d}")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        digit = re.escape("0".encode(encoding)).replace(b"0", b"[0-9]")  # a digit in this encoding
        pattern = re.escape(prefix.encode(encoding)) + b"((?:" + digit + b"){4})" + re.escape(suffix.encode(encoding))
        for match in re.finditer(pattern, blob, re.IGNORECASE):
            found.add(int(match.group(1).decode(encoding)))
    return found


@pytest.mark.parametrize("seed", [1, 2])
def test_entries_removed_for_good_are_on_no_page_after_rows_moved(vault_dir: Path, seed: int) -> None:
    rng = random.Random(seed)
    ids: dict[int, str] = {}
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        journal = vault.journal()
        for i in range(ENTRIES):
            words = " ".join(rng.choice(WORDS) for _ in range(rng.choice((3, 40, 400, 1500))))
            entry = journal.add(
                title=PLACES["title"].format(i),
                body=f"{PLACES['body'].format(i)} {words}",
                tags=[PLACES["tag"].format(i)],
            )
            ids[i] = entry.id
    edited = rng.sample(range(ENTRIES), ENTRIES // 3)
    removed = set(rng.sample(range(ENTRIES), ENTRIES // 2))
    with Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:  # a second session: use in between
        journal = vault.journal()
        for i in edited:
            journal.update(ids[i], body=f"{PLACES['edit'].format(i)} " + "дом " * rng.choice((2, 300, 1200)))
        for i in sorted(removed):
            journal.delete(ids[i])
        assert journal.purge() == len(removed)
        slot = vault_dir / SLOT_NAMES[vault._slot]
    pages = sp.database_pages(slot, derive_key(PASSPHRASE, read_salt(vault_dir), FAST_KDF))
    assert all(page.authentic for page in pages)  # every page decrypted: the scan below reads all of them
    blob = b"".join(page.plain for page in pages)
    kept = set(range(ENTRIES)) - removed
    for place, template in PLACES.items():
        on_pages = numbers_on_pages(blob, template)
        assert on_pages & removed == set(), place
        expected = kept & set(edited) if place == "edit" else kept
        assert on_pages >= expected, place  # the scan finds what was kept: it can fail
    raw = b"".join(path.read_bytes() for path in vault_dir.iterdir())
    assert all(numbers_on_pages(raw, template) == set() for template in PLACES.values())  # nothing in the clear
