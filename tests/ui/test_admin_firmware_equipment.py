"""System admin → Firmware and Equipment, driven like an ADMIN (typing, clicking) on their own
database login, as the app connects after login; then what the line sees of it (a PROC-004
record of the firmware, a station's set-up without the equipment in maintenance)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import factories as f
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QTableView
from test_admin_users import TIMEOUT_MS, AdminApp, _clipped, choose, type_into
from translators import korean  # noqa: F401 - fixture

from neurohub_desktop import resources
from neurohub_desktop.config import Settings
from neurohub_desktop.db.engine import Sessions
from neurohub_desktop.domain.auth import CurrentUser, Role
from neurohub_desktop.domain.changes import KNOWN_KINDS, ChangeEvent
from neurohub_desktop.domain.line_admin import EquipmentItem, FirmwareInfo, FirmwareUse
from neurohub_desktop.domain.station import StepResult
from neurohub_desktop.ui import admin, station
from neurohub_desktop.ui.admin.equipment_page import EquipmentPage
from neurohub_desktop.ui.admin.firmware_page import FirmwarePage
from neurohub_desktop.ui.admin.line_models import EquipmentModel, FirmwareModel, FirmwareUsesModel
from neurohub_desktop.ui.admin.line_page import LinePage
from neurohub_desktop.ui.background import BackgroundRunner
from neurohub_desktop.ui.context import AppContext, AppEvents, Services
from neurohub_desktop.ui.main_window import MainWindow, build_sections
from neurohub_desktop.ui.setup_dialog import SetupDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def open_page(qtbot, db_url, tmp_path, boss) -> Iterator[Callable[..., LinePage]]:  # type: ignore[no-untyped-def]
    apps: list[AdminApp] = []

    def open_(cls: type[LinePage], locale: str = "ko") -> LinePage:
        app = AdminApp(db_url, tmp_path, "boss", f.PASSWORD, locale)
        apps.append(app)
        page = cls(app.ctx)
        qtbot.addWidget(page)
        page.resize(1146, 700)
        page.show()
        settle(qtbot, page)
        return page

    yield open_
    for app in apps:
        app.close()


def settle(qtbot, page: LinePage) -> None:  # type: ignore[no-untyped-def]
    """Every queued write, read and file measurement answered, no reload pending."""
    ctx = page.ctx

    def idle() -> bool:
        measuring = isinstance(page, FirmwarePage) and page.measuring
        busy = ctx.runner.is_busy() or ctx.reads.is_busy()
        return not busy and not page.reload_pending and not measuring

    qtbot.waitUntil(idle, timeout=TIMEOUT_MS)


#: what the tests write in the page's reason field before a change (issue 14)
REASON = "라인 증설"


def click(qtbot, page: LinePage, button: QAbstractButton, reason: str | None = REASON) -> None:  # type: ignore[no-untyped-def]
    """Click ``button``, the reason field filled first when it is empty (``reason`` None:
    left as it is, to see the refusal)."""
    assert button.isEnabled(), button.objectName()
    field = page.reason_field
    if reason is not None and field is not None and not field.text():
        field.setText(reason)
    qtbot.mouseClick(button, LEFT)
    settle(qtbot, page)


def select_row(qtbot, page: LinePage, view: QTableView, source_row: int) -> None:  # type: ignore[no-untyped-def]
    assert source_row >= 0
    proxy = view.model()
    index = proxy.mapFromSource(proxy.sourceModel().index(source_row, 0))
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    settle(qtbot, page)


def firmware_file(tmp_path: Path, name: str, seed: int) -> tuple[Path, bytes]:
    blob = bytes((i * seed + 7) % 256 for i in range(150_000))  # bigger than one KiB
    path = tmp_path / name
    path.write_bytes(blob)
    return path, blob


def register(  # type: ignore[no-untyped-def]
    qtbot, page: FirmwarePage, path: Path, version: str, mcu: str, *, activate: bool = False
) -> None:
    v = page.view
    v.tabs.setCurrentIndex(1)
    v.file_path.setText(str(path))  # what the file dialog does with the chosen file
    settle(qtbot, page)
    type_into(qtbot, v.version_field, version)
    type_into(qtbot, v.mcu_field, mcu)
    v.activate_now.setChecked(activate)
    click(qtbot, page, v.add_button)


def active_versions(owner: Sessions) -> list[str]:
    return [r[0] for r in f.rows(owner, "SELECT version FROM firmware_versions WHERE is_active")]


def count(owner: Sessions, sql: str) -> int:
    return int(f.scalar(owner, sql))


# -- firmware -------------------------------------------------------------------------------------
def test_firmware_registered_from_a_file_switched_retired_and_where_used(  # type: ignore[no-untyped-def]
    qtbot, owner, open_page, tmp_path
) -> None:
    worker = f.user(owner, "worker0", "WORKER", "김작업")
    lot = f.lot(owner, target=3)
    wip = f.wip_through(owner, worker, lot, last=3)  # due at PROC-004
    page = open_page(FirmwarePage)
    assert isinstance(page, FirmwarePage)
    v = page.view
    announced: list[ChangeEvent] = []
    page.ctx.events.data_changed.connect(announced.append)
    path, blob = firmware_file(tmp_path, "wf_main_v2.0.0.bin", 3)
    md5 = hashlib.md5(blob).hexdigest()

    # the file is measured in the background as soon as it is chosen
    v.tabs.setCurrentIndex(1)
    v.file_path.setText(str(path))
    assert page.measuring
    settle(qtbot, page)
    assert v.md5_label.text() == md5
    assert v.size_label.text().startswith(f"{len(blob):,} bytes")
    type_into(qtbot, v.version_field, "v2.0.0")
    type_into(qtbot, v.mcu_field, "STM32F4")
    type_into(qtbot, v.notes_field, "첫 양산 버전")
    with qtbot.waitSignal(page.item_changed, timeout=TIMEOUT_MS) as added:
        click(qtbot, page, v.add_button)
    settle(qtbot, page)
    assert added.args == ["v2.0.0"] and page.banner.level == "success"
    assert md5 in page.banner.text()
    stored = f.rows(
        owner,
        "SELECT version, filename, file_path, file_size, md5_hash, target_mcu, is_active, notes "
        "FROM firmware_versions",
    )
    assert [tuple(r) for r in stored] == [
        ("v2.0.0", path.name, str(path.resolve()), len(blob), md5, "STM32F4", False, "첫 양산 버전")
    ]
    assert [(e.kind, e.process_id) for e in announced] == [("firmware_changed", "PROC-004")]
    assert "firmware_changed" in KNOWN_KINDS
    assert page.selected_version() == "v2.0.0" and v.tabs.currentIndex() == 0
    shown = page.model.row_of("v2.0.0")
    assert page.model.index(shown, FirmwareModel.SIZE).data() == f"{len(blob):,}"
    assert page.model.index(shown, FirmwareModel.MD5).data() == md5
    assert page.model.index(shown, FirmwareModel.ACTIVE).data() == ""
    assert v.file_path.text() == v.version_field.text() == ""

    # activate it; a unit is flashed with it at PROC-004
    assert v.activate_button.isEnabled() and not v.retire_button.isEnabled()
    click(qtbot, page, v.activate_button)
    assert active_versions(owner) == ["v2.0.0"]
    assert page.model.index(shown, FirmwareModel.ACTIVE).data() == "Active"
    assert not v.activate_button.isEnabled() and v.retire_button.isEnabled()
    flasher = f.station(owner, "PROC-004")
    flasher.start_step(worker, wip)
    flasher.complete_step(
        worker, wip, StepResult.PASS, {"FIRMWARE_VERSION": "v2.0.0", "UPLOAD_OK": True}
    )

    # a second version of the same MCU, activated as it is registered: exactly one active
    path2, blob2 = firmware_file(tmp_path, "wf_main_v2.1.0.bin", 5)
    register(qtbot, page, path2, "v2.1.0", "STM32F4", activate=True)
    assert active_versions(owner) == ["v2.1.0"]
    stored2 = f.rows(owner, "SELECT md5_hash FROM firmware_versions WHERE version = 'v2.1.0'")
    assert stored2[0][0] == hashlib.md5(blob2).hexdigest()
    assert page.selected_version() == "v2.1.0"
    assert {r.version: r.is_active for r in page.model.rows} == {"v2.0.0": False, "v2.1.0": True}
    assert page.uses_model.rows == ()  # no unit carries v2.1.0 yet

    # where used: the unit that recorded v2.0.0 at PROC-004
    select_row(qtbot, page, v.table, page.model.row_of("v2.0.0"))
    assert page.selected_version() == "v2.0.0"
    (use,) = page.uses_model.rows
    assert (use.wip_id, use.lot_number, use.operator_login, use.operator_name, use.result) == (
        wip,
        lot,
        "worker0",
        "김작업",
        "PASS",
    )
    assert abs((datetime.now(UTC) - use.completed_at).total_seconds()) < 120
    assert "v2.0.0" in v.uses_label.text()
    assert page.uses_model.index(0, FirmwareUsesModel.OPERATOR).data() == "김작업 (worker0)"

    # retire the active one: no version left active
    select_row(qtbot, page, v.table, page.model.row_of("v2.1.0"))
    with qtbot.waitSignal(page.item_changed, timeout=TIMEOUT_MS):
        click(qtbot, page, v.retire_button)
    settle(qtbot, page)
    assert active_versions(owner) == []
    assert not any(r.is_active for r in page.model.rows)
    assert [e.kind for e in announced] == ["firmware_changed"] * 4
    audited = f.rows(
        owner,
        "SELECT count(*), min(station), min(user_id) FROM audit_logs "
        "WHERE table_name = 'firmware_versions'",
    )[0]
    boss_id = f.scalar(owner, "SELECT id FROM users WHERE user_id = 'boss'")
    assert audited[0] >= 5 and audited[1] == "OFFICE" and audited[2] == boss_id


@pytest.mark.parametrize(
    ("locale", "typed", "expected"),
    [
        ("ko", "1.2", "펌웨어 버전('1.2')은 v1.2.3 형식이어야 합니다."),
        ("ko", "v01.2.3", "펌웨어 버전('v01.2.3')은 v1.2.3 형식이어야 합니다."),
        ("en", "v1.2", "Firmware version 'v1.2' must look like v1.2.3."),
    ],
)
def test_an_invalid_version_text_is_refused_inline_with_nothing_written(  # type: ignore[no-untyped-def]
    qtbot, owner, open_page, tmp_path, locale, typed, expected
) -> None:
    page = open_page(FirmwarePage, locale)
    assert isinstance(page, FirmwarePage)
    path, _blob = firmware_file(tmp_path, "fw.bin", 7)
    audit = count(owner, "SELECT count(*) FROM audit_logs")
    with qtbot.waitSignal(page.action_refused, timeout=TIMEOUT_MS) as refused:
        register(qtbot, page, path, typed, "STM32F4")
    assert refused.args[0].code == "BAD_VERSION"
    assert page.banner.isVisible() and page.banner.level == "error"
    assert page.banner.text() == expected
    assert page.view.version_field.property("invalid") is True
    assert page.view.version_field.text() == typed  # kept, to be corrected
    assert count(owner, "SELECT count(*) FROM firmware_versions") == 0
    assert count(owner, "SELECT count(*) FROM audit_logs") == audit
    # corrected, it goes through
    type_into(qtbot, page.view.version_field, "v1.2.3")
    assert page.view.version_field.property("invalid") is False
    click(qtbot, page, page.view.add_button)
    assert count(owner, "SELECT count(*) FROM firmware_versions") == 1


def test_a_file_changed_after_it_was_measured_and_a_taken_version_are_refused(  # type: ignore[no-untyped-def]
    qtbot, owner, open_page, tmp_path
) -> None:
    f.firmware(owner, "v1.0.0", active=False)
    page = open_page(FirmwarePage)
    assert isinstance(page, FirmwarePage)
    path, _blob = firmware_file(tmp_path, "fw.bin", 11)
    v = page.view
    v.tabs.setCurrentIndex(1)
    v.file_path.setText(str(path))
    settle(qtbot, page)
    path.write_bytes(b"another build")
    type_into(qtbot, v.version_field, "v1.1.0")
    type_into(qtbot, v.mcu_field, "STM32F4")
    with qtbot.waitSignal(page.action_refused, timeout=TIMEOUT_MS) as refused:
        click(qtbot, page, v.add_button)
    assert refused.args[0].code == "FILE_CHANGED" and "다시 확인" in page.banner.text()
    settle(qtbot, page)  # measured again: the page shows what the file holds now
    assert page.view.md5_label.text() == hashlib.md5(b"another build").hexdigest()
    with qtbot.waitSignal(page.action_refused, timeout=TIMEOUT_MS) as refused:
        register(qtbot, page, path, "v1.0.0", "STM32F4")
    assert refused.args[0].code == "FIRMWARE_EXISTS"
    assert [r[0] for r in f.rows(owner, "SELECT version FROM firmware_versions")] == ["v1.0.0"]


def test_the_last_active_version_is_not_retired_while_a_unit_is_at_proc_004(  # type: ignore[no-untyped-def]
    qtbot, owner, open_page
) -> None:
    worker = f.user(owner, "worker0", "WORKER")
    f.firmware(owner, f.FIRMWARE)  # active
    wip = f.wip_through(owner, worker, f.lot(owner, target=2), last=3)
    f.station(owner, "PROC-004").start_step(worker, wip)
    page = open_page(FirmwarePage)
    assert isinstance(page, FirmwarePage)
    select_row(qtbot, page, page.view.table, page.model.row_of(f.FIRMWARE))
    with qtbot.waitSignal(page.action_refused, timeout=TIMEOUT_MS) as refused:
        click(qtbot, page, page.view.retire_button)
    assert refused.args[0].code == "FIRMWARE_IN_USE"
    assert page.banner.level == "error" and "PROC-004" in page.banner.text()
    assert "다른 버전을 활성화하세요" in page.banner.text()
    assert active_versions(owner) == [f.FIRMWARE]
    assert page.view.retire_button.isEnabled()  # the page waits for the next try


# -- equipment ------------------------------------------------------------------------------------
def offered_by_setup(qtbot, page: LinePage, tmp_path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """The equipment codes a PROC-003 station's set-up dialog offers."""
    settings = Settings(station="ST-3", data_dir=tmp_path / "st3", process_id="PROC-003")
    dialog = SetupDialog(page.ctx.reads, page.ctx.services.setup, settings)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(
        lambda: dialog.save_button.isEnabled() and not page.ctx.reads.is_busy(),
        timeout=TIMEOUT_MS,
    )
    assert dialog.process_combo.currentData() == "PROC-003"
    combo = dialog.equipment_combo
    codes = [combo.itemData(i) for i in range(combo.count())]
    dialog.close()
    assert codes[0] is None  # "(none)"
    return codes[1:]


