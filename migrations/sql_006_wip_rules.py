"""Function texts of revision 006 (the WIP rules).  Frozen with that revision: never edit.

Loaded by ``migrations/versions/006_add_wip_tables.py`` (which documents the rules).  Bodies
avoid ``:name`` and ``::`` so online and offline (``--sql``) output are the same.
"""

from __future__ import annotations

BR004_WIP_LIMIT = r"""
CREATE OR REPLACE FUNCTION br004_wip_limit() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_lot lots%ROWTYPE;
    v_count bigint;
BEGIN
    IF NEW.status <> 'CREATED' OR NEW.current_process_id IS NOT NULL
            OR NEW.serial_id IS NOT NULL OR NEW.completed_at IS NOT NULL
            OR NEW.converted_at IS NOT NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH002',
            MESSAGE = format('BR-002: WIP %s must start CREATED, with no step and no serial',
                             NEW.wip_id);
    END IF;
    -- Lock the LOT row first: concurrent issues for one LOT queue here.
    SELECT * INTO v_lot FROM lots WHERE id = NEW.lot_id FOR NO KEY UPDATE;
    IF v_lot.id IS NULL THEN
        RETURN NEW;  -- the foreign key reports it
    END IF;
    IF v_lot.status NOT IN ('CREATED', 'IN_PROGRESS') THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH004',
            MESSAGE = format('BR-004: LOT %s is %s; no WIP can be issued',
                             v_lot.lot_number, v_lot.status),
            DETAIL = format('lot_id=%s', v_lot.id);
    END IF;
    IF NEW.wip_id <> 'WIP-' || v_lot.lot_number || '-'
                     || lpad(CAST(NEW.sequence_in_lot AS text), 3, '0') THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH002',
            MESSAGE = format('BR-002: WIP id %s does not match LOT %s and sequence %s',
                             NEW.wip_id, v_lot.lot_number, NEW.sequence_in_lot),
            DETAIL = format('lot_id=%s', v_lot.id);
    END IF;
    IF NEW.sequence_in_lot > v_lot.target_quantity THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH004',
            MESSAGE = format('BR-004: WIP sequence %s exceeds the target quantity %s of LOT %s',
                             NEW.sequence_in_lot, v_lot.target_quantity, v_lot.lot_number),
            DETAIL = format('lot_id=%s', v_lot.id);
    END IF;
    SELECT count(*) INTO v_count FROM wip_items WHERE lot_id = NEW.lot_id;
    IF v_count >= v_lot.target_quantity THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH004',
            MESSAGE = format('BR-004: LOT %s already has %s of %s WIPs',
                             v_lot.lot_number, v_count, v_lot.target_quantity),
            DETAIL = format('lot_id=%s', v_lot.id);
    END IF;
    RETURN NEW;
END;
$$
"""

#: the status a WIP's history gives it (the single source for BR-003 and the transition check)
NH_WIP_DERIVED_STATUS = r"""
CREATE OR REPLACE FUNCTION nh_wip_derived_status(p_wip bigint) RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, public, pg_temp
AS $$
SELECT CASE
    WHEN last.result = 'PASS' AND last.process_id = (SELECT p.id FROM processes p
                                                      WHERE p.process_id = 'PROC-006')
        THEN 'COMPLETED'
    WHEN last.result = 'FAIL' OR counts.non_pass > 3 THEN 'FAILED'
    ELSE 'IN_PROGRESS'
END
FROM (SELECT count(*) FILTER (WHERE h.result <> 'PASS') AS non_pass
        FROM wip_process_history h WHERE h.wip_item_id = p_wip) AS counts
LEFT JOIN LATERAL (SELECT h.result, h.process_id FROM wip_process_history h
                    WHERE h.wip_item_id = p_wip
                    ORDER BY h.completed_at DESC, h.id DESC LIMIT 1) AS last ON true
$$
"""

