"""`neurohub-desktop admin equipment|criteria …` against a real server as its owner: every change
through nh_save_equipment / nh_set_criteria; refusals exit 2 and write nothing (issue 14)."""

from __future__ import annotations

import copy
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import factories as f
import pytest
from fault_support import admin_query
from seed import SEED_CRITERIA
from sqlalchemy.engine import URL
from test_cli_admin import REASON, Admin, Result, one_line, refused, with_reason

from neurohub_desktop import cli, cli_admin_line
from neurohub_desktop.domain.errors import BusinessRuleError
from neurohub_desktop.domain.station import DefectEntry, StepResult
from neurohub_desktop.services import _criteria
from neurohub_desktop.services.setup import SetupService


@pytest.fixture
def admin(
    db_url: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> Admin:
    """``neurohub-desktop admin ARGS`` in this process, as the test database's owner unless
    ``url`` says otherwise (as in test_cli_admin)."""
    for name in ("NEUROHUB_STATION", "NEUROHUB_CONFIG_FILE", "NEUROHUB_LOCALE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEUROHUB_DATA_DIR", str(tmp_path / "data"))

    def run(*args: str, url: URL | None = None, reason: str | None = REASON) -> Result:
        monkeypatch.setenv(
            "NEUROHUB_DATABASE_URL", (url or db_url).render_as_string(hide_password=False)
        )
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))
        capsys.readouterr()
        code = cli.main(["admin", *with_reason(args, reason)])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def state(url: URL) -> tuple[Any, ...]:
    """What a refused command must leave as it was: equipment, criteria, audit trail."""
    return admin_query(
        url,
        "SELECT (SELECT count(*) FROM audit_logs), "
        "(SELECT string_agg(concat_ws('|', equipment_code, equipment_name, "
        " equipment_type, process_id, status, specifications), ',' ORDER BY id) "
        " FROM equipment), "
        "(SELECT string_agg(process_id || CAST(quality_criteria AS text), ',' "
        " ORDER BY id) FROM processes)",
    )[0]


def equipment_row(url: URL, code: str) -> tuple[Any, ...]:
    return admin_query(
        url,
        "SELECT e.id, e.equipment_name, e.equipment_type, p.process_id, "
        "e.status, e.specifications FROM equipment e LEFT JOIN processes p "
        "ON p.id = e.process_id WHERE e.equipment_code = %s",
        code,
    )[0]


def criteria(url: URL, process_id: str) -> dict[str, Any]:
    value = admin_query(
        url, "SELECT quality_criteria FROM processes WHERE process_id = %s", process_id
    )[0][0]
    assert isinstance(value, dict)
    return value


def listed(result: Result) -> list[list[str]]:
    assert result.code == 0 and result.err == "", result
    return [re.split(r"\s{2,}", line) for line in result.out.splitlines()]


