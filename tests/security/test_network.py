"""No network: a whole scripted session of the app opens no internet socket (seen by Python's audit hooks and by
strace), no module of the app imports a network library, and the test suite's own guard really blocks sockets."""

from __future__ import annotations

import ast
import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.security.gui_session import make_markers
from tests.security.test_leaks import ROOT, Child, child_env, prepare

INET = (socket.AF_INET, socket.AF_INET6)
FORBIDDEN_MODULES = (
    "socket", "_socket", "ssl", "_ssl", "urllib", "http", "ftplib", "smtplib", "poplib", "imaplib", "telnetlib",
    "xmlrpc", "socketserver", "requests", "httpx", "aiohttp", "urllib3", "websocket", "websockets",
)  # fmt: skip
FORBIDDEN_QT = ("QtNetwork", "QtWebEngineCore", "QtWebEngineWidgets", "QtWebSockets", "QtHttpServer")


def run_session(base: Path, prefix: tuple[str, ...] = (), extra: list[str] | None = None) -> None:
    child = Child(base, prepare(base, "full", make_markers()), extra, prefix)
    for name in ("running", "locked", "quit"):
        child.expect(name)
        if name != "quit":
            child.go()
    assert child.finish() == 0


# -- (a) audit hooks -----------------------------------------------------------------------------------------------


def audit_events(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def inet_events(events: list[dict[str, object]]) -> list[dict[str, object]]:
    return [
        e
        for e in events
        if e.get("family") in INET or str(e["event"]).startswith(("socket.getaddrinfo", "socket.gethostby"))
    ]


def test_the_audit_log_sees_an_inet_socket(tmp_path):
    """The detector works: a script that opens an internet socket shows up in the log."""
    log = tmp_path / "audit.jsonl"
    script = (
        "import sys; sys.path.insert(0, sys.argv[2]); from tests.security.gui_session import _install_audit_log; "
        "_install_audit_log(sys.argv[1]); import socket; socket.socket(socket.AF_INET6).close(); "
        "import _socket; _socket.socket(socket.AF_INET).close()"
    )
    subprocess.run([sys.executable, "-c", script, str(log), str(ROOT)], check=True, env=child_env(tmp_path))
    assert [e["family"] for e in inet_events(audit_events(log))] == [socket.AF_INET6, socket.AF_INET]


def test_a_whole_session_opens_no_inet_socket_audit_hook(tmp_path):
    log = tmp_path / "secret" / "audit.jsonl"
    (tmp_path / "secret").mkdir()
    run_session(tmp_path, extra=["--audit-log", str(log)])
    events = audit_events(log)
    assert inet_events(events) == []
    print(f"\naudit hook: a whole GUI+CLI session, {len(events)} socket events, 0 internet sockets or look-ups")


# -- (b) strace ----------------------------------------------------------------------------------------------------


def strace_inet_calls(path: Path) -> list[str]:
    return [line for line in path.read_text().splitlines() if "AF_INET" in line]  # AF_INET and AF_INET6


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_strace_sees_an_inet_socket(tmp_path):
    out = tmp_path / "trace"
    command = [sys.executable, "-c", "import socket; socket.socket(socket.AF_INET).close()"]
    probe = subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(out), *command], check=False)
    if probe.returncode != 0:
        pytest.skip("strace cannot trace here (ptrace not permitted)")
    assert strace_inet_calls(out)


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_a_whole_session_opens_no_inet_socket_strace(tmp_path):
    (tmp_path / "secret").mkdir()
    trace = tmp_path / "secret" / "trace"
    run_session(tmp_path, prefix=("strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace)))
    calls = trace.read_text().splitlines()
    assert strace_inet_calls(trace) == []
    print(f"\nstrace: a whole GUI+CLI session, {len(calls)} socket/connect calls, 0 with AF_INET or AF_INET6")


# -- (c) imports ---------------------------------------------------------------------------------------------------


def forbidden_imports(source: str) -> list[str]:
    """Network modules named by import statements, `importlib.import_module("...")` or `__import__("...")`."""
    names: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                names.append(node.args[0].value)
    bad = []
    for name in names:
        parts = name.split(".")
        if parts[0] in FORBIDDEN_MODULES or any(part in FORBIDDEN_QT for part in parts):
            bad.append(name)
    return bad


def test_the_import_check_catches_network_imports():
    source = (
        "import os\nimport urllib.request\nfrom PySide6 import QtNetwork\nfrom PySide6.QtNetwork import QTcpSocket\n"
        "import importlib\nimportlib.import_module('ssl')\n__import__('socket')\nfrom http import client\n"
    )
    assert sorted(set(forbidden_imports(source))) == [
        "PySide6.QtNetwork", "PySide6.QtNetwork.QTcpSocket", "http", "http.client", "socket", "ssl", "urllib.request",
    ]  # fmt: skip


def test_no_module_of_the_app_imports_a_network_library():
    modules = sorted((ROOT / "journal_app").rglob("*.py"))
    assert len(modules) > 40
    found = {
        str(p.relative_to(ROOT)): bad for p in modules if (bad := forbidden_imports(p.read_text(encoding="utf-8")))
    }
    assert found == {}


# -- the suite's own guard (tests/conftest.py) ---------------------------------------------------------------------


@pytest.mark.parametrize("family", INET)
def test_the_suite_guard_blocks_inet_sockets(family):
    with pytest.raises(AssertionError, match="network socket"):
        socket.socket(family, socket.SOCK_STREAM)
    import _socket

    with pytest.raises(AssertionError, match="network socket"):  # below the socket module, too
        _socket.socket(family, socket.SOCK_DGRAM)


def test_the_suite_guard_blocks_connections_and_lets_local_sockets_through():
    with pytest.raises(AssertionError, match="network socket"):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    a, b = socket.socketpair()  # AF_UNIX: allowed (Qt and D-Bus use them)
    a.close()
    b.close()
