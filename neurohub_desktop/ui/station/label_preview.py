"""A label preview: the ZPL as text and a simple drawing of the 60 × 30 mm label.

The drawing reads the ZPL's own fields (``^FO`` position, ``^A0`` height, ``^FB`` centring,
``^BC`` barcode, ``^FD`` data), so what is shown is what is sent.  The bars are a real
Code128 of the field's data (python-barcode's encoder), so a reader decodes the preview to
exactly what the printed label carries; the widget says it is a preview.
"""

from __future__ import annotations

import re

from barcode.codex import Code128
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

_PW = re.compile(r"\^PW(\d+)")
_LL = re.compile(r"\^LL(\d+)")
_FO = re.compile(r"\^FO(\d+),(\d+)")
_A0 = re.compile(r"\^A0N,(\d+)")
_FB = re.compile(r"\^FB(\d+),")
_BC = re.compile(r"\^BCN,(\d+)")
_BY = re.compile(r"\^BY(\d+)")
_FD = re.compile(r"\^FD(.*)$", re.S)
_HEX = re.compile(r"_([0-9A-Fa-f]{2})")


def label_fields(zpl: str) -> list[dict[str, object]]:
    """The drawable fields of a ZPL label: text lines and barcodes with their positions."""
    fields: list[dict[str, object]] = []
    for chunk in zpl.split("^FS"):
        fo, fd = _FO.search(chunk), _FD.search(chunk)
        if not fo or not fd:
            continue
        data = fd.group(1)
        if "^FH_" in chunk:
            data = _HEX.sub(lambda m: bytes.fromhex(m.group(1)).decode("latin-1"), data)
        x, y = int(fo.group(1)), int(fo.group(2))
        bc = _BC.search(chunk)
        if bc:
            by = _BY.search(chunk)
            fields.append(
                {
                    "kind": "barcode",
                    "x": x,
                    "y": y,
                    "height": int(bc.group(1)),
                    "module": int(by.group(1)) if by else 2,
                    "data": data,
                }
            )
        else:
            a0, fb = _A0.search(chunk), _FB.search(chunk)
            fields.append(
                {
                    "kind": "text",
                    "x": x,
                    "y": y,
                    "height": int(a0.group(1)) if a0 else 20,
                    "width": int(fb.group(1)) if fb else None,
                    "data": data,
                }
            )
    return fields


def code128_modules(data: str) -> list[bool]:
    """The Code128 symbol of ``data`` (start, data, check character, stop) as modules, True
    for a bar; empty when the data cannot be encoded."""
    try:
        built = Code128(data).build()[0]
    except Exception:  # noqa: BLE001 - a label field that Code128 cannot carry: draw no bars
        return []
    return [m == "1" for m in built]


class LabelCanvas(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zpl = ""
        self.setMinimumSize(300, 150)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 240)

    def set_zpl(self, zpl: str) -> None:
        self.zpl = zpl
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#e5e7eb"))
        if not self.zpl:
            return
        pw = int(m.group(1)) if (m := _PW.search(self.zpl)) else 480
        ll = int(m.group(1)) if (m := _LL.search(self.zpl)) else 240
        scale = min((self.width() - 8) / pw, (self.height() - 8) / ll)
        ox = (self.width() - pw * scale) / 2
        oy = (self.height() - ll * scale) / 2
        p.translate(ox, oy)
        p.scale(scale, scale)
        p.fillRect(QRectF(0, 0, pw, ll), QColor("white"))
        p.setPen(QColor("black"))
        for f in label_fields(self.zpl):
            x, y, data = int(f["x"]), int(f["y"]), str(f["data"])  # type: ignore[call-overload]
            h = int(f["height"])  # type: ignore[call-overload]
            if f["kind"] == "barcode":
                # bars in whole device pixels: every module the same width, so the preview
                # decodes like the printout (a fractional scale would vary the bar widths)
                module = max(1, round(int(f["module"]) * scale))  # type: ignore[call-overload]
                p.save()
                p.resetTransform()
                bx, by, bh = round(ox + x * scale), round(oy + y * scale), round(h * scale)
                for i, bar in enumerate(code128_modules(data)):
                    if bar:
                        p.fillRect(bx + i * module, by, module, bh, QColor("black"))
                p.restore()
            else:
                font = QFont("Noto Sans CJK KR")
                font.setPixelSize(max(6, int(h * 0.8)))
                p.setFont(font)
                width = f["width"] or (pw - x)
                p.drawText(
                    QRectF(x, y, int(width), h + 6),  # type: ignore[call-overload]
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    data,
                )
        p.end()


class LabelPreview(QWidget):
    """The drawing above, the ZPL text below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.tr("Preview of the label (not the printout)"), self)
        self.caption.setObjectName("labelPreviewCaption")
        self.caption.setStyleSheet("color: #6b7280; font-size: 13px;")
        layout.addWidget(self.caption)
        self.canvas = LabelCanvas(self)
        self.canvas.setObjectName("labelCanvas")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("zplText")
        self.text.setReadOnly(True)
        self.text.setMaximumHeight(110)
        self.text.setMinimumHeight(44)  # a few lines of ZPL; the drawing matters more
        font = QFont("monospace")
        font.setPixelSize(11)
        self.text.setFont(font)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.text)

    def set_zpl(self, zpl: str) -> None:
        self.canvas.set_zpl(zpl)
        self.text.setPlainText(zpl)

    def zpl(self) -> str:
        return self.text.toPlainText()
