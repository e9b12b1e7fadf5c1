"""Printer transports: raw ZPL over TCP (port 9100) or files in a spool folder.

Every failure is a PrintError with a message (``Msg``) and a ``retryable``
flag (the operator can press "print again"); nothing is swallowed.  ``describe()`` is what
the PROC-007 record stores as the printer of a print.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import re
import socket
import tempfile
from collections.abc import Callable
from pathlib import Path, PureWindowsPath
from typing import Protocol

from neurohub_desktop.domain.errors import NeuroHubError
from neurohub_desktop.domain.messages import Msg

DEFAULT_PORT = 9100


class PrintError(NeuroHubError):
    """The label did not reach the printer (or may only partly have)."""

    code = "PRINT"

    def __init__(self, msg: Msg, *, retryable: bool, detail: str | None = None) -> None:
        super().__init__(msg, detail=detail)
        self.retryable = retryable


class Printer(Protocol):
    def send(self, zpl: str, label_id: str) -> None:
        """Deliver one label; raise PrintError on any failure."""

    def describe(self) -> str:
        """Where labels go, for the print record (``tcp://host:9100``, ``spool:/path``)."""


def _payload(zpl: str) -> bytes:
    if not isinstance(zpl, str) or not zpl.strip():
        raise PrintError(
            Msg("There is nothing to print (empty label)."),
            retryable=False,
        )
    return zpl.encode("utf-8")


class TcpPrinter:
    """A network label printer that takes raw ZPL on a TCP port (Zebra: 9100)."""

    def __init__(
        self,
        host: str,
        port: int = DEFAULT_PORT,
        connect_timeout: float = 3.0,
        send_timeout: float = 5.0,
    ) -> None:
        if not host or any(ch.isspace() or ch == "/" for ch in host):
            raise PrintError(
                Msg("Invalid printer host {host}.", host=repr(host)),
                retryable=False,
            )
        if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
            raise PrintError(
                Msg("Invalid printer port {port}.", port=repr(port)),
                retryable=False,
            )
        if not (connect_timeout > 0 and send_timeout > 0):
            raise PrintError(
                Msg("Printer timeouts must be positive."),
                retryable=False,
            )
        self.host = host
        self.port = port
        self.connect_timeout = connect_timeout
        self.send_timeout = send_timeout

    def describe(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"tcp://{host}:{self.port}"

    def send(self, zpl: str, label_id: str) -> None:
        data = _payload(zpl)
        where = self.describe()
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.connect_timeout)
        except socket.gaierror as exc:
            raise PrintError(
                Msg(
                    "Printer address {host} cannot be resolved; check the station settings.",
                    host=self.host,
                ),
                retryable=False,
                detail=str(exc),
            ) from exc
        except TimeoutError as exc:
            raise PrintError(
                Msg(
                    "The printer at {printer} did not answer within {seconds} s. "
                    "Is it switched on and connected?",
                    printer=where,
                    seconds=f"{self.connect_timeout:g}",
                ),
                retryable=True,
                detail=str(exc),
            ) from exc
        except ConnectionRefusedError as exc:
            raise PrintError(
                Msg(
                    "The printer at {printer} refused the connection (busy, or not a printer "
                    "port).",
                    printer=where,
                ),
                retryable=True,
                detail=str(exc),
            ) from exc
        except OSError as exc:
            raise PrintError(
                Msg(
                    "Cannot reach the printer at {printer}: {error}.",
                    printer=where,
                    error=str(exc.strerror or exc),
                ),
                retryable=True,
                detail=str(exc),
            ) from exc
        try:
            with sock:
                sock.settimeout(self.send_timeout)
                sock.sendall(data)
                sock.shutdown(socket.SHUT_WR)  # end of job: the printer sees a clean EOF
        except TimeoutError as exc:
            raise PrintError(
                Msg(
                    "Sending the label to {printer} timed out; it may be partly "
                    "printed. Check the printer before printing again.",
                    printer=where,
                ),
                retryable=True,
                detail=str(exc),
            ) from exc
        except OSError as exc:
            raise PrintError(
                Msg(
                    "The connection to {printer} broke while sending the label: {error}.",
                    printer=where,
                    error=str(exc.strerror or exc),
                ),
                retryable=True,
                detail=str(exc),
            ) from exc


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SpoolPrinter:
    """Writes each label as ``<UTC timestamp>_<id>.zpl`` into a folder that a print service
    watches.  The file appears complete or not at all (temp file, fsync, rename).  The folder
    must exist: a missing network share is reported, not silently re-created locally."""

    def __init__(
        self, folder: str | os.PathLike[str], *, clock: Callable[[], dt.datetime] = _utc_now
    ) -> None:
        self.folder = Path(folder)
        self._clock = clock
        self.last_path: Path | None = None

    def describe(self) -> str:
        return f"spool:{self.folder}"

    def send(self, zpl: str, label_id: str) -> None:
        data = _payload(zpl)
        if not self.folder.is_dir():
            raise PrintError(
                Msg(
                    "The spool folder {folder} does not exist or is not reachable.",
                    folder=str(self.folder),
                ),
                retryable=True,
            )
        stamp = self._clock().astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        safe_id = re.sub(r"[^A-Za-z0-9-]", "_", label_id)[:64] or "label"
        tmp_name: str | None = None
        try:
            fd, tmp_name = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            target = self.folder / f"{stamp}_{safe_id}.zpl"
            n = 1
            while target.exists():
                target = self.folder / f"{stamp}_{safe_id}_{n}.zpl"
                n += 1
            os.replace(tmp_name, target)
            tmp_name = None
        except OSError as exc:
            raise PrintError(
                Msg(
                    "Cannot write the label into {folder}: {error}.",
                    folder=str(self.folder),
                    error=str(exc.strerror or exc),
                ),
                retryable=True,
                detail=str(exc),
            ) from exc
        finally:
            if tmp_name is not None:
                try:
                    os.unlink(tmp_name)
                except OSError:
                    pass  # the original error is the one to report
        self.last_path = target


_HOST_PORT_RE = re.compile(r"(?:\[(?P<v6>[^\]]+)\]|(?P<host>[^:\[\]]+))(?::(?P<port>[0-9]+))?")


def make_printer(spec: str | None) -> TcpPrinter | SpoolPrinter | None:
    """Printer from the station setting.

    ``None`` → no printer; ``spool:<folder>`` or an absolute path → SpoolPrinter;
    ``host``, ``host:port``, ``[v6]:port`` or ``tcp://host:port`` → TcpPrinter (port 9100
    by default).  Anything else raises PrintError (not retryable)."""
    if spec is None:
        return None
    text = spec.strip()
    if text.lower().startswith("spool:"):
        folder = text[len("spool:") :].strip()
        if not folder:
            raise _bad_spec(spec)
        return SpoolPrinter(Path(folder).expanduser())
    if text.startswith(("/", "\\\\", "~")) or PureWindowsPath(text).is_absolute():
        return SpoolPrinter(Path(text).expanduser())
    if text.lower().startswith("tcp://"):
        text = text[len("tcp://") :].rstrip("/")
    if text.count(":") > 1 and not text.startswith("["):  # a bare IPv6 address
        try:
            ipaddress.IPv6Address(text)
        except ValueError:
            raise _bad_spec(spec) from None
        return TcpPrinter(text)
    m = _HOST_PORT_RE.fullmatch(text)
    if m is None:
        raise _bad_spec(spec)
    host = m["v6"] or m["host"]
    port = int(m["port"]) if m["port"] else DEFAULT_PORT
    if not 0 < port < 65536:
        raise _bad_spec(spec)
    return TcpPrinter(host, port)


def _bad_spec(spec: str) -> PrintError:
    return PrintError(
        Msg(
            "Printer setting {setting} is not host:port, spool:<folder> or a folder path.",
            setting=repr(spec),
        ),
        retryable=False,
    )
