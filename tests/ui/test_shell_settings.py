"""Settings: stored in the temporary config folder, non-personal only, applied at once; language switching."""

from __future__ import annotations

import configparser

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from journal_app.core import paths
from journal_app.ui.i18n import LanguageManager, system_language
from journal_app.ui.settings_store import ALLOWED_KEYS, SettingsStore, settings_path

from ..conftest import MARKER, PASSPHRASE
from ._shell_support import IGNORED_QT_MESSAGES, make_window

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


@pytest.fixture
def languages():
    manager = LanguageManager()
    yield manager
    manager.set_language("en")


def ini_keys(path) -> set[str]:
    parser = configparser.ConfigParser()
    parser.read(path, encoding="utf-8")
    return {key for section in parser.sections() for key in parser[section]}


def test_defaults():
    settings = SettingsStore()
    assert settings.language is None
    assert settings.theme == "system"
    assert settings.auto_lock_minutes == 5
    assert settings.clipboard_clear_seconds == 30
    assert settings.tray_icon is False
    assert settings.vault_dir == paths.default_vault_dir()


def test_settings_dialog_persists_in_the_temporary_config_folder(qtbot, _private_profile, languages):
    window = make_window(qtbot, languages=languages)
    dialog = window.show_settings()
    dialog.auto_lock.setValue(7)
    dialog.clipboard.setValue(12)
    dialog.font_size.setValue(15)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    dialog.tray.setChecked(True)
    assert window.lock_policy.interval_ms == 7 * 60_000
    dialog.tray.setChecked(False)

    path = settings_path()
    assert path.is_relative_to(_private_profile)
    again = SettingsStore()
    assert (again.auto_lock_minutes, again.clipboard_clear_seconds, again.editor_font_size) == (7, 12, 15)
    assert again.theme == "dark"
    assert again.tray_icon is False
    window.settings.set_theme("system")


def test_settings_hold_nothing_personal_after_a_session(qtbot, tmp_path):
    window = make_window(qtbot)
    window.stack.setCurrentWidget(window.create_page)
    window.create_page.set_custom_folder(tmp_path / "vault")
    window.create_page.passphrase.setText(PASSPHRASE)
    window.create_page.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        window.create_page.create_vault()
    window.vault.journal().add(title=MARKER, body=MARKER)
    window.close()
    text = settings_path().read_text(encoding="utf-8")
    assert ini_keys(settings_path()) <= {k.lower() for k in ALLOWED_KEYS}
    assert MARKER not in text and PASSPHRASE not in text
    for word in PASSPHRASE.split():
        assert word not in text


def test_language_switch_retranslates_visible_widgets_without_restart(qtbot, languages):
    window = make_window(qtbot, languages=languages)
    page = window.first_run
    english = (page.continue_button.text(), page.protects.text(), window.actions_.menu.title())
    page.language_box.setCurrentIndex(page.language_box.findData("ru"))
    assert SettingsStore().language == "ru"
    assert languages.language == "ru"
    assert page.continue_button.text() == "&Продолжить"
    assert page.protects.text() != english[1]
    assert window.actions_.menu.title() == "&Дневник"
    assert window.unlock_page.unlock_button.text() == "&Открыть"
    assert QLocale().language() == QLocale.Language.Russian

    window.settings.set_language("uk")
    assert page.continue_button.text() == "&Продовжити"
    window.settings.set_language("en")
    assert (page.continue_button.text(), page.protects.text(), window.actions_.menu.title()) == english


def test_language_switch_reaches_the_workspace(qtbot, languages, vault_dir):
    from journal_app.core.vault import Vault

    from ..conftest import FAST_KDF

    Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF).close()
    SettingsStore().set_vault_dir(vault_dir)
    window = make_window(qtbot, languages=languages)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        window.unlock_page.unlock()
    languages.set_language("ru")
    assert "retranslate" in window.workspace.calls


def test_every_string_is_translated():
    root = paths.resources_dir() / "translations"
    for lang in ("ru", "uk"):
        ts = (root / f"journal_{lang}.ts").read_text(encoding="utf-8")
        assert 'type="unfinished"' not in ts
        assert (root / f"journal_{lang}.qm").is_file()


def test_system_language():
    assert system_language(QLocale("uk_UA")) == "uk"
    assert system_language(QLocale("ru_RU")) == "ru"
    assert system_language(QLocale("be_BY")) == "ru"
    assert system_language(QLocale("de_DE")) == "en"
    assert QCoreApplication.translate("WindowActions", "&Lock") == "&Lock"
