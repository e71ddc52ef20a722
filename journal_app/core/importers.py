"""Imports into an unlocked vault: our own JSON export, and jrnl journals (plain text, or encrypted with jrnl's v1,
v2 or v3 formats and the jrnl passphrase).

Each import runs in ONE transaction: a malformed file, a wrong passphrase, a cancel or any failure changes nothing.
Malformed input raises InvalidInput with the line (and column or position) where reading stopped; messages never
quote what the file says, since that is the user's private text.

jrnl's plain-text format (jrnl 4.6, `jrnl/journals/Journal.py` and `Entry.py`): an entry starts at a line
`[<date>] ` where <date> is written with the journal's `timeformat`; the default of jrnl's config is `%F %r`
(`2024-03-01 09:30:00 PM`) and of its Journal class `%Y-%m-%d %H:%M`. The rest of that line and the lines up to the
next entry are the text. If the first line ends with `*`, the entry is starred. The title is the first line (for an
entry of one line, its first sentence), the rest the body. Tags are words starting with a tag symbol (`@`, and `#`):
they are kept without the sign. jrnl's time has no time zone: it is read as the local time of this computer.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import contextlib
import hashlib
import io
import itertools
import json
import os
import re
import struct
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import sqlcipher3

from . import bounds
from .backup import Cancelled
from .errors import InputTooLarge, InvalidInput, JournalError, WrongPassphrase
from .export import EXPORT_FORMAT, EXPORT_VERSION
from .inputs import open_regular_file
from .journal import MAX_BODY_BYTES, Journal, check_body, clean_tags
from .planner import check_crossing, zone_item_from_json
from .vault import damage_as_error

if TYPE_CHECKING:
    from .vault import Vault

__all__ = ["ImportReport", "WrongSourcePassphrase", "import_jrnl", "import_json", "parse_jrnl_text"]

Progress = Callable[[int, int], None]  # bytes (JSON) or entries (jrnl) done, and in all
IsCancelled = Callable[[], bool]

#: An encrypted jrnl journal is decrypted whole (its formats cannot be read piece by piece); plain text has no limit.
MAX_ENCRYPTED_JRNL_BYTES = 64_000_000
_SNIFF_BYTES = 64 * 1024
_MAX_JSON_ITEM_CHARS = 64 * 1024 * 1024
_READ_CHARS = 256 * 1024


class WrongSourcePassphrase(WrongPassphrase):
    """The passphrase of the file being imported (not of the vault) does not open it."""

    def __init__(self, detail: str = "") -> None:
        JournalError.__init__(self, "wrong passphrase for the jrnl journal" + (f" ({detail})" if detail else ""))


@dataclass
class ImportReport:
    """What an import did. `imported` is the number of entries added (copies included)."""

    imported: int = 0
    skipped_identical: int = 0  # entries already in the vault, exactly the same
    kept_both: list[tuple[str, str]] = field(default_factory=list)  # (id in the file, new id): same id, other content
    other_items: int = 0  # documents, deadlines, checklists, zones, trips and attachments added
    zones_kept: int = 0  # zones of the file whose name is in use here with other rules: ours kept, trips moved to it


@contextlib.contextmanager
def _transaction(vault: Vault) -> Iterator[Any]:
    conn = vault.connection
    with damage_as_error():
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("PRAGMA defer_foreign_keys = ON")
            yield conn
            try:
                conn.execute("COMMIT")
            except sqlcipher3.IntegrityError:
                raise InvalidInput("the items of the file refer to items that are not in it or here") from None
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _check(cancelled: IsCancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


def _insert_entry(
    conn: Any,
    entry_id: str,
    entry_date: str,
    created_at: str,
    updated_at: str,
    title: str,
    body: str,
    tags: Sequence[str],
    mood: int | None,
    starred: bool,
    deleted_at: str | None,
) -> int:
    """The same rows as `Journal.add` writes (entry, tags, search index); returns the entry's seq."""
    check_body(body)
    cursor = conn.execute(
        "INSERT INTO entries (id, entry_date, created_at, updated_at, title, body, mood, starred, deleted_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entry_id, entry_date, created_at, updated_at, title, body, mood, int(starred), deleted_at),
    )
    seq = int(cursor.lastrowid)
    Journal._write_tags(conn, seq, tuple(tags))
    Journal._index(conn, seq, title, body, tuple(tags))
    return seq


# == jrnl ============================================================================================================

_HEADER = re.compile(r"^\[([^\]\n]*)\](?: |$)", re.MULTILINE)
_DATE_LIKE = re.compile(r"^\s*\d{1,4}[-./]\d{1,2}[-./]\d{1,4}")
_STAMP = re.compile(
    r"^\s*(?:(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4}))"
    r"(?:[ T]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<p>[AaPp]\.?[Mm]\.?)?)?\s*$"
)
_TAG = re.compile(r"(?<!\S)([@#][-+*#/\w]+)")
# jrnl's sentence splitter (Entry.py, after segtok)
_SENTENCE = re.compile(
    r"([.!?\u2026\u203C\u203D\u2047\u2048\u2049\u22EF\uFE52\uFE57][\'\u2019\"\u201D]?[\]\)]*\s+)"
    r"|[\uFF01\uFF0E\uFF1F\uFF61\u3002]"
)
_LEGACY_STAMP = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)(?: (.*))?$")
_BRACKET_LINE = re.compile(r"(^\[[^\]]+\].*?$)")


