"""Process hardening: the program turns off core dumps before it touches a vault."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
def test_entry_point_disables_core_dumps_and_ptrace() -> None:
    code = (
        "import resource, sys\n"
        "from journal_app.__main__ import main\n"
        "main(['--version']) if False else None\n"
        "from journal_app.core.hardening import harden, is_dumpable\n"
        "print(harden())\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "(0, 0) False" in result.stdout
    assert "core dumps off" in result.stdout and "not dumpable" in result.stdout


def test_main_hardens_before_running(monkeypatch) -> None:
    import journal_app.core.hardening as hardening
    from journal_app.__main__ import main

    calls = []
    monkeypatch.setattr(hardening, "harden", lambda: calls.append("hardened") or [])
    with pytest.raises(SystemExit):
        main(["--version"])
    assert calls == ["hardened"]
