"""LISTEN on ``neurohub_changes`` on a dedicated connection, off the GUI thread (no Qt here).

The writing services NOTIFY inside their transaction (``db.notify.notify_change``), so a
notification arrives exactly when a change commits.  ``ChangeListener`` runs one daemon
thread: a ``select()`` loop with a timeout on the connection's socket and a wake-up pipe,
one callback per notification (on the listener thread: the Qt bridge re-emits it as a queued
signal).  When the connection is lost it reports ``reconnecting``, retries with backoff,
LISTENs again and then delivers a synthetic ``resync`` event, because changes committed while
it was away were not heard.  ``stop()`` wakes the loop and joins the thread.

A flood (any role may NOTIFY: a forged burst of 100,000 costs seconds of this process's CPU to
read, and through the GIL the station's responsiveness) closes the listening connection: the
rest of the burst dies with its socket unread, and after FLOOD_PAUSE_SECONDS the listener
connects again and delivers one ``resync``.
"""

from __future__ import annotations

import json
import logging
import os
import re
import select
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

import psycopg2
import psycopg2.extensions

from neurohub_desktop.db.notify import CHANNEL
from neurohub_desktop.domain.changes import KNOWN_KINDS, RESYNC, ChangeEvent

__all__ = [
    "BACKOFF_SECONDS",
    "KNOWN_KINDS",
    "RESYNC",
    "ChangeEvent",
    "ChangeListener",
    "parse_payload",
]

log = logging.getLogger(__name__)

BACKOFF_SECONDS: tuple[float, ...] = (0.2, 0.5, 1.0, 2.0, 5.0, 10.0)
_PROCESS = re.compile(r"PROC-\d{3}")
_UNIT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
MAX_PAYLOAD = 1000  # bytes; the functions send about 100
#: more notifications than this within one second is a flood (a real line sends a few per
#: second per station): the connection is closed (the rest is never read), and after
#: FLOOD_PAUSE_SECONDS a new one LISTENs and one ``resync`` follows
FLOOD_PER_SECOND = 500
FLOOD_PAUSE_SECONDS = 1.0


class _Flooded(Exception):
    """Raised inside the loop: drop the connection with the flood still in its socket."""


def parse_payload(payload: str, pid: int | None = None) -> ChangeEvent | None:
    """A NOTIFY payload → event, or None when it is not one the functions send (not JSON,
    too long, an unknown kind, a field of the wrong shape): such payloads are ignored."""
    if not payload or len(payload) > MAX_PAYLOAD:
        return None
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("kind") not in KNOWN_KINDS:
        return None
    lot, unit, process = data.get("lot_id"), data.get("unit"), data.get("process_id")
    if lot is not None and (not isinstance(lot, int) or isinstance(lot, bool) or lot < 1):
        return None
    if unit is not None and not (isinstance(unit, str) and _UNIT.fullmatch(unit)):
        return None
    if process is not None and not (isinstance(process, str) and _PROCESS.fullmatch(process)):
        return None
    return ChangeEvent(kind=data["kind"], lot_id=lot, unit=unit, process_id=process, sender_pid=pid)


