"""Printer transports against a real loopback socket and a real folder (no sleeps)."""

from __future__ import annotations

import datetime as dt
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from catalog import has_hangul, korean

from neurohub_desktop.printing.printer import (
    PrintError,
    SpoolPrinter,
    TcpPrinter,
    make_printer,
)
from neurohub_desktop.printing.zpl import serial_label

ZPL = serial_label("WF261128D01-0007", "WF261128D01", "WF 한글", dt.date(2026, 11, 28))


class Sink:
    """A one-connection TCP server on 127.0.0.1 that records what it receives."""

    def __init__(self, *, read: bool = True) -> None:
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(1)
        self.server.settimeout(10)
        self.port: int = self.server.getsockname()[1]
        self.received = bytearray()
        self.eof = threading.Event()
        self.release = threading.Event()
        self.accepted = threading.Event()
        self.error: BaseException | None = None
        self._read = read
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            conn, _ = self.server.accept()
            self.accepted.set()
            with conn:
                conn.settimeout(10)
                if not self._read:
                    self.release.wait(10)
                    return
                while chunk := conn.recv(65536):
                    self.received += chunk
                self.eof.set()
        except BaseException as exc:  # surfaced by the test
            self.error = exc

    def close(self) -> None:
        self.release.set()
        if not self.accepted.is_set():  # unblock accept() so the thread ends now
            socket.create_connection(("127.0.0.1", self.port), timeout=5).close()
        self.thread.join(10)
        self.server.close()


@pytest.fixture
def sink() -> Iterator[Sink]:
    s = Sink()
    yield s
    s.close()


def test_tcp_printer_sends_exact_bytes(sink: Sink) -> None:
    printer = TcpPrinter("127.0.0.1", sink.port)
    printer.send(ZPL, "WF261128D01-0007")
    assert sink.eof.wait(10), "the printer must see a clean end of job"
    sink.thread.join(10)
    assert sink.error is None
    assert bytes(sink.received) == ZPL.encode("utf-8")
    assert printer.describe() == f"tcp://127.0.0.1:{sink.port}"


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def test_refused_connection_is_retryable() -> None:
    printer = TcpPrinter("127.0.0.1", _closed_port(), connect_timeout=2.0)
    with pytest.raises(PrintError) as info:
        printer.send(ZPL, "X")
    err = info.value
    assert err.retryable and str(err) and has_hangul(korean(err.msg))
    assert isinstance(err.__cause__, ConnectionRefusedError)


def test_send_timeout_when_printer_stops_reading() -> None:
    stalled = Sink(read=False)
    try:
        printer = TcpPrinter("127.0.0.1", stalled.port, send_timeout=0.2)
        with pytest.raises(PrintError) as info:
            printer.send("^XA" + "A" * (32 * 1024 * 1024) + "^XZ", "BIG")
        assert info.value.retryable and "partly" in str(info.value)
    finally:
        stalled.close()


def test_unresolvable_host_is_not_retryable(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> socket.socket:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "create_connection", no_such_host)  # no real DNS in tests
    printer = TcpPrinter("printer.invalid", 9100, connect_timeout=2.0)
    with pytest.raises(PrintError) as info:
        printer.send(ZPL, "X")
    assert info.value.retryable is False


def test_empty_label_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PrintError) as info:
        TcpPrinter("127.0.0.1", _closed_port()).send("  ", "X")
    assert info.value.retryable is False
    with pytest.raises(PrintError) as info:
        SpoolPrinter(tmp_path).send("", "X")
    assert info.value.retryable is False


def test_spool_printer_writes_exact_content(tmp_path: Path) -> None:
    moment = dt.datetime(2026, 11, 28, 9, 30, 15, 123456, tzinfo=dt.UTC)
    printer = SpoolPrinter(tmp_path, clock=lambda: moment)
    printer.send(ZPL, "WF261128D01-0007")
    printer.send(ZPL, "WF261128D01-0007")  # a reprint in the same microsecond
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "20261128T093015123456Z_WF261128D01-0007.zpl",
        "20261128T093015123456Z_WF261128D01-0007_1.zpl",
    ]
    assert (tmp_path / names[0]).read_bytes() == ZPL.encode("utf-8")
    assert printer.last_path == tmp_path / names[1]
    assert printer.describe() == f"spool:{tmp_path}"


def test_spool_printer_sanitises_file_names(tmp_path: Path) -> None:
    printer = SpoolPrinter(tmp_path)
    printer.send(ZPL, "../../etc/passwd")
    assert printer.last_path is not None and printer.last_path.parent == tmp_path
    assert [p.name for p in tmp_path.iterdir()] == [printer.last_path.name]


def test_spool_folder_missing(tmp_path: Path) -> None:
    printer = SpoolPrinter(tmp_path / "share-not-mounted")
    with pytest.raises(PrintError) as info:
        printer.send(ZPL, "X")
    assert info.value.retryable
    assert not (tmp_path / "share-not-mounted").exists()


@pytest.mark.parametrize(
    ("spec", "described"),
    [
        ("10.0.0.5:9100", "tcp://10.0.0.5:9100"),
        ("10.0.0.5", "tcp://10.0.0.5:9100"),
        (" zebra-st07:6101 ", "tcp://zebra-st07:6101"),
        ("tcp://10.0.0.5:9101/", "tcp://10.0.0.5:9101"),
        ("[::1]:9100", "tcp://[::1]:9100"),
        ("fe80::1", "tcp://[fe80::1]:9100"),
        ("spool:/var/spool/labels", "spool:/var/spool/labels"),
        ("/var/spool/labels", "spool:/var/spool/labels"),
    ],
)
def test_make_printer(spec: str, described: str) -> None:
    printer = make_printer(spec)
    assert printer is not None and printer.describe() == described


def test_make_printer_windows_and_none() -> None:
    assert make_printer(None) is None
    assert isinstance(make_printer(r"C:\labels"), SpoolPrinter)
    assert isinstance(make_printer(r"\\server\labels"), SpoolPrinter)


@pytest.mark.parametrize(
    "spec",
    [
        "",
        "   ",
        "spool:",
        "host:0",
        "host:70000",
        "host:port",
        "a b:9100",
        "host:9100:1",
        "[::1",
        "tcp://",
    ],
)
def test_make_printer_refuses(spec: str) -> None:
    with pytest.raises(PrintError) as info:
        make_printer(spec)
    assert info.value.retryable is False
