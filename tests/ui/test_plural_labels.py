"""Counts read as words do: "1 word", "2 words", "5 слов", never "word(s)"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from journal_app.ui.i18n import LanguageManager
from journal_app.ui.journal.editor import EntryEditor


@pytest.fixture
def languages():
    manager = LanguageManager()
    yield manager
    manager.set_language("en")
    for translator in manager._translators:  # leave no translator behind for the next test
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", ["0 words", "1 word", "2 words", "5 words"]), ("ru", ["0 слов", "1 слово", "2 слова", "5 слов"])],
)
def test_the_word_count_uses_plural_forms(qtbot, languages, language, expected) -> None:
    languages.set_language(language)
    editor = EntryEditor(None)
    qtbot.addWidget(editor)
    seen = []
    for text in ("", "один", "один два", "a b c d e"):
        editor.body.setPlainText(text)
        editor._update_word_count()
        seen.append(editor.word_count_label.text())
    assert seen == expected
