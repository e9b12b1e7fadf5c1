"""Initial schema: the six core tables and their seed data

Revision ID: 001_initial_schema
Revises:
Create Date: 2025-01-17

product_models and lots follow the migration plan's DDL verbatim; processes, users,
serials and process_data follow spec/domain.md §3.  Seed: the eight processes with Korean
and English names and their quality criteria (domain.md §6), the WF model, and the admin
user (initial password ``neurohub-admin``, must be changed at first login).  Each process's
criteria carry ``"version": 1`` (every ADMIN save makes a new version, domain.md §6).

Identity (domain.md §7): ``nh_ns()`` names this database's PostgreSQL roles, and
``nh_actor()`` / ``nh_actor_role()`` map the authenticated ``session_user`` — a person's own
login role ``<ns>_u_<user_id>`` — to ``users.id`` / ``users.role``.  Nothing a client sets
changes them; a session that is no person (the schema owner, a DBA) has no actor.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "001_initial_schema"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TSTZ = sa.TIMESTAMP(timezone=True)
NOW = sa.text("now()")
EMPTY_OBJECT = sa.text("'{}'::jsonb")
# bcrypt (cost 12) of the documented initial password "neurohub-admin".
ADMIN_PASSWORD_HASH = "$2b$12$horSzly7TzaVCaHyYAeoF.PGHCsn8mxldMCAdyPErWEHuZtelIHaa"


def _m(code, name, name_en, kind, unit=None, lsl=None, usl=None, target=None, required=True):  # type: ignore[no-untyped-def]
    return {
        "code": code,
        "name": name,
        "name_en": name_en,
        "unit": unit,
        "kind": kind,
        "lsl": lsl,
        "usl": usl,
        "target": target,
        "required": required,
    }


def _d(code, name, name_en):  # type: ignore[no-untyped-def]
    return {"code": code, "name": name, "name_en": name_en}


# (process_id, ko, en, sequence, seconds, criteria) — frozen with this revision.
PROCESSES = [
    (
        "PROC-001",
        "레이저 마킹",
        "Laser marking",
        1,
        60,
        {
            "version": 1,
            "measurements": [_m("MARK_READABLE", "마킹 판독 가능", "Mark readable", "bool")],
            "defect_codes": [_d("MARKING_FAIL", "마킹 불량", "Marking failure")],
        },
    ),
    (
        "PROC-002",
        "LMA 조립",
        "LMA assembly",
        2,
        3600,
        {
            "version": 1,
            "measurements": [
                _m("SMA_SPRING_LOT", "SMA 스프링 LOT", "SMA spring lot", "text"),
                _m("BUSBAR_LOT", "부스바 LOT", "Busbar lot", "text", required=False),
                _m("VISUAL_OK", "외관 양호", "Visual OK", "bool"),
            ],
            "defect_codes": [
                _d("PART_DEFECT", "부품 불량", "Part defect"),
                _d("ASSEMBLY_ERROR", "조립 불량", "Assembly error"),
            ],
        },
    ),
    (
        "PROC-003",
        "센서 검사",
        "Sensor inspection",
        3,
        60,
        {
            "version": 1,
            "measurements": [
                _m(
                    "TEMP_SENSOR",
                    "온도 센서",
                    "Temperature sensor",
                    "number",
                    "°C",
                    59.0,
                    61.0,
                    60.0,
                ),
                _m("TOF_DISTANCE", "TOF 거리", "TOF distance", "number", "mm", 400, 600, 500),
                _m("I2C_OK", "I2C 통신 정상", "I2C OK", "bool"),
            ],
            "defect_codes": [
                _d("SENSOR_TEMP_FAIL", "온도 센서 불량", "Temperature sensor failure"),
                _d("SENSOR_TOF_FAIL", "TOF 센서 불량", "TOF sensor failure"),
            ],
        },
    ),
    (
        "PROC-004",
        "펌웨어 업로드",
        "Firmware upload",
        4,
        60,
        {
            "version": 1,
            "measurements": [
                _m("FIRMWARE_VERSION", "펌웨어 버전", "Firmware version", "text"),
                _m("UPLOAD_OK", "업로드 성공", "Upload OK", "bool"),
            ],
            "defect_codes": [
                _d("FIRMWARE_UPLOAD_FAIL", "펌웨어 업로드 실패", "Firmware upload failure"),
                _d("FIRMWARE_COMM_ERROR", "펌웨어 통신 오류", "Firmware communication error"),
                _d("FIRMWARE_VERSION_MISMATCH", "펌웨어 버전 불일치", "Firmware version mismatch"),
            ],
        },
    ),
    (
        "PROC-005",
        "로봇 조립",
        "Robot assembly",
        5,
        3600,
        {
            "version": 1,
            "measurements": [
                _m("CABLE_OK", "케이블 체결 양호", "Cables OK", "bool"),
                _m("VISUAL_OK", "외관 양호", "Visual OK", "bool"),
            ],
            "defect_codes": [
                _d("ASSEMBLY_ERROR", "조립 불량", "Assembly error"),
                _d("APPEARANCE_DEFECT", "외관 불량", "Appearance defect"),
            ],
        },
    ),
    (
        "PROC-006",
        "성능검사",
        "Performance test",
        6,
        600,
        {
            "version": 1,
            "measurements": [
                _m("FORCE_38C", "38°C 출력", "Force at 38 °C", "number", "kgf", 8.0, 12.0, 10.0),
                _m("FORCE_52C", "52°C 출력", "Force at 52 °C", "number", "kgf", 13.0, 17.0, 15.0),
                _m("FORCE_66C", "66°C 출력", "Force at 66 °C", "number", "kgf", 18.0, 22.0, 20.0),
            ],
            "defect_codes": [_d("PERFORMANCE_FAIL", "성능 불량", "Performance failure")],
        },
    ),
    (
        "PROC-007",
        "라벨 프린팅",
        "Label printing",
        7,
        40,
        {
            "version": 1,
            "measurements": [_m("LABEL_VERIFIED", "라벨 확인", "Label verified", "bool")],
            "defect_codes": [
                _d("LABEL_PRINT_FAIL", "라벨 인쇄 불량", "Label print failure"),
                _d("LABEL_ATTACH_ERROR", "라벨 부착 불량", "Label attach error"),
            ],
        },
    ),
    (
        "PROC-008",
        "포장+외관검사",
        "Packing + visual inspection",
        8,
        120,
        {
            "version": 1,
            "measurements": [
                _m("VISUAL_OK", "외관 양호", "Visual OK", "bool"),
                _m("PACKAGING_OK", "포장 양호", "Packaging OK", "bool"),
            ],
            "defect_codes": [
                _d("VISUAL_DEFECT", "외관 불량", "Visual defect"),
                _d("PACKAGING_ERROR", "포장 불량", "Packaging error"),
            ],
        },
    ),
]


#: this database's role namespace: its name when short and plain, else a hash of it.
#: IMMUTABLE, so that the planner folds it into a constant once per cached plan: its one
#: input, current_database(), is fixed for a session's whole life (a database connected to
#: cannot be renamed) and no index, constraint or stored expression uses it.  nh_actor()
#: runs several times per station action and evaluated it twice per call (issue 12, B2).
NH_NS = r"""
CREATE FUNCTION nh_ns() RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT CASE WHEN CAST(pg_catalog.current_database() AS text) ~ '^[a-z][a-z0-9_]{0,9}$'
            THEN CAST(pg_catalog.current_database() AS text)
            ELSE 'nh' || pg_catalog.left(pg_catalog.md5(
                    CAST(pg_catalog.current_database() AS text)), 8) END
