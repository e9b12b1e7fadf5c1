"""Measurement specs, number parsing, verdicts and the stored JSON (domain.md §6)."""

from __future__ import annotations

import json
import math
from decimal import Decimal
from typing import Any

import pytest
from catalog import has_hangul, korean
from hypothesis import given
from hypothesis import strategies as st
from seed import SEED_CRITERIA

from neurohub_desktop.domain.quality import (
    Defect,
    InvalidCriteria,
    InvalidMeasurement,
    MeasurementKind,
    MeasurementResult,
    MeasurementSpec,
    QualityCriteria,
    defects_json,
    judge,
    judge_form,
    overall_verdict,
    parse_number,
    snapshot,
    validate_record,
)

TEMP = MeasurementSpec(
    "TEMP_SENSOR",
    "온도 센서",
    "Temperature sensor",
    "°C",
    MeasurementKind.NUMBER,
    59.0,
    61.0,
    60.0,
    True,
)
BOOL = MeasurementSpec("I2C_OK", "I2C", "I2C OK", None, MeasurementKind.BOOL)
TEXT = MeasurementSpec(
    "FIRMWARE_VERSION", "펌웨어 버전", "Firmware version", None, MeasurementKind.TEXT
)
OPTIONAL = MeasurementSpec(
    "BUSBAR_LOT", "부스바 LOT", "Busbar lot", None, MeasurementKind.TEXT, required=False
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12.5", 12.5),
        ("12,5", 12.5),
        ("0,125", 0.125),
        ("1,0001", 1.0001),
        (" 60 ", 60.0),
        ("\t-0.5\n", -0.5),
        ("+3", 3.0),
        (".5", 0.5),
        ("5.", 5.0),
        ("1e3", 1000.0),
        ("1E-3", 0.001),
        ("1e308", 1e308),
        ("-0", 0.0),
    ],
)
def test_parse_number_accepts(text: str, value: float) -> None:
    result = parse_number(text)
    assert result == value and isinstance(result, float)
    assert math.copysign(1.0, result) == math.copysign(1.0, value)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "EMPTY"),
        ("   ", "EMPTY"),
        ("1,234.5", "AMBIGUOUS_SEPARATOR"),
        ("1.234,5", "AMBIGUOUS_SEPARATOR"),
        ("1,234,567", "AMBIGUOUS_SEPARATOR"),
        ("1,000", "AMBIGUOUS_SEPARATOR"),
        ("-12,500", "AMBIGUOUS_SEPARATOR"),
        ("NaN", "NOT_FINITE"),
        ("inf", "NOT_FINITE"),
        ("-Infinity", "NOT_FINITE"),
        ("1e309", "NOT_FINITE"),
        ("-1e999", "NOT_FINITE"),
        ("abc", "NOT_A_NUMBER"),
        ("1_000", "NOT_A_NUMBER"),
        ("١٢", "NOT_A_NUMBER"),
        ("１２", "NOT_A_NUMBER"),
        ("0x10", "NOT_A_NUMBER"),
        ("12 5", "NOT_A_NUMBER"),
        ("--1", "NOT_A_NUMBER"),
        (",", "NOT_A_NUMBER"),
        ("1e", "NOT_A_NUMBER"),
        ("9" * 65, "TOO_LONG"),
        ("1" * 100_000, "TOO_LONG"),
    ],
)
def test_parse_number_refuses(text: str, code: str) -> None:
    with pytest.raises(InvalidMeasurement) as info:
        parse_number(text)
    assert info.value.code == code
    assert isinstance(info.value, ValueError) and info.value.reason


@given(
    st.one_of(
        st.text(),
        st.from_regex(r"\A\s*[-+]?[0-9.,eE]{0,30}\s*\Z"),
        st.floats().map(repr),
        st.integers().map(str),
    )
)
def test_parse_number_only_raises_invalid_measurement(text: str) -> None:
    try:
        value = parse_number(text)
    except InvalidMeasurement:
        return
    assert isinstance(value, float) and math.isfinite(value)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_parse_number_round_trips_floats(value: float) -> None:
    assert parse_number(repr(value)) == value


@pytest.mark.parametrize(
    ("raw", "result"),
    [
        ("59.0", "PASS"),
        ("61", "PASS"),
        ("60,5", "PASS"),
        (59.0, "PASS"),
        (Decimal("61.0"), "PASS"),
        ("58.99", "FAIL"),
        ("61.01", "FAIL"),
        (100, "FAIL"),
        ("", "MISSING"),
        (None, "MISSING"),
    ],
)
def test_judge_number_limits_inclusive(raw: object, result: str) -> None:
    judged = judge(TEMP, raw)
    assert judged.result == result
    assert (judged.code, judged.unit, judged.lsl, judged.usl) == ("TEMP_SENSOR", "°C", 59.0, 61.0)


