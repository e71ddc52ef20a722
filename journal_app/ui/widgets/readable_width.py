"""Layout helpers for wide and narrow windows.

- `ReadableWidth`: on a wide screen the text column stays readable (about 80 characters per line), centred, instead
  of stretching the text across 1,920 pixels.
- `OneRowButtons`: a pane of a splitter is given the width of one row of its buttons, so that at 1024x768 the row
  does not wrap onto a second line.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLayout, QSplitter, QWidget

READABLE_COLUMNS = 80


class ReadableWidth(QObject):
    """Caps `text_widget` at the width of `columns` characters, or of the `fit` row if that is wider, and centres it in
    its container's layout (a maximum width, not margins: the window's minimum size does not grow)."""

    def __init__(
        self, container: QWidget, text_widget: QWidget, columns: int = READABLE_COLUMNS, fit: QWidget | None = None
    ) -> None:
        super().__init__(container)
        self._container = container
        self._text = text_widget
        self._columns = columns
        self._fit = fit  # a row that must not be cut (a toolbar whose labels are longer in another language)
        layout = container.layout()
        if layout is not None:
            layout.setAlignment(text_widget, Qt.AlignmentFlag.AlignHCenter)
        text_widget.installEventFilter(self)
        self.update()

    def column_width(self) -> int:
        """The width of `columns` average characters of the text's font, plus room for the frame and scroll bar."""
        metrics = QFontMetricsF(self._text.font())
        extra = 48
        return int(metrics.averageCharWidth() * self._columns) + extra

    def update(self) -> None:
        wanted = self._fit.sizeHint().width() if self._fit is not None else 0
        self._text.setMaximumWidth(max(self.column_width(), wanted))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._text and event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange,
                                                        QEvent.Type.Show):  # fmt: skip
            QTimer.singleShot(0, self, self.update)  # after the widget has taken the change in; gone with it
        return False


class OneRowButtons(QObject):
    """Widens `pane` inside its splitter to one row of `buttons`, taking the room from the pane that has the most to
    spare, until the person moves the splitter themselves. Minimum sizes stay as they are, so a small window (or a
    very long translation) still fits: then the row wraps."""

    def __init__(self, pane: QWidget, buttons: QLayout, splitter: QSplitter) -> None:
        super().__init__(pane)
        self._pane = pane
        self._buttons = buttons
        self._splitter = splitter
        self._moved_by_hand = False
        self._fitting = False
        splitter.splitterMoved.connect(self._on_moved)
        pane.installEventFilter(self)

    def wanted_width(self) -> int:
        margins = self._pane.contentsMargins()
        return self._buttons.sizeHint().width() + margins.left() + margins.right() + 2  # rounding in the flow

    def fit(self) -> None:
        if self._moved_by_hand or self._fitting or not self._pane.isVisible():
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        splitter = self._splitter
        sizes = splitter.sizes()
        index = splitter.indexOf(self._pane)
        if index < 0 or sum(sizes) == 0:
            return
        deficit = self.wanted_width() - sizes[index]
        if deficit <= 0:
            return
        spare = {i: sizes[i] - _minimum_width(splitter.widget(i)) for i in range(len(sizes)) if i != index}
        donor = max(spare, key=lambda i: spare[i], default=None)
        if donor is None or spare[donor] <= 0:
            return
        take = min(deficit, spare[donor])
        sizes[index] += take
        sizes[donor] -= take
        splitter.setSizes(sizes)

    def _on_moved(self, *_args: object) -> None:
        self._moved_by_hand = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._pane:
            kind = event.type()
            if kind == QEvent.Type.Show:
                QTimer.singleShot(0, self, self.fit)  # once the splitter has laid out its panes
            elif kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.LanguageChange):
                self.fit()
        return False


def _minimum_width(widget: QWidget | None) -> int:
    if widget is None:
        return 0
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())
