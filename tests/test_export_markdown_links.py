"""The Markdown export: an entry's `attachment:ID` links point at the files written beside it."""

from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import unquote

from journal_app.core.export import export_markdown
from journal_app.core.markdown import tokens

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + b"\x00" * 40


def _targets(text: str) -> list[str]:
    found: list[str] = []
    for token in tokens(text):
        for child in token.children or []:
            if child.type == "image":
                found.append(str(child.attrs["src"]))
            elif child.type == "link_open":
                found.append(str(child.attrs["href"]))
    return found


def _export(vault, tmp_path: Path, body_of) -> tuple[Path, dict[str, bytes]]:
    entry = vault.journal().add(title="t", body="placeholder")
    store = vault.attachments()
    contents = {
        "photo": PNG,
        "file": b"%PDF-1.4 letter\n" * 50,
        "evil": b"not outside",
        "twin": b"second photo.png",
    }
    names = {"photo": "photo (1).png", "file": "letter & notes #1.pdf", "evil": "../../outside.txt",
             "twin": "photo (1).png"}  # fmt: skip
    items = {key: store.add("entry", entry.id, names[key], io.BytesIO(contents[key])) for key in contents}
    body = body_of({key: item.id for key, item in items.items()})
    vault.journal().update(entry.id, body=body)
    folder = tmp_path / "md"
    assert export_markdown(vault, folder) == 1
    (exported,) = folder.glob("*.md")
    assert vault.journal().get(entry.id).body == body  # the stored body never changes
    return exported, {items[key].id: contents[key] for key in contents}


def test_links_to_own_attachments_point_at_the_exported_files(vault, tmp_path):
    def body_of(ids: dict[str, str]) -> str:
        return (
            f"At the office: ![the photo](attachment:{ids['photo']})\n\n"
            f'- the [letter](attachment:{ids["file"]} "scan")\n'
            f"- [odd](<attachment:{ids['evil']}>) and ![again](attachment:{ids['twin']})\n\n"
            f"[ref]: attachment:{ids['photo']}\n\nSee [the ref][ref].\n\n"
            f"`[not a link](attachment:{ids['file']})` stays as typed\n"
        )

    exported, contents = _export(vault, tmp_path, body_of)
    text = exported.read_text(encoding="utf-8")
    targets = _targets(text)
    assert len(targets) == 5
    for target in targets:
        assert not target.startswith("attachment:")
        path = (exported.parent / unquote(target)).resolve()
        assert path.is_relative_to(exported.parent.resolve())
        assert path.is_file()
    written = {(exported.parent / unquote(t)).read_bytes() for t in targets}
    assert written == set(contents.values())
    assert not (tmp_path / "outside.txt").exists()
    # code keeps its characters: the literal text inside backticks is unchanged
    file_id = next(k for k, v in contents.items() if v.startswith(b"%PDF"))
    assert f"`[not a link](attachment:{file_id})`" in text


def test_links_to_other_entries_attachments_are_left_alone(vault, tmp_path):
    other = "0" * 8 + "-0000-0000-0000-" + "0" * 12
    exported, _ = _export(vault, tmp_path, lambda ids: f"![x](attachment:{other}) ![y](attachment:{ids['photo']})")
    targets = _targets(exported.read_text(encoding="utf-8"))
    assert targets[0] == f"attachment:{other}"
    assert not targets[1].startswith("attachment:")
