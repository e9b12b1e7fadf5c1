"""The values the line's status and result columns hold, as enums (domain.md §3, §4).

``StrEnum`` members are the very strings the database stores and the CHECK constraints name,
so a member compares equal to the text read back and is written as it is; code compares
against these, never against a literal.  (Roles are ``domain.auth.Role``.)
"""

from __future__ import annotations

from enum import StrEnum


class StepResult(StrEnum):
    """A finished step's result (``process_data.result``, ``wip_process_history.result``)."""

    PASS = "PASS"
    FAIL = "FAIL"
    REWORK = "REWORK"


class ItemResult(StrEnum):
    """One measurement item's verdict (stored in the record's ``measurements`` JSON)."""

    PASS = "PASS"
    FAIL = "FAIL"
    MISSING = "MISSING"


class LotStatus(StrEnum):
    """``lots.status``: CREATED → IN_PROGRESS → COMPLETED → CLOSED (BR-001)."""

    CREATED = "CREATED"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    CLOSED = "CLOSED"


class UnitStatus(StrEnum):
    """A unit's status: ``wip_items.status`` (WIP_STATUSES) or ``serials.status``
    (SERIAL_STATUSES); the station decides on either."""

    CREATED = "CREATED"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"  # a WIP that passed PROC-006, waiting for its serial
    CONVERTED = "CONVERTED"  # a WIP that became a serial at PROC-007
    PASSED = "PASSED"  # a serial that passed the last step
    FAILED = "FAILED"
    SCRAPPED = "SCRAPPED"


#: the statuses a LOT takes work in
OPEN_LOT_STATUSES: tuple[LotStatus, ...] = (LotStatus.CREATED, LotStatus.IN_PROGRESS)
#: in the order the board shows them
LOT_STATUSES: tuple[LotStatus, ...] = tuple(LotStatus)
#: the WIP and serial statuses the supervisor board counts (``chk_wip_status`` /
#: ``chk_serial_status``; SCRAPPED is final for both)
WIP_STATUSES: tuple[UnitStatus, ...] = (
    UnitStatus.CREATED,
    UnitStatus.IN_PROGRESS,
    UnitStatus.COMPLETED,
    UnitStatus.FAILED,
    UnitStatus.CONVERTED,
    UnitStatus.SCRAPPED,
)
SERIAL_STATUSES: tuple[UnitStatus, ...] = (
    UnitStatus.CREATED,
    UnitStatus.IN_PROGRESS,
    UnitStatus.PASSED,
    UnitStatus.FAILED,
    UnitStatus.SCRAPPED,
)
RESULTS: tuple[StepResult, ...] = tuple(StepResult)
#: results that count against the rework limit
NON_PASS_RESULTS: tuple[StepResult, ...] = (StepResult.FAIL, StepResult.REWORK)
