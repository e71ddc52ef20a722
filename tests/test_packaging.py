"""Packaging: portable mode, the neutral identity, versions, `--self-test`, the Linux desktop files.

The smoke test of a built bundle lives in tests/packaging/test_bundle.py (it runs only when dist/journal exists).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app import __version__
from journal_app.core import paths

from .conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def bundle_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to run as a PyInstaller bundle whose executable is `tmp/stick/journal`."""
    folder = tmp_path / "stick"
    (folder / "_internal").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "journal"))
    monkeypatch.setattr(sys, "_MEIPASS", str(folder / "_internal"), raising=False)
    return folder


# -- portable mode ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["portable.txt", "journal-portable"])
def test_portable_marker_keeps_every_path_beside_the_program(bundle_dir: Path, marker: str) -> None:
    (bundle_dir / marker).write_text("")
    data = bundle_dir / "journal-data"
    assert paths.is_portable()
    assert paths.default_vault_dir() == data / "vault"
    assert paths.config_dir() == data / "settings"
    assert paths.cache_dir() == data / "cache"
    assert paths.resources_dir() == bundle_dir / "_internal" / "resources"


def test_portable_mode_writes_nothing_under_home(bundle_dir: Path, _private_profile: Path) -> None:
    from journal_app.core.vault import Vault
    from journal_app.ui.settings_store import SettingsStore

    (bundle_dir / "portable.txt").write_text("")
    before = files_under(_private_profile)
    settings = SettingsStore()
    settings.set_theme("dark")
    settings.set_auto_lock_minutes(7)
    vault = Vault.create(settings.vault_dir, PASSPHRASE, kdf=FAST_KDF)
    vault.journal().add(title="t", body="b")
    vault.close()
    Vault.open(paths.default_vault_dir(), PASSPHRASE, kdf=FAST_KDF).close()
    paths.cache_dir().mkdir(parents=True, exist_ok=True)

    assert files_under(_private_profile) == before
    written = {p.relative_to(bundle_dir).parts[:2] for p in files_under(bundle_dir / "journal-data")}
    assert ("journal-data", "settings") in written
    assert ("journal-data", "vault") in written
    assert SettingsStore().theme == "dark"  # read back from beside the program


def test_without_marker_paths_are_the_users_folders(bundle_dir: Path, _private_profile: Path) -> None:
    assert not paths.is_portable()
    for folder in (paths.default_vault_dir(), paths.config_dir(), paths.cache_dir()):
        assert folder.is_relative_to(_private_profile)
        assert not folder.is_relative_to(bundle_dir)


def test_a_source_checkout_is_not_portable_without_the_marker(_private_profile: Path) -> None:
    assert not getattr(sys, "frozen", False)
    assert paths.program_dir() == ROOT
    if not any((ROOT / m).exists() for m in paths.PORTABLE_MARKERS):
        assert not paths.is_portable()
        assert paths.config_dir().is_relative_to(_private_profile)
    assert paths.resources_dir() == ROOT / "resources"


def test_macos_marker_beside_the_app_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    macos = tmp_path / "stick" / "Journal.app" / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(macos / "journal"))
    (tmp_path / "stick" / "portable.txt").write_text("")
    assert paths.default_vault_dir() == tmp_path / "stick" / "journal-data" / "vault"


# -- neutral identity: window title ----------------------------------------------------------------------------------


def test_window_title_is_journal_by_default_and_the_users_choice_applies_at_once(qtbot) -> None:
    from journal_app.ui.settings_store import SettingsStore, settings_path

    from .ui._shell_support import make_window

    window = make_window(qtbot)
    assert window.windowTitle() == "Journal"
    dialog = window.show_settings()
    assert dialog.window_title.text() == ""
    assert dialog.window_title.placeholderText() == "Journal"
    dialog.window_title.setText("Notes\n 2024")
    assert window.windowTitle() == "Notes 2024"  # one line, no control characters
    assert SettingsStore().window_title == "Notes 2024"
    assert "Notes 2024" in settings_path().read_text(encoding="utf-8")
    window.lock()
    assert window.windowTitle() == "Notes 2024"  # locking keeps the chosen title
    assert window.tray._icon is None or window.tray._icon.toolTip() == "Journal"

    dialog.window_title.setText("   ")
    assert window.windowTitle() == "Journal"
    assert "window_title" not in settings_path().read_text(encoding="utf-8")  # the default is not stored


def test_window_title_is_capped_and_a_new_window_uses_it(qtbot) -> None:
    from journal_app.ui.settings_store import MAX_WINDOW_TITLE, SettingsStore

    from .ui._shell_support import make_window

    SettingsStore().set_window_title("x" * 500)
    assert SettingsStore().window_title == "x" * MAX_WINDOW_TITLE
    window = make_window(qtbot)
    assert window.windowTitle() == "x" * MAX_WINDOW_TITLE


