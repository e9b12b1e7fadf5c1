"""Helpers for tests/db/test_security.py: attacks run for real over psycopg2 as a person (or
the kiosk), the SQLSTATE they were refused with, and a fingerprint of everything a write
could change (rows, grants, roles, functions, triggers) read as the schema owner.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import factories as f
import psycopg2
from sqlalchemy.engine import URL

from neurohub_desktop.db import roles
from neurohub_desktop.db.engine import Sessions, libpq_dsn

INSUFFICIENT_PRIVILEGE = "42501"

#: every table of the schema (test_security checks this list against pg_tables)
TABLES = (
    "alembic_version",
    "audit_logs",
    "equipment",
    "firmware_versions",
    "lots",
    "process_data",
    "processes",
    "product_models",
    "serials",
    "signatures",
    "users",
    "wip_items",
    "wip_process_history",
)

#: the write functions and arguments that would be valid for their own role
WRITE_CALLS: dict[str, str] = {
    "nh_start": "SELECT nh_start('{wip}', 'PROC-003', 'ST-3', false)",
    "nh_cancel": "SELECT nh_cancel('{wip}', 'PROC-003', 'ST-3')",
    "nh_complete": "SELECT nh_complete('{wip}', 'PROC-003', 'FAIL', '{{}}'::jsonb, "
    "'[{{\"code\": \"SENSOR_TEMP_FAIL\"}}]'::jsonb, NULL, 'atk-1', 'ST-3', NULL)",
    "nh_issue_wip": "SELECT nh_issue_wip('{lot}', 'ST-1', false)",
    "nh_convert": "SELECT nh_convert('{wip}', 'ST-7')",
    "nh_record_print": "SELECT nh_record_print('{serial}', 'ZD421', 'reprint', 'atk-2', 'ST-7')",
    "nh_create_lot": "SELECT nh_create_lot('WF2611280D9', 'WF', 'D', 5, 'ST-MGR')",
    "nh_set_lot_status": "SELECT nh_set_lot_status('{lot}', 'CLOSED', 'attack', 'ST-MGR')",
    "nh_dispose_unit(reopen)": "SELECT nh_dispose_unit('{failed}', 'reopen', 'attack', 'ST')",
    "nh_dispose_unit(scrap)": "SELECT nh_dispose_unit('{failed}', 'scrap', 'attack', 'ST')",
    "nh_sign_equipment_override": "SELECT nh_sign_equipment_override('EQ-01', 'ST-3', 'attack')",
    "nh_create_user": "SELECT nh_create_user('mallory', 'Mallory', 'ADMIN', '{verifier}', NULL)",
    "nh_update_user": "SELECT nh_update_user('{me}', 'ADMIN', NULL, NULL, true, NULL)",
    "nh_set_criteria": "SELECT nh_set_criteria('PROC-003', '{{\"measurements\": [], "
    '"defect_codes": []}}\'::jsonb)',
    "nh_set_process_active": "SELECT nh_set_process_active('PROC-005', false)",
    "nh_add_firmware": "SELECT nh_add_firmware('v6.6.6', 'evil.bin', '/fw/evil.bin', 1, "
    "'{md5}', 'STM32F4', NULL)",
    "nh_set_firmware_active": "SELECT nh_set_firmware_active('v1.2.3', false)",
    "nh_save_equipment": "SELECT nh_save_equipment('EQ-01', 'hacked', 'TESTER', NULL, "
    "'BROKEN', NULL)",
}
STATION_CALLS = (
    "nh_start",
    "nh_cancel",
    "nh_complete",
    "nh_issue_wip",
    "nh_convert",
    "nh_record_print",
)
MANAGER_CALLS = (
    "nh_create_lot",
    "nh_set_lot_status",
    "nh_dispose_unit(reopen)",
    "nh_dispose_unit(scrap)",
    "nh_sign_equipment_override",
)
ADMIN_CALLS = (
    "nh_create_user",
    "nh_update_user",
    "nh_set_criteria",
    "nh_set_process_active",
    "nh_add_firmware",
    "nh_set_firmware_active",
    "nh_save_equipment",
)


@dataclass(frozen=True)
class Refusal:
    sqlstate: str
    message: str


def connect(url: URL) -> Any:
    """A psycopg2 connection (not autocommit) exactly as that URL logs in."""
    return psycopg2.connect(libpq_dsn(url))


def person(url: URL, user_id: str) -> URL:
    """``url`` as the station of ``user_id`` logged in (their role, factories.PASSWORD)."""
    login: URL = f.person_url(url, user_id)
    return login


def kiosk(url: URL) -> URL:
    assert url.database
    return roles.kiosk_url(url).set(password=roles.kiosk_password(url.database))


Params = Sequence[Any] | Mapping[str, Any] | None


def owner_rows(owner: URL, sql: str, params: Params = None) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` read as the schema owner (``db_url``)."""
    conn = connect(owner)
    try:
        with conn.cursor() as cur:
            cur.execute(sql, params)
            return list(cur.fetchall())
    finally:
        conn.rollback()
        conn.close()


