"""Roles, unit statuses and results are enums of ``domain`` whose values are exactly what the
schema's CHECK constraints allow (issue 13): code compares against them, never a literal."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from sqlalchemy import CheckConstraint

from neurohub_desktop.db.models import metadata
from neurohub_desktop.domain import states
from neurohub_desktop.domain.auth import Role
from neurohub_desktop.domain.states import ItemResult, LotStatus, StepResult, UnitStatus
from neurohub_desktop.domain.station import MANAGER_ROLES, STATION_ROLES

PACKAGE = Path(__file__).resolve().parents[2] / "neurohub_desktop"
WORDS = {m.value for enum in (Role, LotStatus, UnitStatus, StepResult, ItemResult) for m in enum}


def allowed(name: str) -> set[str]:
    checks = [
        c
        for table in metadata.tables.values()
        for c in table.constraints
        if isinstance(c, CheckConstraint) and c.name == name
    ]
    assert len(checks) == 1, name
    return set(re.findall(r"'([A-Z_]+)'", str(checks[0].sqltext)))


@pytest.mark.parametrize(
    ("constraint", "values"),
    [
        ("chk_user_role", set(Role)),
        ("chk_lot_status", set(LotStatus)),
        ("chk_serial_status", set(states.SERIAL_STATUSES)),
        ("chk_wip_status", set(states.WIP_STATUSES)),
        ("chk_process_data_result", set(StepResult)),
        ("chk_process_result", set(StepResult)),
    ],
)
def test_the_enums_are_the_schemas_values(constraint: str, values: set[str]) -> None:
    assert allowed(constraint) == {str(v) for v in values}


def test_unit_status_is_the_union_of_wip_and_serial_statuses() -> None:
    assert set(UnitStatus) == allowed("chk_wip_status") | allowed("chk_serial_status")


def test_members_are_the_stored_strings() -> None:
    assert StepResult.PASS == "PASS" and f"{UnitStatus.CONVERTED}" == "CONVERTED"
    assert "MANAGER" in MANAGER_ROLES and Role.WORKER in STATION_ROLES
    assert Role.VIEWER not in STATION_ROLES and Role.WORKER not in MANAGER_ROLES
    assert states.OPEN_LOT_STATUSES == (LotStatus.CREATED, LotStatus.IN_PROGRESS)


def test_python_code_compares_against_the_enums_not_literals() -> None:
    """A comparison (``==``, ``!=``, ``in``) with a literal role, status or result is a raw
    string standing in for an enum; SQL text and the schema's CHECKs are not Python."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name in ("states.py", "models.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Compare):
                continue
            for side in (node.left, *node.comparators):
                items = side.elts if isinstance(side, ast.Tuple | ast.Set | ast.List) else [side]
                for item in items:
                    if isinstance(item, ast.Constant) and item.value in WORDS:
                        found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {item.value!r}")
    assert found == []