def test_tray_tooltip_stays_neutral_with_a_custom_title(qtbot) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    from journal_app.ui.settings_store import SettingsStore

    from .ui._shell_support import make_window

    settings = SettingsStore()
    settings.set_window_title("Calculator")
    settings.set_tray_icon(True)
    window = make_window(qtbot, settings=settings)
    assert window.windowTitle() == "Calculator"
    if not QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("no system tray on this platform plugin")
    assert window.tray._icon.toolTip() == "Journal"


# -- versions and --self-test ----------------------------------------------------------------------------------------


def _run_app(*args: str, home: Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_QPA"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "journal_app", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or ROOT,
        timeout=120,
        check=False,
    )


def test_version_has_one_source_and_the_changelog_names_it(tmp_path: Path) -> None:
    result = _run_app("--version", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"journal-app {__version__}"
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(__version__)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.M)


def test_self_test_passes_and_leaves_the_profile_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = _run_app("--self-test", home=home)
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout
    assert "ok    vault: SQLCipher 4" in result.stdout
    assert "unlock page" in result.stdout
    assert files_under(home) == []


def test_self_test_names_what_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, qapp) -> None:
    from journal_app import self_test

    (tmp_path / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "resources")
    monkeypatch.setattr("journal_app.core.templates.resources_dir", lambda: tmp_path / "resources")
    monkeypatch.setattr(self_test, "_check_window", lambda work: "skipped here")
    assert self_test.run_self_test() == 1
    err = capsys.readouterr().err
    assert "FAIL  resources: missing in" in err
    assert "icons/app.svg" in err and "translations/journal_ru.qm" in err
    assert "FAIL  templates" in err
    assert "Traceback" not in err


# -- Linux desktop integration ---------------------------------------------------------------------------------------

LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "journal.desktop"
METAINFO = LINUX / "io.github.journal_app.Journal.metainfo.xml"
FLATPAK = LINUX / "flatpak" / "io.github.journal_app.Journal.yml"


def desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def test_desktop_entry_is_neutral() -> None:
    entry = desktop_entry()
    assert entry["Name"] == "Journal"
    assert entry["Exec"] == "journal"
    assert entry["Icon"] == "io.github.journal_app.Journal"
    words = " ".join(v for k, v in entry.items() if k.startswith(("Name", "GenericName", "Comment", "Keywords")))
    for revealing in (
        "exile",
        "emigra",
        "visa",
        "passport",
        "refugee",
        "encrypt",
        "secret",
        "эмигра",
        "виза",
        "паспорт",
    ):
        assert revealing not in words.lower()


def test_metainfo_releases_follow_the_changelog() -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == "io.github.journal_app.Journal"
    assert root.findtext("name") == "Journal"
    assert root.find("launchable").text == "io.github.journal_app.Journal.desktop"
    releases = [(r.get("version"), r.get("date")) for r in root.iter("release")]
    changelog = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", (ROOT / "CHANGELOG.md").read_text(), re.M)
    assert releases == changelog
    assert releases[0][0] == __version__
    shots = [img.text.rsplit("/", 1)[1] for img in root.iter("image")]
    assert shots == ["unlock_en.png", "journal_en.png", "journal_ru.png", "plans_en.png"]
    for name in shots:
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name


def test_hicolor_icons_exist_in_every_size() -> None:
    from PySide6.QtGui import QImage

    theme = LINUX / "icons" / "hicolor"
    assert (theme / "scalable" / "apps" / "io.github.journal_app.Journal.svg").read_bytes() == (
        ROOT / "resources" / "icons" / "app.svg"
    ).read_bytes()
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(theme / f"{size}x{size}" / "apps" / "io.github.journal_app.Journal.png"))
        assert (image.width(), image.height()) == (size, size)


def test_flatpak_has_no_network_and_no_home_folder() -> None:
    text = "\n".join(line.split("#", 1)[0] for line in FLATPAK.read_text(encoding="utf-8").splitlines())
    args = re.findall(r"^\s*-\s*(--[\w-]+(?:=\S+)?)", text, re.M)
    assert "--unshare=network" in args
    assert not [a for a in args if a.startswith(("--share=network", "--filesystem", "--device=all"))]
    assert {"--socket=wayland", "--socket=fallback-x11"} <= set(args)
    assert "share=network" not in text.replace("--unshare=network", "")


@pytest.mark.parametrize(
    ("tool", "args"),
    [
        ("desktop-file-validate", [str(DESKTOP)]),
        ("appstreamcli", ["validate", "--no-net", str(METAINFO)]),
    ],
)
def test_linux_files_pass_their_validators(tool: str, args: list[str]) -> None:
    import shutil

    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (apt-get install desktop-file-utils appstream)")
    result = subprocess.run([tool, *args], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_NAME is Linux only")
def test_process_is_named_journal(tmp_path: Path) -> None:
    code = "from journal_app.app import set_process_name; set_process_name(); print(open('/proc/self/comm').read())"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "journal"
