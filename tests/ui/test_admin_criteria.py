"""System admin → 공정 기준 (Criteria), driven like an ADMIN (typing, clicking) on their own
database login, as the app connects after login: a limit edited and saved with a reason as the
next version, refusals shown inline with nothing saved, a code in use retired (never removed),
a concurrent save refused calmly, only an ADMIN reaches it — and a running station that takes
the new limit within 5 s and records the version it judged against (issue 14)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import factories as f
import pytest
from db.fault_support import admin_query
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QTableView
from station_ui import make_ctx
from test_admin_firmware_equipment import korean as _korean  # noqa: F401  (a fixture)
from test_admin_users import TIMEOUT_MS, AdminApp, _clipped, type_into
from test_seam import _pass_at, with_live
from test_seam import bridges as _bridges  # noqa: F401  (a fixture)
from test_seam import open_page as open_station

from neurohub_desktop import resources
from neurohub_desktop.config import Settings
from neurohub_desktop.db.engine import Sessions
from neurohub_desktop.domain import criteria_edit as ce
from neurohub_desktop.domain.auth import CurrentUser, Role
from neurohub_desktop.domain.changes import ChangeEvent
from neurohub_desktop.domain.errors import PermissionDenied
from neurohub_desktop.domain.quality import (
    DefectCode,
    MeasurementKind,
    MeasurementSpec,
    QualityCriteria,
)
from neurohub_desktop.domain.station import StepResult
from neurohub_desktop.ui import admin, station
from neurohub_desktop.ui.admin.criteria_models import DefectsModel, MeasurementsModel
from neurohub_desktop.ui.admin.criteria_page import CriteriaPage, D, M
from neurohub_desktop.ui.background import BackgroundRunner
from neurohub_desktop.ui.context import AppContext, AppEvents, Services
from neurohub_desktop.ui.main_window import MainWindow, build_sections

LEFT = Qt.MouseButton.LeftButton
REASON = "센서 교정 후 상한 조정"


@pytest.fixture
def korean(request: pytest.FixtureRequest) -> None:
    """The Korean translations installed (test_admin_firmware_equipment's fixture)."""
    request.getfixturevalue("_korean")


@pytest.fixture
def bridges(request: pytest.FixtureRequest) -> list[Any]:
    """The change-event bridges started for station pages, stopped after (test_seam's)."""
    made: list[Any] = request.getfixturevalue("_bridges")
    return made


@pytest.fixture
def open_page(qtbot, db_url, tmp_path, boss) -> Iterator[Callable[..., CriteriaPage]]:  # type: ignore[no-untyped-def]
    apps: list[AdminApp] = []

    def open_(process_id: str = "PROC-003", locale: str = "ko") -> CriteriaPage:
        app = AdminApp(db_url, tmp_path, "boss", f.PASSWORD, locale)
        apps.append(app)
        page = CriteriaPage(app.ctx)
        qtbot.addWidget(page)
        page.resize(1146, 700)
        page.show()
        settle(qtbot, page)
        page.select_process(process_id)
        settle(qtbot, page)
        assert page.state is not None and page.state.process_id == process_id
        return page

    yield open_
    for app in apps:
        app.close()


def settle(qtbot, page: CriteriaPage) -> None:  # type: ignore[no-untyped-def]
    """Every queued write and read answered, no reload pending."""
    ctx = page.ctx
    qtbot.waitUntil(
        lambda: not ctx.runner.is_busy() and not ctx.reads.is_busy() and not page.reload_pending,
        timeout=TIMEOUT_MS,
    )


def click(qtbot, page: CriteriaPage, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, LEFT)
    settle(qtbot, page)


def select(qtbot, page: CriteriaPage, which: str, code: str) -> None:  # type: ignore[no-untyped-def]
    """Click the row of ``code`` in the measurement (M) or defect (D) list."""
    page.view.tabs.setCurrentIndex(0 if which == M else 1)
    view: QTableView = page.tables[which]
    row = page.models[which].row_of(code)
    assert row >= 0, code
    index = page.models[which].index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    assert page.selected_row(which) == row
    assert (page.view.m_code if which == M else page.view.d_code).text() == code


def stored(owner: Sessions, process_id: str = "PROC-003") -> dict[str, Any]:
    value = f.scalar(
        owner, "SELECT quality_criteria FROM processes WHERE process_id = :p", p=process_id
    )
    assert isinstance(value, dict)
    return value


def item(criteria: dict[str, Any], code: str) -> dict[str, Any]:
    return next(m for m in criteria["measurements"] if m["code"] == code)


def save(qtbot, page: CriteriaPage, reason: str = REASON) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, page.view.reason, reason)
    click(qtbot, page, page.view.save_button)


