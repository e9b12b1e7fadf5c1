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
from neurohub_desktop.domain.messages import Msg

DOTS_PER_MM = 8
LABEL_WIDTH = 60 * DOTS_PER_MM  # 480 dots
LABEL_HEIGHT = 30 * DOTS_PER_MM  # 240 dots
MARGIN = 16
BARCODE_HEIGHT = 80
_QUIET_MODULES = 10
_ESCAPED = {"^": "_5E", "~": "_7E", "_": "_5F"}


class LabelError(ValidationError, ValueError):
    """Label content that cannot be printed."""

    def __init__(self, code: str, msg: Msg) -> None:
        super().__init__(msg, code=code)


def _identifier(text: str, kind: ScanKind) -> ScannedId:
    try:
        scanned = parse_scan(text)
    except InvalidBarcode as exc:
        raise LabelError(
            "BAD_ID",
            Msg("Cannot print {text}: {reason}", text=repr(text), reason=exc.reason),
        ) from None
    if scanned.kind is not kind or scanned.text != text:
        raise LabelError(
            "BAD_ID",
            Msg("{text} is not a canonical {kind} ID.", text=repr(text), kind=kind.value),
        )
    return scanned


def _text(value: str) -> str:
    """A free-text field body with ^ ~ _ hex-escaped (use after ``^FH_``)."""
    if any(ord(ch) < 32 or 127 <= ord(ch) < 160 or 0xD800 <= ord(ch) < 0xE000 for ch in value):
        raise LabelError(
            "CONTROL_CHARACTER",
            Msg("Label text {text} has a control character.", text=repr(value)),
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
        Msg("{data} is too long for a Code128 on a 60 mm label.", data=data),
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
        raise LabelError("BAD_DATE", Msg("{value} is not a date.", value=repr(value)))
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
            Msg("Serial {serial} does not belong to LOT {lot}.", serial=serial, lot=lot_number),
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
            Msg("Shift must be D or N, got {shift}.", shift=repr(shift)),
        )
    if (
        isinstance(target_quantity, bool)
        or not isinstance(target_quantity, int)
        or not 1 <= target_quantity <= 9999
    ):
        raise LabelError(
            "BAD_QUANTITY",
            Msg("Quantity must be 1..9999, got {quantity}.", quantity=repr(target_quantity)),
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
