"""The app's SVG icons (resources/icons/NAME.svg), sharp at any screen scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from journal_app.core import paths


def icon_path(name: str) -> str:
    return str(paths.resources_dir() / "icons" / f"{name}.svg")


@cache
def icon(name: str) -> QIcon:
    return QIcon(icon_path(name))
