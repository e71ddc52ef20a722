"""Theme: follow the system, or ask for light or dark.

Qt 6.8+ lets the app ask the platform for a color scheme (QStyleHints.setColorScheme). Where the platform does not
follow (some Linux desktops, the offscreen platform), a plain palette is set instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

_SCHEMES = {"system": Qt.ColorScheme.Unknown, "light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    disabled = QColor(127, 127, 127)
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.ToolTipBase, base),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, disabled),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.BrightText, QColor(255, 80, 80)),
        (QPalette.ColorRole.Link, QColor(110, 170, 255)),
        (QPalette.ColorRole.Highlight, QColor(60, 110, 180)),
        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
    ):
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def apply_theme(theme: str) -> None:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    scheme = _SCHEMES.get(theme, Qt.ColorScheme.Unknown)
    hints = app.styleHints()
    hints.setColorScheme(scheme)
    if scheme == Qt.ColorScheme.Unknown or hints.colorScheme() == scheme:
        app.setPalette(QPalette())  # the platform's own palette
    elif scheme == Qt.ColorScheme.Dark:
        app.setPalette(dark_palette())
    else:
        style = getattr(app, "style", None)
        app.setPalette(style().standardPalette() if style else QPalette())


def danger_color(palette: QPalette) -> QColor:
    """A red that reads on the palette's base colour (expired documents, overdue items)."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(255, 120, 110) if dark else QColor(176, 0, 32)
