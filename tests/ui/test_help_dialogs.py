"""Help > User guide (offline, in the UI language, no link followed out) and Help > About."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from journal_app import __version__
from journal_app.core import paths
from journal_app.ui.help.guide_dialog import GUIDE_LANGUAGES, GuideDialog, guide_html

from ._shell_support import IGNORED_QT_MESSAGES, forget_translations, make_window

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)

TOPICS = ("writing", "finding", "plans", "backups", "decoy", "border")


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_the_guide_covers_every_topic_in_each_language(language):
    html = guide_html(language)
    for topic in TOPICS:
        assert f'id="{topic}"' in html, topic
    assert "http" not in html and "<img" not in html and "<script" not in html.lower()


def test_the_guide_opens_from_help_in_the_ui_language(qtbot):
    from journal_app.ui.i18n import LanguageManager

    languages = LanguageManager()
    window = make_window(qtbot, languages=languages)
    try:
        languages.set_language("ru")
        window.menus.actions["guide"].trigger()
        dialog = window.menus.help.dialogs["guide"]
        assert isinstance(dialog, GuideDialog) and dialog.isVisible()
        text = dialog.browser.toPlainText()
        assert "Резервные копии" in text and "границе" in text.casefold()
        languages.set_language("uk")
        assert "Резервні копії" in dialog.browser.toPlainText()
    finally:
        forget_translations(languages)


def test_the_guide_follows_only_its_own_anchors(qtbot):
    dialog = GuideDialog("en")
    qtbot.addWidget(dialog)
    dialog.show()
    browser = dialog.browser
    browser.anchorClicked.emit(QUrl("https://example.org/track"))
    browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert browser.source().isEmpty()  # nothing was loaded
    assert "Journal" in browser.toPlainText()
    assert browser.loadResource(2, QUrl("https://example.org/x.png")) is None
    assert len(browser.refused) == 3
    browser.anchorClicked.emit(QUrl("#backups"))  # a link inside the guide scrolls
    assert len(browser.refused) == 3


def test_about_names_the_version_licence_folder_and_no_network(qtbot, tmp_path):
    folder = tmp_path / ("a-very-long-folder-name-" * 6) / "vault"
    window = make_window(qtbot, vault_dir=folder)
    window.menus.actions["about"].trigger()
    dialog = window.menus.help.dialogs["about"]
    assert __version__ in dialog.version.text()
    assert "GPL-3.0-or-later" in dialog.licence.text()
    assert "never connects to the network" in dialog.network.text()
    assert dialog.folder.toolTip() == str(folder)
    dialog.resize(440, dialog.height())
    shown = dialog.folder.shown_text()
    assert "…" in shown and shown.endswith("vault") and shown.startswith(str(folder)[:3])


def test_the_guide_files_ship_in_resources():
    for language in GUIDE_LANGUAGES:
        assert (paths.resources_dir() / "guide" / f"guide_{language}.html").is_file()


def test_the_self_test_names_a_missing_guide_or_word_list(tmp_path, monkeypatch):
    from journal_app import self_test

    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    with pytest.raises(RuntimeError) as missing:
        self_test.check_resources()
    assert "guide/guide_uk.html" in str(missing.value)
    assert "wordlists/words_ru.txt" in str(missing.value)
    assert "icons/help.svg" in str(missing.value)
