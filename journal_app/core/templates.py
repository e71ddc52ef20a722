"""Checklist templates: data files in resources/checklists/, in English, Russian and Ukrainian.

Applying a template creates ordinary, editable deadlines, each due a number of days from an anchor date (arrival,
departure, an appointment).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .errors import InvalidInput, NoSuchItem
from .paths import resources_dir

LANGUAGES = ("en", "ru", "uk")


@dataclass(frozen=True)
class TemplateItem:
    offset_days: int
    title: dict[str, str]
    notes: dict[str, str]


@dataclass(frozen=True)
class Template:
    id: str
    written: str
    title: dict[str, str]
    anchor: dict[str, str]
    note: dict[str, str]
    items: tuple[TemplateItem, ...]

    def text(self, field: dict[str, str], language: str) -> str:
        return field.get(language) or field["en"]


def _texts(data: Any, where: str) -> dict[str, str]:
    if not isinstance(data, dict) or not all(isinstance(data.get(lang), str) for lang in LANGUAGES):
        raise InvalidInput(f"{where}: needs text in {', '.join(LANGUAGES)}")
    return {lang: data[lang] for lang in LANGUAGES}


def parse_template(data: Any, name: str = "template") -> Template:
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise InvalidInput(f"{name}: not a checklist template")
    items = []
    for index, item in enumerate(data["items"]):
        if not isinstance(item, dict) or not isinstance(item.get("offset_days"), int):
            raise InvalidInput(f"{name}: item {index + 1} needs offset_days")
        items.append(
            TemplateItem(
                item["offset_days"],
                _texts(item.get("title"), f"{name}: item {index + 1} title"),
                _texts(item.get("notes"), f"{name}: item {index + 1} notes"),
            )
        )
    return Template(
        id=str(data.get("id", name)),
        written=str(data.get("written", "")),
        title=_texts(data.get("title"), f"{name}: title"),
        anchor=_texts(data.get("anchor"), f"{name}: anchor"),
        note=_texts(data.get("note"), f"{name}: note"),
        items=tuple(items),
    )


def load_templates(folder: Path | None = None) -> list[Template]:
    folder = folder or resources_dir() / "checklists"
    templates = []
    for path in sorted(folder.glob("*.json")):
        with open(path, encoding="utf-8") as f:
            templates.append(parse_template(json.load(f), path.stem))
    return templates


def find_template(template_id: str, folder: Path | None = None) -> Template:
    for template in load_templates(folder):
        if template.id == template_id:
            return template
    raise NoSuchItem(f"no checklist template {template_id!r}")


def due_dates(template: Template, anchor: date) -> list[tuple[TemplateItem, date]]:
    return [(item, anchor + timedelta(days=item.offset_days)) for item in template.items]
