"""Render ``resources/icons/qorgau.svg`` into the PNG and ICO files the installers use.

Run after changing the SVG (the results are committed, so a build needs no SVG renderer)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Writes ``qorgau.png`` (256 px, the freedesktop icon), ``qorgau-48.png`` and ``qorgau.ico``
(16-256 px, PNG-compressed entries, which Windows Vista and later read).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, b"PNG"):
        raise RuntimeError(f"could not encode the {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico_file(pngs: dict[int, bytes]) -> bytes:
    """An ICO container whose entries are PNG images (size 256 is written as 0)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "qorgau.svg"))
    if not renderer.isValid():
        print(f"cannot read {ICONS / 'qorgau.svg'}", file=sys.stderr)
        return 1
    pngs = {size: render_png(renderer, size) for size in ICO_SIZES}
    (ICONS / "qorgau.png").write_bytes(pngs[256])
    (ICONS / "qorgau-48.png").write_bytes(pngs[48])
    (ICONS / "qorgau.ico").write_bytes(ico_file(pngs))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
