"""Business-rule triggers BR-001..BR-005, BR-007 and BR-008

Revision ID: 002_add_triggers
Revises: 001_initial_schema
Create Date: 2025-01-17

The plan's eight functions (spec/domain.md §4 settles their semantics):

* ``br001_lot_status``      lots BEFORE UPDATE: CREATED→IN_PROGRESS→COMPLETED→CLOSED only;
  COMPLETED stamps ``completed_at``, CLOSED stamps ``closed_at``.
* ``br002_process_order``   process_data BEFORE INSERT/UPDATE: step k of a serial needs a PASS
  at the previous active step; no second PASS, no second open record of a step; no record on a
  PASSED/FAILED/SCRAPPED serial (a manager reopens a FAILED one, BR-005); a record never moves
  to another unit or step and a finished result is final.
* ``br003_check_result``    process_data BEFORE INSERT/UPDATE: fills ``duration_seconds``;
  PASS ⇒ no defects and no measurement item with result FAIL; FAIL/REWORK ⇒ ≥ 1 defect.
* ``br003_serial_status``   process_data AFTER INSERT/UPDATE: the serial follows its records.
* ``br004_serial_limit``    serials BEFORE INSERT (or lot change): LOT CREATED/IN_PROGRESS and
  at most ``target_quantity`` serials.  The LOT row is locked first (FOR NO KEY UPDATE: it
  serialises concurrent serial inserts of one LOT without blocking FK checks of other writers).
* ``br002_record_guard``    process_data BEFORE INSERT/UPDATE: a person's record (``nh_actor()``,
  revision 001) carries their id and the server's clock whatever the client sent; a finished
  record is final except for prints appended to ``process_specific_data.prints``; no record
  starts or finishes in the future.
* ``br005_rework_limit``    serials BEFORE UPDATE: the status follows the records (CREATED →
  IN_PROGRESS with a record, FAILED after a FAIL, PASSED after the PASS of the last active
  step); FAILED→IN_PROGRESS is a rework (``rework_count`` + 1, the 4th is refused) and →
  SCRAPPED a scrap, both only by a MANAGER / ADMIN (or the schema owner); SCRAPPED is final.
* ``br007_lot_in_progress`` serials AFTER INSERT: a CREATED LOT becomes IN_PROGRESS.
* ``br008_set_updated_at``  BEFORE UPDATE on every table with ``updated_at``: ``now()`` when
  something else in the row changed (a no-op UPDATE keeps the old value).

Every refusal raises SQLSTATE ``NH00N`` with a message starting ``BR-00N: `` (and a DETAIL
with the ids involved); ``neurohub_desktop.db.errors`` maps them to Korean/English sentences.
Trigger names sort ``trg_<table>_brNNN_…`` before ``trg_<table>_updated_at``, so within one
event the rule checks run before the timestamp is set.

The SQL lives in the module constants below: revision 006 replaces some of these functions
and restores exactly these texts on downgrade (it loads this module).  Bodies avoid ``:name``
(SQLAlchemy bind syntax) and ``::`` casts so online and ``--sql`` output are the same.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "002_add_triggers"
down_revision: str | Sequence[str] | None = "001_initial_schema"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UPDATED_AT_TABLES = ("product_models", "lots", "processes", "users", "serials", "process_data")

BR001_LOT_STATUS = r"""
CREATE OR REPLACE FUNCTION br001_lot_status() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF NEW.status IS NOT DISTINCT FROM OLD.status THEN
        RETURN NEW;
    END IF;
    IF NOT ((OLD.status = 'CREATED' AND NEW.status = 'IN_PROGRESS')
            OR (OLD.status = 'IN_PROGRESS' AND NEW.status = 'COMPLETED')
            OR (OLD.status = 'COMPLETED' AND NEW.status = 'CLOSED')) THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH001',
            MESSAGE = format('BR-001: LOT %s cannot move from %s to %s',
                             OLD.lot_number, OLD.status, NEW.status),
            DETAIL = format('lot_id=%s', OLD.id),
            HINT = 'A LOT moves only CREATED -> IN_PROGRESS -> COMPLETED -> CLOSED.';
    END IF;
    IF NEW.status = 'COMPLETED' THEN
        NEW.completed_at := now();
    ELSIF NEW.status = 'CLOSED' THEN
        NEW.closed_at := now();
    END IF;
    RETURN NEW;