# -- equipment ---------------------------------------------------------------------------------
def test_equipment_add_keeps_calibration_in_specifications_and_lists_it(
    admin: Admin, db_url: URL
) -> None:
    line = one_line(
        admin(
            "equipment",
            "add",
            "EQ-T01",
            "--name",
            "센서 검사기 1호",
            "--type",
            "TESTER",
            "--process",
            "proc-003",
            "--calibration-due",
            "2027-01-31",
            "--calibration-interval-days",
            "180",
        )
    )
    pk, name, kind, process, status, specs = equipment_row(db_url, "EQ-T01")
    assert line == (
        f"equipment EQ-T01 (센서 검사기 1호, TESTER) added at PROC-003 as id {pk}, "
        "AVAILABLE; calibration due 2027-01-31, every 180 days"
    )
    assert (name, kind, process, status) == ("센서 검사기 1호", "TESTER", "PROC-003", "AVAILABLE")
    assert specs == {"calibration": {"due": "2027-01-31", "interval_days": 180}}
    assert admin_query(
        db_url, "SELECT action, station, user_id FROM audit_logs WHERE table_name = 'equipment'"
    ) == [("INSERT", "admin-cli", None)]
    assert one_line(
        admin(
            "equipment",
            "add",
            "EQ-F01",
            "--name",
            "출력 시험기",
            "--type",
            "TESTER",
            "--process",
            "PROC-006",
            "--status",
            "maintenance",
        )
    ) == (f"equipment EQ-F01 (출력 시험기, TESTER) added at PROC-006 as id {pk + 1}, MAINTENANCE")
    assert equipment_row(db_url, "EQ-F01")[4:] == ("MAINTENANCE", {})
    one_line(
        admin(
            "equipment",
            "add",
            "EQ-T02",
            "--name",
            "센서 검사기 2호",
            "--type",
            "TESTER",
            "--process",
            "PROC-003",
            "--calibration-interval-days",
            "90",
        )
    )
    assert listed(admin("equipment", "list")) == [
        ["CODE", "NAME", "TYPE", "PROCESS", "STATUS", "CALIBRATION DUE", "EVERY"],
        ["EQ-F01", "출력 시험기", "TESTER", "PROC-006", "MAINTENANCE", "-", "-"],
        ["EQ-T01", "센서 검사기 1호", "TESTER", "PROC-003", "AVAILABLE", "2027-01-31", "180 days"],
        ["EQ-T02", "센서 검사기 2호", "TESTER", "PROC-003", "AVAILABLE", "-", "90 days"],
    ]
    assert [r[0] for r in listed(admin("equipment", "list", "--process", "PROC-003"))[1:]] == [
        "EQ-T01",
        "EQ-T02",
    ]
    assert admin("equipment", "list", "--process", "PROC-008").out == "(none)\n"
    refused(admin("equipment", "list", "--process", "PROC-009"), "No process PROC-009")
    refused(admin("equipment", "list", "--process", "3"), "PROC-003")
    # a station's set-up sees what was added (services/setup.py)
    offered = SetupService(f.sessions(db_url)).list_equipment("PROC-003")
    assert [(e.equipment_code, e.process_id, e.status) for e in offered] == [
        ("EQ-T01", "PROC-003", "AVAILABLE"),
        ("EQ-T02", "PROC-003", "AVAILABLE"),
    ]


@pytest.mark.parametrize(
    ("extra", "word"),
    [
        (("--status", "BROKEN"), "Unknown equipment status"),
        (("--status", ""), "Unknown equipment status"),
        (("--calibration-due", "2027-02-30"), "YYYY-MM-DD"),
        (("--calibration-due", "2027/01/31"), "YYYY-MM-DD"),
        (("--calibration-due", "27-01-31"), "YYYY-MM-DD"),
        (("--calibration-due", "tomorrow"), "YYYY-MM-DD"),
        (("--calibration-interval-days", "0"), "whole number of days"),
        (("--calibration-interval-days", "-5"), "whole number of days"),
        (("--calibration-interval-days", "1.5"), "whole number of days"),
        (("--calibration-interval-days", "99999"), "whole number of days"),
        (("--process", "PROC-3"), "must look like PROC-003"),
        (("--process", "센서"), "must look like PROC-003"),
        (("--name", " "), "equipment name"),
        (("--name", "x" * 256), "equipment name"),
        (("--type", "T" * 51), "equipment type"),
    ],
)
def test_equipment_add_refuses_bad_input_and_writes_nothing(
    admin: Admin, db_url: URL, extra: tuple[str, ...], word: str
) -> None:
    before = state(db_url)
    args = {"--name": "센서 검사기", "--type": "TESTER", "--process": "PROC-003"}
    args.update(zip(extra[::2], extra[1::2], strict=True))
    refused(admin("equipment", "add", "EQ-01", *(x for kv in args.items() for x in kv)), word)
    assert state(db_url) == before


