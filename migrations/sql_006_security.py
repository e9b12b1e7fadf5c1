"""Function texts of revision 006, part 2: who may do what (domain.md §7).  Frozen with 006.

PostgreSQL authenticates each person: every app user has a login role ``<ns>_u_<user_id>``
(``nh_ns()``, revision 001) in the group ``<ns>_login`` and in one group per app role
(``<ns>_viewer`` / ``_worker`` / ``_manager`` / ``_admin``).  A station connects as the person
logged in; before login as ``<ns>_kiosk``, which reads only the revision and calls the two
login helpers.  Operator roles read the operational tables (never a password hash, never the
audit log unless ADMIN) and write only through the SECURITY DEFINER functions below: each
pins its ``search_path``, checks the caller's app role from ``nh_actor()`` (the authenticated
``session_user``, never a client setting), sets the limits it relies on itself, and returns
what the station shows next, so one station action is one statement.

``nh_setup_roles()`` (the schema owner, after every upgrade: ``neurohub-desktop db
setup-roles``) creates the groups and the kiosk idempotently, re-applies every grant, and
creates the login roles that users rows still lack.  Bodies avoid ``:name`` and ``::`` so
online and offline (``--sql``) output are the same.
"""

from __future__ import annotations

#: what every function here pins (pg_temp last: nothing a session creates shadows a name)
_HEAD = """LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
SET lock_timeout = '3s'
AS $$"""

#: SCRAM-SHA-256 verifier of the documented initial admin password "neurohub-admin"
SEED_ADMIN_VERIFIER = (
    "SCRAM-SHA-256$4096:bmV1cm9odWItYWRtaW4tMQ==$"
    "k2w/py5VcmZX4MzLg9hyJqB5vs9Yl7t+FbkGZEfL9gU=:"
    "UIz7aqf5YclFRH5VSWQxT18Tohoqc61lQQJx0SIes84="
)
SEED_ADMIN_HASH = "$2b$12$horSzly7TzaVCaHyYAeoF.PGHCsn8mxldMCAdyPErWEHuZtelIHaa"
#: users.password_hash of accounts whose password PostgreSQL checks: not a bcrypt hash (it
#: matches no password), stamped with the time of the change, so that the audit trail shows
#: every password change as a change of this column
PG_CHECKED = "'!scram-sha-256@' || to_char(clock_timestamp(), 'YYYY-MM-DD\"T\"HH24:MI:SS.US')"
LOGIN_CONNECTION_LIMIT = 10
KIOSK_CONNECTION_LIMIT = 30  # idle stations hold 1 each, a login at most 3

NH_REQUIRE_ACTOR = r"""
CREATE OR REPLACE FUNCTION nh_require_actor(p_roles text[]) RETURNS users
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v users%ROWTYPE;
BEGIN
    SELECT * INTO v FROM users WHERE id = nh_actor();
    IF v.id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'NH-AUTH: this session is not a NeuroHub user',
            DETAIL = format('session_user=%s', session_user);
    END IF;
    IF NOT v.is_active THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('NH-AUTH: account %s is disabled', v.user_id);
    END IF;
    IF v.must_change_password THEN  -- a new or reset password is changed before any work
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('NH-AUTH: %s must change the password first', v.user_id),
            DETAIL = 'must_change_password';
    END IF;
    IF NOT (v.role = ANY (p_roles)) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('NH-AUTH: role %s may not do this (needs %s)', v.role,
                             array_to_string(p_roles, ' or ')),
            DETAIL = format('user=%s', v.user_id);
    END IF;
    RETURN v;
END;
$$
"""

#: ADMIN, or the schema owner (nh_is_owner(), revision 001); NULL for the owner
NH_REQUIRE_ADMIN = r"""
CREATE OR REPLACE FUNCTION nh_require_admin() RETURNS bigint
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF nh_is_owner() THEN
        RETURN NULL;
    END IF;
    RETURN (nh_require_actor(ARRAY['ADMIN'])).id;
END;
$$
"""

#: why an admin change is made (issue 14): the caller's transaction-local ``neurohub.reason``
#: (``set_config('neurohub.reason', …, true)`` before the call; BR-006 copies it into every
#: audit row the change writes).  Blank, unset or over 500 characters: refused (22023
#: ``no_reason``) — for the schema owner too.  It sets nothing.
NH_REQUIRE_REASON = r"""
CREATE OR REPLACE FUNCTION nh_require_reason() RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_why text := btrim(COALESCE(current_setting('neurohub.reason', true), ''));
BEGIN
    IF v_why !~ '[^[:space:]]' OR length(v_why) > 500 THEN  -- white space only is none
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'NH-ADMIN: a change needs a reason (neurohub.reason, 1-500 characters)',
            DETAIL = 'no_reason',
            HINT = 'SELECT set_config(''neurohub.reason'', ''why'', true) in the same transaction';
    END IF;
    RETURN v_why;
END;
$$
"""

#: the station name BR-006 copies into audit rows (transaction-local).  This helper and
#: nh_notify run in every station action: plain SQL with every name qualified and no SET
#: clause, so that PostgreSQL inlines them into the calling statement (a SET clause or
#: SECURITY DEFINER would make each call a function execution of its own); EXECUTE is the
#: owner's only, and they run inside the station functions' pinned search_path
NH_STATION_NAME = r"""
CREATE OR REPLACE FUNCTION nh_set_station(p_station text) RETURNS void
LANGUAGE sql
AS $$
SELECT CAST(pg_catalog.set_config('neurohub.station',
                                  pg_catalog.left(COALESCE(p_station, ''), 100), true)
            AS pg_catalog.void)
$$
"""

NH_NOTIFY = r"""
CREATE OR REPLACE FUNCTION nh_notify(p_kind text, p_lot bigint, p_unit text, p_process text)
RETURNS void
LANGUAGE sql
AS $$
SELECT pg_catalog.pg_notify('neurohub_changes', CAST(pg_catalog.jsonb_build_object(
    'kind', p_kind, 'lot_id', p_lot, 'unit', p_unit, 'process_id', p_process) AS pg_catalog.text))
$$
"""

#: the station's read model of one unit, as services/station/read.py's _WIP_SQL row
NH_WIP_VIEW = r"""
CREATE OR REPLACE FUNCTION nh_wip_view(p_wip bigint) RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog, public, pg_temp
AS $$
SELECT jsonb_build_object('kind', 'WIP', 'row', jsonb_build_array(
    w.id, w.wip_id, w.sequence_in_lot, w.status, w.current_process_id, w.serial_id,
    w.updated_at, l.id, l.lot_number, l.status, l.target_quantity, m.model_code, m.model_name,
    (SELECT jsonb_agg(jsonb_build_array(h.process_id, h.result) ORDER BY h.completed_at, h.id)
       FROM wip_process_history h WHERE h.wip_item_id = w.id)))
FROM wip_items w JOIN lots l ON l.id = w.lot_id
JOIN product_models m ON m.id = l.product_model_id
WHERE w.id = p_wip
$$
"""

#: ... and services/station/read.py's _SERIAL_SQL row
NH_SERIAL_VIEW = r"""
CREATE OR REPLACE FUNCTION nh_serial_view(p_serial bigint) RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog, public, pg_temp
AS $$
SELECT jsonb_build_object('kind', 'SERIAL', 'row', jsonb_build_array(
    x.id, x.serial_number, x.sequence, x.status, x.rework_count, l.id, l.lot_number,
    l.status, l.target_quantity, m.model_code, m.model_name, w.id, w.wip_id,
    (SELECT jsonb_agg(jsonb_build_array(h.process_id, h.result) ORDER BY h.completed_at, h.id)
       FROM wip_process_history h WHERE h.wip_item_id = w.id),
    (SELECT jsonb_agg(jsonb_build_array(d.id, d.process_id, d.result)
                      ORDER BY d.start_time, d.id)
       FROM process_data d WHERE d.serial_id = x.id),
    (SELECT d.start_time FROM process_data d WHERE d.serial_id = x.id AND d.result IS NULL
      ORDER BY d.start_time, d.id LIMIT 1),
    (SELECT d.process_specific_data -> 'prints' FROM process_data d
      WHERE d.serial_id = x.id
        AND d.process_id = (SELECT p.id FROM processes p WHERE p.process_id = 'PROC-007')
      ORDER BY d.start_time DESC, d.id DESC LIMIT 1)))
FROM serials x JOIN lots l ON l.id = x.lot_id
JOIN product_models m ON m.id = l.product_model_id
LEFT JOIN LATERAL (SELECT wi.id, wi.wip_id FROM wip_items wi
                    WHERE wi.serial_id = x.id LIMIT 1) w ON true
WHERE x.id = p_serial
$$
"""

#: lock the scanned unit's row NOWAIT (55P03: another station has it) → (kind, id) and the
#: locked row itself (the caller reads it from here, not again); at a serial station a
#: converted WIP stands for its serial
NH_LOCK_UNIT = r"""
CREATE OR REPLACE FUNCTION nh_lock_unit(p_unit text, p_serial_station boolean,
                                        OUT kind text, OUT id bigint,
                                        OUT wip_row wip_items, OUT serial_row serials)
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_wip wip_items%ROWTYPE;
BEGIN
    IF p_unit LIKE 'WIP-%' AND NOT p_serial_station THEN  -- the WIP itself: one look-up
        SELECT * INTO wip_row FROM wip_items w WHERE w.wip_id = p_unit FOR UPDATE NOWAIT;
        kind := 'WIP';
        id := wip_row.id;
    ELSIF p_unit LIKE 'WIP-%' THEN
        SELECT * INTO v_wip FROM wip_items w WHERE w.wip_id = p_unit;
        IF v_wip.id IS NOT NULL AND v_wip.status = 'CONVERTED'
                AND v_wip.serial_id IS NOT NULL THEN
            SELECT * INTO serial_row FROM serials x WHERE x.id = v_wip.serial_id
               FOR UPDATE NOWAIT;
            kind := 'SERIAL';
            id := serial_row.id;
        ELSIF v_wip.id IS NOT NULL THEN
            SELECT * INTO wip_row FROM wip_items w WHERE w.id = v_wip.id FOR UPDATE NOWAIT;
            kind := 'WIP';
            id := wip_row.id;
        END IF;
    ELSE
        SELECT * INTO serial_row FROM serials x WHERE x.serial_number = p_unit
           FOR UPDATE NOWAIT;
        kind := 'SERIAL';
        id := serial_row.id;
    END IF;
    IF id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'NH002',
            MESSAGE = format('BR-002: %s is not registered', p_unit), DETAIL = 'not_found';
    END IF;
END;
$$
"""