def equipment_row(owner: Sessions, code: str) -> tuple:  # type: ignore[type-arg]
    found = f.rows(
        owner,
        "SELECT e.equipment_name, e.equipment_type, p.process_id, e.status, e.specifications "
        "FROM equipment e LEFT JOIN processes p ON p.id = e.process_id "
        "WHERE e.equipment_code = :c",
        c=code,
    )
    return tuple(found[0]) if found else ()


def test_equipment_added_edited_and_in_maintenance_is_no_longer_offered_to_stations(  # type: ignore[no-untyped-def]
    qtbot, owner, open_page, tmp_path
) -> None:
    page = open_page(EquipmentPage)
    assert isinstance(page, EquipmentPage)
    v = page.view
    announced: list[ChangeEvent] = []
    page.ctx.events.data_changed.connect(announced.append)
    assert v.new_process.findData("PROC-003") > 0  # the processes arrived
    assert offered_by_setup(qtbot, page, tmp_path) == []

    v.tabs.setCurrentIndex(1)
    type_into(qtbot, v.new_code, "EQ-T01")
    type_into(qtbot, v.new_name, "센서 검사기 1호")
    type_into(qtbot, v.new_type, "TESTER")
    choose(v.new_process, "PROC-003")
    choose(v.new_status, "AVAILABLE")
    v.new_calibration.has_due.setChecked(True)
    v.new_calibration.due.setDate(QDate(2027, 1, 31))
    v.new_calibration.interval.setValue(180)
    with qtbot.waitSignal(page.item_changed, timeout=TIMEOUT_MS) as added:
        click(qtbot, page, v.add_button)
    settle(qtbot, page)
    assert added.args == ["EQ-T01"] and page.banner.level == "success"
    assert equipment_row(owner, "EQ-T01") == (
        "센서 검사기 1호",
        "TESTER",
        "PROC-003",
        "AVAILABLE",
        {"calibration": {"due": "2027-01-31", "interval_days": 180}},
    )
    assert announced == [ChangeEvent("equipment_changed", unit="EQ-T01", process_id="PROC-003")]
    assert page.selected_code() == "EQ-T01"
    shown = page.model.row_of("EQ-T01")
    assert page.model.index(shown, EquipmentModel.CALIBRATION_DUE).data() == "2027-01-31"
    assert page.model.index(shown, EquipmentModel.INTERVAL).data() == "180 day(s)"
    assert offered_by_setup(qtbot, page, tmp_path) == ["EQ-T01"]

    # edit: name and interval; the status and the calibration date stay
    type_into(qtbot, v.edit_name, "센서 검사기 A")
    v.edit_calibration.interval.setValue(90)
    click(qtbot, page, v.save_button)
    assert equipment_row(owner, "EQ-T01") == (
        "센서 검사기 A",
        "TESTER",
        "PROC-003",
        "AVAILABLE",
        {"calibration": {"due": "2027-01-31", "interval_days": 90}},
    )
    click(qtbot, page, v.save_button)  # nothing changed: nothing sent
    assert page.banner.level == "info"

    # in maintenance: the station's set-up no longer offers it
    choose(v.edit_status, "MAINTENANCE")
    with qtbot.waitSignal(page.item_changed, timeout=TIMEOUT_MS):
        click(qtbot, page, v.status_button)
    settle(qtbot, page)
    name, kind, process, status, specs = equipment_row(owner, "EQ-T01")
    assert (name, process, status) == ("센서 검사기 A", "PROC-003", "MAINTENANCE")
    assert specs == {"calibration": {"due": "2027-01-31", "interval_days": 90}}
    assert page.model.row_at(page.model.row_of("EQ-T01")).status == "MAINTENANCE"
    assert announced[-1] == ChangeEvent("equipment_changed", unit="EQ-T01", process_id="PROC-003")
    assert "equipment_changed" in KNOWN_KINDS
    assert page.ctx.services.setup.list_equipment("PROC-003") == []
    assert offered_by_setup(qtbot, page, tmp_path) == []
    assert "not offered" in v.selected_label.text()

    # the process filter
    choose(v.process_filter, "PROC-001")
    settle(qtbot, page)
    assert page.model.rows == ()
    choose(v.process_filter, "PROC-003")
    settle(qtbot, page)
    assert [r.equipment_code for r in page.model.rows] == ["EQ-T01"]

    # a code that exists is refused, nothing overwritten
    audit = count(owner, "SELECT count(*) FROM audit_logs WHERE table_name = 'equipment'")
    v.tabs.setCurrentIndex(1)
    type_into(qtbot, v.new_code, "EQ-T01")
    type_into(qtbot, v.new_name, "다른 설비")
    type_into(qtbot, v.new_type, "JIG")
    with qtbot.waitSignal(page.action_refused, timeout=TIMEOUT_MS) as refused:
        click(qtbot, page, v.add_button)
    assert refused.args[0].code == "EQUIPMENT_EXISTS" and page.banner.level == "error"
    assert equipment_row(owner, "EQ-T01")[0] == "센서 검사기 A"
    assert count(owner, "SELECT count(*) FROM audit_logs WHERE table_name = 'equipment'") == audit
    assert equipment_row(owner, "EQ-T01")[4] == {
        "calibration": {"due": "2027-01-31", "interval_days": 90}
    }


