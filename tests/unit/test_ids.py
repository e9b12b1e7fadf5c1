"""Identifiers (domain.md §2): recognition, normalisation, formatting, round trips."""

from __future__ import annotations

import datetime as dt

import pytest
from catalog import has_hangul, korean
from hypothesis import given, settings
from hypothesis import strategies as st

from neurohub_desktop.domain.ids import (
    InvalidBarcode,
    InvalidIdentifier,
    LotParts,
    ScanKind,
    ScannedId,
    check_lot_for_wips,
    format_lot,
    format_process,
    format_serial,
    format_wip,
    is_lot_number,
    lot_wip_problem,
    next_lot_number,
    parse_scan,
    split_lot,
    wip_to_serial,
)

DAY = dt.date(2026, 11, 28)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WF261128D01", ScannedId(ScanKind.LOT, "WF261128D01", "WF261128D01", None)),
        ("TEST-001", ScannedId(ScanKind.LOT, "TEST-001", "TEST-001", None)),
        ("WIP-WF261128D01-007", ScannedId(ScanKind.WIP, "WIP-WF261128D01-007", "WF261128D01", 7)),
        ("WF261128D01-0007", ScannedId(ScanKind.SERIAL, "WF261128D01-0007", "WF261128D01", 7)),
        ("TEST-001-0001", ScannedId(ScanKind.SERIAL, "TEST-001-0001", "TEST-001", 1)),
        ("PROC-003", ScannedId(ScanKind.PROCESS, "PROC-003", None, 3)),
        ("PROC-008", ScannedId(ScanKind.PROCESS, "PROC-008", None, 8)),
    ],
)
def test_recognises_each_kind(text: str, expected: ScannedId) -> None:
    assert parse_scan(text) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "WF261128D01-0007\r\n",
        "  wf261128d01-0007\t",
        "]C1WF261128D01-0007",
        "]c0WF261128D01-0007\r",
        "]Q3WF261128D01-0007",
        "\x02WF261128D01-0007\x03",
        "\ufeffWF261128D01-0007",
    ],
)
def test_normalises_scanner_noise(raw: str) -> None:
    assert parse_scan(raw).text == "WF261128D01-0007"
    assert parse_scan(raw).kind is ScanKind.SERIAL


def test_serial_is_never_a_lot() -> None:
    assert not is_lot_number("WF261128D01-0007")
    assert parse_scan("WF261128D01-0007").kind is ScanKind.SERIAL
    # a three-digit tail is a manual LOT; four digits is a serial
    assert parse_scan("ABC-123").kind is ScanKind.LOT
    assert parse_scan("ABC-1234").kind is ScanKind.SERIAL


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "EMPTY"),
        ("  \r\n", "EMPTY"),
        ("]C1", "EMPTY"),
        ("A" * 65, "TOO_LONG"),
        ("X" * 10_000, "TOO_LONG"),
        ("WF26112８D01", "NON_ASCII"),
        ("ＷＦ261128D01", "NON_ASCII"),
        ("WF261128D01ı", "NON_ASCII"),
        ("WF2611\x0028D01", "CONTROL_CHARACTER"),
        ("WF26\x1d1128", "CONTROL_CHARACTER"),
        ("PROC-009", "UNKNOWN_PROCESS"),
        ("PROC-000", "UNKNOWN_PROCESS"),
        ("PROC-3", "UNKNOWN_PROCESS"),
        ("WIP-WF261128D01-07", "BAD_WIP"),
        ("WIP-WF261128D01", "BAD_WIP"),
        ("WIP--001", "BAD_WIP"),
        ("WIP-WF261128D01-000", "BAD_SEQUENCE"),
        ("WF261128D01-0000", "BAD_SEQUENCE"),
        ("WIP-WF261128D01X-001", "LOT_TOO_LONG_FOR_WIP"),
        ("AB-0001", "BAD_SERIAL"),
        ("A-0001-0001", "BAD_SERIAL"),
        ("X" * 46 + "-0001", "BAD_SERIAL"),
        ("AB", "UNRECOGNISED"),
        ("-ABC", "UNRECOGNISED"),
        ("ABC-", "UNRECOGNISED"),
        ("AB--C", "UNRECOGNISED"),
        ("WF 261128", "UNRECOGNISED"),
        ("'; DROP TABLE lots;--", "UNRECOGNISED"),
    ],
)
def test_refusals_carry_a_reason_code(raw: str, code: str) -> None:
    with pytest.raises(InvalidBarcode) as info:
        parse_scan(raw)
    assert info.value.code == code
    assert isinstance(info.value, ValueError)
    assert str(info.value) and has_hangul(korean(info.value.msg))


