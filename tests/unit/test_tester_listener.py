"""The tester listener on its own (no database): who may connect, what a bad line gets, and
that a slow, half-open or vanishing tester never stops it (tools/tester_sim.py drives it)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from neurohub_desktop.equipment.listener import ListenerLimits, TesterListener
from neurohub_desktop.equipment.protocol import MAX_LINE, Ack, Status, TesterResult, request_line
from tools.tester_sim import TesterSim

ITEMS = {"TEMP_SENSOR": 60.1, "I2C_OK": True}


class Recorder:
    def __init__(self) -> None:
        self.seen: list[TesterResult] = []
        self.lock = threading.Lock()

    def __call__(self, msg: TesterResult) -> Ack:
        with self.lock:
            self.seen.append(msg)
        if msg.unit == "BOOM":
            raise RuntimeError("a bug in the handler")
        return Ack(msg.message_id, Status.RECORDED, extra={"duplicate": False})


def listening(handler: Recorder, **kw: object) -> TesterListener:
    listener = TesterListener(handler, port=0, **kw)  # type: ignore[arg-type]
    listener.start()
    return listener


@pytest.fixture
def handler() -> Recorder:
    return Recorder()


@pytest.fixture
def station(handler: Recorder) -> Iterator[TesterListener]:
    listener = listening(handler, limits=ListenerLimits(idle_seconds=30, line_seconds=1.0))
    yield listener
    listener.stop()


def sim(listener: TesterListener, **kw: object) -> TesterSim:
    return TesterSim(listener.address, listener.port, timeout=10, **kw).connect()  # type: ignore[arg-type]


def test_a_peer_not_allowed_is_closed_before_a_byte_is_read(handler: Recorder) -> None:
    listener = listening(handler, address="127.0.0.2", allowed=["127.0.0.3"])
    try:
        stranger = sim(listener, source="127.0.0.4")
        try:
            stranger.write(request_line("M1", "EQ-03", "WIP-X", ITEMS))
        except OSError:
            pass  # already closed: also refused
        assert stranger.closed_by_station()
        assert handler.seen == []
        # loopback is not allowed either when a LAN address is set up
        assert sim(listener, source="127.0.0.1").closed_by_station()
        tester = sim(listener, source="127.0.0.3")
        ack = tester.send("WIP-X", ITEMS, equipment="EQ-03", message_id="M2")
        assert ack.status is Status.RECORDED and ack.message_id == "M2"
        assert [m.message_id for m in handler.seen] == ["M2"]
    finally:
        listener.stop()


def test_bound_to_loopback_by_default(handler: Recorder) -> None:
    listener = TesterListener(handler, port=0)
    assert listener.address == "127.0.0.1" and listener.allowed == {"127.0.0.1"}


@pytest.mark.parametrize(
    ("line", "code", "message_id"),
    [
        (b"{this is not json\n", "BAD_JSON", None),
        (b"\xff\xfe\x00garbage\n", "BAD_JSON", None),
        (b"[1, 2, 3]\n", "BAD_JSON", None),
        (
            b'{"message_id": "M1", "equipment": "EQ-03", "unit": "W", "items": {"A": 1}, "x": 1}\n',
            "UNKNOWN_FIELD",
            "M1",
        ),
        (b'{"message_id": "M2", "equipment": "EQ-03", "unit": "W"}\n', "BAD_MESSAGE", "M2"),
        (
            b'{"message_id": "M3", "equipment": "EQ-03", "unit": "W", "items": {"A": [1]}}\n',
            "BAD_MESSAGE",
            "M3",
        ),
        (
            b'{"message_id": "M4", "equipment": "EQ-03", "unit": "W", "items": {"A": NaN}}\n',
            "BAD_JSON",
            None,
        ),
        (b'{"equipment": "EQ-03", "unit": "W", "items": {"A": 1}}\n', "BAD_MESSAGE", None),
    ],
)
def test_a_bad_line_gets_an_error_and_the_connection_goes_on(
    station: TesterListener, handler: Recorder, line: bytes, code: str, message_id: str | None
) -> None:
    tester = sim(station)
    ack = tester.send_raw(line)
    assert (ack.status, ack.code, ack.message_id) == (Status.ERROR, code, message_id)
    assert handler.seen == []  # never handed on, so never written
    assert tester.send("W", ITEMS, equipment="EQ-03", message_id="OK1").status is Status.RECORDED


def test_a_bug_in_the_handler_is_an_error_reply_not_a_crash(
    station: TesterListener, handler: Recorder
) -> None:
    tester = sim(station)
    ack = tester.send("BOOM", ITEMS, equipment="EQ-03", message_id="B1")
    assert (ack.status, ack.code) == (Status.ERROR, "INTERNAL")
    assert tester.send("W", ITEMS, equipment="EQ-03").status is Status.RECORDED


def test_an_over_long_line_is_answered_and_closed(
    station: TesterListener, handler: Recorder
) -> None:
    tester = sim(station)
    big = b'{"message_id": "L1", "x": "' + b"a" * MAX_LINE + b'"}\n'
    tester.write(big[: MAX_LINE + 10])  # the listener answers before the line even ends
    ack = tester.read_ack()
    assert ack is not None and (ack.status, ack.code) == (Status.ERROR, "LINE_TOO_LONG")
    assert tester.read_ack() is None  # closed
    assert handler.seen == []
    # exactly at the limit is still a line
    pad = MAX_LINE - len(request_line("L2", "EQ-03", "W", {"T": ""}))
    ok = sim(station).send("W", {"T": "x" * min(pad, 200)}, equipment="EQ-03", message_id="L2")
    assert ok.status is Status.RECORDED


def test_a_slow_tester_is_closed_and_the_listener_keeps_serving(
    station: TesterListener, handler: Recorder
) -> None:
    slow = sim(station)
    line = request_line("S1", "EQ-03", "W", ITEMS)
    slow.write(line[:10])  # …and nothing more within line_seconds
    ack = slow.read_ack()
    assert ack is not None and (ack.status, ack.code) == (Status.ERROR, "TIMEOUT")
    assert slow.read_ack() is None
    assert handler.seen == []
    assert sim(station).send("W", ITEMS, equipment="EQ-03").status is Status.RECORDED


def test_a_half_open_tester_is_closed_when_idle(handler: Recorder) -> None:
    listener = listening(handler, limits=ListenerLimits(idle_seconds=0.5))
    try:
        quiet = sim(listener)
        assert quiet.closed_by_station()  # nothing ever sent: closed, no answer
        assert handler.seen == []
    finally:
        listener.stop()


def test_a_tester_that_disconnects_mid_message_and_reconnects(
    station: TesterListener, handler: Recorder
) -> None:
    tester = sim(station)
    tester.cut("W", ITEMS, equipment="EQ-03", message_id="C1")
    tester.connect()
    ack = tester.send("W", ITEMS, equipment="EQ-03", message_id="C1")
    assert ack.status is Status.RECORDED
    assert [m.message_id for m in handler.seen] == ["C1"]  # the half line was dropped


def test_more_testers_than_allowed_are_closed(handler: Recorder) -> None:
    listener = listening(handler, limits=ListenerLimits(max_clients=1))
    try:
        first = sim(listener)
        assert first.send("W", ITEMS, equipment="EQ-03").status is Status.RECORDED
        assert sim(listener).closed_by_station()
        assert first.send("W", ITEMS, equipment="EQ-03").status is Status.RECORDED
    finally:
        listener.stop()


def test_stop_ends_every_connection(handler: Recorder) -> None:
    listener = listening(handler)
    tester = sim(listener)
    listener.stop()
    assert tester.closed_by_station()
    with pytest.raises(OSError):
        socket.create_connection((listener.address, listener.port), timeout=2).recv(1)
