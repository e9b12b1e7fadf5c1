"""Login with PostgreSQL checking the password: the station as the kiosk before login, then
as the person; one message for unknown/wrong, the lockout recorded and enforced by the server,
inactive accounts, the forced password change, the audit actor."""

from __future__ import annotations

from collections.abc import Iterator

import factories as f
import psycopg2
import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from neurohub_desktop.db import roles
from neurohub_desktop.db.engine import libpq_dsn, make_engine, make_person_engine, make_sessionmaker
from neurohub_desktop.domain.auth import CurrentUser, LoginReason, LoginRefused, Role
from neurohub_desktop.domain.errors import ValidationError
from neurohub_desktop.services.auth import AuthService


def kiosk_url(url: URL) -> URL:
    assert url.database
    return roles.kiosk_url(url).set(password=roles.kiosk_password(url.database))


def make_auth(url: URL) -> AuthService:
    return AuthService(
        make_sessionmaker(make_engine(kiosk_url(url), pool_size=1)),
        lambda uid, cred: make_person_engine(roles.person_url(url, uid), cred),
        station="ST-03",
    )


@pytest.fixture
def auth(db_url: URL) -> Iterator[AuthService]:
    service = make_auth(db_url)
    yield service
    service.logout()


def add_user(
    db_url: URL, user_id: str = "kim", *, role: str = "WORKER", must_change: bool = False
) -> int:
    sm = f.sessions(db_url)
    user = f.user(sm, user_id, role, "김작업")
    if must_change:
        with f.admin_tx(sm) as s:
            s.execute(
                text("UPDATE users SET must_change_password = true WHERE id = :i"), {"i": user.id}
            )
    return user.id


def row(db_url: URL, user_id: str = "kim") -> dict:  # type: ignore[type-arg]
    conn = psycopg2.connect(libpq_dsn(db_url))
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT failed_login_count, locked_until, last_login_at, "
                "must_change_password, password_hash, locked_until > now() "
                "FROM users WHERE user_id = %s",
                (user_id,),
            )
            keys = ("failed", "locked_until", "last_login", "must_change", "hash", "locked")
            return dict(zip(keys, cur.fetchone(), strict=True))
    finally:
        conn.close()


def test_success_connects_as_the_person_and_records_the_login(db_url, auth) -> None:  # type: ignore[no-untyped-def]
    uid = add_user(db_url, role="MANAGER")
    user = auth.login("kim", f.PASSWORD)
    assert user == CurrentUser(uid, "kim", "김작업", Role.MANAGER, False)
    assert auth.engine is not None
    with auth.engine.connect() as conn:
        assert conn.execute(text("SELECT session_user")).scalar_one() == roles.login_role(
            db_url.database, "kim"
        )
        assert conn.execute(text("SELECT nh_actor()")).scalar_one() == uid
    state = row(db_url)
    assert state["failed"] == 0 and state["last_login"] is not None


def test_unknown_user_and_wrong_password_get_the_same_refusal(db_url, auth) -> None:  # type: ignore[no-untyped-def]
    add_user(db_url)
    for user_id, password in (
        ("nobody", "whatever1"),
        ("kim", "wrong-password"),
        ("bad id!", f.PASSWORD),
        ("", ""),
        ("x" * 80, "p"),
    ):
        with pytest.raises(LoginRefused) as refused:
            auth.login(user_id, password)
        assert refused.value.reason is LoginReason.CREDENTIALS
    assert row(db_url)["failed"] == 1
    assert auth.engine is None