NH_PROCESS = r"""
CREATE OR REPLACE FUNCTION nh_process(p_process text) RETURNS processes
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v processes%ROWTYPE;
BEGIN
    SELECT * INTO v FROM processes WHERE process_id = p_process;
    IF v.id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'NH002',
            MESSAGE = format('BR-002: unknown process %s', p_process);
    END IF;
    RETURN v;
END;
$$
"""

# -- station actions (WORKER, MANAGER, ADMIN) -----------------------------------------------
#: ``p_resume`` (a retry after an unknown answer): a claim this person made here is the answer;
#: otherwise a unit already in progress at the step is refused, whoever holds it
NH_START = (
    r"""
CREATE OR REPLACE FUNCTION nh_start(p_unit text, p_process text, p_station text,
                                    p_resume boolean) RETURNS jsonb
"""
    + _HEAD
    + r"""
DECLARE
    v_actor users%ROWTYPE := nh_require_actor(ARRAY['WORKER', 'MANAGER', 'ADMIN']);
    v_proc processes%ROWTYPE := nh_process(p_process);
    v_unit record;
    v_wip wip_items%ROWTYPE;
    v_serial serials%ROWTYPE;
    v_non_pass bigint;
BEGIN
    PERFORM nh_set_station(p_station);
    v_unit := nh_lock_unit(p_unit, v_proc.sequence_order > 6);
    IF v_unit.kind = 'WIP' THEN
        v_wip := v_unit.wip_row;
        IF v_wip.current_process_id = v_proc.id THEN
            IF p_resume AND EXISTS (  -- this person's own claim, made here, answered lost
                    SELECT 1 FROM (SELECT a.user_id, a.station FROM audit_logs a
                                    WHERE a.table_name = 'wip_items' AND a.record_id = v_wip.id
                                      AND a.action = 'UPDATE'
                                      AND 'current_process_id' = ANY (a.changed_fields)
                                    ORDER BY a.created_at DESC, a.id DESC LIMIT 1) AS claim
                     WHERE claim.user_id = v_actor.id
                       AND claim.station IS NOT DISTINCT FROM NULLIF(p_station, '')) THEN
                RETURN nh_wip_view(v_wip.id) || jsonb_build_object('found', true);
            END IF;
            RAISE EXCEPTION USING ERRCODE = 'NH002',
                MESSAGE = format('BR-002: WIP %s is already in progress at %s', v_wip.wip_id,
                                 p_process), DETAIL = 'in_progress';
        END IF;
        UPDATE wip_items SET current_process_id = v_proc.id WHERE id = v_wip.id;
        PERFORM nh_notify('step_started', v_wip.lot_id, v_wip.wip_id, p_process);
        RETURN nh_wip_view(v_wip.id);
    END IF;
    v_serial := v_unit.serial_row;
    IF EXISTS (SELECT 1 FROM process_data d WHERE d.serial_id = v_serial.id
                  AND d.process_id = v_proc.id AND d.result IS NULL
                  AND NOT (p_resume AND d.operator_id = v_actor.id)) THEN
        RAISE EXCEPTION USING ERRCODE = 'NH002',
            MESSAGE = format('BR-002: serial %s is already in progress at %s',
                             v_serial.serial_number, p_process), DETAIL = 'in_progress';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM process_data d WHERE d.serial_id = v_serial.id
                      AND d.process_id = v_proc.id AND d.result IS NULL) THEN
        SELECT (SELECT count(*) FROM process_data d WHERE d.serial_id = v_serial.id
                   AND d.result IN ('FAIL', 'REWORK'))
             + (SELECT count(*) FROM wip_process_history h JOIN wip_items w
                    ON w.id = h.wip_item_id
                 WHERE w.serial_id = v_serial.id AND h.result IN ('FAIL', 'REWORK'))
          INTO v_non_pass;
        INSERT INTO process_data (lot_id, serial_id, process_id, operator_id,
                                  process_specific_data, is_rework)
        VALUES (v_serial.lot_id, v_serial.id, v_proc.id, v_actor.id,
                CASE WHEN p_process = 'PROC-007'
                     THEN jsonb_build_object('prints', CAST('[]' AS jsonb))
                     ELSE CAST('{}' AS jsonb) END,
                v_non_pass > 0);
        PERFORM nh_notify('step_started', v_serial.lot_id, v_serial.serial_number, p_process);
    END IF;
    RETURN nh_serial_view(v_serial.id);
END;
$$
"""
)

NH_CANCEL = (
    r"""
CREATE OR REPLACE FUNCTION nh_cancel(p_unit text, p_process text, p_station text) RETURNS jsonb
"""
    + _HEAD
    + r"""
DECLARE
    v_actor users%ROWTYPE := nh_require_actor(ARRAY['WORKER', 'MANAGER', 'ADMIN']);
    v_proc processes%ROWTYPE := nh_process(p_process);
    v_unit record;
    v_wip wip_items%ROWTYPE;
BEGIN
    PERFORM nh_set_station(p_station);
    v_unit := nh_lock_unit(p_unit, v_proc.sequence_order > 6);
    IF v_unit.kind = 'SERIAL' THEN
        RETURN nh_serial_view(v_unit.id);  -- an open serial record stays open (resumed later)
    END IF;
    v_wip := v_unit.wip_row;
    IF v_wip.current_process_id = v_proc.id THEN
        UPDATE wip_items SET current_process_id = NULL WHERE id = v_wip.id;
        PERFORM nh_notify('step_cancelled', v_wip.lot_id, v_wip.wip_id, p_process);
    END IF;
    RETURN nh_wip_view(v_wip.id);
END;
$$
"""
)

#: record the attempt in progress; exactly once per submission id (a record stored with it
#: is returned, not written again)
NH_COMPLETE = (
    r"""
CREATE OR REPLACE FUNCTION nh_complete(p_unit text, p_process text, p_result text,
                                       p_measurements jsonb, p_defects jsonb, p_notes text,
                                       p_submission text, p_station text, p_equipment text)
RETURNS jsonb
"""
    + _HEAD
    + r"""
DECLARE
    v_actor users%ROWTYPE := nh_require_actor(ARRAY['WORKER', 'MANAGER', 'ADMIN']);
    v_proc processes%ROWTYPE := nh_process(p_process);
    v_unit record;
    v_found record;
    v_wip wip_items%ROWTYPE;
    v_serial serials%ROWTYPE;
    v_record bigint;
    v_view jsonb;
    v_problem text;
    v_override bigint;
BEGIN
    PERFORM nh_set_station(p_station);
    IF COALESCE(p_submission, '') <> '' THEN
        IF v_proc.sequence_order <= 6 THEN
            SELECT h.id, h.result, h.wip_item_id INTO v_found
              FROM wip_process_history h JOIN wip_items w ON w.id = h.wip_item_id
             WHERE w.wip_id = p_unit AND h.process_id = v_proc.id
               AND h.measurements ->> 'submission_id' = p_submission;
            IF v_found.id IS NOT NULL THEN
                RETURN nh_wip_view(v_found.wip_item_id) || jsonb_build_object(
                    'found', true, 'record_id', v_found.id, 'result', v_found.result,
                    'table', 'wip_process_history');
            END IF;
        ELSE
            SELECT d.id, d.result, d.serial_id INTO v_found
              FROM process_data d
             WHERE d.serial_id IN (SELECT wi.serial_id FROM wip_items wi WHERE wi.wip_id = p_unit
                                   UNION ALL
                                   SELECT x.id FROM serials x WHERE x.serial_number = p_unit)
               AND d.process_id = v_proc.id
               AND d.process_specific_data ->> 'submission_id' = p_submission;
            IF v_found.id IS NOT NULL AND v_found.result IS NOT NULL THEN
                RETURN nh_serial_view(v_found.serial_id) || jsonb_build_object(
                    'found', true, 'record_id', v_found.id, 'result', v_found.result,
                    'table', 'process_data');
            END IF;
        END IF;
    END IF;
    -- a measured PASS needs fit equipment, or a manager's signed override for this station
    p_measurements := p_measurements - 'equipment_override';
    IF p_result = 'PASS' AND COALESCE(p_equipment, '') <> ''
            AND jsonb_path_exists(v_proc.quality_criteria,
                                  '$.measurements[*] ? (@.kind == "number")') THEN
        v_problem := nh_equipment_problem(p_equipment);
        IF v_problem IS NOT NULL THEN
            v_override := nh_equipment_override(p_equipment, p_station, v_problem);
            IF v_override IS NULL THEN
                RAISE EXCEPTION USING ERRCODE = 'NH003',
                    MESSAGE = format('BR-003: equipment %s is not fit for a measured PASS (%s);'
                                     ' a manager''s signed override is needed',
                                     left(p_equipment, 50), v_problem),
                    DETAIL = format('equipment_unfit equipment=%s problem=%s',
                                    left(p_equipment, 50), v_problem);
            END IF;
            p_measurements := COALESCE(p_measurements, CAST('{}' AS jsonb))
                              || jsonb_build_object('equipment_override', v_override);
        END IF;
    END IF;
    v_unit := nh_lock_unit(p_unit, v_proc.sequence_order > 6);
    IF v_unit.kind = 'WIP' THEN
        v_wip := v_unit.wip_row;
        IF v_wip.current_process_id IS DISTINCT FROM v_proc.id THEN
            RAISE EXCEPTION USING ERRCODE = 'NH002',
                MESSAGE = format('BR-002: WIP %s is not in progress at %s; start it first',
                                 v_wip.wip_id, p_process), DETAIL = 'not_started';
        END IF;
        INSERT INTO wip_process_history (wip_item_id, process_id, operator_id, equipment_id,
                                         result, measurements, defects, notes)
        VALUES (v_wip.id, v_proc.id, v_actor.id,
                (SELECT e.id FROM equipment e WHERE e.equipment_code = p_equipment),
                p_result,
                COALESCE(p_measurements, CAST('{}' AS jsonb))
                    || jsonb_build_object('submission_id', NULLIF(p_submission, '')),
                COALESCE(p_defects, CAST('[]' AS jsonb)), p_notes)
        RETURNING wip_process_history.id INTO v_record;
        PERFORM nh_notify('step_recorded', v_wip.lot_id, v_wip.wip_id, p_process);
        v_view := nh_wip_view(v_wip.id) || jsonb_build_object('table', 'wip_process_history');
    ELSE
        v_serial := v_unit.serial_row;
        SELECT d.id INTO v_record FROM process_data d
         WHERE d.serial_id = v_serial.id AND d.process_id = v_proc.id AND d.result IS NULL
         ORDER BY d.start_time, d.id LIMIT 1;
        IF v_record IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'NH002',
                MESSAGE = format('BR-002: serial %s is not in progress at %s; start it first',
                                 v_serial.serial_number, p_process), DETAIL = 'not_started';
        END IF;
        UPDATE process_data
           SET process_specific_data = process_specific_data || jsonb_build_object(
                   'measurements', COALESCE(p_measurements, CAST('{}' AS jsonb)),
                   'defects', COALESCE(p_defects, CAST('[]' AS jsonb)),
                   'submission_id', NULLIF(p_submission, ''),
                   -- process_data has no equipment column: the record names its equipment
                   'equipment', (SELECT jsonb_build_object('id', e.id, 'code', e.equipment_code,
                                                           'name', e.equipment_name)
                                   FROM equipment e WHERE e.equipment_code = p_equipment)),
               result = p_result, complete_time = now(), notes = p_notes
         WHERE process_data.id = v_record;
        PERFORM nh_notify('step_recorded', v_serial.lot_id, v_serial.serial_number, p_process);
        v_view := nh_serial_view(v_serial.id) || jsonb_build_object('table', 'process_data');
    END IF;
    RETURN v_view || jsonb_build_object('found', false, 'record_id', v_record,
                                        'result', p_result);
END;
$$
"""
)

