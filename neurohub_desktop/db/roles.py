"""PostgreSQL login roles: one per person, a kiosk role before login (domain.md §7).

PostgreSQL authenticates each person: a station connects as the person logged in, and
before login as the kiosk role.  This module only *names* the roles; the SQL function
``nh_setup_roles()`` (a migration, run by the schema owner through
``neurohub-desktop db setup-roles``) creates them and their grants.  The naming below is a
contract with that function: change one, change both.

Roles are cluster-wide, databases are not, so every name starts with a namespace derived
from the database name: two databases on one server (production and a test copy) never
share a group, a kiosk or a person's login.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.engine import URL

from neurohub_desktop.domain.auth import Role

SCRAM_ITERATIONS = 4096
#: a database name used as the namespace as it is (short, a plain identifier)
_PLAIN_NAMESPACE_RE = re.compile(r"[a-z][a-z0-9_]{0,9}")
#: users.user_id that may have a login role; 50 characters keep f"{ns}_u_{id}" within 63
USER_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,49}")


class AccountNameError(ValueError):
    """This user id cannot name a PostgreSQL login role."""


def namespace(dbname: str) -> str:
    """The database name if short and plain, else ``nh`` + the first 8 hex digits of its md5."""
    if _PLAIN_NAMESPACE_RE.fullmatch(dbname):
        return dbname
    digest = hashlib.md5(dbname.encode("utf-8"), usedforsecurity=False).hexdigest()
    return "nh" + digest[:8]


def group_role(dbname: str, app_role: str) -> str:
    """The NOLOGIN group of an app role (ADMIN, MANAGER, WORKER, VIEWER): ``{ns}_admin`` …"""
    try:
        role = Role(str(app_role).upper())
    except ValueError:
        raise ValueError(f"unknown app role {app_role!r}") from None
    return f"{namespace(dbname)}_{role.value.lower()}"


def login_group(dbname: str) -> str:
    """The NOLOGIN group every person's login role belongs to (pg_hba: ``+{ns}_login``)."""
    return f"{namespace(dbname)}_login"


def kiosk_role(dbname: str) -> str:
    """The LOGIN role a station uses before anyone logs in."""
    return f"{namespace(dbname)}_kiosk"


def kiosk_password(dbname: str) -> str:
    """Public by design (its name): the kiosk reads the revision and calls the login helpers."""
    return kiosk_role(dbname)


def login_role(dbname: str, user_id: str) -> str:
    """A person's own LOGIN role, ``{ns}_u_{user_id}`` (case kept)."""
    if not isinstance(user_id, str) or not USER_ID_RE.fullmatch(user_id):
        raise AccountNameError(
            f"user id {user_id!r} cannot have a database login: use 1-50 letters, digits, "
            "'.', '_' or '-', starting with a letter or digit"
        )
    return f"{namespace(dbname)}_u_{user_id}"


def scram_sha256_verifier(
    password: str, *, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS
) -> str:
    """What PostgreSQL stores for a SCRAM-SHA-256 password (RFC 5802 / 7677)."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _database(url: URL) -> str:
    if not url.database:
        raise ValueError("the database URL names no database")
    return url.database


def _as_role(url: URL, username: str) -> URL:
    # Not url.set(password=None): URL.set() takes None as "leave unchanged".
    return URL.create(
        url.drivername,
        username=username,
        password=None,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )


def kiosk_url(url: URL) -> URL:
    """``url`` (host, port, database, query kept) as the kiosk role, without a password."""
    return _as_role(url, kiosk_role(_database(url)))


def person_url(url: URL, user_id: str) -> URL:
    """``url`` as ``user_id``'s own login role, without a password (given at connect time)."""
    return _as_role(url, login_role(_database(url), user_id))


def setup_roles(conn: Connection) -> dict[str, Any]:
    """Run ``nh_setup_roles()`` (schema owner): groups, kiosk, grants, missing login roles.

    Runs in the caller's transaction; returns the function's jsonb report."""
    report = conn.execute(text("SELECT nh_setup_roles()")).scalar_one()
    if isinstance(report, str):  # a driver that leaves jsonb undecoded
        report = json.loads(report)
    if not isinstance(report, dict):
        raise TypeError(f"nh_setup_roles() returned {type(report).__name__}, not an object")
    return report
