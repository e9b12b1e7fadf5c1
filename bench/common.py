"""Shared bench plumbing: a private embedded server, fresh databases, timing statistics."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg2
from psycopg2 import sql
from sqlalchemy.engine import URL

from neurohub_desktop.db.embedded import EmbeddedServer, bin_dir
from neurohub_desktop.db.engine import libpq_dsn
from neurohub_desktop.db.roles import namespace


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


@dataclass
class Stats:
    name: str
    samples_ms: list[float] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        s = self.samples_ms
        return {
            "name": self.name,
            "n": len(s),
            "median_ms": statistics.median(s) if s else None,
            "p95_ms": percentile(s, 95),
            "p99_ms": percentile(s, 99),
            "max_ms": max(s) if s else None,
        }


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = fn()
    return (time.perf_counter() - t0) * 1000, result


@dataclass
class BenchServer:
    server: EmbeddedServer
    admin: URL
    #: databases a section leaves for a later one (e.g. B1's populated template for B4)
    shared: dict[str, str] = field(default_factory=dict)

    def new_database(self, name: str, template: str | None = None) -> URL:
        create = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            create = sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(template)
            )
        conn = psycopg2.connect(libpq_dsn(self.admin))
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
            cur.execute(create)
        conn.close()
        return self.admin.set(database=name)

    def drop_database(self, name: str, *, roles: bool = False) -> None:
        """DROP DATABASE; with ``roles``, also the PostgreSQL roles named for it (groups,
        kiosk, the people's logins: ``db.roles.namespace``), which nothing else holds."""
        conn = psycopg2.connect(libpq_dsn(self.admin))
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
            if roles:
                cur.execute(
                    "SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                    (namespace(name).replace("_", "\\_") + "\\_%",),
                )
                for (role,) in cur.fetchall():
                    cur.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
        conn.close()

    def fetch(self, url: URL, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        conn = psycopg2.connect(libpq_dsn(url))
        try:
            with conn.cursor() as cur:
                cur.execute(query, params)
                return list(cur.fetchall())
        finally:
            conn.close()

    def psql(self, url: URL, script: str) -> None:
        subprocess.run(
            [str(bin_dir() / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", libpq_dsn(url)],
            input=script,
            text=True,
            check=True,
            capture_output=True,
        )


@contextmanager
def bench_server() -> Iterator[BenchServer]:
    with tempfile.TemporaryDirectory(prefix="nh-bench-") as tmp:
        os.chmod(tmp, 0o755)
        server = EmbeddedServer(Path(tmp) / "pgdata")
        admin = server.start(database="postgres")
        try:
            yield BenchServer(server, admin)
        finally:
            server.stop()


#: how long a section waits at most for the server to finish an earlier section's work
SETTLE_LIMIT_S = 180.0


def settle(srv: BenchServer, *, limit_s: float = SETTLE_LIMIT_S) -> float:
    """Let the server finish what an earlier section left it (B1 writes GBs: its dirty
    buffers, the autovacuum and analyze of its tables) before the next one measures: a
    CHECKPOINT, then wait until no autovacuum worker runs and this machine's 1-minute load
    is under 1 (one core free), within ``limit_s``.  Returns the seconds it took; a section
    that starts after the limit says so with its load average."""
    t0 = time.monotonic()
    conn = psycopg2.connect(libpq_dsn(srv.admin))
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute("CHECKPOINT")
            while time.monotonic() - t0 < limit_s:
                cur.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'"
                )
                if cur.fetchone()[0] == 0 and os.getloadavg()[0] < 1.0:
                    break
                time.sleep(1.0)
    finally:
        conn.close()
    return round(time.monotonic() - t0, 1)


def machine() -> dict[str, Any]:
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            mem = f.readline().split(":")[1].strip()
    except OSError:
        pass
    cpu = platform.processor()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "memory": mem,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def server_version(url: URL) -> str:
    conn = psycopg2.connect(libpq_dsn(url))
    with conn.cursor() as cur:
        cur.execute("SHOW server_version")
        version = cur.fetchone()[0]
    conn.close()
    return str(version)


def server_cpu(postmaster: int) -> float:
    """CPU seconds the PostgreSQL server has used so far, from /proc/<pid>/stat: the
    postmaster's own and its exited children's (utime, stime, cutime, cstime) plus every live
    child's (backends, WAL writer, checkpointer …) utime + stime.  A backend that exits in
    between moves from the second sum into the first, so a difference counts it once."""
    tick = os.sysconf("SC_CLK_TCK")

    def stat(pid: int | str) -> list[str]:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()  # fields from 3 (state) on

    try:
        own = stat(postmaster)
        total = sum(float(x) for x in own[11:15])  # utime stime cutime cstime
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                f = stat(pid)
            except OSError:
                continue
            if int(f[1]) == postmaster:  # ppid
                total += float(f[11]) + float(f[12])
    except OSError:
        return 0.0
    return total / tick


def postmaster_pid(url: URL) -> int:
    """The server's postmaster: the parent of a backend (read from /proc)."""
    conn = psycopg2.connect(libpq_dsn(url))
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT pg_backend_pid()")
            backend = int(cur.fetchone()[0])
    finally:
        conn.close()
    with open(f"/proc/{backend}/stat") as f:
        return int(f.read().rsplit(")", 1)[1].split()[1])