#: PROC-001: the LOT's next WIP, claimed for marking.  ``p_resume`` (a retry after an
#: unknown commit): this operator's just-issued, unmarked WIP of the LOT, if there is one.
NH_ISSUE_WIP = (
    r"""
CREATE OR REPLACE FUNCTION nh_issue_wip(p_lot text, p_station text, p_resume boolean)
RETURNS jsonb
"""
    + _HEAD
    + r"""
DECLARE
    v_actor users%ROWTYPE := nh_require_actor(ARRAY['WORKER', 'MANAGER', 'ADMIN']);
    v_proc processes%ROWTYPE := nh_process('PROC-001');
    v_lot lots%ROWTYPE;
    v_seq integer;
    v_wip bigint;
    v_wip_id text;
BEGIN
    PERFORM nh_set_station(p_station);
    SELECT * INTO v_lot FROM lots WHERE lot_number = p_lot FOR NO KEY UPDATE;
    IF v_lot.id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'NH004',
            MESSAGE = format('BR-004: LOT %s is not registered', p_lot), DETAIL = 'not_found';
    END IF;
    IF p_resume THEN
        SELECT w.id INTO v_wip FROM wip_items w
         WHERE w.lot_id = v_lot.id AND w.current_process_id = v_proc.id
           AND w.created_at > now() - interval '10 minutes'
           AND NOT EXISTS (SELECT 1 FROM wip_process_history h WHERE h.wip_item_id = w.id)
           AND EXISTS (SELECT 1 FROM audit_logs a WHERE a.table_name = 'wip_items'
                          AND a.record_id = w.id AND a.action = 'INSERT'
                          AND a.user_id = v_actor.id
                          AND a.station IS NOT DISTINCT FROM NULLIF(p_station, ''))
         ORDER BY w.id DESC LIMIT 1;
        IF v_wip IS NOT NULL THEN
            RETURN nh_wip_view(v_wip) || jsonb_build_object('found', true);
        END IF;
    END IF;
    SELECT COALESCE(max(w.sequence_in_lot), 0) + 1 INTO v_seq
      FROM wip_items w WHERE w.lot_id = v_lot.id;
    v_wip_id := 'WIP-' || v_lot.lot_number || '-' || lpad(CAST(v_seq AS text), 3, '0');
    INSERT INTO wip_items (wip_id, lot_id, sequence_in_lot)
    VALUES (v_wip_id, v_lot.id, v_seq) RETURNING wip_items.id INTO v_wip;
    UPDATE wip_items SET current_process_id = v_proc.id WHERE id = v_wip;
    PERFORM nh_notify('wip_issued', v_lot.id, v_wip_id, 'PROC-001');
    RETURN nh_wip_view(v_wip) || jsonb_build_object('found', false);
END;
$$
"""
)

#: PROC-007, one statement: the serial, the WIP CONVERTED, PROC-007 started (idempotent)
NH_CONVERT = (
    r"""
CREATE OR REPLACE FUNCTION nh_convert(p_wip text, p_station text) RETURNS jsonb
"""
    + _HEAD
    + r"""
DECLARE
    v_actor users%ROWTYPE := nh_require_actor(ARRAY['WORKER', 'MANAGER', 'ADMIN']);
    v_proc processes%ROWTYPE := nh_process('PROC-007');
    v_wip wip_items%ROWTYPE;
    v_lot lots%ROWTYPE;
    v_serial bigint;
    v_number text;
    v_record bigint;
BEGIN
    PERFORM nh_set_station(p_station);
    SELECT * INTO v_wip FROM wip_items WHERE wip_id = p_wip FOR UPDATE NOWAIT;
    IF v_wip.id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'NH002',
            MESSAGE = format('BR-002: %s is not registered', p_wip), DETAIL = 'not_found';
    END IF;
    IF v_wip.status = 'CONVERTED' THEN
        SELECT max(d.id) INTO v_record FROM process_data d
         WHERE d.serial_id = v_wip.serial_id AND d.process_id = v_proc.id;
        IF v_record IS NOT NULL THEN
            RETURN nh_serial_view(v_wip.serial_id) || jsonb_build_object(
                'found', true, 'record_id', v_record, 'wip_id', v_wip.wip_id);
        END IF;
    END IF;
    IF v_wip.status <> 'COMPLETED' THEN
        RAISE EXCEPTION USING ERRCODE = 'NH002',
            MESSAGE = format('BR-002: WIP %s is %s; only a COMPLETED WIP gets its serial',
                             v_wip.wip_id, v_wip.status);
    END IF;
    SELECT * INTO v_lot FROM lots WHERE id = v_wip.lot_id;
    v_number := v_lot.lot_number || '-' || lpad(CAST(v_wip.sequence_in_lot AS text), 4, '0');
    INSERT INTO serials (serial_number, lot_id, sequence)
    VALUES (v_number, v_wip.lot_id, v_wip.sequence_in_lot) RETURNING serials.id INTO v_serial;
    UPDATE wip_items SET status = 'CONVERTED', serial_id = v_serial, converted_at = now()
     WHERE id = v_wip.id;
    INSERT INTO process_data (lot_id, serial_id, process_id, operator_id, process_specific_data)
    VALUES (v_wip.lot_id, v_serial, v_proc.id, v_actor.id,
            jsonb_build_object('prints', CAST('[]' AS jsonb), 'wip_id', v_wip.wip_id))
    RETURNING process_data.id INTO v_record;
    PERFORM nh_notify('converted', v_wip.lot_id, v_number, 'PROC-007');
    RETURN nh_serial_view(v_serial) || jsonb_build_object(
        'found', false, 'record_id', v_record, 'wip_id', v_wip.wip_id);
END;
$$
"""
)

#: a label print appended to the serial's PROC-007 record (who and when are the server's)
NH_RECORD_PRINT = (
    r"""
CREATE OR REPLACE FUNCTION nh_record_print(p_serial text, p_printer text, p_reason text,
                                           p_submission text, p_station text) RETURNS jsonb
"""
    + _HEAD
    + r"""
DECLARE
    v_actor users%ROWTYPE := nh_require_actor(ARRAY['WORKER', 'MANAGER', 'ADMIN']);
    v_serial serials%ROWTYPE;
    v_record process_data%ROWTYPE;
    v_entry jsonb;
BEGIN
    PERFORM nh_set_station(p_station);
    SELECT * INTO v_serial FROM serials WHERE serial_number = p_serial;
    SELECT d.* INTO v_record FROM process_data d
     WHERE d.serial_id = v_serial.id
       AND d.process_id = (SELECT p.id FROM processes p WHERE p.process_id = 'PROC-007')
     ORDER BY d.id DESC LIMIT 1 FOR UPDATE;
    IF v_record.id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'NH002',
            MESSAGE = format('BR-002: %s has no PROC-007 record to print for', p_serial),
            DETAIL = 'no_record';
    END IF;
    SELECT e INTO v_entry
      FROM jsonb_array_elements(COALESCE(v_record.process_specific_data -> 'prints', '[]')) e
     WHERE e ->> 'submission_id' = p_submission;
    IF v_entry IS NOT NULL THEN
        RETURN v_entry || jsonb_build_object('found', true);
    END IF;
    v_entry := jsonb_build_object('at', now(), 'user', v_actor.user_id, 'user_pk', v_actor.id,
                                  'printer', left(p_printer, 200),
                                  'reason', NULLIF(btrim(left(p_reason, 500)), ''),
                                  'kind', 'serial', 'submission_id', p_submission);
    UPDATE process_data
       SET process_specific_data = jsonb_set(process_specific_data, '{prints}',
               COALESCE(process_specific_data -> 'prints', '[]') || jsonb_build_array(v_entry))
     WHERE id = v_record.id;
    PERFORM nh_notify('label_printed', v_serial.lot_id, p_serial, 'PROC-007');
    RETURN v_entry || jsonb_build_object('found', false);
END;
$$
"""
)