@dataclass(frozen=True)
class JrnlEntry:
    written: datetime  # naive, as jrnl keeps it
    title: str
    body: str
    tags: tuple[str, ...]
    starred: bool
    line: int


def _stamp(blob: str) -> datetime | None:
    m = _STAMP.match(blob)
    if m is None:
        return None
    y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
    hour, minute, second = int(m["H"] or 9), int(m["M"] or 0), int(m["S"] or 0)
    if m["p"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["p"][0] in "Pp" else 0)
    try:
        return datetime(int(y), int(mo), int(d), hour, minute, second)
    except ValueError:
        return None


def _split_title(text: str) -> tuple[str, str]:
    """jrnl's `split_title`, to the letter (including its use of the stripped text's offset)."""
    sep: re.Match[str] | None = re.search("\n", text.lstrip())
    if not sep:
        sep = _SENTENCE.search(text)
        if not sep:
            return text, ""
    return text[: sep.end()].strip(), text[sep.end() :].strip()


def _entry_from_text(written: datetime, raw: str, starred: bool, line: int) -> JrnlEntry:
    lines = raw.splitlines()
    if lines and lines[0].strip().endswith("*"):
        starred = True
        raw = lines[0].strip("\n *") + "\n" + "\n".join(lines[1:])
    title, body = _split_title(raw)
    tags = clean_tags(m.group(1) for m in _TAG.finditer(raw))
    return JrnlEntry(written, title, body, tags, starred, line)


def parse_jrnl_text(text: str) -> list[JrnlEntry]:
    """Entries of a jrnl plain-text journal, in file order; InvalidInput with the line number if it is not one."""
    return list(iter_jrnl_lines(io.StringIO(text, newline="\n")))


def _too_long(line: int) -> InvalidInput:
    return InputTooLarge(
        f"line {line}: an entry is longer than the limit of {MAX_BODY_BYTES // 1_000_000} MB per entry; "
        "nothing was imported"
    )


def iter_jrnl_lines(lines: Iterable[str]) -> Iterator[JrnlEntry]:
    """Entries of a jrnl plain-text journal read line by line (each line ending in "\n" except perhaps the last),
    so that a journal of any length needs only its current entry in memory. InvalidInput names the line where
    reading stopped; an entry longer than MAX_BODY_BYTES is refused with the limit named."""
    current: tuple[datetime, int] | None = None
    parts: list[str] = []
    size = 0
    first_text = 0  # the first line with text before any entry
    line_no = 0
    for line_no, line in enumerate(lines, 1):
        if line_no == 1:
            line = line.removeprefix("\ufeff")
        line = line[:-2] + "\n" if line.endswith("\r\n") else line
        m = _HEADER.match(line)
        written = None
        if m is not None:
            blob = m.group(1)
            written = _stamp(blob)
            if written is None and _DATE_LIKE.match(blob):
                raise InvalidInput(
                    f"line {line_no}: the date of an entry could not be read (expected [YYYY-MM-DD HH:MM], "
                    "[YYYY-MM-DD HH:MM:SS AM] or the like)"
                )
        if m is not None and written is not None:
            if current is None and first_text:
                raise InvalidInput(
                    f"line {first_text}: text before the first entry (an entry starts with [YYYY-MM-DD HH:MM])"
                )
            if current is not None:
                yield _entry_from_text(current[0], "".join(parts).removesuffix("\n"), False, current[1])
            current, parts = (written, line_no), [line[m.end() :]]
            size = len(parts[0])
        elif current is not None:
            parts.append(line)
            size += len(line)
            if size * 4 > MAX_BODY_BYTES and len("".join(parts).encode("utf-8", "surrogatepass")) > MAX_BODY_BYTES:
                raise _too_long(current[1])
        elif not first_text and line.strip():
            first_text = line_no
    if current is None:
        if not first_text:
            raise InvalidInput("the file holds no jrnl entries")
        raise InvalidInput(
            f"line {first_text}: not a jrnl journal (an entry starts with a line [YYYY-MM-DD HH:MM] ...)"
        )
    yield _entry_from_text(current[0], "".join(parts), False, current[1])


def _utf8_lines(raw: BinaryIO, what: str) -> Iterator[str]:
    """The lines of a binary stream decoded as UTF-8 one by one (split at b"\\n", which never occurs inside a
    UTF-8 sequence), naming the line and byte where a file stops being UTF-8. A line longer than an entry may be
    is refused before it is read whole."""
    offset = 0
    limit = MAX_BODY_BYTES + 64
    for line_no in itertools.count(1):
        data = raw.readline(limit)
        if not data:
            return
        if len(data) == limit and not data.endswith(b"\n"):
            raise _too_long(line_no)
        try:
            yield data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InvalidInput(f"{what}: line {line_no} (byte {offset + error.start}) is not UTF-8 text") from None
        offset += len(data)


