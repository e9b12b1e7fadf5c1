"""Component lots (issue 18): a text item of kind "component" with a format is checked by the
station and, on its own, by the database (a client that skips the station's check is refused)."""

from __future__ import annotations

import json

import factories as f
import pytest
from sqlalchemy import text

from neurohub_desktop.domain.errors import BusinessRuleError, ValidationError
from neurohub_desktop.domain.quality import InvalidCriteria, QualityCriteria
from neurohub_desktop.domain.states import StepResult
from neurohub_desktop.services.uow import call

SPRING_FORMAT = r"SMA-\d{4}-[0-9]{2}"
GOOD = {"SMA_SPRING_LOT": "SMA-2411-07", "BUSBAR_LOT": "BB-88", "VISUAL_OK": True}


@pytest.fixture
def sm(engine):  # type: ignore[no-untyped-def]
    sm = f.sessions(engine)
    f.spring_lot_component(sm, SPRING_FORMAT)
    return sm


def test_the_station_and_the_database_check_a_component_lot(sm) -> None:  # type: ignore[no-untyped-def]
    worker = f.user(sm, "worker1", "WORKER")
    wip = f.issue_wip(sm, worker, f.lot(sm, target=3))
    st = f.station(sm, "PROC-002")
    st.start_step(worker, wip)
    spec = st.station_info().criteria.spec("SMA_SPRING_LOT")
    assert spec is not None and spec.kind == "component" and spec.format == SPRING_FORMAT
    with pytest.raises(ValidationError) as typo:
        st.complete_step(worker, wip, StepResult.PASS, {**GOOD, "SMA_SPRING_LOT": "SMA-24-7"})
    assert typo.value.code == "BAD_FORMAT"
    # a client that skips the station's check: the database judges the format itself
    measurements, _ = st._facts.judge(StepResult.PASS, GOOD, [])
    for item in measurements["items"]:
        if item["code"] == "SMA_SPRING_LOT":
            item["value"] = "spring from the drawer"
    with pytest.raises(BusinessRuleError) as refused:
        call(
            sm,
            worker.id,
            "nh_complete(:u, 'PROC-002', 'PASS', CAST(:m AS jsonb), CAST('[]' AS jsonb),"
            " NULL, 'k-1', 'ST-2', NULL)",
            {"u": wip, "m": json.dumps(measurements)},
        )
    assert "does not have its format" in str(refused.value)
    assert f.scalar(sm, "SELECT count(*) FROM wip_process_history WHERE result = 'PASS'") == 1
    rec = st.complete_step(worker, wip, StepResult.PASS, GOOD)
    assert rec.result is StepResult.PASS


def test_a_component_needs_a_format(sm) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidCriteria):
        QualityCriteria.from_json(
            {"measurements": [{"code": "X", "name": "x", "kind": "component"}], "defect_codes": []}
        )
    with pytest.raises(Exception, match="kind number, bool, text or component"):
        with f.admin_tx(sm) as s:
            s.execute(
                text("SELECT nh_set_criteria('PROC-002', CAST(:c AS jsonb))" + f.WHY),
                {
                    "c": json.dumps(
                        {
                            "measurements": [{"code": "X", "name": "x", "kind": "component"}],
                            "defect_codes": [],
                        }
                    )
                },
            )