# -- manager actions (MANAGER, ADMIN) -------------------------------------------------------
NH_CREATE_LOT = (
    r"""
CREATE OR REPLACE FUNCTION nh_create_lot(p_lot text, p_model text, p_shift text,
                                         p_target integer, p_station text) RETURNS bigint
"""
    + _HEAD
    + r"""
DECLARE
    v_actor users%ROWTYPE := nh_require_actor(ARRAY['MANAGER', 'ADMIN']);
    v_model bigint;
    v_lot bigint;
BEGIN
    PERFORM nh_set_station(p_station);
    SELECT id INTO v_model FROM product_models WHERE model_code = p_model AND is_active;
    IF v_model IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'NH004',
            MESSAGE = format('BR-004: model %s does not exist', p_model), DETAIL = 'not_found';
    END IF;
    INSERT INTO lots (lot_number, product_model_id, target_quantity, shift, created_by)
    VALUES (p_lot, v_model, p_target, p_shift, v_actor.user_id) RETURNING id INTO v_lot;
    PERFORM nh_notify('lot_created', v_lot, p_lot, NULL);
    RETURN v_lot;
END;
$$
"""
)

#: COMPLETED only when every unit is PASSED (its serial) or SCRAPPED; CLOSED from COMPLETED.
#: A signed decision (domain.md §7): the caller, connected as themselves, is the signer; the
#: reason goes into the audit rows (neurohub.reason) and the signatures row (RELEASED /
#: CLOSED, subject = the LOT number); ``p_operator``: who is logged in at that station
NH_SET_LOT_STATUS = (
    r"""
CREATE OR REPLACE FUNCTION nh_set_lot_status(p_lot text, p_status text, p_reason text,
                                             p_station text, p_operator text DEFAULT NULL)
    RETURNS jsonb
"""
    + _HEAD
    + r"""
DECLARE
    v_actor users%ROWTYPE := nh_require_actor(ARRAY['MANAGER', 'ADMIN']);
    v_lot lots%ROWTYPE;
    v_open bigint;
    v_why text := nh_signed_reason(p_reason);
    v_sig bigint;
BEGIN
    PERFORM nh_set_station(p_station);
    SELECT * INTO v_lot FROM lots WHERE lot_number = p_lot FOR UPDATE NOWAIT;
    IF v_lot.id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'NH001',
            MESSAGE = format('BR-001: LOT %s does not exist', p_lot), DETAIL = 'not_found';
    END IF;
    IF p_status = 'COMPLETED' THEN
        SELECT (SELECT count(*) FROM wip_items w WHERE w.lot_id = v_lot.id
                   AND w.status NOT IN ('CONVERTED', 'SCRAPPED'))
             + (SELECT count(*) FROM serials x WHERE x.lot_id = v_lot.id
                   AND x.status NOT IN ('PASSED', 'SCRAPPED'))
          INTO v_open;
        IF v_open > 0 THEN
            RAISE EXCEPTION USING ERRCODE = 'NH001',
                MESSAGE = format('BR-001: LOT %s still has %s unit(s) on the line; every unit '
                                 'must be PASSED or SCRAPPED first', p_lot, v_open),
                DETAIL = format('lot_id=%s open=%s', v_lot.id, v_open);
        END IF;
    ELSIF p_status <> 'CLOSED' THEN
        RAISE EXCEPTION USING ERRCODE = 'NH001',
            MESSAGE = format('BR-001: a manager completes or closes a LOT, not %s', p_status);
    END IF;
    UPDATE lots SET status = p_status WHERE id = v_lot.id;
    v_sig := nh_sign_decision(v_actor.id,
                              CASE WHEN p_status = 'COMPLETED' THEN 'RELEASED' ELSE 'CLOSED' END,
                              v_why, p_lot, p_station, p_operator,
                              jsonb_build_object('lot_id', v_lot.id, 'from', v_lot.status,
                                                 'to', p_status));
    PERFORM nh_notify('lot_status', v_lot.id, p_lot, NULL);
    RETURN jsonb_build_object('lot', p_lot, 'status', p_status, 'signature_id', v_sig,
                              'signer', v_actor.user_id);
END;
$$
"""
)

#: the reason of a signed decision (1-500 characters, white space only is none), put where
#: BR-006 takes it for this transaction's audit rows
NH_SIGNED_REASON = r"""
CREATE OR REPLACE FUNCTION nh_signed_reason(p_reason text) RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_why text := btrim(COALESCE(p_reason, ''));
BEGIN
    IF v_why !~ '[^[:space:]]' OR length(v_why) > 500 THEN
        RAISE EXCEPTION USING ERRCODE = 'NH005',
            MESSAGE = 'BR-005: a signed decision needs a reason (1-500 characters)',
            DETAIL = 'reason_required';
    END IF;
    PERFORM set_config('neurohub.reason', v_why, true);
    RETURN v_why;
END;
$$
"""

#: the signatures row of a manager's decision: signer (the connected person), meaning,
#: reason, subject, station, and the operator logged in there (a users row, if named)
NH_SIGN_DECISION = r"""
CREATE OR REPLACE FUNCTION nh_sign_decision(p_signer bigint, p_meaning text, p_reason text,
                                            p_subject text, p_station text, p_operator text,
                                            p_details jsonb) RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_operator users%ROWTYPE;
    v_id bigint;
BEGIN
    IF NULLIF(btrim(p_operator), '') IS NOT NULL THEN
        SELECT * INTO v_operator FROM users WHERE user_id = btrim(p_operator);
        IF v_operator.id IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = '22023',
                MESSAGE = format('NH-SIGN: operator %s does not exist', left(p_operator, 50)),
                DETAIL = 'not_found';
        END IF;
    END IF;
    INSERT INTO signatures (signer_id, meaning, reason, subject, station, details, signed_at)
    VALUES (p_signer, p_meaning, p_reason, left(p_subject, 100),
            NULLIF(left(btrim(COALESCE(p_station, '')), 100), ''),
            COALESCE(p_details, '{}')
              || CASE WHEN v_operator.id IS NULL THEN '{}'
                      ELSE jsonb_build_object('operator', v_operator.user_id,
                                              'operator_pk', v_operator.id) END,
            now())
    RETURNING id INTO v_id;
    RETURN v_id;
END;
$$
"""

#: reopen (rework) or scrap a FAILED unit: a manager's decision, with a reason
NH_DISPOSE_UNIT = (
    r"""
CREATE OR REPLACE FUNCTION nh_dispose_unit(p_unit text, p_action text, p_reason text,
                                           p_station text, p_operator text DEFAULT NULL)
    RETURNS jsonb
"""
    + _HEAD
    + r"""
DECLARE
    v_actor users%ROWTYPE := nh_require_actor(ARRAY['MANAGER', 'ADMIN']);
    v_unit record;
    v_status text;
    v_lot bigint;
    v_name text;
    v_why text := nh_signed_reason(p_reason);
    v_sig bigint;
    v_view jsonb;
BEGIN
    PERFORM nh_set_station(p_station);
    IF p_action NOT IN ('reopen', 'scrap') THEN
        RAISE EXCEPTION USING ERRCODE = 'NH005',
            MESSAGE = format('BR-005: unknown decision %s', p_action);
    END IF;
    v_unit := nh_lock_unit(p_unit, true);
    IF v_unit.kind = 'WIP' THEN
        v_status := (v_unit.wip_row).status;
        v_lot := (v_unit.wip_row).lot_id;
        v_name := (v_unit.wip_row).wip_id;
    ELSE
        v_status := (v_unit.serial_row).status;
        v_lot := (v_unit.serial_row).lot_id;
        v_name := (v_unit.serial_row).serial_number;
    END IF;
    IF v_status <> 'FAILED' THEN
        RAISE EXCEPTION USING ERRCODE = 'NH005',
            MESSAGE = format('BR-005: %s is %s, not FAILED', v_name, v_status),
            DETAIL = 'not_failed';
    END IF;
    IF v_unit.kind = 'WIP' THEN
        UPDATE wip_items SET status = CASE WHEN p_action = 'reopen' THEN 'IN_PROGRESS'
                                           ELSE 'SCRAPPED' END
         WHERE id = v_unit.id;
    ELSE
        UPDATE serials
           SET status = CASE WHEN p_action = 'reopen' THEN 'IN_PROGRESS' ELSE 'SCRAPPED' END,
               failure_reason = COALESCE(failure_reason, '')
                   || format(' | %s by %s: %s',
                             CASE WHEN p_action = 'reopen' THEN 'reopened' ELSE 'scrapped' END,
                             v_actor.user_id, left(v_why, 500))
         WHERE id = v_unit.id;
    END IF;
    v_sig := nh_sign_decision(v_actor.id,
                              CASE WHEN p_action = 'reopen' THEN 'REWORK_APPROVED'
                                   ELSE 'SCRAPPED' END,
                              v_why, v_name, p_station, p_operator,
                              jsonb_build_object('kind', v_unit.kind, 'unit_pk', v_unit.id,
                                                 'lot_id', v_lot));
    PERFORM nh_notify(CASE WHEN p_action = 'reopen' THEN 'unit_reopened' ELSE 'unit_scrapped'
                      END, v_lot, v_name, NULL);
    v_view := CASE WHEN v_unit.kind = 'WIP' THEN nh_wip_view(v_unit.id)
                   ELSE nh_serial_view(v_unit.id) END;
    RETURN v_view || jsonb_build_object('signature_id', v_sig, 'signer', v_actor.user_id);
END;
$$
"""
)

# -- accounts ---------------------------------------------------------------------------------
#: the login role of a users row, and whether it is ours (a member of <ns>_login)
NH_LOGIN_ROLE = r"""
CREATE OR REPLACE FUNCTION nh_login_role(p_user_id text) RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
SELECT CASE WHEN p_user_id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$'
            THEN public.nh_ns() || '_u_' || p_user_id END
$$
"""

