"""Growth with size (issue 16): `make bench-growth` or `python -m benchmarks.growth [N ...] [--table]`.

For each size (default 10,000, 100,000, 300,000 and 1,000,000 entries) runs `benchmarks.run` with the growth flags
(no floor, no jrnl, no app session, no planner; 30 queries and 50 saves of the core), which generates the vault into
the bench cache the first time (the 1,000,000-entry vault is about 8 GB and takes about half an hour), and keeps
`benchmarks/out/results-N.json`. Then prints one table from those files: search p50/p95 per shape, save, open, the
core's memory, the CLI's `list --json` memory and time, the vault's size and how long generating it took.

`--table` prints the table of the runs already made, without running anything.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from .generate import OUT

SIZES = (10_000, 100_000, 300_000, 1_000_000)
FLAGS = ("--no-jrnl", "--no-app", "--no-floor", "--no-planner", "--queries", "30", "--saves", "50")


def run(entries: int) -> None:
    command = [sys.executable, "-m", "benchmarks.run", "--entries", str(entries), *FLAGS]
    subprocess.run(command, cwd=Path(__file__).resolve().parent.parent, check=True)


def _cell(summary: dict[str, Any] | None) -> str:
    if not summary:
        return "–"
    return f"{summary['median_ms']:.1f} / {summary['p95_ms']:.1f}"


def table(sizes: tuple[int, ...] = SIZES) -> str:
    runs = {
        n: json.loads((OUT / f"results-{n}.json").read_text())
        for n in sorted(sizes)
        if (OUT / f"results-{n}.json").exists()
    }
    if not runs:
        return "no growth run yet (python -m benchmarks.growth)"
    shapes: list[str] = []
    for r in runs.values():
        for shape in r.get("speed", {}).get("search", {}).get("shapes", {}):
            if shape not in shapes:
                shapes.append(shape)
    header = "| measure (p50 / p95 ms unless said) | " + " | ".join(f"{n:,}" for n in runs) + " |"
    lines = [header, "| --- |" + " ---: |" * len(runs)]

    def row(label: str, values: list[str]) -> None:
        lines.append(f"| {label} | " + " | ".join(values) + " |")

    row("load average at the start", [f"{r['load_average_start'][0]:.2f}" for r in runs.values()])
    row("vault on disk (MB)", [f"{r['size']['vault_bytes'] / 1e6:,.0f}" for r in runs.values()])
    row("generated in (s)", [f"{r['vault'].get('seconds', 0):,.0f}" for r in runs.values()])
    for shape in shapes:
        row(
            f"search: {shape}",
            [_cell(r["speed"]["search"]["shapes"].get(shape, {}).get("ours")) for r in runs.values()],
        )

    def slowest_whole(r: dict[str, Any]) -> str:
        shapes = r["speed"]["search"]["shapes"].values()
        return f"{max(d.get('ours_with_every_snippet', d['ours'])['p95_ms'] for d in shapes):.1f}"

    row("search with all 100 snippets, slowest shape p95", [slowest_whole(r) for r in runs.values()])
    row(
        "search, first query after the OS cache was dropped, slowest shape",
        [f"{max(c['first_search_ms'] for c in r['speed']['search']['cold'].values()):.0f}" for r in runs.values()],
    )
    row("save (Journal.update)", [_cell(r["core"]["save"]) for r in runs.values()])
    row("open to the first page of 50", [_cell(r["core"]["open_first_page"]) for r in runs.values()])
    row("core peak RSS, open + search + save (MiB)", [f"{r['core']['peak_rss_mib']:.1f}" for r in runs.values()])
    for key, label in (("list_json", "CLI list --json"), ("export_json", "CLI export json")):
        row(
            f"{label}: seconds / peak RSS (MiB)",
            [
                f"{r['speed']['cli'][key]['seconds']} / {r['speed']['cli'][key]['peak_rss_mib']}"
                if key in r["speed"]["cli"]
                else "–"
                for r in runs.values()
            ],
        )
    row("backup of the journal file (MB/s)", [f"{r['speed']['cli']['backup']['mb_per_s']}" for r in runs.values()])
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if "--table" in argv:
        print(table())
        return 0
    for entries in tuple(int(a) for a in argv) or SIZES:
        run(entries)
    print(table())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
