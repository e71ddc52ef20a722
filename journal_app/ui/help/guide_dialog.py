"""Help > User guide: pages shipped with the app (resources/guide/guide_LANG.html), in the UI language.

The browser loads nothing: no file, image or address is fetched, and a link is followed only when it is an anchor
inside the guide itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from journal_app.core import paths

from .. import theme

GUIDE_LANGUAGES = ("en", "ru", "uk")


def guide_html(language: str) -> str:
    code = language if language in GUIDE_LANGUAGES else "en"
    return (paths.resources_dir() / "guide" / f"guide_{code}.html").read_text(encoding="utf-8")


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that never loads a resource and never leaves the guide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.refused: list[str] = []

    def loadResource(self, _kind: int, name: QUrl | str) -> object:
        self.refused.append(name.toString() if isinstance(name, QUrl) else name)
        return None

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "" and not url.path() and url.fragment():
            self.scrollToAnchor(url.fragment())
        else:
            self.refused.append(url.toString())


class GuideDialog(QDialog):
    def __init__(self, language: str | Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.browser = GuideBrowser()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.resize(720, 640)
        self.retranslate()
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    @property
    def language(self) -> str:
        return self._language() if callable(self._language) else self._language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide"))
        self.browser.setHtml(guide_html(self.language))