$$
"""

#: users.id of the person this session authenticated as (NULL: no person, e.g. the owner).
#: Called many times per station action, so kept cheap: plain SQL with every name qualified
#: (no SET clause and no SECURITY DEFINER, which would stop PostgreSQL from inlining and add
#: a settings save per call); a person may read users.id and user_id, and nobody may create
#: objects that could shadow a name.
NH_ACTOR = r"""
CREATE FUNCTION nh_actor() RETURNS bigint
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
SELECT u.id FROM public.users u
 WHERE u.user_id = pg_catalog.substr(CAST(session_user AS text),
                                     pg_catalog.length(public.nh_ns()) + 4)
   AND CAST(session_user AS text) = public.nh_ns() || '_u_' || u.user_id
$$
"""

NH_ACTOR_ROLE = r"""
CREATE FUNCTION nh_actor_role() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
SELECT CAST(u.role AS text) FROM public.users u WHERE u.id = public.nh_actor()
$$
"""

#: the kiosk role a station logs in with before anyone logs in (its password is public: it
#: reads the revision only, so that the launch gate can say how far this database is; revision
#: 006's nh_setup_roles() adds the login helpers)
KIOSK_UP = r"""
DO $$
DECLARE
    v_kiosk text := nh_ns() || '_kiosk';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_kiosk) THEN
        EXECUTE format('CREATE ROLE %I LOGIN NOINHERIT CONNECTION LIMIT 30 PASSWORD %L',
                       v_kiosk, v_kiosk);
    END IF;
    BEGIN
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), v_kiosk);
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE WARNING 'not the owner of database %: grant CONNECT to % yourself',
            current_database(), v_kiosk;
    END;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', v_kiosk);
    EXECUTE format('GRANT SELECT ON alembic_version TO %I', v_kiosk);
