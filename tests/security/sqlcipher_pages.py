"""Decrypt SQLCipher 4 pages ourselves, so that a test can look at every page of a vault file (free pages included)
and at every frame of its -wal file, not only at what SQL still reaches.

SQLCipher 4 defaults, raw key (docs/FORMAT.md): pages of 4096 bytes, each ending in 80 reserved bytes = a 16-byte IV
and a 64-byte HMAC-SHA512. Page 1 starts with the 16-byte database salt in clear. AES-256-CBC without padding covers
bytes [0, or 16 on page 1, .. 4016); the IV is at [4016 .. 4032); the HMAC at [4032 .. 4096) is taken over
bytes [0 or 16 .. 4032) followed by the page number as 4 bytes little-endian, with the key
PBKDF2-HMAC-SHA512(encryption key, salt XOR 0x3a, 2 iterations, 32 bytes).
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
IV_BYTES = 16
HMAC_BYTES = 64
SALT_BYTES = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24
#: Bytes 16..23 of the SQLite header of a rollback-journal database (journal_mode=DELETE) with 80 reserved bytes per
#: page: page size 4096 (0x1000), file format write/read version 1 (legacy, not WAL), 80 reserved bytes, payload
#: fractions 64/32/32.
HEADER_16_TO_24 = bytes([0x10, 0x00, 0x01, 0x01, RESERVE, 0x40, 0x20, 0x20])


@dataclass
class Page:
    number: int
    plain: bytes  # decrypted bytes (on page 1 from offset 16)
    authentic: bool  # the page's HMAC matched


def hmac_key(key: bytes, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)


def decrypt_page(raw: bytes, number: int, key: bytes, mac_key: bytes) -> Page:
    offset = SALT_BYTES if number == 1 else 0
    end = PAGE - RESERVE
    iv = raw[end : end + IV_BYTES]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(raw[offset:end]) + decryptor.finalize()
    expected = hmac.new(mac_key, raw[offset : end + IV_BYTES] + number.to_bytes(4, "little"), "sha512").digest()
    return Page(number, plain, hmac.compare_digest(expected, raw[end + IV_BYTES : PAGE]))


def database_pages(path: Path, key: bytes) -> list[Page]:
    """Every page of an SQLCipher 4 file (its salt is its first 16 bytes)."""
    data = path.read_bytes()
    mac_key = hmac_key(key, data[:SALT_BYTES])
    return [decrypt_page(data[i : i + PAGE], i // PAGE + 1, key, mac_key) for i in range(0, len(data) - PAGE + 1, PAGE)]


def wal_pages(path: Path, key: bytes, salt: bytes) -> list[Page]:
    """Every frame of a -wal file, including frames left over from earlier checkpoints (`salt`: the database's)."""
    data = path.read_bytes()
    mac_key = hmac_key(key, salt)
    pages = []
    position = WAL_HEADER
    while position + WAL_FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[position : position + 4], "big")
        raw = data[position + WAL_FRAME_HEADER : position + WAL_FRAME_HEADER + PAGE]
        if number > 0:
            pages.append(decrypt_page(raw, number, key, mac_key))
        position += WAL_FRAME_HEADER + PAGE
    return pages


#: The first byte of a b-tree page that holds a table's rows (SQLite's "leaf table b-tree page").
LEAF_TABLE_PAGE = 0x0D


def table_row_pages(pages: list[Page]) -> set[int]:
    """The numbers of the pages that hold a table's rows (not an index's keys, an inner page, an overflow or a free
    page). An index leaf may hold a title next to stale bytes of a body, so "title and body on one page" alone does
    not pick a page that reading the entries must read; on page 1 the b-tree header starts after the file header."""
    return {p.number for p in pages if p.plain[84 if p.number == 1 else 0] == LEAF_TABLE_PAGE}


def needles(text: str) -> list[bytes]:
    """The forms in which a text could sit on a page: UTF-8 (also case-folded, as the search index keeps words)
    and UTF-16."""
    forms = {text.encode(), text.casefold().encode(), text.encode("utf-16-le"), text.encode("utf-16-be")}
    return sorted(forms)


def pages_containing(pages: list[Page], text: str) -> list[int]:
    found = [p.number for p in pages if any(n in p.plain for n in needles(text))]
    # a needle may straddle two pages' plain text only inside an overflow chain; check the joins as well
    for a, b in itertools.pairwise(pages):
        joined = a.plain[-64:] + b.plain[:64]
        if any(n in joined for n in needles(text)) and b.number not in found:
            found.append(b.number)
    return found