def audit_count(owner: Sessions) -> int:
    return int(f.scalar(owner, "SELECT count(*) FROM audit_logs"))


# -- edit and save ----------------------------------------------------------------------------
def test_an_admin_edits_a_limit_and_saves_it_with_a_reason_as_the_next_version(  # type: ignore[no-untyped-def]
    qtbot, korean, owner, open_page, boss
) -> None:
    page = open_page("PROC-003")
    v = page.view
    announced: list[ChangeEvent] = []
    page.ctx.events.data_changed.connect(announced.append)
    assert page.state is not None and page.state.version == 1
    assert [r.code for r in page.models[M].rows] == ["TEMP_SENSOR", "TOF_DISTANCE", "I2C_OK"]
    assert v.tabs.tabText(0) == "측정 항목 (3)" and v.tabs.tabText(1) == "불량 코드 (2)"
    assert v.version_label.text() == "버전 1" and not page.dirty
    assert v.process_combo.isEnabled() and not v.discard_button.isEnabled()

    select(qtbot, page, M, "TEMP_SENSOR")
    assert (v.m_lsl.text(), v.m_target.text(), v.m_usl.text()) == ("59", "60", "61")
    assert v.m_unit.text() == "°C" and v.m_required.isChecked() and not v.m_format.isEnabled()
    type_into(qtbot, v.m_usl, "61,5")  # a decimal comma, as at the station
    click(qtbot, page, v.m_buttons.apply_button)
    assert page.dirty and page.problems.all == ()
    assert not v.process_combo.isEnabled() and v.discard_button.isEnabled()
    assert page.models[M].index(0, MeasurementsModel.USL).data() == "61.5"
    assert "저장하지 않은 변경" in v.version_label.text()

    # Save asks for the reason first: nothing is sent without one
    click(qtbot, page, v.save_button)
    assert page.banner.level == "error" and "사유" in page.banner.text()
    assert v.reason.property("invalid") is True
    assert stored(owner)["version"] == 1

    with qtbot.waitSignal(page.version_saved, timeout=TIMEOUT_MS) as saved:
        save(qtbot, page)
    settle(qtbot, page)
    assert saved.args == [2]
    assert page.banner.level == "success" and "버전 2" in page.banner.text()
    now = stored(owner)
    assert now["version"] == 2 and now["reason"] == REASON
    assert (item(now, "TEMP_SENSOR")["lsl"], item(now, "TEMP_SENSOR")["usl"]) == (59.0, 61.5)
    assert item(now, "TOF_DISTANCE") == item(stored_seed(), "TOF_DISTANCE")
    assert announced == [ChangeEvent("criteria_changed", process_id="PROC-003")]
    # the page shows the saved version, clean again
    assert page.state is not None and page.state.version == 2 and not page.dirty
    assert v.version_label.text() == f"버전 2 · 사유: {REASON}" and v.reason.text() == ""
    # the audit trail: who, where, and the version with its reason
    (row,) = f.rows(
        owner,
        "SELECT user_id, station, new_data -> 'quality_criteria' FROM audit_logs "
        "WHERE table_name = 'processes' AND action = 'UPDATE'",
    )
    assert row[0] == boss.id and row[1] == "OFFICE"
    assert row[2]["version"] == 2 and row[2]["reason"] == REASON
    # a second edit: a new text item with a format, a new defect code, saved as version 3
    page.start_new(M)
    type_into(qtbot, v.m_code, "board_lot")  # taken as capitals
    type_into(qtbot, v.m_name, "보드 LOT")
    type_into(qtbot, v.m_name_en, "Board lot")
    v.m_kind.setCurrentIndex(v.m_kind.findData("component"))  # a component lot has a format too
    assert v.m_kind.currentText() == "부품 LOT (component)"
    assert v.m_format.isEnabled() and not v.m_lsl.isEnabled()
    v.m_kind.setCurrentIndex(v.m_kind.findData("text"))
    assert v.m_format.isEnabled() and not v.m_lsl.isEnabled()
    type_into(qtbot, v.m_format, "B[0-9]{4}")
    v.m_required.setChecked(False)
    assert v.m_buttons.apply_button.text() == "항목 추가"
    click(qtbot, page, v.m_buttons.apply_button)
    page.start_new(D)
    type_into(qtbot, v.d_code, "BOARD_FAIL")
    type_into(qtbot, v.d_name, "보드 불량")
    type_into(qtbot, v.d_name_en, "Board failure")
    qtbot.keyClick(v.d_name_en, Qt.Key.Key_Return)  # Return applies, as the button
    settle(qtbot, page)
    assert [d.code for d in page.draft[D]][-1] == "BOARD_FAIL"
    with qtbot.waitSignal(page.version_saved, timeout=TIMEOUT_MS) as saved:
        save(qtbot, page, "보드 LOT 추적 추가")
    assert saved.args == [3]
    board = item(stored(owner), "BOARD_LOT")
    assert (board["kind"], board["format"], board["required"]) == ("text", "B[0-9]{4}", False)
    assert stored(owner)["defect_codes"][-1]["code"] == "BOARD_FAIL"