BR002_WIP_TRANSITION = r"""
CREATE OR REPLACE FUNCTION br002_wip_transition() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_step processes%ROWTYPE;
    v_prev processes%ROWTYPE;
    v_current text;
    v_non_pass bigint;
    v_passed_here bigint;
    v_passed_before bigint;
    v_decision text;
    v_serial serials%ROWTYPE;
    v_derived text;
BEGIN
    IF NEW.lot_id <> OLD.lot_id THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH004',
            MESSAGE = format('BR-004: WIP %s cannot move to another LOT', OLD.wip_id);
    END IF;
    IF NEW.wip_id <> OLD.wip_id OR NEW.sequence_in_lot <> OLD.sequence_in_lot
            OR NEW.created_at <> OLD.created_at THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH002',
            MESSAGE = format('BR-002: WIP %s keeps its id and sequence', OLD.wip_id);
    END IF;
    IF OLD.status = 'SCRAPPED' THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH005',
            MESSAGE = format('BR-005: WIP %s is SCRAPPED; that is final', OLD.wip_id),
            DETAIL = format('wip_item_id=%s', OLD.id);
    END IF;

    -- start: current_process_id set to a step
    IF NEW.current_process_id IS NOT NULL
            AND NEW.current_process_id IS DISTINCT FROM OLD.current_process_id THEN
        SELECT * INTO v_step FROM processes WHERE id = NEW.current_process_id;
        IF OLD.status IN ('FAILED', 'COMPLETED', 'CONVERTED') THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH002',
                MESSAGE = format('BR-002: WIP %s is %s; it cannot start %s',
                                 OLD.wip_id, OLD.status, v_step.process_id),
                DETAIL = format('wip_item_id=%s', OLD.id),
                HINT = CASE WHEN OLD.status = 'FAILED'
                            THEN 'A manager must reopen a FAILED unit first.'
                            ELSE 'The unit has finished its WIP steps.' END;
        END IF;
        IF OLD.current_process_id IS NOT NULL THEN
            SELECT process_id INTO v_current FROM processes WHERE id = OLD.current_process_id;
            RAISE EXCEPTION USING
                ERRCODE = 'NH002',
                MESSAGE = format('BR-002: WIP %s is already in progress at %s',
                                 OLD.wip_id, v_current),
                DETAIL = format('wip_item_id=%s requested=%s', OLD.id, v_step.process_id);
        END IF;
        IF v_step.sequence_order > (SELECT sequence_order FROM processes
                                     WHERE process_id = 'PROC-006') THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH002',
                MESSAGE = format('BR-002: %s is not a WIP step; WIP %s continues as a serial',
                                 v_step.process_id, OLD.wip_id),
                DETAIL = format('wip_item_id=%s', OLD.id);
        END IF;
        IF NOT v_step.is_active THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH002',
                MESSAGE = format('BR-002: %s is not active', v_step.process_id),
                DETAIL = format('wip_item_id=%s', OLD.id);
        END IF;
        IF (SELECT l.status FROM lots l WHERE l.id = OLD.lot_id) NOT IN ('CREATED',
                                                                          'IN_PROGRESS') THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH004',
                MESSAGE = format('BR-004: the LOT of WIP %s is no longer open; no step can start',
                                 OLD.wip_id),
                DETAIL = format('wip_item_id=%s', OLD.id);
        END IF;
        IF NEW.status NOT IN (OLD.status, 'IN_PROGRESS') OR NEW.serial_id IS DISTINCT FROM
                OLD.serial_id OR NEW.completed_at IS DISTINCT FROM OLD.completed_at THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH002',
                MESSAGE = format('BR-002: starting a step sets WIP %s IN_PROGRESS, nothing else',
                                 OLD.wip_id);
        END IF;
        SELECT * INTO v_prev FROM processes
         WHERE is_active AND sequence_order < v_step.sequence_order
         ORDER BY sequence_order DESC LIMIT 1;
        -- the WIP's history read once: PASSes here and at the step before, non-PASS results
        SELECT count(*) FILTER (WHERE h.process_id = v_step.id AND h.result = 'PASS'),
               count(*) FILTER (WHERE h.process_id = v_prev.id AND h.result = 'PASS'),
               count(*) FILTER (WHERE h.result <> 'PASS')
          INTO v_passed_here, v_passed_before, v_non_pass
          FROM wip_process_history h WHERE h.wip_item_id = OLD.id;
        IF v_passed_here > 0 THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH002',
                MESSAGE = format('BR-002: WIP %s already passed %s', OLD.wip_id, v_step.process_id),
                DETAIL = format('wip_item_id=%s', OLD.id);
        END IF;
        IF v_prev.id IS NOT NULL AND v_passed_before = 0 THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH002',
                MESSAGE = format('BR-002: WIP %s cannot start %s before a PASS at %s',
                                 OLD.wip_id, v_step.process_id, v_prev.process_id),
                DETAIL = format('wip_item_id=%s process=%s required=%s',
                                OLD.id, v_step.process_id, v_prev.process_id);
        END IF;
        IF v_non_pass > 3 THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH005',
                MESSAGE = format('BR-005: WIP %s has %s non-PASS results; the limit is 3',
                                 OLD.wip_id, v_non_pass),
                DETAIL = format('wip_item_id=%s', OLD.id);
        END IF;
        NEW.status := 'IN_PROGRESS';
        RETURN NEW;
    END IF;

    IF NEW.status IS DISTINCT FROM OLD.status THEN
        v_decision := CASE  -- a manager's decision: reopen or scrap
            WHEN NEW.current_process_id IS NOT NULL THEN NULL
            WHEN OLD.status = 'FAILED' AND NEW.status = 'IN_PROGRESS' THEN 'reopen'
            WHEN NEW.status = 'SCRAPPED' AND OLD.status <> 'CONVERTED' THEN 'scrap' END;
        IF v_decision IS NOT NULL AND NOT nh_may_decide() THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH005',
                MESSAGE = format('BR-005: only a MANAGER or ADMIN may %s WIP %s',
                                 v_decision, OLD.wip_id),
                DETAIL = format('wip_item_id=%s actor role=%s', OLD.id,
                                COALESCE(nh_actor_role(), 'none'));
        END IF;
        IF v_decision = 'reopen' THEN
            SELECT count(*) INTO v_non_pass FROM wip_process_history
             WHERE wip_item_id = OLD.id AND result <> 'PASS';
            IF v_non_pass > 3 THEN
                RAISE EXCEPTION USING
                    ERRCODE = 'NH005',
                    MESSAGE = format('BR-005: WIP %s has %s non-PASS results; the limit is 3',
                                     OLD.wip_id, v_non_pass),
                    DETAIL = format('wip_item_id=%s', OLD.id),
                    HINT = 'Past the rework limit the unit can only be scrapped.';
            END IF;
        ELSIF v_decision = 'scrap' THEN
            NULL;  -- checked above
        ELSIF OLD.status = 'COMPLETED' AND NEW.status = 'CONVERTED' THEN
            SELECT * INTO v_serial FROM serials WHERE id = NEW.serial_id;
            IF v_serial.id IS NULL OR v_serial.lot_id <> NEW.lot_id
                    OR v_serial.sequence <> NEW.sequence_in_lot THEN
                RAISE EXCEPTION USING
                    ERRCODE = 'NH002',
                    MESSAGE = format('BR-002: WIP %s converts only to the serial of its own LOT'
                                     ' and sequence', OLD.wip_id),
                    DETAIL = format('wip_item_id=%s serial_id=%s', OLD.id, NEW.serial_id);
            END IF;
            IF EXISTS (SELECT 1 FROM wip_items WHERE serial_id = NEW.serial_id AND id <> OLD.id)
            THEN
                RAISE EXCEPTION USING
                    ERRCODE = 'NH002',
                    MESSAGE = format('BR-002: serial %s already belongs to another WIP',
                                     v_serial.serial_number),
                    DETAIL = format('wip_item_id=%s serial_id=%s', OLD.id, NEW.serial_id);
            END IF;
            NEW.converted_at := CASE WHEN nh_actor() IS NULL
                                     THEN COALESCE(NEW.converted_at, now()) ELSE now() END;
            NEW.completed_at := OLD.completed_at;
            RETURN NEW;
        ELSE
            -- the result of a finished attempt (BR-003): exactly what the history says
            v_derived := nh_wip_derived_status(OLD.id);
            IF NEW.status IS DISTINCT FROM v_derived OR OLD.current_process_id IS NULL
                    OR NEW.current_process_id IS NOT NULL THEN
                RAISE EXCEPTION USING
                    ERRCODE = 'NH002',
                    MESSAGE = format('BR-002: WIP %s cannot be moved from %s to %s; its status'
                                     ' follows its history', OLD.wip_id, OLD.status, NEW.status),
                    DETAIL = format('wip_item_id=%s', OLD.id);
            END IF;
        END IF;
    END IF;
    IF NEW.serial_id IS DISTINCT FROM OLD.serial_id OR NEW.converted_at IS DISTINCT FROM
            OLD.converted_at THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH002',
            MESSAGE = format('BR-002: the serial of WIP %s is set only by its conversion',
                             OLD.wip_id),
            DETAIL = format('wip_item_id=%s', OLD.id);
    END IF;
    IF NEW.completed_at IS DISTINCT FROM OLD.completed_at
            AND NOT (NEW.status = 'COMPLETED' AND OLD.status <> 'COMPLETED') THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH002',
            MESSAGE = format('BR-002: WIP %s is completed only by its PASS at PROC-006',
                             OLD.wip_id),
            DETAIL = format('wip_item_id=%s', OLD.id);
    END IF;
    RETURN NEW;
END;
$$
"""

