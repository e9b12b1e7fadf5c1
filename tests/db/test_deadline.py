"""Every call has a deadline (issue 13): through a network that freezes (a TCP proxy that stops
forwarding without closing anything), a station action fails within its deadline as unsent,
the query held back by the network does not commit when it finally arrives, and the record
resubmitted with the same key is written exactly once."""

from __future__ import annotations

import time

import factories as f
import pytest
from freezing_proxy import FreezingProxy

from neurohub_desktop.db import roles
from neurohub_desktop.db.deadline import WATCHDOG
from neurohub_desktop.db.engine import Credentials, Sessions, make_person_engine
from neurohub_desktop.domain.errors import DatabaseUnavailable
from neurohub_desktop.domain.station import StepResult
from neurohub_desktop.services.station import StationService

DEADLINE_S = 2.0


def _recorded(sm, wip: str) -> int:  # type: ignore[no-untyped-def]
    return int(
        f.scalar(
            sm,
            "SELECT count(*) FROM wip_process_history h JOIN wip_items w ON "
            "w.id = h.wip_item_id JOIN processes p ON p.id = h.process_id "
            "WHERE w.wip_id = :w AND p.process_id = 'PROC-003'",
            w=wip,
        )
    )


@pytest.fixture
def frozen_line(engine, db_url):  # type: ignore[no-untyped-def]
    sm = f.sessions(engine)
    f.firmware(sm)
    worker = f.user(sm, "worker1")
    wip = f.wip_through(sm, worker, f.lot(sm), last=2)
    proxy = FreezingProxy(db_url)
    person = roles.person_url(db_url, "worker1")
    writer = make_person_engine(
        proxy.url(person),
        Credentials(f.PASSWORD),
        autocommit=True,
        pool_size=2,
        max_overflow=1,
        statement_timeout_ms=1500,
        deadline_s=DEADLINE_S,
    )
    reads = make_person_engine(person, Credentials(f.PASSWORD), pool_size=2)
    station = StationService(
        Sessions(reads, write_engine=writer), station="ST-3", process_id="PROC-003"
    )
    yield sm, worker, wip, proxy, station
    proxy.close()
    writer.dispose()
    reads.dispose()


def test_a_frozen_network_fails_the_action_within_its_deadline_and_nothing_commits_late(
    frozen_line,
) -> None:  # type: ignore[no-untyped-def]
    sm, worker, wip, proxy, station = frozen_line
    station.start_step(worker, wip)  # through the proxy while it forwards
    fired = WATCHDOG.fired
    proxy.freeze()
    t0 = time.monotonic()
    with pytest.raises(DatabaseUnavailable) as lost:
        station.complete_step(
            worker, wip, StepResult.PASS, f.GOOD_VALUES["PROC-003"], submission_id="frozen-1"
        )
    took = time.monotonic() - t0
    assert DEADLINE_S - 0.2 < took < DEADLINE_S + 1.5, took  # not minutes: the deadline
    assert lost.value.commit_unknown  # the station shows it unsent, outcome unknown
    assert WATCHDOG.fired == fired + 1
    proxy.thaw()  # the held-back query reaches the server now, after its deadline
    time.sleep(1.0)
    assert _recorded(sm, wip) == 0  # …and writes nothing: no record commits late
    done = station.complete_step(
        worker, wip, StepResult.PASS, f.GOOD_VALUES["PROC-003"], submission_id="frozen-1"
    )  # the operator resubmits
    again = station.complete_step(
        worker, wip, StepResult.PASS, f.GOOD_VALUES["PROC-003"], submission_id="frozen-1"
    )  # and once more, to be sure
    assert done.record_id == again.record_id and _recorded(sm, wip) == 1


def test_a_call_delivered_after_its_deadline_is_not_run(frozen_line) -> None:  # type: ignore[no-untyped-def]
    """The expiry itself: a call whose server-clock deadline has passed writes nothing and
    says so (a definite "not recorded", not an unknown outcome)."""
    sm, worker, wip, _proxy, station = frozen_line
    from neurohub_desktop.services import uow

    writer = station._sessions.writer(worker.id)  # type: ignore[attr-defined]
    with writer.connect():
        pass  # the pooled connection exists: its clock offset is measured
    writer.nh_clock_offset -= 3600  # as if the call had waited an hour on its way
    try:
        with pytest.raises(DatabaseUnavailable) as late:
            uow.call(
                station._sessions,
                worker.id,  # type: ignore[attr-defined]
                "nh_start(:unit, :process, :station, false)",
                {"unit": wip, "process": "PROC-003", "station": "ST-3"},
            )
    finally:
        writer.nh_clock_offset += 3600
    assert late.value.code == "DEADLINE" and not late.value.commit_unknown
    assert f.scalar(sm, "SELECT current_process_id IS NULL FROM wip_items WHERE wip_id = :w", w=wip)