END;
$$
"""

BR002_PROCESS_ORDER = r"""
CREATE OR REPLACE FUNCTION br002_process_order() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_serial serials%ROWTYPE;
    v_step processes%ROWTYPE;
    v_prev processes%ROWTYPE;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.serial_id IS DISTINCT FROM OLD.serial_id OR NEW.process_id <> OLD.process_id
                OR NEW.lot_id <> OLD.lot_id THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH002',
                MESSAGE = 'BR-002: a process record cannot be moved to another unit, LOT or step',
                DETAIL = format('process_data_id=%s', OLD.id);
        END IF;
        IF OLD.result IS NOT NULL AND NEW.result IS DISTINCT FROM OLD.result THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH002',
                MESSAGE = format('BR-002: the record is finished with %s; its result is final',
                                 OLD.result),
                DETAIL = format('process_data_id=%s', OLD.id);
        END IF;
        RETURN NEW;
    END IF;

    IF NEW.serial_id IS NULL THEN
        RETURN NEW;  -- a LOT-level record: no order to keep
    END IF;
    -- One writer per serial at a time: the checks below cannot race.
    SELECT * INTO v_serial FROM serials WHERE id = NEW.serial_id FOR NO KEY UPDATE;
    SELECT * INTO v_step FROM processes WHERE id = NEW.process_id;
    IF v_serial.id IS NULL OR v_step.id IS NULL THEN
        RETURN NEW;  -- the foreign keys report it
    END IF;
    IF v_serial.lot_id <> NEW.lot_id THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH002',
            MESSAGE = format('BR-002: serial %s belongs to another LOT', v_serial.serial_number),
            DETAIL = format('serial_id=%s serial lot_id=%s record lot_id=%s',
                            v_serial.id, v_serial.lot_id, NEW.lot_id);
    END IF;
    IF v_serial.status IN ('PASSED', 'FAILED', 'SCRAPPED') THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH002',
            MESSAGE = format('BR-002: serial %s is %s; no step can be recorded on it',
                             v_serial.serial_number, v_serial.status),
            DETAIL = format('serial_id=%s process=%s', v_serial.id, v_step.process_id),
            HINT = 'A FAILED unit must first be reopened by a manager (rework).';
    END IF;
    IF EXISTS (SELECT 1 FROM process_data
               WHERE serial_id = NEW.serial_id AND process_id = NEW.process_id
                 AND result = 'PASS') THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH002',
            MESSAGE = format('BR-002: serial %s already passed %s',
                             v_serial.serial_number, v_step.process_id),
            DETAIL = format('serial_id=%s process=%s', v_serial.id, v_step.process_id);
    END IF;
    IF EXISTS (SELECT 1 FROM process_data
               WHERE serial_id = NEW.serial_id AND process_id = NEW.process_id
                 AND result IS NULL) THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH002',
            MESSAGE = format('BR-002: serial %s already has an open %s record',
                             v_serial.serial_number, v_step.process_id),
            DETAIL = format('serial_id=%s process=%s', v_serial.id, v_step.process_id);
    END IF;
    SELECT * INTO v_prev FROM processes
     WHERE is_active AND sequence_order < v_step.sequence_order
     ORDER BY sequence_order DESC LIMIT 1;
    IF v_prev.id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM process_data
             WHERE serial_id = NEW.serial_id AND process_id = v_prev.id AND result = 'PASS') THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH002',
            MESSAGE = format('BR-002: serial %s cannot start %s before a PASS at %s',
                             v_serial.serial_number, v_step.process_id, v_prev.process_id),
            DETAIL = format('serial_id=%s process=%s required=%s',
                            v_serial.id, v_step.process_id, v_prev.process_id);
    END IF;
    RETURN NEW;
END;
$$
"""

BR003_CHECK_RESULT = r"""
CREATE OR REPLACE FUNCTION br003_check_result() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_defects jsonb := NEW.process_specific_data -> 'defects';
    v_items jsonb := NEW.process_specific_data -> 'measurements' -> 'items';
    v_defect_count integer := 0;
    v_failed_items integer := 0;