# -- who is offered the pages ---------------------------------------------------------------------
def test_only_an_admin_is_offered_the_firmware_and_equipment_pages(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    roles = {s.key: s.roles for s in admin.page_specs()}
    assert roles["admin.firmware"] == roles["admin.equipment"] == frozenset({"ADMIN"})
    for role, offered in (
        (Role.MANAGER, False),
        (Role.WORKER, False),
        (Role.VIEWER, False),
        (Role.ADMIN, True),
    ):
        ctx = AppContext(
            Settings(station="OFFICE", data_dir=tmp_path),
            BackgroundRunner(),
            Services(),
            AppEvents(),
            CurrentUser(1, "p", "p", role),
        )
        window = MainWindow(ctx, build_sections(station.page_specs(), [], admin.page_specs()))
        qtbot.addWidget(window)
        keys = window.page_keys()
        assert ("admin.firmware" in keys) is offered, role
        assert ("admin.equipment" in keys) is offered, role


# -- models and layout ----------------------------------------------------------------------------
def test_line_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    firmware = FirmwareModel()
    firmware.set_rows(
        [
            FirmwareInfo("v1.10.0", "STM32F4", True, 2048, "a" * 32, now, "a.bin", "/fw/a.bin"),
            FirmwareInfo("v1.9.0", "STM32F4", False, 10, "b" * 32, now, "b.bin", "/fw/b.bin", "x"),
        ]
    )
    qtmodeltester.check(firmware)
    assert firmware._sort_key(firmware.row_at(0), FirmwareModel.VERSION) > firmware._sort_key(
        firmware.row_at(1), FirmwareModel.VERSION
    )
    uses = FirmwareUsesModel()
    uses.set_rows([FirmwareUse("WIP-WF261128D01-001", "WF261128D01", now, "kim", "김", "PASS")])
    qtmodeltester.check(uses)
    equipment = EquipmentModel(today=datetime(2027, 2, 1).date())
    equipment.set_rows(
        [
            EquipmentItem("EQ-1", "검사기", "TESTER", "PROC-003", "IN_USE", "2027-01-31", 180),
            EquipmentItem("EQ-2", "지그", "JIG", None, "RETIRED", None, None),
        ]
    )
    qtmodeltester.check(equipment)
    due = equipment.index(0, EquipmentModel.CALIBRATION_DUE)
    assert due.data(Qt.ItemDataRole.ToolTipRole) == "Calibration overdue"
    assert equipment.index(1, EquipmentModel.STATUS).data() == "Retired (RETIRED)"
    assert equipment.index(1, EquipmentModel.INTERVAL).data() == ""


@pytest.mark.parametrize("locale", ["ko", "en"])
def test_nothing_clips_at_1366_by_768(qtbot, request, open_page, locale) -> None:  # type: ignore[no-untyped-def]
    if locale == "ko":
        request.getfixturevalue("korean")  # the Korean labels are what must fit
    first = open_page(FirmwarePage, locale)
    window = MainWindow(first.ctx, build_sections([], [], admin.page_specs()))
    qtbot.addWidget(window)
    window.setStyleSheet(resources.stylesheet())  # the app's sizes (44 px buttons …)
    window.resize(1366, 768)
    window.show()
    for key, cls in (("admin.firmware", FirmwarePage), ("admin.equipment", EquipmentPage)):
        window.show_page(key)
        shown = window.pages[key]
        assert isinstance(shown, cls)
        settle(qtbot, shown)
        assert (
            shown.view.tabs.tabText(1)
            == {
                ("ko", "admin.firmware"): "새 버전",
                ("ko", "admin.equipment"): "새 설비",
                ("en", "admin.firmware"): "New version",
                ("en", "admin.equipment"): "New equipment",
            }[(locale, key)]
        )
        shown.banner.show_message(
            "펌웨어 파일이 크기와 MD5를 계산한 뒤에 바뀌었습니다. 다시 확인한 뒤 등록하세요.",
            "error",
        )
        qtbot.wait(50)
        tabs = shown.view.tabs
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            qtbot.wait(20)
            assert _clipped(window, shown) == [], (key, tab)


# -- the reason every change needs (issue 14) ----------------------------------------------------
def _audit_count(owner: Sessions) -> int:
    return int(f.scalar(owner, "SELECT count(*) FROM audit_logs"))


@pytest.mark.usefixtures("korean")
def test_an_equipment_change_without_a_reason_is_refused_calmly_and_the_reason_is_audited(  # type: ignore[no-untyped-def]
    qtbot, owner, boss, open_page
) -> None:
    page = open_page(EquipmentPage)
    v = page.view
    v.tabs.setCurrentIndex(1)
    type_into(qtbot, v.new_code, "EQ-R01")
    type_into(qtbot, v.new_name, "지그")
    type_into(qtbot, v.new_type, "JIG")
    choose(v.new_process, "PROC-003")
    before = _audit_count(owner)
    click(qtbot, page, v.add_button, reason=None)
    assert page.banner.level == "error" and "사유" in page.banner.text()
    assert v.reason.property("invalid") is True and v.reason.hasFocus()
    assert equipment_row(owner, "EQ-R01") == () and _audit_count(owner) == before
    type_into(qtbot, v.reason, "   ")  # blank is none
    click(qtbot, page, v.add_button, reason=None)
    assert page.banner.level == "error" and _audit_count(owner) == before
    type_into(qtbot, v.reason, "센서 검사 공정 지그 추가")
    with qtbot.waitSignal(page.item_changed, timeout=TIMEOUT_MS):
        click(qtbot, page, v.add_button, reason=None)
    settle(qtbot, page)
    assert v.reason.text() == "" and not v.reason.property("invalid")
    assert f.rows(
        owner,
        "SELECT table_name, user_id, reason FROM audit_logs WHERE id > "
        "(SELECT max(id) - 1 FROM audit_logs)",
    ) == [("equipment", boss.id, "센서 검사 공정 지그 추가")]


@pytest.mark.usefixtures("korean")
def test_a_firmware_switch_without_a_reason_is_refused_calmly(qtbot, owner, open_page) -> None:  # type: ignore[no-untyped-def]
    f.firmware(owner, active=False)
    page = open_page(FirmwarePage)
    assert isinstance(page, FirmwarePage)
    v = page.view
    select_row(qtbot, page, v.table, page.model.row_of(f.FIRMWARE))
    before = _audit_count(owner)
    click(qtbot, page, v.activate_button, reason=None)
    assert page.banner.level == "error" and "사유" in page.banner.text()
    assert v.reason.property("invalid") is True and _audit_count(owner) == before
    assert not f.scalar(
        owner, "SELECT is_active FROM firmware_versions WHERE version = :v", v=f.FIRMWARE
    )
