"""When a first-run checklist item counts as done (domain.readiness), without a database."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from neurohub_desktop.domain.auth import Role
from neurohub_desktop.domain.readiness import (
    ActiveFirmware,
    Check,
    LabelEvidence,
    LineReadiness,
    PrinterReadiness,
    ProcessEquipment,
    RoleCount,
    ThisStation,
)
from neurohub_desktop.ui.messages import local_name

NOW = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


def readiness(**kw: object) -> LineReadiness:
    pc = kw.pop("this_pc", ThisStation())
    assert isinstance(pc, ThisStation)
    base: dict[str, object] = {
        "accounts": tuple(RoleCount(r, 1 if r is Role.ADMIN else 0) for r in Role),
        "firmware": (),
        "idle_mcus": (),
        "equipment": (ProcessEquipment("PROC-001", "레이저 마킹", "Laser marking", 0, 2),),
        "printers": (PrinterReadiness("PROC-001", pc), PrinterReadiness("PROC-007", pc)),
    }
    base.update(kw)
    return LineReadiness(**base)  # type: ignore[arg-type]


def test_a_fresh_line_misses_every_item_in_order() -> None:
    r = readiness()
    assert r.missing == tuple(Check) and not r.complete
    assert [c.process_id for c in Check] == [None] * 4 + ["PROC-001", "PROC-007"]
    lacking = r.processes_without_equipment[0]
    assert local_name(lacking.name_ko, lacking.name_en, "en") == "Laser marking"


def test_accounts_firmware_and_equipment() -> None:
    r = readiness(
        accounts=(RoleCount(Role.WORKER, 3, 1), RoleCount(Role.MANAGER, 0, 2)),
        firmware=(ActiveFirmware("STM32F4", "v1.2.3"),),
        equipment=(ProcessEquipment("PROC-001", "레이저 마킹", None, 1),),
    )
    assert r.done(Check.WORKERS) and not r.done(Check.MANAGERS)  # deactivated ones do not count
    assert r.done(Check.FIRMWARE) and r.done(Check.EQUIPMENT)
    assert r.active(Role.VIEWER) == 0
    piece = r.equipment[0]
    assert local_name(piece.name_ko, piece.name_en, "en") == "레이저 마킹"  # no English name


@pytest.mark.parametrize(
    ("pc", "evidence", "done"),
    [
        (ThisStation("ST-7", "PROC-007", "tcp://10.0.0.9:9100"), None, True),
        (ThisStation("ST-7", "PROC-007", None), None, False),  # here, but no printer set
        (ThisStation("ST-3", "PROC-003", "tcp://10.0.0.9:9100"), None, False),  # another station
        (ThisStation(), LabelEvidence(NOW, "WF261128D01-0001", "ST-7", "spool:/x"), True),
    ],
)
def test_a_printer_is_this_pcs_setting_or_a_label_the_database_knows(
    pc: ThisStation, evidence: LabelEvidence | None, done: bool
) -> None:
    printer = PrinterReadiness("PROC-007", pc, evidence)
    assert printer.done is done
    r = readiness(printers=(PrinterReadiness("PROC-001", pc), printer))
    assert r.done(Check.PRINTER_PROC_007) is done and not r.done(Check.PRINTER_PROC_001)