@pytest.mark.parametrize("code", ["EQ 01", "", "_EQ", "EQ-", "설비1", "E" * 51])
def test_equipment_codes_are_plain(admin: Admin, db_url: URL, code: str) -> None:
    before = state(db_url)
    refused(
        admin(
            "equipment",
            "add",
            code,
            "--name",
            "검사기",
            "--type",
            "TESTER",
            "--process",
            "PROC-003",
        ),
        "Equipment code",
    )
    refused(admin("equipment", "set-status", code, "MAINTENANCE"), "Equipment code")
    assert state(db_url) == before


def test_an_unknown_process_or_a_taken_code_is_refused(admin: Admin, db_url: URL) -> None:
    before = state(db_url)
    refused(
        admin(
            "equipment",
            "add",
            "EQ-01",
            "--name",
            "검사기",
            "--type",
            "TESTER",
            "--process",
            "PROC-009",
        ),
        "No process PROC-009",
    )
    assert state(db_url) == before
    one_line(
        admin(
            "equipment",
            "add",
            "EQ-01",
            "--name",
            "센서 검사기",
            "--type",
            "TESTER",
            "--process",
            "PROC-003",
            "--calibration-due",
            "2027-01-31",
        )
    )
    before = state(db_url)
    refused(
        admin(
            "equipment",
            "add",
            "EQ-01",
            "--name",
            "다른 설비",
            "--type",
            "PRINTER",
            "--process",
            "PROC-007",
        ),
        "EQ-01 already exists",
        "set-status",
    )
    assert state(db_url) == before  # nh_save_equipment would have overwritten it
    assert equipment_row(db_url, "EQ-01")[1:4] == ("센서 검사기", "TESTER", "PROC-003")


def test_set_status_changes_the_status_only(admin: Admin, db_url: URL) -> None:
    one_line(
        admin(
            "equipment",
            "add",
            "EQ-01",
            "--name",
            "센서 검사기",
            "--type",
            "TESTER",
            "--process",
            "PROC-003",
            "--calibration-due",
            "2027-01-31",
            "--calibration-interval-days",
            "180",
        )
    )
    _, *was = equipment_row(db_url, "EQ-01")
    assert (
        one_line(admin("equipment", "set-status", "EQ-01", "maintenance"))
        == "equipment EQ-01: status AVAILABLE -> MAINTENANCE"
    )
    _, *now = equipment_row(db_url, "EQ-01")
    assert now == [*was[:3], "MAINTENANCE", was[4]]
    audit = admin_query(
        db_url,
        "SELECT changed_fields, station FROM audit_logs WHERE "
        "table_name = 'equipment' AND action = 'UPDATE'",
    )
    assert [(sorted(set(fields) - {"updated_at"}), station) for fields, station in audit] == [
        (["status"], "admin-cli")
    ]
    before = state(db_url)
    assert (
        one_line(admin("equipment", "set-status", "EQ-01", "MAINTENANCE"))
        == "equipment EQ-01 is already MAINTENANCE (nothing changed)"
    )
    refused(admin("equipment", "set-status", "EQ-01", "FIXED"), "Unknown equipment status")
    refused(admin("equipment", "set-status", "EQ-99", "RETIRED"), "No equipment", "EQ-99")
    assert state(db_url) == before
    sm = f.sessions(db_url)
    # in maintenance, a station's set-up no longer offers it; back in use, it does again
    assert SetupService(sm).list_equipment("PROC-003") == []
    one_line(admin("equipment", "set-status", "EQ-01", "IN_USE"))
    assert [e.equipment_code for e in SetupService(sm).list_equipment("PROC-003")] == ["EQ-01"]
    one_line(admin("equipment", "set-status", "EQ-01", "RETIRED"))
    assert SetupService(sm).list_equipment("PROC-003") == []  # stations no longer offer it


def test_the_statuses_are_the_schemas(db_url: URL) -> None:
    definition = admin_query(
        db_url,
        "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conname = 'chk_equipment_status'",
    )[0][0]
    assert tuple(re.findall(r"'([A-Z_]+)'", definition)) == cli_admin_line.STATUSES


