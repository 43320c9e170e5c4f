"""How quick the app feels: start to a usable window, preview refresh after an edit, the
library filter per keystroke on 50,000 records, and the longest stall of the GUI thread while
an export runs on a worker. Runs Qt offscreen.

Usage: python benchmarks/gui_timings.py [--records 50000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
SPEAKERS = [
    ("Heiko Maas", "Foreign Minister", "Germany"),
    ("Annalena Baerbock", "Foreign Minister", "Germany"),
    ("Toshimitsu Motegi", "Foreign Minister", "Japan"),
    ("Penny Wong", "Minister for Foreign Affairs", "Australia"),
    ("Mélanie Joly", "Minister of Foreign Affairs", "Canada"),
    ("David Lammy", "Foreign Secretary", "United Kingdom"),
    ("Boris Pistorius", "Federal Minister of Defence", "Germany"),
    ("Jens Stoltenberg", "Secretary General", "NATO"),
]


def build_library(path: Path, count: int) -> float:
    """Fill a library with count statements made of the seed's sentences; return seconds."""
    from briefer.library import Library
    from briefer.model import Person, Source, Statement

    seed = (ROOT / "resources/sample/federal-foreign-office-2021-04-13.txt").read_text("utf-8")
    sentences = [s.strip() + "." for s in seed.replace("\n", " ").split(". ") if len(s) > 30]
    rng = random.Random(7)
    started = time.perf_counter()
    with Library(path) as library:
        batch = []
        for number in range(count):
            name, role, country = SPEAKERS[number % len(SPEAKERS)]
            text = f"Statement {number}. " + " ".join(rng.sample(sentences, 3))
            source = Source.from_text(text, title=f"Release {number // 4}", publisher="Office")
            batch.append(
                Statement(
                    speaker=Person(name, role, country),
                    text=text,
                    date=date(2020, 1, 1) + timedelta(days=number % 1800),
                    source=source,
                )
            )
            if len(batch) == 1000:
                library.add_all(batch)
                batch = []
        if batch:
            library.add_all(batch)
    return time.perf_counter() - started


def startup(library: Path) -> float:
    """Seconds from starting a process to a shown, usable main window (the sample open)."""
    code = (
        "import time; t=time.perf_counter(); import os, sys; "
        "os.environ['QT_QPA_PLATFORM']='offscreen'; "
        "from pathlib import Path; from PySide6.QtCore import QSettings; "
        "from PySide6.QtWidgets import QApplication; app=QApplication([]); "
        "from briefer.gui.mainwindow import MainWindow; from briefer.library import open_library; "
        "from briefer.library.sample import sample_briefing_path; "
        "from briefer.model import briefingfile; "
        f"lib=open_library(Path({str(library)!r})); "
        "s=QSettings(sys.argv[1], QSettings.Format.IniFormat); "
        "w=MainWindow(lib, s, briefingfile.load(sample_briefing_path())); w.show(); "
        "app.processEvents(); print(time.perf_counter()-t)"
    )
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", code, f"{folder}/s.ini"],
            check=True,
            capture_output=True,
            text=True,
        )
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=50_000)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    big = OUT / f"library-{args.records}.sqlite"
    if not big.exists():
        seconds = build_library(big, args.records)
        print(
            f"library of {args.records} statements built in {seconds:.1f} s "
            f"({big.stat().st_size / 2**20:.0f} MiB)"
        )

    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from briefer.gui.mainwindow import MainWindow
    from briefer.library import open_library
    from briefer.library.sample import sample_briefing_path
    from briefer.model import briefingfile

    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        small = Path(folder) / "sample.sqlite"
        open_library(small).close()
        starts = [startup(small) for _ in range(5)]
        print(
            f"start to usable window: median {statistics.median(starts):.2f} s "
            f"(worst {max(starts):.2f} s) of 5"
        )

        print(filter_latency(big))

        settings = QSettings(f"{folder}/s.ini", QSettings.Format.IniFormat)
        with open_library(small) as library:
            sample = briefingfile.load(sample_briefing_path())
            window = MainWindow(library, settings, sample)
            window.show()
            for name, briefing in (("sample", sample), ("100 entries", _hundred(sample))):
                renders = []
                for _ in range(5):
                    window.document.replace(briefing, None)
                    seconds: list[float] = []

                    def note(value: float, into: list[float] = seconds) -> None:
                        into.append(value)

                    window.preview.rendered.connect(note)
                    while not seconds:
                        app.processEvents()
                    window.preview.rendered.disconnect(note)
                    renders.append(seconds[0])
                delay = window.preview._timer.interval() / 1000
                print(
                    f"preview of the {name}: render median {statistics.median(renders):.2f} s, "
                    f"{statistics.median(renders) + delay:.2f} s after the edit "
                    f"(with the {delay:.2f} s pause that gathers keystrokes)"
                )

            # the longest gap between 10 ms ticks of the GUI thread while a long export runs
            gaps: list[float] = []
            clock = QElapsedTimer()
            clock.start()
            last = [clock.elapsed()]

            def tick() -> None:
                now = clock.elapsed()
                gaps.append(now - last[0])
                last[0] = now

            timer = QTimer(interval=10)
            timer.timeout.connect(tick)
            timer.start()
            from briefer.exporting import export
            from briefer.gui.workers import start

            done: list[object] = []

            def finished(result: object) -> None:
                done.append(result)

            long = (
                briefingfile.load(OUT / "briefing-1000.briefing")
                if (OUT / "briefing-1000.briefing").exists()
                else _hundred(sample)
            )
            start(lambda: export(long, "pdf", Path(folder) / "x.pdf"), finished, finished)
            while not done:
                app.processEvents()
            timer.stop()
            print(
                f"GUI thread during an export on the worker: longest stall {max(gaps)} ms "
                f"(median tick {statistics.median(gaps)} ms)"
            )

            # the same while importing every release of the test corpora: parsed on the
            # worker, then stored (as if the review were accepted) on the GUI thread
            from briefer.gui.reviewdialog import ImportReviewDialog

            ImportReviewDialog.exec = lambda _dialog: 1  # type: ignore[method-assign]
            releases = sorted(
                path
                for path in (ROOT / "tests/data").glob("*/*")
                if path.suffix in {".txt", ".html", ".docx", ".pdf"}
            )
            before = len(library)
            gaps.clear()
            last[0] = clock.elapsed()
            timer.start()
            window.import_paths(releases)
            while window.statusBar().currentMessage().startswith("Reading"):
                app.processEvents()
            timer.stop()
            print(
                f"GUI thread while importing {len(releases)} files: longest stall "
                f"{max(gaps)} ms (median tick {statistics.median(gaps)} ms); "
                f"{len(library) - before} records stored"
            )
            window.document.undo_stack.setClean()