def _parse_legacy(text: str) -> list[JrnlEntry]:
    """jrnl 1.x text (dates without brackets), as jrnl's LegacyJournal reads a decrypted v1 journal."""
    entries: list[tuple[datetime, str, bool, int]] = []
    for line_no, line in enumerate(text.splitlines(), 1):
        line = line.rstrip()
        m = _LEGACY_STAMP.match(line)
        written = _stamp(m.group(1)) if m else None
        if m and written is not None:
            starred = line.endswith("*")
            rest = m.group(2) or ""
            entries.append((written, (rest[:-1] if starred else rest) + "\n", starred, line_no))
        elif entries:
            w, t, s, n = entries[-1]
            entries[-1] = (w, t + _BRACKET_LINE.sub(r" \1", line) + "\n", s, n)
        elif line.strip():
            raise InvalidInput(f"line {line_no}: text before the first entry of the decrypted jrnl journal")
    if not entries:
        raise InvalidInput("the decrypted jrnl journal holds no entries")
    return [_entry_from_text(w, t, s, n) for w, t, s, n in entries]


def _pbkdf2_key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=100_000)
    return base64.urlsafe_b64encode(kdf.derive(passphrase.encode("utf-8")))


def _fernet(key: bytes, token: bytes) -> bytes:
    from cryptography.fernet import Fernet, InvalidToken

    try:
        return Fernet(key).decrypt(token.strip())
    except (InvalidToken, ValueError, TypeError):
        raise WrongSourcePassphrase("or the file is damaged") from None


_V2_SALT = b"\xf2\xd5q\x0e\xc1\x8d.\xde\xdc\x8e6t\x89\x04\xce\xf8"  # fixed in jrnl (Jrnlv2Encryption.py)


def _decrypt_v3(data: bytes, passphrase: str) -> bytes:
    # b"JRNLv3", 2-byte big-endian header length, base64 of a JSON header {"salt": base64url}, Fernet token
    try:
        (size,) = struct.unpack_from(">H", data, 6)
        field_ = data[8 : 8 + size]
        if len(field_) != size:
            raise ValueError
        try:
            header = json.loads(base64.b64decode(field_, validate=True))
        except binascii.Error:
            header = json.loads(field_)
        salt = base64.urlsafe_b64decode(header["salt"])
        if len(salt) < 8:
            raise ValueError
    except (struct.error, ValueError, KeyError, TypeError, binascii.Error):
        raise InvalidInput("the header of the encrypted jrnl journal is damaged") from None
    return _fernet(_pbkdf2_key(passphrase, salt), data[8 + size :])


def _decrypt_v1(data: bytes, passphrase: str) -> bytes:
    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    key = hashlib.sha256(passphrase.encode("utf-8")).digest()
    decryptor = Cipher(algorithms.AES(key), modes.CBC(data[:16])).decryptor()
    plain = decryptor.update(data[16:]) + decryptor.finalize()
    if plain.endswith(b" "):  # the oldest jrnl padded with spaces
        return plain.rstrip(b" ")
    try:
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(plain) + unpadder.finalize()
    except ValueError:
        raise WrongSourcePassphrase("or the file is not a jrnl journal") from None


def _decode(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InvalidInput(f"{what}: line {line} (byte {error.start}) is not UTF-8 text") from None


def _looks_like_utf8(head: bytes, whole: bool) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=whole)
    except UnicodeDecodeError:
        return False
    return True


def _jrnl_entries(raw: BinaryIO, size: int, passphrase: str | None) -> Iterator[JrnlEntry]:
    """The entries of an open jrnl journal file: plain text is read line by line (any length); an encrypted journal
    (jrnl's v1, v2 or v3) is decrypted whole, so it is refused above MAX_ENCRYPTED_JRNL_BYTES."""
    head = raw.read(_SNIFF_BYTES)
    raw.seek(0)
    encrypted = head.startswith((b"JRNLv3", b"gAAAAA"))
    v1 = (
        not encrypted
        and passphrase is not None
        and size >= 32
        and size % 16 == 0
        and not _looks_like_utf8(head, size <= _SNIFF_BYTES)
    )
    if not encrypted and not v1:
        return iter_jrnl_lines(_utf8_lines(raw, "not a jrnl journal"))
    if size > MAX_ENCRYPTED_JRNL_BYTES:
        raise InputTooLarge(
            f"the encrypted jrnl journal is too large to import here ({size // 1_000_000} MB; the limit is "
            f"{MAX_ENCRYPTED_JRNL_BYTES // 1_000_000} MB): decrypt it with jrnl first and import the plain text"
        )
    if passphrase is None:
        raise InvalidInput("this jrnl journal is encrypted: its passphrase is needed")
    data = raw.read()
    if v1:
        text = _decode(_decrypt_v1(data, passphrase), "the decrypted jrnl journal")
        if _HEADER.search(text) and any(_stamp(m.group(1)) for m in _HEADER.finditer(text)):
            return iter(parse_jrnl_text(text))
        return iter(_parse_legacy(text))
    plain = (
        _decrypt_v3(data, passphrase)
        if data.startswith(b"JRNLv3")
        else _fernet(_pbkdf2_key(passphrase, _V2_SALT), data)
    )
    return iter(parse_jrnl_text(_decode(plain, "the decrypted jrnl journal")))


def read_jrnl(path: Path, passphrase: str | None = None) -> list[JrnlEntry]:
    """The entries of a jrnl journal file, decrypted with `passphrase` if it is encrypted."""
    with open_regular_file(path, "jrnl journal") as raw:
        return list(_jrnl_entries(raw, os.fstat(raw.fileno()).st_size, passphrase))


