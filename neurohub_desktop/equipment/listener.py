"""The station's TCP listener for its tester: threads, a deadline on every socket operation.

One accept thread (a 0.2 s accept timeout, so ``stop()`` ends it promptly) and one thread
per connection (at most ``max_clients``).  A peer whose address is not allowed is closed
before a byte is read.  Each request line goes to ``handler`` in the connection's thread and
its answer is written back before the next line is read, so a tester gets its ACKs in order
and only after the handler (the database) answered.  Nothing here raises into the caller:
a bad line is answered with an ERROR ACK, a connection that breaks the limits is closed, and
each such event is one log line.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from neurohub_desktop.equipment.protocol import (
    MAX_LINE,
    Ack,
    ProtocolError,
    TesterResult,
    error,
    parse_request,
)

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
DEFAULT_PORT = 9000

Handler = Callable[[TesterResult], Ack]


@dataclass(frozen=True)
class ListenerLimits:
    #: a connection with no complete line for this long is closed (a half-open tester)
    idle_seconds: float = 60.0
    #: a line must arrive whole within this once its first byte came (a slow tester)
    line_seconds: float = 10.0
    #: writing one ACK may take this long (a tester that stopped reading)
    write_seconds: float = 5.0
    max_clients: int = 4


def allowed_set(address: str, allowed: Iterable[str]) -> frozenset[str]:
    """The peers allowed to connect: the loopback address alone when bound to it, else the
    addresses named (normalised; a bad one raises ValueError)."""
    named = frozenset(str(ipaddress.ip_address(a.strip())) for a in allowed if a.strip())
    if str(ipaddress.ip_address(address)) == LOOPBACK:
        return named | {LOOPBACK}
    return named


class TesterListener:
    """Listens on ``address:port`` for the allowed peers; ``start()`` binds (OSError if it
    cannot), ``stop()`` closes everything and joins the threads."""

    __test__ = False  # not a pytest class

    def __init__(
        self,
        handler: Handler,
        *,
        address: str = LOOPBACK,
        port: int = DEFAULT_PORT,
        allowed: Iterable[str] = (),
        limits: ListenerLimits | None = None,
    ) -> None:
        self._handler = handler
        self.address = str(ipaddress.ip_address(address))
        self._port = port
        self.allowed = allowed_set(self.address, allowed)
        self.limits = limits or ListenerLimits()
        self._sock: socket.socket | None = None
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._clients: set[socket.socket] = set()
        self._lock = threading.Lock()

    @property
    def port(self) -> int:
        """The bound port (the real one when asked for port 0)."""
        return self._sock.getsockname()[1] if self._sock is not None else self._port

    def start(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.address, self._port))
            sock.listen(8)
        except OSError:
            sock.close()
            raise
        sock.settimeout(0.2)
        self._sock = sock
        self._stop.clear()
        t = threading.Thread(target=self._accept_loop, name="tester-accept", daemon=True)
        self._threads.append(t)
        t.start()
        log.info(
            "tester listener on %s:%s (allowed: %s)",
            self.address,
            self.port,
            ", ".join(sorted(self.allowed)),
        )

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._sock is not None:
            self._sock.close()
        with self._lock:
            for c in self._clients:
                _shutdown(c)
        for t in list(self._threads):
            if t is not threading.current_thread():
                t.join(timeout)
        self._threads.clear()

    # -- threads -----------------------------------------------------------------------------
    def _accept_loop(self) -> None:
        assert self._sock is not None
        while not self._stop.is_set():
            try:
                conn, peer = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                if not self._stop.is_set():
                    log.exception("tester listener: accept failed")
                return
            host = peer[0]
            if host not in self.allowed:
                log.warning("tester listener: refused %s:%s (not allowed)", host, peer[1])
                _close(conn)
                continue
            with self._lock:
                if len(self._clients) >= self.limits.max_clients:
                    log.warning("tester listener: refused %s (too many connections)", host)
                    _close(conn)
                    continue
                self._clients.add(conn)
            t = threading.Thread(
                target=self._serve,
                args=(conn, f"{host}:{peer[1]}"),
                name="tester-conn",
                daemon=True,
            )
            self._threads = [x for x in self._threads if x.is_alive()] + [t]
            t.start()

    def _serve(self, conn: socket.socket, peer: str) -> None:
        try:
            self._read_lines(conn, peer)
        except OSError as exc:
            log.info("tester %s: connection ended (%s)", peer, exc)
        except Exception:  # noqa: BLE001 - a bug here must not end the listener
            log.exception("tester %s: connection failed", peer)
        finally:
            with self._lock:
                self._clients.discard(conn)
            _close(conn)

    def _read_lines(self, conn: socket.socket, peer: str) -> None:
        lim = self.limits
        buf = bytearray()
        started: float | None = None  # when the partial line in buf began
        last_line = time.monotonic()
        while not self._stop.is_set():
            now = time.monotonic()
            deadline = (
                (started + lim.line_seconds)
                if started is not None
                else (last_line + lim.idle_seconds)
            )
            if now >= deadline:
                what = "a line took too long" if started is not None else "idle"
                log.warning("tester %s: closed (%s)", peer, what)
                if started is not None:
                    self._send(conn, error("TIMEOUT", f"{what}; connection closed"), peer)
                    _drain(conn)
                return
            conn.settimeout(min(1.0, deadline - now))
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            if not chunk:
                if buf:
                    log.warning(
                        "tester %s: disconnected mid-message (%d bytes dropped)", peer, len(buf)
                    )
                return
            if started is None:
                started = time.monotonic()
            buf += chunk
            while True:
                end = buf.find(b"\n")
                if end < 0:
                    break
                line = bytes(buf[:end]).rstrip(b"\r")
                del buf[: end + 1]
                if end + 1 > MAX_LINE:
                    self._too_long(conn, peer)
                    _drain(conn)
                    return
                if line.strip():
                    self._send(conn, self._answer(line, peer), peer)
                last_line = time.monotonic()
                started = time.monotonic() if buf else None
            if len(buf) >= MAX_LINE:
                self._too_long(conn, peer)
                _drain(conn)
                return

    def _too_long(self, conn: socket.socket, peer: str) -> None:
        log.warning("tester %s: closed (a line over %d bytes)", peer, MAX_LINE)
        self._send(
            conn, error("LINE_TOO_LONG", f"a line over {MAX_LINE} bytes; connection closed"), peer
        )

    def _answer(self, line: bytes, peer: str) -> Ack:
        try:
            request = parse_request(line)
        except ProtocolError as exc:
            log.warning("tester %s: %s (%s)", peer, exc.code, exc.reason)
            return error(exc.code, exc.reason, exc.message_id)
        try:
            return self._handler(request)
        except Exception:  # noqa: BLE001 - answered, logged, never a crash
            log.exception("tester %s: message %s failed", peer, request.message_id)
            return error(
                "INTERNAL", "the station could not handle it; send it again", request.message_id
            )

    def _send(self, conn: socket.socket, ack: Ack, peer: str) -> None:
        conn.settimeout(self.limits.write_seconds)
        conn.sendall(ack.to_line())


def _drain(conn: socket.socket, seconds: float = 1.0) -> None:
    """Closing with unread bytes resets the connection and can lose the last ACK: stop
    sending, read what is left for a moment (a deadline, not the tester's pace), then close."""
    _shutdown_write(conn)
    end = time.monotonic() + seconds
    try:
        while (left := end - time.monotonic()) > 0:
            conn.settimeout(left)
            if not conn.recv(65536):
                return
    except OSError:
        return


def _shutdown_write(conn: socket.socket) -> None:
    try:
        conn.shutdown(socket.SHUT_WR)
    except OSError:
        pass


def _shutdown(conn: socket.socket) -> None:
    try:
        conn.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _close(conn: socket.socket) -> None:
    try:
        conn.close()
    except OSError:
        pass