def filter_latency(path: Path, typed: str = "indo-pacific region", rounds: int = 5) -> str:
    """Type into the library panel of the library at path, a letter at a time; return how
    long the GUI thread was busy per keystroke and when the results were shown."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from briefer.gui.librarypanel import LibraryPanel
    from briefer.library import Found, Library

    app = QApplication.instance() or QApplication([])
    with Library(path) as library:
        panel = LibraryPanel(library)
        panel.resize(700, 800)
        panel.show()
        blocked, shown, waited = [], [], []
        show_hits = panel.show_hits
        waiting = QEventLoop()

        def timed_show(generation: int, found: Found) -> None:
            started = time.perf_counter()
            show_hits(generation, found)
            shown.append(time.perf_counter() - started)
            waiting.quit()

        panel.show_hits = timed_show  # type: ignore[method-assign]
        for _ in range(rounds):
            for length in range(len(typed) + 1):
                panel.search_field.setText(typed[:length])
                panel._timer.stop()
                started = time.perf_counter()
                panel.search_in_background()  # what the pause after typing runs
                blocked.append(time.perf_counter() - started)
                waiting.exec()  # sleeps like the app's event loop, leaving the worker be
                waited.append(time.perf_counter() - started)
        gui = [a + b for a, b in zip(blocked, shown, strict=True)]
        panel.stop()
        panel.close()
        panel.deleteLater()
        app.processEvents()
        return (
            f"filter per keystroke on {len(library)} records: GUI thread busy median "
            f"{1000 * statistics.median(gui):.1f} ms, worst {1000 * max(gui):.1f} ms; "
            f"results shown after median {1000 * statistics.median(waited):.0f} ms, "
            f"worst {1000 * max(waited):.0f} ms ({len(gui)} keystrokes)"
        )


def _hundred(sample: object) -> object:
    from dataclasses import replace

    from briefer.model import RecordEntry, Section

    said = [e for e in sample.entries() if isinstance(e, RecordEntry)]  # type: ignore[attr-defined]
    entries = tuple(replace(said[n % len(said)], id=f"e{n}") for n in range(100))
    return replace(sample, sections=(Section("A hundred entries", entries, id="s"),))


if __name__ == "__main__":
    main()