def stored_seed() -> dict[str, Any]:
    from seed import SEED_CRITERIA

    return SEED_CRITERIA["PROC-003"]


# -- refusals before anything is sent -----------------------------------------------------------
def test_limits_out_of_order_and_duplicate_codes_are_shown_inline_and_nothing_is_saved(  # type: ignore[no-untyped-def]
    qtbot, owner, open_page
) -> None:
    page = open_page("PROC-003")
    v = page.view
    before, audit = stored(owner), audit_count(owner)

    # a limit that is not a number: the field is refused, the draft unchanged
    select(qtbot, page, M, "TEMP_SENSOR")
    type_into(qtbot, v.m_lsl, "abc")
    click(qtbot, page, v.m_buttons.apply_button)
    assert page.banner.level == "error" and page.banner.text().startswith("LSL: ")
    assert v.m_lsl.property("invalid") is True and not page.dirty

    # lsl above usl: listed under the lists, the row marked, Save refused
    type_into(qtbot, v.m_lsl, "62")
    click(qtbot, page, v.m_buttons.apply_button)
    assert page.dirty and [p.code for p in page.problems.all] == ["BAD_LIMITS"]
    assert v.problems_label.isVisible()
    assert "TEMP_SENSOR: lsl 62이(가) target 60보다 작아야" in v.problems_label.text()
    assert page.models[M].problems_of(0) and not page.models[M].problems_of(1)
    tip = page.models[M].index(0, MeasurementsModel.LSL).data(Qt.ItemDataRole.ToolTipRole)
    assert "lsl 62" in tip
    with qtbot.waitSignal(page.action_refused, timeout=TIMEOUT_MS) as refused:
        save(qtbot, page)
    assert isinstance(refused.args[0], ce.CriteriaRefused)
    assert page.banner.level == "error" and "lsl 62" in page.banner.text()
    assert stored(owner) == before and audit_count(owner) == audit

    # corrected, the problems go; then a duplicate code
    type_into(qtbot, v.m_lsl, "59")
    click(qtbot, page, v.m_buttons.apply_button)
    assert page.problems.all == () and not v.problems_label.isVisible()
    page.start_new(M)
    for field, text in ((v.m_code, "TOF_DISTANCE"), (v.m_name, "거리 2"), (v.m_name_en, "Dist 2")):
        type_into(qtbot, field, text)
    click(qtbot, page, v.m_buttons.apply_button)
    assert [p.code for p in page.problems.all] == ["DUPLICATE_CODE"]
    assert "측정 항목 코드 TOF_DISTANCE가 중복" in v.problems_label.text()
    assert page.models[M].problems_of(1) and page.models[M].problems_of(3)  # both rows
    with qtbot.waitSignal(page.action_refused, timeout=TIMEOUT_MS):
        save(qtbot, page)
    assert stored(owner) == before and audit_count(owner) == audit
    # a defect code that is a measurement's code: the database would refuse it too
    page.start_new(D)
    for field, text in ((v.d_code, "I2C_OK"), (v.d_name, "통신"), (v.d_name_en, "Comms")):
        type_into(qtbot, field, text)
    click(qtbot, page, v.d_buttons.apply_button)
    assert "I2C_OK" in v.problems_label.text() and page.models[D].problems_of(2)

    # discard: the stored criteria again
    click(qtbot, page, v.discard_button)
    assert not page.dirty and page.problems.all == () and v.process_combo.isEnabled()

    # the service refuses the same, whoever calls it (nothing written)
    svc, user = page.svc, page.ctx.user
    bad = QualityCriteria(
        (MeasurementSpec("TEMP_SENSOR", "온도", "Temp", "°C", MeasurementKind.NUMBER, 61, 59),),
        (DefectCode("SENSOR_TEMP_FAIL", "온도 불량", "Temp failure"),),
    )
    with pytest.raises(ce.CriteriaRefused) as direct:
        svc.save_criteria(user, "PROC-003", bad, expected_version=1, reason="x")
    assert direct.value.code == "BAD_LIMITS"
    assert stored(owner) == before and audit_count(owner) == audit


