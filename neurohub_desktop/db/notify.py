"""Change announcements: the writing service NOTIFYs inside its transaction, so listeners
hear about a change exactly when it commits (and never about a rolled-back one)."""

from __future__ import annotations

import json

from sqlalchemy import text
from sqlalchemy.orm import Session

CHANNEL = "neurohub_changes"


def notify_change(
    session: Session,
    kind: str,
    *,
    lot_id: int | None = None,
    unit: str | None = None,
    process_id: str | None = None,
) -> None:
    """Queue a NOTIFY on CHANNEL with a small JSON payload: {kind, lot_id, unit, process_id}."""
    payload = json.dumps({"kind": kind, "lot_id": lot_id, "unit": unit, "process_id": process_id})
    session.execute(
        text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload}
    )