#: bring a person's login role in line with their users row: groups, LOGIN while active and
#: not locked, connection limit, session defaults
NH_SYNC_LOGIN = (
    r"""
CREATE OR REPLACE FUNCTION nh_sync_login(p_user bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v users%ROWTYPE;
    v_role text;
    v_ns text := nh_ns();
    g text;
BEGIN
    SELECT * INTO v FROM users WHERE id = p_user;
    v_role := nh_login_role(v.user_id);
    IF v_role IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
        RETURN;
    END IF;
    EXECUTE format('ALTER ROLE %I %s INHERIT CONNECTION LIMIT %s', v_role,
                   CASE WHEN v.is_active AND (v.locked_until IS NULL OR v.locked_until <= now())
                        THEN 'LOGIN' ELSE 'NOLOGIN' END, """
    + str(LOGIN_CONNECTION_LIMIT)
    + r""");
    EXECUTE format('GRANT %I TO %I', v_ns || '_login', v_role);
    FOREACH g IN ARRAY ARRAY['viewer', 'worker', 'manager', 'admin'] LOOP
        IF g = lower(v.role) THEN
            EXECUTE format('GRANT %I TO %I', v_ns || '_' || g, v_role);
        ELSIF pg_has_role(v_role, v_ns || '_' || g, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', v_ns || '_' || g, v_role);
        END IF;
    END LOOP;
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET statement_timeout = ''30s''', v_role,
                   current_database());
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET idle_in_transaction_session_timeout '
                   '= ''60s''', v_role, current_database());
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET lock_timeout = ''10s''', v_role,
                   current_database());
END;
$$
"""
)

NH_CHECK_VERIFIER = r"""
CREATE OR REPLACE FUNCTION nh_check_verifier(p_verifier text) RETURNS void
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_verifier IS NULL OR p_verifier !~
            '^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/=]{12,64}\$[A-Za-z0-9+/=]{44}:[A-Za-z0-9+/=]{44}$'
    THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'NH-AUTH: a password is sent as a SCRAM-SHA-256 verifier',
            DETAIL = 'bad_verifier';
    END IF;
END;
$$
"""

#: the kiosk, before a login attempt: the role to connect as, or why not.  Every attempt
#: counts as a failure until the person's own session says otherwise (nh_session_start), so
#: a client that dies mid-login still counts it; the 5th failure locks for 10 minutes.
NH_LOGIN_BEGIN = (
    r"""
CREATE OR REPLACE FUNCTION nh_login_begin(p_user_id text) RETURNS jsonb
"""
    + _HEAD
    + r"""
DECLARE
    v users%ROWTYPE;
    v_role text := nh_login_role(p_user_id);
BEGIN
    IF v_role IS NULL THEN
        RETURN jsonb_build_object('state', 'ok', 'role', NULL);
    END IF;
    SELECT * INTO v FROM users WHERE user_id = p_user_id FOR UPDATE;
    IF v.id IS NULL THEN
        RETURN jsonb_build_object('state', 'ok', 'role', v_role);  -- no enumeration
    END IF;
    IF v.locked_until IS NOT NULL AND v.locked_until > now() THEN
        RETURN jsonb_build_object('state', 'locked', 'role', v_role,
                                  'locked_until', v.locked_until);
    END IF;
    IF v.locked_until IS NOT NULL THEN  -- the lock ran out: a fresh series of attempts
        UPDATE users SET locked_until = NULL, failed_login_count = 1 WHERE id = v.id;
        PERFORM nh_sync_login(v.id);
    ELSIF v.failed_login_count >= 5 THEN
        UPDATE users SET locked_until = now() + interval '10 minutes' WHERE id = v.id
        RETURNING * INTO v;
        PERFORM nh_sync_login(v.id);
        RETURN jsonb_build_object('state', 'locked', 'role', v_role,
                                  'locked_until', v.locked_until);
    ELSE
        UPDATE users SET failed_login_count = failed_login_count + 1 WHERE id = v.id;
    END IF;
    RETURN jsonb_build_object('state', 'ok', 'role', v_role);
END;
$$
"""
)

#: the kiosk, after PostgreSQL refused the password: locks at the 5th failure
NH_LOGIN_FAILED = (
    r"""
CREATE OR REPLACE FUNCTION nh_login_failed(p_user_id text) RETURNS jsonb
"""
    + _HEAD
    + r"""
DECLARE
    v users%ROWTYPE;
BEGIN
    SELECT * INTO v FROM users WHERE user_id = p_user_id FOR UPDATE;
    IF v.id IS NULL THEN
        RETURN jsonb_build_object('state', 'failed');
    END IF;
    IF v.locked_until IS NULL AND v.failed_login_count >= 5 THEN
        UPDATE users SET locked_until = now() + interval '10 minutes' WHERE id = v.id
        RETURNING * INTO v;
        PERFORM nh_sync_login(v.id);
    END IF;
    IF v.locked_until IS NOT NULL AND v.locked_until > now() THEN
        RETURN jsonb_build_object('state', 'locked', 'locked_until', v.locked_until);
    END IF;
    RETURN jsonb_build_object('state', 'failed');
END;
$$
"""
)

#: the person's own session, right after PostgreSQL accepted the password
NH_SESSION_START = (
    r"""
CREATE OR REPLACE FUNCTION nh_session_start() RETURNS jsonb
"""
    + _HEAD
    + r"""
DECLARE
    v users%ROWTYPE;
BEGIN
    SELECT * INTO v FROM users WHERE id = nh_actor() FOR UPDATE;
    IF v.id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'NH-AUTH: this session is not a NeuroHub user';
    END IF;
    IF NOT v.is_active THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('NH-AUTH: account %s is disabled', v.user_id), DETAIL = 'inactive';
    END IF;
    UPDATE users SET failed_login_count = 0, locked_until = NULL, last_login_at = now()
     WHERE id = v.id;
    RETURN jsonb_build_object('id', v.id, 'user_id', v.user_id, 'username', v.username,
                              'role', v.role, 'must_change_password', v.must_change_password);
END;
$$
"""
)

NH_CHANGE_PASSWORD = (
    r"""
CREATE OR REPLACE FUNCTION nh_change_password(p_verifier text) RETURNS void
"""
    + _HEAD
    + r"""
DECLARE
    v users%ROWTYPE;
BEGIN
    SELECT * INTO v FROM users WHERE id = nh_actor() FOR UPDATE;
    IF v.id IS NULL OR NOT v.is_active THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'NH-AUTH: this session is not an active NeuroHub user';
    END IF;
    PERFORM nh_check_verifier(p_verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', nh_login_role(v.user_id), p_verifier);
    UPDATE users SET must_change_password = false, password_hash = """
    + PG_CHECKED
    + r"""
     WHERE id = v.id;
END;
$$
"""
)

NH_CREATE_USER = (
    r"""
CREATE OR REPLACE FUNCTION nh_create_user(p_user_id text, p_username text, p_role text,
                                          p_verifier text, p_email text) RETURNS bigint
"""
    + _HEAD
    + r"""
DECLARE
    v_admin bigint := nh_require_admin();
    v_reason text := nh_require_reason();
    v_role text := nh_login_role(p_user_id);
    v_id bigint;
BEGIN
    IF v_role IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('NH-AUTH: login id %L must be 1-50 of A-Z a-z 0-9 . _ -',
                             left(p_user_id, 60)), DETAIL = 'bad_user_id';
    END IF;
    IF btrim(COALESCE(p_username, '')) = '' OR length(p_username) > 100
            OR p_username ~ '[[:cntrl:]]' THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'NH-AUTH: a display name of 1-100 characters is required',
            DETAIL = 'bad_username';
    END IF;
    PERFORM nh_check_verifier(p_verifier);
    IF EXISTS (SELECT 1 FROM users WHERE user_id = p_user_id) THEN
        RAISE EXCEPTION USING ERRCODE = '23505',
            MESSAGE = format('NH-AUTH: login id %s is taken', p_user_id),
            DETAIL = 'duplicate_user_id';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role)
            AND NOT pg_has_role(v_role, nh_ns() || '_login', 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = '42710',
            MESSAGE = format('NH-AUTH: a PostgreSQL role %s exists and is not NeuroHub''s',
                             v_role), DETAIL = 'role_clash';
    END IF;
    INSERT INTO users (user_id, username, email, password_hash, role, must_change_password)
    VALUES (p_user_id, btrim(p_username), NULLIF(btrim(p_email), ''), """
    + PG_CHECKED
    + r""",
            p_role, true)
    RETURNING id INTO v_id;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
        EXECUTE format('CREATE ROLE %I LOGIN INHERIT PASSWORD %L', v_role, p_verifier);
    ELSE
        EXECUTE format('ALTER ROLE %I PASSWORD %L', v_role, p_verifier);
    END IF;
    PERFORM nh_sync_login(v_id);
    PERFORM nh_notify('users_changed', NULL, p_user_id, NULL);
    RETURN v_id;
END;
$$
"""
)

#: ADMIN: role, display name, active, unlock, password reset (forced change at next login)
NH_UPDATE_USER = (
    r"""
CREATE OR REPLACE FUNCTION nh_update_user(p_user_id text, p_role text, p_username text,
                                          p_active boolean, p_unlock boolean,
                                          p_verifier text) RETURNS void
"""
    + _HEAD
    + r"""
DECLARE
    v_admin bigint := nh_require_admin();
    v_reason text := nh_require_reason();
    v users%ROWTYPE;
BEGIN
    SELECT * INTO v FROM users WHERE user_id = p_user_id FOR UPDATE;
    IF v.id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('NH-AUTH: no user %s', left(p_user_id, 60)), DETAIL = 'not_found';
    END IF;
    IF v_admin = v.id AND (p_role IS DISTINCT FROM NULL AND p_role <> 'ADMIN'
                           OR p_active IS FALSE) THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'NH-AUTH: an ADMIN cannot demote or deactivate their own account',
            DETAIL = 'self';
    END IF;
    IF p_username IS NOT NULL AND (btrim(p_username) = '' OR length(p_username) > 100
                                   OR p_username ~ '[[:cntrl:]]') THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'NH-AUTH: a display name of 1-100 characters is required',
            DETAIL = 'bad_username';
    END IF;
    IF p_verifier IS NOT NULL THEN
        PERFORM nh_check_verifier(p_verifier);
        EXECUTE format('ALTER ROLE %I PASSWORD %L', nh_login_role(v.user_id), p_verifier);
    END IF;
    UPDATE users
       SET role = COALESCE(p_role, role),
           username = COALESCE(btrim(p_username), username),
           is_active = COALESCE(p_active, is_active),
           failed_login_count = CASE WHEN p_unlock THEN 0 ELSE failed_login_count END,
           locked_until = CASE WHEN p_unlock THEN NULL ELSE locked_until END,
           must_change_password = must_change_password OR p_verifier IS NOT NULL,
           password_hash = CASE WHEN p_verifier IS NOT NULL THEN """
    + PG_CHECKED
    + r"""
                                ELSE password_hash END
     WHERE id = v.id;
    PERFORM nh_sync_login(v.id);
    PERFORM nh_notify('users_changed', NULL, v.user_id, NULL);
END;
$$
"""
)

