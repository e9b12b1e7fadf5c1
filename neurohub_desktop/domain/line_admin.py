"""The line's firmware versions and equipment as an ADMIN registers them (issue 14): the input
checks that the command line (``cli_admin``, ``cli_admin_line``) and the System admin pages
share, a firmware file's size and MD5, and the rows the pages show.

Every check raises ``ValidationError`` (a code and a message with its parameters) before
anything connects; the database functions (``nh_add_firmware``, ``nh_set_firmware_active``,
``nh_save_equipment``) check again.  Calibration is kept in ``equipment.specifications``:
``{"calibration": {"due": "YYYY-MM-DD", "interval_days": N}}`` (other keys stay as they are).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from neurohub_desktop.domain.errors import BusinessRuleError, NotFoundError, ValidationError
from neurohub_desktop.domain.messages import N_, Msg

#: firmware version text: v + MAJOR.MINOR.PATCH (no leading zeros), as nh_add_firmware wants it
VERSION_RE = re.compile(r"v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)", re.ASCII)
MAX_MCU = 100
MAX_NOTES = 2000
MAX_FILENAME, MAX_FILE_PATH = 255, 500
#: the station that flashes firmware, and the measurement item that records the version
FIRMWARE_STEP, FIRMWARE_CODE = "PROC-004", "FIRMWARE_VERSION"

#: equipment.status as the schema's chk_equipment_status allows it
STATUSES = ("AVAILABLE", "IN_USE", "MAINTENANCE", "OUT_OF_SERVICE", "RETIRED")
#: the statuses a station's set-up offers (the rest are not to be worked with)
OFFERED_STATUSES = ("AVAILABLE", "IN_USE")
PROCESS_RE = re.compile(r"PROC-[0-9]{3}", re.ASCII)
EQUIPMENT_CODE_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,48}[A-Za-z0-9])?", re.ASCII)
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
MAX_INTERVAL_DAYS = 3650
MAX_EQUIPMENT_NAME, MAX_EQUIPMENT_TYPE = 255, 50


# -- firmware ------------------------------------------------------------------------------------
def check_version(value: str) -> str:
    if not isinstance(value, str) or not VERSION_RE.fullmatch(value):
        raise ValidationError(
            Msg("Firmware version {version} must look like v1.2.3.", version=repr(value)),
            code="BAD_VERSION",
        )
    return value


def check_mcu(value: str) -> str:
    mcu = value.strip() if isinstance(value, str) else ""
    if not 0 < len(mcu) <= MAX_MCU or not mcu.isprintable():
        raise ValidationError(
            Msg("The target MCU must be 1-{limit} printable characters.", limit=MAX_MCU),
            code="BAD_MCU",
        )
    return mcu


def check_notes(value: str | None) -> str | None:
    """Notes trimmed, None when blank; refused above ``MAX_NOTES`` characters."""
    notes = (value or "").strip()
    if len(notes) > MAX_NOTES:
        raise ValidationError(
            Msg("The notes may have at most {limit} characters.", limit=MAX_NOTES),
            code="BAD_NOTES",
        )
    return notes or None


@dataclass(frozen=True)
class FirmwareFile:
    """A firmware file as it is registered: absolute path, name, size and MD5 (lower hex)."""

    path: str
    filename: str
    size: int
    md5: str


def measure_file(file: Path | str) -> FirmwareFile:
    """Read the whole file once (in 1 MiB chunks): its size and MD5.  Slow for a big file on a
    network share: call it off the GUI thread."""
    given = Path(file)
    path = given.expanduser().resolve()
    if not path.is_file():
        raise NotFoundError(Msg("Firmware file not found: {file}", file=str(given)), code="NO_FILE")
    if len(path.name) > MAX_FILENAME or len(str(path)) > MAX_FILE_PATH:
        raise ValidationError(
            Msg(
                "The firmware file's name ({name_limit}) or path ({path_limit}) is too long.",
                name_limit=MAX_FILENAME,
                path_limit=MAX_FILE_PATH,
            ),
            code="BAD_PATH",
        )
    digest, size = hashlib.md5(usedforsecurity=False), 0
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
    except OSError as exc:
        raise ValidationError(
            Msg("The firmware file cannot be read: {error}", error=str(exc)),
            code="NO_FILE",
        ) from None
    if size == 0:
        raise ValidationError(
            Msg("The firmware file is empty: {file}", file=str(given)),
            code="EMPTY_FILE",
        )
    return FirmwareFile(str(path), path.name, size, digest.hexdigest())


@dataclass(frozen=True)
class FirmwareInfo:
    """One firmware_versions row."""

    version: str
    target_mcu: str
    is_active: bool
    file_size: int
    md5_hash: str
    released_at: dt.datetime
    filename: str
    file_path: str
    notes: str | None = None


@dataclass(frozen=True)
class FirmwareSwitch:
    """What activating or retiring a version did: its MCU's active versions before and after
    (equal: nothing was changed)."""

    version: str
    target_mcu: str
    before: tuple[str, ...]
    after: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True)
class FirmwareAdded:
    """A registered version: the file as stored and, when it was activated at once, the
    switch."""

    file: FirmwareFile
    version: str
    target_mcu: str
    switch: FirmwareSwitch | None = None


@dataclass(frozen=True)
class FirmwareUse:
    """A unit flashed with a version: one PROC-004 history row that recorded it."""

    wip_id: str
    lot_number: str
    completed_at: dt.datetime
    operator_login: str
    operator_name: str
    result: str


# -- equipment -----------------------------------------------------------------------------------
def check_process(value: str) -> str:
    process = value.strip().upper() if isinstance(value, str) else ""
    if not PROCESS_RE.fullmatch(process):
        raise ValidationError(
            Msg("Process {process} must look like PROC-003.", process=repr(value)),
            code="BAD_PROCESS",
        )
    return process


def check_equipment_code(value: str) -> str:
    if not isinstance(value, str) or not EQUIPMENT_CODE_RE.fullmatch(value):
        raise ValidationError(
            Msg(
                "Equipment code {code}: use 1-50 letters, digits, '.', '_' or '-' (no spaces), "
                "starting and ending with a letter or digit.",
                code=repr(value),
            ),
            code="BAD_EQUIPMENT_CODE",
        )
    return value


def check_label(value: str, what: Msg, limit: int) -> str:
    """A name or type: trimmed, 1-``limit`` printable characters."""
    label = value.strip() if isinstance(value, str) else ""
    if not 0 < len(label) <= limit or not label.isprintable():
        raise ValidationError(
            Msg("The {what} must be 1-{limit} printable characters.", what=what, limit=limit),
            code="BAD_EQUIPMENT",
        )
    return label


def check_equipment_name(value: str) -> str:
    return check_label(value, Msg("equipment name"), MAX_EQUIPMENT_NAME)


def check_equipment_type(value: str) -> str:
    return check_label(value, Msg("equipment type"), MAX_EQUIPMENT_TYPE)


def check_status(value: str) -> str:
    status = value.strip().upper() if isinstance(value, str) else ""
    if status not in STATUSES:
        raise ValidationError(
            Msg(
                "Unknown equipment status {status}: {allowed}.",
                status=repr(value),
                allowed=STATUSES,
            ),
            code="BAD_STATUS",
        )
    return status


def check_due(value: dt.date | str | None) -> str | None:
    """A calibration due date as ISO text (YYYY-MM-DD), or None."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        if not DATE_RE.fullmatch(value.strip()):
            raise ValueError(value)
        return dt.date.fromisoformat(value.strip()).isoformat()
    except (ValueError, AttributeError):
        raise ValidationError(
            Msg("Calibration due date {date} must be a date YYYY-MM-DD.", date=repr(value)),
            code="BAD_DATE",
        ) from None


