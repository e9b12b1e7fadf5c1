"""Identifiers of the line (domain.md §2): the one place that parses and formats them.

Recognition of a scanned text, in this order (each rule is decided by the text alone, so a
text is never two kinds at once):

1. ``PROC-…``  a process, exactly ``PROC-00N`` with N in 1..8; any other ``PROC-`` text is
   refused (``UNKNOWN_PROCESS``).
2. ``WIP-…``   a WIP, exactly ``WIP-{lot}-{NNN}`` (NNN 001..999, lot at most 11 characters);
   any other ``WIP-`` text is refused (``BAD_WIP``).
3. ``…-NNNN``  (a hyphen and exactly four digits at the end) a serial ``{lot}-{NNNN}``
   (NNNN 0001..9999, total at most 50 characters) whose lot part must itself be a LOT;
   otherwise refused (``BAD_SERIAL``).
4. anything else matching the manual LOT pattern is a LOT.

The manual LOT pattern is therefore: upper-case letters, digits and ``-``, 3..50
characters, starting and ending with a letter or digit, no ``--``, not starting with
``WIP-`` or ``PROC-`` and not ending with ``-`` + four digits.  Generated LOT numbers
(``{model}{YYMMDD}{D|N}{NN}``) are a subset of it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from neurohub_desktop.domain.errors import ValidationError
from neurohub_desktop.domain.messages import Msg

MAX_SCAN_LENGTH = 64
MAX_LOT_LENGTH = 50
MAX_SERIAL_LENGTH = 50
MAX_WIP_LOT_LENGTH = 11  # wip_items.wip_id is VARCHAR(19): "WIP-" + 11 + "-NNN"
MAX_NN = 99
MAX_WIP_SEQUENCE = 999
MAX_SERIAL_SEQUENCE = 9999
PROCESS_COUNT = 8
SHIFTS = ("D", "N")

_MODEL_RE = re.compile(r"[A-Z][A-Z0-9]{0,3}", re.ASCII)
_GENERATED_LOT_RE = re.compile(
    r"(?P<model>[A-Z][A-Z0-9]{0,3})(?P<date>[0-9]{6})(?P<shift>[DN])(?P<nn>[0-9]{2})", re.ASCII
)
_MANUAL_LOT_RE = re.compile(r"[A-Z0-9](?:[A-Z0-9]|-(?!-))*[A-Z0-9]", re.ASCII)
_SERIAL_TAIL_RE = re.compile(r"-[0-9]{4}\Z", re.ASCII)
_WIP_RE = re.compile(r"WIP-(?P<lot>.+)-(?P<seq>[0-9]{3})", re.ASCII)
_PROCESS_RE = re.compile(r"PROC-00(?P<n>[1-8])", re.ASCII)
_AIM_PREFIX_RE = re.compile(r"\][A-Za-z][0-9A-Za-z]")


class ScanKind(StrEnum):
    LOT = "LOT"
    WIP = "WIP"
    SERIAL = "SERIAL"
    PROCESS = "PROCESS"


@dataclass(frozen=True, slots=True)
class ScannedId:
    """A recognised identifier.  ``lot_number`` is None for a process; ``sequence`` is the
    WIP/serial sequence in the LOT, the process number for a process, None for a LOT."""

    kind: ScanKind
    text: str
    lot_number: str | None
    sequence: int | None


@dataclass(frozen=True, slots=True)
class LotParts:
    """The parts of an app-generated LOT number."""

    model_code: str
    date: dt.date
    shift: str
    nn: int


class InvalidIdentifier(ValidationError, ValueError):
    """An identifier the line does not accept; ``code`` is a machine reason code."""

    def __init__(self, code: str, reason: Msg, *, text: str | None = None) -> None:
        super().__init__(reason, code=code)
        self.reason = reason
        self.text = text


class InvalidBarcode(InvalidIdentifier):
    """A scanned text that is none of LOT / WIP / serial / process."""


def _bad(code: str, reason: Msg, text: str | None) -> InvalidBarcode:
    return InvalidBarcode(code, reason, text=text)


def normalize_scan(raw: str) -> str:
    """Strip end whitespace/control characters and an AIM symbology prefix, upper-case.

    Raises InvalidBarcode for an empty, too long, non-ASCII or control-character text."""
    if not isinstance(raw, str):
        raise _bad("NOT_TEXT", Msg("The scan is not text."), None)
    if len(raw) > 4 * MAX_SCAN_LENGTH:  # cheap refusal before any per-character work
        raise _bad("TOO_LONG", _too_long(), raw[:MAX_SCAN_LENGTH])
    text = _strip_ends(raw)
    prefix = _AIM_PREFIX_RE.match(text)
    if prefix is not None:
        text = _strip_ends(text[prefix.end() :])
    if not text:
        raise _bad("EMPTY", Msg("The scan is empty."), raw)
    if len(text) > MAX_SCAN_LENGTH:
        raise _bad("TOO_LONG", _too_long(), text[:MAX_SCAN_LENGTH])
    if not text.isascii():
        raise _bad(
            "NON_ASCII",
            Msg(
                "The scan contains non-ASCII characters (check the keyboard "
                "layout / IME of the scanner)."
            ),
            text,
        )
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise _bad(
            "CONTROL_CHARACTER",
            Msg("The scan contains a control character."),
            text,
        )
    return text.upper()


def _too_long() -> Msg:
    return Msg("The scan is longer than {limit} characters.", limit=MAX_SCAN_LENGTH)


def _strip_ends(text: str) -> str:
    def junk(ch: str) -> bool:
        return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")

    start, end = 0, len(text)
    while start < end and junk(text[start]):
        start += 1
    while end > start and junk(text[end - 1]):
        end -= 1
    return text[start:end]


def parse_scan(text: str) -> ScannedId:
    """Recognise a scanned (or typed) identifier; see the module docstring for the rules."""
    norm = normalize_scan(text)
    if norm.startswith("PROC-"):
        m = _PROCESS_RE.fullmatch(norm)
        if m is None:
            raise _bad(
                "UNKNOWN_PROCESS",
                Msg("{text} is not a process of this line (PROC-001..PROC-008).", text=norm),
                norm,
            )
        return ScannedId(ScanKind.PROCESS, norm, None, int(m["n"]))
    if norm.startswith("WIP-"):
        return _parse_wip(norm)
    if _SERIAL_TAIL_RE.search(norm):
        return _parse_serial(norm)
    if is_lot_number(norm):
        return ScannedId(ScanKind.LOT, norm, norm, None)
    raise _bad(
        "UNRECOGNISED",
        Msg("{text} is not a LOT, WIP, serial or process ID.", text=norm),
        norm,
    )


def as_scanned(value: ScannedId | str) -> ScannedId:
    """An id parsed once travels on as it is; a text is parsed here (``parse_scan``)."""
    return value if isinstance(value, ScannedId) else parse_scan(value)


def _parse_wip(norm: str) -> ScannedId:
    m = _WIP_RE.fullmatch(norm)
    if m is None or not is_lot_number(m["lot"]):
        raise _bad(
            "BAD_WIP",
            Msg("{text} is not a WIP ID (WIP-<LOT>-<NNN>).", text=norm),
            norm,
        )
    lot, seq = m["lot"], int(m["seq"])
    if len(lot) > MAX_WIP_LOT_LENGTH:
        raise _bad(
            "LOT_TOO_LONG_FOR_WIP",
            Msg(
                "{text}: the LOT part is longer than {limit} characters.",
                text=norm,
                limit=MAX_WIP_LOT_LENGTH,
            ),
            norm,
        )
    if seq < 1:
        raise _bad(
            "BAD_SEQUENCE",
            Msg("{text}: the WIP sequence must be 001..999.", text=norm),
            norm,
        )
    return ScannedId(ScanKind.WIP, norm, lot, seq)


def _parse_serial(norm: str) -> ScannedId:
    lot, seq = norm[:-5], int(norm[-4:])
    if not is_lot_number(lot) or len(norm) > MAX_SERIAL_LENGTH:
        raise _bad(
            "BAD_SERIAL",
            Msg("{text} is not a serial number (<LOT>-<NNNN>).", text=norm),
            norm,
        )
    if seq < 1:
        raise _bad(
            "BAD_SEQUENCE",
            Msg("{text}: the serial sequence must be 0001..9999.", text=norm),
            norm,
        )
    return ScannedId(ScanKind.SERIAL, norm, lot, seq)


def is_lot_number(text: str) -> bool:
    """True when ``text`` (already normalised) is a LOT number: the manual pattern."""
    return (
        3 <= len(text) <= MAX_LOT_LENGTH
        and _MANUAL_LOT_RE.fullmatch(text) is not None
        and not text.startswith(("WIP-", "PROC-"))
        and _SERIAL_TAIL_RE.search(text) is None
    )


def split_lot(lot_number: str) -> LotParts | None:
    """The parts of an app-generated LOT number, or None for a manual one."""
    m = _GENERATED_LOT_RE.fullmatch(lot_number)
    if m is None:
        return None
    d = m["date"]
    try:
        date = dt.date(2000 + int(d[:2]), int(d[2:4]), int(d[4:]))
    except ValueError:
        return None
    nn = int(m["nn"])
    if nn < 1:
        return None
    return LotParts(m["model"], date, m["shift"], nn)


def lot_wip_problem(lot_number: str) -> InvalidIdentifier | None:
    """Why this LOT cannot carry WIPs (as an error to raise or show), or None if it can."""
    if not is_lot_number(lot_number):
        return InvalidIdentifier(
            "BAD_LOT",
            Msg(
                "{text} is not a LOT number (A-Z, 0-9 and '-', 3..50 characters).",
                text=repr(lot_number),
            ),
            text=lot_number,
        )
    if len(lot_number) > MAX_WIP_LOT_LENGTH:
        return InvalidIdentifier(
            "LOT_TOO_LONG_FOR_WIP",
            Msg(
                "LOT {lot} has {length} characters; a LOT that carries WIPs may have "
                "at most {limit} (WIP IDs are limited to 19 characters).",
                lot=lot_number,
                length=len(lot_number),
                limit=MAX_WIP_LOT_LENGTH,
            ),
            text=lot_number,
        )
    return None


def check_lot_for_wips(lot_number: str) -> None:
    """Raise InvalidIdentifier (``LOT_TOO_LONG_FOR_WIP`` / ``BAD_LOT``) unless WIPs fit."""
    problem = lot_wip_problem(lot_number)
    if problem is not None:
        raise problem


# -- formatters ---------------------------------------------------------------------------


def _check_int(name: str, value: int, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidIdentifier(
            "BAD_SEQUENCE",
            Msg(
                "{name} must be an integer {low}..{high}, got {value}.",
                name=name,
                low=low,
                high=high,
                value=repr(value),
            ),
        )


def _check_lot(lot_number: str) -> None:
    if not isinstance(lot_number, str) or not is_lot_number(lot_number):
        raise InvalidIdentifier(
            "BAD_LOT",
            Msg("{text} is not a LOT number.", text=repr(lot_number)),
            text=str(lot_number),
        )


def format_lot(model_code: str, date: dt.date, shift: str, nn: int) -> str:
    """``{model_code}{YYMMDD}{shift}{NN}``, e.g. ``WF261128D01``."""
    if not isinstance(model_code, str) or _MODEL_RE.fullmatch(model_code) is None:
        raise InvalidIdentifier(
            "BAD_MODEL_CODE",
            Msg(
                "Model code {model} must be 1..4 upper-case letters/digits starting with a letter.",
                model=repr(model_code),
            ),
        )
    if shift not in SHIFTS:
        raise InvalidIdentifier(
            "BAD_SHIFT",
            Msg("Shift must be D or N, got {shift}.", shift=repr(shift)),
        )
    if not isinstance(date, dt.date) or not 2000 <= date.year <= 2099:
        raise InvalidIdentifier(
            "BAD_DATE",
            Msg("LOT date must be in 2000..2099, got {date}.", date=repr(date)),
        )
    _check_int("NN", nn, 1, MAX_NN)
    return f"{model_code}{date:%y%m%d}{shift}{nn:02d}"


def format_wip(lot_number: str, seq: int) -> str:
    """``WIP-{lot_number}-{NNN}``; the LOT must be able to carry WIPs (≤ 11 characters)."""
    check_lot_for_wips(lot_number)
    _check_int("WIP sequence", seq, 1, MAX_WIP_SEQUENCE)
    return f"WIP-{lot_number}-{seq:03d}"


def format_serial(lot_number: str, seq: int) -> str:
    """``{lot_number}-{NNNN}``."""
    _check_lot(lot_number)
    _check_int("serial sequence", seq, 1, MAX_SERIAL_SEQUENCE)
    serial = f"{lot_number}-{seq:04d}"
    if len(serial) > MAX_SERIAL_LENGTH:
        raise InvalidIdentifier(
            "SERIAL_TOO_LONG",
            Msg(
                "Serial {serial} is longer than {limit} characters.",
                serial=serial,
                limit=MAX_SERIAL_LENGTH,
            ),
        )
    return serial


def format_process(n: int) -> str:
    """``PROC-00N`` for N in 1..8."""
    _check_int("process number", n, 1, PROCESS_COUNT)
    return f"PROC-{n:03d}"


def next_lot_number(model_code: str, date: dt.date, shift: str, existing: Iterable[str]) -> str:
    """The next free generated LOT number for (model, date, shift).

    Proposes one more than the highest NN in use; if 99 is taken, the lowest free NN.
    Raises InvalidIdentifier ``LOT_NUMBERS_EXHAUSTED`` when all 99 are used."""
    prefix = format_lot(model_code, date, shift, 1)[:-2]
    used: set[int] = set()
    for lot in existing:
        text = lot.strip().upper()
        if text.startswith(prefix):
            parts = split_lot(text)
            if parts is not None and parts.model_code == model_code:
                used.add(parts.nn)
    highest = max(used, default=0)
    if highest < MAX_NN:
        return format_lot(model_code, date, shift, highest + 1)
    for nn in range(1, MAX_NN + 1):
        if nn not in used:
            return format_lot(model_code, date, shift, nn)
    raise InvalidIdentifier(
        "LOT_NUMBERS_EXHAUSTED",
        Msg(
            "All 99 LOT numbers {first}..{last} are used.",
            first=f"{prefix}01",
            last=f"{prefix}99",
        ),
    )


def wip_to_serial(wip_id: str) -> str:
    """The serial a WIP becomes at PROC-007: same LOT, same sequence, four digits."""
    scanned = parse_scan(wip_id)
    if scanned.kind is not ScanKind.WIP or scanned.text != wip_id:
        raise InvalidIdentifier(
            "BAD_WIP",
            Msg("{text} is not a WIP ID.", text=repr(wip_id)),
            text=wip_id,
        )
    assert scanned.lot_number is not None and scanned.sequence is not None
    return format_serial(scanned.lot_number, scanned.sequence)
