"""Render the README screenshots offscreen, in English and Russian, light and dark, from a demo vault in a temporary
folder.

    make screenshots      (QT_QPA_PLATFORM=offscreen python docs/screenshots/generate.py)

Writes unlock, journal, search, plans and stays pictures as `<name>_<language>.png` (light theme) and
`<name>_dark_<language>.png` (dark theme, chosen through the app's View > Theme menu).

Nothing touches the real profile: HOME and the XDG folders point into a temporary folder for the whole run.
The demo journal is invented for the pictures.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent
HOME = Path(tempfile.mkdtemp(prefix="journal-screenshots-"))
os.environ["HOME"] = str(HOME)
for name, sub in (("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"), ("XDG_CACHE_HOME", ".cache")):
    (HOME / sub).mkdir(parents=True, exist_ok=True)
    os.environ[name] = str(HOME / sub)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(OUT.parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journal_app.core.kdf import KdfParams  # noqa: E402
from journal_app.core.vault import Vault  # noqa: E402

DEMO_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)  # a throwaway demo vault, never a real one
PASSPHRASE = "demo passphrase for the pictures"  # noqa: S105 - the throwaway demo vault
TODAY = date.today()

ENTRIES = [
    (
        -2,
        "Первый день в Ереване",
        "# Утро\n\nПрошли **границу** без вопросов. Сняли комнату недалеко от Каскада.\n\n"
        "- [x] SIM-карта\n- [ ] регистрация\n- [ ] открыть счёт\n\n> Главное — не спешить.",
        ["переезд", "Армения"],
        4,
        True,
    ),
    (
        -5,
        "Звонок маме",
        "Опять поругались из-за новостей. Но в конце она спросила, как я ем. Это важнее. 🍲",
        ["семья"],
        3,
        False,
    ),
    (
        -9,
        "Border",
        "The guard asked about *my plans*. Two or three months ahead, I said — that is as far as I see.",
        ["travel"],
        3,
        False,
    ),
    (
        -15,
        "Документы",
        "Собрала папку: загранпаспорт, диплом с апостилем, нотариальные переводы. Копии — в дневник.",
        ["документы"],
        None,
        False,
    ),
    (-31, "Тбилиси", "Последний вечер в Тбилиси. Сулико, хинкали и долгий разговор о доме.", ["Грузия"], 5, True),
    (-47, "Сон", "Снился двор, где я вырос. Проснулся и долго не мог понять, где я.", ["дом"], 2, False),
]


def build_demo(folder: Path) -> None:
    with Vault.create(folder, PASSPHRASE, kdf=DEMO_KDF) as vault:
        journal = vault.journal()
        for days, title, body, tags, mood, star in ENTRIES:
            journal.add(entry_date=TODAY + timedelta(days=days), title=title, body=body, tags=tags, mood=mood,
                        starred=star)  # fmt: skip
        planner = vault.planner()
        planner.add_document(kind="international_passport", title="Загранпаспорт", number="•• •••••67",
                             country="RU", expires=TODAY + timedelta(days=150))  # fmt: skip
        planner.add_document(kind="residence_permit", title="ВНЖ Армении", country="AM",
                             expires=TODAY + timedelta(days=320))  # fmt: skip
        planner.add_deadline(title="Регистрация по месту пребывания", due=TODAY + timedelta(days=3), remind_days=1)
        planner.add_deadline(title="Уведомить налоговую о счёте", due=TODAY + timedelta(days=25))
        planner.add_trip(zone="schengen", entry=TODAY - timedelta(days=120), exit=TODAY - timedelta(days=75))
        planner.add_trip(zone="schengen", entry=TODAY + timedelta(days=40), exit=TODAY + timedelta(days=60))
        planner.add_trip(zone="armenia", entry=TODAY - timedelta(days=2))


THEMES = {"light": "", "dark": "_dark"}  # the theme and its part of the file name


def shoot(app: QApplication, language: str, theme_name: str, folder: Path) -> None:
    from journal_app.ui import theme
    from journal_app.ui.i18n import LanguageManager
    from journal_app.ui.main_window import MainWindow
    from journal_app.ui.settings_store import SettingsStore

    settings = SettingsStore()
    settings.set_vault_dir(folder)
    settings.set_language(language)
    languages = LanguageManager()
    languages.set_language(language)
    settings.set_theme("system")
    theme.apply_theme(settings.theme)  # as the app does at start
    window = MainWindow(settings, languages, kdf=DEMO_KDF, watch_desktop=False)
    window.menus.theme_actions[theme_name].trigger()  # View > Theme, as a person chooses it
    assert settings.theme == theme_name
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    suffix = f"{THEMES[theme_name]}_{language}.png"
    window.grab().save(str(OUT / f"unlock{suffix}"))

    done = []
    window.vault_unlocked.connect(lambda: done.append(True))
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock()
    while not done:
        app.processEvents()
    home = window.workspace
    journal = home.journal
    from journal_app.ui.journal.entry_model import EntryIdRole

    first = journal.model.index(1, 0)  # row 0 is the month header
    journal.list_view.setCurrentIndex(first)
    journal.open_entry(journal.model.data(first, EntryIdRole))
    wait(app, 300)
    window.grab().save(str(OUT / f"journal{suffix}"))

    journal.search_panel.box.setText("документы" if language == "ru" else "border")
    wait(app, 800)
    window.grab().save(str(OUT / f"search{suffix}"))
    journal.search_panel.box.clear()

    home.tabs.setCurrentWidget(home.planner)
    wait(app, 300)
    window.grab().save(str(OUT / f"plans{suffix}"))
    stays = home.planner.stays
    home.planner.tabs.setCurrentWidget(stays)
    for row in range(stays.zone_list.count()):  # the Schengen area: a past and a planned trip on the chart
        if "Schengen" in stays.zone_list.item(row).text() or "Шенген" in stays.zone_list.item(row).text():
            stays.zone_list.setCurrentRow(row)
    wait(app, 300)
    from PySide6.QtWidgets import QScrollArea

    for area in stays.findChildren(QScrollArea):  # show the chart: when days free up
        area.ensureWidgetVisible(stays.chart)
    wait(app, 200)
    window.grab().save(str(OUT / f"stays{suffix}"))
    window.lock("user", force=True)
    window.close()
    window.deleteLater()
    app.processEvents()


def wait(app: QApplication, ms: int) -> None:
    timer = QTimer()
    timer.setSingleShot(True)
    finished: list[bool] = []
    timer.timeout.connect(lambda: finished.append(True))
    timer.start(ms)
    while not finished:
        app.processEvents()


def main() -> int:
    app = QApplication(["journal"])
    for language in ("en", "ru"):
        folder = HOME / f"vault-{language}"
        build_demo(folder)
        for theme_name in THEMES:
            shoot(app, language, theme_name, folder)
    print("screenshots written to", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