def test_equipment_changes_need_an_admin(admin: Admin, db_url: URL) -> None:
    one_line(
        admin(
            "equipment",
            "add",
            "EQ-01",
            "--name",
            "검사기",
            "--type",
            "TESTER",
            "--process",
            "PROC-003",
        )
    )
    f.user(f.sessions(db_url), "mgr", "MANAGER")
    before = state(db_url)
    as_manager = f.person_url(db_url, "mgr")
    refused(
        admin(
            "equipment",
            "add",
            "EQ-02",
            "--name",
            "검사기",
            "--type",
            "TESTER",
            "--process",
            "PROC-003",
            url=as_manager,
        ),
        "not allowed",
    )
    refused(admin("equipment", "set-status", "EQ-01", "RETIRED", url=as_manager), "not allowed")
    assert state(db_url) == before
    assert listed(admin("equipment", "list", url=as_manager))[1][0] == "EQ-01"  # reading is


def test_input_is_checked_before_connecting_and_an_unreachable_server_exits_3(
    admin: Admin, tmp_path: Path
) -> None:
    nowhere = URL.create(
        "postgresql+psycopg2", username="owner", host="127.0.0.1", port=1, database="neurohub"
    )
    refused(
        admin(
            "equipment",
            "add",
            "EQ-01",
            "--name",
            "검사기",
            "--type",
            "TESTER",
            "--process",
            "PROC-003",
            "--status",
            "BROKEN",
            url=nowhere,
        ),
        "Unknown",
    )
    refused(
        admin("criteria", "import", "PROC-003", write(tmp_path, {"measurements": []}), url=nowhere),
        "defect_codes",
    )
    for args in (
        ("equipment", "list"),
        ("equipment", "set-status", "EQ-01", "RETIRED"),
        ("criteria", "export", "PROC-003"),
        ("criteria", "import", "PROC-003", write(tmp_path, SEED_CRITERIA["PROC-003"])),
    ):
        result = admin(*args, url=nowhere)
        assert result.code == 3 and result.out == "", result
        assert result.err.startswith("error: The database cannot be reached")


# -- criteria export ---------------------------------------------------------------------------
def test_export_prints_the_stored_criteria_as_pretty_utf8(
    admin: Admin, db_url: URL, tmp_path: Path
) -> None:
    shown = admin("criteria", "export", "proc-003")
    assert shown.code == 0 and shown.err == ""
    assert json.loads(shown.out) == criteria(db_url, "PROC-003")
    assert "온도 센서" in shown.out and "\\u" not in shown.out
    assert shown.out.splitlines()[:3] == ["{", '  "version": 1,', '  "measurements": [']
    target = tmp_path / "proc-003.json"
    assert (
        one_line(admin("criteria", "export", "PROC-003", str(target)))
        == f"criteria of PROC-003 (version 1) written to {target}"
    )
    assert target.read_bytes() == shown.out.encode("utf-8")
    target.write_text("old", encoding="utf-8")
    one_line(admin("criteria", "export", "PROC-003", str(target)))  # replaced, whole
    assert target.read_text(encoding="utf-8") == shown.out
    assert [p.name for p in tmp_path.iterdir()] == ["proc-003.json"]  # no temporary left


def test_export_to_a_pipe_is_utf8_whatever_the_locale(db_url: URL, tmp_path: Path) -> None:
    env = {
        "NEUROHUB_DATABASE_URL": db_url.render_as_string(hide_password=False),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "NEUROHUB_DATA_DIR": str(tmp_path),
        "PYTHONIOENCODING": "ascii",
    }
    out = subprocess.run(
        [sys.executable, "-m", "neurohub_desktop", "admin", "criteria", "export", "PROC-006"],
        capture_output=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.decode("utf-8")) == criteria(db_url, "PROC-006")
    assert "38°C 출력".encode() in out.stdout