# -- line set-up (ADMIN) ----------------------------------------------------------------------
#: a new criteria version for a process (its number is the previous one + 1)
#: a new version of a process's criteria: their shape checked here too (the CLI and the
#: screen check more, domain/criteria_edit.py), the version always the stored one + 1
NH_SET_CRITERIA = (
    r"""
CREATE OR REPLACE FUNCTION nh_set_criteria(p_process text, p_criteria jsonb) RETURNS integer
"""
    + _HEAD
    + r"""
DECLARE
    v_admin bigint := nh_require_admin();
    v_reason text := nh_require_reason();
    v_proc processes%ROWTYPE;
    v_version integer;
    v_bad text;
BEGIN
    SELECT * INTO v_proc FROM processes WHERE process_id = p_process FOR UPDATE;
    IF v_proc.id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('NH-ADMIN: unknown process %s', left(p_process, 20)),
            DETAIL = 'not_found';
    END IF;
    IF jsonb_typeof(p_criteria -> 'measurements') IS DISTINCT FROM 'array'
            OR jsonb_typeof(p_criteria -> 'defect_codes') IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION USING ERRCODE = 'NH003',
            MESSAGE = 'BR-003: criteria need "measurements" and "defect_codes" arrays';
    END IF;
    SELECT COALESCE(m ->> 'code', '(no code)') INTO v_bad
      FROM jsonb_array_elements(p_criteria -> 'measurements') AS m
     WHERE jsonb_typeof(m) <> 'object' OR jsonb_typeof(m -> 'code') IS DISTINCT FROM 'string'
        OR (m ->> 'kind') IS DISTINCT FROM 'number' AND (m ->> 'kind') IS DISTINCT FROM 'bool'
           AND (m ->> 'kind') IS DISTINCT FROM 'text'
           AND (m ->> 'kind') IS DISTINCT FROM 'component'
        OR (m ->> 'kind') = 'component' AND jsonb_typeof(m -> 'format') IS DISTINCT FROM 'string'
        OR (jsonb_typeof(m -> 'lsl') = 'number' AND jsonb_typeof(m -> 'usl') = 'number'
            AND CAST(m ->> 'lsl' AS numeric) >= CAST(m ->> 'usl' AS numeric))
     LIMIT 1;
    IF v_bad IS NULL THEN
        SELECT code INTO v_bad FROM (
            SELECT m ->> 'code' AS code FROM jsonb_array_elements(p_criteria -> 'measurements') m
            UNION ALL
            SELECT d ->> 'code' FROM jsonb_array_elements(p_criteria -> 'defect_codes') d
        ) AS codes GROUP BY code HAVING count(*) > 1 LIMIT 1;
    END IF;
    IF v_bad IS NULL THEN
        SELECT COALESCE(d ->> 'code', '(no code)') INTO v_bad
          FROM jsonb_array_elements(p_criteria -> 'defect_codes') AS d
         WHERE jsonb_typeof(d) <> 'object' OR jsonb_typeof(d -> 'code') IS DISTINCT FROM 'string'
         LIMIT 1;
    END IF;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'NH003',
            MESSAGE = format('BR-003: criteria item %s is malformed or repeated (an object with'
                             ' a unique text code; kind number, bool, text or component (with'
                             ' a format); lsl below usl)',
                             left(v_bad, 50)),
            DETAIL = format('process=%s code=%s', p_process, left(v_bad, 50));
    END IF;
    v_version := CASE WHEN (v_proc.quality_criteria ->> 'version') ~ '^[0-9]{1,9}$'
                      THEN CAST(v_proc.quality_criteria ->> 'version' AS integer) ELSE 0 END + 1;
    UPDATE processes SET quality_criteria = p_criteria || jsonb_build_object('version', v_version)
     WHERE id = v_proc.id;
    PERFORM nh_notify('criteria_changed', NULL, NULL, p_process);
    RETURN v_version;
END;
$$
"""
)

NH_SET_PROCESS_ACTIVE = (
    r"""
CREATE OR REPLACE FUNCTION nh_set_process_active(p_process text, p_active boolean)
RETURNS void
"""
    + _HEAD
    + r"""
DECLARE
    v_admin bigint := nh_require_admin();
    v_reason text := nh_require_reason();
BEGIN
    UPDATE processes SET is_active = p_active WHERE process_id = p_process;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'NH002',
            MESSAGE = format('BR-002: unknown process %s', p_process);
    END IF;
    PERFORM nh_notify('process_changed', NULL, NULL, p_process);
END;
$$
"""
)

NH_ADD_FIRMWARE = (
    r"""
CREATE OR REPLACE FUNCTION nh_add_firmware(p_version text, p_filename text, p_file_path text,
                                           p_size bigint, p_md5 text, p_mcu text,
                                           p_notes text) RETURNS bigint
"""
    + _HEAD
    + r"""
DECLARE
    v_admin bigint := nh_require_admin();
    v_reason text := nh_require_reason();
    v_id bigint;
BEGIN
    IF p_version IS NULL OR length(p_version) > 50
            OR p_version !~ '^v(0|[1-9][0-9]*)[.](0|[1-9][0-9]*)[.](0|[1-9][0-9]*)$' THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('NH-ADMIN: firmware version %s must look like v1.2.3',
                             left(COALESCE(p_version, 'NULL'), 60)),
            DETAIL = 'bad_version';
    END IF;
    IF p_md5 IS NULL OR lower(p_md5) !~ '^[0-9a-f]{32}$' OR COALESCE(p_size, 0) <= 0
            OR COALESCE(btrim(p_filename), '') = '' OR length(p_filename) > 255
            OR COALESCE(btrim(p_file_path), '') = '' OR length(p_file_path) > 500 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'NH-ADMIN: a firmware file has a name (up to 255), a path (up to 500), '
                      'a size above 0 and a 32-digit MD5',
            DETAIL = 'bad_file';
    END IF;
    IF COALESCE(btrim(p_mcu), '') = '' OR length(p_mcu) > 100 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'NH-ADMIN: a firmware names its target MCU (up to 100 characters)',
            DETAIL = 'bad_mcu';
    END IF;
    IF EXISTS (SELECT 1 FROM firmware_versions f WHERE f.version = p_version) THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('NH-ADMIN: firmware %s is registered already', p_version),
            DETAIL = 'duplicate_version';
    END IF;
    INSERT INTO firmware_versions (version, filename, file_path, file_size, md5_hash,
                                   target_mcu, notes)
    VALUES (p_version, p_filename, p_file_path, p_size, lower(p_md5), p_mcu, p_notes)
    RETURNING id INTO v_id;
    RETURN v_id;
END;
$$
"""
)

#: one active version per MCU: the switch is one statement's transaction, the MCU's rows locked
#: first (two admins switching the same MCU queue, not collide); the last active version of an
#: MCU is not retired while a unit is in progress at PROC-004 (its PASS could not be judged)
NH_SET_FIRMWARE_ACTIVE = (
    r"""
CREATE OR REPLACE FUNCTION nh_set_firmware_active(p_version text, p_active boolean)
RETURNS void
"""
    + _HEAD
    + r"""
DECLARE
    v_admin bigint := nh_require_admin();
    v_reason text := nh_require_reason();
    v firmware_versions%ROWTYPE;
BEGIN
    PERFORM 1 FROM firmware_versions f
     WHERE f.target_mcu = (SELECT g.target_mcu FROM firmware_versions g
                            WHERE g.version = p_version)
     ORDER BY f.id FOR UPDATE;
    SELECT * INTO v FROM firmware_versions WHERE version = p_version;
    IF p_active IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'NH-ADMIN: say whether the firmware is to be active (true or false)',
            DETAIL = 'bad_flag';
    END IF;
    IF v.id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('NH-ADMIN: no firmware %s', left(p_version, 60)),
            DETAIL = 'not_found';
    END IF;
    IF NOT p_active AND v.is_active
            AND NOT EXISTS (SELECT 1 FROM firmware_versions f WHERE f.target_mcu = v.target_mcu
                               AND f.is_active AND f.id <> v.id)
            AND EXISTS (SELECT 1 FROM wip_items w JOIN processes p ON p.id = w.current_process_id
                         WHERE p.process_id = 'PROC-004') THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('NH-ADMIN: %s is the active firmware of %s and a PROC-004 step is '
                             'open; activate another version instead', v.version, v.target_mcu),
            DETAIL = 'firmware_in_use';
    END IF;
    IF p_active THEN
        UPDATE firmware_versions SET is_active = false
         WHERE target_mcu = v.target_mcu AND is_active AND id <> v.id;
    END IF;
    UPDATE firmware_versions SET is_active = p_active WHERE id = v.id;
    PERFORM nh_notify('firmware_changed', NULL, NULL, 'PROC-004');
END;
$$
"""
)

