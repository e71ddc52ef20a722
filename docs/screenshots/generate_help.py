"""Render the pictures of the menus, help and passphrase windows (and the dark and high-contrast themes) offscreen,
in English and Russian, from the same invented demo journal as generate.py.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/generate_help.py

Writes menus_*.png, shortcuts_*.png, help_guide_*.png, about_*.png, change_passphrase_*.png, theme_dark_*.png and
theme_high_contrast_*.png next to this file. Nothing touches the real profile (see generate.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # sets HOME and the XDG folders to a temporary folder first
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

OUT = generate.OUT


def with_menu(window: QWidget, menu_name: str, app: QApplication) -> QPixmap:
    """The window with one of its menus open under its title."""
    menus = window.menus.menus  # type: ignore[attr-defined]
    bar = window.menuBar()  # type: ignore[attr-defined]
    menu = menus[menu_name]
    action = next(a for a in bar.actions() if a.menu() is menu)
    origin = bar.mapTo(window, bar.actionGeometry(action).bottomLeft())
    menu.popup(window.mapToGlobal(origin))
    generate.wait(app, 200)
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(QPoint(origin.x(), origin.y()), menu.grab())
    painter.end()
    menu.hide()
    return picture


def shoot(app: QApplication, language: str, folder: Path) -> None:
    from journal_app.ui import theme
    from journal_app.ui.i18n import LanguageManager
    from journal_app.ui.main_window import MainWindow
    from journal_app.ui.settings_store import SettingsStore

    settings = SettingsStore()
    settings.set_vault_dir(folder)
    settings.set_language(language)
    languages = LanguageManager()
    languages.set_language(language)
    window = MainWindow(settings, languages, kdf=generate.DEMO_KDF, watch_desktop=False)
    window.resize(1280, 800)
    window.show()
    done: list[bool] = []
    window.vault_unlocked.connect(lambda: done.append(True))
    window.unlock_page.passphrase.setText(generate.PASSPHRASE)
    window.unlock_page.unlock()
    while not done:
        app.processEvents()
    generate.wait(app, 300)
    with_menu(window, "journal", app).save(str(OUT / f"menus_{language}.png"))
    with_menu(window, "edit", app).save(str(OUT / f"menus_edit_{language}.png"))

    helpers = window.menus.help
    for name, show in (("shortcuts", helpers.show_shortcuts), ("help_guide", helpers.show_guide),
                       ("about", helpers.show_about)):  # fmt: skip
        dialog = show()
        generate.wait(app, 200)
        dialog.grab().save(str(OUT / f"{name}_{language}.png"))
        dialog.reject()
    dialog = helpers.change_passphrase()
    dialog.current.setText(generate.PASSPHRASE)
    dialog.new.setText("лампа ветер кошелёк орбита" if language == "ru" else "lantern orchard pebble violin")
    generate.wait(app, 200)
    dialog.grab().save(str(OUT / f"change_passphrase_{language}.png"))
    dialog.reject()

    home = window.workspace
    home.tabs.setCurrentWidget(home.planner)
    home.planner.tabs.setCurrentWidget(home.planner.documents)
    for name in ("dark", "high_contrast"):
        theme.apply_theme(name)
        generate.wait(app, 300)
        window.grab().save(str(OUT / f"theme_{name}_{language}.png"))
    theme.apply_theme("system")
    window.lock("user", force=True)
    window.close()
    window.deleteLater()
    app.processEvents()


def main() -> int:
    app = QApplication(["journal"])
    for language in ("en", "ru"):
        folder = generate.HOME / f"help-vault-{language}"
        generate.build_demo(folder)
        shoot(app, language, folder)
    print("screenshots written to", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