def check_interval(value: int | str | None) -> int | None:
    """A calibration interval in whole days (1-``MAX_INTERVAL_DAYS``), or None."""
    if value is None:
        return None
    days = value.strip() if isinstance(value, str) else value
    ok = (isinstance(days, str) and days.isdigit()) or (
        isinstance(days, int) and not isinstance(days, bool)
    )
    if not ok or not 0 < int(days) <= MAX_INTERVAL_DAYS:
        raise ValidationError(
            Msg(
                "Calibration interval {interval} must be a whole number of days, 1-{limit}.",
                interval=repr(value),
                limit=MAX_INTERVAL_DAYS,
            ),
            code="BAD_INTERVAL",
        )
    return int(days)


def calibration_of(specifications: Any) -> tuple[str | None, int | None]:
    """(due date text, interval days) from ``specifications.calibration``; None where missing
    or not of the expected kind."""
    found = specifications.get("calibration") if isinstance(specifications, Mapping) else None
    found = found if isinstance(found, Mapping) else {}
    due, every = found.get("due"), found.get("interval_days")
    return (
        str(due) if isinstance(due, str) and due else None,
        every if isinstance(every, int) and not isinstance(every, bool) and every > 0 else None,
    )


def with_calibration(
    specifications: Mapping[str, Any] | None, due: str | None, interval_days: int | None
) -> dict[str, Any]:
    """``specifications`` with its calibration replaced (dropped when both are None); every
    other key kept."""
    specs = {k: v for k, v in (specifications or {}).items() if k != "calibration"}
    calibration = {
        k: v for k, v in (("due", due), ("interval_days", interval_days)) if v is not None
    }
    if calibration:
        specs["calibration"] = calibration
    return specs


