"""The LISTEN thread hears NOTIFYs from other connections and survives a lost connection."""

from __future__ import annotations

import queue

import psycopg2
import pytest

from neurohub_desktop.db.engine import libpq_dsn, make_sessionmaker
from neurohub_desktop.db.notify import notify_change
from neurohub_desktop.services.live import RESYNC, ChangeEvent, ChangeListener, parse_payload


def _next(events: queue.Queue[ChangeEvent], kind: str | None = None) -> ChangeEvent:
    while True:
        event = events.get(timeout=10)
        if kind is None or event.kind == kind:
            return event


@pytest.fixture
def listener(db_url):  # type: ignore[no-untyped-def]
    events: queue.Queue[ChangeEvent] = queue.Queue()
    statuses: list[str] = []
    lst = ChangeListener(
        libpq_dsn(db_url),
        events.put,
        poll_timeout=0.2,
        backoff=(0.1, 0.2),
        on_status=statuses.append,
    )
    lst.start()
    assert lst.connected.wait(10)
    yield lst, events, statuses
    lst.stop()
    assert not lst.running


def test_notify_from_another_connection_reaches_callback(listener, engine) -> None:  # type: ignore[no-untyped-def]
    lst, events, statuses = listener
    sessions = make_sessionmaker(engine)
    with sessions.begin() as s:
        notify_change(
            s, "step_recorded", lot_id=7, unit="WIP-WF251103D01-001", process_id="PROC-003"
        )
    event = _next(events)
    assert event == ChangeEvent(
        "step_recorded", 7, "WIP-WF251103D01-001", "PROC-003", event.sender_pid
    )
    assert event.sender_pid != lst.backend_pid
    assert statuses == ["connected"]


def test_rolled_back_change_is_not_announced(listener, engine) -> None:  # type: ignore[no-untyped-def]
    lst, events, _ = listener
    sessions = make_sessionmaker(engine)
    s = sessions()
    with s.begin():
        notify_change(s, "lot_created", lot_id=1)
        s.rollback()
    with sessions.begin() as s2:
        notify_change(s2, "lot_status", lot_id=2)
    assert _next(events).key == ("lot_status", 2, None, None)


def test_reconnects_after_backend_is_terminated(listener, db_url) -> None:  # type: ignore[no-untyped-def]
    lst, events, statuses = listener
    old_pid = lst.backend_pid
    admin = psycopg2.connect(libpq_dsn(db_url))
    admin.autocommit = True
    try:
        with admin.cursor() as cur:
            cur.execute("SELECT pg_terminate_backend(%s)", (old_pid,))
            assert cur.fetchone() == (True,)
        # after the reconnect the listener announces a resync (changes may have been missed)
        assert _next(events).kind == RESYNC
        assert lst.connections == 2
        assert lst.backend_pid not in (None, old_pid)
        assert statuses == ["connected", "reconnecting", "connected"]
        with admin.cursor() as cur:
            cur.execute(
                "SELECT pg_notify('neurohub_changes', %s)", ('{"kind": "lot_status", "lot_id": 3}',)
            )
        event = _next(events)
        assert (event.kind, event.lot_id) == ("lot_status", 3)
    finally:
        admin.close()


def test_stop_is_prompt_even_with_a_long_poll_timeout(db_url) -> None:  # type: ignore[no-untyped-def]
    import time

    lst = ChangeListener(libpq_dsn(db_url), None, poll_timeout=60)
    lst.start()
    assert lst.connected.wait(10)
    t = time.monotonic()
    lst.stop()
    assert time.monotonic() - t < 2 and not lst.running


def test_reconnect_keeps_trying_while_server_is_unreachable() -> None:
    import threading

    statuses: list[str] = []
    retried = threading.Event()

    def on_status(status: str) -> None:
        statuses.append(status)
        if len(statuses) >= 3:
            retried.set()

    lst = ChangeListener(
        "host=127.0.0.1 port=1 dbname=x connect_timeout=1",
        None,
        backoff=(0.05,),
        on_status=on_status,
    )
    lst.start()
    try:
        assert retried.wait(10)
        assert not lst.connected.is_set()
    finally:
        lst.stop()
    assert set(statuses) == {"reconnecting"} and lst.connections == 0


@pytest.mark.parametrize(
    "payload,expected",
    [
        (
            '{"kind": "step_recorded", "lot_id": 5, "unit": "WIP-WF251104N01-004", '
            '"process_id": "PROC-003"}',
            ChangeEvent("step_recorded", 5, "WIP-WF251104N01-004", "PROC-003"),
        ),
        (
            '{"kind": "lot_created", "lot_id": 7, "unit": null, "process_id": null}',
            ChangeEvent("lot_created", 7),
        ),
        # anything the station functions do not send is ignored (any role may NOTIFY)
        ("not json", None),
        ("[1, 2]", None),
        ("", None),
        ('{"kind": "k", "lot_id": 5}', None),  # an unknown kind
        ('{"kind": "step_recorded", "lot_id": "5"}', None),
        ('{"kind": "step_recorded", "lot_id": true}', None),
        ('{"kind": "step_recorded", "lot_id": -1}', None),
        ('{"kind": "step_recorded", "unit": "x y"}', None),
        ('{"kind": "step_recorded", "process_id": "PROC-1; DROP"}', None),
        ('{"kind": "step_recorded", "unit": "' + "A" * 900 + '"}', None),
    ],
)
def test_parse_payload(payload: str, expected: ChangeEvent | None) -> None:
    assert parse_payload(payload) == expected