# -- codes in use ---------------------------------------------------------------------------------
def test_a_code_used_by_records_is_retired_and_never_removed(  # type: ignore[no-untyped-def]
    qtbot, korean, owner, open_page
) -> None:
    worker = f.user(owner, "kim", "WORKER", "김작업")
    lot = f.lot(owner)
    f.wip_through(owner, worker, lot, last=3)  # a PASS with every PROC-003 item
    f.fail_step(owner, worker, "PROC-003", f.wip_through(owner, worker, lot, last=2))
    page = open_page("PROC-003")
    v = page.view
    assert page.state is not None
    assert page.state.used.measurements == {"TEMP_SENSOR", "TOF_DISTANCE", "I2C_OK"}
    assert page.state.used.defects == {"SENSOR_TEMP_FAIL"}
    assert page.models[M].index(1, MeasurementsModel.STATE).data() == "기록에서 사용 중"

    # removing a code records use is refused; the draft keeps it
    select(qtbot, page, M, "TOF_DISTANCE")
    with qtbot.waitSignal(page.action_refused, timeout=TIMEOUT_MS):
        click(qtbot, page, v.m_buttons.remove_button)
    assert page.banner.level == "error" and "폐기" in page.banner.text()
    assert [m.code for m in page.draft[M]] == ["TEMP_SENSOR", "TOF_DISTANCE", "I2C_OK"]
    assert not page.dirty

    # retire it instead; an unused defect code may go
    assert v.m_buttons.retire_button.text() == "폐기"
    click(qtbot, page, v.m_buttons.retire_button)
    assert page.draft[M][1].retired and v.m_buttons.retire_button.text() == "복원"
    assert page.models[M].index(1, MeasurementsModel.STATE).data() == "폐기됨 · 기록에서 사용 중"
    select(qtbot, page, D, "SENSOR_TOF_FAIL")
    click(qtbot, page, v.d_buttons.remove_button)
    assert [d.code for d in page.draft[D]] == ["SENSOR_TEMP_FAIL"]
    with qtbot.waitSignal(page.version_saved, timeout=TIMEOUT_MS):
        save(qtbot, page, "TOF 센서 사용 중단")
    now = stored(owner)
    assert now["version"] == 2 and item(now, "TOF_DISTANCE")["retired"] is True
    assert [d["code"] for d in now["defect_codes"]] == ["SENSOR_TEMP_FAIL"]

    # the service refuses a removal of a code in use, whoever calls it
    svc, user = page.svc, page.ctx.user
    gone = QualityCriteria(
        tuple(m for m in ce.validated_criteria(now).measurements if m.code != "TOF_DISTANCE"),
        ce.validated_criteria(now).defect_codes,
    )
    audit = audit_count(owner)
    with pytest.raises(ce.CriteriaRefused) as refused:
        svc.save_criteria(user, "PROC-003", gone, expected_version=2, reason="x")
    assert refused.value.code == "CODE_IN_USE" and "TOF_DISTANCE" in str(refused.value)
    assert stored(owner) == now and audit_count(owner) == audit

    # a station no longer offers the retired item, and the database passes a unit without it
    st3 = f.station(owner, "PROC-003")
    info = st3.station_info()
    assert [m.code for m in info.criteria.measurements] == ["TEMP_SENSOR", "I2C_OK"]
    wip = f.wip_through(owner, worker, lot, last=2)
    st3.start_step(worker, wip)
    done = st3.complete_step(worker, wip, StepResult.PASS, {"TEMP_SENSOR": "60.0", "I2C_OK": True})
    measured = f.scalar(
        owner, "SELECT measurements FROM wip_process_history WHERE id = :i", i=done.record_id
    )
    assert measured["criteria_version"] == 2
    assert [i["code"] for i in measured["items"]] == ["TEMP_SENSOR", "I2C_OK"]


