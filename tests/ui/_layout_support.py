"""Helpers for layout checks: a pseudo-translation that doubles every string's length, and a walk that finds text
that does not fit its widget."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QWidget,
)

#: Accented letters only: no ASCII, so date formats, placeholders (%1, %n) and accelerators (&) stay as they were.
_FILLER = "ŵéřŧýüíóþšďƒĝĥĵķłžçñ"
_PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def stretch(source: str) -> str:
    """`source` at about twice its length: the original (so placeholders and the accelerator keep working) and
    accented filler words of the same length. Rich text gets the filler inside, before the last closing tag."""
    if not source.strip():
        return source
    length = len(_PLACEHOLDER.sub("", source).replace("&", ""))
    words, size, index = [], 0, 0
    while size < length:
        word = "".join(_FILLER[(index + i) % len(_FILLER)] for i in range(min(7, max(3, length - size))))
        words.append(word)
        size += len(word) + 1
        index += 3
    filler = " ".join(words)
    if source.rstrip().endswith(">") and "</" in source:
        cut = source.rfind("</")
        return f"{source[:cut]} {filler}{source[cut:]}"
    return f"{source} {filler}"


class PseudoTranslator(QTranslator):
    """Qt asks every installed translator; this one answers each string stretched to ~200%."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return stretch(source)

    def isEmpty(self) -> bool:
        return False


def install_pseudo_translation() -> PseudoTranslator:
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return translator


def remove_pseudo_translation(translator: PseudoTranslator) -> None:
    QCoreApplication.removeTranslator(translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    parent = widget.parentWidget()
    where = type(parent).__name__ if parent is not None else "-"
    return f"{type(widget).__name__}({widget.objectName() or text[:40]!r}) in {where}"


def _effective_min_width(widget: QWidget) -> int:
    """The width a layout may not go below (Qt's qSmartMinSize): an explicit minimum wins over the hint."""
    if widget.minimumWidth() > 0:
        return widget.minimumWidth()
    policy = widget.sizePolicy().horizontalPolicy()
    if policy == QSizePolicy.Policy.Ignored:
        return 0
    hint = widget.minimumSizeHint().width()
    if not (policy.value & QSizePolicy.PolicyFlag.ShrinkFlag.value):
        hint = max(hint, widget.sizeHint().width())
    return hint


def _effective_min_height(widget: QWidget) -> int:
    if widget.minimumHeight() > 0:
        return widget.minimumHeight()
    policy = widget.sizePolicy().verticalPolicy()
    if policy == QSizePolicy.Policy.Ignored:
        return 0
    return widget.minimumSizeHint().height()


def _inside_item_view(widget: QWidget) -> bool:
    """Qt's own parts of complex widgets (an item view's editors, a calendar's navigation) are left to Qt."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName().startswith("qt_") and not isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def layout_problems(top: QWidget) -> list[str]:
    """Visible text that is cut off, and widgets squeezed below their minimum, inside `top`."""
    problems: list[str] = []
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or (widget.isWindow() and widget is not top) or _inside_item_view(widget):
            continue
        if widget.width() == 0 or widget.height() == 0:
            continue  # a collapsed splitter pane: the user chose it
        name = _name(widget)
        if isinstance(widget, QLabel) and widget.text().strip():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(f"{name}: wrapped text needs height {needed}, has {widget.height()}")
            elif widget.width() < widget.sizeHint().width() and widget.minimumWidth() == 0:
                problems.append(f"{name}: text needs width {widget.sizeHint().width()}, has {widget.width()}")
        elif isinstance(widget, (QAbstractButton, QCheckBox)) and widget.text().strip():
            if widget.width() < widget.sizeHint().width():
                problems.append(f"{name}: text needs width {widget.sizeHint().width()}, has {widget.width()}")
        elif isinstance(widget, QGroupBox) and widget.title().strip():
            if widget.width() < widget.minimumSizeHint().width():
                problems.append(f"{name}: title needs width {widget.minimumSizeHint().width()}, has {widget.width()}")
        # a maximum set on purpose (a thin meter bar) wins over the hint
        min_width = min(_effective_min_width(widget), widget.maximumWidth())
        min_height = min(_effective_min_height(widget), widget.maximumHeight())
        if widget is not top and (widget.width() < min_width or widget.height() < min_height):
            problems.append(f"{name}: squeezed to {widget.width()}x{widget.height()}, needs {min_width}x{min_height}")
    return problems


def settle() -> None:
    """Let layouts run (they are activated by posted events)."""
    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
