"""System admin → Users, driven like an ADMIN (typing, clicking) on their own database login,
as the app connects after login; then the accounts used the way the line uses them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import factories as f
import pytest
from admin_ui import AdminApp
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabBar,
    QWidget,
)
from translators import korean  # noqa: F401 - fixture

from neurohub_desktop import resources
from neurohub_desktop.app import nav_sections
from neurohub_desktop.config import Settings
from neurohub_desktop.db.engine import Sessions
from neurohub_desktop.domain.auth import CurrentUser, LoginReason, LoginRefused, Role, UserAccount
from neurohub_desktop.domain.changes import KNOWN_KINDS, ChangeEvent
from neurohub_desktop.domain.errors import PermissionDenied
from neurohub_desktop.domain.station import StepResult
from neurohub_desktop.services.station import StationService
from neurohub_desktop.ui import admin, station
from neurohub_desktop.ui.admin.models import UsersModel
from neurohub_desktop.ui.admin.users_page import UsersPage
from neurohub_desktop.ui.background import BackgroundRunner
from neurohub_desktop.ui.context import AppContext, AppEvents, Services
from neurohub_desktop.ui.main_window import MainWindow, build_sections

TIMEOUT_MS = 15_000
LEFT = Qt.MouseButton.LeftButton
RETURN = Qt.Key.Key_Return


@pytest.fixture
def open_page(qtbot, db_url, tmp_path, boss) -> Iterator:  # type: ignore[no-untyped-def]
    apps: list[AdminApp] = []

    def open_(locale: str = "ko") -> UsersPage:
        app = AdminApp(db_url, tmp_path, "boss", f.PASSWORD, locale)
        apps.append(app)
        page = UsersPage(app.ctx)
        qtbot.addWidget(page)
        page.resize(1146, 700)
        page.show()
        settle(qtbot, page)
        assert page.model.row_of("boss") >= 0
        return page

    yield open_
    for app in apps:
        app.close()


def settle(qtbot, page: UsersPage) -> None:  # type: ignore[no-untyped-def]
    """Every queued write and read answered, no reload pending."""
    ctx = page.ctx
    qtbot.waitUntil(
        lambda: (
            not ctx.runner.is_busy() and not ctx.reads.is_busy() and not page._reload_due.isActive()
        ),
        timeout=TIMEOUT_MS,
    )


#: what the tests write in the page's reason field before a change (issue 14)
REASON = "신규 입사자 등록"


def click(qtbot, page: UsersPage, button: QAbstractButton, reason: str | None = REASON) -> None:  # type: ignore[no-untyped-def]
    """Click ``button``, the reason field filled first when it is empty (``reason`` None:
    left as it is, to see the refusal)."""
    assert button.isEnabled(), button.objectName()
    if reason is not None and not page.view.reason.text():
        page.view.reason.setText(reason)
    qtbot.mouseClick(button, LEFT)
    settle(qtbot, page)


def type_into(qtbot, field: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` over the field's content: keys for ASCII, and Hangul as the Korean input
    method delivers it (a committed string; QTest has no keys for it)."""
    field.setFocus()
    field.selectAll()
    for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if chunk.isascii():
            qtbot.keyClicks(field, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(field, event)
    assert field.text() == text


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def select(qtbot, page: UsersPage, user_id: str) -> UserAccount:  # type: ignore[no-untyped-def]
    """Click the user's row in the list."""
    source = page.model.row_of(user_id)
    assert source >= 0, user_id
    index = page.proxy.mapFromSource(page.model.index(source, UsersModel.LOGIN))
    view = page.view.table
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    row = page.selected()
    assert row is not None and row.user_id == user_id
    return row


def row(page: UsersPage, user_id: str) -> UserAccount:
    return page.model.row_at(page.model.row_of(user_id))


def add_user(
    qtbot,
    page: UsersPage,
    login: str,
    name: str,
    role: str,  # type: ignore[no-untyped-def]
    password: str,
    confirm: str | None = None,
) -> None:
    v = page.view
    v.tabs.setCurrentIndex(1)
    type_into(qtbot, v.new_login, login)
    type_into(qtbot, v.new_name, name)
    choose(v.new_role, role)
    type_into(qtbot, v.new_password, password)
    type_into(qtbot, v.new_confirm, password if confirm is None else confirm)
    click(qtbot, page, v.add_button)


def count(owner: Sessions, sql: str, **params: object) -> int:
    return int(f.scalar(owner, sql, **params))


# -- the whole path -------------------------------------------------------------------------------
def test_an_admin_adds_a_worker_who_logs_in_changes_the_password_and_records_a_step(
    qtbot, owner, boss, open_page, db_url
) -> None:  # type: ignore[no-untyped-def]
    veteran = f.user(owner, "worker0", "WORKER")
    lot = f.lot(owner, target=3)
    wip = f.wip_through(owner, veteran, lot, last=1)  # marked at PROC-001, due at PROC-002
    page = open_page()
    assert page.ctx.services.accounts is not None
    announced: list[ChangeEvent] = []
    page.ctx.events.data_changed.connect(announced.append)

    with qtbot.waitSignal(page.user_changed, timeout=TIMEOUT_MS) as added:
        add_user(qtbot, page, "lee", "이작업", "WORKER", "first-pass-1")
    settle(qtbot, page)
    assert added.args == ["lee"]
    assert page.banner.level == "success" and "lee" in page.banner.text()
    assert [e.kind for e in announced] == ["users_changed"] and "users_changed" in KNOWN_KINDS
    lee_row = row(page, "lee")
    assert (
        lee_row.username,
        lee_row.role,
        lee_row.is_active,
        lee_row.must_change_password,
        lee_row.locked_until,
        lee_row.last_login_at,
    ) == ("이작업", Role.WORKER, True, True, None, None)
    assert page.selected_login() == "lee"  # the new account is selected for what comes next
    assert page.view.new_login.text() == page.view.new_password.text() == ""
    created_by = f.rows(
        owner,
        "SELECT a.user_id, u.id FROM audit_logs a JOIN users u "
        "ON u.id = a.record_id WHERE a.table_name = 'users' "
        "AND a.action = 'INSERT' AND u.user_id = 'lee'",
    )
    assert len(created_by) == 1 and created_by[0][0] == boss.id
    lee_pk = created_by[0][1]

    # lee logs in at PROC-002 and is made to change the password before any work
    auth = f.auth_service(db_url, station="ST-2")
    try:
        lee = auth.login("lee", "first-pass-1")
        assert lee.id == lee_pk and lee.role is Role.WORKER and lee.must_change_password
        assert auth.engine is not None
        station = StationService(Sessions(auth.engine), station="ST-2", process_id="PROC-002")
        with pytest.raises(PermissionDenied):
            station.start_step(lee, wip)
        lee = auth.change_password(lee, "first-pass-1", "second-pass-2", "second-pass-2")
        assert not lee.must_change_password
        station.start_step(lee, wip)
        done = station.complete_step(lee, wip, StepResult.PASS, f.GOOD_VALUES["PROC-002"])
        assert done.result is StepResult.PASS
    finally:
        auth.logout()

    history = f.rows(
        owner,
        "SELECT h.id, h.operator_id FROM wip_process_history h "
        "JOIN processes p ON p.id = h.process_id "
        "WHERE p.process_id = 'PROC-002'",
    )
    assert len(history) == 1 and history[0][1] == lee_pk
    audited = f.rows(
        owner,
        "SELECT user_id, station FROM audit_logs WHERE "
        "table_name = 'wip_process_history' AND action = 'INSERT' "
        "AND record_id = :r",
        r=history[0][0],
    )
    assert [tuple(a) for a in audited] == [(lee_pk, "ST-2")]
    page.reload()
    settle(qtbot, page)
    assert row(page, "lee").last_login_at is not None
    assert not row(page, "lee").must_change_password
    assert page.model.index(page.model.row_of("lee"), UsersModel.PASSWORD_DUE).data() == ""


# -- who is offered the page ----------------------------------------------------------------------
def test_only_an_admin_is_offered_the_users_page(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert {s.key: s.roles for s in admin.page_specs()} == {
        key: frozenset({"ADMIN"})
        for key in (
            "admin.home",
            "admin.users",
            "admin.criteria",
            "admin.firmware",
            "admin.equipment",
        )
    }
    admin_section = next(s for s in nav_sections() if s.key == "admin")
    assert "admin.users" in [p.key for p in admin_section.pages]
    for role, offered in (
        (Role.MANAGER, False),
        (Role.ADMIN, True),
        (Role.WORKER, False),
        (Role.VIEWER, False),
    ):
        ctx = AppContext(
            Settings(station="OFFICE", data_dir=tmp_path),
            BackgroundRunner(),
            Services(),
            AppEvents(),
            CurrentUser(1, "p", "p", role),
        )
        # (the station page comes first for those who may work at a station: the Users page
        # is only listed, not opened)
        window = MainWindow(ctx, build_sections(station.page_specs(), [], admin.page_specs()))
        qtbot.addWidget(window)
        assert ("admin.users" in window.page_keys()) is offered, role
        assert "admin" in window.sections if offered else "admin" not in window.sections


# -- the state actions ----------------------------------------------------------------------------
def test_unlock_clears_a_lockout_made_by_five_wrong_logins(
    qtbot,
    owner,
    open_page,  # type: ignore[no-untyped-def]
    db_url,
) -> None:
    f.user(owner, "kim", "WORKER", "김작업")
    auth = f.auth_service(db_url)
    try:
        for _ in range(5):
            with pytest.raises(LoginRefused):
                auth.login("kim", "wrong-password")
        with pytest.raises(LoginRefused) as refused:
            auth.login("kim", f.PASSWORD)
        assert refused.value.reason is LoginReason.LOCKED
        page = open_page()
        kim = row(page, "kim")
        assert kim.locked and kim.locked_until is not None
        assert kim.locked_until - datetime.now(UTC) < timedelta(minutes=11)
        shown = page.model.index(page.model.row_of("kim"), UsersModel.LOCKED_UNTIL).data()
        assert shown == kim.locked_until.astimezone().strftime("%Y-%m-%d %H:%M")
        assert page.model.index(page.model.row_of("boss"), UsersModel.LOCKED_UNTIL).data() == ""
        page.view.locked_filter.setChecked(True)
        settle(qtbot, page)
        assert [r.user_id for r in page.model.rows] == ["kim"]
        select(qtbot, page, "kim")
        with qtbot.waitSignal(page.user_changed, timeout=TIMEOUT_MS):
            click(qtbot, page, page.view.unlock_button)
        settle(qtbot, page)
        assert page.model.rows == ()  # no one is locked any more
        page.view.locked_filter.setChecked(False)
        settle(qtbot, page)
        assert not select(qtbot, page, "kim").locked
        assert not page.view.unlock_button.isEnabled()
        assert auth.login("kim", f.PASSWORD).user_id == "kim"
    finally:
        auth.logout()


def test_deactivate_stops_the_login_and_reactivate_allows_it(
    qtbot,
    owner,
    open_page,  # type: ignore[no-untyped-def]
    db_url,
) -> None:
    f.user(owner, "kim", "WORKER", "김작업")
    page = open_page()
    v = page.view
    choose(v.role_filter, "WORKER")
    settle(qtbot, page)
    assert [r.user_id for r in page.model.rows] == ["kim"]
    choose(v.role_filter, None)
    settle(qtbot, page)
    assert {"admin", "boss", "kim"} <= {r.user_id for r in page.model.rows}
    select(qtbot, page, "kim")
    assert v.active_button.text() == "Deactivate" and not v.unlock_button.isEnabled()
    click(qtbot, page, v.active_button)
    assert not row(page, "kim").is_active and v.active_button.text() == "Reactivate"
    choose(v.state_filter, False)
    settle(qtbot, page)
    assert [r.user_id for r in page.model.rows] == ["kim"]
    auth = f.auth_service(db_url)
    try:
        with pytest.raises(LoginRefused) as refused:
            auth.login("kim", f.PASSWORD)
        assert refused.value.reason is LoginReason.INACTIVE
        select(qtbot, page, "kim")
        click(qtbot, page, v.active_button)
        assert page.model.rows == ()  # the inactive-only list is empty again
        assert auth.login("kim", f.PASSWORD).user_id == "kim"
    finally:
        auth.logout()
    assert (
        count(
            owner,
            "SELECT count(*) FROM audit_logs WHERE table_name = 'users' "
            "AND action = 'UPDATE' AND 'is_active' = ANY (changed_fields) "
            "AND user_id = (SELECT id FROM users WHERE user_id = 'boss')",
        )
        == 2
    )


def test_reset_password_forces_a_change_and_a_mismatch_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, owner, open_page, db_url
) -> None:
    f.user(owner, "kim", "WORKER", "김작업")
    page = open_page()
    v = page.view
    select(qtbot, page, "kim")
    type_into(qtbot, v.reset_password, "third-pass-3")
    type_into(qtbot, v.reset_confirm, "third-pass-4")
    click(qtbot, page, v.reset_button)
    assert page.banner.level == "error" and "일치하지" in page.banner.text()
    assert not row(page, "kim").must_change_password
    # with the keyboard: the repeat field's Return submits
    type_into(qtbot, v.reset_confirm, "third-pass-3")
    with qtbot.waitSignal(page.user_changed, timeout=TIMEOUT_MS):
        qtbot.keyClick(v.reset_confirm, RETURN)
    settle(qtbot, page)
    assert page.banner.level == "success"
    assert v.reset_password.text() == v.reset_confirm.text() == ""
    assert row(page, "kim").must_change_password
    auth = f.auth_service(db_url)
    try:
        with pytest.raises(LoginRefused):
            auth.login("kim", f.PASSWORD)
        kim = auth.login("kim", "third-pass-3")
        assert kim.must_change_password
    finally:
        auth.logout()


def test_edit_name_and_role_and_the_database_refuses_a_self_demotion(  # type: ignore[no-untyped-def]
    qtbot, owner, boss, open_page
) -> None:
    f.user(owner, "kim", "WORKER", "김작업")
    page = open_page()
    v = page.view
    select(qtbot, page, "kim")
    type_into(qtbot, v.edit_name, "김반장")
    choose(v.edit_role, "MANAGER")
    click(qtbot, page, v.save_button)
    kim = row(page, "kim")
    assert (kim.username, kim.role) == ("김반장", Role.MANAGER)
    assert f.rows(owner, "SELECT username, role FROM users WHERE user_id = 'kim'")[0] == (
        "김반장",
        "MANAGER",
    )
    click(qtbot, page, v.save_button)  # nothing changed: nothing sent
    assert page.banner.level == "info"
    before = count(owner, "SELECT count(*) FROM audit_logs")
    select(qtbot, page, "boss")
    choose(v.edit_role, "WORKER")
    with qtbot.waitSignal(page.action_refused, timeout=TIMEOUT_MS):
        click(qtbot, page, v.save_button)
    assert page.banner.level == "error"
    assert page.banner.text() == "자신의 계정은 권한을 낮추거나 비활성화할 수 없습니다."
    assert row(page, "boss").role is Role.ADMIN
    assert count(owner, "SELECT count(*) FROM audit_logs") == before


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("ko", "로그인 ID 'kim'은(는) 이미 사용 중입니다. 다른 ID를 입력하세요."),
        ("en", "The login ID kim is already taken; choose another."),
    ],
)
def test_a_duplicate_login_id_is_refused_inline_with_nothing_written(  # type: ignore[no-untyped-def]
    qtbot, owner, open_page, locale, expected
) -> None:
    f.user(owner, "kim", "WORKER", "김작업")
    page = open_page(locale)
    users = count(owner, "SELECT count(*) FROM users")
    audit = count(owner, "SELECT count(*) FROM audit_logs")
    with qtbot.waitSignal(page.action_refused, timeout=TIMEOUT_MS) as refused:
        add_user(qtbot, page, "kim", "다른 김", "VIEWER", "first-pass-1")
    assert refused.args[0].code == "USER_ID_TAKEN"
    assert page.banner.isVisible() and page.banner.level == "error"
    assert page.banner.text() == expected
    assert count(owner, "SELECT count(*) FROM users") == users
    assert count(owner, "SELECT count(*) FROM audit_logs") == audit
    assert row(page, "kim").username == "김작업"
    assert page.view.new_login.text() == "kim"  # the form keeps what was typed, to correct it
    assert page.view.add_button.isEnabled()