NH_SAVE_EQUIPMENT = (
    r"""
CREATE OR REPLACE FUNCTION nh_save_equipment(p_code text, p_name text, p_type text,
                                             p_process text, p_status text,
                                             p_specifications jsonb) RETURNS bigint
"""
    + _HEAD
    + r"""
DECLARE
    v_admin bigint := nh_require_admin();
    v_reason text := nh_require_reason();
    v_process bigint;
    v_id bigint;
BEGIN
    IF COALESCE(btrim(p_code), '') = '' OR length(p_code) > 50
            OR COALESCE(btrim(p_name), '') = '' OR length(p_name) > 255
            OR COALESCE(btrim(p_type), '') = '' OR length(p_type) > 50
            OR (p_specifications IS NOT NULL AND jsonb_typeof(p_specifications) <> 'object')
    THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'NH-ADMIN: equipment needs a code (up to 50), a name (up to 255) and a '
                      'type (up to 50); its specifications are a JSON object',
            DETAIL = 'bad_equipment';
    END IF;
    IF COALESCE(p_status, 'AVAILABLE') NOT IN ('AVAILABLE', 'IN_USE', 'MAINTENANCE',
                                               'OUT_OF_SERVICE', 'RETIRED') THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('NH-ADMIN: unknown equipment status %s', left(p_status, 30)),
            DETAIL = 'bad_status';
    END IF;
    IF p_process IS NOT NULL THEN
        SELECT p.id INTO v_process FROM processes p WHERE p.process_id = p_process;
        IF v_process IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = '22023',
                MESSAGE = format('NH-ADMIN: unknown process %s', left(p_process, 20)),
                DETAIL = 'not_found';
        END IF;
    END IF;
    INSERT INTO equipment (equipment_code, equipment_name, equipment_type, process_id, status,
                           specifications)
    VALUES (p_code, p_name, p_type, v_process, COALESCE(p_status, 'AVAILABLE'),
            COALESCE(p_specifications, CAST('{}' AS jsonb)))
    ON CONFLICT (equipment_code) DO UPDATE
       SET equipment_name = EXCLUDED.equipment_name, equipment_type = EXCLUDED.equipment_type,
           process_id = EXCLUDED.process_id, status = EXCLUDED.status,
           specifications = EXCLUDED.specifications
    RETURNING id INTO v_id;
    PERFORM nh_notify('equipment_changed', NULL, p_code, p_process);
    RETURN v_id;
END;
$$
"""
)

#: the station of each record = the station named when it was inserted (audit trail);
#: readable without reading the audit log
NH_RECORD_STATIONS = r"""
CREATE OR REPLACE FUNCTION nh_record_stations(p_table text, p_ids bigint[])
RETURNS TABLE (record_id bigint, station text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
SELECT a.record_id, CAST(a.station AS text) FROM audit_logs a
 WHERE p_table IN ('wip_process_history', 'process_data', 'wip_items', 'serials')
   AND a.table_name = p_table AND a.record_id = ANY (p_ids) AND a.action = 'INSERT'
$$
"""

# -- equipment fitness and signed overrides (issue 14) ---------------------------------------
#: why equipment may not back a measured PASS, or NULL when it may: UNKNOWN, INACTIVE, its
#: status (MAINTENANCE, OUT_OF_SERVICE, RETIRED), or CALIBRATION_DUE (``specifications.
#: calibration.due`` before today; a due date that is no date counts as due)
NH_EQUIPMENT_PROBLEM = r"""
CREATE OR REPLACE FUNCTION nh_equipment_problem(p_code text) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v equipment%ROWTYPE;
    v_due text;
BEGIN
    SELECT * INTO v FROM equipment WHERE equipment_code = p_code;
    IF v.id IS NULL THEN
        RETURN 'UNKNOWN';
    ELSIF NOT v.is_active THEN
        RETURN 'INACTIVE';
    ELSIF v.status NOT IN ('AVAILABLE', 'IN_USE') THEN
        RETURN v.status;
    END IF;
    v_due := v.specifications #>> '{calibration,due}';
    IF v_due IS NULL THEN
        RETURN NULL;
    END IF;
    BEGIN
        IF CAST(v_due AS date) < current_date THEN
            RETURN 'CALIBRATION_DUE';
        END IF;
    EXCEPTION WHEN invalid_datetime_format OR datetime_field_overflow THEN
        RETURN 'CALIBRATION_DUE';
    END;
    RETURN NULL;
END;
$$
"""

#: the signature in force that lets ``p_station`` record on ``p_equipment`` despite
#: ``p_problem`` (signed for that station, that equipment and that problem, not expired)
NH_EQUIPMENT_OVERRIDE = r"""
CREATE OR REPLACE FUNCTION nh_equipment_override(p_equipment text, p_station text,
                                                 p_problem text) RETURNS bigint
LANGUAGE sql STABLE
SET search_path = pg_catalog, public, pg_temp
AS $$
SELECT s.id FROM signatures s
 WHERE s.meaning = 'EQUIPMENT_OVERRIDE' AND s.subject = p_equipment AND s.station = p_station
   AND s.valid_until > now() AND s.details ->> 'problem' = p_problem
 ORDER BY s.signed_at DESC, s.id DESC
 LIMIT 1
$$
"""

#: hours a signed equipment override holds (one shift)
OVERRIDE_HOURS = 8

#: a MANAGER (or ADMIN), connected as themselves — so PostgreSQL checked their password —
#: signs that ``p_station`` may record measured PASSes on unfit ``p_equipment`` for
#: OVERRIDE_HOURS, with a reason; the signature names the problem it overrides
NH_SIGN_EQUIPMENT_OVERRIDE = (
    r"""
CREATE OR REPLACE FUNCTION nh_sign_equipment_override(p_equipment text, p_station text,
                                                      p_reason text) RETURNS jsonb
"""
    + _HEAD
    + r"""
DECLARE
    v_signer users%ROWTYPE := nh_require_actor(ARRAY['MANAGER', 'ADMIN']);
    v_problem text := nh_equipment_problem(p_equipment);
    v_row signatures%ROWTYPE;
BEGIN
    PERFORM nh_set_station(p_station);
    IF COALESCE(btrim(p_reason), '') = '' OR length(p_reason) > 500 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'NH-SIGN: a signed override needs a reason (up to 500 characters)',
            DETAIL = 'no_reason';
    END IF;
    IF COALESCE(btrim(p_station), '') = '' OR length(p_station) > 100 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'NH-SIGN: an equipment override is signed for a named station',
            DETAIL = 'no_station';
    END IF;
    IF v_problem = 'UNKNOWN' THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('NH-SIGN: unknown equipment %s', left(p_equipment, 50)),
            DETAIL = 'not_found';
    ELSIF v_problem IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('NH-SIGN: equipment %s is fit for use; no override is needed',
                             left(p_equipment, 50)),
            DETAIL = 'override_not_needed';
    END IF;
    INSERT INTO signatures (signer_id, meaning, reason, subject, station, details, signed_at,
                            valid_until)
    VALUES (v_signer.id, 'EQUIPMENT_OVERRIDE', btrim(p_reason), p_equipment, p_station,
            jsonb_build_object('problem', v_problem), now(),
            now() + make_interval(hours => @OVERRIDE_HOURS@))
    RETURNING * INTO v_row;
    PERFORM nh_notify('equipment_changed', NULL, p_equipment, NULL);
    RETURN jsonb_build_object('id', v_row.id, 'signer', v_signer.user_id,
                              'signer_name', v_signer.username, 'meaning', v_row.meaning,
                              'problem', v_problem, 'signed_at', v_row.signed_at,
                              'valid_until', v_row.valid_until);
END;
$$
"""
).replace("@OVERRIDE_HOURS@", str(OVERRIDE_HOURS))

NH_SIGNATURES_IMMUTABLE = r"""
CREATE OR REPLACE FUNCTION nh_signatures_immutable() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'NH006',
        MESSAGE = format('BR-006: signatures are append-only; %s is refused', TG_OP);
END;
$$
"""


# -- set-up -----------------------------------------------------------------------------------
#: function → the app roles whose group may EXECUTE it ("login": every person, "kiosk")
EXECUTE_GRANTS: dict[str, tuple[str, ...]] = {
    "nh_ns()": ("login", "kiosk"),
    "nh_actor()": ("login",),
    "nh_actor_role()": ("login",),
    "nh_login_begin(text)": ("kiosk",),
    "nh_login_failed(text)": ("kiosk",),
    "nh_session_start()": ("login",),
    "nh_change_password(text)": ("login",),
    "nh_record_stations(text, bigint[])": ("login",),
    "nh_start(text, text, text, boolean)": ("worker", "manager", "admin"),
    "nh_cancel(text, text, text)": ("worker", "manager", "admin"),
    "nh_complete(text, text, text, jsonb, jsonb, text, text, text, text)": (
        "worker",
        "manager",
        "admin",
    ),
    "nh_issue_wip(text, text, boolean)": ("worker", "manager", "admin"),
    "nh_convert(text, text)": ("worker", "manager", "admin"),
    "nh_record_print(text, text, text, text, text)": ("worker", "manager", "admin"),
    "nh_create_lot(text, text, text, integer, text)": ("manager", "admin"),
    "nh_set_lot_status(text, text, text, text, text)": ("manager", "admin"),
    "nh_dispose_unit(text, text, text, text, text)": ("manager", "admin"),
    "nh_create_user(text, text, text, text, text)": ("admin",),
    "nh_update_user(text, text, text, boolean, boolean, text)": ("admin",),
    "nh_set_criteria(text, jsonb)": ("admin",),
    "nh_set_process_active(text, boolean)": ("admin",),
    "nh_add_firmware(text, text, text, bigint, text, text, text)": ("admin",),
    "nh_set_firmware_active(text, boolean)": ("admin",),
    "nh_save_equipment(text, text, text, text, text, jsonb)": ("admin",),
    "nh_sign_equipment_override(text, text, text)": ("manager", "admin"),
}
#: tables every person reads (users: every column but password_hash)
READ_TABLES = (
    "product_models",
    "lots",
    "processes",
    "serials",
    "process_data",
    "wip_items",
    "wip_process_history",
    "firmware_versions",
    "equipment",
    "signatures",
    "alembic_version",
)
USER_COLUMNS = (
    "id",
    "user_id",
    "username",
    "email",
    "role",
    "is_active",
    "must_change_password",
    "failed_login_count",
    "locked_until",
    "last_login_at",
    "created_at",
    "updated_at",
)


