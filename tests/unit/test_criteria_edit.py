"""An edited quality_criteria checked before it is saved (domain.criteria_edit, issue 14)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from catalog import has_hangul, korean
from seed import SEED_CRITERIA

from neurohub_desktop.domain import criteria_edit as ce
from neurohub_desktop.domain.quality import (
    InvalidMeasurement,
    MeasurementKind,
    QualityCriteria,
    judge,
)
from neurohub_desktop.services import station


def seed(process_id: str = "PROC-003") -> dict[str, Any]:
    return copy.deepcopy(SEED_CRITERIA[process_id])


def codes(data: object, process_id: str | None = "PROC-003") -> list[str]:
    return [p.code for p in ce.check_criteria(data, process_id)]


def messages(data: object, process_id: str | None = "PROC-003") -> str:
    return " | ".join(str(p) for p in ce.check_criteria(data, process_id))


@pytest.mark.parametrize("process_id", sorted(SEED_CRITERIA))
def test_the_seed_criteria_pass_every_check(process_id: str) -> None:
    assert ce.check_criteria(SEED_CRITERIA[process_id], process_id) == []
    new = ce.validated_criteria(SEED_CRITERIA[process_id], process_id)
    assert new.version is None
    assert ce.same_content(SEED_CRITERIA[process_id], new)


def test_the_station_constants_are_the_services_own() -> None:
    assert ce.STATION_MEASUREMENTS["PROC-001"] == ((station.MARK_CODE, MeasurementKind.BOOL),)
    assert ce.STATION_MEASUREMENTS["PROC-004"] == ((station.FIRMWARE_CODE, MeasurementKind.TEXT),)
    assert ce.STATION_MEASUREMENTS["PROC-007"] == ((station.LABEL_CODE, MeasurementKind.BOOL),)


# -- reading ----------------------------------------------------------------------------------
def test_read_criteria_takes_utf8_with_or_without_a_bom() -> None:
    text = json.dumps(seed(), ensure_ascii=False)
    assert ce.read_criteria(text.encode()) == seed()
    assert ce.read_criteria(b"\xef\xbb\xbf" + text.encode()) == seed()


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        (b'{"measurements": [', "NOT_JSON", "line 1"),
        (b"not json at all", "NOT_JSON", "not JSON"),
        ('{"a": "온도"}'.encode("cp949"), "NOT_UTF8", "UTF-8"),
        (b'{"lsl": NaN}', "NOT_JSON", "NaN"),
        (b'{"lsl": Infinity}', "NOT_JSON", "Infinity"),
        (b'{"lsl": 1, "lsl": 2}', "NOT_JSON", "'lsl' appears twice"),
        (b" " * (ce.MAX_FILE_BYTES + 1), "TOO_LARGE", "larger"),
    ],
)
def test_read_criteria_refuses_what_is_not_a_criteria_file(
    data: bytes, code: str, words: str
) -> None:
    with pytest.raises(ce.CriteriaRefused) as refused:
        ce.read_criteria(data)
    assert refused.value.code == code and words in str(refused.value)
    assert has_hangul(korean(refused.value.msg))


# -- checking ---------------------------------------------------------------------------------
def test_a_file_that_is_no_object_or_lacks_the_arrays() -> None:
    assert codes([]) == ["NOT_AN_OBJECT"]
    assert codes({}) == ["NOT_A_LIST", "NOT_A_LIST"]
    assert codes({"measurements": {}, "defect_codes": seed()["defect_codes"]}) == ["NOT_A_LIST"]
    assert "unknown key(s) defects" in messages({**seed(), "defects": []})


def test_the_version_in_the_file_is_ignored() -> None:
    for version in (7, "x", None, -1):
        assert ce.check_criteria({**seed(), "version": version}, "PROC-003") == []
    assert ce.validated_criteria({**seed(), "version": 99}).version is None


@pytest.mark.parametrize(
    ("change", "code", "words"),
    [
        ({"code": "TEMP SENSOR"}, "BAD_CODE", "capital letters"),
        ({"code": "temp_sensor"}, "BAD_CODE", "capital letters"),
        ({"code": ""}, "BAD_CODE", '"code"'),
        ({"code": 5}, "BAD_CODE", '"code" 5'),
        ({"code": "T" * 51}, "BAD_CODE", "1-50"),
        ({"kind": "float"}, "BAD_KIND", 'unknown kind "float"'),
        ({"kind": None}, "BAD_KIND", "unknown kind null"),
        ({"lsl": "59.0"}, "NOT_A_NUMBER", '"lsl" must be a number'),
        ({"usl": True}, "NOT_A_NUMBER", '"usl" must be a number'),
        ({"target": [60]}, "NOT_A_NUMBER", '"target"'),
        ({"usl": 10**400}, "NOT_A_NUMBER", '"usl"'),
        ({"required": "yes"}, "BAD_REQUIRED", "true or false"),
        ({"unit": 5}, "BAD_UNIT", '"unit"'),
        ({"unit": "x" * 21}, "BAD_UNIT", '"unit"'),
        ({"name": "Temperature"}, "BAD_NAME", "Korean"),
        ({"name": " "}, "BAD_NAME", "Korean"),
        ({"name": None}, "BAD_NAME", "Korean"),
        ({"name_en": "온도 센서"}, "BAD_NAME_EN", "English"),
        ({"name_en": ""}, "BAD_NAME_EN", "English"),
        ({"name_en": "Temp\nsensor"}, "BAD_NAME_EN", "English"),
        ({"LSL": 58}, "UNKNOWN_KEY", "unknown key(s) LSL"),
    ],
)
def test_a_bad_measurement_item_is_named(change: dict[str, Any], code: str, words: str) -> None:
    data = seed()
    data["measurements"][0].update(change)
    assert codes(data) == [code], messages(data)
    assert words in messages(data)


def test_a_missing_name_en_or_name_is_refused() -> None:
    data = seed()
    del data["measurements"][1]["name_en"]
    del data["defect_codes"][0]["name"]
    assert codes(data) == ["BAD_NAME_EN", "BAD_NAME"]
    assert "measurement TOF_DISTANCE" in messages(data)
    assert "defect code SENSOR_TEMP_FAIL" in messages(data)


@pytest.mark.parametrize(
    ("limits", "ok"),
    [
        ({"lsl": 59, "target": 60, "usl": 61}, True),
        ({"lsl": 59, "target": None, "usl": 61}, True),
        ({"lsl": 59, "usl": None, "target": None}, True),
        ({"lsl": None, "target": 60, "usl": None}, True),
        ({"lsl": None, "target": 60, "usl": 61}, True),
        ({"lsl": 61, "target": None, "usl": 59}, False),
        ({"lsl": 60, "target": None, "usl": 60}, False),  # lsl ≥ usl
        ({"lsl": 59, "target": 61, "usl": 61}, False),  # target = usl
        ({"lsl": 60, "target": 60, "usl": 61}, False),  # target = lsl
        ({"lsl": 59, "target": 65, "usl": 61}, False),
        ({"lsl": 62, "target": 60, "usl": None}, False),
    ],
)
def test_limits_are_ordered(limits: dict[str, Any], ok: bool) -> None:
    data = seed()
    data["measurements"][0].update(limits)
    assert codes(data) == ([] if ok else ["BAD_LIMITS"]), messages(data)


def test_the_limit_message_names_both_limits() -> None:
    data = seed()
    data["measurements"][0].update(lsl=61.0, target=None, usl=59.5)
    assert messages(data) == "measurement TEMP_SENSOR: lsl 61 must be below usl 59.5."


def test_limits_belong_to_numbers_only() -> None:
    data = seed()
    data["measurements"][2]["lsl"] = 0  # I2C_OK is a bool
    assert codes(data) == ["LIMITS_NOT_NUMBER"]
    assert "I2C_OK" in messages(data)


def test_duplicate_codes_are_refused() -> None:
    data = seed()
    data["measurements"].append(copy.deepcopy(data["measurements"][0]))
    data["defect_codes"].append(copy.deepcopy(data["defect_codes"][1]))
    assert codes(data) == ["DUPLICATE_CODE", "DUPLICATE_CODE"]
    assert "Measurement code TEMP_SENSOR appears more than once" in messages(data)
    assert "Defect code SENSOR_TOF_FAIL appears more than once" in messages(data)


def test_at_least_one_defect_code() -> None:
    assert codes({**seed(), "defect_codes": []}) == ["NO_DEFECT_CODES"]
    assert codes({**seed(), "measurements": []}) == []  # a step without a form is allowed


def test_items_that_are_not_objects() -> None:
    assert codes({**seed(), "measurements": ["TEMP"], "defect_codes": [1]}) == [
        "NOT_AN_OBJECT",
        "NOT_AN_OBJECT",
    ]


def test_the_station_flow_keeps_its_own_items() -> None:
    p1 = seed("PROC-001")
    p1["measurements"][0]["kind"] = "text"
    p1["defect_codes"][0]["code"] = "MARK_FAIL"
    assert codes(p1, "PROC-001") == ["STATION_ITEM", "STATION_DEFECT"]
    p4 = seed("PROC-004")
    p4["measurements"] = p4["measurements"][1:]
    assert codes(p4, "PROC-004") == ["STATION_ITEM"]
    assert "FIRMWARE_VERSION" in messages(p4, "PROC-004")
    assert codes(p4, None) == []  # without a process only the format is checked


def test_a_scan_only_step_takes_optional_items_only() -> None:
    p7 = seed("PROC-007")
    extra = {
        "code": "LABEL_POSITION_OK",
        "name": "라벨 위치",
        "name_en": "Label position",
        "unit": None,
        "kind": "bool",
        "lsl": None,
        "usl": None,
        "target": None,
    }
    p7["measurements"].append(extra)
    assert codes(p7, "PROC-007") == ["SCAN_ONLY_STEP"]
    assert "measurement LABEL_POSITION_OK must be optional" in messages(p7, "PROC-007")
    extra["required"] = False
    assert codes(p7, "PROC-007") == []
    p3 = seed()
    p3["measurements"].append({**extra, "required": True})
    assert codes(p3) == []


def test_every_problem_is_reported_at_once() -> None:
    data = seed()
    data["measurements"][0].update(lsl=70, kind="float")
    data["measurements"][1]["name"] = "TOF"
    data["defect_codes"].append({"code": "x"})
    with pytest.raises(ce.CriteriaRefused) as refused:
        ce.validated_criteria(data, "PROC-003")
    found = [p.code for p in refused.value.problems]
    assert found == ["BAD_KIND", "BAD_LIMITS", "BAD_NAME", "BAD_CODE", "BAD_NAME", "BAD_NAME_EN"]
    assert str(refused.value).startswith("The criteria have 6 problems: ")
    assert korean(refused.value.msg).startswith("기준에 문제가 6건 있습니다: ")
    assert str(refused.value).endswith("; and 1 more")
    data["defect_codes"] += [{"code": "y"}] * 3
    with pytest.raises(ce.CriteriaRefused) as more:
        ce.validated_criteria(data, "PROC-003")
    assert str(more.value).endswith("and 10 more") and "외 10건" in korean(more.value.msg)


def test_validated_criteria_is_what_the_station_reads() -> None:
    data = seed()
    data["measurements"][0].update(name="  온도 센서 ", unit=" °C ", lsl=58, usl=62)
    new = ce.validated_criteria(data, "PROC-003")
    spec = new.measurements[0]
    assert (spec.name, spec.unit, spec.lsl, spec.usl) == ("온도 센서", "°C", 58.0, 62.0)
    saved = ce.saved_json(new)
    assert "version" not in saved
    assert QualityCriteria.from_json(saved) == new
    assert not ce.same_content(seed(), new)


# -- against what is stored -------------------------------------------------------------------
def test_removed_codes_and_the_ones_in_use() -> None:
    data = seed()
    data["measurements"] = data["measurements"][:1]  # TOF_DISTANCE and I2C_OK go
    data["defect_codes"] = data["defect_codes"][:1]  # SENSOR_TOF_FAIL goes
    new = ce.validated_criteria(data, "PROC-003")
    assert ce.removed_codes(seed(), new) == (["I2C_OK", "TOF_DISTANCE"], ["SENSOR_TOF_FAIL"])
    assert ce.check_changes(seed(), new, ce.UsedCodes()) == []
    used = ce.UsedCodes(
        frozenset({"TOF_DISTANCE", "TEMP_SENSOR"}),
        frozenset({"SENSOR_TOF_FAIL", "SENSOR_TEMP_FAIL"}),
    )
    problems = ce.check_changes(seed(), new, used)
    assert [p.code for p in problems] == ["CODE_IN_USE", "CODE_IN_USE"]
    assert str(problems[0]).startswith(
        "Measurement TOF_DISTANCE is used by stored records and cannot be removed"
    )
    assert '"required": false' in str(problems[0])
    assert str(problems[1]).startswith("Defect code SENSOR_TOF_FAIL is used")


def test_the_kind_of_a_code_in_use_stays() -> None:
    data = seed()
    data["measurements"][2]["kind"] = "text"  # I2C_OK: bool → text
    new = ce.validated_criteria(data, "PROC-003")
    assert ce.check_changes(seed(), new, ce.UsedCodes()) == []
    problems = ce.check_changes(seed(), new, ce.UsedCodes(frozenset({"I2C_OK"})))
    assert [p.code for p in problems] == ["KIND_IN_USE"]
    assert "I2C_OK is used by stored records as bool" in str(problems[0])


def test_stored_criteria_are_read_leniently() -> None:
    assert ce.stored_codes(None) == ({}, frozenset())
    assert ce.stored_codes(
        {"measurements": [{"code": "A"}, 3, {"kind": "bool"}], "defect_codes": "x"}
    ) == ({"A": None}, frozenset())
    assert not ce.same_content({"measurements": 5}, ce.validated_criteria(seed()))


@pytest.mark.parametrize(
    ("stored", "version"),
    [
        ({"version": 4}, 4),
        ({"version": "4"}, 4),
        ({}, 0),
        ({"version": True}, 0),
        (None, 0),
        ({"version": 2.5}, 0),
    ],
)
def test_current_version(stored: Any, version: int) -> None:
    assert ce.current_version(stored) == version


def test_export_text_is_pretty_utf8_in_the_formats_order() -> None:
    stored = json.loads(json.dumps(seed()))  # jsonb gives the keys back in its own order
    shuffled = {k: stored[k] for k in ("defect_codes", "version", "measurements")}
    shuffled["measurements"][0] = dict(sorted(shuffled["measurements"][0].items()))
    shuffled["extra"] = {"kept": "그대로"}
    out = ce.export_text(shuffled)
    assert out.endswith("}\n") and "온도 센서" in out and "\\u" not in out
    lines = out.splitlines()
    assert lines[1] == '  "version": 1,' and lines[2] == '  "measurements": ['
    # the seed's items have every key but the optional format and retired flag
    assert [line.split('"')[1] for line in lines[4:13]] == list(ce.MEASUREMENT_KEYS[:9])
    assert json.loads(out) == shuffled
    assert ce.read_criteria(out.encode()) == shuffled


# -- retiring, formats, reasons (the 공정 기준 screen) -------------------------------------------
def test_a_retired_item_stays_in_the_criteria_but_stations_no_longer_offer_it() -> None:
    data = seed()
    data["measurements"][1]["retired"] = True
    data["defect_codes"][1]["retired"] = True
    assert ce.check_criteria(data, "PROC-003") == []
    new = ce.validated_criteria(data, "PROC-003")
    assert [m.code for m in new.measurements if m.retired] == ["TOF_DISTANCE"]
    assert [d.code for d in new.defect_codes if d.retired] == ["SENSOR_TOF_FAIL"]
    active = new.active()
    assert [m.code for m in active.measurements] == ["TEMP_SENSOR", "I2C_OK"]
    assert active.defect_code_set == {"SENSOR_TEMP_FAIL"}
    assert ce.saved_json(new)["measurements"][1]["retired"] is True
    assert "retired" not in ce.saved_json(new)["measurements"][0]  # only when set
    assert not ce.same_content(seed(), new)
    # removing a used code is refused, retiring it is what the refusal proposes
    used = ce.UsedCodes(frozenset({"TOF_DISTANCE"}), frozenset({"SENSOR_TOF_FAIL"}))
    assert ce.check_changes(seed(), new, used) == []
    gone = seed()
    del gone["measurements"][1], gone["defect_codes"][1]
    problems = ce.check_changes(seed(), ce.validated_criteria(gone, "PROC-003"), used)
    assert [p.code for p in problems] == ["CODE_IN_USE", "CODE_IN_USE"]
    assert all('"retired": true' in str(p.msg) for p in problems)


def test_what_may_not_be_retired() -> None:
    data = seed()
    for d in data["defect_codes"]:
        d["retired"] = True
    assert codes(data) == ["NO_DEFECT_CODES"]
    data = seed("PROC-001")
    data["measurements"][0]["retired"] = True
    data["defect_codes"].append({"code": "OTHER", "name": "기타", "name_en": "Other"})
    data["defect_codes"][0]["retired"] = True
    assert codes(data, "PROC-001") == ["STATION_ITEM", "STATION_DEFECT"]
    data = seed()
    data["measurements"][0]["retired"] = "yes"
    data["defect_codes"][0]["retired"] = 1
    assert codes(data) == ["BAD_RETIRED", "BAD_RETIRED"]


def test_a_format_is_a_regular_expression_for_text_items() -> None:
    data = seed("PROC-002")
    data["measurements"][0]["format"] = r"SMA-[0-9]{6}"
    assert ce.check_criteria(data, "PROC-002") == []
    spec = ce.validated_criteria(data, "PROC-002").measurements[0]
    assert spec.format == r"SMA-[0-9]{6}"
    assert judge(spec, " SMA-123456 ").result == "PASS"
    with pytest.raises(InvalidMeasurement) as typo:
        judge(spec, "SMA-12345")
    assert typo.value.code == "BAD_FORMAT" and "SMA-[0-9]{6}" in str(typo.value)
    data["measurements"][0]["format"] = "SMA-[0-9"
    assert codes(data, "PROC-002") == ["BAD_FORMAT"]
    data["measurements"][0]["format"] = "x" * 201
    assert codes(data, "PROC-002") == ["BAD_FORMAT"]
    data = seed()
    data["measurements"][0]["format"] = "[0-9]+"
    assert codes(data) == ["FORMAT_NOT_TEXT"]


def test_a_code_is_not_both_a_measurement_and_a_defect() -> None:
    data = seed()
    data["defect_codes"].append({"code": "I2C_OK", "name": "통신", "name_en": "Comms"})
    assert codes(data) == ["DUPLICATE_CODE"]
    assert "both a measurement item and a defect code" in messages(data)


def test_the_reason_is_saved_beside_the_version() -> None:
    new = ce.validated_criteria({**seed(), "reason": "old reason"}, "PROC-003")
    saved = ce.saved_json(new, "  온도 상한   조정 ")
    assert saved["reason"] == "온도 상한 조정" and "version" not in saved
    assert "reason" not in ce.saved_json(new)  # a file's own reason is not carried over
    assert ce.same_content({**seed(), "reason": "x"}, new)  # a reason is not content
    assert ce.stored_reason({"reason": "왜"}) == "왜" and ce.stored_reason(seed()) is None
    with pytest.raises(ce.CriteriaRefused):
        ce.saved_json(new, "x" * 501)
    assert codes({**seed(), "reason": 7}) == ["BAD_REASON"]
