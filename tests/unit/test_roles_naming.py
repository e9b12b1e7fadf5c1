"""Role naming (the contract with nh_setup_roles()), SCRAM verifiers and station URLs: no DB."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

import pytest
from sqlalchemy.engine import make_url

from neurohub_desktop.db import roles
from neurohub_desktop.db.roles import AccountNameError


def test_namespace_of_a_plain_short_name_is_the_name() -> None:
    assert roles.namespace("neurohub") == "neurohub"
    assert roles.namespace("a") == "a"
    assert roles.namespace("mes_line_2") == "mes_line_2"  # 10 characters: still plain


@pytest.mark.parametrize(
    "dbname, expected",
    [
        ("nh_test_12345_1", "nhb2cbb4e7"),  # a test database: longer than 10
        ("neurohub_production", "nh8491b06e"),
        ("NeuroHub", "nh9ae01fcc"),  # upper case
        ("1neurohub", "nh" + hashlib.md5(b"1neurohub").hexdigest()[:8]),  # starts with a digit
        ("neuro-hub", "nh" + hashlib.md5(b"neuro-hub").hexdigest()[:8]),
        ("검사", "nh057092c6"),  # md5 of the UTF-8 bytes
    ],
)
def test_namespace_of_other_names_is_a_hash(dbname: str, expected: str) -> None:
    assert roles.namespace(dbname) == expected
    assert expected == "nh" + hashlib.md5(dbname.encode("utf-8")).hexdigest()[:8]


def test_group_kiosk_and_login_names() -> None:
    assert roles.login_group("neurohub") == "neurohub_login"
    assert [roles.group_role("neurohub", r) for r in ("VIEWER", "WORKER", "MANAGER", "ADMIN")] == [
        "neurohub_viewer",
        "neurohub_worker",
        "neurohub_manager",
        "neurohub_admin",
    ]
    assert roles.group_role("NeuroHub", "admin") == "nh9ae01fcc_admin"
    assert roles.kiosk_role("neurohub") == "neurohub_kiosk"
    assert roles.kiosk_password("neurohub") == "neurohub_kiosk"
    assert roles.kiosk_role("nh_test_12345_1") == "nhb2cbb4e7_kiosk"
    with pytest.raises(ValueError, match="app role"):
        roles.group_role("neurohub", "OPERATOR")


@pytest.mark.parametrize("user_id", ["kim", "Kim.Lee", "w-01", "0admin", "a_b", "x" * 50])
def test_login_role_keeps_the_user_id(user_id: str) -> None:
    assert roles.login_role("neurohub", user_id) == f"neurohub_u_{user_id}"
    assert len(roles.login_role("nh_test_12345_1", user_id)) <= 63  # NAMEDATALEN - 1


@pytest.mark.parametrize(
    "user_id",
    [
        "",
        "x" * 51,
        "-kim",
        ".kim",
        "_kim",
        "kim lee",
        'kim"',
        "김철수",
        "kim\n",
        "a;b",
        "a/b",
    ],
)
def test_login_role_refuses_other_user_ids(user_id: str) -> None:
    with pytest.raises(AccountNameError, match="cannot have a database login"):
        roles.login_role("neurohub", user_id)
    assert issubclass(AccountNameError, ValueError)
    assert not roles.USER_ID_RE.fullmatch(user_id)


def test_verifier_format() -> None:
    v = roles.scram_sha256_verifier("correct horse:battery%staple")
    b64 = r"[A-Za-z0-9+/]+=*"
    assert re.fullmatch(rf"SCRAM-SHA-256\$4096:{b64}\${b64}:{b64}", v)
    salt, keys = v.split("$")[1].split(":")[1], v.split("$")[2]
    assert len(base64.b64decode(salt)) == 16
    assert all(len(base64.b64decode(k)) == 32 for k in keys.split(":"))
    assert roles.scram_sha256_verifier("pw") != roles.scram_sha256_verifier("pw")  # fresh salt
    assert roles.scram_sha256_verifier("pw", iterations=8192).startswith("SCRAM-SHA-256$8192:")


def test_verifier_matches_the_rfc_7677_exchange() -> None:
    """RFC 7677 §3: user "user", password "pencil"; the proof and server signature check out."""
    salt = "W22ZaJ0SNY7soEsUEjb6gQ=="
    v = roles.scram_sha256_verifier("pencil", salt=base64.b64decode(salt))
    assert v.startswith(f"SCRAM-SHA-256$4096:{salt}$")
    stored_key, server_key = (base64.b64decode(k) for k in v.split("$")[2].split(":"))
    nonce = "rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0"
    auth_message = (
        f"n=user,r=rOprNGfwEbeRWgbNEkqO,r={nonce},s={salt},i=4096,c=biws,r={nonce}"
    ).encode()
    server_signature = hmac.new(server_key, auth_message, "sha256").digest()
    assert (
        base64.b64encode(server_signature).decode()
        == "6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="
    )
    proof = base64.b64decode("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
    client_signature = hmac.new(stored_key, auth_message, "sha256").digest()
    client_key = bytes(a ^ b for a, b in zip(proof, client_signature, strict=True))
    assert hashlib.sha256(client_key).digest() == stored_key


def test_station_urls_have_no_password() -> None:
    url = make_url(
        "postgresql+psycopg2://owner:secret@db.example:5433/neurohub"
        "?sslmode=verify-full&connect_timeout=3"
    )
    kiosk = roles.kiosk_url(url)
    person = roles.person_url(url, "Kim.Lee")
    for u, name in ((kiosk, "neurohub_kiosk"), (person, "neurohub_u_Kim.Lee")):
        assert u.username == name and u.password is None
        assert (u.host, u.port, u.database, dict(u.query)) == (
            "db.example",
            5433,
            "neurohub",
            {"sslmode": "verify-full", "connect_timeout": "3"},
        )
        assert "secret" not in u.render_as_string(hide_password=False)
    with pytest.raises(AccountNameError):
        roles.person_url(url, "kim lee")


def test_station_urls_on_a_socket_and_a_hashed_namespace() -> None:
    url = make_url("postgresql+psycopg2://postgres:@/nh_test_12345_1?host=/tmp/sock")
    assert (
        roles.kiosk_url(url).render_as_string(hide_password=False)
        == "postgresql+psycopg2://nhb2cbb4e7_kiosk@/nh_test_12345_1?host=%2Ftmp%2Fsock"
    )
    assert roles.person_url(url, "kim").username == "nhb2cbb4e7_u_kim"
    with pytest.raises(ValueError, match="no database"):
        roles.kiosk_url(make_url("postgresql://u@h"))
