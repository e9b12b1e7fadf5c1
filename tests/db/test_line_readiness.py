"""The admin's first-run checklist service on a real database, read on the ADMIN's own login
as the app connects after login: a fresh install lacks everything; accounts, firmware,
equipment and labels printed turn the items done; only an ADMIN may read it."""

from __future__ import annotations

from pathlib import Path

import factories as f
import pytest
from sqlalchemy.engine import URL

from neurohub_desktop.app import DatabaseBackend
from neurohub_desktop.config import Settings
from neurohub_desktop.domain.auth import Role
from neurohub_desktop.domain.errors import PermissionDenied
from neurohub_desktop.domain.readiness import Check, ThisStation
from neurohub_desktop.printing.printer import SpoolPrinter


class LoggedIn:
    """The services after a login, on the person's own PostgreSQL login (as ``app.py``)."""

    def __init__(self, db_url: URL, tmp_path: Path, user_id: str, **settings: object) -> None:
        self.settings = Settings(station="OFFICE", data_dir=tmp_path / "data").with_station_setup(
            **settings
        )
        self.backend = DatabaseBackend(self.settings, url=db_url)
        self.user = self.backend.make_services(self.settings).auth.login(user_id, f.PASSWORD)
        self.services = self.backend.make_services(self.settings)

    def check(self):  # type: ignore[no-untyped-def]
        return self.services.line_readiness.check(self.user)

    def close(self) -> None:
        self.backend.close()


@pytest.fixture
def login(db_url, tmp_path, owner):  # type: ignore[no-untyped-def]
    made: list[LoggedIn] = []

    def login_(user_id: str = "boss", **settings: object) -> LoggedIn:
        made.append(LoggedIn(db_url, tmp_path, user_id, **settings))
        return made[-1]

    f.user(owner, "boss", "ADMIN", "최관리")
    yield login_
    for app in made:
        app.close()


def test_a_fresh_install_lacks_everything(login) -> None:  # type: ignore[no-untyped-def]
    r = login().check()
    assert r.missing == tuple(Check) and not r.complete
    assert r.active(Role.ADMIN) == 2  # the seeded admin and boss
    assert (r.active(Role.WORKER), r.active(Role.MANAGER)) == (0, 0)
    assert r.firmware == () and r.idle_mcus == ()
    assert [p.process_id for p in r.processes_without_equipment] == [
        f"PROC-00{n}" for n in range(1, 9)
    ]
    assert (r.equipment[2].name_ko, r.equipment[2].name_en) == ("센서 검사", "Sensor inspection")
    for pid in ("PROC-001", "PROC-007"):
        printer = r.printer(pid)
        assert printer.last_label is None and not printer.done
        assert printer.this_pc == ThisStation("OFFICE", None, None)


def test_items_turn_done_as_the_line_is_set_up(login, owner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = login()
    worker = f.user(owner, "kim", "WORKER", "김작업")
    f.user(owner, "lee", "MANAGER", "이관리")
    f.user(owner, "gone", "WORKER", "퇴사자")
    app.services.accounts.set_active(app.user, "gone", False, reason="test")
    r = app.check()
    assert (r.active(Role.WORKER), r.active(Role.MANAGER)) == (1, 1)
    assert next(c for c in r.accounts if c.role is Role.WORKER).inactive == 1
    assert r.done(Check.WORKERS) and r.done(Check.MANAGERS) and not r.done(Check.FIRMWARE)

    f.firmware(owner, "v0.9.0", active=False, mcu="ESP32")  # registered, never activated
    f.firmware(owner)  # v1.2.3 active for STM32F4
    admin_line = app.services.admin_line
    for n in range(1, 9):
        admin_line.add_equipment(
            app.user, f"EQ-{n}", f"설비 {n}", "JIG", f"PROC-00{n}", reason="test"
        )
    admin_line.set_equipment_status(app.user, "EQ-5", "MAINTENANCE", reason="test")
    admin_line.add_equipment(app.user, "EQ-SHARED", "공용 스캐너", "SCANNER", None, reason="test")
    r = app.check()
    assert [(a.mcu, a.version) for a in r.firmware] == [("STM32F4", "v1.2.3")]
    assert r.idle_mcus == ("ESP32",) and r.done(Check.FIRMWARE)
    assert [(p.process_id, p.ready, p.not_ready) for p in r.processes_without_equipment] == [
        ("PROC-005", 0, 1)
    ]
    assert r.shared_equipment == 1 and not r.done(Check.EQUIPMENT)
    admin_line.set_equipment_status(app.user, "EQ-5", "IN_USE", reason="test")
    assert app.check().done(Check.EQUIPMENT)

    # a unit marked at PROC-001 and its serial label printed at PROC-007
    lot = f.lot(owner, target=2)
    wip = f.wip_through(owner, worker, lot, last=6)
    spool = tmp_path / "spool"
    spool.mkdir()
    st7 = f.station(owner, "PROC-007", name="LINE1-ST07", printer=SpoolPrinter(spool))
    serial = st7.convert(worker, wip).serial_number
    st7.print_label(worker, serial, None, "print-1")
    r = app.check()
    mark, label = r.printer("PROC-001").last_label, r.printer("PROC-007").last_label
    assert mark is not None and (mark.unit, mark.station, mark.printer) == (wip, "ST-1", None)
    assert label is not None and (label.unit, label.station) == (serial, "LINE1-ST07")
    assert label.printer == f"spool:{spool}"
    assert r.complete and r.missing == ()


def test_this_pcs_printer_setting_counts_for_its_own_station(login) -> None:  # type: ignore[no-untyped-def]
    here = login(process_id="PROC-007", printer="10.0.0.9:9100", station="LINE1-ST07")
    r = here.check()
    printer = r.printer("PROC-007")
    assert printer.this_pc == ThisStation("LINE1-ST07", "PROC-007", "tcp://10.0.0.9:9100")
    assert printer.this_pc_prints_here and printer.done and printer.last_label is None
    assert not r.printer("PROC-001").done  # this PC says nothing about another station
    no_printer = login(process_id="PROC-001").check().printer("PROC-001")
    assert no_printer.this_pc_is_here and not no_printer.done


def test_only_an_admin_reads_the_checklist(login, owner) -> None:  # type: ignore[no-untyped-def]
    for user_id, role in (("lee", "MANAGER"), ("kim", "WORKER"), ("view", "VIEWER")):
        f.user(owner, user_id, role)
        with pytest.raises(PermissionDenied):
            login(user_id).check()
