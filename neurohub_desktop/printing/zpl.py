"""Labels as ZPL II for a 203 dpi printer (8 dots/mm), 60 × 30 mm (480 × 240 dots).

Every label carries its identifier twice: as text and as a Code128 (``^BC``, automatic
subset selection) whose ``^FD`` data is exactly the identifier, so scanning the printed
label back yields the same string.  Identifiers are validated by the domain parser (they
are ``A-Z0-9-`` only).  Free text goes through ``^FH`` hex escapes, so ``^``, ``~`` and
``_`` can never end a field or start a command; control characters are refused.
"""

from __future__ import annotations

import datetime as dt
import re

from neurohub_desktop.domain.errors import ValidationError
from neurohub_desktop.domain.ids import SHIFTS, InvalidBarcode, ScanKind, ScannedId, parse_scan

DOTS_PER_MM = 8
LABEL_WIDTH = 60 * DOTS_PER_MM  # 480 dots
LABEL_HEIGHT = 30 * DOTS_PER_MM  # 240 dots
MARGIN = 16
BARCODE_HEIGHT = 80
_QUIET_MODULES = 10
_ESCAPED = {"^": "_5E", "~": "_7E", "_": "_5F"}


class LabelError(ValidationError, ValueError):
    """Label content that cannot be printed."""

    def __init__(self, code: str, message_en: str, message_ko: str) -> None:
        super().__init__(message_en, message_ko, code=code)


def _identifier(text: str, kind: ScanKind) -> ScannedId:
    try:
        scanned = parse_scan(text)
    except InvalidBarcode as exc:
        raise LabelError(
            "BAD_ID",
            f"Cannot print {text!r}: {exc.reason}",
            f"{text!r}을(를) 인쇄할 수 없습니다: {exc.message_ko}",
        ) from None
    if scanned.kind is not kind or scanned.text != text:
        raise LabelError(
            "BAD_ID",
            f"{text!r} is not a canonical {kind.value} ID.",
            f"{text!r}: 올바른 {kind.value} ID가 아닙니다.",
        )
    return scanned


def _text(value: str) -> str:
    """A free-text field body with ^ ~ _ hex-escaped (use after ``^FH_``)."""
    if any(ord(ch) < 32 or 127 <= ord(ch) < 160 or 0xD800 <= ord(ch) < 0xE000 for ch in value):
        raise LabelError(
            "CONTROL_CHARACTER",
            f"Label text {value!r} has a control character.",
            "라벨 문구에 제어 문자가 있습니다.",
        )
    return "".join(_ESCAPED.get(ch, ch) for ch in value)


def _module_width(data: str) -> int:
    """The widest Code128 module (1..3 dots) at which ``data`` fits with its quiet zones.

    Sized for the worst case (every character in subset B: 11 modules each, plus start,
    check and stop), so automatic subset switching on the printer only makes it narrower."""
    modules = 11 * (len(data) + 2) + 13 + 2 * _QUIET_MODULES
    for width in (3, 2, 1):
        if modules * width <= LABEL_WIDTH:
            return width
    raise LabelError(
        "TOO_LONG_FOR_LABEL",
        f"{data} is too long for a Code128 on a 60 mm label.",
        f"{data}: 60 mm 라벨의 바코드에 담기에는 너무 깁니다.",
    )


def _barcode(data: str, y: int) -> str:
    width = _module_width(data)
    symbol = (11 * (len(data) + 2) + 13) * width
    x = max(_QUIET_MODULES * width, (LABEL_WIDTH - symbol) // 2)
    return f"^FO{x},{y}^BY{width}^BCN,{BARCODE_HEIGHT},N,N,N,A^FD{data}^FS"


def _line(y: int, height: int, value: str) -> str:
    """One centred line of text (clipped to one line by ^FB)."""
    return (
        f"^FO{MARGIN},{y}^A0N,{height},{height}"
        f"^FB{LABEL_WIDTH - 2 * MARGIN},1,0,C,0^FH_^FD{_text(value)}^FS"
    )


def _label(*body: str) -> str:
    return (
        "\n".join(
            (
                "^XA",
                "^CI28",
                f"^PW{LABEL_WIDTH}",
                f"^LL{LABEL_HEIGHT}",
                "^LH0,0",
                *body,
                "^PQ1",
                "^XZ",
            )
        )
        + "\n"
    )


def _date(value: dt.date) -> str:
    if not isinstance(value, dt.date):
        raise LabelError("BAD_DATE", f"{value!r} is not a date.", "날짜가 아닙니다.")
    return value.strftime("%Y-%m-%d")


def wip_label(wip_id: str) -> str:
    """The WIP label issued at PROC-001: the WIP ID, its LOT and sequence, a Code128."""
    scanned = _identifier(wip_id, ScanKind.WIP)
    return _label(
        _line(14, 34, wip_id),
        _line(52, 22, f"LOT {scanned.lot_number}  #{scanned.sequence:03d}"),
        _barcode(wip_id, 96),
    )


def serial_label(serial: str, lot_number: str, model_code: str, date: dt.date) -> str:
    """The product label printed at PROC-007."""
    scanned = _identifier(serial, ScanKind.SERIAL)
    if scanned.lot_number != lot_number:
        raise LabelError(
            "LOT_MISMATCH",
            f"Serial {serial} does not belong to LOT {lot_number}.",
            f"시리얼 {serial}은(는) LOT {lot_number}에 속하지 않습니다.",
        )
    return _label(
        _line(14, 34, serial),
        _line(52, 22, f"MODEL {model_code}  LOT {lot_number}  {_date(date)}"),
        _barcode(serial, 96),
    )


def lot_label(
    lot_number: str, model_code: str, shift: str, target_quantity: int, date: dt.date
) -> str:
    """The LOT traveller label scanned at PROC-001."""
    _identifier(lot_number, ScanKind.LOT)
    if shift not in SHIFTS:
        raise LabelError(
            "BAD_SHIFT",
            f"Shift must be D or N, got {shift!r}.",
            f"근무조는 D 또는 N 이어야 합니다 ({shift!r}).",
        )
    if (
        isinstance(target_quantity, bool)
        or not isinstance(target_quantity, int)
        or not 1 <= target_quantity <= 9999
    ):
        raise LabelError(
            "BAD_QUANTITY",
            f"Quantity must be 1..9999, got {target_quantity!r}.",
            f"수량은 1..9999 이어야 합니다 ({target_quantity!r}).",
        )
    return _label(
        _line(10, 34, f"LOT {lot_number}"),
        _line(46, 22, f"MODEL {model_code}  SHIFT {shift}  QTY {target_quantity}"),
        _line(70, 22, _date(date)),
        _barcode(lot_number, 100),
    )


_FIELD_RE = re.compile(r"\^FD(.*?)\^FS", re.DOTALL)
_HEX_RE = re.compile(r"_([0-9A-Fa-f]{2})")


def parse_fields(zpl: str) -> list[str]:
    """The ``^FD`` data of every field, in order, with ``^FH_`` escapes decoded."""
    fields: list[str] = []
    for match in _FIELD_RE.finditer(zpl):
        data = match.group(1)
        if zpl.endswith("^FH_", 0, match.start()):
            data = _decode_hex(data)
        fields.append(data)
    return fields


def _decode_hex(data: str) -> str:
    out = bytearray()
    pos = 0
    for m in _HEX_RE.finditer(data):
        out += data[pos : m.start()].encode("utf-8") + bytes.fromhex(m.group(1))
        pos = m.end()
    out += data[pos:].encode("utf-8")
    return out.decode("utf-8")