def test_lot_pattern_limits() -> None:
    assert is_lot_number("ABC") and is_lot_number("A" * 50)
    assert not is_lot_number("A" * 51)
    assert not is_lot_number("WIP-ABC") and not is_lot_number("PROC-X")


def test_lot_that_carries_wips_is_at_most_11_characters() -> None:
    check_lot_for_wips("WF261128D01")
    assert lot_wip_problem("WF261128D01") is None
    with pytest.raises(InvalidIdentifier) as info:
        check_lot_for_wips("WF261128D012")
    assert info.value.code == "LOT_TOO_LONG_FOR_WIP"
    assert info.value.msg.params["limit"] == 11 and info.value.msg.params["length"] == 12
    assert "11" in str(info.value) and "11" in korean(info.value.msg)
    problem = lot_wip_problem("bad lot")
    assert problem is not None and problem.code == "BAD_LOT"


def test_format_lot_and_split() -> None:
    assert format_lot("WF", DAY, "D", 1) == "WF261128D01"
    assert format_lot("A1B2", dt.date(2000, 1, 2), "N", 99) == "A1B2000102N99"
    assert split_lot("WF261128D01") == LotParts("WF", DAY, "D", 1)
    assert split_lot("WF261332D01") is None  # no 32nd of the 13th month
    assert split_lot("WF261128D00") is None
    assert split_lot("TEST-001") is None


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("wf", DAY, "D", 1), "BAD_MODEL_CODE"),
        (("1W", DAY, "D", 1), "BAD_MODEL_CODE"),
        (("WFXYZ", DAY, "D", 1), "BAD_MODEL_CODE"),
        (("WF", DAY, "X", 1), "BAD_SHIFT"),
        (("WF", DAY, "D", 0), "BAD_SEQUENCE"),
        (("WF", DAY, "D", 100), "BAD_SEQUENCE"),
        (("WF", DAY, "D", True), "BAD_SEQUENCE"),
        (("WF", dt.date(1999, 1, 1), "D", 1), "BAD_DATE"),
    ],
)
def test_format_lot_refuses(args: tuple[str, dt.date, str, int], code: str) -> None:
    with pytest.raises(InvalidIdentifier) as info:
        format_lot(*args)
    assert info.value.code == code


def test_formatters() -> None:
    assert format_wip("WF261128D01", 7) == "WIP-WF261128D01-007"
    assert format_serial("WF261128D01", 7) == "WF261128D01-0007"
    assert format_process(3) == "PROC-003"
    assert wip_to_serial("WIP-WF261128D01-007") == "WF261128D01-0007"
    assert wip_to_serial("WIP-TEST-001-999") == "TEST-001-0999"
    for bad in (
        lambda: format_wip("WF261128D01", 1000),
        lambda: format_wip("WF261128D012", 1),
        lambda: format_serial("WF261128D01", 0),
        lambda: format_serial("X" * 46, 1),
        lambda: format_process(9),
        lambda: wip_to_serial("WF261128D01-0007"),
        lambda: wip_to_serial(" WIP-WF261128D01-007"),
    ):
        with pytest.raises(InvalidIdentifier):
            bad()


