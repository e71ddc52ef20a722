"""Settings kept outside the vault: only how the app looks and behaves, never anything the user wrote.

The file is an INI file in the config folder (`paths.config_dir()`), so it can be read and checked by hand.
Allowed keys are listed in `ALLOWED_KEYS`; a test checks that nothing else is written.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from journal_app.core import paths
from journal_app.core.attempts import MIN_WIPE_AFTER

LANGUAGES = ("en", "ru", "uk")
THEMES = ("system", "light", "dark", "high_contrast")

DEFAULT_AUTO_LOCK_MINUTES = 5
DEFAULT_CLIPBOARD_CLEAR_SECONDS = 30
SYSTEM_FONT_SIZE = 0  # the editor follows the system's font size
DEFAULT_EDITOR_FONT_SIZE = SYSTEM_FONT_SIZE
MIN_FONT_SIZE, MAX_FONT_SIZE = 8, 36
MAX_AUTO_LOCK_MINUTES = 240
MAX_CLIPBOARD_SECONDS = 600
MAX_WIPE_AFTER = 100
#: The window title unless the user chose another one (Settings); the tray tooltip always stays this.
DEFAULT_WINDOW_TITLE = "Journal"
MAX_WINDOW_TITLE = 60
DEFAULT_BACKUP_KEEP = 10
MAX_BACKUP_KEEP = 100

ALLOWED_KEYS = frozenset(
    {
        "language",
        "theme",
        "auto_lock_minutes",
        "clipboard_clear_seconds",
        "tray_icon",
        "editor_font_size",
        "vault_dir",
        "window_geometry",
        "wipe_after_failures",
        "window_title",
        "auto_backup",
        "auto_backup_dir",
        "auto_backup_keep",
        "last_backup_at",
    }
)


def settings_path() -> Path:
    return paths.config_dir() / "settings.ini"


def clean_window_title(title: str) -> str:
    """One line of printable text, at most MAX_WINDOW_TITLE characters."""
    return " ".join("".join(c if c.isprintable() else " " for c in title).split())[:MAX_WINDOW_TITLE]


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


class SettingsStore(QObject):
    """Typed access to the settings file; each setter emits a signal when the value really changes."""

    language_changed = Signal(str)
    theme_changed = Signal(str)
    auto_lock_minutes_changed = Signal(int)
    clipboard_clear_seconds_changed = Signal(int)
    tray_icon_changed = Signal(bool)
    editor_font_size_changed = Signal(int)
    window_title_changed = Signal(str)

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path or settings_path()
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    # -- plumbing ------------------------------------------------------------------------------------------------

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        raw = self._qs.value(key, default)
        try:
            return _clamp(int(str(raw)), low, high)
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value: object) -> None:
        assert key in ALLOWED_KEYS
        self._qs.setValue(key, value)
        self._qs.sync()

    def sync(self) -> None:
        self._qs.sync()

    # -- language and look ---------------------------------------------------------------------------------------

    @property
    def language(self) -> str | None:
        """The chosen language, or None when the user has not chosen one (the system's is used then)."""
        value = str(self._qs.value("language", "") or "")
        return value if value in LANGUAGES else None

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        if language != self.language:
            self._set("language", language)
            self.language_changed.emit(language)

    @property
    def theme(self) -> str:
        value = str(self._qs.value("theme", "system") or "system")
        return value if value in THEMES else "system"

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}")
        if theme != self.theme:
            self._set("theme", theme)
            self.theme_changed.emit(theme)

    @property
    def editor_font_size(self) -> int:
        """Points, or SYSTEM_FONT_SIZE (0): the system's size, so a large system font makes a large editor."""
        if self._int("editor_font_size", DEFAULT_EDITOR_FONT_SIZE, SYSTEM_FONT_SIZE, MAX_FONT_SIZE) < MIN_FONT_SIZE:
            return SYSTEM_FONT_SIZE
        return self._int("editor_font_size", DEFAULT_EDITOR_FONT_SIZE, MIN_FONT_SIZE, MAX_FONT_SIZE)

    def set_editor_font_size(self, points: int) -> None:
        points = SYSTEM_FONT_SIZE if int(points) < MIN_FONT_SIZE else _clamp(int(points), MIN_FONT_SIZE, MAX_FONT_SIZE)
        if points != self.editor_font_size:
            self._set("editor_font_size", points)
            self.editor_font_size_changed.emit(points)

    @property
    def window_title(self) -> str:
        """The main window's title: "Journal", or a title the user chose so the window blends in (never content)."""
        return clean_window_title(str(self._qs.value("window_title", "") or "")) or DEFAULT_WINDOW_TITLE

    def set_window_title(self, title: str) -> None:
        """An empty title or the default one forgets the choice."""
        value = clean_window_title(title)
        effective = value or DEFAULT_WINDOW_TITLE
        if effective == self.window_title:
            return
        if effective == DEFAULT_WINDOW_TITLE:
            self._qs.remove("window_title")
            self._qs.sync()
        else:
            self._set("window_title", value)
        self.window_title_changed.emit(effective)

    # -- protection ----------------------------------------------------------------------------------------------

    @property
    def auto_lock_minutes(self) -> int:
        """Minutes without input before the journal locks; 0 means never."""
        return self._int("auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES, 0, MAX_AUTO_LOCK_MINUTES)

    def set_auto_lock_minutes(self, minutes: int) -> None:
        minutes = _clamp(int(minutes), 0, MAX_AUTO_LOCK_MINUTES)
        if minutes != self.auto_lock_minutes:
            self._set("auto_lock_minutes", minutes)
            self.auto_lock_minutes_changed.emit(minutes)

    @property
    def clipboard_clear_seconds(self) -> int:
        """Seconds after which text copied out of the app is removed from the clipboard; 0 means never."""
        return self._int("clipboard_clear_seconds", DEFAULT_CLIPBOARD_CLEAR_SECONDS, 0, MAX_CLIPBOARD_SECONDS)

    def set_clipboard_clear_seconds(self, seconds: int) -> None:
        seconds = _clamp(int(seconds), 0, MAX_CLIPBOARD_SECONDS)
        if seconds != self.clipboard_clear_seconds:
            self._set("clipboard_clear_seconds", seconds)
            self.clipboard_clear_seconds_changed.emit(seconds)

    @property
    def tray_icon(self) -> bool:
        return str(self._qs.value("tray_icon", "false")).lower() in ("true", "1")

    def set_tray_icon(self, enabled: bool) -> None:
        if bool(enabled) != self.tray_icon:
            self._set("tray_icon", bool(enabled))
            self.tray_icon_changed.emit(bool(enabled))

    @property
    def wipe_after_failures(self) -> int | None:
        """Wrong passphrases in a row after which the vault is wiped; None (the default) means never."""
        value = self._int("wipe_after_failures", 0, 0, MAX_WIPE_AFTER)
        return value if value >= MIN_WIPE_AFTER else None

    def set_wipe_after_failures(self, failures: int | None) -> None:
        """None or 0 turns wiping off; other values are raised to at least MIN_WIPE_AFTER."""
        value = 0 if not failures else _clamp(int(failures), MIN_WIPE_AFTER, MAX_WIPE_AFTER)
        if (value or None) != self.wipe_after_failures:
            if value:
                self._set("wipe_after_failures", value)
            else:
                self._qs.remove("wipe_after_failures")
                self._qs.sync()

    def attempts_path(self) -> Path:
        """The unlock throttle's state file (a failure count and a time), beside the settings file."""
        return self.path.parent / "unlock-attempts"

    # -- places --------------------------------------------------------------------------------------------------

    @property
    def vault_dir(self) -> Path:
        """The vault folder: a custom one if chosen, else the default."""
        value = str(self._qs.value("vault_dir", "") or "")
        return Path(value) if value else paths.default_vault_dir()

    @property
    def has_custom_vault_dir(self) -> bool:
        return bool(self._qs.value("vault_dir", ""))

    def set_vault_dir(self, folder: Path | None) -> None:
        """Remember a custom vault folder; None or the default folder forgets it."""
        if folder is None or Path(folder) == paths.default_vault_dir():
            self._qs.remove("vault_dir")
            self._qs.sync()
        else:
            self._set("vault_dir", str(Path(folder)))

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window_geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._set("window_geometry", geometry)

    # -- backups (the folder is a place, the time says when; neither says what was written) ----------------------

    @property
    def auto_backup(self) -> bool:
        return str(self._qs.value("auto_backup", "false")).lower() in ("true", "1")

    def set_auto_backup(self, enabled: bool) -> None:
        if bool(enabled) != self.auto_backup:
            self._set("auto_backup", bool(enabled))

    @property
    def auto_backup_dir(self) -> Path | None:
        value = str(self._qs.value("auto_backup_dir", "") or "")
        return Path(value) if value else None

    def set_auto_backup_dir(self, folder: Path | None) -> None:
        if folder is None:
            self._qs.remove("auto_backup_dir")
            self._qs.sync()
        else:
            self._set("auto_backup_dir", str(Path(folder)))

    @property
    def auto_backup_keep(self) -> int:
        """How many of its own backup files the automatic backup keeps in its folder."""
        return self._int("auto_backup_keep", DEFAULT_BACKUP_KEEP, 1, MAX_BACKUP_KEEP)

    def set_auto_backup_keep(self, count: int) -> None:
        count = _clamp(int(count), 1, MAX_BACKUP_KEEP)
        if count != self.auto_backup_keep:
            self._set("auto_backup_keep", count)

    @property
    def last_backup_at(self) -> datetime | None:
        """When the app last made a backup (any kind), in UTC; None if never."""
        try:
            value = datetime.fromisoformat(str(self._qs.value("last_backup_at", "") or ""))
        except ValueError:
            return None
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)

    def set_last_backup_at(self, when: datetime) -> None:
        self._set("last_backup_at", when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