def test_export_refusals(admin: Admin, db_url: URL, tmp_path: Path) -> None:
    refused(admin("criteria", "export", "PROC-009"), "No process PROC-009")
    refused(admin("criteria", "export", "PROC3"), "must look like PROC-003")
    refused(
        admin("criteria", "export", "PROC-003", str(tmp_path / "no" / "such.json")), "Cannot write"
    )
    refused(admin("criteria", "export", "PROC-003", str(tmp_path)), "Cannot write")


# -- criteria import ---------------------------------------------------------------------------
def export(admin: Admin, process_id: str) -> dict[str, Any]:
    result = admin("criteria", "export", process_id)
    assert result.code == 0, result
    data = json.loads(result.out)
    assert isinstance(data, dict)
    return data


def write(tmp_path: Path, data: object, name: str = "criteria.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return str(path)


def test_import_saves_the_next_version_whatever_the_file_says(
    admin: Admin, db_url: URL, tmp_path: Path
) -> None:
    data = export(admin, "PROC-003")
    before = state(db_url)
    assert (
        one_line(admin("criteria", "import", "PROC-003", write(tmp_path, data)))
        == "criteria of PROC-003 are already these (version 1; nothing changed)"
    )
    assert state(db_url) == before
    data["version"] = 99
    data["measurements"][0].update(lsl=58.5, usl=61.5)
    data["measurements"].append(
        {
            "code": "HUMIDITY",
            "name": "습도",
            "name_en": "Humidity",
            "unit": "%",
            "kind": "number",
            "lsl": 20,
            "usl": 80,
            "required": False,
        }
    )
    data["defect_codes"][1]["name"] = "TOF 거리 센서 불량"
    assert one_line(admin("criteria", "import", "PROC-003", write(tmp_path, data))) == (
        "criteria of PROC-003 saved as version 2 (was 1; 4 measurements, 2 defect codes)"
    )
    stored = criteria(db_url, "PROC-003")
    assert stored["version"] == 2
    assert (
        stored["measurements"][0]["lsl"] == 58.5 and stored["measurements"][3]["code"] == "HUMIDITY"
    )
    assert stored["measurements"][3]["target"] is None  # the format's keys, all of them
    assert stored["defect_codes"][1]["name"] == "TOF 거리 센서 불량"
    assert export(admin, "PROC-003")["version"] == 2
    assert (
        one_line(admin("criteria", "import", "PROC-003", write(tmp_path, data)))
        == "criteria of PROC-003 are already these (version 2; nothing changed)"
    )
    del data["measurements"][3]
    assert one_line(admin("criteria", "import", "proc-003", write(tmp_path, data))).startswith(
        "criteria of PROC-003 saved as version 3 (was 2; "
    )
    audit = admin_query(
        db_url,
        "SELECT station FROM audit_logs WHERE table_name = 'processes' AND action = 'UPDATE'",
    )
    assert audit == [("admin-cli",), ("admin-cli",)]
    others = admin_query(
        db_url,
        "SELECT count(*) FROM processes WHERE process_id <> 'PROC-003'"
        " AND quality_criteria ->> 'version' = '1'",
    )
    assert others == [(7,)]


def _dup_measurement(d: dict[str, Any]) -> None:
    d["measurements"].append(copy.deepcopy(d["measurements"][1]))


def _dup_defect(d: dict[str, Any]) -> None:
    d["defect_codes"].append(copy.deepcopy(d["defect_codes"][0]))


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda d: d["measurements"][0].update(lsl=61.0, target=None, usl=61.0),
            ("TEMP_SENSOR", "lsl 61 must be below usl 61"),
        ),
        (
            lambda d: d["measurements"][0].update(lsl=61.0, usl=61.0),
            ("TEMP_SENSOR", "lsl 61 must be below target 60"),
        ),
        (
            lambda d: d["measurements"][1].update(lsl=700, target=None),
            ("TOF_DISTANCE", "lsl 700 must be below usl 600"),
        ),
        (lambda d: d["measurements"][0].update(target=62.0), ("target 62 must be below usl 61",)),
        (_dup_measurement, ("Measurement code TOF_DISTANCE appears more than once",)),
        (_dup_defect, ("Defect code SENSOR_TEMP_FAIL appears more than once",)),
        (lambda d: d["measurements"][2].update(kind="boolean"), ("I2C_OK", "unknown kind")),
        (lambda d: d["measurements"][0].update(usl="61"), ('"usl" must be a number',)),
        (lambda d: d["measurements"][0].pop("name_en"), ("TEMP_SENSOR", '"name_en"')),
        (lambda d: d["defect_codes"][0].update(name="Sensor fail"), ('"name"', "Korean")),
        (lambda d: d.update(defect_codes=[]), ("At least one defect code",)),
        (lambda d: d.pop("measurements"), ('"measurements" must be a JSON array',)),
    ],
)
def test_import_refuses_bad_criteria_and_writes_nothing(
    admin: Admin,
    db_url: URL,
    tmp_path: Path,
    change: Callable[[dict[str, Any]], Any],
    words: tuple[str, ...],
) -> None:
    data = export(admin, "PROC-003")
    change(data)
    before = state(db_url)
    refused(admin("criteria", "import", "PROC-003", write(tmp_path, data)), *words)
    assert state(db_url) == before