def test_judge_open_limits() -> None:
    only_lsl = MeasurementSpec("X", "x", "x", "mm", MeasurementKind.NUMBER, lsl=1.0)
    assert judge(only_lsl, "1e30").result == "PASS"
    assert judge(only_lsl, "0.999").result == "FAIL"
    no_limits = MeasurementSpec("Y", "y", "y", None, MeasurementKind.NUMBER)
    assert judge(no_limits, "-5").result == "PASS"


def test_judge_refuses_unreadable_values() -> None:
    with pytest.raises(InvalidMeasurement) as info:
        judge(TEMP, "sixty")
    assert info.value.measurement == "TEMP_SENSOR"
    for bad in (float("nan"), float("inf"), True, object()):
        with pytest.raises(InvalidMeasurement):
            judge(TEMP, bad)
    with pytest.raises(InvalidMeasurement):
        judge(BOOL, "maybe")
    with pytest.raises(InvalidMeasurement):
        judge(TEXT, 12)


def test_judge_bool_and_text() -> None:
    assert judge(BOOL, True).result == "PASS"
    assert judge(BOOL, False).result == "FAIL"
    assert judge(BOOL, None).result == "MISSING"
    assert judge(BOOL, "ok").value is True and judge(BOOL, "NG").result == "FAIL"
    assert judge(TEXT, "  v1.2.3 ").value == "v1.2.3"
    assert judge(TEXT, "v1.2.3").result == "PASS"
    assert judge(TEXT, "  ").result == "MISSING"
    assert judge(TEXT, " v1.2.3\n", expected_text="v1.2.3").result == "PASS"
    assert judge(TEXT, "V1.2.3", expected_text="v1.2.3").result == "FAIL"
    assert judge(TEXT, "v1.2.4", expected_text=" v1.2.3 ").result == "FAIL"
    assert judge(OPTIONAL, "").result == "PASS" and judge(OPTIONAL, "").value is None


def test_verdict_and_record_rules() -> None:
    ok = [judge(TEMP, "60"), judge(BOOL, True)]
    verdict = overall_verdict(ok, [])
    assert verdict.pass_allowed and verdict.suggested_result == "PASS"
    assert validate_record("PASS", ok, [], {"SENSOR_TEMP_FAIL"}) == []

    bad = [judge(TEMP, "62"), judge(BOOL, None)]
    verdict = overall_verdict(bad, [])
    assert not verdict.pass_allowed and verdict.failing == ("TEMP_SENSOR",)
    assert verdict.missing == ("I2C_OK",) and verdict.suggested_result == "FAIL"
    assert overall_verdict(ok, [Defect("SENSOR_TEMP_FAIL")]).pass_allowed is False
    assert overall_verdict([judge(BOOL, None)], []).suggested_result is None

    codes = [p.code for p in validate_record("PASS", bad, [Defect("X")], {"SENSOR_TEMP_FAIL"})]
    assert codes == [
        "PASS_WITH_FAILING_MEASUREMENT",
        "PASS_WITH_MISSING_MEASUREMENT",
        "PASS_WITH_DEFECTS",
        "UNKNOWN_DEFECT_CODE",
    ]
    for result in ("FAIL", "REWORK"):
        assert [p.code for p in validate_record(result, bad, [], set())] == ["DEFECT_REQUIRED"]
        assert (
            validate_record(result, ok, [Defect("SENSOR_TEMP_FAIL", "drift")], {"SENSOR_TEMP_FAIL"})
            == []
        )
    problems = validate_record("MAYBE", ok, [], set())
    assert [p.code for p in problems] == ["BAD_RESULT"]
    assert str(problems[0]) and has_hangul(korean(problems[0].msg))
    assert problems[0].msg.params == {"result": "'MAYBE'"}


def test_snapshot_and_defects_json() -> None:
    results = [judge(TEMP, "60,5"), judge(BOOL, False), judge(OPTIONAL, None)]
    snap = snapshot(results)
    assert snap == {
        "items": [
            {
                "code": "TEMP_SENSOR",
                "value": 60.5,
                "unit": "°C",
                "lsl": 59.0,
                "usl": 61.0,
                "result": "PASS",
            },
            {
                "code": "I2C_OK",
                "value": False,
                "unit": None,
                "lsl": None,
                "usl": None,
                "result": "FAIL",
            },
            {
                "code": "BUSBAR_LOT",
                "value": None,
                "unit": None,
                "lsl": None,
                "usl": None,
                "result": "PASS",
            },
        ]
    }
    assert json.loads(json.dumps(snap)) == snap
    assert defects_json([Defect("I2C_FAIL", "no ack"), Defect("X")]) == [
        {"code": "I2C_FAIL", "note": "no ack"},
        {"code": "X", "note": None},
    ]


