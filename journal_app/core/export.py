"""Exports of an unlocked vault: a Markdown folder, one self-contained HTML file, and JSON for migration.

Every export writes a plaintext copy, and only where the caller says (the caller warns the user first). Each one
refuses an existing target, writes nothing anywhere else (no temporary files), and removes what it wrote when it fails
or is cancelled. Exports read on their own read-only connection inside one read transaction, so they see one
consistent state of the vault while the app goes on saving.

The JSON format (`{"format": "journal-export", "version": 1, ...}`) is documented in `write_json`'s docstring and read
back by `importers.import_json`. File names of the Markdown export never carry user text, only the date and the
start of the entry's id; attachments go into a folder named by the entry id, under their (sanitised) stored names,
and the exported body's `attachment:ID` links point at those files (relative paths).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import json
import os
import re
import shutil
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .backup import Cancelled
from .errors import InvalidInput, VaultDamaged
from .journal import utc_now
from .markdown import ImageSource, retarget_attachments, to_html
from .search import tag_key
from .vault import damage_as_error

if TYPE_CHECKING:
    from .vault import Vault

__all__ = [
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "Cancelled",
    "export_html",
    "export_json",
    "export_markdown",
    "markdown_to_html",
    "safe_file_name",
]

EXPORT_FORMAT = "journal-export"
EXPORT_VERSION = 1
#: Images up to this size are embedded in the HTML export as data: URIs; larger ones are only named.
HTML_INLINE_IMAGE_BYTES = 512 * 1024
_INLINE_MIMES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})  # never SVG: it can carry script

Progress = Callable[[int, int], None]  # entries done, entries in all
IsCancelled = Callable[[], bool]


# -- reading ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    seq: int
    id: str
    entry_date: str
    created_at: str
    updated_at: str
    title: str
    body: str
    mood: int | None
    starred: bool
    deleted_at: str | None
    tags: list[str]


@dataclass(frozen=True)
class _File:
    id: str
    owner_kind: str
    owner_id: str
    name: str
    mime: str
    size: int
    sha256: str
    created_at: str


_FILE_COLUMNS = "id, owner_kind, owner_id, name, mime, size, sha256, created_at"


class _Reader:
    """A read-only connection of its own, in one read transaction for the whole export."""

    def __init__(self, vault: Vault) -> None:
        self.conn: Any = vault.open_reader()

    def __enter__(self) -> _Reader:
        with damage_as_error():
            self.conn.execute("BEGIN")
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(Exception):
            self.conn.execute("COMMIT")
        with contextlib.suppress(Exception):
            self.conn.close()

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with damage_as_error():
            return list(self.conn.execute(sql, params).fetchall())

    def _where(
        self, date_from: date | None, date_to: date | None, tags: Sequence[str], include_trash: bool
    ) -> tuple[str, list[Any]]:
        where, params = ["1 = 1"], []
        if not include_trash:
            where.append("e.deleted_at IS NULL")
        if date_from:
            where.append("e.entry_date >= ?")
            params.append(date_from.isoformat())
        if date_to:
            where.append("e.entry_date <= ?")
            params.append(date_to.isoformat())
        for tag in tags:
            where.append("EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_seq = e.seq AND t.tag_key = ?)")
            params.append(tag_key(tag))
        return " AND ".join(where), params

    def count(self, date_from: date | None, date_to: date | None, tags: Sequence[str], include_trash: bool) -> int:
        where, params = self._where(date_from, date_to, tags, include_trash)
        return int(self.rows(f"SELECT count(*) FROM entries e WHERE {where}", params)[0][0])  # noqa: S608

    def entries(
        self, date_from: date | None, date_to: date | None, tags: Sequence[str], include_trash: bool
    ) -> Iterator[_Row]:
        """Entries in date order, oldest first; fetched in pages so that a big vault never sits whole in memory."""
        where, params = self._where(date_from, date_to, tags, include_trash)
        last: tuple[str, str, int] = ("", "", -1)
        while True:
            page = self.rows(
                "SELECT e.seq, e.id, e.entry_date, e.created_at, e.updated_at, e.title, e.body, e.mood, e.starred, "  # noqa: S608
                "e.deleted_at, (SELECT json_group_array(tag) FROM entry_tags WHERE entry_seq = e.seq) "
                f"FROM entries e WHERE {where} AND (e.entry_date, e.created_at, e.seq) > (?, ?, ?) "
                "ORDER BY e.entry_date, e.created_at, e.seq LIMIT 200",
                (*params, *last),
            )
            if not page:
                return
            for seq, id_, day, created, updated, title, body, mood, starred, deleted, tags_json in page:
                yield _Row(
                    seq, id_, day, created, updated, title, body, mood, bool(starred), deleted,
                    sorted(json.loads(tags_json), key=str.casefold),
                )  # fmt: skip
            last = (page[-1][2], page[-1][3], page[-1][0])

    def files(self, where: str = "", params: Sequence[Any] = ()) -> list[_File]:
        rows = self.rows(f"SELECT {_FILE_COLUMNS} FROM attachments {where} ORDER BY created_at, name, id", params)  # noqa: S608
        return [_File(*row) for row in rows]

    def chunks(self, item: _File, cancelled: IsCancelled | None) -> Iterator[bytes]:
        """The attachment's bytes chunk by chunk, checked against its SHA-256 and size at the end."""
        digest, size, n = hashlib.sha256(), 0, 0
        while True:
            _check(cancelled)
            row = self.rows("SELECT data FROM attachment_chunks WHERE attachment_id = ? AND n = ?", (item.id, n))
            if not row:
                break
            data = bytes(row[0][0])
            digest.update(data)
            size += len(data)
            n += 1
            yield data
        if digest.hexdigest() != item.sha256 or size != item.size:
            raise VaultDamaged("an attachment does not match its checksum")


