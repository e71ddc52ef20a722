"""`journal-app --self-test`: checks that an installed or bundled copy of the app is complete, then exits.

It opens the main window (offscreen when there is no display), loads every translation, icon and checklist template,
and creates, writes, closes and reopens a throwaway vault in a temporary folder through the core API. The throwaway
vault uses cheap key-derivation parameters; it is deleted at the end and never holds anything of the user's. Nothing
in the user's profile is read or written: the window gets its own settings file in the temporary folder.

Exit code 0 when everything works; 1 with one plain line per failed check on stderr.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from . import __version__

ICONS = ("app", "lock", "panic", "quit", "settings", "unlock")
LANGUAGES = ("ru", "uk", "en")
_STARTED = time.monotonic()


def _process_age() -> float | None:
    """Seconds since this process started (Linux: /proc), or None where that is not known."""
    try:
        start_ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _needs_offscreen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def check_resources() -> str:
    from .core import paths

    folder = paths.resources_dir()
    from .ui.commands import ICONS as MENU_ICONS
    from .ui.unlock.wordlists import WORD_LISTS

    missing = [
        str(p.relative_to(folder))
        for p in [folder / "icons" / f"{name}.svg" for name in sorted({*ICONS, *MENU_ICONS.values()})]
        + [folder / "translations" / f"journal_{code}.qm" for code in LANGUAGES]
        + [folder / "guide" / f"guide_{code}.html" for code in LANGUAGES]
        + [folder / "wordlists" / f"{name}.txt" for name in WORD_LISTS]
        if not p.is_file()
    ]
    if missing:
        raise RuntimeError(f"missing in {folder}: {', '.join(missing)}")
    return str(folder)


def check_templates() -> str:
    from .core.templates import load_templates

    templates = load_templates()
    if not templates:
        raise RuntimeError("no checklist templates found")
    return f"{len(templates)} checklist templates"


def check_text_tools() -> str:
    import snowballstemmer

    from .ui.unlock.passphrase import strength

    if snowballstemmer.stemmer("russian").stemWord("документами") == "документами":
        raise RuntimeError("the Russian stemmer does not stem")
    if not strength("password").is_weak:
        raise RuntimeError("the passphrase meter's word lists are missing")
    return "stemmers and passphrase meter"


def check_vault(folder: Path) -> str:
    """Create, write, close and reopen a throwaway vault; a wrong passphrase must be refused."""
    import secrets

    from .core.errors import WrongPassphrase
    from .core.kdf import KdfParams
    from .core.vault import Vault

    cheap = KdfParams(memory_kib=1024, iterations=1, lanes=1)  # the self-test's own throwaway vault only
    passphrase = secrets.token_urlsafe(16)
    vault = Vault.create(folder, passphrase, kdf=cheap)
    try:
        entry = vault.journal().add(title="self-test", body="Проверка / Перевірка / check")
    finally:
        vault.close()
    for path in folder.iterdir():
        if path.is_file() and path.read_bytes()[:16] == b"SQLite format 3\x00":
            raise RuntimeError(f"{path.name} is not encrypted")
    vault = Vault.open(folder, passphrase, kdf=cheap)
    try:
        if vault.journal().get(entry.id).body != "Проверка / Перевірка / check":
            raise RuntimeError("the entry read back differs")
    finally:
        vault.close()
    try:
        Vault.open(folder, passphrase + "x", kdf=cheap).close()
    except WrongPassphrase:
        pass
    else:
        raise RuntimeError("a wrong passphrase opened the vault")
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    try:
        row = connection.execute("PRAGMA cipher_version").fetchone()
    finally:
        connection.close()
    if not row:
        raise RuntimeError("the SQLite library has no SQLCipher")
    return f"SQLCipher {row[0]} (SQLite {sqlcipher3.sqlite_version})"


def run_self_test(out: Callable[[str], None] | None = None) -> int:
    """Run every check; print one line each. Returns the exit code."""
    say = out or (lambda line: print(line, flush=True))
    if _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    failures: list[str] = []

    def step(name: str, check: Callable[[], str]) -> None:
        try:
            say(f"ok    {name}: {check()}")
        except Exception as error:  # noqa: BLE001 - every failure becomes one plain line
            failures.append(name)
            print(f"FAIL  {name}: {error}", file=sys.stderr, flush=True)

    say(f"journal-app {__version__} self-test")
    with tempfile.TemporaryDirectory(prefix="journal-self-test-") as tmp:
        work = Path(tmp)
        step("resources", check_resources)
        step("templates", check_templates)
        step("text tools", check_text_tools)
        step("vault", lambda: check_vault(work / "vault"))
        step("window", lambda: _check_window(work))
    if failures:
        print(f"self-test failed: {', '.join(failures)}", file=sys.stderr, flush=True)
        return 1
    say("self-test passed")
    return 0


def _check_window(work: Path) -> str:
    from PySide6.QtCore import QCoreApplication, QSize
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .ui import theme
    from .ui.i18n import LanguageManager
    from .ui.icons import icon_path
    from .ui.main_window import MainWindow
    from .ui.settings_store import SettingsStore

    QCoreApplication.setApplicationName("Journal")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    languages = LanguageManager(app)
    for code in LANGUAGES:
        if not languages.set_language(code):
            raise RuntimeError(f"the {code} translation does not load")
    for name in ICONS:
        if QIcon(icon_path(name)).pixmap(QSize(32, 32)).isNull():
            raise RuntimeError(f"icon {name} does not render (Qt's SVG plugins are missing?)")
    theme.apply_theme("system")
    settings = SettingsStore(work / "settings" / "settings.ini")
    window = MainWindow(settings, languages, watch_desktop=False, vault_dir=work / "vault")
    window.show()
    app.processEvents()
    shown_after = _process_age()
    if not window.isVisible() or window.stack.currentWidget() is not window.unlock_page:
        raise RuntimeError("the main window did not show the unlock page")
    title = window.windowTitle()
    window.close()
    window.deleteLater()
    app.processEvents()
    since = f", shown {shown_after:.2f} s after the process started" if shown_after is not None else ""
    return f"unlock page on {app.platformName()}, title {title!r}{since} ({time.monotonic() - _STARTED:.2f} s in test)"
