"""The audit log as the viewer shows it: ``ReportsService.audit_log`` and, for each row, why
(``audit_logs.reason``, issue 14: BR-006 copies ``neurohub.reason``, which every admin change
sets, into the rows it writes).

The reasons come in a second read by the rows' ids (audit rows never change, so the two reads
agree).  It lives here, beside ``services.reports`` rather than in it, while that module is
being moved to the public unit of work (another branch); once it is, ``audit_log`` can select
``a.reason`` itself (``report_sql.AUDIT`` already does) and this subclass goes.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import text

from neurohub_desktop.domain.reports import AuditFilter, AuditRow
from neurohub_desktop.services.reports import ReportsService

REASONS = (
    "SELECT id, reason FROM audit_logs WHERE id = ANY(CAST(:ids AS bigint[])) "
    "AND reason IS NOT NULL"
)


class AuditedReportsService(ReportsService):
    """``ReportsService`` whose audit rows carry their reason."""

    def audit_log(self, flt: AuditFilter | None = None) -> list[AuditRow]:
        rows = super().audit_log(flt)
        if not rows:
            return rows
        with self._read() as s:
            found = {
                int(pk): str(why)
                for pk, why in s.execute(text(REASONS), {"ids": [r.id for r in rows]}).all()
            }
        return [replace(r, reason=found.get(r.id)) for r in rows]