def _check(cancelled: IsCancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


# -- names -----------------------------------------------------------------------------------------------------------

_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_MAX_NAME_BYTES = 200


def safe_file_name(name: str, fallback: str = "file") -> str:
    """A stored attachment name made safe as one file name on Linux, macOS and Windows."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE_NAME.sub("_", name).strip().strip(".").strip()
    if not name or _WINDOWS_RESERVED.match(name):
        name = f"{fallback}-{name}" if name else fallback
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 16:
        stem, dot, ext = name, "", ""
    while len((stem + dot + ext).encode("utf-8")) > _MAX_NAME_BYTES and stem:
        stem = stem[:-1]
    return (stem.rstrip(" .") or fallback) + dot + ext


def _unique(folder: Path, name: str) -> Path:
    """`name` in `folder`, or `stem (2).ext` and so on if that name is taken."""
    candidate = folder / name
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    n = 2
    while candidate.exists():
        candidate = folder / (f"{stem} ({n})" + (f".{ext}" if ext else ""))
        n += 1
    return candidate


def _new_target(target: Path) -> None:
    if target.exists() or target.is_symlink():
        raise InvalidInput(f"{target} already exists; choose a new name")
    if not target.parent.is_dir():
        raise InvalidInput(f"the folder {target.parent} does not exist")


def _remove(target: Path, *, folder: bool) -> None:
    with contextlib.suppress(FileNotFoundError):
        if folder:
            shutil.rmtree(target)
        else:
            target.unlink()


def _open_new(path: Path) -> TextIO:
    try:
        return open(path, "x", encoding="utf-8", newline="\n")
    except FileExistsError:
        raise InvalidInput(f"{path} already exists; choose a new name") from None


def _sync(out: TextIO) -> None:
    out.flush()
    os.fsync(out.fileno())


# -- Markdown --------------------------------------------------------------------------------------------------------


def _yaml_string(text: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar.
    return json.dumps(text, ensure_ascii=False)


def _front_matter(row: _Row, attachments: Sequence[str]) -> str:
    lines = [
        "---",
        f"id: {row.id}",
        f"date: {row.entry_date}",
        f"title: {_yaml_string(row.title)}",
        f"tags: [{', '.join(_yaml_string(t) for t in row.tags)}]",
        f"mood: {row.mood if row.mood is not None else 'null'}",
        f"starred: {'true' if row.starred else 'false'}",
        f"created: {_yaml_string(row.created_at)}",
        f"updated: {_yaml_string(row.updated_at)}",
    ]
    if attachments:
        lines.append(f"attachments: [{', '.join(_yaml_string(a) for a in attachments)}]")
    lines.append("---")
    return "\n".join(lines) + "\n"


def export_markdown(
    vault: Vault,
    target: Path,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    tags: Sequence[str] = (),
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """A new folder `target` with one `YYYY-MM-DD-<first 8 of id>.md` per entry (front matter and the Markdown
    body) and each entry's attachments in a sub-folder named by the entry id. Entries in the trash are left out.

    `tags`: only entries with every one of these tags. Returns how many entries were written.
    """
    target = Path(target)
    _new_target(target)
    try:
        target.mkdir(mode=0o700)
    except FileExistsError:
        raise InvalidInput(f"{target} already exists; choose a new name") from None
    try:
        with _Reader(vault) as reader:
            total = reader.count(date_from, date_to, tags, include_trash=False)
            done = 0
            _report(progress, done, total)
            for row in reader.entries(date_from, date_to, tags, include_trash=False):
                _check(cancelled)
                files = reader.files("WHERE owner_kind = 'entry' AND owner_id = ?", (row.id,))
                written: list[str] = []
                targets: dict[str, str] = {}
                if files:
                    folder = target / row.id
                    folder.mkdir()
                    for item in files:
                        path = _unique(folder, safe_file_name(item.name))
                        with open(path, "xb") as out:
                            for chunk in reader.chunks(item, cancelled):
                                out.write(chunk)
                        written.append(f"{row.id}/{path.name}")
                        targets[item.id.lower()] = written[-1]
                name = f"{row.entry_date}-{row.id[:8]}.md"
                if (target / name).exists():
                    name = f"{row.entry_date}-{row.id}.md"
                with _open_new(target / name) as out:
                    out.write(_front_matter(row, written))
                    out.write("\n")
                    body = retarget_attachments(row.body, targets)  # links to the files beside it
                    out.write(body)
                    if body and not body.endswith("\n"):
                        out.write("\n")
                done += 1
                _report(progress, done, total)
    except BaseException:
        _remove(target, folder=True)
        raise
    return done


# -- HTML ------------------------------------------------------------------------------------------------------------

_CSS = """
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1d1d1f;
       background: #fafaf7; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1.export { font-size: 1.6rem; border-bottom: 1px solid #ccc; padding-bottom: .4rem; }
article { border-bottom: 1px solid #e2e2dc; padding: 1.2rem 0; page-break-inside: avoid; }
article header h2 { font-size: 1.25rem; margin: .2rem 0; }
.meta { color: #666; font-size: .9rem; }
.tag { display: inline-block; background: #ecebe4; border-radius: .6rem; padding: 0 .5rem; margin-right: .25rem; }
.star { color: #c7901a; }
blockquote { border-left: 3px solid #ccc; margin: .5rem 0; padding-left: .8rem; color: #444; }
pre { background: #f0efe9; padding: .6rem; overflow-x: auto; white-space: pre-wrap; }
code { background: #f0efe9; padding: 0 .2rem; }
img { max-width: 100%; height: auto; display: block; margin: .5rem 0; }
.files { font-size: .9rem; color: #444; }
"""


def markdown_to_html(text: str, image_source: ImageSource | None = None) -> str:
    """An entry's Markdown body as safe HTML (the app's one parser, core/markdown.py), its headings below the
    entry's own title. No raw HTML of the text survives; links only for http(s) and mailto; images only from
    `image_source`."""
    return to_html(text, image_source=image_source, heading_shift=2)


@dataclass(frozen=True)
class HtmlLabels:
    """Words of the HTML export, for the app to pass translations."""

    heading: str = "Journal"
    starred: str = "starred"
    mood: str = "mood"
    files: str = "Files"
    untitled: str = "Untitled"
    lang: str = "en"


def export_html(
    vault: Vault,
    target: Path,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    tags: Sequence[str] = (),
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    labels: HtmlLabels = HtmlLabels(),
) -> int:
    """One self-contained UTF-8 HTML file `target` (inline CSS, no script, a Content-Security-Policy that forbids
    any load from outside) with the entries oldest first; small images are embedded as data: URIs, other attachments
    are only named. Entries in the trash are left out. Returns how many entries were written."""
    target = Path(target)
    _new_target(target)
    out = _open_new(target)
    try:
        with out, _Reader(vault) as reader:
            total = reader.count(date_from, date_to, tags, include_trash=False)
            done = 0
            _report(progress, done, total)
            out.write(
                "<!DOCTYPE html>\n"
                f'<html lang="{html.escape(labels.lang, quote=True)}">\n<head>\n<meta charset="utf-8">\n'
                '<meta http-equiv="Content-Security-Policy" '
                "content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n"
                '<meta name="referrer" content="no-referrer">\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                f"<title>{html.escape(labels.heading)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
                f'<h1 class="export">{html.escape(labels.heading)}</h1>\n'
            )
            for row in reader.entries(date_from, date_to, tags, include_trash=False):
                _check(cancelled)
                _write_html_entry(out, row, reader, labels, cancelled)
                done += 1
                _report(progress, done, total)
            out.write("</body>\n</html>\n")
            _sync(out)
    except BaseException:
        _remove(target, folder=False)
        raise
    return done


def _write_html_entry(
    out: TextIO, row: _Row, reader: _Reader, labels: HtmlLabels, cancelled: IsCancelled | None
) -> None:
    title = html.escape(row.title) if row.title.strip() else html.escape(labels.untitled)
    star = f' <span class="star" title="{html.escape(labels.starred)}">\u2605</span>' if row.starred else ""
    meta = [f'<time datetime="{row.entry_date}">{row.entry_date}</time>']
    if row.mood is not None:
        meta.append(f"{html.escape(labels.mood)}: {row.mood}/5")
    tag_html = "".join(f'<span class="tag">{html.escape(t)}</span>' for t in row.tags)
    out.write(
        f'<article id="e-{row.id}">\n<header><h2>{title}{star}</h2>\n'
        f'<div class="meta">{" · ".join(meta)} {tag_html}</div></header>\n'
    )
    files = {item.id: item for item in reader.files("WHERE owner_kind = 'entry' AND owner_id = ?", (row.id,))}
    shown: set[str] = set()

    def image_source(file_id: str) -> str | None:
        """An image attachment of this entry, small enough, as a data: URI (the page loads nothing else)."""
        item = files.get(file_id)
        if item is None or item.mime not in _INLINE_MIMES or item.size > HTML_INLINE_IMAGE_BYTES:
            return None
        shown.add(file_id)
        data = b"".join(reader.chunks(item, cancelled))
        return f"data:{item.mime};base64,{base64.b64encode(data).decode('ascii')}"

    out.write(markdown_to_html(row.body, image_source))
    out.write("\n")
    named: list[str] = []
    for item in files.values():
        if item.id in shown:
            continue
        source = image_source(item.id)
        if source is not None:
            out.write(f'<img alt="{html.escape(item.name, quote=True)}" src="{source}">\n')
        else:
            named.append(f"{html.escape(item.name)} ({item.size:,} B)")
    if named:
        out.write(f'<p class="files">{html.escape(labels.files)}: {"; ".join(named)}</p>\n')
    out.write("</article>\n")


# -- JSON ------------------------------------------------------------------------------------------------------------

_DOC_COLUMNS = ("id", "kind", "holder", "title", "number", "country", "issued", "expires", "lead_days", "notes",
                "created_at", "updated_at")  # fmt: skip
_ZONE_COLUMNS = ("id", "name", "title", "rules", "register_within", "written", "note")
_TRIP_COLUMNS = ("id", "zone_id", "entry_date", "exit_date", "counts", "note", "created_at", "updated_at", "country",
                 "border")  # fmt: skip
_CHECKLIST_COLUMNS = ("id", "title", "created_at")
_DEADLINE_COLUMNS = ("id", "title", "due_date", "due_time", "remind_days", "notes", "document_id", "trip_id",
                     "checklist_id", "repeat", "done_at", "created_at", "updated_at",
                     "repeat_from", "due_rule")  # fmt: skip


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _table(reader: _Reader, table: str, columns: Sequence[str], order: str) -> list[dict[str, Any]]:
    rows = reader.rows(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")  # noqa: S608
    items = [dict(zip(columns, row, strict=True)) for row in rows]
    for item in items:
        if table == "zones":
            item["rules"] = json.loads(item["rules"])
        if table == "trips":
            item["counts"] = bool(item["counts"])
    return items


def _write_array(out: TextIO, key: str, items: Iterator[Any] | Sequence[Any], *, last: bool = False) -> None:
    out.write(f"{_dump(key)}:[")
    first = True
    for item in items:
        out.write("\n" if first else ",\n")
        out.write(_dump(item))
        first = False
    out.write("\n]" + ("\n" if last else ",\n"))


def export_json(
    vault: Vault,
    target: Path,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    tags: Sequence[str] = (),
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """Everything, for migration, as one UTF-8 JSON file `target`; `importers.import_json` reads it back.

    With no filters, importing the file into a new vault gives the same vault. With filters, only the chosen entries
    (and their attachments) go in, with every document, deadline, checklist, zone and trip. Returns how many entries
    (trash included) were written. Attachments are streamed chunk by chunk, so memory use stays flat.

    The file is one object whose members come in this order (the importer relies on the order of dependencies):

        format "journal-export", version 1, schema (vault schema number), exported_at, filters,
        settings {key: value},
        entries [{id, entry_date, created_at, updated_at, title, body, tags [..], mood, starred, deleted_at,
                  versions [{version_id, saved_at, entry_date, title, body, tags, mood, starred}, oldest first]}],
        tags [{tag, entries}] (for information only),
        documents, zones (rules as a list), trips (zone_id), checklists, deadlines: the table columns,
        attachments [{id, owner_kind, owner_id, name, mime, size, sha256, created_at}],
        attachment_chunks [{attachment_id, n, data (base64 of at most 256 KiB)}], in order of n per attachment.
    """
    from .migrations import LATEST

    target = Path(target)
    _new_target(target)
    out = _open_new(target)
    try:
        with out, _Reader(vault) as reader:
            filtered = bool(date_from or date_to or tags)
            total = reader.count(date_from, date_to, tags, include_trash=True)
            done = 0
            _report(progress, done, total)
            header = {
                "format": EXPORT_FORMAT,
                "version": EXPORT_VERSION,
                "schema": LATEST,
                "exported_at": utc_now(),
                "filters": {
                    "date_from": date_from.isoformat() if date_from else None,
                    "date_to": date_to.isoformat() if date_to else None,
                    "tags": list(tags),
                },
            }
            out.write("{\n" + ",\n".join(f"{_dump(k)}:{_dump(v)}" for k, v in header.items()) + ",\n")
            settings = dict(reader.rows("SELECT key, value FROM settings ORDER BY key"))
            out.write(f'"settings":{_dump(settings)},\n')

            # the entries written that own an attachment (to leave out the attachments of entries a filter left
            # out): only those ids are kept, so memory does not grow with the number of entries
            every_file = reader.files()
            owners = {f.owner_id for f in every_file if f.owner_kind == "entry"} if filtered else set()
            entry_ids: set[str] = set()
            tag_counts: dict[str, list[Any]] = {}

            def entries() -> Iterator[dict[str, Any]]:
                nonlocal done
                for row in reader.entries(date_from, date_to, tags, include_trash=True):
                    _check(cancelled)
                    versions = [
                        {
                            "version_id": vid, "saved_at": saved, "entry_date": day, "title": title, "body": body,
                            "tags": json.loads(vtags), "mood": mood, "starred": bool(starred),
                        }
                        for vid, saved, day, title, body, vtags, mood, starred in reader.rows(
                            "SELECT version_id, saved_at, entry_date, title, body, tags, mood, starred "
                            "FROM entry_versions WHERE entry_seq = ? ORDER BY version_id",
                            (row.seq,),
                        )
                    ]  # fmt: skip
                    if row.id in owners:
                        entry_ids.add(row.id)
                    for tag in row.tags:
                        tag_counts.setdefault(tag_key(tag), [tag, 0])[1] += 1
                    yield {
                        "id": row.id, "entry_date": row.entry_date, "created_at": row.created_at,
                        "updated_at": row.updated_at, "title": row.title, "body": row.body, "tags": row.tags,
                        "mood": row.mood, "starred": row.starred, "deleted_at": row.deleted_at, "versions": versions,
                    }  # fmt: skip
                    done += 1
                    _report(progress, done, total)

            _write_array(out, "entries", entries())
            _write_array(
                out,
                "tags",
                [{"tag": t, "entries": n} for t, n in sorted(tag_counts.values(), key=lambda x: str(x[0]).casefold())],
            )
            _write_array(out, "documents", _table(reader, "documents", _DOC_COLUMNS, "created_at, id"))
            _write_array(out, "zones", _table(reader, "zones", _ZONE_COLUMNS, "name"))
            _write_array(out, "trips", _table(reader, "trips", _TRIP_COLUMNS, "entry_date, created_at, id"))
            _write_array(out, "checklists", _table(reader, "checklists", _CHECKLIST_COLUMNS, "created_at, id"))
            _write_array(out, "deadlines", _table(reader, "deadlines", _DEADLINE_COLUMNS, "due_date, created_at, id"))
            _check(cancelled)
            files = [f for f in every_file if not filtered or f.owner_kind != "entry" or f.owner_id in entry_ids]
            _write_array(out, "attachments", [f.__dict__ for f in files])

            def chunks() -> Iterator[dict[str, Any]]:
                for item in files:
                    for n, data in enumerate(reader.chunks(item, cancelled)):
                        yield {"attachment_id": item.id, "n": n, "data": base64.b64encode(data).decode("ascii")}

            _write_array(out, "attachment_chunks", chunks(), last=True)
            out.write("}\n")
            _sync(out)
    except BaseException:
        _remove(target, folder=False)
        raise
    return done
