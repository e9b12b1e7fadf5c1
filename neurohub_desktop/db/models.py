"""ORM models (SQLAlchemy 2.0 Mapped[] style) mirroring the schema at the head revision.

The migrations are the source of truth; ``tests/db/test_drift.py`` runs ``alembic check``
so these classes and the revisions cannot drift apart.  Indexes that revision 004/006
create live in the migrations and are declared here too so the comparison is complete.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    CHAR,
    TIMESTAMP,
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Set before revision 001 so every constraint has a predictable name.  Check constraints
# must be named explicitly (the plan's own names, chk_…, are kept verbatim).
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING_CONVENTION)

TSTZ = TIMESTAMP(timezone=True)
NOW = text("now()")


class Base(DeclarativeBase):
    metadata = metadata


def _created() -> Mapped[datetime]:
    return mapped_column(TSTZ, server_default=NOW, nullable=False)


class ProductModel(Base):
    __tablename__ = "product_models"
    __table_args__ = (UniqueConstraint("model_code"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    model_code: Mapped[str] = mapped_column(String(50), nullable=False)
    model_name: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"), nullable=False)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()


class Lot(Base):
    __tablename__ = "lots"
    __table_args__ = (
        # 004 moved the constraint onto the plan's unique index idx_lot_number.
        UniqueConstraint("lot_number", name="idx_lot_number"),
        CheckConstraint("shift IN ('D', 'N')", name="chk_lot_shift"),
        CheckConstraint(
            "status IN ('CREATED', 'IN_PROGRESS', 'COMPLETED', 'CLOSED')", name="chk_lot_status"
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    lot_number: Mapped[str] = mapped_column(String(50), nullable=False)
    product_model_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("product_models.id", ondelete="RESTRICT"), nullable=False
    )
    target_quantity: Mapped[int] = mapped_column(Integer, server_default="100", nullable=False)
    shift: Mapped[str] = mapped_column(CHAR(1), nullable=False)
    status: Mapped[str] = mapped_column(String(20), server_default="CREATED", nullable=False)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()
    completed_at: Mapped[datetime | None] = mapped_column(TSTZ)
    closed_at: Mapped[datetime | None] = mapped_column(TSTZ)
    created_by: Mapped[str | None] = mapped_column(String(50))


class Process(Base):
    __tablename__ = "processes"
    __table_args__ = (
        UniqueConstraint("process_id"),
        UniqueConstraint("sequence_order"),
        CheckConstraint("sequence_order > 0", name="chk_process_sequence_positive"),
        CheckConstraint("estimated_duration_seconds > 0", name="chk_process_duration_positive"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    process_id: Mapped[str] = mapped_column(String(20), nullable=False)
    process_name: Mapped[str] = mapped_column(String(100), nullable=False)
    process_name_en: Mapped[str | None] = mapped_column(String(100))
    sequence_order: Mapped[int] = mapped_column(Integer, nullable=False)
    estimated_duration_seconds: Mapped[int] = mapped_column(Integer, nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    quality_criteria: Mapped[dict[str, Any]] = mapped_column(
        JSONB, server_default=text("'{}'::jsonb"), nullable=False
    )
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"), nullable=False)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        UniqueConstraint("user_id"),
        UniqueConstraint("email"),
        CheckConstraint("role IN ('ADMIN', 'MANAGER', 'WORKER', 'VIEWER')", name="chk_user_role"),
        CheckConstraint("failed_login_count >= 0", name="chk_user_failed_login_count"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(String(50), nullable=False)
    username: Mapped[str] = mapped_column(String(100), nullable=False)
    email: Mapped[str | None] = mapped_column(String(255))
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    role: Mapped[str] = mapped_column(String(20), server_default="WORKER", nullable=False)
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"), nullable=False)
    must_change_password: Mapped[bool] = mapped_column(
        Boolean, server_default=text("false"), nullable=False
    )
    failed_login_count: Mapped[int] = mapped_column(Integer, server_default="0", nullable=False)
    locked_until: Mapped[datetime | None] = mapped_column(TSTZ)
    last_login_at: Mapped[datetime | None] = mapped_column(TSTZ)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()


class Serial(Base):
    __tablename__ = "serials"
    __table_args__ = (
        # 004 moved the constraint onto the plan's unique index idx_serial_number.
        UniqueConstraint("serial_number", name="idx_serial_number"),
        UniqueConstraint("lot_id", "sequence"),
        CheckConstraint("sequence >= 1", name="chk_serial_sequence_positive"),
        CheckConstraint(
            "status IN ('CREATED', 'IN_PROGRESS', 'PASSED', 'FAILED', 'SCRAPPED')",
            name="chk_serial_status",
        ),
        CheckConstraint("rework_count BETWEEN 0 AND 3", name="chk_serial_rework_count"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    serial_number: Mapped[str] = mapped_column(String(50), nullable=False)
    lot_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("lots.id", ondelete="RESTRICT"), nullable=False
    )
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(20), server_default="CREATED", nullable=False)
    rework_count: Mapped[int] = mapped_column(Integer, server_default="0", nullable=False)
    failure_reason: Mapped[str | None] = mapped_column(Text)
    completed_at: Mapped[datetime | None] = mapped_column(TSTZ)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()


class ProcessData(Base):
    __tablename__ = "process_data"
    __table_args__ = (
        CheckConstraint(
            "result IS NULL OR result IN ('PASS', 'FAIL', 'REWORK')",
            name="chk_process_data_result",
        ),
        CheckConstraint(
            "complete_time IS NULL OR complete_time >= start_time",
            name="chk_process_data_complete_after_start",
        ),
        CheckConstraint(
            "(result IS NULL) = (complete_time IS NULL)",
            name="chk_process_data_result_iff_complete",
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    lot_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("lots.id", ondelete="RESTRICT"), nullable=False
    )
    serial_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("serials.id", ondelete="RESTRICT")
    )
    process_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("processes.id", ondelete="RESTRICT"), nullable=False
    )
    operator_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False
    )
    result: Mapped[str | None] = mapped_column(String(20))
    process_specific_data: Mapped[dict[str, Any]] = mapped_column(
        JSONB, server_default=text("'{}'::jsonb"), nullable=False
    )
    is_rework: Mapped[bool] = mapped_column(Boolean, server_default=text("false"), nullable=False)
    notes: Mapped[str | None] = mapped_column(Text)
    start_time: Mapped[datetime] = mapped_column(TSTZ, server_default=NOW, nullable=False)
    complete_time: Mapped[datetime | None] = mapped_column(TSTZ)
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()


class AuditLog(Base):
    __tablename__ = "audit_logs"
    __table_args__ = (
        CheckConstraint("action IN ('INSERT', 'UPDATE', 'DELETE')", name="chk_audit_action"),
        # 003: the audit-log viewer's "history of this row, newest first".
        Index(
            "ix_audit_logs_table_name_record_id_created_at", "table_name", "record_id", "created_at"
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(100), nullable=False)
    record_id: Mapped[int | None] = mapped_column(BigInteger)
    action: Mapped[str] = mapped_column(String(10), nullable=False)
    user_id: Mapped[int | None] = mapped_column(BigInteger)
    db_user: Mapped[str] = mapped_column(String(100), nullable=False)
    station: Mapped[str | None] = mapped_column(String(100))
    old_data: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    new_data: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    changed_fields: Mapped[list[str] | None] = mapped_column(ARRAY(Text))
    #: why (``neurohub.reason``, issue 14): every admin change has one
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _created()


class FirmwareVersion(Base):
    __tablename__ = "firmware_versions"
    __table_args__ = (
        UniqueConstraint("version"),
        CheckConstraint("file_size > 0", name="chk_firmware_file_size"),
        CheckConstraint("md5_hash ~ '^[0-9a-f]{32}$'", name="chk_firmware_md5"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    version: Mapped[str] = mapped_column(String(50), nullable=False)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    file_path: Mapped[str] = mapped_column(String(500), nullable=False)
    file_size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    md5_hash: Mapped[str] = mapped_column(CHAR(32), nullable=False)
    target_mcu: Mapped[str] = mapped_column(String(100), nullable=False)
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("false"), nullable=False)
    released_at: Mapped[datetime] = mapped_column(TSTZ, server_default=NOW, nullable=False)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()


class Equipment(Base):
    __tablename__ = "equipment"
    __table_args__ = (
        UniqueConstraint("equipment_code"),
        CheckConstraint(
            "status IN ('AVAILABLE', 'IN_USE', 'MAINTENANCE', 'OUT_OF_SERVICE', 'RETIRED')",
            name="chk_equipment_status",
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    equipment_code: Mapped[str] = mapped_column(String(50), nullable=False)
    equipment_name: Mapped[str] = mapped_column(String(255), nullable=False)
    equipment_type: Mapped[str] = mapped_column(String(50), nullable=False)
    process_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("processes.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(20), server_default="AVAILABLE", nullable=False)
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"), nullable=False)
    specifications: Mapped[dict[str, Any]] = mapped_column(
        JSONB, server_default=text("'{}'::jsonb"), nullable=False
    )
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()


# Indexes of revisions 004 (migrations/versions/004_add_indexes.py says which query needs
# each) and 005, declared here so `alembic check` compares them too.
_PD = ProcessData
#: Each Index(…, Column) attaches itself to its table; the tuple only keeps them together.
INDEXES_004_005 = (
    Index("idx_serial_lot", Serial.lot_id),
    Index("idx_process_data_lot", _PD.lot_id),
    Index("idx_process_data_serial", _PD.serial_id),
    Index("idx_lot_product_model", Lot.product_model_id),
    Index("idx_lot_status_created", Lot.status, Lot.created_at.desc()),
    Index("idx_process_data_serial_process", _PD.serial_id, _PD.process_id),
    Index("idx_process_data_process_time", _PD.process_id, _PD.start_time.desc()),
    Index("idx_process_data_operator_time", _PD.operator_id, _PD.start_time.desc()),
    Index(
        "idx_process_data_yield",
        _PD.process_id,
        _PD.complete_time,
        postgresql_include=["result"],
        postgresql_where=_PD.complete_time.isnot(None),
    ),
    Index("idx_audit_logs_table_created", AuditLog.table_name, AuditLog.created_at.desc()),
    Index("idx_audit_logs_user", AuditLog.user_id, AuditLog.created_at.desc()),
    Index("idx_audit_logs_station", AuditLog.station, AuditLog.created_at.desc()),
    Index(
        "idx_serial_failed",
        Serial.lot_id,
        Serial.status,
        postgresql_where=text("status = 'FAILED'"),
    ),
    Index(
        "idx_process_data_incomplete",
        _PD.serial_id,
        _PD.process_id,
        postgresql_where=_PD.complete_time.is_(None),
    ),
    Index(
        "idx_process_data_failures",
        _PD.process_id,
        _PD.complete_time.desc(),
        postgresql_where=text("result IN ('FAIL', 'REWORK')"),
    ),
    Index(
        "idx_process_data_complete_time",
        _PD.complete_time.desc(),
        postgresql_where=_PD.complete_time.isnot(None),
    ),
    Index("idx_process_data_rework", _PD.start_time.desc(), postgresql_where=_PD.is_rework),
    Index(
        "idx_lot_completed_at",
        Lot.completed_at.desc(),
        postgresql_where=Lot.completed_at.isnot(None),
    ),
    Index(
        "idx_serial_completed_at",
        Serial.completed_at.desc(),
        postgresql_where=Serial.completed_at.isnot(None),
    ),
    Index("idx_lot_created_at", Lot.created_at.desc()),
    Index("idx_serial_created_at", Serial.created_at.desc()),
    Index("idx_process_data_start_brin", _PD.start_time, postgresql_using="brin"),
    Index("idx_audit_logs_created_brin", AuditLog.created_at, postgresql_using="brin"),
    Index("idx_process_data_jsonb", _PD.process_specific_data, postgresql_using="gin"),
    # 005
    Index(
        "idx_firmware_versions_active_mcu",
        FirmwareVersion.target_mcu,
        unique=True,
        postgresql_where=FirmwareVersion.is_active,
    ),
    Index("idx_firmware_versions_released_at", FirmwareVersion.released_at.desc()),
    Index("idx_equipment_process", Equipment.process_id),
)


class WipItem(Base):
    __tablename__ = "wip_items"
    __table_args__ = (
        UniqueConstraint("wip_id"),
        UniqueConstraint("lot_id", "sequence_in_lot"),
        CheckConstraint(
            "status IN ('CREATED', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CONVERTED', 'SCRAPPED')",
            name="chk_wip_status",
        ),
        CheckConstraint(
            "status <> 'CONVERTED' OR (serial_id IS NOT NULL AND converted_at IS NOT NULL)",
            name="chk_wip_converted_has_serial",
        ),
        CheckConstraint(
            "status NOT IN ('COMPLETED', 'CONVERTED') OR completed_at IS NOT NULL",
            name="chk_wip_completed_at",
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    wip_id: Mapped[str] = mapped_column(String(19), nullable=False)
    lot_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("lots.id", ondelete="CASCADE"), nullable=False
    )
    serial_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("serials.id", ondelete="SET NULL")
    )
    sequence_in_lot: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(20), server_default="CREATED", nullable=False)
    current_process_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("processes.id", ondelete="SET NULL")
    )
    completed_at: Mapped[datetime | None] = mapped_column(TSTZ)
    converted_at: Mapped[datetime | None] = mapped_column(TSTZ)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _created()


class WipProcessHistory(Base):
    __tablename__ = "wip_process_history"
    __table_args__ = (
        CheckConstraint("result IN ('PASS', 'FAIL', 'REWORK')", name="chk_process_result"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    wip_item_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("wip_items.id", ondelete="CASCADE"), nullable=False
    )
    process_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("processes.id", ondelete="RESTRICT"), nullable=False
    )
    operator_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False
    )
    equipment_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("equipment.id", ondelete="SET NULL", name="fk_equipment")
    )
    result: Mapped[str] = mapped_column(String(20), nullable=False)
    measurements: Mapped[dict[str, Any]] = mapped_column(
        JSONB, server_default=text("'{}'::jsonb"), nullable=False
    )
    defects: Mapped[list[Any]] = mapped_column(
        JSONB, server_default=text("'[]'::jsonb"), nullable=False
    )
    notes: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime] = mapped_column(TSTZ, nullable=False)
    completed_at: Mapped[datetime] = mapped_column(TSTZ, nullable=False)
    duration_seconds: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = _created()


# The plan's 10 WIP indexes (revision 006), declared here so `alembic check` compares them.
_W, _H = WipItem, WipProcessHistory
INDEXES_006 = (
    Index("idx_wip_items_lot", _W.lot_id),
    Index("idx_wip_items_serial", _W.serial_id),
    Index("idx_wip_items_status", _W.status),
    Index("idx_wip_items_current_process", _W.current_process_id),
    Index("idx_wip_items_active", _W.lot_id, _W.status),
    Index(
        "idx_wip_items_completed_at", _W.completed_at, postgresql_where=_W.completed_at.isnot(None)
    ),
    Index("idx_wip_process_history_wip_item", _H.wip_item_id),
    Index("idx_wip_process_history_process", _H.process_id),
    Index("idx_wip_process_history_operator", _H.operator_id),
    Index("idx_wip_process_history_composite", _H.wip_item_id, _H.process_id, _H.created_at.desc()),
)


class Signature(Base):
    """A signed decision (revision 006): written only by the signing functions."""

    __tablename__ = "signatures"
    __table_args__ = (
        CheckConstraint(
            "meaning IN ('EQUIPMENT_OVERRIDE', 'REWORK_APPROVED', 'SCRAPPED', 'RELEASED', "
            "'CLOSED')",
            name="chk_signature_meaning",
        ),
        CheckConstraint("length(btrim(reason)) BETWEEN 1 AND 500", name="chk_signature_reason"),
        Index("idx_signatures_subject", "meaning", "subject", "station", "valid_until"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    signer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False
    )
    meaning: Mapped[str] = mapped_column(String(30), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    subject: Mapped[str] = mapped_column(String(100), nullable=False)
    station: Mapped[str | None] = mapped_column(String(100))
    details: Mapped[dict[str, Any]] = mapped_column(
        JSONB, server_default=text("'{}'::jsonb"), nullable=False
    )
    signed_at: Mapped[datetime] = _created()
    valid_until: Mapped[datetime | None] = mapped_column(TSTZ)