def test_judge_form_uses_expected_texts() -> None:
    proc4 = QualityCriteria.from_json(SEED_CRITERIA["PROC-004"])
    results = judge_form(
        proc4,
        {"FIRMWARE_VERSION": "v1.2.3", "UPLOAD_OK": True},
        expected_texts={"FIRMWARE_VERSION": "v1.2.4"},
    )
    assert [r.result for r in results] == ["FAIL", "PASS"]
    assert [r.result for r in judge_form(proc4, {})] == ["MISSING", "MISSING"]
    with pytest.raises(InvalidMeasurement) as info:
        judge_form(proc4, {"NOPE": 1})
    assert info.value.code == "UNKNOWN_CODE"


def test_criteria_json_round_trip_and_tolerance() -> None:
    for criteria in SEED_CRITERIA.values():
        parsed = QualityCriteria.from_json(criteria)
        assert parsed.to_json() == criteria
        assert QualityCriteria.from_json(parsed.to_json()) == parsed
    assert QualityCriteria.from_json({}) == QualityCriteria()
    assert QualityCriteria.from_json(None) == QualityCriteria()
    minimal = QualityCriteria.from_json(
        {"measurements": [{"code": "X", "kind": "bool"}], "defect_codes": [{"code": "D"}]}
    )
    spec = minimal.measurements[0]
    assert (spec.name, spec.name_en, spec.unit, spec.lsl, spec.required) == (
        "X",
        "X",
        None,
        None,
        True,
    )
    assert minimal.defect_codes[0].name == "D" and minimal.defect_code_set == {"D"}
    assert minimal.spec("X") is spec and minimal.spec("Y") is None


@pytest.mark.parametrize(
    "data",
    [
        {"measurements": [{"code": "X", "kind": "float"}]},
        {"measurements": [{"code": "X"}]},
        {"measurements": [{"kind": "bool"}]},
        {"measurements": [{"code": "X", "kind": "number", "lsl": 2, "usl": 1}]},
        {"measurements": [{"code": "X", "kind": "number", "lsl": "1"}]},
        {"measurements": [{"code": "X", "kind": "number", "usl": float("nan")}]},
        {"measurements": [{"code": "X", "kind": "bool", "lsl": 0}]},
        {"measurements": [{"code": "X", "kind": "bool", "required": "yes"}]},
        {"measurements": [{"code": "X", "kind": "bool"}, {"code": "X", "kind": "text"}]},
        {"measurements": {"code": "X"}},
        {"defect_codes": [{"name": "no code"}]},
        {"defect_codes": ["MARKING_FAIL"]},
    ],
)
def test_criteria_refusals(data: dict[str, Any]) -> None:
    with pytest.raises(InvalidCriteria):
        QualityCriteria.from_json(data)


def test_seed_matches_domain_table() -> None:
    """The seed criteria revision 001 writes (tests/seed.py reads them from it)."""
    assert sorted(SEED_CRITERIA) == [f"PROC-00{n}" for n in range(1, 9)]
    forms = {pid: QualityCriteria.from_json(c) for pid, c in SEED_CRITERIA.items()}
    assert [m.code for m in forms["PROC-002"].measurements] == [
        "SMA_SPRING_LOT",
        "BUSBAR_LOT",
        "VISUAL_OK",
    ]
    assert [m.code for f in forms.values() for m in f.measurements if not m.required] == [
        "BUSBAR_LOT"
    ]
    for spec in forms["PROC-006"].measurements:
        assert spec.unit == "kgf" and spec.target is not None
        assert (spec.lsl, spec.usl) == (spec.target - 2.0, spec.target + 2.0)
    temp, tof, _ = forms["PROC-003"].measurements
    assert (temp.unit, temp.lsl, temp.usl, temp.target) == ("°C", 59.0, 61.0, 60.0)
    assert (tof.unit, tof.lsl, tof.usl, tof.target) == ("mm", 400, 600, 500)
    assert forms["PROC-001"].defect_codes[0].name == "마킹 불량"
    assert forms["PROC-004"].defect_code_set == {
        "FIRMWARE_UPLOAD_FAIL",
        "FIRMWARE_COMM_ERROR",
        "FIRMWARE_VERSION_MISMATCH",
    }
    json.dumps(SEED_CRITERIA, ensure_ascii=False)  # plain JSON data


def test_measurement_result_is_frozen() -> None:
    result = MeasurementResult("X", 1.0, None, None, None, "PASS")
    with pytest.raises(AttributeError):
        result.result = "FAIL"  # type: ignore[misc]
