"""The zero-config embedded server: first start runs initdb, later starts reuse the cluster."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, pool, text

from neurohub_desktop.db.embedded import EmbeddedServer


def _scalar(url, sql):  # type: ignore[no-untyped-def]
    eng = create_engine(url, poolclass=pool.NullPool)
    with eng.begin() as conn:
        result = conn.execute(text(sql))
        value = result.scalar() if result.returns_rows else None
    eng.dispose()
    return value


def test_first_start_initialises_then_reuses(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    pgdata = tmp_path / "data" / "pgdata"
    server = EmbeddedServer(pgdata)
    assert not server.initialised
    url = server.start()
    assert server.initialised and url.database == "neurohub"
    _scalar(url, "CREATE TABLE keep_me (x int); INSERT INTO keep_me VALUES (42)")
    server.stop()

    again = EmbeddedServer(pgdata)
    assert again.initialised
    url2 = again.start()
    try:
        assert _scalar(url2, "SELECT x FROM keep_me") == 42  # the cluster was reused
        assert _scalar(url2, "SHOW server_version_num") >= "150000"  # noqa: PLR2004
    finally:
        again.stop()
