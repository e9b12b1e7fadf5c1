"""Whatever a scanner or a tired hand produces: the scan parser and the measurement form
either accept a value deliberately or refuse it with a message — never anything else.
(The same inputs through the real services and the database: tests/db/test_bad_input_service.py.)"""

from __future__ import annotations

import math

import pytest
from catalog import has_hangul, korean
from hypothesis import example, given, settings
from hypothesis import strategies as st

from neurohub_desktop.domain import quality
from neurohub_desktop.domain.errors import NeuroHubError
from neurohub_desktop.domain.ids import MAX_SCAN_LENGTH, InvalidBarcode, parse_scan

SQLISH = st.sampled_from(
    [
        "'; DROP TABLE wip_items; --",
        "WIP-WF261128D01-001' OR '1'='1",
        "1; DELETE FROM lots",
        "$$; TRUNCATE audit_logs; $$",
        "%s%s%s",
        ":param",
        "\\x00",
        "${jndi:ldap://x}",
        "WF261128D01\x00-0001",
        "\u202eWIP-WF261128D01-001",
        "\ufeffWF261128D01",
    ]
)
CONTROL = st.text(
    st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Zl", "Zp"]), max_size=20
)
NASTY = st.one_of(
    st.text(max_size=200),
    st.text(min_size=5_000, max_size=20_000, alphabet="A-0W1"),
    CONTROL,
    SQLISH,
    st.builds(
        lambda a, b, c: a + b + c,
        CONTROL,
        st.sampled_from(["WIP-WF261128D01-001", "WF261128D01-0001", "WF261128D01", "PROC-003"]),
        CONTROL,
    ),
)


def _has_message(exc: NeuroHubError) -> None:
    assert str(exc).strip() and has_hangul(korean(exc.msg))


@settings(max_examples=400, deadline=None)
@given(NASTY)
@example("")
@example("x" * 10_000_000)  # a stuck scanner key
def test_scan_parser_accepts_deliberately_or_refuses_with_a_message(text: str) -> None:
    try:
        scanned = parse_scan(text)
    except InvalidBarcode as exc:
        _has_message(exc)
        assert len(str(exc)) < 400  # the echo of the input is bounded
        return
    assert scanned.text.isascii() and scanned.text.isprintable()
    assert 0 < len(scanned.text) <= MAX_SCAN_LENGTH
    assert scanned.text == scanned.text.strip().upper()


PROC3 = quality.QualityCriteria.from_json(
    {
        "measurements": [
            {
                "code": "TEMP_SENSOR",
                "name": "온도",
                "kind": "number",
                "unit": "°C",
                "lsl": 59.0,
                "usl": 61.0,
                "target": 60.0,
                "required": True,
            },
            {"code": "NOTE_TEXT", "name": "메모", "kind": "text", "required": False},
            {"code": "I2C_OK", "name": "I2C", "kind": "bool", "required": True},
        ],
        "defect_codes": [{"code": "SENSOR_TEMP_FAIL", "name": "온도 불량"}],
    }
)


@settings(max_examples=300, deadline=None)
@given(
    number=st.one_of(
        NASTY,
        st.floats(allow_nan=True, allow_infinity=True),
        st.integers(min_value=-(10**400), max_value=10**400),
    ),
    text=NASTY,
    flag=st.one_of(st.booleans(), NASTY),
)
def test_measurement_fields_are_judged_or_refused_with_a_message(number, text, flag) -> None:  # type: ignore[no-untyped-def]
    try:
        judged = quality.judge_form(
            PROC3, {"TEMP_SENSOR": number, "NOTE_TEXT": text, "I2C_OK": flag}
        )
    except NeuroHubError as exc:
        _has_message(exc)
        return
    temp = next(r for r in judged if r.code == "TEMP_SENSOR")
    assert temp.value is None or (isinstance(temp.value, float) and math.isfinite(temp.value))
    assert temp.result in ("PASS", "FAIL", "MISSING")


@pytest.mark.parametrize(
    ("typed", "outcome"),
    [
        ("NaN", "NOT_FINITE"),
        ("nan", "NOT_FINITE"),
        ("inf", "NOT_FINITE"),
        ("-inf", "NOT_FINITE"),
        ("+Infinity", "NOT_FINITE"),
        ("1e309", "NOT_FINITE"),
        ("1e308", 1e308),
        ("-1e308", -1e308),
        ("", "EMPTY"),
        ("   ", "EMPTY"),
        ("12,5", 12.5),
        (" 60,25 ", 60.25),
        ("1,234.5", "AMBIGUOUS_SEPARATOR"),
        ("1,2,3", "AMBIGUOUS_SEPARATOR"),
        ("60.0\x00", "NOT_A_NUMBER"),
        ("٦٠", "NOT_A_NUMBER"),
        ("0x3C", "NOT_A_NUMBER"),
        ("-0", 0.0),
        ("6e1", 60.0),
        ("1" * 5000, "TOO_LONG"),
    ],
)
def test_special_numbers_are_handled_deliberately(typed: str, outcome: object) -> None:
    if isinstance(outcome, str):
        with pytest.raises(quality.InvalidMeasurement) as info:
            quality.parse_number(typed)
        assert info.value.code == outcome
        _has_message(info.value)
    else:
        assert quality.parse_number(typed) == outcome


@pytest.mark.parametrize(
    ("typed", "result"),
    [
        ("1e308", "FAIL"),
        ("-1e308", "FAIL"),
        ("60,5", "PASS"),
        ("61,0", "PASS"),
        ("61,01", "FAIL"),
    ],
)
def test_extreme_and_comma_values_are_judged_against_the_limits(typed: str, result: str) -> None:
    judged = quality.judge_form(PROC3, {"TEMP_SENSOR": typed, "I2C_OK": True})
    assert next(r for r in judged if r.code == "TEMP_SENSOR").result == result


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf")])
def test_non_finite_floats_from_code_are_refused_too(value: float) -> None:
    with pytest.raises(quality.InvalidMeasurement):
        quality.judge_form(PROC3, {"TEMP_SENSOR": value, "I2C_OK": True})
