"""Measurement verdicts as the station uses them (the seed criteria of domain.md §6)."""

from __future__ import annotations

import pytest
from seed import SEED_CRITERIA

from neurohub_desktop.domain import quality
from neurohub_desktop.domain.quality import Defect, QualityCriteria, judge_form, overall_verdict

SEED = {pid: QualityCriteria.from_json(c) for pid, c in SEED_CRITERIA.items()}


def verdict(
    pid: str,
    values: dict[str, object],
    expected: dict[str, str] | None = None,
    defects: tuple[Defect, ...] = (),
) -> quality.Verdict:
    return overall_verdict(judge_form(SEED[pid], values, expected_texts=expected), defects)


@pytest.mark.parametrize(
    ("temp", "ok"),
    [
        ("59.0", True),
        ("61.0", True),
        ("60", True),
        ("58.99", False),
        ("61.01", False),
        ("59,5", True),
    ],
)
def test_number_limits_are_inclusive(temp: str, ok: bool) -> None:
    v = verdict("PROC-003", {"TEMP_SENSOR": temp, "TOF_DISTANCE": "400", "I2C_OK": True})
    assert v.pass_allowed is ok
    assert ("TEMP_SENSOR" in v.failing) is (not ok)


def test_tof_upper_limit_inclusive() -> None:
    assert verdict(
        "PROC-003", {"TEMP_SENSOR": "60", "TOF_DISTANCE": "600", "I2C_OK": True}
    ).pass_allowed
    assert not verdict(
        "PROC-003", {"TEMP_SENSOR": "60", "TOF_DISTANCE": "600.1", "I2C_OK": True}
    ).pass_allowed


def test_force_targets_plus_minus_two() -> None:
    good = {"FORCE_38C": "8.0", "FORCE_52C": "17.0", "FORCE_66C": "20"}
    assert verdict("PROC-006", good).pass_allowed
    assert verdict("PROC-006", {**good, "FORCE_66C": "22.01"}).failing == ("FORCE_66C",)


def test_bool_passes_only_when_true() -> None:
    assert verdict("PROC-005", {"CABLE_OK": True, "VISUAL_OK": True}).pass_allowed
    v = verdict("PROC-005", {"CABLE_OK": False, "VISUAL_OK": True})
    assert v.failing == ("CABLE_OK",) and v.suggested_result == "FAIL"


def test_text_required_and_optional() -> None:
    v = verdict("PROC-002", {"SMA_SPRING_LOT": "", "VISUAL_OK": True})
    assert v.missing == ("SMA_SPRING_LOT",) and not v.pass_allowed
    assert verdict("PROC-002", {"SMA_SPRING_LOT": "S-1", "VISUAL_OK": True}).pass_allowed


def test_firmware_must_match_the_active_version() -> None:
    exp = {"FIRMWARE_VERSION": "v1.2.3"}
    assert verdict("PROC-004", {"FIRMWARE_VERSION": "v1.2.3", "UPLOAD_OK": True}, exp).pass_allowed
    v = verdict("PROC-004", {"FIRMWARE_VERSION": "v1.2.2", "UPLOAD_OK": True}, exp)
    assert v.failing == ("FIRMWARE_VERSION",)


def test_pass_impossible_with_defects_and_fail_needs_one() -> None:
    values = {"CABLE_OK": True, "VISUAL_OK": True}
    results = judge_form(SEED["PROC-005"], values)
    codes = SEED["PROC-005"].defect_code_set
    assert quality.validate_record("PASS", results, [Defect("ASSEMBLY_ERROR")], codes)
    assert quality.validate_record("FAIL", results, [], codes)
    assert not quality.validate_record("REWORK", results, [Defect("ASSEMBLY_ERROR")], codes)
    assert quality.validate_record("FAIL", results, [Defect("MARKING_FAIL")], codes)