# -- someone else saved meanwhile -------------------------------------------------------------
def test_a_save_by_someone_else_meanwhile_is_refused_calmly_and_theirs_loaded(  # type: ignore[no-untyped-def]
    qtbot, korean, owner, open_page, db_url
) -> None:
    page = open_page("PROC-003")
    v = page.view
    select(qtbot, page, M, "TEMP_SENSOR")
    type_into(qtbot, v.m_usl, "61.8")
    click(qtbot, page, v.m_buttons.apply_button)
    theirs = stored(owner)
    item(theirs, "TEMP_SENSOR")["usl"] = 61.2
    admin_query(db_url, "SELECT nh_set_criteria('PROC-003', %s::jsonb)" + f.WHY, json.dumps(theirs))
    # their change is announced (here by hand: this page has no listener): the draft stays
    page.ctx.events.data_changed.emit(ChangeEvent("criteria_changed", process_id="PROC-003"))
    settle(qtbot, page)
    assert page.dirty and page.banner.level == "warning" and "버전 2" in page.banner.text()
    with qtbot.waitSignal(page.action_refused, timeout=TIMEOUT_MS) as refused:
        save(qtbot, page)
    settle(qtbot, page)
    assert isinstance(refused.args[0], ce.CriteriaChanged)
    assert page.banner.level == "warning" and "현재 버전 2" in page.banner.text()
    assert page.state is not None and page.state.version == 2 and not page.dirty
    assert page.draft[M][0].usl == 61.2  # theirs, loaded
    now = stored(owner)
    assert now["version"] == 2 and item(now, "TEMP_SENSOR")["usl"] == 61.2


# -- who may -------------------------------------------------------------------------------------
def test_only_an_admin_reaches_the_page_and_nh_set_criteria_refuses_the_others(  # type: ignore[no-untyped-def]
    qtbot, owner, db_url, tmp_path
) -> None:
    roles = {s.key: s.roles for s in admin.page_specs()}
    assert roles["admin.criteria"] == frozenset({"ADMIN"})
    for role in (Role.MANAGER, Role.WORKER, Role.VIEWER, Role.ADMIN):
        ctx = AppContext(
            Settings(station="OFFICE", data_dir=tmp_path),
            BackgroundRunner(),
            Services(),
            AppEvents(),
            CurrentUser(1, "p", "p", role),
        )
        window = MainWindow(ctx, build_sections(station.page_specs(), [], admin.page_specs()))
        qtbot.addWidget(window)
        assert ("admin.criteria" in window.page_keys()) is (role is Role.ADMIN), role
    before = stored(owner)
    new = ce.validated_criteria(before)
    for user_id, role in (("mgr", "MANAGER"), ("kim", "WORKER")):
        f.user(owner, user_id, role)
        app = AdminApp(db_url, tmp_path / user_id, user_id, f.PASSWORD, "ko")
        try:
            svc, user = app.ctx.services.admin_line, app.ctx.user
            assert svc is not None
            with pytest.raises(PermissionDenied):
                svc.criteria(user, "PROC-003")
            # past the service's own check (an ADMIN's role claimed): the database says no
            claimed = CurrentUser(user.id, user.user_id, user.username, Role.ADMIN)
            changed = QualityCriteria(
                (new.measurements[0].__class__(**{**_fields(new.measurements[0]), "usl": 62.0}),)
                + new.measurements[1:],
                new.defect_codes,
            )
            with pytest.raises(PermissionDenied) as refused:
                svc.save_criteria(claimed, "PROC-003", changed, reason="x")
            assert "nh_set_criteria" in str(refused.value.detail or "") + str(refused.value)
        finally:
            app.close()
    assert stored(owner) == before


def _fields(spec: MeasurementSpec) -> dict[str, Any]:
    return {k: getattr(spec, k) for k in MeasurementSpec.__slots__}


