"""The login screen, driven like an operator (type, Return) against a real users table."""

from __future__ import annotations

import factories as f
import pytest
from PySide6.QtCore import Qt
from shell_support import add_user
from sqlalchemy import text

from neurohub_desktop.domain.auth import Role
from neurohub_desktop.ui.background import BackgroundRunner
from neurohub_desktop.ui.login_view import LoginView

RETURN = Qt.Key.Key_Return


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    yield runner
    assert runner.wait_for_done(10_000)


@pytest.fixture
def view(qtbot, runner, engine):  # type: ignore[no-untyped-def]
    auth = f.auth_service(engine, station="LINE1-ST03")
    view = LoginView(runner, auth, locale="en", recent_users=("lee", "kim"))
    qtbot.addWidget(view)
    view.show()
    return view


def type_login(qtbot, view, user_id: str, password: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(view.user_field, user_id)
    qtbot.keyClick(view.user_field, RETURN)  # Return in the user field moves on
    assert view.password_field.hasFocus() or not view.isActiveWindow()
    qtbot.keyClicks(view.password_field, password)
    qtbot.keyClick(view.password_field, RETURN)


def test_success(qtbot, view, db_url) -> None:  # type: ignore[no-untyped-def]
    add_user(db_url, "kim", "secret-pass", role="MANAGER")
    with qtbot.waitSignal(view.logged_in, timeout=10_000) as blocker:
        type_login(qtbot, view, "kim", "secret-pass")
    user = blocker.args[0]
    assert user.user_id == "kim" and user.role is Role.MANAGER
    assert view.password_field.text() == ""  # the password does not linger in the widget


def test_wrong_password_and_unknown_user_show_the_same_message(qtbot, view, db_url) -> None:  # type: ignore[no-untyped-def]
    add_user(db_url, "kim", "secret-pass")
    type_login(qtbot, view, "kim", "bad-password")
    qtbot.waitUntil(lambda: view.message_label.text() != "", timeout=10_000)
    wrong = view.message_label.text()
    assert wrong == "Wrong user ID or password."
    assert view.password_field.text() == "" and view.password_field.isEnabled()
    view.user_field.clear()
    view.message_label.clear()
    type_login(qtbot, view, "nobody", "bad-password")
    qtbot.waitUntil(lambda: view.message_label.text() != "", timeout=10_000)
    assert view.message_label.text() == wrong


def test_lockout_message_after_five_failures(qtbot, view, db_url) -> None:  # type: ignore[no-untyped-def]
    add_user(db_url, "kim", "secret-pass")
    qtbot.keyClicks(view.user_field, "kim")
    for _ in range(5):
        view.message_label.clear()
        qtbot.keyClicks(view.password_field, "bad-password")
        qtbot.keyClick(view.password_field, RETURN)
        qtbot.waitUntil(
            lambda: view.message_label.text() != "" and view.login_button.isEnabled(),
            timeout=10_000,
        )
    assert "locked" in view.message_label.text()


def test_recent_user_button_fills_the_user_id(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    assert [b.text() for b in view.recent_buttons] == ["lee", "kim"]
    qtbot.mouseClick(view.recent_buttons[1], Qt.MouseButton.LeftButton)
    assert view.user_field.text() == "kim"


def test_empty_fields_are_not_sent(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(view.password_field, RETURN)
    assert view.message_label.text() == "Enter your user ID."


def test_forced_password_change_before_anything_else(qtbot, view, db_url, engine) -> None:  # type: ignore[no-untyped-def]
    add_user(db_url, "kim", "secret-pass", must_change=True)
    type_login(qtbot, view, "kim", "secret-pass")
    qtbot.waitUntil(lambda: view.password_dialog is not None, timeout=10_000)
    dialog = view.password_dialog
    # Too short: refused by the service, the dialog stays.
    qtbot.keyClicks(dialog.new_field, "short")
    qtbot.keyClick(dialog.new_field, RETURN)  # default button: moves on to the repeat field
    qtbot.keyClicks(dialog.confirm_field, "short")
    qtbot.keyClick(dialog.confirm_field, RETURN)
    qtbot.waitUntil(lambda: dialog.message_label.text() != "", timeout=10_000)
    assert "at least 8" in dialog.message_label.text()
    with qtbot.waitSignal(view.logged_in, timeout=10_000) as blocker:
        qtbot.keyClicks(dialog.new_field, "brand-new-pass")
        qtbot.keyClick(dialog.new_field, RETURN)
        qtbot.keyClicks(dialog.confirm_field, "brand-new-pass")
        qtbot.keyClick(dialog.confirm_field, RETURN)
    assert not blocker.args[0].must_change_password
    with engine.connect() as conn:
        assert (
            conn.execute(
                text("SELECT must_change_password FROM users WHERE user_id = 'kim'")
            ).scalar_one()
            is False
        )


def test_cancelling_the_password_change_stays_at_login(qtbot, view, db_url) -> None:  # type: ignore[no-untyped-def]
    add_user(db_url, "kim", "secret-pass", must_change=True)
    type_login(qtbot, view, "kim", "secret-pass")
    qtbot.waitUntil(lambda: view.password_dialog is not None, timeout=10_000)
    with qtbot.assertNotEmitted(view.logged_in):
        qtbot.keyClick(view.password_dialog, Qt.Key.Key_Escape)
    assert view.password_dialog is None
    assert "new password" in view.message_label.text()