BEGIN
    IF NEW.complete_time IS NULL THEN
        NEW.duration_seconds := NULL;
    ELSE
        NEW.duration_seconds := CAST(round(EXTRACT(EPOCH FROM NEW.complete_time - NEW.start_time))
                                     AS integer);
    END IF;
    IF NEW.result IS NULL THEN
        RETURN NEW;
    END IF;
    IF v_defects IS NOT NULL AND jsonb_typeof(v_defects) <> 'array' THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH003',
            MESSAGE = 'BR-003: defects must be a JSON array',
            DETAIL = format('process_data_id=%s', NEW.id);
    END IF;
    IF v_defects IS NOT NULL THEN
        v_defect_count := jsonb_array_length(v_defects);
    END IF;
    IF jsonb_typeof(v_items) = 'array' THEN
        SELECT count(*) INTO v_failed_items
          FROM jsonb_array_elements(v_items) AS item
         WHERE item ->> 'result' = 'FAIL';
    END IF;
    IF NEW.result = 'PASS' AND (v_defect_count > 0 OR v_failed_items > 0) THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH003',
            MESSAGE = format('BR-003: a PASS cannot carry defects (%s) or failed measurements (%s)',
                             v_defect_count, v_failed_items),
            DETAIL = format('process_data_id=%s serial_id=%s', NEW.id, NEW.serial_id);
    END IF;
    IF NEW.result IN ('FAIL', 'REWORK') AND v_defect_count = 0 THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH003',
            MESSAGE = format('BR-003: a %s needs at least one defect code', NEW.result),
            DETAIL = format('process_data_id=%s serial_id=%s', NEW.id, NEW.serial_id);
    END IF;
    RETURN NEW;
END;
$$
"""

BR003_SERIAL_STATUS = r"""
CREATE OR REPLACE FUNCTION br003_serial_status() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_step processes%ROWTYPE;
    v_codes text;
