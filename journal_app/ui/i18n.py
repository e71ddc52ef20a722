"""Languages: which one to use, and switching the Qt translators at run time.

Installing a translator makes Qt send QEvent.LanguageChange to every widget; our widgets answer it by calling their
`retranslate()` method, so a new language shows at once, without a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

from journal_app.core import paths

from .settings_store import LANGUAGES

#: Each language's name in that language (never translated: a person must find their own language in any UI).
LANGUAGE_NAMES = {"ru": "Русский", "uk": "Українська", "en": "English"}

#: System languages whose speakers most likely read Russian better than English.
_RUSSIAN_READERS = ("be", "kk", "ky", "hy", "ka", "az", "uz", "tg", "tk", "ro")


def translations_dir() -> str:
    return str(paths.resources_dir() / "translations")


def system_language(locale: QLocale | None = None) -> str:
    """ru, uk or en, from the system locale."""
    code = (locale or QLocale.system()).name().split("_")[0].lower()
    if code in LANGUAGES:
        return code
    if code in _RUSSIAN_READERS:
        return "ru"
    return "en"


class LanguageManager(QObject):
    """Owns the installed translators; `set_language` swaps them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: list[QTranslator] = []
        self.language = "en"

    def set_language(self, language: str) -> bool:
        """Install the translation for `language`; False if its file is missing (English is shown then)."""
        if language not in LANGUAGES:
            language = "en"
        app = QCoreApplication.instance()
        assert app is not None, "create the QApplication first"
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        QLocale.setDefault(QLocale(language))
        self.language = language
        if language != "en":
            found = self._install(app, language)
        else:
            # English is the source language; its file holds only the plural forms ("1 deadline", "2 deadlines")
            plurals = QTranslator(self)
            if plurals.load("journal_en", translations_dir()):
                app.installTranslator(plurals)
                self._translators.append(plurals)
            found = True
        # Deliver the posted LanguageChange events now, so every widget shows the new language before we return.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return found

    def _install(self, app: QCoreApplication, language: str) -> bool:
        ours = QTranslator(self)
        found = ours.load(f"journal_{language}", translations_dir())
        qt_own = QTranslator(self)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            self._translators.append(qt_own)
        if found:
            app.installTranslator(ours)
            self._translators.append(ours)
        return found