END;
$$
"""

KIOSK_DOWN = r"""
DO $$
DECLARE
    v_kiosk text := nh_ns() || '_kiosk';
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_kiosk) THEN
        EXECUTE format('DROP OWNED BY %I', v_kiosk);
        EXECUTE format('DROP ROLE %I', v_kiosk);
    END IF;
END;
$$
"""

#: this session is the schema owner's (or a superuser's): migrations, a DBA, data loads —
#: the one non-person allowed to decide what a manager decides
NH_IS_OWNER = r"""
CREATE FUNCTION nh_is_owner() RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
SELECT pg_catalog.pg_has_role(session_user, c.relowner, 'MEMBER') FROM pg_catalog.pg_class c
 WHERE c.oid = CAST('public.users' AS pg_catalog.regclass)
$$
"""

#: a MANAGER's or ADMIN's decision (reopen, scrap): such a person, or the schema owner
NH_MAY_DECIDE = r"""
CREATE FUNCTION nh_may_decide() RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
SELECT public.nh_is_owner() OR COALESCE(public.nh_actor_role() IN ('MANAGER', 'ADMIN'), false)
$$
"""

IDENTITY_FUNCTIONS = {
    "nh_ns": NH_NS,
    "nh_actor": NH_ACTOR,
    "nh_actor_role": NH_ACTOR_ROLE,
    "nh_is_owner": NH_IS_OWNER,
    "nh_may_decide": NH_MAY_DECIDE,
}
IDENTITY_COMMENTS = {
    "nh_ns": "role namespace of this database: <ns>_login, <ns>_worker, <ns>_u_<user_id> …",
    "nh_actor": "users.id of the authenticated session_user (NULL: not a person)",
    "nh_actor_role": "users.role of the authenticated session_user",
    "nh_is_owner": "the session is the schema owner's (or a superuser's)",
    "nh_may_decide": "a MANAGER or ADMIN, or the schema owner, may reopen or scrap",
}


def _timestamps() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("created_at", TSTZ, server_default=NOW, nullable=False),
        sa.Column("updated_at", TSTZ, server_default=NOW, nullable=False),
    ]


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def upgrade() -> None:
    op.create_table(
        "product_models",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("model_code", sa.String(50), nullable=False),
        sa.Column("model_name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("model_code"),
    )
    op.create_table(
        "lots",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("lot_number", sa.String(50), nullable=False),
        sa.Column("product_model_id", sa.BigInteger(), nullable=False),
        sa.Column("target_quantity", sa.Integer(), server_default="100", nullable=False),
        sa.Column("shift", sa.CHAR(1), nullable=False),
        sa.Column("status", sa.String(20), server_default="CREATED", nullable=False),
        sa.Column("created_at", TSTZ, server_default=NOW, nullable=False),
        sa.Column("updated_at", TSTZ, server_default=NOW, nullable=False),
        sa.Column("completed_at", TSTZ, nullable=True),
        sa.Column("closed_at", TSTZ, nullable=True),
        sa.Column("created_by", sa.String(50), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.ForeignKeyConstraint(["product_model_id"], ["product_models.id"], ondelete="RESTRICT"),
        sa.UniqueConstraint("lot_number"),
        sa.CheckConstraint("shift IN ('D', 'N')", name="chk_lot_shift"),
        sa.CheckConstraint(
            "status IN ('CREATED', 'IN_PROGRESS', 'COMPLETED', 'CLOSED')", name="chk_lot_status"
        ),
    )
    op.create_table(
        "processes",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("process_id", sa.String(20), nullable=False),
        sa.Column("process_name", sa.String(100), nullable=False),
        sa.Column("process_name_en", sa.String(100), nullable=True),
        sa.Column("sequence_order", sa.Integer(), nullable=False),
        sa.Column("estimated_duration_seconds", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "quality_criteria", postgresql.JSONB(), server_default=EMPTY_OBJECT, nullable=False
        ),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("process_id"),
        sa.UniqueConstraint("sequence_order"),
        sa.CheckConstraint("sequence_order > 0", name="chk_process_sequence_positive"),
        sa.CheckConstraint("estimated_duration_seconds > 0", name="chk_process_duration_positive"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.String(50), nullable=False),
        sa.Column("username", sa.String(100), nullable=False),
        sa.Column("email", sa.String(255), nullable=True),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("role", sa.String(20), server_default="WORKER", nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column(
            "must_change_password", sa.Boolean(), server_default=sa.text("false"), nullable=False
        ),
        sa.Column("failed_login_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", TSTZ, nullable=True),
        sa.Column("last_login_at", TSTZ, nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id"),
        sa.UniqueConstraint("email"),
        sa.CheckConstraint(
            "role IN ('ADMIN', 'MANAGER', 'WORKER', 'VIEWER')", name="chk_user_role"
        ),
        sa.CheckConstraint("failed_login_count >= 0", name="chk_user_failed_login_count"),
    )
    op.create_table(
        "serials",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("serial_number", sa.String(50), nullable=False),
        sa.Column("lot_id", sa.BigInteger(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), server_default="CREATED", nullable=False),
        sa.Column("rework_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("failure_reason", sa.Text(), nullable=True),
        sa.Column("completed_at", TSTZ, nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id"),
        sa.ForeignKeyConstraint(["lot_id"], ["lots.id"], ondelete="RESTRICT"),
        sa.UniqueConstraint("serial_number"),
        sa.UniqueConstraint("lot_id", "sequence"),
        sa.CheckConstraint("sequence >= 1", name="chk_serial_sequence_positive"),
        sa.CheckConstraint(
            "status IN ('CREATED', 'IN_PROGRESS', 'PASSED', 'FAILED', 'SCRAPPED')",
            name="chk_serial_status",
        ),
        sa.CheckConstraint("rework_count BETWEEN 0 AND 3", name="chk_serial_rework_count"),
    )
    op.create_table(
        "process_data",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("lot_id", sa.BigInteger(), nullable=False),
        sa.Column("serial_id", sa.BigInteger(), nullable=True),
        sa.Column("process_id", sa.BigInteger(), nullable=False),
        sa.Column("operator_id", sa.BigInteger(), nullable=False),
        sa.Column("result", sa.String(20), nullable=True),
        sa.Column(
            "process_specific_data", postgresql.JSONB(), server_default=EMPTY_OBJECT, nullable=False
        ),
        sa.Column("is_rework", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("start_time", TSTZ, server_default=NOW, nullable=False),
        sa.Column("complete_time", TSTZ, nullable=True),
        sa.Column("duration_seconds", sa.Integer(), nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id"),
        sa.ForeignKeyConstraint(["lot_id"], ["lots.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["serial_id"], ["serials.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["process_id"], ["processes.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["operator_id"], ["users.id"], ondelete="RESTRICT"),
        sa.CheckConstraint(
            "result IS NULL OR result IN ('PASS', 'FAIL', 'REWORK')", name="chk_process_data_result"
        ),
        sa.CheckConstraint(
            "complete_time IS NULL OR complete_time >= start_time",
            name="chk_process_data_complete_after_start",
        ),
        sa.CheckConstraint(
            "(result IS NULL) = (complete_time IS NULL)",
            name="chk_process_data_result_iff_complete",
        ),
    )

    # Seed data
    op.execute(
        "INSERT INTO product_models (model_code, model_name, description) VALUES "
        "('WF', 'Withforce Wearable Robot', '산업용/농업용 허리 보조 로봇')"
    )
    rows = ",\n".join(
        f"({_literal(pid)}, {_literal(ko)}, {_literal(en)}, {seq}, {secs}, "
        f"{_literal(json.dumps(criteria, ensure_ascii=False))}::jsonb)"
        for pid, ko, en, seq, secs, criteria in PROCESSES
    )
    op.execute(
        "INSERT INTO processes (process_id, process_name, process_name_en, sequence_order,"
        f" estimated_duration_seconds, quality_criteria) VALUES\n{rows}"
    )
    op.execute(
        "INSERT INTO users (user_id, username, email, password_hash, role, must_change_password)"
        " VALUES ('admin', '시스템 관리자', 'admin@withforce.com',"
        f" {_literal(ADMIN_PASSWORD_HASH)}, 'ADMIN', true)"
    )
    for name, sql in IDENTITY_FUNCTIONS.items():
        op.execute(sql)
        op.execute(f"COMMENT ON FUNCTION {name}() IS {_literal(IDENTITY_COMMENTS[name])}")
    op.execute(KIOSK_UP)


def downgrade() -> None:
    op.execute(KIOSK_DOWN)
    for name in reversed(IDENTITY_FUNCTIONS):
        op.execute(f"DROP FUNCTION {name}()")
    op.drop_table("process_data")
    op.drop_table("serials")
    op.drop_table("processes")
    op.drop_table("lots")
    op.drop_table("product_models")
    op.drop_table("users")