@dataclass(frozen=True)
class EquipmentItem:
    """One equipment row with its calibration read out of ``specifications``."""

    equipment_code: str
    equipment_name: str
    equipment_type: str
    process_id: str | None  # PROC-00N, or None (not assigned)
    status: str
    calibration_due: str | None  # YYYY-MM-DD
    calibration_interval_days: int | None
    is_active: bool = True
    equipment_id: int | None = None  # equipment.id (None: not read back)

    @property
    def offered_to_stations(self) -> bool:
        return self.is_active and self.status in OFFERED_STATUSES

    def calibration_overdue(self, today: dt.date) -> bool:
        return self.calibration_due is not None and self.calibration_due < today.isoformat()


# -- fitness of a station's equipment (issue 14) ---------------------------------------------
class EquipmentProblem(StrEnum):
    """Why equipment may not back a measured PASS (the database's ``nh_equipment_problem``
    decides the same way)."""

    UNKNOWN = "UNKNOWN"
    INACTIVE = "INACTIVE"
    MAINTENANCE = "MAINTENANCE"
    OUT_OF_SERVICE = "OUT_OF_SERVICE"
    RETIRED = "RETIRED"
    CALIBRATION_DUE = "CALIBRATION_DUE"


def equipment_problem(item: EquipmentItem | None, today: dt.date) -> EquipmentProblem | None:
    """None when ``item`` may back a measured PASS today."""
    if item is None:
        return EquipmentProblem.UNKNOWN
    if not item.is_active:
        return EquipmentProblem.INACTIVE
    if item.status not in OFFERED_STATUSES:
        return EquipmentProblem(item.status)
    if item.calibration_overdue(today):
        return EquipmentProblem.CALIBRATION_DUE
    return None


@dataclass(frozen=True)
class EquipmentOverride:
    """A MANAGER's signed permission for one station to record on unfit equipment."""

    signature_id: int
    signer: str  # login id
    signer_name: str
    reason: str
    signed_at: dt.datetime
    valid_until: dt.datetime


@dataclass(frozen=True)
class StationEquipment:
    """The equipment a station is set up with, as the station judges with it."""

    code: str
    item: EquipmentItem | None  # None: no such equipment
    problem: EquipmentProblem | None
    override: EquipmentOverride | None = None
    #: the station's criteria measure numbers, so a PASS needs fit equipment
    measured: bool = False

    @property
    def blocks_pass(self) -> bool:
        return self.measured and self.problem is not None and self.override is None


#: what each problem means, for the refusal (templates of the messages catalog; the station's
#: warning says the same in its own words, ``ui/station/equipment.py``)
EQUIPMENT_PROBLEMS: dict[EquipmentProblem, str] = {
    EquipmentProblem.UNKNOWN: N_("is not registered"),
    EquipmentProblem.INACTIVE: N_("is deactivated"),
    EquipmentProblem.MAINTENANCE: N_("is under maintenance"),
    EquipmentProblem.OUT_OF_SERVICE: N_("is out of service"),
    EquipmentProblem.RETIRED: N_("is retired"),
    EquipmentProblem.CALIBRATION_DUE: N_("is past its calibration date"),
}


def equipment_unfit_error(code: str, problem: EquipmentProblem | None) -> BusinessRuleError:
    """The refusal of a measured PASS on unfit equipment (the database refuses the same,
    ``db.errors`` maps its refusal here)."""
    problem = problem or EquipmentProblem.UNKNOWN
    return BusinessRuleError(
        "EQUIPMENT_UNFIT",
        Msg(
            "Equipment {code} {problem}: a measured PASS needs a manager's signed "
            "override (or the equipment fixed).",
            code=code,
            problem=Msg(EQUIPMENT_PROBLEMS[problem]),
        ),
        detail=problem.value,
    )
