"""Benchmarks of issue 3 (the desktop app), offscreen, each task in its own process:

    python -m benchmarks.ui_bench cold_start SPEC   time from process start to the unlock page shown (run by the
                                                    parent, which spawns `python -m benchmarks.ui_bench cold_child`)
    python -m benchmarks.ui_bench session SPEC      on a copy of the generated vault: open entries (also one of
                                                    50,000 words), keystrokes in it, searches through the real
                                                    SearchPanel, the list scrolled through; RSS at each stage

SPEC is a JSON document (a string). Each task prints one JSON document on stdout.

cold_child runs exactly what `python -m journal_app --vault DIR` runs (journal_app.__main__.main) in a fresh
interpreter with QT_QPA_PLATFORM=offscreen and HOME/XDG_* in a temporary folder. The only addition is a wrapper around
MainWindow.show that notes the time when the event loop first runs after the window was shown with the unlock page
current, and when the unlock page is first painted; then it quits. The parent takes the time just before it spawns
the process, so the figure includes starting the interpreter and every import.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .measure import peak_rss_mib, reset_peak, rss_mib, summary_ms

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
BIG_ENTRY_WORDS = 50_000


# -- cold start --------------------------------------------------------------------------------------------------


def task_cold_start(spec: dict[str, Any]) -> dict[str, Any]:
    from journal_app.core.vault import Vault

    from .generate import CHEAP_KDF, PASSPHRASE

    repeats = int(spec.get("repeats", 7))
    with tempfile.TemporaryDirectory(dir=OUT, prefix="cold-") as tmp:
        base = Path(tmp)
        vault_dir = base / "vault"
        Vault.create(vault_dir, PASSPHRASE, kdf=CHEAP_KDF).close()
        env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
        env.update(
            HOME=str(base / "home"),
            XDG_CONFIG_HOME=str(base / "config"),
            XDG_DATA_HOME=str(base / "data"),
            XDG_CACHE_HOME=str(base / "cache"),
            XDG_RUNTIME_DIR=str(base / "runtime"),
            QT_QPA_PLATFORM="offscreen",
            PYTHONDONTWRITEBYTECODE="1",
        )
        for key in ("home", "config", "data", "cache", "runtime"):
            (base / key).mkdir(mode=0o700)
        shown: list[float] = []
        painted: list[float] = []
        imports: list[float] = []
        command = [sys.executable, "-m", "benchmarks.ui_bench", "cold_child", json.dumps({"vault": str(vault_dir)})]
        for _ in range(repeats):
            started = time.time()
            done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=60)
            if done.returncode != 0:
                raise RuntimeError(done.stderr[-2000:])
            child = json.loads(done.stdout.strip().splitlines()[-1])
            if not child["unlock_page_current"]:
                raise RuntimeError("the window did not show the unlock page")
            shown.append(child["shown"] - started)
            painted.append(child["painted"] - started)
            imports.append(child["interpreter_ready"] - started)
    return {
        "repeats": repeats,
        "to_shown": summary_ms(shown),
        "to_first_paint": summary_ms(painted),
        "interpreter_start": summary_ms(imports),
        "what": "spawn of `python -m benchmarks.ui_bench cold_child` (= journal_app.__main__.main(['--vault', DIR])) "
        "until the event loop first runs after MainWindow.show with the unlock page current / until that page's "
        "first paint; offscreen; fresh interpreter; the vault made with the cheap KDF (nothing is derived at start)",
    }


def cold_child(spec: dict[str, Any]) -> int:
    interpreter_ready = time.time()
    from PySide6.QtCore import QEvent, QObject, QTimer

    from journal_app import __main__ as entry
    from journal_app.ui import main_window

    marks: dict[str, Any] = {"interpreter_ready": interpreter_ready}

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "painted" not in marks:
                marks["painted"] = time.time()
                QTimer.singleShot(0, finish)
            return False

    watch = PaintWatch()
    window_ref: list[Any] = []
    original_show = main_window.MainWindow.show

    def show(self: Any) -> None:
        window_ref.append(self)
        self.unlock_page.installEventFilter(watch)
        original_show(self)
        QTimer.singleShot(0, lambda: marks.setdefault("shown", time.time()))

    def finish() -> None:
        window = window_ref[0]
        marks["unlock_page_current"] = window.stack.currentWidget() is window.unlock_page
        window.close()

    main_window.MainWindow.show = show  # type: ignore[method-assign]
    entry.main(["--vault", spec["vault"]])
    print(json.dumps(marks))
    return 0


# -- cold start to the unlocked window on the big vault (issue 16) -----------------------------------------------


def task_cold_unlock(spec: dict[str, Any]) -> dict[str, Any]:
    """Spawn the app on the generated vault, unlock it as soon as the unlock page shows, time until the journal list
    is painted. The vault uses the cheap KDF, so the figure is the start and the unlock without the key derivation
    (which is measured apart)."""
    repeats = int(spec.get("repeats", 5))
    with tempfile.TemporaryDirectory(dir=OUT, prefix="cold-unlock-") as tmp:
        base = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
        env.update(
            HOME=str(base / "home"),
            XDG_CONFIG_HOME=str(base / "config"),
            XDG_DATA_HOME=str(base / "data"),
            XDG_CACHE_HOME=str(base / "cache"),
            XDG_RUNTIME_DIR=str(base / "runtime"),
            QT_QPA_PLATFORM="offscreen",
            PYTHONDONTWRITEBYTECODE="1",
        )
        for key in ("home", "config", "data", "cache", "runtime"):
            (base / key).mkdir(mode=0o700)
        child_spec = json.dumps({"vault": spec["folder"], "passphrase": spec["passphrase"], "kdf": spec["kdf"]})
        command = [sys.executable, "-m", "benchmarks.ui_bench", "cold_unlock_child", child_spec]
        marks: dict[str, list[float]] = {"unlock_page": [], "opened": [], "painted": [], "rss_mib": [], "press": []}
        for _ in range(repeats):
            started = time.time()
            done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=120)
            if done.returncode != 0:
                raise RuntimeError(done.stderr[-2000:])
            child = json.loads(done.stdout.strip().splitlines()[-1])
            if not child.get("rows_shown"):
                raise RuntimeError("the unlocked window showed no entries")
            marks["unlock_page"].append(child["unlock_page"] - started)
            marks["opened"].append(child["opened"] - child["submitted"])
            marks["painted"].append(child["painted"] - started)
            marks["press"].append(child["painted"] - child["submitted"])
            marks["rss_mib"].append(child["rss_mib"])
    return {
        "repeats": repeats,
        "to_unlock_page": summary_ms(marks["unlock_page"]),
        "unlock_worker": summary_ms(marks["opened"]),
        "to_unlocked_window_painted": summary_ms(marks["painted"]),
        "unlock_pressed_to_painted": summary_ms(marks["press"]),
        "rss_unlocked_window_mib": max(marks["rss_mib"]),
        "what": "spawn of journal_app.__main__.main(['--vault', DIR]) on the generated vault; the passphrase is put "
        "in and Unlock pressed the moment the unlock page shows; until the journal list of the unlocked window is "
        "first painted; the vault's KDF is the cheap one (key derivation excluded); offscreen",
    }


def cold_unlock_child(spec: dict[str, Any]) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer

    from journal_app import __main__ as entry
    from journal_app.core.kdf import KdfParams
    from journal_app.ui import main_window
    from journal_app.ui.unlock import unlock

    marks: dict[str, Any] = {}
    window_ref: list[Any] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "painted" not in marks:
                marks["painted"] = time.time()
                QTimer.singleShot(0, finish)
            return False

    watch = PaintWatch()
    original_init = unlock.UnlockPage.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        self._kdf = KdfParams(**spec["kdf"])  # the generated vault's cheap KDF

    original_show = main_window.MainWindow.show

    def show(self: Any) -> None:
        window_ref.append(self)
        original_show(self)

        def submit() -> None:
            marks["unlock_page"] = time.time()
            self.unlock_page.passphrase.setText(spec["passphrase"])
            marks["submitted"] = time.time()
            self.unlock_page.unlock()

        QTimer.singleShot(0, submit)

    original_opened = main_window.MainWindow._on_vault_opened

    def opened(self: Any, vault: Any) -> None:
        marks["opened"] = time.time()
        original_opened(self, vault)
        self.workspace.journal.list_view.viewport().installEventFilter(watch)

    def finish() -> None:
        window = window_ref[0]
        model = window.workspace.journal.model
        marks["rows_shown"] = model.rowCount() > 0 and model.summary_at(1) is not None
        marks["rss_mib"] = round(rss_mib(), 1)
        window.close()

    unlock.UnlockPage.__init__ = init  # type: ignore[method-assign]
    main_window.MainWindow.show = show  # type: ignore[method-assign]
    main_window.MainWindow._on_vault_opened = opened  # type: ignore[method-assign]
    entry.main(["--vault", spec["vault"]])
    print(json.dumps(marks))
    return 0


# -- the session on a big vault ----------------------------------------------------------------------------------


def big_body(words: int, seed: int) -> str:
    """A Markdown entry of about `words` words: paragraphs, some headings, lists and bold words."""
    from .generate import Corpus

    corpus = Corpus(seed)
    rng = random.Random(seed)
    parts: list[str] = []
    count = 0
    while count < words:
        roll = rng.random()
        language = "ru" if roll < 0.5 else "en"
        if roll < 0.05:
            parts.append("## " + corpus.sentence(rng, language).rstrip(".?!"))
        elif roll < 0.12:
            parts.append("\n".join("- " + corpus.sentence(rng, language) for _ in range(3)))
        else:
            parts.append(" ".join(corpus.sentence(rng, language) for _ in range(rng.randint(3, 7))))
        count += len(parts[-1].split())
    return "\n\n".join(parts) + "\n"


def type_key(widget: Any, ch: str) -> None:
    """One key press and release carrying `ch`, as a keyboard sends it (any script, not only ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    key = Qt.Key.Key_Space if ch == " " else (Qt.Key(ord(ch.upper())) if ch.isascii() else Qt.Key.Key_unknown)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def _events(app: Any, rounds: int = 1) -> None:
    for _ in range(rounds):
        app.processEvents()


def task_session(spec: dict[str, Any]) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from journal_app.core.kdf import KdfParams
    from journal_app.core.vault import Vault
    from journal_app.ui.clipboard import ClipboardGuard
    from journal_app.ui.home_workspace import HomeWorkspace

    app = QApplication.instance() or QApplication([sys.argv[0]])
    result: dict[str, Any] = {"rss_after_imports_mib": round(rss_mib(), 1)}
    reset_peak()
    kdf = KdfParams(**spec["kdf"])
    folder, passphrase = spec["folder"], spec["passphrase"]

    # The 50,000-word entry, written before the app opens the vault (as if typed on an earlier day).
    vault = Vault.open(folder, passphrase, kdf=kdf)
    body = big_body(BIG_ENTRY_WORDS, 7)
    big = vault.journal().add(title="A very long entry", body=body, tags=("long",))
    result["big_entry"] = {"words": len(body.split()), "chars": len(body)}
    vault.close()

    # Unlock: what the window does once the key is known (the vault opens, the workspace is built and shown).
    start = time.perf_counter()
    vault = Vault.open(folder, passphrase, kdf=kdf)
    guard = ClipboardGuard(30)
    home = HomeWorkspace(vault, guard, reminders=False)
    home.resize(1100, 720)
    home.show()
    _events(app, 3)
    result["unlock_to_workspace_ms"] = round((time.perf_counter() - start) * 1000, 1)
    result["rss_after_unlock_mib"] = round(rss_mib(), 1)
    ws = home.journal
    model, view = ws.model, ws.list_view

    # Open entries: from the list (the first pages), each open timed with the events it causes (layout, paint).
    ids = [s.id for r in range(min(model.rowCount(), 80)) if (s := model.summary_at(r)) is not None][:60]
    rng = random.Random(spec.get("seed", 42))
    opens: list[float] = []
    for entry_id in rng.sample(ids, min(40, len(ids))):
        start = time.perf_counter()
        ws.open_entry(entry_id)
        _events(app)
        opens.append(time.perf_counter() - start)
    big_opens: list[float] = []
    for i in range(int(spec.get("big_opens", 7))):
        ws.open_entry(ids[i])  # from a normal entry
        _events(app, 2)
        start = time.perf_counter()
        ws.open_entry(big.id)
        _events(app)
        big_opens.append(time.perf_counter() - start)
    result["open_entry"] = summary_ms(opens)
    result["open_big_entry"] = summary_ms(big_opens)

    # Keystrokes in the big entry: the cursor in the middle, one key at a time with the events each causes.
    body_edit = ws.editor.body
    body_edit.setFocus()
    cursor = body_edit.textCursor()
    cursor.setPosition(body_edit.document().characterCount() // 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    body_edit.setTextCursor(cursor)
    _events(app, 3)
    keys: list[float] = []
    text = "and then we went to the sea again "
    for ch in text * 3:
        start = time.perf_counter()
        type_key(body_edit, ch)
        _events(app)
        keys.append(time.perf_counter() - start)
    QTest.keyClick(body_edit, Qt.Key.Key_Return)
    result["keystroke"] = summary_ms(keys)
    # What the debounced work costs when the typing pauses (it runs on the UI thread once, not per key).
    editor = ws.editor
    start = time.perf_counter()
    editor._update_word_count()
    result["word_count_after_pause_ms"] = round((time.perf_counter() - start) * 1000, 2)
    start = time.perf_counter()
    saved = ws.save_now()
    result["autosave_big_entry_ms"] = round((time.perf_counter() - start) * 1000, 2)
    result["autosave_ok"] = saved
    result["rss_after_big_entry_mib"] = round(rss_mib(), 1)

    # Search through the real panel: typed key by key, timed from the debounce firing to the results painted.
    panel = ws.search_panel
    stamps: dict[str, float] = {}

    def on_debounce() -> None:
        stamps["debounce"] = time.perf_counter()
        panel._run()

    panel._debounce.timeout.disconnect(panel._run)
    panel._debounce.timeout.connect(on_debounce)
    loop = QEventLoop()

    def on_results(_hits: object) -> None:
        stamps["results"] = time.perf_counter()
        loop.quit()

    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.setInterval(20_000)
    give_up.timeout.connect(loop.quit)
    panel.runner.results_ready.connect(on_results)
    panel.runner.search_failed.connect(lambda _e: loop.quit())
    searches: list[float] = []
    painted: list[float] = []
    counts: list[int] = []
    for query in spec["queries"]:
        panel.box.clear()
        _events(app, 2)
        panel.box.setFocus()
        stamps.clear()
        for ch in query:
            type_key(panel.box, ch)
            QTest.qWait(30)  # 30 ms between keys, a fast typist
        give_up.start()
        loop.exec()
        give_up.stop()
        if "results" not in stamps or "debounce" not in stamps:
            raise RuntimeError(f"no results for {query!r}")
        searches.append(stamps["results"] - stamps["debounce"])
        _events(app)  # the results view lays out and paints
        painted.append(time.perf_counter() - stamps["debounce"])
        counts.append(panel.results.rowCount())
    result["search"] = {
        "queries": len(spec["queries"]),
        "results_median": statistics.median(counts),
        "to_results": summary_ms(searches),
        "to_results_painted": summary_ms(painted),
    }
    # Open some results (the editor highlights the matches).
    for row in range(min(5, panel.results.rowCount())):
        panel._open_index(panel.results.index(row, 0))
        _events(app)
    panel.box.clear()
    _events(app, 2)
    result["rss_after_search_mib"] = round(rss_mib(), 1)

    # The list: Ctrl+End, the scroll bar dragged to random points, then scrolled end to end a page at a time.
    view.show()
    view.setFocus()
    view.setCurrentIndex(model.index(1))
    _events(app, 2)
    start = time.perf_counter()
    QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    _events(app)
    view.viewport().repaint()
    result["list_ctrl_end_ms"] = round((time.perf_counter() - start) * 1000, 1)
    result["list_ctrl_end_row"] = [view.currentIndex().row(), model.rowCount()]
    bar = view.verticalScrollBar()
    drags: list[float] = []
    for _ in range(30):
        target = rng.randrange(bar.maximum() + 1)
        start = time.perf_counter()
        bar.setValue(target)
        _events(app)
        view.viewport().repaint()
        drags.append(time.perf_counter() - start)
    result["list_drag"] = summary_ms(drags)
    bar.setValue(0)
    _events(app)
    start = time.perf_counter()
    rows_per_step = 100  # one page of the model a step
    row_height = max(1, view.rowHeight(0))
    steps: list[float] = []
    rss_during: list[float] = []
    value = 0
    while value < bar.maximum():
        value = min(bar.maximum(), value + rows_per_step * row_height)
        step_start = time.perf_counter()
        bar.setValue(value)
        _events(app)
        view.viewport().repaint()
        steps.append(time.perf_counter() - step_start)
        if len(steps) % 100 == 0:
            rss_during.append(rss_mib())
    tenth = max(1, len(steps) // 10)
    result["scroll"] = {
        "seconds": round(time.perf_counter() - start, 1),
        "steps": len(steps),
        "rows": model.rowCount(),
        "entries_in_memory": model.loaded_entries,
        "first_tenth_step": summary_ms(steps[:tenth]),
        "last_tenth_step": summary_ms(steps[-tenth:]),
    }
    result["rss_after_scroll_mib"] = round(rss_mib(), 1)
    # Open entries from the end of the list as well.
    tail_ids = [s.id for r in range(max(0, model.rowCount() - 200), model.rowCount()) if (s := model.summary_at(r))]
    for entry_id in tail_ids[:10]:
        ws.open_entry(entry_id)
        _events(app)
    result["rss_end_mib"] = round(rss_mib(), 1)
    result["peak_rss_mib"] = round(peak_rss_mib(), 1)
    result["rss_samples_scroll_max_mib"] = round(max(rss_during, default=0.0), 1)
    result["save_felt"] = _saves_as_felt(app, ws, model, rng, int(spec.get("saves", 40)))
    home.hide()
    panel.runner.shut_down()
    vault.close()
    return result


def _saves_as_felt(app: Any, ws: Any, model: Any, rng: random.Random, count: int) -> dict[str, Any]:
    """Autosave as the person feels it: a few keys typed into an entry, then the autosave timer's work and every
    event it causes, until the UI thread is free again. Every 4th save also changes the tags, every 8th the date."""
    from PySide6.QtCore import QDate
    from PySide6.QtGui import QTextCursor

    rows = [r for r in rng.sample(range(model.rowCount()), count * 2) if model.summary_at(r) is not None][:count]
    felt: list[float] = []
    for n, row in enumerate(rows):
        summary = model.summary_at(row)
        ws.open_entry(summary.id)
        _events(app, 2)
        body = ws.editor.body
        body.setFocus()
        cursor = body.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        body.setTextCursor(cursor)
        for ch in " ok":
            type_key(body, ch)
        if n % 4 == 1:
            tags = ws.editor.tags_edit
            tags.setText(", ".join([*summary.tags[:1], f"bench-{n % 3}"]))
            tags.textEdited.emit(tags.text())
        if n % 8 == 3:
            day = summary.entry_date.replace(day=1 if summary.entry_date.day != 1 else 2)
            ws.editor.date_edit.setDate(QDate(day.year, day.month, day.day))
        _events(app)
        start = time.perf_counter()
        ws._autosave.stop()
        ws._on_autosave()  # what the autosave timer runs after the pause
        _events(app)
        felt.append(time.perf_counter() - start)
    return {**summary_ms(felt), "tag_changes": len(range(1, len(rows), 4)), "date_changes": len(range(3, len(rows), 8))}


def search_queries(corpus: Any, count: int, seed: int) -> list[str]:
    """Words and prefixes as people type them in the box: frequent words, rarer words, a beginning with *."""
    from .run import content_words

    rng = random.Random(f"ui-search-{seed}")
    words = content_words(corpus, rng, count)
    out = []
    for i, word in enumerate(words):
        out.append(word[: max(3, len(word) - 2)] + "*" if i % 4 == 3 and len(word) > 4 else word)
    return out


TASKS = {"cold_start": task_cold_start, "cold_unlock": task_cold_unlock, "session": task_session}


def main(argv: list[str]) -> int:
    spec = json.loads(argv[1]) if len(argv) > 1 else {}
    if argv[0] == "cold_child":
        return cold_child(spec)
    if argv[0] == "cold_unlock_child":
        return cold_unlock_child(spec)
    OUT.mkdir(parents=True, exist_ok=True)
    print(json.dumps(TASKS[argv[0]](spec), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