BR002_WIP_HISTORY_CHECK = r"""
CREATE OR REPLACE FUNCTION br002_wip_history_check() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_wip wip_items%ROWTYPE;
    v_current text;
    v_defect_count integer := 0;
    v_failed_items integer := 0;
    v_actor bigint := nh_actor();
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- a finished attempt is evidence: only the FK action of a removed equipment row
        IF (to_jsonb(NEW) - 'equipment_id') IS DISTINCT FROM (to_jsonb(OLD) - 'equipment_id')
                OR NEW.equipment_id IS NOT NULL THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH002',
                MESSAGE = 'BR-002: a finished WIP attempt cannot be changed',
                DETAIL = format('wip_process_history_id=%s', OLD.id);
        END IF;
        RETURN NEW;
    END IF;

    SELECT * INTO v_wip FROM wip_items WHERE id = NEW.wip_item_id FOR NO KEY UPDATE;
    IF v_wip.id IS NULL THEN
        RETURN NEW;  -- the foreign key reports it
    END IF;
    IF v_wip.current_process_id IS DISTINCT FROM NEW.process_id THEN
        SELECT process_id INTO v_current FROM processes WHERE id = v_wip.current_process_id;
        RAISE EXCEPTION USING
            ERRCODE = 'NH002',
            MESSAGE = format('BR-002: WIP %s is not in progress at %s (in progress: %s)',
                             v_wip.wip_id,
                             (SELECT p.process_id FROM processes p WHERE p.id = NEW.process_id),
                             COALESCE(v_current, 'none')),
            DETAIL = format('wip_item_id=%s', v_wip.id),
            HINT = 'Start the step (set current_process_id) before recording its result.';
    END IF;

    IF v_actor IS NOT NULL THEN
        -- a person: their own name, the server's clock (started = when the step was claimed)
        NEW.operator_id := v_actor;
        NEW.started_at := v_wip.updated_at;
        NEW.completed_at := now();
    ELSE
        NEW.started_at := COALESCE(NEW.started_at, v_wip.updated_at);
        NEW.completed_at := COALESCE(NEW.completed_at, now());
        IF NEW.completed_at > now() THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH003',
                MESSAGE = 'BR-003: a WIP attempt cannot finish in the future',
                DETAIL = format('wip_item_id=%s', v_wip.id);
        END IF;
    END IF;
    NEW.duration_seconds := CAST(round(EXTRACT(EPOCH FROM NEW.completed_at - NEW.started_at))
                                 AS integer);
    IF NEW.duration_seconds < 0 THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH003',
            MESSAGE = format('BR-003: completed_at (%s) is before started_at (%s)',
                             NEW.completed_at, NEW.started_at),
            DETAIL = format('wip_item_id=%s', v_wip.id);
    END IF;

    IF jsonb_typeof(COALESCE(NEW.defects, '[]')) <> 'array' THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH003',
            MESSAGE = 'BR-003: defects must be a JSON array',
            DETAIL = format('wip_item_id=%s', v_wip.id);
    END IF;
    v_defect_count := jsonb_array_length(COALESCE(NEW.defects, '[]'));
    IF jsonb_typeof(NEW.measurements -> 'items') = 'array' THEN  -- items whose result is "FAIL"
        v_failed_items := jsonb_array_length(jsonb_path_query_array(
            NEW.measurements, 'strict $.items[*] ? (@.result == "FAIL")'));
    END IF;
    IF NEW.result = 'PASS' AND (v_defect_count > 0 OR v_failed_items > 0) THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH003',
            MESSAGE = format('BR-003: a PASS cannot carry defects (%s) or failed measurements (%s)',
                             v_defect_count, v_failed_items),
            DETAIL = format('wip_item_id=%s process=%s', v_wip.id,
                            (SELECT p.process_id FROM processes p WHERE p.id = NEW.process_id));
    END IF;
    IF NEW.result IN ('FAIL', 'REWORK') AND v_defect_count = 0 THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH003',
            MESSAGE = format('BR-003: a %s needs at least one defect code', NEW.result),
            DETAIL = format('wip_item_id=%s process=%s', v_wip.id,
                            (SELECT p.process_id FROM processes p WHERE p.id = NEW.process_id));
    END IF;
    IF v_actor IS NOT NULL THEN  -- judged again against the current criteria
        PERFORM nh_judge_record(NEW.process_id, NEW.result, NEW.measurements, NEW.defects);
    END IF;
    RETURN NEW;
END;
$$
"""