def test_five_failures_lock_on_the_server_and_an_admin_unlocks(db_url, auth) -> None:  # type: ignore[no-untyped-def]
    add_user(db_url)
    for _ in range(4):
        with pytest.raises(LoginRefused) as refused:
            auth.login("kim", "wrong-password")
        assert refused.value.reason is LoginReason.CREDENTIALS
    with pytest.raises(LoginRefused) as refused:
        auth.login("kim", "wrong-password")
    assert refused.value.reason is LoginReason.LOCKED and refused.value.locked_until
    assert row(db_url)["locked"] is True
    with pytest.raises(LoginRefused) as refused:  # the right password, during the lock
        auth.login("kim", f.PASSWORD)
    assert refused.value.reason is LoginReason.LOCKED
    # a client that skips the kiosk's check: PostgreSQL itself refuses the role
    with pytest.raises(psycopg2.OperationalError, match="not permitted to log in"):
        psycopg2.connect(libpq_dsn(f.person_url(db_url, "kim")))
    sm = f.sessions(db_url)
    admin = f.user(sm, "boss", "ADMIN")
    with f.person_engine(db_url, "boss").connect() as conn:
        conn.execute(text("SELECT nh_update_user('kim', NULL, NULL, NULL, true, NULL)" + f.WHY))
        conn.commit()
    assert admin.role is Role.ADMIN
    assert auth.login("kim", f.PASSWORD).user_id == "kim"
    assert row(db_url)["failed"] == 0


def test_an_expired_lock_starts_a_new_series(db_url, auth) -> None:  # type: ignore[no-untyped-def]
    add_user(db_url)
    for _ in range(5):
        with pytest.raises(LoginRefused):
            auth.login("kim", "wrong-password")
    with f.admin_tx(f.sessions(db_url)) as s:
        s.execute(
            text(
                "UPDATE users SET locked_until = now() - interval '1 second' WHERE user_id = 'kim'"
            )
        )
    assert auth.login("kim", f.PASSWORD).user_id == "kim"


def test_an_inactive_account_is_reported_only_with_the_right_password(db_url, auth) -> None:  # type: ignore[no-untyped-def]
    add_user(db_url)
    add_user(db_url, "boss", role="ADMIN")
    with f.person_engine(db_url, "boss").connect() as conn:
        conn.execute(text("SELECT nh_update_user('kim', NULL, NULL, false, NULL, NULL)" + f.WHY))
        conn.commit()
    with pytest.raises(LoginRefused) as refused:
        auth.login("kim", "wrong-password")
    assert refused.value.reason is LoginReason.CREDENTIALS
    with pytest.raises(LoginRefused) as refused:
        auth.login("kim", f.PASSWORD)
    assert refused.value.reason is LoginReason.INACTIVE


def test_forced_change_sets_the_database_password(db_url, auth) -> None:  # type: ignore[no-untyped-def]
    add_user(db_url, must_change=True)
    user = auth.login("kim", f.PASSWORD)
    assert user.must_change_password
    with pytest.raises(ValidationError):
        auth.change_password(user, f.PASSWORD, "short", "short")
    with pytest.raises(ValidationError):
        auth.change_password(user, "not-the-current", "new-password-1", "new-password-1")
    with pytest.raises(ValidationError):
        auth.change_password(user, f.PASSWORD, f.PASSWORD, f.PASSWORD)
    changed = auth.change_password(user, f.PASSWORD, "new-password-1", "new-password-1")
    assert not changed.must_change_password
    state = row(db_url)
    assert not state["must_change"] and not state["hash"].startswith("$2")
    with auth.engine.connect() as conn:  # type: ignore[union-attr]  # reconnects use the new one
        conn.invalidate()
    with auth.engine.connect() as conn:  # type: ignore[union-attr]
        assert conn.execute(text("SELECT nh_actor()")).scalar_one() == user.id
    auth.logout()
    with pytest.raises(LoginRefused):
        auth.login("kim", f.PASSWORD)
    assert auth.login("kim", "new-password-1").user_id == "kim"
    with f.sessions(db_url)() as s:
        audited = s.execute(
            text(
                "SELECT user_id, changed_fields FROM audit_logs WHERE table_name = 'users' "
                "AND 'password_hash' = ANY (changed_fields)"
            )
        ).all()
    assert audited and audited[-1][0] == user.id


def test_the_seeded_admin_logs_in_with_the_documented_password(db_url, auth) -> None:  # type: ignore[no-untyped-def]
    admin = auth.login("admin", "neurohub-admin")
    assert admin.role is Role.ADMIN and admin.must_change_password


