"""Bad input through the real services on a real database: random, oversized, control-character
and SQL-looking strings as scans, measurement values, notes and logins.  Nothing crashes
(only NeuroHubError, each with a Korean and an English message) and nothing is written."""

from __future__ import annotations

import factories as f
import pytest
from catalog import has_hangul, korean
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from neurohub_desktop.domain import quality
from neurohub_desktop.domain.errors import NeuroHubError
from neurohub_desktop.domain.station import DefectEntry

SQLISH = st.sampled_from(
    [
        "'; DROP TABLE wip_items; --",
        "60' OR '1'='1",
        "1; DELETE FROM lots",
        "%s%(x)s",
        ":param",
        "$$; TRUNCATE audit_logs; $$",
        "\\x00",
        "WF261128D01\x00-0001",
        "60\x00",
        "\u202e60.0",
        "\ufeff60.0",
        "60.0\r\n",
        "A" * 100_000,
    ]
)
NASTY = st.one_of(
    st.text(max_size=120),
    SQLISH,
    st.text(st.characters(categories=["Cc", "Cf", "Cs", "Zl"]), min_size=1, max_size=10),
)
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def line(sm):  # type: ignore[no-untyped-def]
    worker = f.user(sm, "worker1")
    f.firmware(sm)
    lot = f.lot(sm, target=5)
    wip = f.wip_through(sm, worker, lot, last=2)
    st3 = f.station(sm, "PROC-003")
    st3.start_step(worker, wip)
    return worker, wip, st3


def _writes(sm) -> int:  # type: ignore[no-untyped-def]
    return int(f.scalar(sm, "SELECT count(*) FROM audit_logs"))


def _explained(exc: NeuroHubError) -> None:
    assert str(exc).strip() and has_hangul(korean(exc.msg))
    assert not exc.code.startswith("DB_BUG"), exc  # a refusal, not an unexpected DB error


@FUZZ
@given(text=NASTY)
@example("x" * 1_000_000)
def test_scans_are_refused_with_a_message_and_write_nothing(sm, line, text) -> None:  # type: ignore[no-untyped-def]
    worker, _wip, st3 = line
    before = _writes(sm)
    for call in (
        lambda: st3.resolve_scan(text),
        lambda: st3.start_step(worker, text),
        lambda: st3.cancel_step(worker, text),
    ):
        try:
            call()
        except NeuroHubError as exc:
            _explained(exc)
    assert _writes(sm) == before


def _bad_number(text: str) -> bool:
    try:
        return not 59.0 <= quality.parse_number(text) <= 61.0
    except quality.InvalidMeasurement:
        return True


@FUZZ
@given(temp=NASTY.filter(_bad_number), note=st.one_of(st.none(), NASTY))
@example(temp="NaN", note=None)
@example(temp="inf", note=None)
@example(temp="-inf", note=None)
@example(temp="1e308", note=None)
@example(temp="", note=None)
@example(temp="12,5", note="\x00")
def test_bad_measurements_get_a_message_and_write_nothing(sm, line, temp, note) -> None:  # type: ignore[no-untyped-def]
    """PASS with a value that is unreadable or out of limits is refused before writing."""
    worker, wip, st3 = line
    before = _writes(sm)
    values = {"TEMP_SENSOR": temp, "TOF_DISTANCE": "500", "I2C_OK": True}
    with pytest.raises(NeuroHubError) as info:
        st3.complete_step(worker, wip, "PASS", values, note=note)
    _explained(info.value)
    assert _writes(sm) == before


@FUZZ
@given(lot_text=NASTY, note=NASTY, result=st.one_of(NASTY, st.sampled_from(["pass", " FAIL "])))
@example(lot_text="SMA\x00-1", note="ok", result="PASS")
@example(lot_text="SMA-1", note="n\x00", result="PASS")
@example(lot_text="A" * 10_000, note="", result="PASS")
@example(lot_text="SMA-1", note="", result="MAYBE")
def test_text_fields_with_control_characters_or_oversized_are_refused(
    sm,
    line,
    lot_text,  # type: ignore[no-untyped-def]
    note,
    result,
) -> None:
    worker, wip, _st3 = line
    st2 = f.station(sm, "PROC-002")
    other = (
        f.issue_wip(sm, worker, f.scalar(sm, "SELECT lot_number FROM lots LIMIT 1"))
        if f.scalar(sm, "SELECT count(*) FROM wip_items") < 5
        else None
    )
    unit = other or wip
    if other:
        st2.start_step(worker, other)
    before = _writes(sm)
    values = {"SMA_SPRING_LOT": lot_text, "BUSBAR_LOT": "BB-1", "VISUAL_OK": True}
    try:
        rec = st2.complete_step(
            worker,
            unit,
            result,
            values,
            [DefectEntry("PART_DEFECT", note)] if str(result).strip().upper() != "PASS" else (),
            note,
        )
    except NeuroHubError as exc:
        _explained(exc)
        assert _writes(sm) == before
        return
    # Accepted: it was plain printable text, stored exactly as typed (parameters, not SQL).
    stored = f.scalar(
        sm, "SELECT measurements FROM wip_process_history WHERE id = :i", i=rec.record_id
    )
    item = next(i for i in stored["items"] if i["code"] == "SMA_SPRING_LOT")
    assert item["value"] == lot_text.strip() and lot_text.strip().isprintable()


@FUZZ
@given(user_id=NASTY, password=NASTY)
@example(user_id="worker1\x00", password="test-password")
@example(user_id="admin' --", password="x")
@example(user_id="w" * 10_000, password="p" * 10_000)
def test_logins_with_garbage_are_refused_and_write_nothing(sm, line, user_id, password) -> None:  # type: ignore[no-untyped-def]
    auth = f.auth_service(sm.engine, station="ST-3")
    before = _writes(sm)
    with pytest.raises(NeuroHubError) as info:
        auth.login(user_id, password)
    _explained(info.value)
    assert _writes(sm) == before  # unknown users leave no trace (and no lockout row)