BR003_WIP_STATUS = r"""
CREATE OR REPLACE FUNCTION br003_wip_status() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_status text := nh_wip_derived_status(NEW.wip_item_id);
BEGIN
    UPDATE wip_items
       SET current_process_id = NULL,
           status = v_status,
           completed_at = CASE WHEN v_status = 'COMPLETED' THEN NEW.completed_at
                               ELSE completed_at END
     WHERE id = NEW.wip_item_id;
    RETURN NULL;
END;
$$
"""

#: a person's serial record judged again against the current criteria (BR-003)
BR003_JUDGE_RECORD = r"""
CREATE OR REPLACE FUNCTION br003_judge_record() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF NEW.result IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.result IS NULL)
            AND nh_actor() IS NOT NULL THEN
        PERFORM nh_judge_record(NEW.process_id, NEW.result,
                                NEW.process_specific_data -> 'measurements',
                                NEW.process_specific_data -> 'defects');
    END IF;
    RETURN NEW;
END;
$$
"""

#: a process is switched off only by an ADMIN, and never while a unit waits for it
BR002_PROCESS_ACTIVE = r"""
CREATE OR REPLACE FUNCTION br002_process_active() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_prev bigint;
    v_waiting bigint;
BEGIN
    IF NEW.is_active IS NOT DISTINCT FROM OLD.is_active
            AND NEW.sequence_order = OLD.sequence_order AND NEW.process_id = OLD.process_id THEN
        RETURN NEW;
    END IF;
    IF NOT nh_is_owner() AND nh_actor_role() IS DISTINCT FROM 'ADMIN' THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH002',
            MESSAGE = format('BR-002: only an ADMIN may change process %s', OLD.process_id);
    END IF;
    IF NEW.sequence_order <> OLD.sequence_order OR NEW.process_id <> OLD.process_id THEN
        IF EXISTS (SELECT 1 FROM wip_items WHERE status NOT IN ('CONVERTED', 'SCRAPPED'))
                OR EXISTS (SELECT 1 FROM serials WHERE status NOT IN ('PASSED', 'SCRAPPED')) THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH002',
                MESSAGE = format('BR-002: the line order of %s cannot change while units are '
                                 'on the line', OLD.process_id);
        END IF;
    END IF;
    IF OLD.is_active AND NOT NEW.is_active THEN
        SELECT id INTO v_prev FROM processes
         WHERE is_active AND sequence_order < OLD.sequence_order
         ORDER BY sequence_order DESC LIMIT 1;
        -- units in progress at it, or past the step before it and not past it
        SELECT count(*) INTO v_waiting FROM wip_items w
         WHERE w.status IN ('CREATED', 'IN_PROGRESS', 'FAILED')
           AND (w.current_process_id = OLD.id
                OR ((v_prev IS NULL OR EXISTS (SELECT 1 FROM wip_process_history h
                                                WHERE h.wip_item_id = w.id
                                                  AND h.process_id = v_prev
                                                  AND h.result = 'PASS'))
                    AND NOT EXISTS (SELECT 1 FROM wip_process_history h
                                     WHERE h.wip_item_id = w.id AND h.process_id = OLD.id
                                       AND h.result = 'PASS')));
        IF v_waiting = 0 AND OLD.sequence_order > (SELECT sequence_order FROM processes
                                                    WHERE process_id = 'PROC-006') THEN
            SELECT count(*) INTO v_waiting FROM serials x
             WHERE x.status IN ('CREATED', 'IN_PROGRESS', 'FAILED')
               AND NOT EXISTS (SELECT 1 FROM process_data d
                                WHERE d.serial_id = x.id AND d.process_id = OLD.id
                                  AND d.result = 'PASS');
        END IF;
        IF v_waiting > 0 THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH002',
                MESSAGE = format('BR-002: %s cannot be deactivated: %s unit(s) are at it or '
                                 'waiting for it', OLD.process_id, v_waiting),
                DETAIL = format('process=%s', OLD.process_id);
        END IF;
    END IF;
    RETURN NEW;
END;
$$
"""