def test_the_kiosk_reads_nothing_personal(db_url) -> None:  # type: ignore[no-untyped-def]
    add_user(db_url)
    conn = psycopg2.connect(libpq_dsn(kiosk_url(db_url)))
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT version_num FROM alembic_version")
            assert cur.fetchone() == ("006_add_wip_tables",)
            conn.rollback()
            for sql in (
                "SELECT user_id FROM users",
                "SELECT * FROM lots",
                "SELECT * FROM audit_logs",
                "SELECT nh_session_start()",
            ):
                with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                    cur.execute(sql)
                conn.rollback()
    finally:
        conn.close()


def test_an_admin_makes_an_account_that_logs_in_and_works_under_its_own_name(db_url) -> None:  # type: ignore[no-untyped-def]
    from neurohub_desktop.domain.errors import PermissionDenied
    from neurohub_desktop.domain.station import StepResult
    from neurohub_desktop.services.accounts import AccountsService

    sm = f.sessions(db_url)
    admin = f.user(sm, "boss", "ADMIN", "관리자")
    manager = f.user(sm, "mgr", "MANAGER")
    accounts = AccountsService(sm)
    with pytest.raises(PermissionDenied):
        accounts.create_user(manager, "lee", "이작업", "WORKER", "first-pass-1", reason="test")
    with pytest.raises(ValidationError):
        accounts.create_user(admin, "이작업", "이작업", "WORKER", "first-pass-1", reason="test")
    with pytest.raises(ValidationError):
        accounts.create_user(admin, "lee", "이작업", "CHIEF", "first-pass-1", reason="test")
    lee_pk = accounts.create_user(admin, "lee", "이작업", "WORKER", "first-pass-1", reason="test")
    with pytest.raises(Exception, match="taken"):
        accounts.create_user(admin, "lee", "이작업", "WORKER", "first-pass-1", reason="test")
    auth = make_auth(db_url)
    lee = auth.login("lee", "first-pass-1")
    assert lee.id == lee_pk and lee.must_change_password and lee.role is Role.WORKER
    lee = auth.change_password(lee, "first-pass-1", "second-pass-2", "second-pass-2")
    f.firmware(sm)
    lot = f.lot(sm, manager, target=2)
    from neurohub_desktop.services.station import StationService

    assert auth.engine is not None  # the station as lee logged in: lee's own connection
    st = StationService(make_sessionmaker(auth.engine), station="ST-1", process_id="PROC-001")
    wip = st.issue_next_wip(lee, lot).wip_id
    assert wip is not None
    st.confirm_mark(lee, wip, wip)
    with sm() as s:
        who = (
            s.execute(
                text(
                    "SELECT DISTINCT a.user_id FROM audit_logs a WHERE a.table_name = "
                    "'wip_process_history'"
                )
            )
            .scalars()
            .all()
        )
        created_by = s.execute(
            text(
                "SELECT user_id FROM audit_logs WHERE table_name = 'users' AND action = 'INSERT' "
                "AND record_id = :i"
            ),
            {"i": lee_pk},
        ).scalar_one()
    assert who == [lee_pk] and created_by == admin.id
    assert (
        f.scalar(
            sm,
            "SELECT result FROM wip_process_history h JOIN wip_items w "
            "ON w.id = h.wip_item_id WHERE w.wip_id = :w",
            w=wip,
        )
        == StepResult.PASS
    )
    accounts.set_role(admin, "lee", "MANAGER", reason="test")
    accounts.set_active(admin, "lee", False, reason="test")
    auth.logout()
    with pytest.raises(LoginRefused) as refused:
        auth.login("lee", "second-pass-2")
    assert refused.value.reason is LoginReason.INACTIVE
    accounts.set_active(admin, "lee", True, reason="test")
    accounts.reset_password(admin, "lee", "third-pass-3", reason="test")
    again = auth.login("lee", "third-pass-3")
    assert again.role is Role.MANAGER and again.must_change_password
    auth.logout()
