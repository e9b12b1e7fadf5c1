"""nh_judge_record (migrations/sql_006_judge.py): the database judges a record's measurements."""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import psycopg2
import pytest
from psycopg2.extras import Json

from neurohub_desktop.db.engine import libpq_dsn

SQL_PATH = Path(__file__).resolve().parents[2] / "migrations" / "sql_006_judge.py"
JUDGE = "SELECT nh_judge_record(%s, %s, %s, %s)"
MD5 = "0123456789abcdef0123456789abcdef"
OMIT = object()  # criteria_version=OMIT: no criteria_version key at all


def load_sql() -> ModuleType:
    spec = importlib.util.spec_from_file_location("neurohub_sql_006_judge", SQL_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SQL = load_sql()


class Judge:
    def __init__(self, conn: Any) -> None:
        self.conn = conn
        with conn.cursor() as cur:
            cur.execute("SELECT process_id, id FROM processes")
            self.procs: dict[str, int] = dict(cur.fetchall())

    def q(self, sql: str, params: Any = None) -> list[tuple[Any, ...]]:
        with self.conn.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall() if cur.description else []

    def __call__(
        self, step: str, result: str, items: list[Any] | None, defects: Any = None, **extra: Any
    ) -> None:
        """Judge a record; unless given, ``criteria_version`` is the process's current one
        (the seed may or may not carry a version)."""
        if extra.get("criteria_version", 0) is OMIT:
            del extra["criteria_version"]
        elif "criteria_version" not in extra:
            (current,) = self.q(
                "SELECT quality_criteria->'version' FROM processes WHERE process_id = %s", (step,)
            )[0]
            if current is not None:
                extra["criteria_version"] = current
        measurements = None if items is None else {"items": items, **extra}
        self.q(JUDGE, (self.procs[step], result, Json(measurements), Json(defects)))

    def refused(
        self,
        fragment: str,
        step: str,
        result: str,
        items: list[Any] | None,
        defects: Any = None,
        **extra: Any,
    ) -> psycopg2.Error:
        with pytest.raises(psycopg2.Error) as info:
            self(step, result, items, defects, **extra)
        err = info.value
        assert err.pgcode == "NH003", (err.pgcode, str(err))
        message = err.diag.message_primary
        assert message.startswith("BR-003: "), message
        assert fragment in message, message
        return err

    def firmware(self, version: str, *, active: bool = True, mcu: str = "STM32F4") -> None:
        self.q(
            "INSERT INTO firmware_versions (version, filename, file_path, file_size,"
            " md5_hash, target_mcu, is_active) VALUES (%s, %s, %s, 1024, %s, %s, %s)",
            (version, f"fw-{version}.bin", f"/fw/fw-{version}.bin", MD5, mcu, active),
        )

    def set_version(self, step: str, version: int) -> None:
        self.q(
            "UPDATE processes SET quality_criteria = quality_criteria || %s WHERE process_id = %s",
            (Json({"version": version}), step),
        )


@pytest.fixture
def judge(db_url) -> Iterator[Judge]:  # type: ignore[no-untyped-def]
    conn = psycopg2.connect(libpq_dsn(db_url))
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(SQL.NH_JUDGE_RECORD)
    try:
        yield Judge(conn)
    finally:
        conn.close()


def item(
    code: str,
    value: Any,
    unit: str | None = None,
    lsl: Any = None,
    usl: Any = None,
    result: str = "PASS",
) -> dict[str, Any]:
    return {"code": code, "value": value, "unit": unit, "lsl": lsl, "usl": usl, "result": result}


def sensor(
    temp: Any = 60.1,
    tof: Any = 500,
    i2c: Any = True,
    *,
    temp_limits: tuple[Any, Any] = (59.0, 61.0),
    tof_limits: tuple[Any, Any] = (400, 600),
) -> list[dict[str, Any]]:
    return [
        item("TEMP_SENSOR", temp, "°C", *temp_limits),
        item("TOF_DISTANCE", tof, "mm", *tof_limits),
        item("I2C_OK", i2c),
    ]


FAIL_DEFECT = [{"code": "SENSOR_TEMP_FAIL", "note": "too hot"}]


# -- the module ------------------------------------------------------------------------------


def test_module_shape_and_style() -> None:
    assert SQL.FUNCTIONS == {"nh_judge_record": SQL.NH_JUDGE_RECORD}
    assert set(SQL.COMMENTS) == {"nh_judge_record"}
    text = SQL.NH_JUDGE_RECORD
    assert text.strip().startswith(
        "CREATE OR REPLACE FUNCTION nh_judge_record(p_process bigint, p_result text,"
    )
    assert "::" not in text
    assert not any(f":{c}" in text for c in "abcdefghijklmnopqrstuvwxyz_")
    assert "EXECUTE" not in text.upper().replace("EXECUTE FUNCTION", "")
    assert "SET search_path = pg_catalog, public, pg_temp" in text
    # every refusal is NH003 with a BR-003 message
    assert text.count("RAISE EXCEPTION") == text.count("ERRCODE = 'NH003'")
    assert text.count("RAISE EXCEPTION") == text.count("MESSAGE = format('BR-003: ")


def test_function_is_stable_with_pinned_search_path(judge: Judge) -> None:
    volatility, config = judge.q(
        "SELECT provolatile, proconfig FROM pg_proc WHERE proname = 'nh_judge_record'"
    )[0]
    assert volatility == "s"
    assert config == ["search_path=pg_catalog, public, pg_temp"]


# -- PASS at PROC-003 (numbers and a bool) -----------------------------------------------------


def test_good_pass_accepted(judge: Judge) -> None:
    judge("PROC-003", "PASS", sensor())
    judge("PROC-003", "PASS", sensor(temp=59.0, tof=600))  # the limits are inclusive
    # limits written as 400.0 / 600.0 equal the criteria's 400 / 600
    judge("PROC-003", "PASS", sensor(tof_limits=(400.0, 600.0), temp_limits=(59, 61)))


def test_out_of_limits_refused_whatever_the_item_result(judge: Judge) -> None:
    err = judge.refused("TEMP_SENSOR", "PROC-003", "PASS", sensor(temp=70))
    assert "outside" in err.diag.message_primary
    judge.refused("TOF_DISTANCE", "PROC-003", "PASS", sensor(tof=399.999))
    judge.refused("TEMP_SENSOR", "PROC-003", "PASS", sensor(temp=58.9))


def test_missing_required_item_refused(judge: Judge) -> None:
    items = [i for i in sensor() if i["code"] != "TOF_DISTANCE"]
    judge.refused("required measurement TOF_DISTANCE is missing", "PROC-003", "PASS", items)
    judge.refused(
        "required measurement TOF_DISTANCE is missing", "PROC-003", "PASS", sensor(tof=None)
    )
    judge.refused("required measurement TEMP_SENSOR is missing", "PROC-003", "PASS", [])
    # no measurements at all (SQL NULL); without a criteria version that is the only problem
    judge.q(
        "UPDATE processes SET quality_criteria = quality_criteria - 'version'"
        " WHERE process_id = 'PROC-003'"
    )
    judge.refused("required measurement TEMP_SENSOR is missing", "PROC-003", "PASS", None)


def test_limits_differing_from_current_criteria_refused(judge: Judge) -> None:
    judge.refused(
        "limits of measurement TEMP_SENSOR differ",
        "PROC-003",
        "PASS",
        sensor(temp_limits=(50.0, 70.0)),
    )
    judge.refused(
        "limits of measurement TOF_DISTANCE differ",
        "PROC-003",
        "PASS",
        sensor(tof_limits=(None, 600)),
    )
    judge.refused(
        "limits of measurement TOF_DISTANCE differ",
        "PROC-003",
        "PASS",
        sensor(tof_limits=("400", "600")),
    )
    # the admin widens the limits: a snapshot of the old ones no longer passes
    judge.q(
        "UPDATE processes SET quality_criteria = jsonb_set(quality_criteria,"
        " '{measurements,0,usl}', '62.0') WHERE process_id = 'PROC-003'"
    )
    judge.refused("limits of measurement TEMP_SENSOR differ", "PROC-003", "PASS", sensor())
    judge("PROC-003", "PASS", sensor(temp=61.5, temp_limits=(59.0, 62.0)))


def test_a_retired_item_is_no_longer_judged(judge: Judge) -> None:
    """A retired item stays in the criteria for the records that use it: a PASS without it
    (what stations record now) passes, one that still carries it is not judged on it."""
    judge.q(
        "UPDATE processes SET quality_criteria = jsonb_set(quality_criteria,"
        " '{measurements,1,retired}', 'true') WHERE process_id = 'PROC-003'"
    )
    without = [i for i in sensor() if i["code"] != "TOF_DISTANCE"]
    judge("PROC-003", "PASS", without)
    judge("PROC-003", "PASS", sensor(tof=10, tof_limits=(1, 2)))  # not judged any more
    judge.refused("TEMP_SENSOR", "PROC-003", "PASS", sensor(temp=70))  # the others still are
    judge.q(  # retired: false is in use
        "UPDATE processes SET quality_criteria = jsonb_set(quality_criteria,"
        " '{measurements,1,retired}', 'false') WHERE process_id = 'PROC-003'"
    )
    judge.refused("required measurement TOF_DISTANCE is missing", "PROC-003", "PASS", without)


def test_open_limit_in_criteria(judge: Judge) -> None:
    judge.q(
        "UPDATE processes SET quality_criteria = jsonb_set(quality_criteria,"
        " '{measurements,1,usl}', 'null') WHERE process_id = 'PROC-003'"
    )
    judge("PROC-003", "PASS", sensor(tof=10_000, tof_limits=(400, None)))
    judge.refused("TOF_DISTANCE", "PROC-003", "PASS", sensor(tof=10, tof_limits=(400, None)))


def test_criteria_version(judge: Judge) -> None:
    judge.set_version("PROC-003", 7)
    judge("PROC-003", "PASS", sensor(), criteria_version=7)
    judge("PROC-003", "PASS", sensor(), criteria_version=7.0)
    judge.refused(
        "judged against criteria version 6, current is 7",
        "PROC-003",
        "PASS",
        sensor(),
        criteria_version=6,
    )
    judge.refused(
        "judged against criteria version none, current is 7",
        "PROC-003",
        "PASS",
        sensor(),
        criteria_version=OMIT,
    )
    judge.refused("judged against criteria version none, current is 7", "PROC-003", "PASS", None)
    judge.refused(
        "judged against criteria version", "PROC-003", "PASS", sensor(), criteria_version="7"
    )
    judge.refused(
        "judged against criteria version", "PROC-003", "PASS", sensor(), criteria_version=None
    )
    # a FAIL is not judged against a version
    judge("PROC-003", "FAIL", sensor(temp=70), FAIL_DEFECT, criteria_version=3)


def test_no_version_in_criteria_needs_none(judge: Judge) -> None:
    judge.q(
        "UPDATE processes SET quality_criteria = quality_criteria - 'version'"
        " WHERE process_id = 'PROC-003'"
    )
    judge("PROC-003", "PASS", sensor())
    judge("PROC-003", "PASS", sensor(), criteria_version=12)


def test_bool_false_refused_for_pass(judge: Judge) -> None:
    judge.refused("I2C_OK must be true", "PROC-003", "PASS", sensor(i2c=False))
    judge.refused("I2C_OK must be true", "PROC-003", "PASS", sensor(i2c="true"))
    judge.refused("I2C_OK must be true", "PROC-003", "PASS", sensor(i2c=1))


def test_number_given_as_string_refused(judge: Judge) -> None:
    judge.refused("TEMP_SENSOR must be a JSON number", "PROC-003", "PASS", sensor(temp="60.0"))
    judge.refused("TOF_DISTANCE must be a JSON number", "PROC-003", "PASS", sensor(tof=True))


def test_unknown_item_code_refused(judge: Judge) -> None:
    items = [*sensor(), item("EXTRA_PROBE", 1.0)]
    judge.refused(
        "measurement EXTRA_PROBE is not part of the criteria of PROC-003", "PROC-003", "PASS", items
    )
    judge.refused("EXTRA_PROBE", "PROC-003", "FAIL", items, FAIL_DEFECT)
    # a code of another step is unknown here too
    judge.refused(
        "FIRMWARE_VERSION", "PROC-003", "REWORK", [item("FIRMWARE_VERSION", "1.0.0")], FAIL_DEFECT
    )


def test_duplicate_item_code_refused(judge: Judge) -> None:
    items = [*sensor(), item("TEMP_SENSOR", 70.0, "°C", 59.0, 61.0)]
    judge.refused("measurement TEMP_SENSOR appears more than once", "PROC-003", "PASS", items)
    judge.refused("TEMP_SENSOR appears more than once", "PROC-003", "FAIL", items, FAIL_DEFECT)


def test_malformed_items_refused(judge: Judge) -> None:
    judge.refused("has no code", "PROC-003", "FAIL", [{"value": 1}], FAIL_DEFECT)
    judge.refused("has no code", "PROC-003", "FAIL", ["TEMP_SENSOR"], FAIL_DEFECT)
    pid = judge.procs["PROC-003"]
    for bad in ({"items": {"code": "TEMP_SENSOR"}}, ["TEMP_SENSOR"]):
        with pytest.raises(psycopg2.Error) as info:
            judge.q(JUDGE, (pid, "FAIL", Json(bad), Json(FAIL_DEFECT)))
        assert info.value.pgcode == "NH003"


# -- defects -----------------------------------------------------------------------------------


def test_unknown_defect_code_refused(judge: Judge) -> None:
    judge.refused(
        "defect code FIRMWARE_UPLOAD_FAIL is not defined for PROC-003",
        "PROC-003",
        "FAIL",
        sensor(temp=70),
        [{"code": "FIRMWARE_UPLOAD_FAIL", "note": None}],
    )
    judge.refused(
        "defect code NOPE", "PROC-003", "REWORK", [], [*FAIL_DEFECT, {"code": "NOPE", "note": "x"}]
    )
    judge.refused("has no code", "PROC-003", "FAIL", [], [{"note": "no code"}])
    judge.refused("must be a JSON array", "PROC-003", "FAIL", [], {"code": "SENSOR_TEMP_FAIL"})


def test_fail_with_out_of_limit_values_accepted(judge: Judge) -> None:
    judge("PROC-003", "FAIL", sensor(temp=70, tof="broken", i2c=False), FAIL_DEFECT)
    judge(
        "PROC-003",
        "REWORK",
        sensor(temp=None, temp_limits=(1, 2)),
        [{"code": "SENSOR_TOF_FAIL", "note": None}],
    )
    judge("PROC-003", "FAIL", None, None)  # the defect rule is another trigger's job


# -- PROC-002: required and optional text ------------------------------------------------------


def lma(
    spring: Any = "SPR-2025-001",
    busbar: Any = "BB-7",
    visual: Any = True,
    *,
    with_busbar: bool = True,
) -> list[dict[str, Any]]:
    items = [item("SMA_SPRING_LOT", spring), item("VISUAL_OK", visual)]
    if with_busbar:
        items.append(item("BUSBAR_LOT", busbar))
    return items


def test_optional_text_may_be_missing(judge: Judge) -> None:
    judge("PROC-002", "PASS", lma())
    judge("PROC-002", "PASS", lma(with_busbar=False))
    judge("PROC-002", "PASS", lma(busbar=None))
    judge("PROC-002", "PASS", lma(busbar="  "))


def test_required_text_must_be_non_blank_text(judge: Judge) -> None:
    judge.refused(
        "required measurement SMA_SPRING_LOT is missing", "PROC-002", "PASS", lma(spring="  \t")
    )
    judge.refused(
        "required measurement SMA_SPRING_LOT is missing", "PROC-002", "PASS", lma(spring=None)
    )
    judge.refused("SMA_SPRING_LOT must be text", "PROC-002", "PASS", lma(spring=12345))
    judge.refused("BUSBAR_LOT must be text", "PROC-002", "PASS", lma(busbar=["BB-7"]))


# -- PROC-004: the active firmware ---------------------------------------------------------------


def flash(version: Any = "1.2.0", upload: Any = True) -> list[dict[str, Any]]:
    return [item("FIRMWARE_VERSION", version), item("UPLOAD_OK", upload)]


def test_firmware_matching_active_accepted(judge: Judge) -> None:
    judge.firmware("1.1.0", active=False)
    judge.firmware("1.2.0")
    judge("PROC-004", "PASS", flash())
    judge("PROC-004", "PASS", flash(" 1.2.0 "))


def test_firmware_mismatch_refused(judge: Judge) -> None:
    judge.firmware("1.1.0", active=False)
    judge.firmware("1.2.0")
    err = judge.refused(
        "FIRMWARE_VERSION = 1.1.0 does not match the active firmware version 1.2.0",
        "PROC-004",
        "PASS",
        flash("1.1.0"),
    )
    assert "active=1.2.0" in err.diag.message_detail
    judge.refused("FIRMWARE_VERSION = 1.2 does not match", "PROC-004", "PASS", flash("1.2"))
    judge.refused("UPLOAD_OK must be true", "PROC-004", "PASS", flash(upload=False))
    # FAIL with the wrong version is what a mismatch should be recorded as
    judge(
        "PROC-004",
        "FAIL",
        flash("0.9.0"),
        [{"code": "FIRMWARE_VERSION_MISMATCH", "note": "old image"}],
    )


def test_firmware_none_active_refused(judge: Judge) -> None:
    judge.refused(
        "FIRMWARE_VERSION cannot be checked: 0 firmware versions are active",
        "PROC-004",
        "PASS",
        flash(),
    )
    judge.firmware("1.2.0", active=False)
    judge.refused("0 firmware versions are active", "PROC-004", "PASS", flash())


def test_firmware_two_active_refused(judge: Judge) -> None:
    judge.firmware("1.2.0", mcu="STM32F4")
    judge.firmware("2.0.0", mcu="ESP32")
    judge.refused("2 firmware versions are active", "PROC-004", "PASS", flash("1.2.0"))
    judge.refused("2 firmware versions are active", "PROC-004", "PASS", flash("2.0.0"))


def test_firmware_missing_refused(judge: Judge) -> None:
    judge.firmware("1.2.0")
    judge.refused(
        "required measurement FIRMWARE_VERSION is missing", "PROC-004", "PASS", flash(None)
    )
    judge.refused(
        "required measurement FIRMWARE_VERSION is missing",
        "PROC-004",
        "PASS",
        [item("UPLOAD_OK", True)],
    )


# -- other ---------------------------------------------------------------------------------------


def test_unknown_process_left_to_the_foreign_key(judge: Judge) -> None:
    judge.q(JUDGE, (-1, "PASS", Json({"items": []}), Json([])))


def test_runs_well_under_a_millisecond(judge: Judge) -> None:
    judge.set_version("PROC-003", 7)
    args = (
        judge.procs["PROC-003"],
        "PASS",
        Json({"items": sensor(), "criteria_version": 7}),
        Json([]),
    )
    judge.q(JUDGE, args)  # warm the plan cache
    calls = 500
    started = time.perf_counter()
    rows = judge.q(
        "SELECT nh_judge_record(%s, %s, %s, %s) FROM generate_series(1, %s)", (*args, calls)
    )
    per_call = (time.perf_counter() - started) / calls
    assert len(rows) == calls
    assert per_call < 0.001, f"{per_call * 1e3:.3f} ms per call"
