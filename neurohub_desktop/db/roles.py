"""The least-privilege login role that stations use (``neurohub-desktop db create-app-role``).

Migrations stay with the schema owner.  Stations get exactly what the client does: read
everything it shows, insert/update operational rows, never DDL, never TRUNCATE, never
UPDATE/DELETE of the audit trail or of finished history, never DELETE of process records.
Running it again after an upgrade re-applies the grants to tables a new revision added.
"""
from __future__ import annotations

from sqlalchemy import Connection, text

# table -> privileges.  Anything not listed gets SELECT only.
GRANTS: dict[str, tuple[str, ...]] = {
    "lots": ("SELECT", "INSERT", "UPDATE"),
    "serials": ("SELECT", "INSERT", "UPDATE"),
    "process_data": ("SELECT", "INSERT", "UPDATE"),
    "wip_items": ("SELECT", "INSERT", "UPDATE"),
    "wip_process_history": ("SELECT", "INSERT"),
    "users": ("SELECT", "INSERT", "UPDATE"),
    "processes": ("SELECT", "UPDATE"),
    "firmware_versions": ("SELECT", "INSERT", "UPDATE"),
    "equipment": ("SELECT", "INSERT", "UPDATE"),
}
_IDENT_OK = set("abcdefghijklmnopqrstuvwxyz0123456789_")


def _ident(name: str) -> str:
    if not name or not set(name) <= _IDENT_OK or name[0].isdigit() or len(name) > 63:
        raise ValueError("role name must be lower-case letters, digits and _ (max 63)")
    return f'"{name}"'


def create_app_role(conn: Connection, name: str, password: str | None) -> list[str]:
    """Create or update ROLE name (LOGIN) with the station grants; returns the statements run."""
    role = _ident(name)
    db = conn.execute(text("SELECT current_database()")).scalar_one()
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    statements: list[tuple[str, dict[str, object]]] = []
    if exists:
        statements.append((f"ALTER ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE", {}))
    else:
        statements.append((f"CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE", {}))
    if password is not None:
        # PASSWORD takes a literal: quote it with the server's own quote_literal.
        literal = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one()
        statements.append((f"ALTER ROLE {role} PASSWORD {literal}", {}))
    statements += [
        (f'GRANT CONNECT ON DATABASE "{db}" TO {role}', {}),
        (f"REVOKE CREATE ON SCHEMA public FROM {role}", {}),
        (f"GRANT USAGE ON SCHEMA public TO {role}", {}),
        (f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}", {}),
        (f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}", {}),
        (f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}", {}),
    ]
    tables = {r[0] for r in conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))}
    for table, privileges in GRANTS.items():
        if table in tables:
            statements.append((f'GRANT {", ".join(privileges)} ON "{table}" TO {role}', {}))
    for sql, params in statements:
        conn.execute(text(sql), params)
    return [s for s, _ in statements if "PASSWORD" not in s]
