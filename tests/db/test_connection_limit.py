"""A person's login has a connection limit (domain.md §7): past it the station says why."""

from __future__ import annotations

import factories as f
import psycopg2
import pytest
from catalog import korean

from neurohub_desktop.db.engine import libpq_dsn, make_sessionmaker
from neurohub_desktop.domain.errors import DatabaseUnavailable
from neurohub_desktop.services.station import StationService

LIMIT = 10  # migrations/sql_006_security.py LOGIN_CONNECTION_LIMIT


def test_past_the_limit_the_station_names_the_cause(db_url) -> None:  # type: ignore[no-untyped-def]
    sm = f.sessions(db_url)
    f.user(sm, "kim", "WORKER")
    held = [psycopg2.connect(libpq_dsn(f.person_url(db_url, "kim"))) for _ in range(LIMIT)]
    engine = f.person_engine(db_url, "kim")  # the station PC, logged in as kim once more
    try:
        with pytest.raises(psycopg2.OperationalError, match="too many connections for role"):
            psycopg2.connect(libpq_dsn(f.person_url(db_url, "kim")))
        station = StationService(make_sessionmaker(engine), station="ST-3", process_id="PROC-003")
        with pytest.raises(DatabaseUnavailable) as refused:
            station.resolve_scan("WIP-WF261128D01-001")
        assert "Too many connections" in str(refused.value)
        assert "연결이 너무 많습니다" in korean(refused.value.msg)
        held.pop().close()  # one closes elsewhere: the station works again
        assert station.resolve_scan("WIP-WF261128D01-001").reason.value == "NOT_FOUND"
    finally:
        engine.dispose()
        for conn in held:
            conn.close()