def test_import_refuses_files_that_are_not_criteria(
    admin: Admin, db_url: URL, tmp_path: Path
) -> None:
    before = state(db_url)
    refused(
        admin("criteria", "import", "PROC-003", str(tmp_path / "missing.json")),
        "not found",
        "missing.json",
    )
    refused(admin("criteria", "import", "PROC-003", str(tmp_path)), "not found")
    bad = tmp_path / "bad.json"
    bad.write_text('{"measurements": [}', encoding="utf-8")
    refused(admin("criteria", "import", "PROC-003", str(bad)), "not JSON", "line 1")
    bad.write_bytes(json.dumps({"name": "온도"}, ensure_ascii=False).encode("cp949"))
    refused(admin("criteria", "import", "PROC-003", str(bad)), "not UTF-8")
    refused(
        admin("criteria", "import", "PROC-009", write(tmp_path, export(admin, "PROC-003"))),
        "No process PROC-009",
    )
    refused(admin("criteria", "import", "PROC-3", str(bad)), "must look like PROC-003")
    assert state(db_url) == before


def test_the_station_flow_is_kept(admin: Admin, db_url: URL, tmp_path: Path) -> None:
    data = export(admin, "PROC-001")
    data["measurements"] = []
    before = state(db_url)
    refused(admin("criteria", "import", "PROC-001", write(tmp_path, data)), "MARK_READABLE")
    data = export(admin, "PROC-004")
    data["measurements"][0]["kind"] = "number"
    refused(admin("criteria", "import", "PROC-004", write(tmp_path, data)), "FIRMWARE_VERSION")
    assert state(db_url) == before


def test_import_needs_an_admin(admin: Admin, db_url: URL, tmp_path: Path) -> None:
    f.user(f.sessions(db_url), "mgr", "MANAGER")
    data = export(admin, "PROC-003")
    data["measurements"][0]["usl"] = 62.0
    before = state(db_url)
    refused(
        admin(
            "criteria", "import", "PROC-003", write(tmp_path, data), url=f.person_url(db_url, "mgr")
        ),
        "not allowed",
        "nh_set_criteria",
    )
    assert state(db_url) == before