def test_next_lot_number() -> None:
    assert next_lot_number("WF", DAY, "D", []) == "WF261128D01"
    existing = [
        "WF261128D01",
        "WF261128D03",
        "WF261128N07",
        "WF261127D09",
        "XWF261128D08",
        "TEST-001",
    ]
    assert next_lot_number("WF", DAY, "D", existing) == "WF261128D04"
    assert next_lot_number("WF", DAY, "N", existing) == "WF261128N08"
    gap = [format_lot("WF", DAY, "D", n) for n in range(1, 100) if n != 42]
    assert next_lot_number("WF", DAY, "D", gap) == "WF261128D42"
    full = [format_lot("WF", DAY, "D", n) for n in range(1, 100)]
    with pytest.raises(InvalidIdentifier) as info:
        next_lot_number("WF", DAY, "D", full)
    assert info.value.code == "LOT_NUMBERS_EXHAUSTED"


# -- properties ---------------------------------------------------------------------------

model_codes = st.from_regex(r"\A[A-Z][A-Z0-9]{0,3}\Z")
dates = st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))
shifts = st.sampled_from(["D", "N"])
manual_lots = st.from_regex(r"\A[A-Z0-9][A-Z0-9-]{1,48}[A-Z0-9]\Z").filter(is_lot_number)
wip_lots = manual_lots.filter(lambda s: len(s) <= 11)


@given(
    st.one_of(
        st.text(),
        st.text(max_size=500),
        st.binary().map(lambda b: b.decode("latin-1")),
        st.text(alphabet=st.characters(max_codepoint=0x7F)),
        st.from_regex(r"\A(WIP-|PROC-|\]C1)?[A-Z0-9-]{0,70}\Z"),
        st.sampled_from(
            [
                "' OR 1=1 --",
                "'; DROP TABLE serials; --",
                "WIP-'; --",
                "\x00" * 100,
                "\U0001f600",
                "한국어",
                "A" * 1_000_000,
            ]
        ),
    )
)
def test_parse_scan_never_crashes(text: str) -> None:
    try:
        scanned = parse_scan(text)
    except InvalidBarcode as exc:
        assert exc.code
        return
    assert scanned.text.isascii() and 3 <= len(scanned.text) <= 64
    assert parse_scan(scanned.text) == scanned  # normalisation is idempotent


@given(model_codes, dates, shifts, st.integers(1, 99))
def test_lot_round_trip(model: str, day: dt.date, shift: str, nn: int) -> None:
    lot = format_lot(model, day, shift, nn)
    assert parse_scan(lot) == ScannedId(ScanKind.LOT, lot, lot, None)
    assert split_lot(lot) == LotParts(model, day, shift, nn)


@settings(max_examples=200)
@given(
    st.one_of(
        wip_lots,
        model_codes.filter(lambda m: len(m) <= 2).flatmap(
            lambda m: st.builds(format_lot, st.just(m), dates, shifts, st.integers(1, 99))
        ),
    ),
    st.integers(1, 999),
)
def test_wip_round_trip(lot: str, seq: int) -> None:
    wip = format_wip(lot, seq)
    assert len(wip) <= 19
    assert parse_scan(wip) == ScannedId(ScanKind.WIP, wip, lot, seq)
    serial = wip_to_serial(wip)
    assert parse_scan(serial) == ScannedId(ScanKind.SERIAL, serial, lot, seq)


@given(manual_lots.filter(lambda s: len(s) <= 45), st.integers(1, 9999))
def test_serial_round_trip(lot: str, seq: int) -> None:
    serial = format_serial(lot, seq)
    assert parse_scan(serial) == ScannedId(ScanKind.SERIAL, serial, lot, seq)
    assert parse_scan(serial.lower() + "\r\n") == parse_scan(serial)


@given(manual_lots)
def test_manual_lot_round_trip(lot: str) -> None:
    assert parse_scan(lot) == ScannedId(ScanKind.LOT, lot, lot, None)


@given(st.integers(1, 8))
def test_process_round_trip(n: int) -> None:
    assert parse_scan(format_process(n)) == ScannedId(ScanKind.PROCESS, f"PROC-00{n}", None, n)
