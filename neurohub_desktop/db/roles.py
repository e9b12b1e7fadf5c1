"""The least-privilege login role that stations use (``neurohub-desktop db create-app-role``).

Migrations stay with the schema owner.  Stations get exactly what the client does: read
everything it shows, insert/update operational rows, never DDL, never TRUNCATE, never
UPDATE/DELETE of the audit trail or of finished history, never DELETE of anything.  The
audit rows are written by ``br006_audit()`` (SECURITY DEFINER), not by the role.

Running it again is safe (create *or* update) and re-applies the grants to tables that a new
revision added: run it after every ``db upgrade``.  The password travels as a SCRAM-SHA-256
verifier computed here, so the clear text never reaches the server (nor its statement log).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

#: table -> privileges.  Every other table of the schema gets SELECT only
#: (audit_logs, alembic_version, processes' neighbours …).  No DELETE, no TRUNCATE anywhere.
GRANTS: dict[str, tuple[str, ...]] = {
    "lots": ("SELECT", "INSERT", "UPDATE"),  # managers create / complete / close LOTs
    "serials": ("SELECT", "INSERT", "UPDATE"),  # PROC-007 conversion, BR-003/005
    "process_data": ("SELECT", "INSERT", "UPDATE"),  # a serial step is opened, then finished
    "wip_items": ("SELECT", "INSERT", "UPDATE"),  # issue, claim, convert
    "wip_process_history": ("SELECT", "INSERT"),  # finished attempts: append-only
    "users": ("SELECT", "INSERT", "UPDATE"),  # login bookkeeping, ADMIN user screens
    "processes": ("SELECT", "UPDATE"),  # ADMIN edits quality criteria
    "firmware_versions": ("SELECT", "INSERT", "UPDATE"),  # ADMIN registers firmware
    "equipment": ("SELECT", "INSERT", "UPDATE"),  # ADMIN registers equipment
}
#: per-role session defaults (the client's own connection options take precedence)
SESSION_DEFAULTS: dict[str, str] = {
    "statement_timeout": "30s",
    "idle_in_transaction_session_timeout": "60s",
    "lock_timeout": "10s",
}
_IDENT_OK = set("abcdefghijklmnopqrstuvwxyz0123456789_")
SCRAM_ITERATIONS = 4096


class AppRoleError(ValueError):
    """The role cannot be created as asked (bad name, or it would strip the schema owner)."""


@dataclass
class AppRoleResult:
    role: str
    created: bool
    password_set: bool
    statements: list[str] = field(default_factory=list)  # what ran (no password in it)
    warnings: list[str] = field(default_factory=list)


def check_role_name(name: str) -> str:
    """The name, double-quoted; only lower-case letters, digits and _ (no pg_ prefix)."""
    if (not name or not set(name) <= _IDENT_OK or name[0].isdigit() or len(name) > 63
            or name.startswith("pg_")):
        raise AppRoleError("role name must be 1-63 lower-case letters, digits and _, "
                           "not starting with a digit or pg_")
    return f'"{name}"'


def scram_sha256_verifier(password: str, *, salt: bytes | None = None,
                          iterations: int = SCRAM_ITERATIONS) -> str:
    """What PostgreSQL stores for a SCRAM-SHA-256 password (RFC 5802 / 7677)."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def create_app_role(conn: Connection, name: str, password: str | None) -> AppRoleResult:
    """Create or update ROLE ``name`` (LOGIN) with the station grants in this database.

    Run as the schema owner (or a superuser), in a transaction: all or nothing.  Refuses to
    touch the connected role itself or a role that owns objects here (the owner)."""
    role = check_role_name(name)
    me = conn.execute(text("SELECT current_user, current_database()")).one()
    if name == me[0]:
        raise AppRoleError(f"{name} is the role you are connected as (the schema owner); "
                           "choose another name for the station role")
    owns = conn.execute(text(
        "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
        "WHERE r.rolname = :n"), {"n": name}).scalar_one()
    if owns:
        raise AppRoleError(f"{name} owns tables in this database; the station role must not "
                           "be the schema owner")
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                          {"n": name}).first() is not None
    db = '"' + str(me[1]).replace('"', '""') + '"'
    attrs = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT"
    statements = [f"{'ALTER' if exists else 'CREATE'} ROLE {role} {attrs}"]
    statements += [f"ALTER ROLE {role} IN DATABASE {db} SET {k} = '{v}'"
                   for k, v in SESSION_DEFAULTS.items()]
    statements += [
        f"GRANT CONNECT ON DATABASE {db} TO {role}",
        f"REVOKE CREATE ON SCHEMA public FROM {role}",
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {role}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}",  # nextval, not setval
    ]
    tables = {r[0] for r in conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))}
    for table, privileges in GRANTS.items():
        if table in tables:
            statements.append(f'GRANT {", ".join(privileges)} ON "{table}" TO {role}')
    for sql in statements:
        conn.exec_driver_sql(sql)
    if password is not None:
        if not password:
            raise AppRoleError("the password must not be empty")
        # A verifier holds only [A-Za-z0-9+/=$:]: safe to inline, no bind-parameter parsing.
        conn.exec_driver_sql(f"ALTER ROLE {role} PASSWORD '{scram_sha256_verifier(password)}'")
    warnings = []
    if conn.execute(text("SELECT has_schema_privilege(:n, 'public', 'CREATE')"),
                    {"n": name}).scalar_one():
        warnings.append("PUBLIC may create objects in schema public (a server before "
                        "PostgreSQL 15?): run REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    if not exists and password is None:
        warnings.append(f"{name} has no password yet: it cannot log in over the network "
                        "until you set one (--password-stdin)")
    return AppRoleResult(name, not exists, password is not None, statements, warnings)