def test_a_save_by_someone_else_meanwhile_is_not_overwritten(
    admin: Admin, db_url: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    theirs = export(admin, "PROC-003")
    theirs["measurements"][0]["usl"] = 61.2
    mine = export(admin, "PROC-003")
    mine["measurements"][0]["usl"] = 61.8
    read = _criteria.process_row  # the save's read (AdminLineService.save_criteria)

    def read_then_other_admin_saves(s: Any, process_id: str) -> Any:
        row = read(s, process_id)
        admin_query(
            db_url,
            "SELECT nh_set_criteria('PROC-003', CAST(%s AS jsonb))" + f.WHY,
            json.dumps(theirs),
        )
        return row

    monkeypatch.setattr(_criteria, "process_row", read_then_other_admin_saves)
    refused(
        admin("criteria", "import", "PROC-003", write(tmp_path, mine)),
        "changed meanwhile",
        "now version 2",
    )
    stored = criteria(db_url, "PROC-003")
    assert (stored["version"], stored["measurements"][0]["usl"]) == (2, 61.2)


# -- codes that records use --------------------------------------------------------------------
@pytest.fixture
def proc3_records(db_url: URL) -> Callable[[], None]:
    """A PASS (every PROC-003 item) and a FAIL (SENSOR_TEMP_FAIL) stored at PROC-003."""

    def make() -> None:
        sm = f.sessions(db_url)
        worker = f.user(sm, "kim", "WORKER")
        lot = f.lot(sm)
        f.wip_through(sm, worker, lot, last=3)
        f.fail_step(sm, worker, "PROC-003", f.wip_through(sm, worker, lot, last=2))

    return make


def test_codes_in_use_are_not_removed(
    admin: Admin, db_url: URL, tmp_path: Path, proc3_records: Callable[[], None]
) -> None:
    original = export(admin, "PROC-003")
    unused = copy.deepcopy(original)
    unused["measurements"] = unused["measurements"][:1]
    unused["defect_codes"] = unused["defect_codes"][:1]
    proc3_records()
    before = state(db_url)
    no_tof = copy.deepcopy(original)
    del no_tof["measurements"][1]
    refused(
        admin("criteria", "import", "PROC-003", write(tmp_path, no_tof)),
        "Measurement TOF_DISTANCE is used by stored records",
        '"required": false',
    )
    no_temp_defect = copy.deepcopy(original)
    del no_temp_defect["defect_codes"][0]
    refused(
        admin("criteria", "import", "PROC-003", write(tmp_path, no_temp_defect)),
        "Defect code SENSOR_TEMP_FAIL is used by stored records",
    )
    both = copy.deepcopy(unused)
    result = admin("criteria", "import", "PROC-003", write(tmp_path, both))
    refused(result, "2 problems", "TOF_DISTANCE", "I2C_OK")
    assert "SENSOR_TOF_FAIL" not in result.err  # not used: it may go
    retyped = copy.deepcopy(original)
    retyped["measurements"][2]["kind"] = "text"
    refused(
        admin("criteria", "import", "PROC-003", write(tmp_path, retyped)),
        "I2C_OK is used by stored records as bool",
    )
    assert state(db_url) == before
    optional = copy.deepcopy(original)
    optional["measurements"][1]["required"] = False  # what stands in for retiring it
    del optional["defect_codes"][1]  # SENSOR_TOF_FAIL: no record uses it
    assert (
        one_line(admin("criteria", "import", "PROC-003", write(tmp_path, optional)))
        == "criteria of PROC-003 saved as version 2 (was 1; 3 measurements, 1 defect codes)"
    )


def test_a_code_in_use_is_retired_with_a_reason(
    admin: Admin, db_url: URL, tmp_path: Path, proc3_records: Callable[[], None]
) -> None:
    """What the refusal proposes: the item stays, retired; the reason is kept with the version
    (and an exported file's reason is not carried into the next one)."""
    proc3_records()
    data = export(admin, "PROC-003")
    data["measurements"][1]["retired"] = True
    data["defect_codes"][0]["retired"] = True  # SENSOR_TEMP_FAIL: records use it
    path = write(tmp_path, data)
    assert one_line(
        admin("criteria", "import", "PROC-003", path, "--reason", "TOF 센서 사용 중단")
    ) == ("criteria of PROC-003 saved as version 2 (was 1; 3 measurements, 2 defect codes)")
    stored = criteria(db_url, "PROC-003")
    assert stored["reason"] == "TOF 센서 사용 중단"
    assert (
        stored["measurements"][1]["retired"] is True and "retired" not in stored["measurements"][0]
    )
    again = export(admin, "PROC-003")
    assert again["reason"] == "TOF 센서 사용 중단"
    assert (
        one_line(admin("criteria", "import", "PROC-003", write(tmp_path, again)))
        == "criteria of PROC-003 are already these (version 2; nothing changed)"
    )
    again["measurements"][0]["usl"] = 61.5
    one_line(
        admin("criteria", "import", "PROC-003", write(tmp_path, again), "--reason", "상한 조정")
    )
    assert criteria(db_url, "PROC-003")["reason"] == "상한 조정"  # this save's, not the file's
    again["defect_codes"][1]["retired"] = True  # no defect code left in use
    refused(admin("criteria", "import", "PROC-003", write(tmp_path, again)), "not retired")


def test_serial_records_count_too(admin: Admin, db_url: URL, tmp_path: Path) -> None:
    """PROC-007 and PROC-008 records live in process_data.process_specific_data."""
    sm = f.sessions(db_url)
    f.firmware(sm)
    worker = f.user(sm, "kim", "WORKER")
    wip = f.wip_through(sm, worker, f.lot(sm), last=6)
    st7 = f.station(sm, "PROC-007")
    serial = st7.convert(worker, wip).serial_number
    st7.complete_step(
        worker, serial, StepResult.FAIL, {}, [DefectEntry("LABEL_PRINT_FAIL", "smudged")]
    )
    data = export(admin, "PROC-007")
    before = state(db_url)
    refused(
        admin(
            "criteria",
            "import",
            "PROC-007",
            write(tmp_path, {**data, "defect_codes": data["defect_codes"][1:]}),
        ),
        "LABEL_PRINT_FAIL is used",
    )
    assert state(db_url) == before
    assert one_line(
        admin(
            "criteria",
            "import",
            "PROC-007",
            write(tmp_path, {**data, "defect_codes": data["defect_codes"][:1]}),
        )
    ).startswith("criteria of PROC-007 saved as version 2")


# -- a running station -------------------------------------------------------------------------
def test_a_running_station_judges_with_the_new_version_once_refreshed(
    admin: Admin, db_url: URL, tmp_path: Path
) -> None:
    sm = f.sessions(db_url)
    worker = f.user(sm, "kim", "WORKER")
    st3 = f.station(sm, "PROC-003")
    assert st3.station_info().criteria.version == 1  # its process cache holds version 1
    wip = f.wip_through(sm, worker, f.lot(sm), last=2)
    st3.start_step(worker, wip)
    data = export(admin, "PROC-003")
    data["measurements"][0].update(lsl=58.0, target=60.0, usl=62.0)
    one_line(admin("criteria", "import", "PROC-003", write(tmp_path, data)))
    values = {**f.GOOD_VALUES["PROC-003"], "TEMP_SENSOR": "60.2"}
    # still on version 1 (kept for PROCESS_CACHE_SECONDS): the database refuses its PASS
    with pytest.raises(BusinessRuleError) as stale:
        st3.complete_step(worker, wip, StepResult.PASS, values)
    assert "criteria version 1, current is 2" in str(stale.value)
    assert (
        f.scalar(
            sm,
            "SELECT count(*) FROM wip_process_history h JOIN processes p "
            "ON p.id = h.process_id WHERE p.process_id = 'PROC-003'",
        )
        == 0
    )
    info = st3.station_info()  # the refresh path: the station screen's start reads afresh
    assert info.criteria.version == 2 and info.criteria.measurements[0].usl == 62.0
    done = st3.complete_step(
        worker, wip, StepResult.PASS, {**values, "TEMP_SENSOR": "61.7"}
    )  # out of version 1's limits
    assert done.result is StepResult.PASS
    stored = f.scalar(
        sm, "SELECT measurements FROM wip_process_history WHERE id = :i", i=done.record_id
    )
    assert stored["criteria_version"] == 2
    temp = next(i for i in stored["items"] if i["code"] == "TEMP_SENSOR")
    assert (temp["value"], temp["lsl"], temp["usl"], temp["result"]) == (61.7, 58.0, 62.0, "PASS")
