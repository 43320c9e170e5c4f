"""Whole-process latency of the command line: `briefer export` of the sample to PDF and .docx,
`briefer search kramp`, and `briefer import --dry-run` of the sample release (which loads the
parser: from the pattern cache, and with an empty cache as on a first start), each run as a
new process, with `python -c pass` measured in the same run for scale. Runs go round-robin,
so a busy machine slows every command alike.

Usage: python benchmarks/cli_latency.py [--runs 7]   (with briefer importable, e.g. PYTHONPATH=src)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample" / "germany-japan-2plus2.briefing"
RELEASE = ROOT / "resources" / "sample" / "federal-foreign-office-2021-04-13.txt"


def commands(folder: Path) -> dict[str, list[str]]:
    briefer = [sys.executable, "-m", "briefer"]
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "export to PDF": [*briefer, "export", str(SAMPLE), "-o", str(folder / "x.pdf")],
        "export to PDF, empty font cache": [
            *briefer,
            "export",
            str(SAMPLE),
            "-o",
            str(folder / "cold.pdf"),
        ],
        "export to .docx": [*briefer, "export", str(SAMPLE), "-o", str(folder / "x.docx")],
        "search kramp": [*briefer, "search", "kramp"],
        "import --dry-run (parser)": [*briefer, "import", "--dry-run", str(RELEASE)],
        "import --dry-run, empty cache": [*briefer, "import", "--dry-run", str(RELEASE)],
    }


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        env = {
            **os.environ,
            "XDG_CACHE_HOME": str(folder / "cache"),  # warmed by the first run
            "BRIEFER_LIBRARY": str(folder / "library.sqlite"),  # gets the sample when made
        }
        # an installed briefer has its bytecode compiled; a checkout gets it on the first run
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        todo = commands(folder)
        for command in todo.values():
            subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
        times: dict[str, list[float]] = {name: [] for name in todo}
        for run in range(runs):
            for name, command in todo.items():
                cold = {**env, "XDG_CACHE_HOME": str(folder / f"cold-{run}")}
                times[name].append(timed(command, cold if "empty" in name else env))
    base = statistics.median(times["python -c pass"])
    print(f"{'command':<34} {'median':>8} {'best':>8} {'÷ python':>9}   ({runs} runs each)")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:<34} {median:>7.3f}s {min(values):>7.3f}s {median / base:>8.1f}×")


if __name__ == "__main__":
    main()
