"""Login against real users rows: bcrypt, same message for unknown/wrong, lockout across
stations with an injected clock, inactive users, forced password change, audit actor."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import bcrypt
import pytest
from sqlalchemy import inspect, text

from neurohub_desktop.db.engine import make_sessionmaker
from neurohub_desktop.domain.auth import CurrentUser, LoginReason, LoginRefused, Role
from neurohub_desktop.domain.errors import ValidationError
from neurohub_desktop.services.auth import AuthService

T0 = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def add_user(engine, user_id: str = "kim", password: str = "secret-pass", *,  # type: ignore[no-untyped-def]
             role: str = "WORKER", active: bool = True, must_change: bool = False) -> int:
    pw_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt(4)).decode()
    with engine.begin() as conn:
        return int(conn.execute(text(
            "INSERT INTO users (user_id, username, password_hash, role, is_active,"
            " must_change_password) VALUES (:u, :n, :h, :r, :a, :m) RETURNING id"),
            {"u": user_id, "n": "김작업", "h": pw_hash, "r": role, "a": active,
             "m": must_change}).scalar_one())


def user_row(engine, user_id: str = "kim"):  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return conn.execute(text("SELECT * FROM users WHERE user_id = :u"),
                            {"u": user_id}).mappings().one()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def auth(engine, clock):  # type: ignore[no-untyped-def]
    return AuthService(make_sessionmaker(engine), station="ST-03", clock=clock, bcrypt_rounds=4)


def test_success_returns_the_user_and_records_last_login(engine, auth, clock) -> None:  # type: ignore[no-untyped-def]
    uid = add_user(engine, role="MANAGER")
    user = auth.login("kim", "secret-pass")
    assert user == CurrentUser(uid, "kim", "김작업", Role.MANAGER, False)
    row = user_row(engine)
    assert row["last_login_at"] == T0
    assert row["failed_login_count"] == 0


def test_wrong_password_and_unknown_user_get_the_same_message(engine, auth) -> None:  # type: ignore[no-untyped-def]
    add_user(engine)
    with pytest.raises(LoginRefused) as wrong:
        auth.login("kim", "not-the-password")
    with pytest.raises(LoginRefused) as unknown:
        auth.login("nobody", "whatever-it-is")
    assert wrong.value.reason is unknown.value.reason is LoginReason.CREDENTIALS
    assert wrong.value.message("ko") == unknown.value.message("ko")
    assert wrong.value.message("en") == unknown.value.message("en")
    assert user_row(engine)["failed_login_count"] == 1
    assert user_row(engine)["last_login_at"] is None


def test_five_failures_lock_for_ten_minutes_across_stations(engine, auth, clock) -> None:  # type: ignore[no-untyped-def]
    add_user(engine)
    for _ in range(4):
        with pytest.raises(LoginRefused) as exc:
            auth.login("kim", "bad-password")
        assert exc.value.reason is LoginReason.CREDENTIALS
    with pytest.raises(LoginRefused) as fifth:
        auth.login("kim", "bad-password")
    assert fifth.value.reason is LoginReason.LOCKED
    assert user_row(engine)["locked_until"] == T0 + timedelta(minutes=10)

    # Another station, the right password, 9 minutes later: still locked (state is in the DB).
    other = AuthService(make_sessionmaker(engine), station="ST-07", bcrypt_rounds=4,
                        clock=lambda: T0 + timedelta(minutes=9, seconds=59))
    with pytest.raises(LoginRefused) as still:
        other.login("kim", "secret-pass")
    assert still.value.reason is LoginReason.LOCKED

    clock.now = T0 + timedelta(minutes=10, seconds=1)
    assert auth.login("kim", "secret-pass").user_id == "kim"
    row = user_row(engine)
    assert row["locked_until"] is None and row["failed_login_count"] == 0


def test_after_the_lock_expires_a_failure_starts_a_new_count(engine, auth, clock) -> None:  # type: ignore[no-untyped-def]
    add_user(engine)
    for _ in range(5):
        with pytest.raises(LoginRefused):
            auth.login("kim", "bad-password")
    clock.now = T0 + timedelta(minutes=11)
    with pytest.raises(LoginRefused) as exc:
        auth.login("kim", "bad-password")
    assert exc.value.reason is LoginReason.CREDENTIALS
    assert user_row(engine)["failed_login_count"] == 1


def test_inactive_user_is_refused_but_only_with_the_right_password(engine, auth) -> None:  # type: ignore[no-untyped-def]
    add_user(engine, active=False)
    with pytest.raises(LoginRefused) as wrong:
        auth.login("kim", "bad-password")
    assert wrong.value.reason is LoginReason.CREDENTIALS
    with pytest.raises(LoginRefused) as right:
        auth.login("kim", "secret-pass")
    assert right.value.reason is LoginReason.INACTIVE
    assert user_row(engine)["last_login_at"] is None


def test_forced_password_change(engine, auth) -> None:  # type: ignore[no-untyped-def]
    add_user(engine, must_change=True)
    user = auth.login("kim", "secret-pass")
    assert user.must_change_password
    with pytest.raises(ValidationError) as short:
        auth.change_password(user, "secret-pass", "short")
    assert short.value.code == "PASSWORD_TOO_SHORT"
    with pytest.raises(ValidationError) as same:
        auth.change_password(user, "secret-pass", "secret-pass")
    assert same.value.code == "PASSWORD_REUSED"
    with pytest.raises(ValidationError) as wrong:
        auth.change_password(user, "not-current", "brand-new-pass")
    assert wrong.value.code == "PASSWORD_WRONG"
    assert user_row(engine)["must_change_password"] is True

    changed = auth.change_password(user, "secret-pass", "brand-new-pass", "brand-new-pass")
    assert not changed.must_change_password
    assert user_row(engine)["must_change_password"] is False
    with pytest.raises(LoginRefused):
        auth.login("kim", "secret-pass")
    assert not auth.login("kim", "brand-new-pass").must_change_password


def test_seed_admin_must_change_the_documented_password(engine, auth) -> None:  # type: ignore[no-untyped-def]
    admin = auth.login("admin", "neurohub-admin")
    assert admin.role is Role.ADMIN and admin.must_change_password


def test_the_users_own_changes_are_audited_under_their_id(engine, auth) -> None:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        if not inspect(conn).has_table("audit_logs"):
            pytest.skip("audit_logs arrives with revision 003")
    uid = add_user(engine, must_change=True)
    user = auth.login("kim", "secret-pass")
    auth.change_password(user, "secret-pass", "brand-new-pass")
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT user_id, station, changed_fields FROM audit_logs"
            " WHERE table_name = 'users' AND record_id = :id AND action = 'UPDATE'"
            " ORDER BY id"), {"id": uid}).all()
    assert len(rows) == 2  # login (last_login_at) and the password change
    assert all(r.user_id == uid and r.station == "ST-03" for r in rows)
    assert "last_login_at" in rows[0].changed_fields
    assert "must_change_password" in rows[1].changed_fields