def _grant_sql() -> str:
    lines = []
    for function, groups in EXECUTE_GRANTS.items():
        for group in groups:
            lines.append(
                f"    EXECUTE format('GRANT EXECUTE ON FUNCTION {function} TO %I', "
                f"v_ns || '_{group}');"
            )
    tables = ", ".join(READ_TABLES)
    columns = ", ".join(USER_COLUMNS)
    lines.append(f"    EXECUTE format('GRANT SELECT ON {tables} TO %I', v_ns || '_login');")
    lines.append(
        f"    EXECUTE format('GRANT SELECT ({columns}) ON users TO %I', v_ns || '_login');"
    )
    lines.append("    EXECUTE format('GRANT SELECT ON audit_logs TO %I', v_ns || '_admin');")
    lines.append("    EXECUTE format('GRANT SELECT ON alembic_version TO %I', v_ns || '_kiosk');")
    return "\n".join(lines)


NH_SETUP_ROLES = (
    r"""
CREATE OR REPLACE FUNCTION nh_setup_roles() RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_ns text := nh_ns();
    v_kiosk text := nh_ns() || '_kiosk';
    v_groups text[] := ARRAY['login', 'viewer', 'worker', 'manager', 'admin'];
    v_all text;
    v_warnings text[] := '{}';
    v_created text[] := '{}';
    g text;
    r record;
    v_role text;
BEGIN
    FOREACH g IN ARRAY v_groups LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_ns || '_' || g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', v_ns || '_' || g);
        END IF;
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_kiosk) THEN
        EXECUTE format('CREATE ROLE %I LOGIN NOINHERIT CONNECTION LIMIT @KIOSK_LIMIT@ '
                       'PASSWORD %L', v_kiosk, v_kiosk);
    ELSE
        EXECUTE format('ALTER ROLE %I LOGIN NOINHERIT CONNECTION LIMIT @KIOSK_LIMIT@ '
                       'PASSWORD %L', v_kiosk, v_kiosk);
    END IF;
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET statement_timeout = ''10s''', v_kiosk,
                   current_database());
    SELECT string_agg(quote_ident(v_ns || '_' || x), ', ') INTO v_all
      FROM unnest(v_groups || ARRAY['kiosk']) AS x;

    -- the database: only NeuroHub's roles connect; nobody makes temporary objects
    BEGIN
        EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
        EXECUTE format('REVOKE ALL ON DATABASE %I FROM %s', current_database(), v_all);
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I', current_database(),
                       v_ns || '_login', v_kiosk);
    EXCEPTION WHEN insufficient_privilege THEN
        v_warnings := v_warnings || format('not the owner of database %s: run as its owner '
            'REVOKE ALL ON DATABASE %s FROM PUBLIC; GRANT CONNECT ON DATABASE %s TO %s, %s',
            current_database(), current_database(), current_database(), v_ns || '_login',
            v_kiosk);
    END;
    BEGIN
        EXECUTE 'REVOKE CREATE ON SCHEMA public FROM PUBLIC';
    EXCEPTION WHEN insufficient_privilege THEN
        v_warnings := v_warnings || CAST('not the owner of schema public: run REVOKE CREATE '
                                         'ON SCHEMA public FROM PUBLIC' AS text);
    END;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I, %I', v_ns || '_login', v_kiosk);

    -- every grant from scratch: nothing left over from an earlier set-up, nor for the roles
    -- of another database (a backup restored under another name carries their grants)
    FOR r IN SELECT DISTINCT a.grantee FROM pg_class c, aclexplode(c.relacl) a
              WHERE c.relnamespace = CAST('public' AS regnamespace) AND a.grantee <> 0
                AND a.grantee <> c.relowner
             UNION
             SELECT DISTINCT a.grantee FROM pg_proc p, aclexplode(p.proacl) a
              WHERE p.pronamespace = CAST('public' AS regnamespace) AND a.grantee <> 0
                AND a.grantee <> p.proowner LOOP
        v_role := pg_get_userbyid(r.grantee);
        IF v_role NOT LIKE v_ns || '\_%' THEN
            EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', v_role);
            EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %I', v_role);
            EXECUTE format('REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM %I', v_role);
            v_warnings := v_warnings || format('revoked the grants of %s (not a role of this '
                                               'database)', v_role);
        END IF;
    END LOOP;
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, %s', v_all);
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, %s', v_all);
    EXECUTE format('REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC, %s', v_all);
"""
    + _grant_sql()
    + r"""

    -- a login role per person (the seeded admin's initial password is the documented one)
    FOR r IN SELECT * FROM users ORDER BY id LOOP
        v_role := nh_login_role(r.user_id);
        IF v_role IS NULL THEN
            v_warnings := v_warnings || format('user %s: the login id cannot be a role name; '
                                               'create the account again', r.user_id);
            CONTINUE;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
            IF r.password_hash = '"""
    + SEED_ADMIN_HASH
    + r"""' THEN
                EXECUTE format('CREATE ROLE %I LOGIN INHERIT PASSWORD %L', v_role,
                               replace('@SEED_VERIFIER@', '#', chr(58)));  -- no ':' (bind)
            ELSE
                EXECUTE format('CREATE ROLE %I LOGIN INHERIT', v_role);
                v_warnings := v_warnings || format('user %s has no password yet: an ADMIN '
                                                   'resets it', r.user_id);
            END IF;
            v_created := v_created || v_role;
        ELSIF NOT pg_has_role(v_role, v_ns || '_login', 'MEMBER') AND EXISTS (
                SELECT 1 FROM pg_roles WHERE rolname = v_role AND (rolsuper OR rolcreaterole
                       OR rolcreatedb OR rolreplication OR rolbypassrls)) THEN
            v_warnings := v_warnings || format('role %s exists with powers of its own; not '
                                               'used for user %s', v_role, r.user_id);
            CONTINUE;
        END IF;
        PERFORM nh_sync_login(r.id);
    END LOOP;
    RETURN jsonb_build_object('namespace', v_ns, 'kiosk', v_kiosk,
                              'groups', to_jsonb(v_groups), 'created', to_jsonb(v_created),
                              'warnings', to_jsonb(v_warnings));
END;
$$
"""
)

#: the downgrade: every role of this database's namespace, persons first
NH_DROP_ROLES = r"""
CREATE OR REPLACE FUNCTION nh_drop_roles() RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_ns text := nh_ns();
    r record;
BEGIN
    FOR r IN SELECT m.rolname FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member
              JOIN pg_roles g ON g.oid = a.roleid
             WHERE g.rolname = v_ns || '_login' AND m.rolname LIKE v_ns || '\_u\_%'
               AND NOT m.rolsuper LOOP
        EXECUTE format('DROP OWNED BY %I', r.rolname);
        EXECUTE format('DROP ROLE %I', r.rolname);
    END LOOP;
    FOR r IN SELECT rolname FROM pg_roles  -- the kiosk stays: it is revision 001's
              WHERE rolname IN (v_ns || '_login', v_ns || '_viewer', v_ns || '_worker',
                                v_ns || '_manager', v_ns || '_admin') LOOP
        EXECUTE format('DROP OWNED BY %I', r.rolname);
        EXECUTE format('DROP ROLE %I', r.rolname);
    END LOOP;
    -- PostgreSQL's defaults again for what nh_setup_roles() took from PUBLIC
    EXECUTE 'GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO PUBLIC';
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_ns || '_kiosk') THEN
        EXECUTE format('REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM %I',
                       v_ns || '_kiosk');
    END IF;
    BEGIN
        EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO PUBLIC', current_database());
    EXCEPTION WHEN insufficient_privilege THEN
        NULL;  -- not the database's owner: its owner decides
    END;
END;
$$
"""

#: name → CREATE OR REPLACE FUNCTION text, in creation order (drop order is the reverse)
FUNCTIONS: dict[str, str] = {
    "nh_require_actor": NH_REQUIRE_ACTOR,
    "nh_require_admin": NH_REQUIRE_ADMIN,
    "nh_require_reason": NH_REQUIRE_REASON,
    "nh_set_station": NH_STATION_NAME,
    "nh_notify": NH_NOTIFY,
    "nh_wip_view": NH_WIP_VIEW,
    "nh_serial_view": NH_SERIAL_VIEW,
    "nh_lock_unit": NH_LOCK_UNIT,
    "nh_process": NH_PROCESS,
    "nh_start": NH_START,
    "nh_cancel": NH_CANCEL,
    "nh_complete": NH_COMPLETE,
    "nh_issue_wip": NH_ISSUE_WIP,
    "nh_convert": NH_CONVERT,
    "nh_record_print": NH_RECORD_PRINT,
    "nh_create_lot": NH_CREATE_LOT,
    "nh_signed_reason": NH_SIGNED_REASON,
    "nh_sign_decision": NH_SIGN_DECISION,
    "nh_set_lot_status": NH_SET_LOT_STATUS,
    "nh_dispose_unit": NH_DISPOSE_UNIT,
    "nh_login_role": NH_LOGIN_ROLE,
    "nh_sync_login": NH_SYNC_LOGIN,
    "nh_check_verifier": NH_CHECK_VERIFIER,
    "nh_login_begin": NH_LOGIN_BEGIN,
    "nh_login_failed": NH_LOGIN_FAILED,
    "nh_session_start": NH_SESSION_START,
    "nh_change_password": NH_CHANGE_PASSWORD,
    "nh_create_user": NH_CREATE_USER,
    "nh_update_user": NH_UPDATE_USER,
    "nh_set_criteria": NH_SET_CRITERIA,
    "nh_set_process_active": NH_SET_PROCESS_ACTIVE,
    "nh_add_firmware": NH_ADD_FIRMWARE,
    "nh_set_firmware_active": NH_SET_FIRMWARE_ACTIVE,
    "nh_save_equipment": NH_SAVE_EQUIPMENT,
    "nh_equipment_problem": NH_EQUIPMENT_PROBLEM,
    "nh_equipment_override": NH_EQUIPMENT_OVERRIDE,
    "nh_sign_equipment_override": NH_SIGN_EQUIPMENT_OVERRIDE,
    "nh_signatures_immutable": NH_SIGNATURES_IMMUTABLE,
    "nh_record_stations": NH_RECORD_STATIONS,
    "nh_setup_roles": NH_SETUP_ROLES.replace("@KIOSK_LIMIT@", str(KIOSK_CONNECTION_LIMIT)).replace(
        "@SEED_VERIFIER@", SEED_ADMIN_VERIFIER.replace(":", "#")
    ),
    "nh_drop_roles": NH_DROP_ROLES,
}