def _utc(written: datetime) -> str:
    """jrnl's naive local time as our UTC timestamp."""
    try:
        moment = written.astimezone(UTC)
    except (OverflowError, OSError, ValueError):
        moment = written.replace(tzinfo=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def import_jrnl(
    vault: Vault,
    path: Path,
    *,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> ImportReport:
    """Import a jrnl journal file (plain text, or encrypted v1/v2/v3 with `passphrase`) in one transaction.

    Each jrnl entry becomes a new entry: its date, title, body (text as written, tags included), tags without the
    sign, and its star. An entry already here with the same date, title and text (an earlier import of the same
    journal) is skipped and counted in `skipped_identical`. Raises InvalidInput (malformed file, with the line),
    WrongSourcePassphrase, or Cancelled.
    """
    report = ImportReport()
    with open_regular_file(path, "jrnl journal") as raw:
        total = os.fstat(raw.fileno()).st_size
        entries = _jrnl_entries(raw, total, passphrase)
        with _transaction(vault) as conn:
            known = _known_entries(conn)
            for n, entry in enumerate(entries):
                if n % 64 == 0:
                    _check(cancelled)
                    if progress is not None:
                        progress(min(raw.tell(), total), total)
                day = entry.written.date().isoformat()
                fingerprint = _fingerprint(day, entry.title, entry.body)
                if fingerprint in known:
                    report.skipped_identical += 1
                    continue
                known.add(fingerprint)
                stamp = _utc(entry.written)
                _insert_entry(
                    conn, str(uuid.uuid4()), day, stamp, stamp, entry.title, entry.body, entry.tags, None,
                    entry.starred, None,
                )  # fmt: skip
                report.imported += 1
            _check(cancelled)
    if progress is not None:
        progress(total, total)
    return report


def _fingerprint(day: str, title: str, body: str) -> bytes:
    digest = hashlib.blake2b(digest_size=16)
    for part in (day, title, body):
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.digest()


def _known_entries(conn: Any) -> set[bytes]:
    """Fingerprints of the date, title and text of every entry here (trash included), read once: an entry of the
    file that is already here is skipped in constant time, however many entries share a day."""
    rows = conn.execute("SELECT entry_date, title, body FROM entries")
    return {_fingerprint(day, title, body) for day, title, body in rows}


# == our JSON export =================================================================================================


class _Stream:
    """Reads one JSON value at a time from a big file, so that only the current item is ever in memory."""

    def __init__(self, raw: BinaryIO, total: int) -> None:
        self._raw = raw
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._json = json.JSONDecoder()
        self.buf = ""
        self.pos = 0
        self._base = 0  # characters before buf
        self._line_start_of_buf = 0  # offset of the start of the line at buf[0]
        self._counted = 0  # buf[:_counted] has been counted for line numbers
        self._lines = 0  # newlines before buf[_counted]
        self._line_start = 0  # offset (in characters) of the start of the line at buf[_counted]
        self.total = total
        self._eof = False

    @property
    def bytes_read(self) -> int:
        return int(self._raw.tell())

    def _fill(self, at_least: int = _READ_CHARS) -> bool:
        if self._eof:
            return False
        if self.pos > _READ_CHARS:
            self._count_to(self.pos)
            self._line_start_of_buf = self._line_start
            self._base += self.pos
            self._counted -= self.pos
            self.buf = self.buf[self.pos :]
            self.pos = 0
        data = self._raw.read(max(at_least, _READ_CHARS))
        try:
            text = self._decoder.decode(data, final=not data)
        except UnicodeDecodeError:
            raise InvalidInput(f"{self.where(len(self.buf))}: the file is not UTF-8 text") from None
        if not data:
            self._eof = True
        self.buf += text
        return bool(data)

    def _count_to(self, index: int) -> None:
        """Count the lines of buf up to `index` (forward only: each character is counted once)."""
        if index > self._counted:
            newlines = self.buf.count("\n", self._counted, index)
            if newlines:
                self._lines += newlines
                self._line_start = self._base + self.buf.rfind("\n", self._counted, index) + 1
            self._counted = index

    def where(self, index: int | None = None) -> str:
        """'line L, column C (position P)' of an index into buf (the current position by default)."""
        index = self.pos if index is None else index
        if index >= self._counted:
            self._count_to(index)
            line, start = self._lines, self._line_start
        else:  # behind the counted part (an error reported where a value started): count back
            newlines = self.buf.count("\n", index, self._counted)
            line = self._lines - newlines
            last = self.buf.rfind("\n", 0, index)
            start = self._base + last + 1 if last >= 0 else self._line_start_of_buf
        return f"line {line + 1}, column {self._base + index - start + 1} (position {self._base + index})"

    def fail(self, what: str, index: int | None = None) -> InvalidInput:
        return InvalidInput(f"{self.where(index)}: {what}")

    def peek(self) -> str:
        """The next character that is not white space ('' at the end of the file)."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def expect(self, char: str, what: str) -> None:
        if self.peek() != char:
            raise self.fail(f"not valid JSON: expected {what}")
        self.pos += 1

    def value(self) -> tuple[Any, str]:
        """The next JSON value and where it starts."""
        self.peek()
        start = self.where()
        while True:
            try:
                value, end = self._json.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as error:
                if len(self.buf) - self.pos > _MAX_JSON_ITEM_CHARS:
                    raise self.fail("an item of the file is too large") from None
                cut = error.pos >= len(self.buf) - 8 or error.msg.startswith("Unterminated string")
                if cut and self._fill(len(self.buf) - self.pos):
                    continue
                raise self.fail(f"not valid JSON: {error.msg}", error.pos) from None
            except RecursionError:
                raise self.fail("not valid JSON: nested too deeply") from None
            # a number or a literal cut by the buffer's end may look complete: make sure something follows
            if end >= len(self.buf) and not self._eof and self._fill():
                continue
            self.pos = end
            return value, start

    def members(self) -> Iterator[tuple[str, str]]:
        """Keys of the top-level object, leaving the stream at each value."""
        self.expect("{", "an object at the start")
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            if self.peek() != '"':
                raise self.fail("not valid JSON: expected a key")
            key, where = self.value()
            self.expect(":", "':'")
            yield key, where
            char = self.peek()
            if char == ",":
                self.pos += 1
                continue
            if char == "}":
                self.pos += 1
                if self.peek() != "":
                    raise self.fail("not valid JSON: extra data after the end")
                return
            raise self.fail("not valid JSON: expected ',' or '}'")

    def items(self) -> Iterator[tuple[Any, str]]:
        """Elements of the array that starts here, one at a time."""
        self.expect("[", "an array")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            char = self.peek()
            if char == ",":
                self.pos += 1
                continue
            if char == "]":
                self.pos += 1
                return
            raise self.fail("not valid JSON: expected ',' or ']'")


class _Item:
    """Typed access to one object of the file, with messages that say where it is (never what it holds)."""

    def __init__(self, data: Any, section: str, index: int, where: str) -> None:
        if not isinstance(data, dict):
            raise InvalidInput(f"{where}: {section} item {index + 1} is not an object")
        self.data = data
        self.label = f"{where}: {section} item {index + 1}"

    def fail(self, key: str, what: str) -> InvalidInput:
        return InvalidInput(f"{self.label}: '{key}' {what}")

    def raw(self, key: str) -> Any:
        if key not in self.data:
            raise self.fail(key, "is missing")
        return bounds.imported(key, self.data[key], self.fail)  # the app's bounds (core/bounds.py)

    def text(self, key: str, *, optional: bool = False, default: str | None = None) -> Any:
        if default is not None and key not in self.data:
            return default
        value = self.raw(key)
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise self.fail(key, "is not a string")
        return value

    def stamp(self, key: str, *, optional: bool = False) -> Any:
        value = self.text(key, optional=optional)
        if value is not None and not (10 <= len(value) <= 40 and value[:4].isdigit()):
            raise self.fail(key, "is not a time stamp")
        return value

    def day(self, key: str, *, optional: bool = False) -> Any:
        value = self.text(key, optional=optional)
        if value is not None:
            try:
                if len(value) != 10:
                    raise ValueError
                date.fromisoformat(value)
            except ValueError:
                raise self.fail(key, "is not a date (YYYY-MM-DD)") from None
        return value

    def integer(self, key: str, *, optional: bool = False, low: int = -(2**62), high: int = 2**62) -> Any:
        value = self.raw(key)
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(key, "is not a whole number in range")
        return value

    def flag(self, key: str) -> bool:
        value = self.raw(key)
        if not isinstance(value, bool):
            raise self.fail(key, "is not true or false")
        return value

    def ident(self, key: str = "id", *, optional: bool = False) -> Any:
        value = self.text(key, optional=optional)
        if value is not None:
            try:
                if str(uuid.UUID(value)) != value:
                    raise ValueError
            except ValueError:
                raise self.fail(key, "is not an id") from None
        return value

    def strings(self, key: str) -> list[str]:
        value = self.raw(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, "is not a list of strings")
        return value

    def tags(self, key: str = "tags") -> tuple[str, ...]:
        try:
            return clean_tags(self.strings(key))
        except InvalidInput as error:
            raise self.fail(key, str(error)) from None


_ORDER = {
    "settings": (),
    "entries": (),
    "tags": (),
    "documents": (),
    "zones": (),
    "trips": ("zones",),
    "checklists": (),
    "deadlines": ("documents", "trips", "checklists"),
    "attachments": ("entries", "documents"),
    "attachment_chunks": ("attachments",),
}
_HEADER_KEYS = ("format", "version", "schema", "exported_at", "filters")


class _JsonImport:
    def __init__(self, conn: Any, stream: _Stream, progress: Progress | None, cancelled: IsCancelled | None) -> None:
        self.conn = conn
        self.stream = stream
        self.progress = progress
        self.cancelled = cancelled
        self.report = ImportReport()
        self.ids: dict[str, dict[str, str]] = {
            k: {} for k in ("entry", "document", "zone", "trip", "checklist", "deadline")
        }
        self.files: dict[str, tuple[str, int, str]] = {}  # id in the file -> (id here, size, sha256) to fill
        self.skipped_files: set[str] = set()
        self.filling: dict[str, tuple[Any, int, int]] = {}  # id here -> (sha256 so far, size so far, next n)
        self.count = 0

    def tick(self) -> None:
        self.count += 1
        if self.count % 32 == 0:
            _check(self.cancelled)
            if self.progress is not None:
                self.progress(self.stream.bytes_read, self.stream.total)

    def one(self, sql: str, params: Sequence[Any]) -> Any:
        return self.conn.execute(sql, params).fetchone()

    def execute(self, label: str, sql: str, params: Sequence[Any]) -> Any:
        try:
            return self.conn.execute(sql, params)
        except sqlcipher3.IntegrityError as error:
            raise InvalidInput(f"{label}: it breaks a rule of the vault ({error})") from None

    def run(self) -> ImportReport:
        seen: set[str] = set()
        header: dict[str, Any] = {}
        stream = self.stream
        for key, where in stream.members():
            if key in _HEADER_KEYS:
                value, _ = stream.value()
                header[key] = value
                if key == "format" and value != EXPORT_FORMAT:
                    raise InvalidInput(f"{where}: not a Journal export (its 'format' is not \"{EXPORT_FORMAT}\")")
                if key == "version" and value != EXPORT_VERSION:
                    raise InvalidInput(f"{where}: an export of version {EXPORT_VERSION} is needed; update the app")
                continue
            if key not in _ORDER:
                stream.value()  # a member added by a later version: skipped
                continue
            if key in seen:
                raise InvalidInput(f"{where}: the section '{key}' comes twice")
            missing = [d for d in _ORDER[key] if d not in seen]
            if missing:
                raise InvalidInput(f"{where}: the section '{key}' must come after '{missing[0]}'")
            seen.add(key)
            if key == "settings":
                self.settings(*stream.value())
            else:
                handler = getattr(self, key)
                if stream.peek() != "[":
                    raise stream.fail(f"the section '{key}' is not a list")
                for index, (value, item_where) in enumerate(stream.items()):
                    handler(value, index, item_where)
                    self.tick()
        if header.get("format") != EXPORT_FORMAT or "version" not in header:
            raise InvalidInput('not a Journal export (it has no "format": "journal-export" and "version")')
        for here_id, (digest, size, _n) in self.filling.items():
            expected = next(v for v in self.files.values() if v[0] == here_id)
            if digest.hexdigest() != expected[2] or size != expected[1]:
                raise InvalidInput("an attachment's data does not match its size and checksum")
        for file_id, (here_id, size, _sha) in self.files.items():
            if here_id not in self.filling and file_id not in self.skipped_files and size:
                raise InvalidInput("an attachment has no data in 'attachment_chunks'")
        return self.report

    # -- sections ----------------------------------------------------------------------------------------------------

    def settings(self, value: Any, where: str) -> None:
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise InvalidInput(f"{where}: 'settings' is not an object of strings")
        for key, text in value.items():
            self.conn.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", (key, text))

    def tags(self, value: Any, index: int, where: str) -> None:
        pass  # for information only: each entry carries its own tags

    def entries(self, value: Any, index: int, where: str) -> None:
        item = _Item(value, "entries", index, where)
        entry_id = item.ident()
        fields = (
            item.day("entry_date"), item.stamp("created_at"), item.stamp("updated_at"), item.text("title"),
            item.text("body"), item.tags(), item.integer("mood", optional=True, low=1, high=5), item.flag("starred"),
            item.stamp("deleted_at", optional=True),
        )  # fmt: skip
        versions_raw = item.raw("versions")
        if not isinstance(versions_raw, list):
            raise item.fail("versions", "is not a list")
        versions = []
        for n, raw in enumerate(versions_raw):
            v = _Item(raw, f"entries item {index + 1} versions", n, where)
            versions.append(
                (
                    v.integer("version_id", optional=True, low=1), v.stamp("saved_at"), v.day("entry_date"),
                    v.text("title"), v.text("body"), list(v.tags()), v.integer("mood", optional=True, low=1, high=5),
                    v.flag("starred"),
                )
            )  # fmt: skip
        mine = self.one(
            "SELECT e.entry_date, e.created_at, e.updated_at, e.title, e.body, "
            "(SELECT json_group_array(tag) FROM entry_tags WHERE entry_seq = e.seq), e.mood, e.starred, e.deleted_at "
            "FROM entries e WHERE e.id = ?",
            (entry_id,),
        )
        new_id = entry_id
        if mine is not None:
            ours = (*mine[:5], clean_tags(json.loads(mine[5])), mine[6], bool(mine[7]), mine[8])
            if _same_tags(ours) == _same_tags(fields):
                self.ids["entry"][entry_id] = entry_id
                self.report.skipped_identical += 1
                return
            new_id = str(uuid.uuid4())
            self.report.kept_both.append((entry_id, new_id))
        self.ids["entry"][entry_id] = new_id
        seq = _insert_entry(self.conn, new_id, *fields)
        keep_ids = all(v[0] is not None for v in versions) and all(a[0] < b[0] for a, b in itertools.pairwise(versions))
        if keep_ids:
            keep_ids = not any(self.one("SELECT 1 FROM entry_versions WHERE version_id = ?", (v[0],)) for v in versions)
        for vid, saved, day, title, body, tags, mood, starred in versions:
            self.conn.execute(
                "INSERT INTO entry_versions (version_id, entry_seq, saved_at, entry_date, title, body, tags, mood, "
                "starred) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (vid if keep_ids else None, seq, saved, day, title, body, json.dumps(tags, ensure_ascii=False), mood,
                 int(starred)),
            )  # fmt: skip
        self.report.imported += 1

    def _by_id(self, kind: str, table: str, label: str, row: dict[str, Any]) -> str | None:
        """Insert `row` (its columns) under its id, or skip it when the same row is here, or under a new id when
        another row has that id. Returns the id here, or None if skipped."""
        columns = list(row)
        mine = self.one(f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?", (row["id"],))  # noqa: S608
        file_id = row["id"]
        if mine is not None:
            if tuple(mine) == tuple(row.values()):
                self.ids[kind][file_id] = file_id
                return None
            row = {**row, "id": str(uuid.uuid4())}
        self.execute(
            label,
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",  # noqa: S608
            list(row.values()),
        )
        self.ids[kind][file_id] = row["id"]
        self.report.other_items += 1
        return str(row["id"])

    def documents(self, value: Any, index: int, where: str) -> None:
        item = _Item(value, "documents", index, where)
        row = {
            "id": item.ident(), "kind": item.text("kind"), "holder": item.text("holder"), "title": item.text("title"),
            "number": item.text("number"), "country": item.text("country"), "issued": item.day("issued", optional=True),
            "expires": item.day("expires", optional=True), "lead_days": item.integer("lead_days", low=0),
            "notes": item.text("notes"), "created_at": item.stamp("created_at"), "updated_at": item.stamp("updated_at"),
        }  # fmt: skip
        self._by_id("document", "documents", item.label, row)

    def zones(self, value: Any, index: int, where: str) -> None:
        item = _Item(value, "zones", index, where)
        rules = item.raw("rules")
        if not isinstance(rules, list) or not rules or not all(isinstance(r, dict) for r in rules):
            raise item.fail("rules", "is not a list of rules")
        try:
            for rule in rules:
                zone_item_from_json(rule)
        except (InvalidInput, KeyError, TypeError, ValueError, OverflowError):
            raise item.fail("rules", "holds a rule that cannot be read") from None
        zone_id, name = item.ident(), item.text("name")
        fields = (item.text("title"), json.dumps(rules), item.integer("register_within", optional=True, low=0),
                  item.text("written", optional=True), item.text("note"))  # fmt: skip
        mine = self.one("SELECT id, title, rules, register_within, written, note FROM zones WHERE name = ?", (name,))
        if mine is not None:
            used = self.one("SELECT 1 FROM trips WHERE zone_id = ? LIMIT 1", (mine[0],))
            if used and (mine[1], json.loads(mine[2]), *mine[3:]) != (fields[0], rules, *fields[2:]):
                self.ids["zone"][zone_id] = mine[0]  # ours is in use: keep it, the file's trips go to it
                self.report.zones_kept += 1
                return
            if used or self.one("SELECT 1 FROM zones WHERE id = ? AND name <> ?", (zone_id, name)):
                self.ids["zone"][zone_id] = mine[0]
                return
            # not used here (a new vault's preset): the file's zone, with its id, takes its place
            self.conn.execute(
                "UPDATE zones SET id = ?, title = ?, rules = ?, register_within = ?, written = ?, note = ? "
                "WHERE id = ?",
                (zone_id, *fields, mine[0]),
            )
            self.ids["zone"][zone_id] = zone_id
            return
        new_id = zone_id if not self.one("SELECT 1 FROM zones WHERE id = ?", (zone_id,)) else str(uuid.uuid4())
        self.execute(
            item.label,
            "INSERT INTO zones (id, name, title, rules, register_within, written, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (new_id, name, *fields),
        )
        self.ids["zone"][zone_id] = new_id
        self.report.other_items += 1

    def trips(self, value: Any, index: int, where: str) -> None:
        item = _Item(value, "trips", index, where)
        zone = self.ids["zone"].get(item.ident("zone_id"))
        if zone is None:
            raise item.fail("zone_id", "is not a zone of the file")
        row = {
            "id": item.ident(), "zone_id": zone, "entry_date": item.day("entry_date"),
            "exit_date": item.day("exit_date", optional=True), "counts": int(item.flag("counts")),
            "note": item.text("note"), "created_at": item.stamp("created_at"), "updated_at": item.stamp("updated_at"),
        }  # fmt: skip
        if "country" in item.data or "border" in item.data:  # files of schema 8 on
            try:
                row["country"], row["border"] = check_crossing(item.text("country", default=""),
                                                               item.text("border", default=""))  # fmt: skip
            except InvalidInput:
                raise item.fail("country", "is not a country code with a border (air, sea, land)") from None
        self._by_id("trip", "trips", item.label, row)

    def checklists(self, value: Any, index: int, where: str) -> None:
        item = _Item(value, "checklists", index, where)
        row = {"id": item.ident(), "title": item.text("title"), "created_at": item.stamp("created_at")}
        self._by_id("checklist", "checklists", item.label, row)

    def _ref(self, item: _Item, key: str, kind: str) -> str | None:
        value = item.ident(key, optional=True)
        if value is None:
            return None
        if value in self.ids[kind]:
            return self.ids[kind][value]
        table = {"document": "documents", "trip": "trips", "checklist": "checklists"}[kind]
        return value if self.one(f"SELECT 1 FROM {table} WHERE id = ?", (value,)) else None  # noqa: S608

    def deadlines(self, value: Any, index: int, where: str) -> None:
        item = _Item(value, "deadlines", index, where)
        repeat = item.text("repeat", optional=True)
        if repeat is not None and not re.fullmatch(r"yearly|monthly|every:[1-9]\d{0,5}", repeat):
            raise item.fail("repeat", "is not yearly, monthly or every:N")
        due_time = item.text("due_time", optional=True)
        if due_time is not None and len(due_time) > 16:
            raise item.fail("due_time", "is not a time")
        row = {
            "id": item.ident(), "title": item.text("title"), "due_date": item.day("due_date"), "due_time": due_time,
            "remind_days": item.integer("remind_days", low=0), "notes": item.text("notes"),
            "document_id": self._ref(item, "document_id", "document"), "trip_id": self._ref(item, "trip_id", "trip"),
            "checklist_id": self._ref(item, "checklist_id", "checklist"), "repeat": repeat,
            "done_at": item.stamp("done_at", optional=True), "created_at": item.stamp("created_at"),
            "updated_at": item.stamp("updated_at"),
        }  # fmt: skip
        if "repeat_from" in item.data:  # files of schema 8 on: the anchor of a repeating deadline
            row["repeat_from"] = item.day("repeat_from", optional=True)
        if "due_rule" in item.data:  # and how a computed due date is computed
            rule = item.text("due_rule", optional=True)
            if rule is not None:
                try:
                    parsed = json.loads(rule)
                except ValueError:
                    parsed = None
                if (
                    not isinstance(parsed, dict)
                    or parsed.get("kind") not in ("registration", "stay")
                    or len(rule) > 400
                ):
                    raise item.fail("due_rule", "is not how a due date is computed")
            row["due_rule"] = rule
        self._by_id("deadline", "deadlines", item.label, row)

    def attachments(self, value: Any, index: int, where: str) -> None:
        item = _Item(value, "attachments", index, where)
        file_id, kind = item.ident(), item.text("owner_kind")
        if kind not in ("entry", "document"):
            raise item.fail("owner_kind", "is not entry or document")
        owner = item.text("owner_id")
        owner = self.ids[kind].get(owner, owner)
        size, sha = item.integer("size", low=0), item.text("sha256")
        if not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise item.fail("sha256", "is not a SHA-256 checksum")
        if file_id in self.files:
            raise item.fail("id", "comes twice")
        row = (owner, item.text("name"), item.text("mime"), size, sha, item.stamp("created_at"))
        mine = self.one(
            "SELECT owner_id, name, mime, size, sha256, created_at FROM attachments WHERE id = ?", (file_id,)
        )
        here = file_id
        if mine is not None:
            if tuple(mine) == row:
                self.files[file_id] = (file_id, size, sha)
                self.skipped_files.add(file_id)
                return
            here = str(uuid.uuid4())
        self.conn.execute(
            "INSERT INTO attachments (id, owner_kind, owner_id, name, mime, size, sha256, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (here, kind, *row),
        )
        self.files[file_id] = (here, size, sha)
        self.report.other_items += 1

    def attachment_chunks(self, value: Any, index: int, where: str) -> None:
        item = _Item(value, "attachment_chunks", index, where)
        file_id = item.ident("attachment_id")
        if file_id not in self.files:
            raise item.fail("attachment_id", "is not an attachment of the file")
        if file_id in self.skipped_files:
            return
        here = self.files[file_id][0]
        digest, size, expected = self.filling.get(here, (hashlib.sha256(), 0, 0))
        if item.integer("n", low=0) != expected:
            raise item.fail("n", "is out of order")
        try:
            data = base64.b64decode(item.text("data"), validate=True)
        except binascii.Error:
            raise item.fail("data", "is not base64") from None
        self.conn.execute(
            "INSERT INTO attachment_chunks (attachment_id, n, data) VALUES (?, ?, ?)", (here, expected, data)
        )
        digest.update(data)
        self.filling[here] = (digest, size + len(data), expected + 1)


def _same_tags(fields: Sequence[Any]) -> tuple[Any, ...]:
    """Entry fields compared with tags as a case-insensitive set."""
    return (*fields[:5], frozenset(t.casefold() for t in fields[5]), *fields[6:])


def import_json(
    vault: Vault,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> ImportReport:
    """Import a file written by `export.export_json`, in one transaction.

    Into a new vault it gives the same vault: ids, dates, time stamps, history, trash, documents, deadlines,
    checklists, zones, trips, attachments and settings. Into a vault in use: an entry (or other item) already here
    and the same is skipped; one with the same id but other content is added under a new id (`kept_both` for
    entries); settings already here are kept. Progress is in bytes of the file.
    """
    path = Path(path)
    raw = open_regular_file(path, "export file")
    with raw:
        total = int(os.fstat(raw.fileno()).st_size)
        if raw.read(3) != b"\xef\xbb\xbf":
            raw.seek(0)
        stream = _Stream(raw, total)
        with _transaction(vault) as conn:
            report = _JsonImport(conn, stream, progress, cancelled).run()
            _check(cancelled)
    if progress is not None:
        progress(total, total)
    return report