#: 002's br002_process_order plus: PASS history of the serial's WIP counts for step k−1, and
#: a serial that came from a WIP records no WIP step.
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
    IF (SELECT l.status FROM lots l WHERE l.id = v_serial.lot_id) NOT IN ('CREATED',
                                                                           'IN_PROGRESS') THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH004',
            MESSAGE = format('BR-004: the LOT of serial %s is no longer open; no step can start',
                             v_serial.serial_number),
            DETAIL = format('serial_id=%s', v_serial.id);
    END IF;
    IF v_step.sequence_order <= (SELECT sequence_order FROM processes
                                  WHERE process_id = 'PROC-006')
            AND EXISTS (SELECT 1 FROM wip_items WHERE serial_id = NEW.serial_id) THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH002',
            MESSAGE = format('BR-002: serial %s came from a WIP; %s is recorded on the WIP',
                             v_serial.serial_number, v_step.process_id),
            DETAIL = format('serial_id=%s process=%s', v_serial.id, v_step.process_id);
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
    IF v_prev.id IS NOT NULL
            AND NOT EXISTS (
                SELECT 1 FROM process_data
                 WHERE serial_id = NEW.serial_id AND process_id = v_prev.id AND result = 'PASS')
            AND NOT EXISTS (
                SELECT 1 FROM wip_process_history h JOIN wip_items w ON w.id = h.wip_item_id
                 WHERE w.serial_id = NEW.serial_id AND h.process_id = v_prev.id
                   AND h.result = 'PASS') THEN
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

