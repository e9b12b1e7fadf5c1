"""Issue 17.3: the label preview draws a real Code128 of the data the ZPL carries."""

from __future__ import annotations

import datetime as dt

import pytest
import zxingcpp
from PySide6.QtGui import QImage

from neurohub_desktop.printing import zpl
from neurohub_desktop.ui.station.label_preview import LabelPreview, label_fields


def _decoded(qtbot, label: str) -> list[str]:  # type: ignore[no-untyped-def]
    preview = LabelPreview()
    qtbot.addWidget(preview)
    preview.resize(500, 330)  # about its size on the 1366 × 768 station screen
    preview.set_zpl(label)
    preview.show()
    qtbot.waitExposed(preview)
    image = preview.canvas.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128)
    assert preview.caption.isVisible() and preview.caption.text()  # marked as a preview
    return [b.text for b in found]


@pytest.mark.parametrize("serial", ["WF261128D01-0007", "WF261201N99-0100"])
def test_the_serial_label_preview_decodes_to_exactly_the_serial(qtbot, serial) -> None:
    label = zpl.serial_label(serial, serial[:11], "WF", dt.date(2026, 11, 28))
    barcodes = [f["data"] for f in label_fields(label) if f["kind"] == "barcode"]
    assert barcodes == [serial]  # the data the ZPL's ^BC carries
    assert _decoded(qtbot, label) == [serial]


def test_the_wip_label_preview_decodes_to_exactly_the_wip(qtbot) -> None:
    wip = "WIP-WF261128D01-007"
    assert _decoded(qtbot, zpl.wip_label(wip)) == [wip]
