"""`neurohub-desktop admin equipment|criteria …`: a new line's equipment and forms (issue 14).

Built exactly as ``cli_admin``: the input is checked before anything connects, one command =
one transaction (station ``admin-cli``), and every change is what the System admin pages do —
``AdminLineService`` (``add_equipment``, ``set_equipment_status``, ``save_criteria``), whose
calls of the revision-006 admin functions ``nh_save_equipment`` and ``nh_set_criteria`` check
who may call them and write the audit trail.  Every change takes ``--reason TEXT`` (why:
required, checked before connecting, kept in the audit trail).  Exit 0 with one line, 2
refused (English and Korean on stderr, nothing written), 3 the database unreachable or
failing.

* Equipment: ``add`` refuses a code that exists (``nh_save_equipment`` would overwrite it), a
  status the schema does not allow, a process that does not exist.  Calibration is kept in
  ``specifications``: ``{"calibration": {"due": "YYYY-MM-DD", "interval_days": N}}``.
  ``set-status`` rewrites the row with the status changed (the function saves whole rows);
  both take a transaction-scoped advisory lock on the code, so two of these commands on one
  code queue instead of overwriting each other.
* Criteria: ``export`` prints (or writes, UTF-8) the stored JSON; ``import`` checks the file
  (``domain.criteria_edit``), refuses to drop a code or change a kind that stored records use
  (retire it: ``"retired": true``), saves it as the next version through ``nh_set_criteria``
  (with ``--reason``, why, kept beside the version and in the audit trail) and says which; a
  file that says what is stored already changes nothing.  A save by someone else between the
  read and the write shows as an unexpected version number: the command then rolls back and
  is refused.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from neurohub_desktop.cli_admin import (
    CALLER,
    Command,
    _line_service,
    _reason,
    _run,
    _table,
    _transaction,
    reason_option,
)
from neurohub_desktop.config import Settings
from neurohub_desktop.db.models import Equipment, Process
from neurohub_desktop.domain import criteria_edit, line_admin
from neurohub_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.services import _criteria
from neurohub_desktop.services.admin_line import EquipmentExists

#: equipment.status as the schema's chk_equipment_status allows it
STATUSES = line_admin.STATUSES
STATUS_METAVAR = "{" + ",".join(STATUSES) + "}"
PROCESS_RE = line_admin.PROCESS_RE
EQUIPMENT_CODE_RE = line_admin.EQUIPMENT_CODE_RE
MAX_INTERVAL_DAYS = line_admin.MAX_INTERVAL_DAYS


# -- input, checked before anything connects (domain.line_admin) ------------------------------
_process = line_admin.check_process
_equipment_code = line_admin.check_equipment_code
_status = line_admin.check_status


def _due(value: str | None) -> str | None:
    return line_admin.check_due(value)


def _interval(value: str | None) -> int | None:
    return line_admin.check_interval(value)


def _read_file(file: Path) -> bytes:
    path = file.expanduser()
    if not path.is_file():
        raise NotFoundError(Msg("Criteria file not found: {file}", file=str(file)), code="NO_FILE")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            Msg("The criteria file cannot be read: {error}", error=str(exc)),
            code="NO_FILE",
        ) from None


def _write_file(file: Path, content: str) -> Path:
    """``content`` as UTF-8 into ``file``, whole or not at all (a temporary file renamed)."""
    path = file.expanduser()
    if path.is_dir() or not path.parent.is_dir():
        raise ValidationError(
            Msg("Cannot write {file}: the folder does not exist or it is one.", file=str(file)),
            code="BAD_PATH",
        )
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except OSError as exc:
        raise ValidationError(
            Msg("Cannot write {file}: {error}", file=str(file), error=str(exc)), code="BAD_PATH"
        ) from None
    return path


# -- the database ------------------------------------------------------------------------------
def _process_row(s: Session, process_id: str) -> Any:
    return _criteria.process_row(s, process_id)


# -- equipment (AdminLineService: what the Equipment page does) --------------------------------
def _equipment_add(settings: Settings, args: argparse.Namespace) -> str:
    code = _equipment_code(args.code)
    name = line_admin.check_equipment_name(args.name)
    kind = line_admin.check_equipment_type(args.type)
    process, status = _process(args.process), _status(args.status)
    due, every = _due(args.calibration_due), _interval(args.calibration_interval_days)
    why = _reason(args)
    with _line_service(settings) as svc:
        try:
            item = svc.add_equipment(
                CALLER,
                code,
                name,
                kind,
                process,
                status,
                calibration_due=due,
                calibration_interval_days=every,
                reason=why,
            )
        except EquipmentExists as exc:
            raise ConflictError(
                Msg(
                    "Equipment code {code} already exists ({name}); change it "
                    "with `admin equipment set-status`.",
                    code=code,
                    name=exc.equipment_name,
                ),
                code="EQUIPMENT_EXISTS",
            ) from exc
    line = (
        f"equipment {code} ({item.equipment_name}, {item.equipment_type}) added at {process} "
        f"as id {item.equipment_id}, {status}"
    )
    if due or every:
        parts = ([f"due {due}"] if due else []) + ([f"every {every} days"] if every else [])
        line += f"; calibration {', '.join(parts)}"
    return line


def _equipment_set_status(settings: Settings, args: argparse.Namespace) -> str:
    code, status = _equipment_code(args.code), _status(args.status)
    why = _reason(args)
    with _line_service(settings) as svc:
        was = svc.set_equipment_status(CALLER, code, status, reason=why)
    if was == status:
        return f"equipment {code} is already {status} (nothing changed)"
    return f"equipment {code}: status {was} -> {status}"


def _equipment_list(settings: Settings, args: argparse.Namespace) -> str:
    process = _process(args.process) if args.process is not None else None
    stmt = (
        select(
            Equipment.equipment_code,
            Equipment.equipment_name,
            Equipment.equipment_type,
            Equipment.status,
            Equipment.specifications,
            Process.process_id,
        )
        .outerjoin(Process, Process.id == Equipment.process_id)
        .order_by(Equipment.equipment_code)
    )
    with _transaction(settings) as s:
        if process is not None:
            _process_row(s, process)
            stmt = stmt.where(Process.process_id == process)
        rows = s.execute(stmt).all()
    return _table(
        ("CODE", "NAME", "TYPE", "PROCESS", "STATUS", "CALIBRATION DUE", "EVERY"),
        [
            (
                r.equipment_code,
                r.equipment_name,
                r.equipment_type,
                r.process_id or "-",
                r.status,
                *_calibration(r.specifications),
            )
            for r in rows
        ],
    )


def _calibration(specifications: Any) -> tuple[str, str]:
    due, every = line_admin.calibration_of(specifications)
    return due or "-", f"{every} days" if every else "-"


# -- criteria ----------------------------------------------------------------------------------
def _criteria_export(settings: Settings, args: argparse.Namespace) -> str:
    process = _process(args.process)
    with _transaction(settings) as s:
        current = _process_row(s, process).quality_criteria
    content = criteria_edit.export_text(current)
    if args.file is None:
        if (sys.stdout.encoding or "").lower().replace("-", "") != "utf8" and hasattr(
            sys.stdout, "reconfigure"
        ):
            sys.stdout.reconfigure(encoding="utf-8")  # the file is UTF-8 wherever it goes
        return content.removesuffix("\n")
    path = _write_file(args.file, content)
    version = criteria_edit.current_version(current)
    return f"criteria of {process} (version {version}) written to {path}"


def _criteria_import(settings: Settings, args: argparse.Namespace) -> str:
    process, reason = _process(args.process), _reason(args)
    data = criteria_edit.read_criteria(_read_file(args.file))
    new = criteria_edit.validated_criteria(data, process)  # every problem, before connecting
    with _line_service(settings) as svc:
        try:
            saved = svc.save_criteria(CALLER, process, new, reason=reason)
        except criteria_edit.CriteriaChanged as exc:
            raise ConflictError(
                Msg(
                    "The criteria of {process} were changed meanwhile (now version "
                    "{version}); export them again and retry.",
                    process=process,
                    version=exc.current_version,
                ),
                code="CRITERIA_CHANGED",
            ) from exc
    if not saved.changed:
        return f"criteria of {process} are already these (version {saved.version}; nothing changed)"
    return (
        f"criteria of {process} saved as version {saved.version} (was "
        f"{saved.previous_version}; {saved.measurements} measurements, "
        f"{saved.defect_codes} defect codes)"
    )


# -- the parser --------------------------------------------------------------------------------
def add_line_parsers(groups: Any) -> None:
    """``admin equipment …`` and ``admin criteria …`` on the ``admin`` subparsers."""

    def command(parent: Any, name: str, func: Command, help_text: str) -> Any:
        p = parent.add_parser(name, help=help_text)
        p.set_defaults(func=_run(func))
        return p

    eq = groups.add_parser("equipment", help="the line's equipment (testers, markers, printers)")
    esub = eq.add_subparsers(dest="equipment_command", required=True)
    add = command(esub, "add", _equipment_add, "register a piece of equipment at a process")
    add.add_argument("code", metavar="CODE", help="equipment code (letters, digits, . _ -)")
    add.add_argument("--name", required=True, help="name (Korean allowed)")
    add.add_argument("--type", required=True, help="type, e.g. TESTER")
    add.add_argument("--process", required=True, metavar="PROC-00N")
    add.add_argument("--status", default="AVAILABLE", metavar=STATUS_METAVAR)
    add.add_argument("--calibration-due", metavar="YYYY-MM-DD")
    add.add_argument("--calibration-interval-days", metavar="N")
    reason_option(add)
    st = command(esub, "set-status", _equipment_set_status, "change a piece of equipment's status")
    st.add_argument("code", metavar="CODE")
    st.add_argument("status", metavar=STATUS_METAVAR)
    reason_option(st)
    ls = command(esub, "list", _equipment_list, "the equipment, by code")
    ls.add_argument("--process", metavar="PROC-00N")

    crit = groups.add_parser("criteria", help="a process's measurement form and defect codes")
    csub = crit.add_subparsers(dest="criteria_command", required=True)
    exp = command(
        csub, "export", _criteria_export, "the stored criteria as JSON (stdout or FILE, UTF-8)"
    )
    exp.add_argument("process", metavar="PROC-00N")
    exp.add_argument("file", nargs="?", type=Path, metavar="FILE")
    imp = command(
        csub, "import", _criteria_import, "check FILE and save it as the next criteria version"
    )
    imp.add_argument("process", metavar="PROC-00N")
    imp.add_argument("file", type=Path, metavar="FILE")
    reason_option(imp)
