"""`neurohub-desktop admin …` against a real server as its owner: accounts and firmware,
every change through the revision-006 admin functions; refusals exit 2 and write nothing."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import factories as f
import pytest
from fault_support import admin_query
from sqlalchemy.engine import URL

from neurohub_desktop import cli, cli_admin
from neurohub_desktop.db import roles
from neurohub_desktop.domain.auth import LoginReason, LoginRefused, Role

PASSWORD = "first-pass-1"


@dataclass
class Result:
    code: int
    out: str
    err: str


Admin = Callable[..., Result]

#: the commands that change something: they need --reason (issue 14)
CHANGING = {
    ("user", "add"),
    ("user", "set-role"),
    ("user", "reset-password"),
    ("user", "unlock"),
    ("user", "deactivate"),
    ("user", "reactivate"),
    ("firmware", "add"),
    ("firmware", "activate"),
    ("firmware", "retire"),
    ("equipment", "add"),
    ("equipment", "set-status"),
    ("criteria", "import"),
}
#: the reason the fixtures give a changing command unless told otherwise
REASON = "test: CLI"


def with_reason(args: tuple[str, ...], reason: str | None) -> list[str]:
    """``args`` with ``--reason REASON`` added to a changing command that has none (``reason``
    None: left without, to see the refusal)."""
    if tuple(args[:2]) in CHANGING and "--reason" not in args and reason is not None:
        return [*args, "--reason", reason]
    return list(args)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def admin(
    db_url: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> Admin:
    """``neurohub-desktop admin ARGS`` in this process, configured with ``url`` (the test
    database's owner unless given); ``stdin``: what standard input holds."""
    for name in ("NEUROHUB_STATION", "NEUROHUB_CONFIG_FILE", "NEUROHUB_LOCALE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEUROHUB_DATA_DIR", str(tmp_path / "data"))

    def run(
        *args: str,
        stdin: str | io.StringIO = "",
        url: URL | None = None,
        reason: str | None = REASON,
    ) -> Result:
        configured = (url or db_url).render_as_string(hide_password=False)
        monkeypatch.setenv("NEUROHUB_DATABASE_URL", configured)
        monkeypatch.setattr(
            sys, "stdin", stdin if isinstance(stdin, io.StringIO) else io.StringIO(stdin)
        )
        capsys.readouterr()
        code = cli.main(["admin", *with_reason(args, reason)])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def state(url: URL) -> tuple[Any, ...]:
    """What a refused command must leave as it was: users, firmware, audit trail, roles."""
    ns = roles.namespace(url.database or "")
    return admin_query(
        url,
        "SELECT (SELECT count(*) FROM users), "
        "(SELECT count(*) FROM firmware_versions), "
        "(SELECT count(*) FROM audit_logs), "
        "(SELECT count(*) FROM pg_roles WHERE rolname LIKE %s), "
        "(SELECT string_agg(user_id || role || is_active, ',' ORDER BY id) "
        " FROM users), "
        "(SELECT string_agg(version || is_active, ',' ORDER BY id) "
        " FROM firmware_versions)",
        ns + r"\_%",
    )[0]


def refused(result: Result, *words: str) -> None:
    """Exit 2, nothing on stdout, one English line then one Korean line on stderr."""
    assert result.code == 2, result
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("error: ") and lines[1].startswith("오류: ")
    assert any("\uac00" <= c <= "\ud7a3" for c in lines[1]), lines  # Hangul
    for word in words:
        assert word in lines[0], lines


def one_line(result: Result) -> str:
    assert result.code == 0, result
    assert result.err == ""
    lines = result.out.splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def user_row(url: URL, user_id: str) -> tuple[Any, ...]:
    return admin_query(
        url,
        "SELECT id, username, role, is_active, must_change_password, "
        "failed_login_count, locked_until FROM users WHERE user_id = %s",
        user_id,
    )[0]


@pytest.fixture
def login(db_url: URL) -> Iterator[Callable[[str, str], Any]]:
    auth = f.auth_service(db_url, station="ST-03")

    def attempt(user_id: str, password: str) -> Any:
        auth.logout()
        return auth.login(user_id, password)

    yield attempt
    auth.logout()


# -- user add ----------------------------------------------------------------------------------
def test_user_add_makes_a_person_who_logs_in_and_must_change_the_password(
    admin: Admin, db_url: URL, login: Callable[[str, str], Any]
) -> None:
    line = one_line(
        admin(
            "user",
            "add",
            "lee",
            "--name",
            "이작업",
            "--role",
            "worker",
            "--password-stdin",
            stdin=PASSWORD + "\n",
        )
    )
    pk, name, role, active, must_change, _, _ = user_row(db_url, "lee")
    assert line == (
        f"user lee (이작업, WORKER) created as id {pk}; the password must be "
        "changed at the first login"
    )
    assert (name, role, active, must_change) == ("이작업", "WORKER", True, True)
    person = login("lee", PASSWORD)
    assert (person.id, person.username, person.role) == (pk, "이작업", Role.WORKER)
    assert person.must_change_password
    audit = admin_query(
        db_url,
        "SELECT action, user_id, db_user, station, new_data, "
        "concat(CAST(old_data AS text), CAST(new_data AS text)) FROM audit_logs "
        "WHERE table_name = 'users' AND record_id = %s ORDER BY id",
        pk,
    )
    action, actor, db_user, station, new_data, _ = audit[0]
    assert (action, actor, db_user, station) == ("INSERT", None, db_url.username, "admin-cli")
    assert new_data["user_id"] == "lee" and new_data["role"] == "WORKER"
    assert "password_hash" not in new_data
    assert all(PASSWORD not in row[5] and "SCRAM" not in row[5] for row in audit)


def test_password_stdin_keeps_the_password_out_of_argv_and_output(db_url: URL) -> None:
    argv = [
        sys.executable,
        "-m",
        "neurohub_desktop",
        "admin",
        "user",
        "add",
        "park",
        "--name",
        "박관리",
        "--role",
        "MANAGER",
        "--password-stdin",
        "--reason",
        "신규 관리자",
    ]
    with tempfile.TemporaryDirectory(prefix="nh-cli-") as data_dir:
        env = {
            "NEUROHUB_DATABASE_URL": db_url.render_as_string(hide_password=False),
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": data_dir,
            "NEUROHUB_DATA_DIR": data_dir,
            "PYTHONIOENCODING": "utf-8",
        }
        out = subprocess.run(
            argv,
            input="s3cret-Pass-77\n",
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=120,
        )
    assert out.returncode == 0, out.stderr
    assert "s3cret-Pass-77" not in " ".join(argv) + out.stdout + out.stderr
    assert out.stdout.startswith("user park (박관리, MANAGER) created")
    assert user_row(db_url, "park")[2:5] == ("MANAGER", True, True)
    f.auth_service(db_url).login("park", "s3cret-Pass-77")  # the stored password is that one


def test_the_prompt_asks_twice(
    admin: Admin, db_url: URL, monkeypatch: pytest.MonkeyPatch, login: Callable[[str, str], Any]
) -> None:
    typed: list[str] = []
    monkeypatch.setattr(
        cli_admin.getpass, "getpass", lambda prompt="": (typed.append(prompt), answers.pop(0))[1]
    )
    before = state(db_url)
    answers = [PASSWORD, "another-one-2"]
    refused(
        admin("user", "add", "lee", "--name", "이작업", "--role", "VIEWER", stdin=_Terminal()),
        "do not match",
    )
    assert state(db_url) == before and len(typed) == 2
    answers = [PASSWORD, PASSWORD]
    one_line(admin("user", "add", "lee", "--name", "이작업", "--role", "VIEWER", stdin=_Terminal()))
    assert login("lee", PASSWORD).role is Role.VIEWER
    assert all(PASSWORD not in p for p in typed)


def test_without_a_terminal_the_password_must_come_on_stdin(admin: Admin, db_url: URL) -> None:
    before = state(db_url)
    refused(admin("user", "add", "lee", "--name", "이작업", "--role", "WORKER"), "--password-stdin")
    refused(
        admin("user", "add", "lee", "--name", "이작업", "--role", "WORKER", "--password-stdin"),
        "No password",
    )
    assert state(db_url) == before


@pytest.mark.parametrize(
    ("args", "password", "word"),
    [
        (("lee", "--name", "이작업", "--role", "CHIEF"), PASSWORD, "Unknown role"),
        (("이작업", "--name", "이작업", "--role", "WORKER"), PASSWORD, "Login ID"),
        (("kim lee", "--name", "김", "--role", "WORKER"), PASSWORD, "Login ID"),
        (("x" * 51, "--name", "김", "--role", "WORKER"), PASSWORD, "Login ID"),
        (("lee", "--name", "  ", "--role", "WORKER"), PASSWORD, "display name"),
        (("lee", "--name", "이" * 101, "--role", "WORKER"), PASSWORD, "display name"),
        (("lee", "--name", "이작업", "--role", "WORKER"), "short", "at least 8"),
        (("lee", "--name", "이작업", "--role", "WORKER"), " spaced-out ", "spaces"),
        (("lee", "--name", "이작업", "--role", "WORKER"), "tab\there-ok", "control"),
    ],
)
def test_user_add_refuses_bad_input_and_writes_nothing(
    admin: Admin, db_url: URL, args: tuple[str, ...], password: str, word: str
) -> None:
    before = state(db_url)
    refused(admin("user", "add", *args, "--password-stdin", stdin=password + "\n"), word)
    assert state(db_url) == before


def test_a_taken_login_id_is_refused_by_the_database(admin: Admin, db_url: URL) -> None:
    one_line(
        admin(
            "user",
            "add",
            "lee",
            "--name",
            "이작업",
            "--role",
            "WORKER",
            "--password-stdin",
            stdin=PASSWORD,
        )
    )
    before = state(db_url)
    refused(
        admin(
            "user",
            "add",
            "lee",
            "--name",
            "다른 사람",
            "--role",
            "ADMIN",
            "--password-stdin",
            stdin=PASSWORD,
        ),
        "already exists",
        "lee is taken",
    )
    assert state(db_url) == before and user_row(db_url, "lee")[1:3] == ("이작업", "WORKER")


def test_a_person_who_is_not_an_admin_is_refused_by_the_database(admin: Admin, db_url: URL) -> None:
    sm = f.sessions(db_url)
    f.user(sm, "mgr", "MANAGER")
    f.user(sm, "lee", "WORKER")
    before = state(db_url)
    as_manager = f.person_url(db_url, "mgr")
    refused(
        admin(
            "user",
            "add",
            "kim",
            "--name",
            "김",
            "--role",
            "WORKER",
            "--password-stdin",
            stdin=PASSWORD,
            url=as_manager,
        ),
        "not allowed",
        "nh_create_user",
    )
    refused(admin("user", "set-role", "lee", "ADMIN", url=as_manager), "not allowed")
    assert state(db_url) == before


def test_a_database_below_this_client_is_refused(admin: Admin, empty_db_url: URL) -> None:
    refused(admin("user", "list", url=empty_db_url), "not ready", "db upgrade")


def test_an_unreachable_server_exits_3(admin: Admin) -> None:
    nowhere = URL.create(
        "postgresql+psycopg2", username="owner", host="127.0.0.1", port=1, database="neurohub"
    )
    result = admin("firmware", "list", url=nowhere)
    assert result.code == 3 and result.out == ""
    assert result.err.startswith("error: The database cannot be reached") and "오류: " in result.err


def test_a_refusal_in_the_functions_own_words_is_still_said_in_both_languages(
    capsys: pytest.CaptureFixture[str], db_url: URL
) -> None:
    import psycopg2

    from neurohub_desktop.db.engine import libpq_dsn
    from neurohub_desktop.db.errors import map_db_error
    from neurohub_desktop.domain.errors import ValidationError

    conn = psycopg2.connect(libpq_dsn(db_url))
    try:  # 22023 with a DETAIL no message of ours explains: the function's own words
        with pytest.raises(psycopg2.Error) as raised, conn.cursor() as cur:
            cur.execute("SELECT nh_check_verifier('x')")
    finally:
        conn.close()
    same = map_db_error(raised.value)
    assert isinstance(same, ValidationError) and same.sqlstate == "22023"
    assert cli_admin._refuse(same) == 2
    words = "NH-AUTH: a password is sent as a SCRAM-SHA-256 verifier"
    assert capsys.readouterr().err == (
        f"error: The database refused: {words}\n오류: 데이터베이스가 거부했습니다: {words}\n"
    )
    assert cli_admin._refuse(map_db_error(RuntimeError("boom"))) == 3  # a bug, not a refusal


# -- user list and changes ---------------------------------------------------------------------
def test_user_list_filters_by_role_state_and_lock(admin: Admin, db_url: URL) -> None:
    sm = f.sessions(db_url)
    f.user(sm, "kim", "WORKER", "김작업")
    f.user(sm, "mgr", "MANAGER", "박관리")
    f.user(sm, "gone", "WORKER", "퇴사자")
    with f.admin_tx(sm) as s:  # test set-up: a lockout and a deactivation as they would be
        from sqlalchemy import text

        s.execute(
            text(
                "UPDATE users SET locked_until = now() + interval '10 minutes', "
                "failed_login_count = 5 WHERE user_id = 'kim'"
            )
        )
        s.execute(text("UPDATE users SET is_active = false WHERE user_id = 'gone'"))

    def listed(*args: str) -> list[list[str]]:
        result = admin("user", "list", *args)
        assert result.code == 0 and result.err == "", result
        return [line.split() for line in result.out.splitlines()]

    everyone = listed()
    assert everyone[0] == ["LOGIN", "ID", "NAME", "ROLE", "ACTIVE", "LOCKED", "UNTIL"]
    assert [r[0] for r in everyone[1:]] == ["admin", "gone", "kim", "mgr"]
    kim = next(r for r in everyone if r[0] == "kim")
    assert kim[1:4] == ["김작업", "WORKER", "yes"] and len(kim) == 6  # date and time
    assert next(r for r in everyone if r[0] == "mgr")[1:] == ["박관리", "MANAGER", "yes", "-"]
    assert [r[0] for r in listed("--role", "worker")[1:]] == ["gone", "kim"]
    assert [r[0] for r in listed("--inactive")[1:]] == ["gone"]
    assert [r[0] for r in listed("--active", "--role", "WORKER")[1:]] == ["kim"]
    assert [r[0] for r in listed("--locked")[1:]] == ["kim"]
    assert admin("user", "list", "--locked", "--role", "VIEWER").out == "(none)\n"
    header, kim_line = admin("user", "list", "--locked").out.splitlines()
    columns = cli_admin._width  # Korean takes two terminal columns
    assert columns(header[: header.index("ROLE")]) == columns(kim_line[: kim_line.index("WORKER")])
    refused(admin("user", "list", "--role", "BOSS"), "Unknown role")
    with pytest.raises(SystemExit) as usage:  # argparse: the two are exclusive
        admin("user", "list", "--active", "--inactive")
    assert usage.value.code == 2


def test_set_role(admin: Admin, db_url: URL, login: Callable[[str, str], Any]) -> None:
    f.user(f.sessions(db_url), "kim", "WORKER", "김작업")
    assert (
        one_line(admin("user", "set-role", "kim", "manager")) == "user kim: role WORKER -> MANAGER"
    )
    assert user_row(db_url, "kim")[2] == "MANAGER"
    assert login("kim", f.PASSWORD).role is Role.MANAGER
    group = roles.group_role(db_url.database or "", "MANAGER")
    assert (
        admin_query(
            db_url,
            "SELECT pg_has_role(%s, %s, 'MEMBER')",
            roles.login_role(db_url.database or "", "kim"),
            group,
        )[0][0]
        is True
    )
    before = state(db_url)
    assert one_line(admin("user", "set-role", "kim", "MANAGER")).endswith("(nothing changed)")
    refused(admin("user", "set-role", "kim", "CHIEF"), "Unknown role")
    refused(admin("user", "set-role", "nobody", "WORKER"), "No user", "nobody")
    refused(admin("user", "set-role", "김", "WORKER"), "Login ID")
    assert state(db_url) == before


def test_reset_password(admin: Admin, db_url: URL, login: Callable[[str, str], Any]) -> None:
    f.user(f.sessions(db_url), "kim", "WORKER", "김작업")
    assert not login("kim", f.PASSWORD).must_change_password
    line = one_line(
        admin("user", "reset-password", "kim", "--password-stdin", stdin="brand-new-pw-3\n")
    )
    assert line == "user kim: password reset; it must be changed at the next login"
    assert "brand-new-pw-3" not in line
    with pytest.raises(LoginRefused):
        login("kim", f.PASSWORD)
    assert login("kim", "brand-new-pw-3").must_change_password
    before = state(db_url)
    refused(
        admin("user", "reset-password", "nobody", "--password-stdin", stdin=PASSWORD), "No user"
    )
    refused(admin("user", "reset-password", "kim", "--password-stdin", stdin="short"), "at least 8")
    assert state(db_url) == before


def test_unlock(admin: Admin, db_url: URL, login: Callable[[str, str], Any]) -> None:
    f.user(f.sessions(db_url), "kim", "WORKER", "김작업")
    for _ in range(5):
        with pytest.raises(LoginRefused):
            login("kim", "wrong-password")
    with pytest.raises(LoginRefused) as locked:
        login("kim", f.PASSWORD)
    assert locked.value.reason is LoginReason.LOCKED
    assert one_line(admin("user", "unlock", "kim")).startswith(
        "user kim unlocked, failed logins reset (was locked until "
    )
    assert user_row(db_url, "kim")[5:] == (0, None)
    assert login("kim", f.PASSWORD).user_id == "kim"
    assert one_line(admin("user", "unlock", "kim")).endswith("(was not locked)")
    before = state(db_url)
    refused(admin("user", "unlock", "nobody"), "No user")
    assert state(db_url) == before


def test_deactivate_and_reactivate(
    admin: Admin, db_url: URL, login: Callable[[str, str], Any]
) -> None:
    f.user(f.sessions(db_url), "kim", "WORKER", "김작업")
    assert one_line(admin("user", "deactivate", "kim")).startswith("user kim deactivated")
    assert user_row(db_url, "kim")[3] is False
    with pytest.raises(LoginRefused) as refusal:
        login("kim", f.PASSWORD)
    assert refusal.value.reason is LoginReason.INACTIVE
    before = state(db_url)
    assert (
        one_line(admin("user", "deactivate", "kim"))
        == "user kim is already inactive (nothing changed)"
    )
    refused(admin("user", "deactivate", "nobody"), "No user")
    refused(admin("user", "reactivate", "nobody"), "No user")
    assert state(db_url) == before
    assert one_line(admin("user", "reactivate", "kim")).startswith("user kim reactivated")
    assert login("kim", f.PASSWORD).user_id == "kim"
    assert one_line(admin("user", "reactivate", "kim")).endswith("(nothing changed)")
    changes = admin_query(
        db_url,
        "SELECT changed_fields, station FROM audit_logs WHERE "
        "table_name = 'users' AND action = 'UPDATE' AND record_id = %s "
        "AND 'is_active' = ANY (changed_fields)",
        user_row(db_url, "kim")[0],
    )
    assert [station for _, station in changes] == ["admin-cli", "admin-cli"]


# -- firmware ----------------------------------------------------------------------------------
def firmware_file(tmp_path: Path, name: str = "fw_v1.2.3.bin", size: int = 70_001) -> Path:
    path = tmp_path / name
    path.write_bytes(os.urandom(size))
    return path


def firmware_rows(url: URL) -> list[tuple[Any, ...]]:
    return admin_query(
        url,
        "SELECT version, target_mcu, is_active, filename, file_path, "
        "file_size, md5_hash, notes FROM firmware_versions ORDER BY id",
    )


def test_firmware_add_computes_size_and_md5(admin: Admin, db_url: URL, tmp_path: Path) -> None:
    path = firmware_file(tmp_path)
    md5 = hashlib.md5(path.read_bytes()).hexdigest()
    line = one_line(
        admin(
            "firmware",
            "add",
            str(path),
            "--version",
            "v1.2.3",
            "--mcu",
            "STM32F4",
            "--notes",
            "첫 양산 펌웨어",
        )
    )
    assert line == (
        f"firmware v1.2.3 for STM32F4 added (fw_v1.2.3.bin, 70001 bytes, md5 {md5}), not active"
    )
    assert firmware_rows(db_url) == [
        (
            "v1.2.3",
            "STM32F4",
            False,
            "fw_v1.2.3.bin",
            str(path.resolve()),
            70_001,
            md5,
            "첫 양산 펌웨어",
        )
    ]
    assert admin_query(
        db_url,
        "SELECT action, station, user_id FROM audit_logs WHERE table_name = 'firmware_versions'",
    ) == [("INSERT", "admin-cli", None)]
    listed = admin("firmware", "list").out.splitlines()
    assert listed[0].split() == ["VERSION", "MCU", "ACTIVE", "SIZE", "MD5", "RELEASED", "FILE"]
    assert listed[1].split()[:5] == ["v1.2.3", "STM32F4", "no", "70001", md5]


def test_activating_a_second_version_leaves_exactly_one_active(
    admin: Admin, db_url: URL, tmp_path: Path
) -> None:
    first, second = firmware_file(tmp_path, "a.bin"), firmware_file(tmp_path, "b.bin")
    assert one_line(
        admin(
            "firmware", "add", str(first), "--version", "v1.0.0", "--mcu", "STM32F4", "--activate"
        )
    ).endswith(", active (was none)")
    one_line(
        admin(
            "firmware",
            "add",
            str(firmware_file(tmp_path, "c.bin")),
            "--version",
            "v9.0.0",
            "--mcu",
            "ESP32",
            "--activate",
        )
    )
    assert one_line(
        admin("firmware", "add", str(second), "--version", "v1.1.0", "--mcu", "STM32F4")
    ).endswith(", not active")
    assert (
        one_line(admin("firmware", "activate", "v1.1.0"))
        == "firmware v1.1.0 active for STM32F4 (was v1.0.0)"
    )
    active = admin_query(
        db_url,
        "SELECT target_mcu, version FROM firmware_versions WHERE is_active ORDER BY target_mcu",
    )
    assert active == [("ESP32", "v9.0.0"), ("STM32F4", "v1.1.0")]
    before = state(db_url)
    assert one_line(admin("firmware", "activate", "v1.1.0")).endswith("(nothing changed)")
    refused(admin("firmware", "activate", "v7.7.7"), "No firmware version v7.7.7")
    refused(admin("firmware", "activate", "latest"), "v1.2.3")
    assert state(db_url) == before
    listed = [line.split()[:3] for line in admin("firmware", "list").out.splitlines()[1:]]
    assert listed == [
        ["v1.1.0", "STM32F4", "yes"],
        ["v9.0.0", "ESP32", "yes"],
        ["v1.0.0", "STM32F4", "no"],
    ]


@pytest.mark.parametrize(
    "version", ["1.2.3", "v1.2", "v01.2.3", "v1.2.3-rc1", "V1.2.3", "v1.2.3 ", ""]
)
def test_firmware_add_refuses_bad_version_text(
    admin: Admin, db_url: URL, tmp_path: Path, version: str
) -> None:
    before = state(db_url)
    refused(
        admin(
            "firmware",
            "add",
            str(firmware_file(tmp_path)),
            "--version",
            version,
            "--mcu",
            "STM32F4",
            "--activate",
        ),
        "must look like v1.2.3",
    )
    assert state(db_url) == before


def test_firmware_add_refuses_bad_files_and_duplicates(
    admin: Admin, db_url: URL, tmp_path: Path
) -> None:
    before = state(db_url)
    refused(
        admin(
            "firmware",
            "add",
            str(tmp_path / "missing.bin"),
            "--version",
            "v1.0.0",
            "--mcu",
            "STM32F4",
        ),
        "not found",
        "missing.bin",
    )
    refused(
        admin("firmware", "add", str(tmp_path), "--version", "v1.0.0", "--mcu", "X"), "not found"
    )
    refused(
        admin(
            "firmware",
            "add",
            str(firmware_file(tmp_path, "e.bin", 0)),
            "--version",
            "v1.0.0",
            "--mcu",
            "STM32F4",
        ),
        "empty",
    )
    refused(
        admin("firmware", "add", str(firmware_file(tmp_path)), "--version", "v1.0.0", "--mcu", " "),
        "MCU",
    )
    assert state(db_url) == before
    one_line(
        admin(
            "firmware",
            "add",
            str(firmware_file(tmp_path)),
            "--version",
            "v1.0.0",
            "--mcu",
            "STM32F4",
            "--activate",
        )
    )
    before = state(db_url)
    refused(
        admin(
            "firmware",
            "add",
            str(firmware_file(tmp_path, "n.bin")),
            "--version",
            "v1.0.0",
            "--mcu",
            "ESP32",
            "--activate",
        ),
        "firmware version already exists",
    )
    assert state(db_url) == before


def test_retire(admin: Admin, db_url: URL, tmp_path: Path) -> None:
    for version, name in (("v1.0.0", "a.bin"), ("v1.1.0", "b.bin")):
        one_line(
            admin(
                "firmware",
                "add",
                str(firmware_file(tmp_path, name)),
                "--version",
                version,
                "--mcu",
                "STM32F4",
                "--activate",
            )
        )
    before = state(db_url)
    assert (
        one_line(admin("firmware", "retire", "v1.0.0"))
        == "firmware v1.0.0 is not active (nothing changed)"
    )
    refused(admin("firmware", "retire", "v3.0.0"), "No firmware version")
    refused(admin("firmware", "retire", "3.0"), "must look like v1.2.3")
    assert state(db_url) == before
    assert one_line(admin("firmware", "retire", "v1.1.0")) == (
        "firmware v1.1.0 retired; no firmware is active for STM32F4: PROC-004 cannot pass "
        "until one is activated"
    )
    assert admin_query(db_url, "SELECT count(*) FROM firmware_versions WHERE is_active") == [(0,)]
    assert admin("firmware", "list").code == 0


def test_retiring_the_only_active_firmware_is_refused_while_proc_004_is_open(
    admin: Admin, db_url: URL, tmp_path: Path
) -> None:
    one_line(
        admin(
            "firmware",
            "add",
            str(firmware_file(tmp_path)),
            "--version",
            f.FIRMWARE,
            "--mcu",
            "STM32F4",
            "--activate",
        )
    )
    sm = f.sessions(db_url)
    worker = f.user(sm, "kim", "WORKER")
    wip = f.wip_through(sm, worker, f.lot(sm), last=3)
    f.station(sm, "PROC-004").start_step(worker, wip)
    before = state(db_url)
    refused(admin("firmware", "retire", f.FIRMWARE), "PROC-004")
    assert state(db_url) == before
    # switching to another version stays possible: the step is then judged against it
    one_line(
        admin(
            "firmware",
            "add",
            str(firmware_file(tmp_path, "next.bin")),
            "--version",
            "v9.9.9",
            "--mcu",
            "STM32F4",
            "--activate",
        )
    )
    assert admin_query(db_url, "SELECT version FROM firmware_versions WHERE is_active") == [
        ("v9.9.9",)
    ]


@pytest.mark.parametrize(
    "version,md5,size,why",
    [
        ("1.2.3", "a" * 32, 10, "must look like v1.2.3"),
        ("v1.02.3", "a" * 32, 10, "must look like v1.2.3"),
        ("v1.2.3", "xyz", 10, "32-digit MD5"),
        ("v1.2.3", "a" * 32, 0, "32-digit MD5"),
    ],
)
def test_the_database_itself_refuses_bad_firmware_registrations(
    db_url: URL, version: str, md5: str, size: int, why: str
) -> None:
    """Not only the CLI checks: nh_add_firmware refuses whoever calls it (here the owner)."""
    import psycopg2

    with pytest.raises(psycopg2.Error) as refused_:
        admin_query(
            db_url,
            "SELECT nh_add_firmware(%s, 'f.bin', '/fw/f.bin', %s, %s, 'STM32F4', NULL)" + f.WHY,
            version,
            size,
            md5,
        )
    assert refused_.value.pgcode == "22023" and why in str(refused_.value)
    assert admin_query(db_url, "SELECT count(*) FROM firmware_versions") == [(0,)]


# -- the reason every change needs (issue 14) ----------------------------------------------------
#: one valid invocation of each changing command (without --reason)
WITHOUT_REASON = [
    ("user", "add", "lee", "--name", "이작업", "--role", "WORKER", "--password-stdin"),
    ("user", "set-role", "kim", "MANAGER"),
    ("user", "reset-password", "kim", "--password-stdin"),
    ("user", "unlock", "kim"),
    ("user", "deactivate", "kim"),
    ("user", "reactivate", "kim"),
    ("firmware", "add", "/nonexistent/fw.bin", "--version", "v3.0.0", "--mcu", "STM32F4"),
    ("firmware", "activate", f.FIRMWARE),
    ("firmware", "retire", f.FIRMWARE),
    ("equipment", "add", "EQ-7", "--name", "지그", "--type", "JIG", "--process", "PROC-003"),
    ("equipment", "set-status", "EQ-7", "MAINTENANCE"),
    ("criteria", "import", "PROC-003", "/nonexistent/criteria.json"),
]


def test_every_changing_command_is_listed() -> None:
    assert {args[:2] for args in WITHOUT_REASON} == CHANGING


@pytest.mark.parametrize("reason", [None, "   "])
@pytest.mark.parametrize("args", WITHOUT_REASON, ids=lambda a: " ".join(a[:2]))
def test_a_change_without_a_reason_exits_2_and_writes_nothing(  # type: ignore[no-untyped-def]
    admin, db_url, args, reason
) -> None:
    owner = f.sessions(db_url)
    f.user(owner, "kim", "WORKER", "김작업")
    before = state(db_url)
    given = () if reason is None else ("--reason", reason)
    refused(admin(*args, *given, stdin="brand-new-pw-3\n", reason=None), "--reason", "reason")
    assert state(db_url) == before


def test_the_reason_is_kept_in_the_audit_rows_of_the_change(admin, db_url) -> None:  # type: ignore[no-untyped-def]
    owner = f.sessions(db_url)
    f.user(owner, "kim", "WORKER", "김작업")
    first = admin_query(db_url, "SELECT max(id) FROM audit_logs")[0][0]
    one_line(admin("user", "set-role", "kim", "MANAGER", reason="  반장  승진 "))
    rows = admin_query(
        db_url,
        "SELECT a.table_name, a.record_id = u.id, a.user_id, a.reason, a.station "
        "FROM audit_logs a JOIN users u ON u.user_id = 'kim' WHERE a.id > %s",
        first,
    )
    # the owner acts (no app user), the reason as one line, the CLI's station
    assert rows == [("users", True, None, "반장 승진", "admin-cli")]
