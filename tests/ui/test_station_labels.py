"""Labels at the stations: the ZPL content, a test printer on 127.0.0.1 that receives exactly
that ZPL, and a refused connection that shows an error and keeps the record."""

from __future__ import annotations

import socket
import threading

import factories as f
import pytest
from station_ui import click, make_ctx, scan, settle

from neurohub_desktop.printing import zpl
from neurohub_desktop.printing.printer import TcpPrinter
from neurohub_desktop.ui.station.page import StationPage


class PrinterServer:
    """A one-thread TCP server on 127.0.0.1 that records each job (bytes up to EOF)."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.jobs: list[bytes] = []
        self.got_job = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                chunks = []
                while data := conn.recv(65536):
                    chunks.append(data)
            self.jobs.append(b"".join(chunks))
            self.got_job.set()

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def printer_server():
    server = PrinterServer()
    yield server
    server.close()


@pytest.fixture
def worker(sm):
    f.firmware(sm)
    return f.user(sm, "worker1", "WORKER")


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return int(port)


def station(qtbot, sm, pid, worker, printer):  # type: ignore[no-untyped-def]
    page = StationPage(make_ctx(sm, pid, worker, printer=printer))
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, page.ctx)
    return page


def test_serial_label_reaches_the_printer_exactly(qtbot, sm, worker, printer_server) -> None:
    lot = f.lot(sm)
    wip = f.wip_through(sm, worker, lot, last=6)
    page = station(
        qtbot,
        sm,
        "PROC-007",
        worker,
        TcpPrinter("127.0.0.1", printer_server.port, connect_timeout=2),
    )
    with qtbot.waitSignal(page.label_printed, timeout=10_000):
        scan(qtbot, page, wip)
    settle(qtbot, page.ctx)
    serial = f"{lot}-0001"
    assert printer_server.got_job.wait(5)
    sent = printer_server.jobs[0].decode("utf-8")
    assert sent == page.preview.zpl()
    assert sent == zpl.serial_label(serial, lot, "WF", page.unit.prints[0].at.astimezone().date())
    fields = zpl.parse_fields(sent)
    assert serial in fields
    code128 = sent.split("^BC", 1)[1]
    assert code128.split("^FD", 1)[1].split("^FS", 1)[0] == serial
    assert any("LOT " + lot in x and "WF" in x for x in fields)
    prints = f.scalar(sm, "SELECT process_specific_data->'prints' FROM process_data")
    assert len(prints) == 1 and prints[0]["printer"] == f"tcp://127.0.0.1:{printer_server.port}"
    # Reprint needs a reason; it is recorded too.
    assert page.print_button.text() != "" and page.print_button.isEnabled()
    page.reprint_reason.setCurrentText("")
    with qtbot.waitSignal(page.refused, timeout=5_000):
        click(qtbot, page, page.print_button)
    page.reprint_reason.setCurrentText("Label damaged")
    printer_server.got_job.clear()
    click(qtbot, page, page.print_button)
    assert printer_server.got_job.wait(5) and len(printer_server.jobs) == 2
    prints = f.scalar(sm, "SELECT process_specific_data->'prints' FROM process_data")
    assert [p["reason"] for p in prints] == [None, "Label damaged"]


def test_wip_label_at_proc001(qtbot, sm, worker, printer_server) -> None:
    lot = f.lot(sm)
    page = station(
        qtbot,
        sm,
        "PROC-001",
        worker,
        TcpPrinter("127.0.0.1", printer_server.port, connect_timeout=2),
    )
    scan(qtbot, page, lot)
    wip = f"WIP-{lot}-001"
    assert printer_server.got_job.wait(5)
    assert printer_server.jobs[0].decode() == zpl.wip_label(wip) == page.preview.zpl()
    assert zpl.parse_fields(printer_server.jobs[0].decode())[-1] == wip


def test_refused_connection_shows_an_error_and_keeps_the_record(qtbot, sm, worker) -> None:
    lot = f.lot(sm)
    wip = f.wip_through(sm, worker, lot, last=6)
    page = station(
        qtbot, sm, "PROC-007", worker, TcpPrinter("127.0.0.1", free_port(), connect_timeout=2)
    )
    with qtbot.waitSignal(page.refused, timeout=10_000) as sig:
        scan(qtbot, page, wip)
    settle(qtbot, page.ctx)
    assert "연결을 거부" in sig.args[0] and page.banner.property("level") == "error"
    serial = f"{lot}-0001"
    assert page.unit.serial_number == serial and page.awaiting == "label"
    row = f.rows(sm, "SELECT result, process_specific_data->'prints' FROM process_data")[0]
    assert row[0] is None and row[1] == []
    assert f.scalar(sm, "SELECT status FROM wip_items") == "CONVERTED"
    assert page.print_button.isEnabled()  # print again once the printer is back
    # The operator can still verify the label (e.g. printed elsewhere) and record PASS.
    scan(qtbot, page, serial)
    assert f.scalar(sm, "SELECT result FROM process_data") == "PASS"
