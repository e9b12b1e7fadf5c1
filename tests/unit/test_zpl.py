"""ZPL labels: geometry, barcode data equal to the identifier, no command injection."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from neurohub_desktop.domain.ids import format_lot, format_serial, format_wip
from neurohub_desktop.printing.zpl import (
    LABEL_WIDTH,
    LabelError,
    lot_label,
    parse_fields,
    serial_label,
    wip_label,
)

DAY = dt.date(2026, 11, 28)


def barcode_data(zpl: str) -> list[str]:
    return re.findall(r"\^BC[^\^]*\^FD(.*?)\^FS", zpl)


def assert_label_shape(zpl: str) -> None:
    assert zpl.startswith("^XA\n^CI28\n^PW480\n^LL240\n") and zpl.rstrip().endswith("^XZ")
    assert zpl.count("^XA") == 1 and zpl.count("^XZ") == 1
    for x, _y in re.findall(r"\^FO(\d+),(\d+)", zpl):
        assert 0 <= int(x) < LABEL_WIDTH
    module = int(re.findall(r"\^BY(\d)", zpl)[0])
    assert 1 <= module <= 3


def test_wip_label() -> None:
    zpl = wip_label("WIP-WF261128D01-007")
    assert_label_shape(zpl)
    assert barcode_data(zpl) == ["WIP-WF261128D01-007"]
    assert parse_fields(zpl) == [
        "WIP-WF261128D01-007",
        "LOT WF261128D01  #007",
        "WIP-WF261128D01-007",
    ]


def test_serial_label() -> None:
    zpl = serial_label("WF261128D01-0007", "WF261128D01", "WF", DAY)
    assert_label_shape(zpl)
    assert barcode_data(zpl) == ["WF261128D01-0007"]
    fields = parse_fields(zpl)
    assert fields[0] == "WF261128D01-0007" and "2026-11-28" in fields[1] and "WF" in fields[1]


def test_lot_label() -> None:
    zpl = lot_label("WF261128D01", "WF", "N", 100, DAY)
    assert_label_shape(zpl)
    assert barcode_data(zpl) == ["WF261128D01"]
    assert parse_fields(zpl)[1] == "MODEL WF  SHIFT N  QTY 100"


def test_free_text_cannot_inject_commands() -> None:
    zpl = serial_label("WF261128D01-0007", "WF261128D01", "W^XZ~JA_한글", DAY)
    assert "^XZ~" not in zpl and "~JA" not in zpl
    assert zpl.count("^XZ") == 1
    assert "W^XZ~JA_한글" in parse_fields(zpl)[1]
    assert zpl.encode("utf-8").decode("utf-8") == zpl
    with pytest.raises(LabelError):
        serial_label("WF261128D01-0007", "WF261128D01", "WF\n^XA", DAY)


@pytest.mark.parametrize(
    "call",
    [
        lambda: wip_label("WF261128D01-0007"),  # a serial, not a WIP
        lambda: wip_label("wip-wf261128d01-007"),  # not canonical
        lambda: wip_label("WIP-WF261128D01-007\r\n"),
        lambda: wip_label("WIP-^XZ-001"),
        lambda: serial_label("WF261128D01-0007", "WF261128D02", "WF", DAY),
        lambda: serial_label("WF261128D01-0007", "WF261128D01", "WF", "2026-11-28"),  # type: ignore[arg-type]
        lambda: lot_label("WF261128D01", "WF", "X", 100, DAY),
        lambda: lot_label("WF261128D01", "WF", "D", 0, DAY),
        lambda: lot_label("WF261128D01", "WF", "D", True, DAY),
        lambda: lot_label("WIP-WF261128D01-007", "WF", "D", 100, DAY),
        lambda: lot_label("A" * 50, "WF", "D", 100, DAY),  # a valid LOT, too long for 60 mm
    ],
)
def test_refusals(call: object) -> None:
    with pytest.raises(LabelError):
        call()  # type: ignore[operator]


lots = st.builds(
    format_lot,
    st.from_regex(r"\A[A-Z][A-Z0-9]?\Z"),
    st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31)),
    st.sampled_from(["D", "N"]),
    st.integers(1, 99),
)


@given(lots, st.integers(1, 999))
def test_barcode_equals_id(lot: str, seq: int) -> None:
    wip = format_wip(lot, seq)
    serial = format_serial(lot, seq)
    assert barcode_data(wip_label(wip)) == [wip]
    assert barcode_data(serial_label(serial, lot, "WF", DAY)) == [serial]
    assert barcode_data(lot_label(lot, "WF", "D", 100, DAY)) == [lot]


@given(st.text())
def test_any_text_is_escaped_or_refused(text: str) -> None:
    try:
        zpl = serial_label("WF261128D01-0007", "WF261128D01", text, DAY)
    except LabelError:
        return
    assert zpl.count("^XA") == 1 and zpl.count("^XZ") == 1 and "~" not in zpl
    assert parse_fields(zpl)[1] == f"MODEL {text}  LOT WF261128D01  2026-11-28"
