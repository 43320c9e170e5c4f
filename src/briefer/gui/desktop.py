"""Linux desktop integration: the app in the menu, its icon, and .briefing files that open in
it on a double click.

Installs, for the user (XDG_DATA_HOME, ~/.local/share by default), a .desktop entry whose
command is the given briefer program, the shared-mime-info type of .briefing files, and the
icon as SVG and in the usual PNG sizes (drawn from the SVG here, so no binary is kept in the
repository); then asks the desktop's tools to refresh their caches.

Usage: python -m briefer.gui.desktop [--uninstall] [--exec PROGRAM] [--data-home FOLDER]
(`make install-desktop` runs it with the virtual environment's briefer).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from briefer import paths

MIME_TYPE = "application/x-briefer-briefing"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
_APP_ICON = "briefer"
_MIME_ICON = MIME_TYPE.replace("/", "-")


@dataclass(frozen=True)
class Installed:
    """Where the desktop files went and which cache tools ran."""

    files: tuple[Path, ...]
    refreshed: tuple[str, ...]


def data_home() -> Path:
    """Return the user's XDG data folder."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def desktop_entry(program: str) -> str:
    """Return the .desktop entry that starts program with the file double-clicked."""
    template = (paths.resources_dir() / "desktop" / "briefer.desktop.in").read_text("utf-8")
    quoted = f'"{program}"' if " " in program else program
    return template.replace("@EXEC@", quoted)


def install(program: str, home: Path) -> Installed:
    """Install the entry, MIME type and icons under home; return what was written."""
    source = paths.resources_dir() / "desktop"
    written = [
        _write(home / "applications" / "briefer.desktop", desktop_entry(program).encode()),
        _write(
            home / "mime" / "packages" / "briefer.xml", (source / "briefer-mime.xml").read_bytes()
        ),
    ]
    svg = (source / "briefer.svg").read_bytes()
    for name, kind in ((_APP_ICON, "apps"), (_MIME_ICON, "mimetypes")):
        written.append(_write(home / "icons/hicolor/scalable" / kind / f"{name}.svg", svg))
        pngs = {s: home / f"icons/hicolor/{s}x{s}" / kind / f"{name}.png" for s in ICON_SIZES}
        written += _draw(svg, pngs)
    return Installed(tuple(written), _refresh(home))


def uninstall(home: Path) -> Installed:
    """Remove what install wrote under home."""
    removed = [home / "applications" / "briefer.desktop", home / "mime/packages/briefer.xml"]
    for name, kind in ((_APP_ICON, "apps"), (_MIME_ICON, "mimetypes")):
        removed.append(home / "icons/hicolor/scalable" / kind / f"{name}.svg")
        removed += [home / f"icons/hicolor/{s}x{s}" / kind / f"{name}.png" for s in ICON_SIZES]
    gone = [path for path in removed if path.exists()]
    for path in gone:
        path.unlink()
    return Installed(tuple(gone), _refresh(home))


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _draw(svg: bytes, targets: dict[int, Path]) -> list[Path]:
    """Draw the SVG icon at each size into its PNG file; return the files."""
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication(sys.argv[:1])
    renderer = QSvgRenderer(QByteArray(svg))
    for size, path in targets.items():
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path)):  # PNG, as the name says
            raise OSError(f"could not write {path}")
    return list(targets.values())


def _refresh(home: Path) -> tuple[str, ...]:
    """Run the desktop's cache tools that are installed; return the ones that ran."""
    commands = (
        ("update-mime-database", str(home / "mime")),
        ("update-desktop-database", "-q", str(home / "applications")),
        ("gtk-update-icon-cache", "-q", "-t", "-f", str(home / "icons" / "hicolor")),
    )
    ran = []
    for command in commands:
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            subprocess.run(command, check=False, capture_output=True)
            ran.append(command[0])
    return tuple(ran)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Install briefer in the desktop's menus.")
    parser.add_argument("--uninstall", action="store_true", help="remove what was installed")
    parser.add_argument(
        "--exec",
        dest="program",
        default=shutil.which("briefer") or "briefer",
        help="the briefer program the menu entry starts (default: briefer on PATH)",
    )
    parser.add_argument("--data-home", type=Path, default=None, help="default: XDG_DATA_HOME")
    args = parser.parse_args(argv)
    home = args.data_home or data_home()
    program = str(Path(args.program).absolute()) if os.sep in args.program else args.program
    done = uninstall(home) if args.uninstall else install(program, home)
    verb = "Removed" if args.uninstall else "Installed"
    print(f"{verb} {len(done.files)} files under {home}", end="")
    print(f"; refreshed with {', '.join(done.refreshed)}." if done.refreshed else ".")
    return 0


if __name__ == "__main__":
    sys.exit(main())
