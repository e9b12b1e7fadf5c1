"""Every call has a deadline (issue 13): a frozen network must not hang a station.

A connection whose network stops forwarding without closing (a switch or proxy that hangs, a
cable pulled behind a bridge) gives libpq nothing to react to: the socket stays open, keepalive
probes may still be answered, and a call waits for minutes.  So each engine gets a deadline:

* from the moment the pool hands a connection out (and around each pre-ping) until it is given
  back, a watchdog thread holds the connection's deadline; when it passes, the watchdog shuts
  the socket down (``shutdown(SHUT_RDWR)`` on the connection's descriptor), the blocked call
  fails at once with a lost connection, and SQLAlchemy throws the connection away;
* a write sent as ``SELECT nh_…(…)`` carries its own expiry, in the server's clock
  (``valid_until``: this PC's clock plus the offset measured when the connection was made):
  held back by a frozen network and delivered later, it finds its time passed and writes
  nothing — a record never commits minutes late, after its operator has gone.

No Qt here; the watchdog is one daemon thread for the process.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import socket
import threading
import time
from typing import Any

from sqlalchemy import Engine, event

log = logging.getLogger(__name__)


class Watchdog:
    """Deadlines for borrowed connections: ``arm(key, fd, seconds)`` … ``disarm(key)``."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._armed: dict[int, tuple[float, int, int]] = {}  # key → (deadline, fd, ticket)
        self._heap: list[tuple[float, int, int]] = []  # (deadline, ticket, key)
        self._tickets = itertools.count()
        self._thread: threading.Thread | None = None
        self.fired = 0

    def arm(self, key: int, fd: int, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        with self._cond:
            ticket = next(self._tickets)
            self._armed[key] = (deadline, fd, ticket)
            heapq.heappush(self._heap, (deadline, ticket, key))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="neurohub-deadline", daemon=True
                )
                self._thread.start()
            if self._heap[0][1] == ticket:
                self._cond.notify()

    def disarm(self, key: int) -> None:
        with self._cond:
            self._armed.pop(key, None)  # its heap entry is skipped when it comes up

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._heap:
                    self._cond.wait()
                deadline, ticket, key = self._heap[0]
                wait = deadline - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                heapq.heappop(self._heap)
                armed = self._armed.get(key)
                if armed is None or armed[2] != ticket:
                    continue  # disarmed, or armed again since
                del self._armed[key]
                fd = armed[1]
                self.fired += 1
            _shut(fd)


def _shut(fd: int) -> None:
    """Make every blocked read or write on ``fd`` fail now (the descriptor stays open: its
    owner closes it)."""
    try:
        sock = socket.socket(fileno=fd)
    except OSError:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
        log.warning("a database call passed its deadline; its connection was dropped")
    except OSError:
        pass
    finally:
        sock.detach()  # the descriptor belongs to libpq


WATCHDOG = Watchdog()


def install(engine: Engine, seconds: float, *, server_clock: bool = False) -> None:
    """Give every connection ``engine`` lends out ``seconds`` until it is back in the pool;
    ``server_clock`` (the writer, whose calls carry an expiry): measure the server's clock on
    each new connection (``nh_clock_offset``) — a read engine skips that round trip."""
    engine.nh_deadline_s = seconds  # type: ignore[attr-defined]
    # server − this PC, seconds; None: not measured, so calls carry no expiry
    engine.nh_clock_offset = 0.0 if server_clock else None  # type: ignore[attr-defined]
    if server_clock:
        _measure_clock(engine)

    @event.listens_for(engine, "checkout")
    def _lent(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        WATCHDOG.arm(id(dbapi_connection), dbapi_connection.fileno(), seconds)

    @event.listens_for(engine, "checkin")
    def _back(dbapi_connection: Any, _record: Any) -> None:
        if dbapi_connection is not None:
            WATCHDOG.disarm(id(dbapi_connection))

    dialect = engine.dialect
    ping = dialect.do_ping

    def do_ping(dbapi_connection: Any) -> bool:  # before "checkout": a ping may hang too
        WATCHDOG.arm(id(dbapi_connection), dbapi_connection.fileno(), seconds)
        try:
            return bool(ping(dbapi_connection))
        finally:
            WATCHDOG.disarm(id(dbapi_connection))

    dialect.do_ping = do_ping  # type: ignore[method-assign]


def _measure_clock(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _clock(dbapi_connection: Any, _record: Any) -> None:
        before = time.time()
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("SELECT extract(epoch FROM clock_timestamp())")
            server = float(cursor.fetchone()[0])
        finally:
            cursor.close()
        after = time.time()
        dbapi_connection.rollback()  # the pool expects a connection outside a transaction
        engine.nh_clock_offset = server - (before + after) / 2  # type: ignore[attr-defined]


def valid_until(engine: Engine) -> float | None:
    """The server-clock epoch after which a write sent now must not run (None: the engine has
    no deadline, or no measured server clock)."""
    seconds = getattr(engine, "nh_deadline_s", None)
    offset = getattr(engine, "nh_clock_offset", None)
    if seconds is None or offset is None:
        return None
    return time.time() + float(offset) + float(seconds)
