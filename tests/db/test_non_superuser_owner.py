"""A DBA's set-up (README): the schema owner is no superuser, only CREATEROLE and the owner of
its database — it migrates, sets up the roles, and the people it creates log in and work."""

from __future__ import annotations

import factories as f
import psycopg2
from psycopg2 import sql
from sqlalchemy.engine import URL

from neurohub_desktop.db import migrate, roles
from neurohub_desktop.db.engine import libpq_dsn
from neurohub_desktop.domain.station import StepResult


def _admin(url: URL, statement: sql.Composable | str) -> None:
    conn = psycopg2.connect(libpq_dsn(url))
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(statement)
    finally:
        conn.close()


def test_a_createrole_owner_runs_the_whole_set_up(pg_server) -> None:  # type: ignore[no-untyped-def]
    name = "nh_dba_owned"
    owner = "nh_dba_owner"
    admin = pg_server.admin_url
    _admin(admin, sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
    _admin(admin, sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(owner)))
    _admin(
        admin,
        sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD 'owner-secret'").format(
            sql.Identifier(owner)
        ),
    )
    _admin(
        admin,
        sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(name), sql.Identifier(owner)),
    )
    url = admin.set(database=name, username=owner, password="owner-secret")
    try:
        migrate.upgrade(url, "head")  # 006 runs nh_setup_roles() as this owner
        sm = f.sessions(url)
        worker = f.user(sm, "kim", "WORKER")
        manager = f.user(sm, "lee", "MANAGER")
        f.firmware(sm)
        lot = f.lot(sm, manager, target=2)
        wip = f.wip_through(sm, worker, lot, last=3)
        assert (
            f.scalar(
                sm,
                "SELECT count(*) FROM wip_process_history h JOIN wip_items w "
                "ON w.id = h.wip_item_id WHERE w.wip_id = :w AND h.result = :r",
                w=wip,
                r=StepResult.PASS.value,
            )
            == 3
        )
        assert f.scalar(
            sm, "SELECT DISTINCT db_user FROM audit_logs WHERE table_name = 'wip_process_history'"
        ) == roles.login_role(name, "kim")
        sm.engine.dispose()
    finally:
        pg_server.drop_database(name)
        _admin(admin, sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(owner)))


def test_backups_need_createdb_for_the_trial_restore(pg_server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The trial restore runs as the owner: without CREATEDB the backup is refused, saying so;
    with it the owner's backup restores (its grants, owners and SECURITY DEFINER functions)."""
    import pytest

    from neurohub_desktop.db import ops

    name, owner = "nh_dba_backed_up", "nh_dba_backer"
    admin = pg_server.admin_url
    _admin(admin, sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
    _admin(admin, sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(owner)))
    _admin(
        admin,
        sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD 'owner-secret'").format(
            sql.Identifier(owner)
        ),
    )
    _admin(
        admin,
        sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(name), sql.Identifier(owner)),
    )
    url = admin.set(database=name, username=owner, password="owner-secret")
    try:
        migrate.upgrade(url, "head")
        with pytest.raises(ops.BackupError, match="CREATEDB"):
            ops.backup(url, tmp_path / "refused")
        assert list((tmp_path / "refused").iterdir()) == []
        _admin(admin, sql.SQL("ALTER ROLE {} CREATEDB").format(sql.Identifier(owner)))
        taken = ops.backup(url, tmp_path / "ok")
        assert taken.path.is_file() and taken.entries > 0
    finally:
        pg_server.drop_database(name)
        _admin(admin, sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(owner)))
