"""The desktop app: QApplication set-up (process, languages, theme) and the main window.

`python -m journal_app` with no command lands in `run_gui`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def harden_process() -> None:
    """No core dumps (they would hold decrypted text and keys); new files readable by the user only."""
    os.umask(0o077)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # Windows has no `resource`; a hard limit may forbid it
        pass


def set_process_name(name: str = "journal") -> None:
    """A neutral process name in `ps` and `top` (Linux: prctl PR_SET_NAME); elsewhere nothing happens."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        libc.prctl(15, ctypes.c_char_p(name.encode()[:15]), 0, 0, 0)  # 15 = PR_SET_NAME
    except (OSError, AttributeError):
        pass


def _vault_option(args: list[str]) -> Path | None:
    """`--vault DIR` or `--vault=DIR`, as on the command line."""
    for index, arg in enumerate(args):
        if arg == "--vault" and index + 1 < len(args):
            return Path(args[index + 1]).expanduser()
        if arg.startswith("--vault="):
            return Path(arg.split("=", 1)[1]).expanduser()
    return None


def run_gui(args: list[str]) -> int:
    harden_process()
    set_process_name()
    if "--self-test" in args:
        from .self_test import run_self_test

        return run_self_test()
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from .ui import theme
    from .ui.i18n import LanguageManager, system_language
    from .ui.icons import icon
    from .ui.main_window import MainWindow
    from .ui.settings_store import SettingsStore
    from .ui.single_instance import RAISED, InstanceGuard

    QCoreApplication.setApplicationName("Journal")
    QCoreApplication.setOrganizationName("")
    QGuiApplication.setDesktopFileName("io.github.journal_app.Journal")  # the installed desktop file
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication([sys.argv[0]])
    app.setWindowIcon(icon("app"))
    app.setQuitOnLastWindowClosed(True)

    settings = SettingsStore()
    vault_dir = _vault_option(args)
    instance = InstanceGuard(vault_dir or settings.vault_dir, parent=app)
    if instance.start() == RAISED:  # this vault's window is open: it came forward
        return 0
    languages = LanguageManager(app)
    languages.set_language(settings.language or system_language())
    theme.apply_theme(settings.theme)

    window = MainWindow(settings, languages, vault_dir=vault_dir)
    instance.activated.connect(window.show_again)
    window.show()
    try:
        return int(app.exec())
    finally:
        instance.stop()