def owner_value(owner: URL, sql: str, params: Params = None) -> Any:
    rows = owner_rows(owner, sql, params)
    assert len(rows) == 1, rows
    return rows[0][0]


def owner_exec(owner: URL, sql: str, params: Params = None) -> Any:
    """Run ``sql`` as the schema owner and commit; the first value, if any."""
    return run_as(owner, sql, params)


def run_as(url: URL, sql: str, params: Params = None) -> Any:
    """Run ``sql`` on ``url``'s login and commit; the first value (must not be refused)."""
    conn = connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute(sql, params)
            value = cur.fetchone()[0] if cur.description else None
        conn.commit()
        return value
    finally:
        conn.close()


def _ns_pattern(owner: URL) -> str:
    assert owner.database
    return roles.namespace(owner.database).replace("_", "\\_") + "\\_%"


#: everything a write could change; sequences are left out (a refused INSERT may use a value)
_CATALOG_SQL = {
    "roles": "SELECT COALESCE(string_agg(concat_ws(',', rolname, rolcanlogin, rolinherit, "
    "rolconnlimit, rolsuper, rolcreaterole, rolcreatedb, md5(COALESCE(rolpassword, "
    "''))), '|' ORDER BY rolname), '') FROM pg_authid WHERE rolname LIKE %(ns)s",
    "members": "SELECT COALESCE(string_agg(r.rolname || '>' || m.rolname, '|' "
    "ORDER BY r.rolname, m.rolname), '') FROM pg_auth_members a "
    "JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
    "WHERE r.rolname LIKE %(ns)s OR m.rolname LIKE %(ns)s",
    "settings": "SELECT COALESCE(string_agg(concat_ws(',', setdatabase, setrole, "
    "CAST(setconfig AS text)), '|' ORDER BY setdatabase, setrole), '') "
    "FROM pg_db_role_setting WHERE setdatabase IN (0, (SELECT oid FROM pg_database "
    "WHERE datname = current_database()))",
    "relations": "SELECT string_agg(concat_ws(',', c.relname, c.relkind, CAST(c.relacl AS text),"
    " c.relowner), '|' ORDER BY c.relname) FROM pg_class c "
    "WHERE c.relnamespace = CAST('public' AS regnamespace)",
    "functions": "SELECT string_agg(concat_ws(',', CAST(CAST(p.oid AS regprocedure) AS text), "
    "md5(p.prosrc), CAST(p.proconfig AS text), CAST(p.proacl AS text), "
    "p.prosecdef, p.proowner), '|' ORDER BY CAST(CAST(p.oid AS regprocedure) AS "
    "text)) FROM pg_proc p WHERE p.pronamespace = CAST('public' AS regnamespace)",
    "triggers": "SELECT string_agg(concat_ws(',', tgname, tgenabled), '|' ORDER BY tgname) "
    "FROM pg_trigger WHERE NOT tgisinternal",
    "schemas": "SELECT string_agg(concat_ws(',', nspname, CAST(nspacl AS text)), '|' "
    "ORDER BY nspname) FROM pg_namespace",
    "database": "SELECT concat_ws(',', CAST(datacl AS text), datallowconn) FROM pg_database "
    "WHERE datname = current_database()",
    "large_objects": "SELECT count(*) FROM pg_largeobject_metadata",
}
_ROWS_SQL = (
    "SELECT count(*) || ':' || md5(COALESCE(string_agg(CAST(t AS text), '|' "
    "ORDER BY CAST(t AS text)), '')) FROM {table} t"
)
#: one statement, one round trip: (table or catalog part, its digest) …
FINGERPRINT_SQL = "SELECT " + ", ".join(
    [f"({_ROWS_SQL.format(table=t)})" for t in TABLES]
    + [f"({sql})" for sql in _CATALOG_SQL.values()]
)
_FINGERPRINT_KEYS = (*TABLES, *_CATALOG_SQL)


#: the owner's connection that fingerprints are read on (one kept open: they are frequent)
_reader: dict[str, Any] = {}


def _owner_reader(owner: URL) -> Any:
    key = libpq_dsn(owner)
    conn = _reader.get(key)
    if conn is None or conn.closed:
        for stale in _reader.values():
            stale.close()
        _reader.clear()
        conn = _reader[key] = connect(owner)
        conn.autocommit = True  # every statement sees what is committed
    return conn


def forget_owner(owner: URL) -> None:
    """Close the kept connection to ``owner``'s database (before it is dropped)."""
    conn = _reader.pop(libpq_dsn(owner), None)
    if conn is not None:
        conn.close()


def fingerprint(owner: URL) -> dict[str, Any]:
    """Every table's rows and the catalog state a write could change, read as the owner."""
    for retry in (False, True):
        conn = _owner_reader(owner)
        try:
            with conn.cursor() as cur:
                cur.execute(FINGERPRINT_SQL, {"ns": _ns_pattern(owner)})
                return dict(zip(_FINGERPRINT_KEYS, cur.fetchone(), strict=True))
        except psycopg2.OperationalError:  # the kept connection was dropped: once more
            forget_owner(owner)
            if retry:
                raise
    raise AssertionError("unreachable")


