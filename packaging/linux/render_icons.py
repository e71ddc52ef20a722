"""Render the hicolor icon theme from resources/icons/app.svg: scalable SVG and PNGs of 16 to 512 pixels.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/linux/render_icons.py [OUT]

OUT defaults to packaging/linux/icons; the result is laid out as OUT/hicolor/SIZExSIZE/apps/ICON.png and
OUT/hicolor/scalable/apps/ICON.svg, ready to copy into /usr/share/icons (or /app/share/icons in the Flatpak).
With --ico and --icns it also writes build/icons/journal.ico and journal.iconset/ (for the Windows and macOS builds).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
ICON_NAME = "io.github.journal_app.Journal"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"cannot write {out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "packaging" / "linux" / "icons")
    parser.add_argument("--svg", type=Path, default=ROOT / "resources" / "icons" / "app.svg")
    parser.add_argument("--ico", action="store_true", help="also write build/icons/journal.ico (Windows)")
    parser.add_argument("--icns", action="store_true", help="also write build/icons/journal.iconset/ (macOS)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    theme = args.out / "hicolor"
    scalable = theme / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(args.svg, scalable)
    for size in SIZES:
        render(args.svg, size, theme / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png")
    build = ROOT / "build" / "icons"
    if args.ico:
        build.mkdir(parents=True, exist_ok=True)
        render(args.svg, 256, build / "journal-256.png")
        # Qt writes a single-size .ico; Windows scales it down for small views.
        if not QImage(str(build / "journal-256.png")).save(str(build / "journal.ico"), "ICO"):
            raise SystemExit("this Qt has no ICO writer; convert build/icons/journal-256.png by hand")
    if args.icns:
        iconset = build / "journal.iconset"
        for size in (16, 32, 128, 256, 512):
            render(args.svg, size, iconset / f"icon_{size}x{size}.png")
            render(args.svg, size * 2, iconset / f"icon_{size}x{size}@2x.png")
    del app
    print(f"icons written to {theme}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