#: name → CREATE OR REPLACE FUNCTION text, in creation order.
FUNCTIONS: dict[str, str] = {
    "nh_wip_derived_status": NH_WIP_DERIVED_STATUS,
    "br004_wip_limit": BR004_WIP_LIMIT,
    "br002_wip_transition": BR002_WIP_TRANSITION,
    "br002_wip_history_check": BR002_WIP_HISTORY_CHECK,
    "br003_wip_status": BR003_WIP_STATUS,
    "br002_process_order": BR002_PROCESS_ORDER,
    "br003_judge_record": BR003_JUDGE_RECORD,
    "br002_process_active": BR002_PROCESS_ACTIVE,
}

#: comments of the new functions (the replaced one keeps 002's comment)
COMMENTS = {
    "br004_wip_limit": "BR-004 (WIP): WIPs per LOT ≤ target_quantity (LOT row locked)",
    "br002_wip_transition": "BR-002 (WIP): start / cancel / reopen / convert of a WIP",
    "br002_wip_history_check": "BR-002/003 (WIP): finish only the step in progress; verdict",
    "br003_wip_status": "BR-003 (WIP): the WIP status follows its history",
    "nh_wip_derived_status": "the status a WIP's history gives it",
    "br003_judge_record": "BR-003: a person's PASS is judged again against the current criteria",
    "br002_process_active": "BR-002: only an ADMIN deactivates a process, never while units "
    "wait for it",
}
