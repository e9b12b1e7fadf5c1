"""A throwaway embedded PostgreSQL that tests may stop, start and break (never the shared one).

``ThrowawayServer`` restarts on the same socket directory, so URLs (and engines) built
before a stop work again after the start — exactly what a station sees when the server
comes back.  Also: polling helpers for tests that wait on *another* connection.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import psycopg2
from polling import poll  # noqa: F401  (re-exported for the fault tests)
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
        self.server.pg_ctl(
            "-w",
            "-o",
            '-h ""',
            "-o",
            f"-k {self.socket_dir}",
            "-l",
            str(self.server.pgdata / "log"),
            "start",
        )
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


class CommitDropProxy:
    """A Unix-socket proxy in front of the server that, once armed, lets one committing
    statement through — a COMMIT, or a station function's autocommitted SELECT — swallows the
    server's answer and cuts the client off: the commit happened, the client cannot know (the
    textbook "outcome unknown")."""

    #: statements (upper-cased prefixes of a simple query) whose answer is the commit's
    COMMITTING = (b"COMMIT", b"SELECT NH_")

    def __init__(self, target_dir: str, listen_dir: str, port: int = 5432) -> None:
        import socket
        import threading

        self._socket, self._threading = socket, threading
        self.target = f"{target_dir}/.s.PGSQL.{port}"
        self.listen_dir = listen_dir
        self.armed = threading.Event()
        self.dropped = threading.Event()
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(f"{listen_dir}/.s.PGSQL.{port}")
        self._server.listen(16)
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._closed = True
        with suppress(OSError):
            self._server.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            upstream = self._socket.socket(self._socket.AF_UNIX, self._socket.SOCK_STREAM)
            upstream.connect(self.target)
            state = {"commit_sent": False}
            self._threading.Thread(
                target=self._client_to_server, args=(client, upstream, state), daemon=True
            ).start()
            self._threading.Thread(
                target=self._server_to_client, args=(upstream, client, state), daemon=True
            ).start()

    @staticmethod
    def _read(sock: Any, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = sock.recv(n - len(data))
            if not chunk:
                raise OSError("closed")
            data += chunk
        return data

    def _client_to_server(self, client: Any, upstream: Any, state: dict[str, bool]) -> None:
        try:
            length = int.from_bytes(self._read(client, 4), "big")  # startup message
            upstream.sendall(length.to_bytes(4, "big") + self._read(client, length - 4))
            while True:
                kind = self._read(client, 1)
                size = self._read(client, 4)
                body = self._read(client, int.from_bytes(size, "big") - 4)
                if (
                    kind == b"Q"
                    and body.upper().startswith(self.COMMITTING)
                    and self.armed.is_set()
                ):
                    self.armed.clear()
                    state["commit_sent"] = True
                upstream.sendall(kind + size + body)
        except OSError:
            pass
        finally:
            with suppress(OSError):
                upstream.shutdown(self._socket.SHUT_WR)

    def _server_to_client(self, upstream: Any, client: Any, state: dict[str, bool]) -> None:
        try:
            while True:
                chunk = upstream.recv(65536)
                if not chunk:
                    break
                if state["commit_sent"]:  # the server answered the COMMIT: it is done
                    self.dropped.set()
                    break
                client.sendall(chunk)
        except OSError:
            pass
        finally:
            for sock in (client, upstream):  # shutdown wakes the other pump and tells the peer
                with suppress(OSError):
                    sock.shutdown(self._socket.SHUT_RDWR)
                with suppress(OSError):
                    sock.close()