# -- a running station ---------------------------------------------------------------------------
def test_the_new_limit_reaches_a_running_station_within_5_s_and_its_record_keeps_the_version(  # type: ignore[no-untyped-def]
    qtbot, owner, open_page, db_url, bridges
) -> None:
    f.firmware(owner)
    worker = f.user(owner, "worker1", "WORKER", "김작업")
    lot = f.lot(owner, target=10)
    wip = f.wip_through(owner, worker, lot, last=2)
    st = open_station(qtbot, with_live(make_ctx(owner, "PROC-003", worker), db_url, bridges))
    assert st.form is not None and st.form.criteria.version == 1
    page = open_page("PROC-003")
    v = page.view
    select(qtbot, page, M, "TEMP_SENSOR")
    # (the station page's scanner capture holds typed keys a moment before it replays them:
    # on one test PC it sees the admin's typing too)
    for field, value in ((v.m_lsl, "70"), (v.m_target, "75"), (v.m_usl, "80")):
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, value)
        qtbot.waitUntil(lambda field=field, value=value: field.text() == value, timeout=2_000)
    click(qtbot, page, v.m_buttons.apply_button)
    v.reason.setText("새 센서 모델")
    t0 = time.monotonic()
    with qtbot.waitSignal(page.version_saved, timeout=TIMEOUT_MS) as saved:
        qtbot.mouseClick(v.save_button, LEFT)
    assert saved.args == [2]

    def taken() -> bool:
        form = st.form
        spec = form.criteria.spec("TEMP_SENSOR") if form is not None else None
        return (
            form is not None and form.criteria.version == 2 and spec is not None and spec.usl == 80
        )

    qtbot.waitUntil(taken, timeout=5_000)
    assert time.monotonic() - t0 < 5
    _pass_at(qtbot, st, wip, {**f.GOOD_VALUES["PROC-003"], "TEMP_SENSOR": "75.1"})
    record = f.scalar(
        owner,
        "SELECT h.measurements FROM wip_process_history h JOIN wip_items w "
        "ON w.id = h.wip_item_id JOIN processes p ON p.id = h.process_id "
        "WHERE w.wip_id = :w AND p.process_id = 'PROC-003'",
        w=wip,
    )
    assert record["criteria_version"] == 2
    temp = next(i for i in record["items"] if i["code"] == "TEMP_SENSOR")
    assert (temp["value"], temp["lsl"], temp["usl"], temp["result"]) == (75.1, 70.0, 80.0, "PASS")


# -- models and layout ----------------------------------------------------------------------------
def test_criteria_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    measurements = MeasurementsModel()
    rows = (
        MeasurementSpec("TEMP", "온도", "Temp", "°C", MeasurementKind.NUMBER, 59, 61, 60),
        MeasurementSpec("LOT", "LOT", "Lot", None, MeasurementKind.TEXT, format="L[0-9]+"),
        MeasurementSpec("OK", "양호", "OK", None, MeasurementKind.BOOL, retired=True),
    )
    measurements.set_items(rows, used={"OK"}, stored={"TEMP", "OK"}, problems={1: ["bad"]})
    qtmodeltester.check(measurements)
    assert measurements.index(0, MeasurementsModel.LSL).data() == "59"
    assert measurements.index(1, MeasurementsModel.FORMAT).data() == "L[0-9]+"
    assert measurements.index(1, MeasurementsModel.STATE).data() == "New"
    assert measurements.index(2, MeasurementsModel.STATE).data() == "Retired · Used by records"
    assert measurements.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "bad"
    assert "Retired" in measurements.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert measurements.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    defects = DefectsModel()
    defects.set_items([DefectCode("X_FAIL", "불량", "Failure")], stored={"X_FAIL"})
    qtmodeltester.check(defects)
    assert defects.index(0, DefectsModel.STATE).data() == ""


@pytest.mark.parametrize("locale", ["ko", "en"])
def test_nothing_clips_at_1366_by_768(qtbot, request, open_page, locale) -> None:  # type: ignore[no-untyped-def]
    if locale == "ko":
        request.getfixturevalue("korean")
    first = open_page("PROC-003", locale)
    window = MainWindow(first.ctx, build_sections([], [], admin.page_specs()))
    qtbot.addWidget(window)
    window.setStyleSheet(resources.stylesheet())
    window.resize(1366, 768)
    window.show()
    window.show_page("admin.criteria")
    shown = window.pages["admin.criteria"]
    assert isinstance(shown, CriteriaPage)
    settle(qtbot, shown)
    shown.select_process("PROC-003")
    settle(qtbot, shown)
    assert shown.view.tabs.tabText(1) == {"ko": "불량 코드 (2)", "en": "Defect codes (2)"}[locale]
    select(qtbot, shown, M, "TEMP_SENSOR")
    type_into(qtbot, shown.view.m_lsl, "62")
    click(qtbot, shown, shown.view.m_buttons.apply_button)  # the problems list shows
    shown.banner.show_message("TEMP_SENSOR: lsl 62이(가) target 60보다 작아야 합니다.", "error")
    qtbot.wait(50)
    for tab in range(shown.view.tabs.count()):
        shown.view.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        assert _clipped(window, shown) == [], tab


def test_the_page_is_in_the_admin_section_with_a_translated_title(qtbot, korean) -> None:  # type: ignore[no-untyped-def]
    titles = {s.key: s.title() for s in admin.page_specs()}
    assert titles["admin.criteria"] == "공정 기준"