BEGIN
    IF NEW.serial_id IS NULL THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.result IS NOT DISTINCT FROM OLD.result THEN
        RETURN NULL;
    END IF;
    SELECT * INTO v_step FROM processes WHERE id = NEW.process_id;
    IF NEW.result = 'FAIL' THEN
        SELECT string_agg(COALESCE(d ->> 'code', d #>> '{}'), ', ') INTO v_codes
          FROM jsonb_array_elements(NEW.process_specific_data -> 'defects') AS d;
        UPDATE serials
           SET status = 'FAILED',
               failure_reason = format('%s FAIL: %s', v_step.process_id, v_codes)
                                || COALESCE(' - ' || NEW.notes, '')
         WHERE id = NEW.serial_id;
    ELSIF NEW.result = 'PASS' AND NOT EXISTS (
            SELECT 1 FROM processes
             WHERE is_active AND sequence_order > v_step.sequence_order) THEN
        UPDATE serials SET status = 'PASSED', completed_at = now() WHERE id = NEW.serial_id;
    ELSE
        -- a start, a REWORK or an intermediate PASS: the unit is in progress
        UPDATE serials SET status = 'IN_PROGRESS'
         WHERE id = NEW.serial_id AND status = 'CREATED';
    END IF;
    RETURN NULL;
END;
$$
"""

BR004_SERIAL_LIMIT = r"""
CREATE OR REPLACE FUNCTION br004_serial_limit() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_lot lots%ROWTYPE;
    v_count bigint;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.lot_id = OLD.lot_id THEN
        RETURN NEW;
    END IF;
    -- Lock the LOT row first: concurrent inserts for one LOT queue here, and each then
    -- counts (fresh snapshot per statement) the serials committed before it.
    SELECT * INTO v_lot FROM lots WHERE id = NEW.lot_id FOR NO KEY UPDATE;
    IF v_lot.id IS NULL THEN
        RETURN NEW;  -- the foreign key reports it
    END IF;
    IF v_lot.status NOT IN ('CREATED', 'IN_PROGRESS') THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH004',
            MESSAGE = format('BR-004: LOT %s is %s; no serial can be added',
                             v_lot.lot_number, v_lot.status),
            DETAIL = format('lot_id=%s', v_lot.id);
    END IF;
    IF NEW.sequence > v_lot.target_quantity THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH004',
            MESSAGE = format('BR-004: sequence %s exceeds the target quantity %s of LOT %s',
                             NEW.sequence, v_lot.target_quantity, v_lot.lot_number),
            DETAIL = format('lot_id=%s', v_lot.id);
    END IF;
    SELECT count(*) INTO v_count FROM serials WHERE lot_id = NEW.lot_id;
    IF v_count >= v_lot.target_quantity THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH004',
            MESSAGE = format('BR-004: LOT %s already has %s of %s serials',
                             v_lot.lot_number, v_count, v_lot.target_quantity),
            DETAIL = format('lot_id=%s', v_lot.id);
    END IF;
    RETURN NEW;
END;
$$
"""

BR005_REWORK_LIMIT = r"""
CREATE OR REPLACE FUNCTION br005_rework_limit() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_role text := nh_actor_role();
    v_decider boolean := nh_may_decide();
    v_last text;
    v_derived boolean := false;
BEGIN
    IF NEW.serial_number <> OLD.serial_number OR NEW.sequence <> OLD.sequence THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH005',
            MESSAGE = format('BR-005: serial %s keeps its number and sequence', OLD.serial_number),
            DETAIL = format('serial_id=%s', OLD.id);
    END IF;
    IF NEW.status IS NOT DISTINCT FROM OLD.status THEN
        IF NEW.rework_count <> OLD.rework_count
                OR (NEW.failure_reason IS DISTINCT FROM OLD.failure_reason
                    AND NOT nh_is_owner())  -- the owner may correct the text
                OR NEW.completed_at IS DISTINCT FROM OLD.completed_at THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH005',
                MESSAGE = format('BR-005: the rework count, failure reason and completion of '
                                 'serial %s follow its records', OLD.serial_number),
                DETAIL = format('serial_id=%s', OLD.id);
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status = 'SCRAPPED' THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH005',
            MESSAGE = format('BR-005: serial %s is SCRAPPED; that is final', OLD.serial_number),
            DETAIL = format('serial_id=%s', OLD.id);
    END IF;
    IF OLD.status = 'FAILED' AND NEW.status = 'IN_PROGRESS' THEN  -- reopen (rework)
        IF NOT v_decider THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH005',
                MESSAGE = format('BR-005: only a MANAGER or ADMIN may reopen serial %s',
                                 OLD.serial_number),
                DETAIL = format('serial_id=%s actor role=%s', OLD.id, COALESCE(v_role, 'none'));
        END IF;
        IF OLD.rework_count >= 3 THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH005',
                MESSAGE = format('BR-005: serial %s has been reworked %s times; the limit is 3',
                                 OLD.serial_number, OLD.rework_count),
                DETAIL = format('serial_id=%s', OLD.id),
                HINT = 'The unit can only be scrapped now.';
        END IF;
        NEW.rework_count := OLD.rework_count + 1;
        NEW.completed_at := OLD.completed_at;
        RETURN NEW;
    END IF;
    IF NEW.status = 'SCRAPPED' THEN  -- a manager's decision; the reason goes with it
        IF NOT v_decider OR OLD.status = 'PASSED' THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH005',
                MESSAGE = format('BR-005: serial %s (%s) cannot be scrapped by %s',
                                 OLD.serial_number, OLD.status, COALESCE(v_role, 'this role')),
                DETAIL = format('serial_id=%s', OLD.id);
        END IF;
        NEW.rework_count := OLD.rework_count;
        NEW.completed_at := OLD.completed_at;
        RETURN NEW;
    END IF;
    -- Every other move is what the records say (BR-003): nobody sets it by hand.
    SELECT d.result INTO v_last FROM process_data d
     WHERE d.serial_id = OLD.id AND d.result IS NOT NULL
     ORDER BY d.complete_time DESC, d.id DESC LIMIT 1;
    IF OLD.status = 'CREATED' AND NEW.status = 'IN_PROGRESS' THEN
        v_derived := EXISTS (SELECT 1 FROM process_data d WHERE d.serial_id = OLD.id);
    ELSIF OLD.status IN ('CREATED', 'IN_PROGRESS') AND NEW.status = 'FAILED' THEN
        v_derived := v_last IS NOT DISTINCT FROM 'FAIL';
    ELSIF OLD.status IN ('CREATED', 'IN_PROGRESS') AND NEW.status = 'PASSED' THEN
        v_derived := v_last IS NOT DISTINCT FROM 'PASS' AND EXISTS (
            SELECT 1 FROM process_data d JOIN processes p ON p.id = d.process_id
             WHERE d.serial_id = OLD.id AND d.result = 'PASS'
               AND p.sequence_order = (SELECT max(q.sequence_order) FROM processes q
                                        WHERE q.is_active));
    END IF;
    IF NOT v_derived THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH005',
            MESSAGE = format('BR-005: serial %s cannot move from %s to %s; its status follows '
                             'its records', OLD.serial_number, OLD.status, NEW.status),
            DETAIL = format('serial_id=%s', OLD.id);
    END IF;
    IF NEW.rework_count <> OLD.rework_count THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH005',
            MESSAGE = format('BR-005: the rework count of serial %s changes only by a reopen',
                             OLD.serial_number),
            DETAIL = format('serial_id=%s', OLD.id);
    END IF;
    RETURN NEW;
END;
$$
"""

#: process_data rows as evidence: who and when are the server's, finished records are final
BR002_RECORD_GUARD = r"""
CREATE OR REPLACE FUNCTION br002_record_guard() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_actor bigint := nh_actor();
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF v_actor IS NOT NULL THEN  -- a person: their own name, the server's clock
            NEW.operator_id := v_actor;
            NEW.start_time := now();
            NEW.complete_time := CASE WHEN NEW.result IS NULL THEN NULL ELSE now() END;
        ELSIF NEW.start_time > now() OR NEW.complete_time > now() THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH002',
                MESSAGE = 'BR-002: a process record cannot start or finish in the future';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.result IS NOT NULL THEN
        -- finished: final, except that reprints are appended to its list of prints
        IF (to_jsonb(NEW) - 'process_specific_data' - 'updated_at')
                IS DISTINCT FROM (to_jsonb(OLD) - 'process_specific_data' - 'updated_at')
           OR (NEW.process_specific_data - 'prints')
                IS DISTINCT FROM (OLD.process_specific_data - 'prints')
           OR jsonb_typeof(COALESCE(NEW.process_specific_data -> 'prints', '[]')) <> 'array'
           OR COALESCE(jsonb_array_length(OLD.process_specific_data -> 'prints'), 0) >
              jsonb_array_length(COALESCE(NEW.process_specific_data -> 'prints', '[]'))
           OR EXISTS (SELECT 1 FROM jsonb_array_elements(
                          COALESCE(OLD.process_specific_data -> 'prints', '[]'))
                          WITH ORDINALITY AS o(e, n)
                      WHERE (NEW.process_specific_data -> 'prints' -> CAST(o.n - 1 AS integer))
                            IS DISTINCT FROM o.e) THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH002',
                MESSAGE = format('BR-002: process record %s is finished (%s); it cannot be '
                                 'changed', OLD.id, OLD.result),
                DETAIL = format('process_data_id=%s', OLD.id);
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.operator_id <> OLD.operator_id OR NEW.start_time <> OLD.start_time
            OR NEW.is_rework <> OLD.is_rework THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH002',
            MESSAGE = format('BR-002: process record %s keeps its operator, start and rework '
                             'flag', OLD.id),
            DETAIL = format('process_data_id=%s', OLD.id);
    END IF;
    IF NEW.result IS NOT NULL THEN
        IF v_actor IS NOT NULL THEN
            NEW.complete_time := now();
        ELSIF NEW.complete_time > now() THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH002',
                MESSAGE = 'BR-002: a process record cannot finish in the future';
        END IF;
    END IF;
    RETURN NEW;
END;
$$
"""

BR007_LOT_IN_PROGRESS = r"""
CREATE OR REPLACE FUNCTION br007_lot_in_progress() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    UPDATE lots SET status = 'IN_PROGRESS' WHERE id = NEW.lot_id AND status = 'CREATED';
    RETURN NULL;
END;
$$
"""

BR008_SET_UPDATED_AT = r"""
CREATE OR REPLACE FUNCTION br008_set_updated_at() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF (to_jsonb(NEW) - 'updated_at') IS DISTINCT FROM (to_jsonb(OLD) - 'updated_at') THEN
        NEW.updated_at := now();
    ELSE
        NEW.updated_at := OLD.updated_at;
    END IF;
    RETURN NEW;
END;
$$
"""

#: name → CREATE OR REPLACE FUNCTION text, in creation order.
FUNCTIONS: dict[str, str] = {
    "br001_lot_status": BR001_LOT_STATUS,
    "br002_record_guard": BR002_RECORD_GUARD,
    "br002_process_order": BR002_PROCESS_ORDER,
    "br003_check_result": BR003_CHECK_RESULT,
    "br003_serial_status": BR003_SERIAL_STATUS,
    "br004_serial_limit": BR004_SERIAL_LIMIT,
    "br005_rework_limit": BR005_REWORK_LIMIT,
    "br007_lot_in_progress": BR007_LOT_IN_PROGRESS,
    "br008_set_updated_at": BR008_SET_UPDATED_AT,
}

COMMENTS = {
    "br001_lot_status": "BR-001: LOT status transitions (CREATED→IN_PROGRESS→COMPLETED→CLOSED)",
    "br002_record_guard": "BR-002: a person's records carry their id and the server's time; "
    "finished records are final (prints may be appended)",
    "br002_process_order": "BR-002: process order per serial; one PASS, one open record per step",
    "br003_check_result": "BR-003: PASS/FAIL/REWORK vs defects; fills duration_seconds",
    "br003_serial_status": "BR-003: the serial status follows its process records",
    "br004_serial_limit": "BR-004: serials per LOT ≤ target_quantity (LOT row locked)",
    "br005_rework_limit": "BR-005: serial status follows its records; reopen (≤ 3) and scrap "
    "only by a MANAGER or ADMIN",
    "br007_lot_in_progress": "BR-007: a CREATED LOT becomes IN_PROGRESS when work starts",
    "br008_set_updated_at": "BR-008: updated_at = now() when the row really changed",
}

#: (trigger name, table, timing and events, function)
TRIGGERS: list[tuple[str, str, str, str]] = [
    ("trg_lots_br001_status", "lots", "BEFORE UPDATE", "br001_lot_status"),
    (
        "trg_process_data_br002_guard",
        "process_data",
        "BEFORE INSERT OR UPDATE",
        "br002_record_guard",
    ),
    (
        "trg_process_data_br002_order",
        "process_data",
        "BEFORE INSERT OR UPDATE",
        "br002_process_order",
    ),
    (
        "trg_process_data_br003_check",
        "process_data",
        "BEFORE INSERT OR UPDATE",
        "br003_check_result",
    ),
    (
        "trg_process_data_br003_serial_status",
        "process_data",
        "AFTER INSERT OR UPDATE",
        "br003_serial_status",
    ),
    (
        "trg_serials_br004_limit",
        "serials",
        "BEFORE INSERT OR UPDATE OF lot_id",
        "br004_serial_limit",
    ),
    ("trg_serials_br005_rework", "serials", "BEFORE UPDATE", "br005_rework_limit"),
    ("trg_serials_br007_lot_in_progress", "serials", "AFTER INSERT", "br007_lot_in_progress"),
    *[
        (f"trg_{t}_updated_at", t, "BEFORE UPDATE", "br008_set_updated_at")
        for t in UPDATED_AT_TABLES
    ],
]


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def upgrade() -> None:
    for name, sql in FUNCTIONS.items():
        op.execute(sql)
        op.execute(f"COMMENT ON FUNCTION {name}() IS {_sql_literal(COMMENTS[name])}")
    for trigger, table, when, function in TRIGGERS:
        op.execute(
            f"CREATE TRIGGER {trigger} {when} ON {table} FOR EACH ROW EXECUTE FUNCTION {function}()"
        )


def downgrade() -> None:
    for trigger, table, _when, _function in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER {trigger} ON {table}")
    for name in reversed(FUNCTIONS):
        op.execute(f"DROP FUNCTION {name}()")
