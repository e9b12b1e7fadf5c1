"""The revision gate: is this database at the revision this client needs?  Read-only."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import create_engine, pool, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError

from neurohub_desktop.db.migrate import REQUIRED_REVISION, recorded_revisions, script_directory


class GateState(enum.Enum):
    OK = 0
    UNREACHABLE = 10
    EMPTY = 11  # no alembic_version: empty or not managed by Alembic
    BEHIND = 12  # an older known revision: the administrator must upgrade
    AHEAD = 13  # a newer or unknown revision: this client is too old
    MULTIPLE_HEADS = 14
    NO_STATION_ROLES = 15  # the kiosk role cannot log in: `db setup-roles` was not run

    @property
    def exit_code(self) -> int:
        return self.value


@dataclass(frozen=True)
class GateVerdict:
    state: GateState
    found: tuple[str, ...]
    required: str
    host: str
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.state is GateState.OK

    def describe(self) -> str:
        """One English sentence for the CLI and the log (the UI translates by state)."""
        found = ", ".join(self.found) or "none"
        match self.state:
            case GateState.OK:
                return f"database is at {self.required}"
            case GateState.UNREACHABLE:
                return f"cannot reach the database server at {self.host}: {self.error}"
            case GateState.EMPTY:
                return (
                    "the database is empty or not managed by Alembic (no alembic_version); "
                    "run `neurohub-desktop db upgrade`"
                )
            case GateState.BEHIND:
                return (
                    f"the database is at {found}, this client needs {self.required}; ask the "
                    "administrator to run `neurohub-desktop db upgrade`"
                )
            case GateState.AHEAD:
                return (
                    f"the database is at {found}, which this client does not know (it needs "
                    f"{self.required}); install the newer NeuroHub Desktop"
                )
            case GateState.MULTIPLE_HEADS:
                return f"the database records several revisions ({found}); ask the administrator"
            case GateState.NO_STATION_ROLES:
                return (
                    f"the database at {self.host} has no station login roles ({self.error});"
                    " ask the administrator to run `neurohub-desktop db setup-roles`"
                )
        raise AssertionError(self.state)


def describe_host(url: URL) -> str:
    if url.host:
        return f"{url.host}:{url.port or 5432}/{url.database}"
    socket_dir = url.query.get("host")
    return f"{socket_dir or 'local socket'}/{url.database}"


def check_revision(
    url: URL, required: str = REQUIRED_REVISION, *, as_kiosk: bool = False
) -> GateVerdict:
    """``as_kiosk``: ``url`` is the station's kiosk login, so a refused login means the
    roles were never set up on this database (NO_STATION_ROLES), not an unreachable server."""
    host = describe_host(url)
    engine = create_engine(url, poolclass=pool.NullPool, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            conn.execute(text("SET TRANSACTION READ ONLY"))
            found = recorded_revisions(conn)
            if found is None:
                return GateVerdict(GateState.EMPTY, (), required, host)
            conn.rollback()
    except (OperationalError, DBAPIError) as exc:
        message = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        refused = (
            getattr(exc.orig, "pgcode", None) in ("28P01", "28000")
            or "password authentication failed" in message
            or "not permitted to log in" in message
            or ('role "' in message and "does not exist" in message)
        )
        if as_kiosk and refused:
            return GateVerdict(GateState.NO_STATION_ROLES, (), required, host, message)
        return GateVerdict(GateState.UNREACHABLE, (), required, host, message)
    finally:
        engine.dispose()
    return GateVerdict(_classify(found, required), found, required, host)


def _classify(found: tuple[str, ...], required: str) -> GateState:
    if not found:
        return GateState.EMPTY
    if len(found) > 1:
        return GateState.MULTIPLE_HEADS
    (rev,) = found
    if rev == required:
        return GateState.OK
    scripts = script_directory()
    if not _known(scripts, rev):
        return GateState.AHEAD
    if not _known(scripts, required):  # a client built without its own head: be conservative
        return GateState.BEHIND
    ancestors = {s.revision for s in scripts.walk_revisions(base="base", head=required)}
    return GateState.BEHIND if rev in ancestors else GateState.AHEAD


def _known(scripts, rev: str) -> bool:  # type: ignore[no-untyped-def]
    try:
        return scripts.get_revision(rev) is not None
    except Exception:  # alembic raises for unknown ids
        return False