# -- model, keyboard, layout ----------------------------------------------------------------------
def test_users_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = UsersModel()
    now = datetime.now(UTC)
    model.set_rows(
        [
            UserAccount(1, "admin", "관리자", Role.ADMIN, True, None, now, True),
            UserAccount(
                2, "kim", "김작업", Role.WORKER, False, now + timedelta(minutes=5), None, False, 5
            ),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(1, UsersModel.ACTIVE).data() == "Inactive"
    assert model.index(0, UsersModel.PASSWORD_DUE).data() == "Due at next login"
    assert model.index(0, UsersModel.LOCKED_UNTIL).data() == ""


def test_a_user_is_added_with_the_keyboard_alone(qtbot, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page()
    v = page.view
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=TIMEOUT_MS)
    v.table.setFocus()
    qtbot.keyClick(v.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert v.tabs.currentIndex() == 1 and v.new_login.hasFocus()
    qtbot.keyClicks(v.new_login, "park")
    qtbot.keyClick(v.new_login, RETURN)
    assert v.new_name.hasFocus()
    type_into(qtbot, v.new_name, "박검사")  # (the Korean input method commits it)
    qtbot.keyClick(v.new_name, RETURN)
    assert v.new_role.hasFocus()
    qtbot.keyClick(v.new_role, Qt.Key.Key_Down)  # WORKER → MANAGER
    qtbot.keyClick(v.new_role, Qt.Key.Key_Tab)
    assert v.new_password.hasFocus()
    qtbot.keyClicks(v.new_password, "first-pass-1")
    qtbot.keyClick(v.new_password, RETURN)
    qtbot.keyClicks(v.new_confirm, "first-pass-1")
    qtbot.keyClick(v.new_confirm, RETURN)  # no reason yet: refused, the reason field is next
    assert v.reason.hasFocus() and v.reason.property("invalid") is True
    assert page.banner.level == "error" and "reason" in page.banner.text()  # (in English here)
    assert page.model.row_of("park") < 0 and not page.ctx.runner.is_busy()  # nothing sent
    qtbot.keyClicks(v.reason, "new inspector")
    with qtbot.waitSignal(page.user_changed, timeout=TIMEOUT_MS):
        qtbot.keyClick(v.reason, RETURN)  # Return sends what it was asked for
    settle(qtbot, page)
    assert v.reason.text() == ""  # the next change needs its own
    assert row(page, "park").role is Role.MANAGER and row(page, "park").username == "박검사"
    qtbot.keyClicks(v.new_login, "x y")  # the login field refuses what no login may contain
    event = QInputMethodEvent()
    event.setCommitString("한")
    QApplication.sendEvent(v.new_login, event)
    assert v.new_login.text() == "xy"


def _clipped(window: QWidget, page: QWidget) -> list[str]:
    problems = []
    bounds = window.rect()
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(window) or not isinstance(
            w, QAbstractButton | QLineEdit | QComboBox | QTabBar
        ):
            continue
        top_left = w.mapTo(window, w.rect().topLeft())
        bottom_right = w.mapTo(window, w.rect().bottomRight())
        hint = w.minimumSizeHint()
        name = w.objectName() or type(w).__name__
        if not (bounds.contains(top_left) and bounds.contains(bottom_right)):
            problems.append(f"{name} outside the window")
        elif w.height() < hint.height():
            problems.append(f"{name} squeezed to {w.height()} px high (needs {hint.height()})")
        elif isinstance(w, QAbstractButton) and w.width() < w.sizeHint().width():
            problems.append(f"{name}: its text is cut ({w.width()} < {w.sizeHint().width()} px)")
    return problems


@pytest.mark.parametrize("locale", ["ko", "en"])
def test_nothing_clips_at_1366_by_768(qtbot, open_page, locale) -> None:  # type: ignore[no-untyped-def]
    page = open_page(locale)
    window = MainWindow(page.ctx, build_sections([], [], admin.page_specs()))
    qtbot.addWidget(window)
    window.setStyleSheet(resources.stylesheet())  # the app's sizes (44 px buttons …)
    window.resize(1366, 768)
    window.show()
    window.show_page("admin.users")  # (the checklist comes first in the Admin section)
    shown = window.pages["admin.users"]
    assert isinstance(shown, UsersPage)
    settle(qtbot, shown)
    shown.banner.show_message(
        "로그인 ID 'someone.with.a.long.name'은(는) 이미 사용 중입니다. 다른 ID를 입력하세요.",
        "error",
    )
    select(qtbot, shown, "boss")
    qtbot.wait(50)
    for tab in range(shown.view.tabs.count()):
        shown.view.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        assert _clipped(window, shown) == [], tab


@pytest.mark.usefixtures("korean")
def test_an_account_change_without_a_reason_is_refused_calmly(qtbot, owner, open_page) -> None:  # type: ignore[no-untyped-def]
    f.user(owner, "kim", "WORKER", "김작업")
    page = open_page()
    v = page.view
    select(qtbot, page, "kim")
    audited = count(owner, "SELECT count(*) FROM audit_logs")
    for button in (v.active_button, v.unlock_button, v.reset_button):
        if button is v.reset_button:
            type_into(qtbot, v.reset_password, "third-pass-3")
            type_into(qtbot, v.reset_confirm, "third-pass-3")
        if not button.isEnabled():
            continue  # (unlock: kim is not locked)
        click(qtbot, page, button, reason=None)
        assert page.banner.level == "error" and "사유" in page.banner.text(), button
        assert v.reason.property("invalid") is True
    assert count(owner, "SELECT count(*) FROM audit_logs") == audited
    assert row(page, "kim").is_active and not row(page, "kim").must_change_password
