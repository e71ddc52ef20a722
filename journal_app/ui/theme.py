"""Theme: follow the system, or ask for light, dark or high contrast; and the type scale and spacing of the app.

Qt 6.8+ lets the app ask the platform for a color scheme (QStyleHints.setColorScheme). Where the platform does not
follow (some Linux desktops, the offscreen platform), a plain palette is set instead. High contrast is a palette of
its own (white on black, yellow for selection and links, every disabled text still readable), with the dark scheme.

Type scale: body text is the system's font; headings are `heading_font(widget, level)` (level 1 = page title, 1.5x;
level 2 = section, 1.2x, semi-bold). Spacing: multiples of SPACING (8 px): 8 between related controls, 16 between
groups and around a dialog, 32 around a page. `apply_spacing(layout)` puts a dialog's (or page's) whole layout on that
scale; every dialog calls it once its layout is built (tests/ui/test_spacing.py walks each one).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLayout, QScrollArea, QWidget

_SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
    "high_contrast": Qt.ColorScheme.Dark,
}
SPACING = 8
#: The spacing scale: none, related controls, groups (and around a dialog), around a page.
SPACE_SCALE = (0, SPACING, 2 * SPACING, 4 * SPACING)
DIALOG_MARGIN = 2 * SPACING
PAGE_MARGIN = 4 * SPACING
HEADING_SCALE = {1: 1.5, 2: 1.2}

_ROLES = (
    QPalette.ColorRole.Window,
    QPalette.ColorRole.WindowText,
    QPalette.ColorRole.Base,
    QPalette.ColorRole.AlternateBase,
    QPalette.ColorRole.ToolTipBase,
    QPalette.ColorRole.ToolTipText,
    QPalette.ColorRole.PlaceholderText,
    QPalette.ColorRole.Text,
    QPalette.ColorRole.Button,
    QPalette.ColorRole.ButtonText,
    QPalette.ColorRole.BrightText,
    QPalette.ColorRole.Link,
    QPalette.ColorRole.Highlight,
    QPalette.ColorRole.HighlightedText,
)


def _palette(colors: tuple[QColor, ...], disabled: QColor) -> QPalette:
    p = QPalette()
    for role, color in zip(_ROLES, colors, strict=True):
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def dark_palette() -> QPalette:
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    disabled = QColor(127, 127, 127)
    colors = (window, text, base, window, base, text, disabled, text, window, text, QColor(255, 80, 80),
              QColor(110, 170, 255), QColor(60, 110, 180), QColor(255, 255, 255))  # fmt: skip
    return _palette(colors, disabled)


def high_contrast_palette() -> QPalette:
    black, white, yellow = QColor(0, 0, 0), QColor(255, 255, 255), QColor(255, 230, 0)
    disabled = QColor(190, 190, 190)  # still 11:1 on black
    colors = (black, white, black, QColor(28, 28, 28), black, white, disabled, white, black, white, yellow,
              yellow, yellow, black)  # fmt: skip
    palette = _palette(colors, disabled)
    palette.setColor(QPalette.ColorRole.Mid, white)  # frames and separators drawn in white
    palette.setColor(QPalette.ColorRole.Dark, white)
    return palette


def apply_theme(theme: str) -> None:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    scheme = _SCHEMES.get(theme, Qt.ColorScheme.Unknown)
    hints = app.styleHints()
    hints.setColorScheme(scheme)
    if theme == "high_contrast":
        app.setPalette(high_contrast_palette())
    elif scheme == Qt.ColorScheme.Unknown or hints.colorScheme() == scheme:
        app.setPalette(QPalette())  # the platform's own palette
    elif scheme == Qt.ColorScheme.Dark:
        app.setPalette(dark_palette())
    else:
        style = getattr(app, "style", None)
        app.setPalette(style().standardPalette() if style else QPalette())


def heading_font(widget: QWidget, level: int = 1) -> QFont:
    """The font of a heading of `level` (1: a page's title, 2: a section) from the widget's own font."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * HEADING_SCALE.get(level, 1.0))
    font.setWeight(QFont.Weight.DemiBold if level >= 2 else QFont.Weight.Normal)
    return font


def danger_color(palette: QPalette) -> QColor:
    """A red that reads on the palette's base colour (expired documents, overdue items)."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(255, 120, 110) if dark else QColor(176, 0, 32)


def spaced_layouts(layout: QLayout) -> Iterator[tuple[QLayout, str]]:
    """`layout` ("top"), the layouts nested in it ("nested"), and the layouts of the group boxes ("group") and
    scrolled contents ("scrolled") inside it, depth first. Other widgets' inner layouts are their own business."""
    yield layout, "top"
    stack: list[tuple[QLayout, str]] = [(layout, "top")]
    while stack:
        current, _kind = stack.pop()
        for i in range(current.count()):
            item = current.itemAt(i)
            if item is None:
                continue
            child, widget = item.layout(), item.widget()
            inner = widget.widget() if isinstance(widget, QScrollArea) else None
            found: tuple[QLayout, str] | None = None
            if child is not None:
                found = (child, "nested")
            elif isinstance(widget, QGroupBox) and (group := widget.layout()) is not None:
                found = (group, "group")
            elif inner is not None and (scrolled := inner.layout()) is not None:
                found = (scrolled, "scrolled")
            if found is not None:
                yield found
                stack.append(found)


def _margin_for(kind: str, margin: int) -> int:
    return {"top": margin, "group": SPACING}.get(kind, 0)


def apply_spacing(layout: QLayout | None, margin: int = DIALOG_MARGIN) -> None:
    """Put `layout` and everything `spaced_layouts` finds in it on the spacing scale: `margin` around it (16 for a
    dialog, PAGE_MARGIN for a page), SPACING inside group boxes, none around nested layouts, SPACING between items."""
    if layout is None:
        return
    for current, kind in spaced_layouts(layout):
        m = _margin_for(kind, margin)
        current.setContentsMargins(m, m, m, m)
        if isinstance(current, QFormLayout | QGridLayout):
            current.setHorizontalSpacing(SPACING)
            current.setVerticalSpacing(SPACING)
        else:
            current.setSpacing(SPACING)