class ChangeListener:
    """``ChangeListener(dsn, callback).start()`` … ``stop()``.  ``on_status`` receives
    ``connected`` / ``reconnecting`` (both on the listener thread)."""

    def __init__(
        self,
        dsn: str | Callable[[], str],
        callback: Callable[[ChangeEvent], None] | None = None,
        *,
        channel: str = CHANNEL,
        poll_timeout: float = 1.0,
        keepalive_seconds: float = 30.0,
        backoff: Sequence[float] = BACKOFF_SECONDS,
        on_status: Callable[[str], None] | None = None,
    ) -> None:
        self._dsn = dsn
        self.callback = callback
        self.on_status = on_status
        self._channel = channel
        self._poll_timeout = poll_timeout
        self._keepalive = keepalive_seconds
        self._backoff = tuple(backoff) or (1.0,)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn: Any = None
        self._wake_r, self._wake_w = -1, -1
        self._window = (0.0, 0)  # (start, notifications seen) of the current second
        self.dropped = 0  # notifications read but not parsed (the poll that found a flood)
        self.floods = 0  # connections closed because of a flood
        self.connected = threading.Event()
        self.connections = 0  # successful (re)connects, for tests and the status bar

    # -- public API -------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def backend_pid(self) -> int | None:
        """The server pid of the listening connection (None while disconnected)."""
        conn = self._conn
        try:
            return int(conn.get_backend_pid()) if conn is not None and not conn.closed else None
        except psycopg2.Error:
            return None

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        self._wake_r, self._wake_w = os.pipe()
        self._thread = threading.Thread(target=self._run, name="neurohub-listen", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        thread = self._thread
        if thread is None:
            return
        self._stop.set()
        try:
            os.write(self._wake_w, b"x")
        except OSError:
            pass
        thread.join(timeout)
        self._thread = None
        for fd in (self._wake_r, self._wake_w):
            try:
                os.close(fd)
            except OSError:
                pass
        self._wake_r = self._wake_w = -1

    # -- listener thread ------------------------------------------------------------------
    def _run(self) -> None:
        attempt = 0
        first = True
        while not self._stop.is_set():
            try:
                self._connect()
            except psycopg2.Error as exc:
                delay = self._backoff[min(attempt, len(self._backoff) - 1)]
                attempt += 1
                log.info("listen: connect failed (%s); retry in %.1fs", _oneline(exc), delay)
                self._status("reconnecting")
                self._wait(delay)
                continue
            attempt = 0
            self.connections += 1
            self.connected.set()
            self._status("connected")
            if not first:
                self._deliver(ChangeEvent(RESYNC))
            first = False
            try:
                self._loop()
            except _Flooded:
                self.connected.clear()
                self._close()  # what the socket still holds is never read
                self._wait(FLOOD_PAUSE_SECONDS)
            except (psycopg2.Error, OSError) as exc:
                if self._stop.is_set():
                    break
                log.warning("listen: connection lost (%s); reconnecting", _oneline(exc))
                self._status("reconnecting")
            finally:
                self.connected.clear()
                self._close()
        self._close()

    def _connect(self) -> None:
        dsn = self._dsn() if callable(self._dsn) else self._dsn  # a person's: fresh password
        conn = psycopg2.connect(
            dsn,
            application_name="neurohub-listen",
            connect_timeout=5,
            keepalives=1,
            keepalives_idle=10,
            keepalives_interval=5,
            keepalives_count=3,
        )
        conn.set_isolation_level(psycopg2.extensions.ISOLATION_LEVEL_AUTOCOMMIT)
        with conn.cursor() as cur:
            cur.execute(f'LISTEN "{self._channel}"')
        self._conn = conn

    def _loop(self) -> None:
        conn = self._conn
        idle = 0.0
        while not self._stop.is_set():
            ready, _, _ = select.select([conn, self._wake_r], [], [], self._poll_timeout)
            if self._wake_r in ready:
                return
            if not ready:
                idle += self._poll_timeout
                if idle >= self._keepalive:  # a silent network loss shows up here
                    idle = 0.0
                    with conn.cursor() as cur:
                        cur.execute("SELECT 1")
                continue
            idle = 0.0
            conn.poll()
            notifies, conn.notifies = conn.notifies, []
            self._count(len(notifies))
            for n in notifies:
                event = parse_payload(n.payload, n.pid)
                if event is not None:
                    self._deliver(event)

    def _count(self, count: int) -> None:
        """Count ``count`` notifications into this second; past FLOOD_PER_SECOND raise
        ``_Flooded`` (they are not parsed, the connection is dropped)."""
        start, seen = self._window
        now = time.monotonic()
        if now - start >= 1.0:
            start, seen = now, 0
        seen += count
        self._window = (start, seen)
        if seen > FLOOD_PER_SECOND:
            self._window = (now, 0)
            self.dropped += count
            self.floods += 1
            log.warning(
                "listen: more than %d notifications in a second; dropping the connection "
                "for %.1fs (then one resync)",
                FLOOD_PER_SECOND,
                FLOOD_PAUSE_SECONDS,
            )
            raise _Flooded

    def _deliver(self, event: ChangeEvent) -> None:
        callback = self.callback
        if callback is None:
            return
        try:
            callback(event)
        except Exception:  # a bad receiver must not kill the listener
            log.exception("listen: callback failed for %s", event)

    def _status(self, status: str) -> None:
        if self.on_status is not None:
            try:
                self.on_status(status)
            except Exception:
                log.exception("listen: status callback failed")

    def _wait(self, seconds: float) -> None:
        if self._wake_r >= 0:
            select.select([self._wake_r], [], [], seconds)
        else:
            self._stop.wait(seconds)

    def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except psycopg2.Error:
                pass


def _oneline(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]
