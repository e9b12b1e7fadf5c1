"""Station setup reads the line's processes (Korean and English names) and its equipment."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from neurohub_desktop.config import Settings, load_settings, save_station_settings
from neurohub_desktop.db.engine import make_sessionmaker
from neurohub_desktop.services.setup import SetupService, with_recent_user


def test_processes_in_line_order_with_both_names(engine) -> None:  # type: ignore[no-untyped-def]
    procs = SetupService(make_sessionmaker(engine)).list_processes()
    assert [p.process_id for p in procs] == [f"PROC-00{i}" for i in range(1, 9)]
    assert (procs[0].name_ko, procs[0].name_en) == ("레이저 마킹", "Laser marking")
    assert procs[7].name_ko == "포장+외관검사"


def test_equipment_of_a_process_and_unassigned(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        if not inspect(conn).has_table("equipment"):
            import pytest

            pytest.skip("equipment arrives with revision 005")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO equipment (equipment_code, equipment_name, equipment_type, process_id,"
                " status) VALUES"
                " ('EQ-TEMP-01', '온도 검사기', 'TESTER',"
                "  (SELECT id FROM processes WHERE process_id = 'PROC-003'), 'AVAILABLE'),"
                " ('EQ-JIG-01', '공용 지그', 'JIG', NULL, 'AVAILABLE'),"
                " ('EQ-OLD-01', '폐기 장비', 'TESTER', NULL, 'RETIRED'),"
                " ('EQ-MARK-01', '레이저 마커', 'MARKER',"
                "  (SELECT id FROM processes WHERE process_id = 'PROC-001'), 'AVAILABLE'),"
                " ('EQ-TEMP-02', '온도 검사기 2', 'TESTER',"
                "  (SELECT id FROM processes WHERE process_id = 'PROC-003'), 'IN_USE'),"
                " ('EQ-TEMP-03', '점검 중 검사기', 'TESTER',"
                "  (SELECT id FROM processes WHERE process_id = 'PROC-003'), 'MAINTENANCE'),"
                " ('EQ-TEMP-04', '고장 검사기', 'TESTER',"
                "  (SELECT id FROM processes WHERE process_id = 'PROC-003'), 'OUT_OF_SERVICE'),"
                " ('EQ-JIG-02', '점검 중 지그', 'JIG', NULL, 'MAINTENANCE')"
            )
        )
    service = SetupService(make_sessionmaker(engine))
    # only what may be worked with: AVAILABLE or IN_USE (the process's and the shared ones)
    assert [(e.equipment_code, e.status) for e in service.list_equipment("PROC-003")] == [
        ("EQ-JIG-01", "AVAILABLE"),
        ("EQ-TEMP-01", "AVAILABLE"),
        ("EQ-TEMP-02", "IN_USE"),
    ]
    assert len(service.list_equipment()) == 4


def test_recent_users_are_kept_in_the_settings_file(tmp_path: Path) -> None:
    settings = Settings(config_file=tmp_path / "settings.toml", data_dir=tmp_path)
    for uid in ["kim", "lee", "park", "kim"]:
        settings = with_recent_user(settings, uid, keep=2)
    assert settings.recent_users == ("kim", "park")
    save_station_settings(settings)
    assert load_settings(env={}, config_file=settings.config_file).recent_users == ("kim", "park")


def test_ping(engine) -> None:  # type: ignore[no-untyped-def]
    SetupService(make_sessionmaker(engine)).ping()
