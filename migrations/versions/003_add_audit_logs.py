"""Audit trail: the audit_logs table and BR-006

Revision ID: 003_add_audit_logs
Revises: 002_add_triggers
Create Date: 2025-01-17

* ``audit_logs`` as spec/domain.md §3 (no FK on ``user_id``: history outlives users), with
  ``ix_audit_logs_table_name_record_id_created_at`` for the audit-log viewer ("history of
  this row", newest first).
* ``br006_audit()`` AFTER INSERT/UPDATE/DELETE on lots, serials, process_data, users,
  processes and product_models (later revisions attach it to their own tables as
  ``trg_<table>_audit``): one row per changed row with old/new row as JSONB and the changed
  column names in table order.  Actor = ``nh_actor()`` (revision 001: the person the
  session authenticated as — nothing a client sets changes it); station =
  ``neurohub.station`` (transaction-local, set by the station functions; empty → NULL);
  ``db_user`` = ``session_user``; reason = ``neurohub.reason`` (transaction-local, set by the
  caller before an admin function — which refuses a change without one, revision 006 — or
  any other change it explains; trimmed, white space only → NULL, at most 500 characters kept).
  An UPDATE that changes nothing, or only ``updated_at``,
  writes nothing.  ``password_hash`` is never copied into old/new data; when it changed,
  ``changed_fields`` still names the column (the name, not the value), so a password change
  is visible in the trail without exposing the hash.
  SECURITY DEFINER (the station role need not be able to write audit_logs itself) with a
  pinned ``search_path = pg_catalog, public, pg_temp`` (pg_temp last: nothing shadows).
* ``br006_audit_logs_immutable()``: UPDATE / DELETE (row trigger) and TRUNCATE (statement
  trigger) on audit_logs raise NH006 — for the table owner too.  (A retention job has to
  ``ALTER TABLE audit_logs DISABLE TRIGGER …`` explicitly, which is itself a visible DDL act.)
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "003_add_audit_logs"
down_revision: str | Sequence[str] | None = "002_add_triggers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AUDITED_TABLES = ("product_models", "lots", "processes", "users", "serials", "process_data")
VIEWER_INDEX = "ix_audit_logs_table_name_record_id_created_at"

BR006_AUDIT = r"""
CREATE OR REPLACE FUNCTION br006_audit() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_old jsonb;
    v_new jsonb;
    v_changed text[];
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        v_old := to_jsonb(OLD);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        v_new := to_jsonb(NEW);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT array_agg(k.key ORDER BY k.ord) INTO v_changed
          FROM json_object_keys(row_to_json(NEW)) WITH ORDINALITY AS k(key, ord)
         WHERE k.key <> 'updated_at'
           AND (v_new -> k.key) IS DISTINCT FROM (v_old -> k.key);
        IF v_changed IS NULL THEN
            RETURN NULL;  -- nothing (or only updated_at) changed: nothing to record
        END IF;
    END IF;
    INSERT INTO public.audit_logs
        (table_name, record_id, action, user_id, db_user, station,
         old_data, new_data, changed_fields, reason)
    VALUES
        (TG_TABLE_NAME,
         CAST(COALESCE(v_new, v_old) ->> 'id' AS bigint),
         TG_OP,
         public.nh_actor(),
         session_user,
         NULLIF(current_setting('neurohub.station', true), ''),
         -- users' hash is never copied; other rows are kept as they are (no copy)
         CASE WHEN v_old ? 'password_hash' THEN v_old - 'password_hash' ELSE v_old END,
         CASE WHEN v_new ? 'password_hash' THEN v_new - 'password_hash' ELSE v_new END,
         v_changed,
         CASE WHEN current_setting('neurohub.reason', true) ~ '[^[:space:]]'
              THEN left(btrim(current_setting('neurohub.reason', true)), 500) END);
    RETURN NULL;
END;
$$
"""

BR006_AUDIT_LOGS_IMMUTABLE = r"""
CREATE OR REPLACE FUNCTION br006_audit_logs_immutable() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION USING
        ERRCODE = 'NH006',
        MESSAGE = format('BR-006: audit_logs is append-only; %s is refused', TG_OP),
        HINT = 'The audit trail cannot be changed or emptied.';
END;
$$
"""

FUNCTIONS: dict[str, str] = {
    "br006_audit": BR006_AUDIT,
    "br006_audit_logs_immutable": BR006_AUDIT_LOGS_IMMUTABLE,
}

COMMENTS = {
    "br006_audit": "BR-006: one audit_logs row per changed row (actor = nh_actor())",
    "br006_audit_logs_immutable": "BR-006: audit_logs refuses UPDATE, DELETE and TRUNCATE",
}

#: (trigger name, table, timing and events, FOR EACH …, function)
TRIGGERS: list[tuple[str, str, str, str, str]] = [
    (
        "trg_audit_logs_immutable",
        "audit_logs",
        "BEFORE UPDATE OR DELETE",
        "ROW",
        "br006_audit_logs_immutable",
    ),
    (
        "trg_audit_logs_no_truncate",
        "audit_logs",
        "BEFORE TRUNCATE",
        "STATEMENT",
        "br006_audit_logs_immutable",
    ),
    *[
        (f"trg_{t}_audit", t, "AFTER INSERT OR UPDATE OR DELETE", "ROW", "br006_audit")
        for t in AUDITED_TABLES
    ],
]


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def upgrade() -> None:
    op.create_table(
        "audit_logs",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(100), nullable=False),
        sa.Column("record_id", sa.BigInteger(), nullable=True),
        sa.Column("action", sa.String(10), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=True),
        sa.Column("db_user", sa.String(100), nullable=False),
        sa.Column("station", sa.String(100), nullable=True),
        sa.Column("old_data", postgresql.JSONB(), nullable=True),
        sa.Column("new_data", postgresql.JSONB(), nullable=True),
        sa.Column("changed_fields", postgresql.ARRAY(sa.Text()), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.TIMESTAMP(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.CheckConstraint("action IN ('INSERT', 'UPDATE', 'DELETE')", name="chk_audit_action"),
    )
    op.create_index(VIEWER_INDEX, "audit_logs", ["table_name", "record_id", "created_at"])
    for name, sql in FUNCTIONS.items():
        op.execute(sql)
        op.execute(f"COMMENT ON FUNCTION {name}() IS {_sql_literal(COMMENTS[name])}")
    for trigger, table, when, each, function in TRIGGERS:
        op.execute(
            f"CREATE TRIGGER {trigger} {when} ON {table} "
            f"FOR EACH {each} EXECUTE FUNCTION {function}()"
        )


def downgrade() -> None:
    for trigger, table, _when, _each, _function in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER {trigger} ON {table}")
    for name in reversed(FUNCTIONS):
        op.execute(f"DROP FUNCTION {name}()")
    op.drop_index(VIEWER_INDEX, table_name="audit_logs")
    op.drop_table("audit_logs")
