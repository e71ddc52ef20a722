"""Automatic backups of a vault with a decoy: both journals back up into the same folder under names that do not say
which journal made them, and using the decoy, any number of days, never deletes the real journal's backups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from journal_app.core.backup import verify_backup
from journal_app.core.errors import WrongPassphrase
from journal_app.core.vault import Vault
from journal_app.ui.settings_store import SettingsStore

from ..conftest import FAST_KDF, PASSPHRASE
from ._shell_support import IGNORED_QT_MESSAGES, make_window

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)
DECOY = "бабушкины рецепты"
DAY_ONE = datetime(2030, 3, 1, 12, 0, tzinfo=UTC)


def _session(qtbot, window, passphrase: str, day: int) -> str:
    """Unlock with `passphrase` as a person does, then lock on the simulated `day`; returns the backup's outcome."""
    window.backup_actions.auto_backup._now = lambda: DAY_ONE + timedelta(days=day)
    window.unlock_page.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    window.lock()
    return window.backup_actions.auto_backup.last_outcome


def _whose(folder, passphrase):
    found = []
    for path in sorted(folder.glob("journal-*.backup")):
        try:
            verify_backup(path, passphrase)
        except WrongPassphrase:
            continue
        found.append(path.name)
    return found


def test_the_real_journals_backups_survive_any_number_of_decoy_days(qtbot, vault_dir, tmp_path):
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.journal().add(title="настоящая запись", body="x")
        vault.set_decoy(DECOY)
    folder = tmp_path / "stick"
    folder.mkdir()
    settings = SettingsStore()
    settings.set_vault_dir(vault_dir)
    settings.set_auto_backup(True)
    settings.set_auto_backup_dir(folder)
    settings.set_auto_backup_keep(5)
    window = make_window(qtbot, settings=settings)
    for day in range(5):
        assert _session(qtbot, window, PASSPHRASE, day) == "made"
    real = _whose(folder, PASSPHRASE)
    assert len(real) == 5
    for day in range(5, 13):  # eight days on which only the decoy is opened
        assert _session(qtbot, window, DECOY, day) == "made"
        assert _whose(folder, PASSPHRASE) == real  # not one of the real journal's backups is gone
        assert len(_whose(folder, DECOY)) == 1  # the decoy keeps its newest; the folder holds about 5 files
    assert len(list(folder.iterdir())) == 6
    assert _session(qtbot, window, DECOY, 12) == "not due"  # once a day per journal
    assert _session(qtbot, window, PASSPHRASE, 13) == "made"  # the real journal prunes only its own files
    assert len(_whose(folder, DECOY)) == 1
    assert len(_whose(folder, PASSPHRASE)) == 4
    assert len(list(folder.iterdir())) == 5
    names = sorted(p.name for p in folder.iterdir())
    assert all(n.startswith("journal-2030-03-") and n.endswith(".backup") for n in names)  # no name says whose