#: databases that must never change (a shared database of pure refusals): their fingerprint
_frozen: dict[str, dict[str, Any]] = {}


def freeze(owner: URL) -> None:
    """From now on ``nothing_written(owner)`` compares with the database as it is now."""
    _frozen[libpq_dsn(owner)] = fingerprint(owner)


def thaw(owner: URL) -> dict[str, Any] | None:
    """Stop comparing with the frozen state; that state (None if it was not frozen)."""
    return _frozen.pop(libpq_dsn(owner), None)


def changes(owner: URL, before: dict[str, Any]) -> list[str]:
    after = fingerprint(owner)
    return sorted(k for k in before if before[k] != after[k])


@contextmanager
def nothing_written(owner: URL) -> Iterator[None]:
    """Assert that the block changed nothing in the database (read as the owner); in a frozen
    database, that it is still exactly as it was frozen."""
    before = _frozen.get(libpq_dsn(owner)) or fingerprint(owner)
    yield
    changed = changes(owner, before)
    assert not changed, f"the database changed: {changed}"


def attempt(
    url: URL,
    sql: str,
    params: Params = None,
    *,
    autocommit: bool = False,
    setup: Sequence[str] = (),
) -> Refusal | None:
    """Run ``setup`` then ``sql`` on ``url``'s login (committed when not refused, as an
    attacker would); the refusal of ``sql``, or None when it went through."""
    conn = connect(url)
    conn.autocommit = autocommit
    try:
        with conn.cursor() as cur:
            for stmt in setup:
                cur.execute(stmt)
            try:
                cur.execute(sql, params)
            except psycopg2.Error as exc:
                conn.rollback()
                return Refusal(str(exc.pgcode), str(exc.pgerror or exc))
        conn.commit()
        return None
    finally:
        conn.close()


def refused(
    owner: URL,
    url: URL,
    sql: str,
    params: Params = None,
    *,
    autocommit: bool = False,
    setup: Sequence[str] = (),
) -> Refusal:
    """``sql`` on ``url`` must be refused and leave the database as it was; the refusal."""
    with nothing_written(owner):
        outcome = attempt(url, sql, params, autocommit=autocommit, setup=setup)
    assert outcome is not None, f"not refused (and committed): {sql}"
    return outcome


def refused_privilege(owner: URL, url: URL, sql: str, params: Params = None, **kw: Any) -> Refusal:
    """``refused`` with SQLSTATE 42501 (insufficient privilege)."""
    outcome = refused(owner, url, sql, params, **kw)
    assert outcome.sqlstate == INSUFFICIENT_PRIVILEGE, outcome
    return outcome


def criteria(owner: URL, process_id: str) -> dict[str, Any]:
    value = owner_value(
        owner, "SELECT quality_criteria FROM processes WHERE process_id = %s", (process_id,)
    )
    return value if isinstance(value, dict) else json.loads(value)


def snapshot(
    crit: dict[str, Any],
    values: dict[str, Any],
    *,
    limits: dict[str, tuple[Any, Any]] | None = None,
    version: Any = "current",
) -> dict[str, Any]:
    """The measurements JSON a station stores: every criteria item with ``values[code]``, the
    current limits (or ``limits[code]``), each item claiming PASS, and the criteria version."""
    items = []
    for spec in crit["measurements"]:
        code = spec["code"]
        lsl, usl = (limits or {}).get(code, (spec.get("lsl"), spec.get("usl")))
        items.append(
            {
                "code": code,
                "value": values.get(code),
                "unit": spec.get("unit"),
                "lsl": lsl,
                "usl": usl,
                "result": "PASS",
            }
        )
    out: dict[str, Any] = {"items": items}
    out["criteria_version"] = crit.get("version") if version == "current" else version
    return out


def complete_sql(
    unit: str,
    process_id: str,
    result: str,
    measurements: dict[str, Any],
    defects: list[dict[str, Any]] | None = None,
    submission: str = "sec-1",
    station: str = "ST-SEC",
) -> tuple[str, tuple[Any, ...]]:
    """The nh_complete call a station makes (SQL and parameters)."""
    return (
        "SELECT nh_complete(%s, %s, %s, CAST(%s AS jsonb), CAST(%s AS jsonb), NULL, %s, %s, NULL)",
        (
            unit,
            process_id,
            result,
            json.dumps(measurements),
            json.dumps(defects or []),
            submission,
            station,
        ),
    )


@contextmanager
def line_sessions(owner: URL) -> Iterator[Sessions]:
    """factories' sessionmaker on ``owner``, every engine it made disposed afterwards."""
    # disposable: a test that counts a person's connections must not find pooled ones
    writers = f.Writers(f.engine(owner), pool_size=1)
    try:
        yield Sessions(writers.owner, writers)
    finally:
        writers.dispose()
