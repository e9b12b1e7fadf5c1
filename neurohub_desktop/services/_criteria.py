"""A process's criteria read for the editor and saved as a new version (issue 14): the one
implementation behind ``AdminLineService.criteria`` / ``save_criteria`` (the admin's Criteria
screen and ``admin criteria import``).

A save is one transaction: the stored criteria are read, the version the editor started from
is compared (someone else's save in between is refused, never overwritten), criteria that say
what is stored change nothing, a code that stored records use may not be removed nor its kind
changed (retired instead: ``domain.criteria_edit``), and ``nh_set_criteria`` — which checks
that the caller is an ADMIN, locks the row, stores the next version and announces
``criteria_changed`` — writes it.  The reason is kept in the criteria JSON (the editor shows
it) and, as ``neurohub.reason`` set in the same transaction, in the audit row of the change.
A save by someone else between the read and the function's lock shows as an unexpected
version number: the transaction is then rolled back and refused.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from neurohub_desktop.db.engine import set_reason
from neurohub_desktop.db.models import Process
from neurohub_desktop.domain import criteria_edit as ce
from neurohub_desktop.domain.errors import NotFoundError
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.domain.quality import QualityCriteria

#: which of the given codes a process's records use: WIP history (PROC-001..006) and serial
#: records (one EXISTS per code, stopping at the first record that has it)
_USED = {
    "measurements": """
        SELECT c FROM unnest(CAST(:codes AS text[])) AS c
         WHERE EXISTS (SELECT 1 FROM wip_process_history h WHERE h.process_id = :pid
                          AND h.measurements -> 'items' @> jsonb_build_array(
                              jsonb_build_object('code', c)))
            OR EXISTS (SELECT 1 FROM process_data d WHERE d.process_id = :pid
                          AND d.process_specific_data -> 'measurements' -> 'items'
                              @> jsonb_build_array(jsonb_build_object('code', c)))""",
    "defects": """
        SELECT c FROM unnest(CAST(:codes AS text[])) AS c
         WHERE EXISTS (SELECT 1 FROM wip_process_history h WHERE h.process_id = :pid
                          AND h.defects @> jsonb_build_array(jsonb_build_object('code', c)))
            OR EXISTS (SELECT 1 FROM process_data d WHERE d.process_id = :pid
                          AND d.process_specific_data -> 'defects'
                              @> jsonb_build_array(jsonb_build_object('code', c)))""",
}


def process_row(s: Session, process_id: str) -> Any:
    """(id, process_id, quality_criteria) of a process, or NotFoundError."""
    row = s.execute(
        select(Process.id, Process.process_id, Process.quality_criteria).where(
            Process.process_id == process_id
        )
    ).first()
    if row is None:
        raise NotFoundError(Msg("No process {process}.", process=process_id), code="NO_PROCESS")
    return row


def used(s: Session, pid: int, what: str, codes: list[str]) -> frozenset[str]:
    """Which of ``codes`` stored records of the process use (only those asked)."""
    if not codes:
        return frozenset()
    return frozenset(s.scalars(text(_USED[what]), {"codes": codes, "pid": pid}))


def read_state(s: Session, process_id: str) -> ce.CriteriaState:
    """The stored criteria, their version and reason, and which of their codes records use."""
    row = process_row(s, process_id)
    stored = row.quality_criteria if isinstance(row.quality_criteria, dict) else {}
    kinds, defects = ce.stored_codes(stored)
    return ce.CriteriaState(
        row.process_id,
        stored,
        ce.current_version(stored),
        ce.stored_reason(stored),
        ce.UsedCodes(
            used(s, row.id, "measurements", sorted(kinds)),
            used(s, row.id, "defects", sorted(defects)),
        ),
    )


def save(
    s: Session,
    process_id: str,
    new: QualityCriteria,
    expected_version: int | None,
    reason: str,
) -> ce.CriteriaSaved:
    """``new`` (already checked: ``criteria_edit.validated_criteria``) as the next version,
    ``reason`` (``domain.reasons.require_reason``) in it and set for the audit trail."""
    row = process_row(s, process_id)
    current = row.quality_criteria
    version = ce.current_version(current)
    if expected_version is not None and expected_version != version:
        raise ce.CriteriaChanged(process_id, version)
    counts = (len(new.measurements), len(new.defect_codes))
    if ce.same_content(current, new):
        return ce.CriteriaSaved(process_id, version, version, False, *counts)
    gone_m, gone_d = ce.removed_codes(current, new)
    kinds, _ = ce.stored_codes(current)
    retyped = [m.code for m in new.measurements if kinds.get(m.code) not in (None, m.kind.value)]
    in_use = ce.UsedCodes(
        used(s, row.id, "measurements", sorted({*gone_m, *retyped})),
        used(s, row.id, "defects", gone_d),
    )
    problems = ce.check_changes(current, new, in_use)
    if problems:
        raise ce.CriteriaRefused(problems)
    set_reason(s, reason)  # again: this function is the whole save, whoever opened the tx
    saved = int(
        s.execute(
            text("SELECT nh_set_criteria(:p, CAST(:c AS jsonb))"),
            {"p": process_id, "c": json.dumps(ce.saved_json(new, reason), ensure_ascii=False)},
        ).scalar_one()
    )
    if saved != version + 1:  # saved by someone else after our read: roll back, refuse
        raise ce.CriteriaChanged(process_id, saved - 1)
    return ce.CriteriaSaved(process_id, saved, version, True, *counts)
