"""A throwaway embedded PostgreSQL that tests may stop, start and break (never the shared one).

``ThrowawayServer`` restarts on the same socket directory, so URLs (and engines) built
before a stop work again after the start — exactly what a station sees when the server
comes back.  Also: polling helpers for tests that wait on *another* connection.
"""
from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import psycopg2
from sqlalchemy.engine import URL

from neurohub_desktop.db import migrate
from neurohub_desktop.db.embedded import EmbeddedServer, ensure_database
from neurohub_desktop.db.engine import libpq_dsn


class ThrowawayServer:
    def __init__(self, root: Path) -> None:
        root.chmod(0o755)
        self.server = EmbeddedServer(root / "pgdata")
        self.admin_url = self.server.start(database="postgres")
        self.socket_dir = str(self.admin_url.query["host"])
        self.running = True

    def database(self, name: str = "neurohub", *, revision: str | None = "head") -> URL:
        ensure_database(self.admin_url, name)
        url = self.admin_url.set(database=name)
        if revision is not None:
            migrate.upgrade(url, revision)
        return url

    def stop(self, mode: str = "fast") -> None:
        """pg_ctl stop: ``fast`` ends every session (57P01), ``immediate`` is a crash."""
        self.server.pg_ctl("-w", "-m", mode, "stop")
        self.running = False

    def start(self) -> None:
        self.server.pg_ctl("-w", "-o", '-h ""', "-o", f"-k {self.socket_dir}",
                           "-l", str(self.server.pgdata / "log"), "start")
        self.running = True

    def close(self) -> None:
        if self.running:
            with suppress(subprocess.SubprocessError, OSError):
                self.stop()
        self.server.stop()


@contextmanager
def throwaway_server(root: Path) -> Iterator[ThrowawayServer]:
    server = ThrowawayServer(root)
    try:
        yield server
    finally:
        server.close()


def poll(predicate: Callable[[], Any], timeout: float = 15.0, interval: float = 0.02) -> Any:
    """Wait for another connection / process to make ``predicate()`` truthy."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)


def admin_query(url: URL, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """One autocommit statement on a fresh connection (outside any pool)."""
    conn = psycopg2.connect(libpq_dsn(url))
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(sql, params)
            return list(cur.fetchall()) if cur.description else []
    finally:
        conn.close()
