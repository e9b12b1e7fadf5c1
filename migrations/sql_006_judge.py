"""``nh_judge_record``: the database judges a step record's measurements again (domain.md §4, §6).

A hostile or buggy client could store a PASS whose values are out of limits, or whose item
results say PASS for a value that is not; the rule triggers call this function so that the
database, not the client, decides.  What the client wrote as each item's ``result`` is ignored.

``nh_judge_record(p_process, p_result, p_measurements, p_defects)`` returns nothing or raises
SQLSTATE ``NH003`` with a message starting ``BR-003: `` that names the item code:

* every result (PASS / FAIL / REWORK): ``p_defects`` (NULL = empty) is a JSON array whose codes
  are all among the process's ``defect_codes``; ``p_measurements`` (NULL = empty) is an object
  whose ``items`` (absent = empty) are objects with a text ``code`` that the criteria defines,
  each code at most once;
* PASS only: when the criteria has a numeric ``version``, ``criteria_version`` must equal it;
  for each criteria measurement that is not retired (``"retired": true``: kept for the records
  that use it, no longer judged) the required ones (``required`` absent = true) have a non-null
  value (text: non-blank); a value present must be a JSON number within [lsl, usl] (a null limit
  is open) with the item's lsl/usl equal to the current ones (numerically, null-safe), JSON
  ``true`` for a bool, a JSON string for text; ``FIRMWARE_VERSION`` must equal (trimmed) the
  version of the single active ``firmware_versions`` row;
* FAIL / REWORK: values are not judged (anything JSON).

A process id that does not exist is not refused here (the foreign key reports it).  One read
of the process row (plus one of ``firmware_versions`` only for a FIRMWARE_VERSION value), loops
over the small arrays by position (an expression, not a query, per element: it runs in every
station transaction), no dynamic SQL.  Bodies avoid ``:name`` and ``::`` so online and
offline (``--sql``) output are the same; ``search_path`` is pinned.
"""

from __future__ import annotations

NH_JUDGE_RECORD = r"""
CREATE OR REPLACE FUNCTION nh_judge_record(p_process bigint, p_result text,
                                           p_measurements jsonb, p_defects jsonb)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    -- ASCII white space, as trimmed by the client (str.strip() on operator input)
    c_ws constant text := ' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13);
    v_step text;
    v_crit jsonb;
    v_specs jsonb;
    v_codes jsonb;
    v_items jsonb;
    v_by_code jsonb := jsonb_build_object();
    v_defect jsonb;
    v_item jsonb;
    v_spec jsonb;
    v_code text;
    v_kind text;
    v_val jsonb;
    v_num numeric;
    v_lsl jsonb;
    v_usl jsonb;
    v_ilsl jsonb;
    v_iusl jsonb;
    v_same boolean;
    v_version jsonb;
    v_given jsonb;
    v_fw_count bigint;
    v_fw text;
BEGIN
    SELECT process_id, quality_criteria INTO v_step, v_crit
      FROM processes WHERE id = p_process;
    IF NOT FOUND THEN
        RETURN;  -- the foreign key reports it
    END IF;
    IF v_crit IS NULL OR jsonb_typeof(v_crit) <> 'object' THEN
        v_crit := jsonb_build_object();
    END IF;
    v_specs := v_crit->'measurements';
    IF v_specs IS NULL OR jsonb_typeof(v_specs) <> 'array' THEN
        v_specs := jsonb_build_array();
    END IF;
    v_codes := v_crit->'defect_codes';
    IF v_codes IS NULL OR jsonb_typeof(v_codes) <> 'array' THEN
        v_codes := jsonb_build_array();
    END IF;

    -- defects: a JSON array of {code, note}, every code defined for this step
    IF p_defects IS NOT NULL AND jsonb_typeof(p_defects) <> 'null' THEN
        IF jsonb_typeof(p_defects) <> 'array' THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH003',
                MESSAGE = format('BR-003: the defects of a %s record must be a JSON array',
                                 v_step),
                DETAIL = format('process=%s defects=%s', v_step, left(p_defects #>> '{}', 200));
        END IF;
        FOR v_i IN 0 .. jsonb_array_length(p_defects) - 1 LOOP
            v_defect := p_defects -> v_i;
            IF jsonb_typeof(v_defect) IS DISTINCT FROM 'object'
                    OR jsonb_typeof(v_defect->'code') IS DISTINCT FROM 'string' THEN
                RAISE EXCEPTION USING
                    ERRCODE = 'NH003',
                    MESSAGE = format('BR-003: a defect of a %s record has no code', v_step),
                    DETAIL = format('process=%s defect=%s', v_step, left(v_defect #>> '{}', 200));
            END IF;
            v_code := v_defect->>'code';
            IF NOT v_codes @> jsonb_build_array(jsonb_build_object('code', v_code)) THEN
                RAISE EXCEPTION USING
                    ERRCODE = 'NH003',
                    MESSAGE = format('BR-003: defect code %s is not defined for %s',
                                     v_code, v_step),
                    DETAIL = format('process=%s code=%s', v_step, v_code);
            END IF;
        END LOOP;
    END IF;

    -- measurement items: known codes, each at most once
    IF p_measurements IS NULL OR jsonb_typeof(p_measurements) = 'null' THEN
        v_items := jsonb_build_array();
    ELSIF jsonb_typeof(p_measurements) <> 'object' THEN
        RAISE EXCEPTION USING
            ERRCODE = 'NH003',
            MESSAGE = format('BR-003: the measurements of a %s record must be a JSON object',
                             v_step),
            DETAIL = format('process=%s', v_step);
    ELSE
        v_items := p_measurements->'items';
        IF v_items IS NULL OR jsonb_typeof(v_items) = 'null' THEN
            v_items := jsonb_build_array();
        ELSIF jsonb_typeof(v_items) <> 'array' THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH003',
                MESSAGE = format('BR-003: the measurement items of a %s record must be a JSON'
                                 ' array', v_step),
                DETAIL = format('process=%s', v_step);
        END IF;
    END IF;
    FOR v_i IN 0 .. jsonb_array_length(v_items) - 1 LOOP
        v_item := v_items -> v_i;
        IF jsonb_typeof(v_item) IS DISTINCT FROM 'object'
                OR jsonb_typeof(v_item->'code') IS DISTINCT FROM 'string' THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH003',
                MESSAGE = format('BR-003: a measurement item of a %s record has no code', v_step),
                DETAIL = format('process=%s item=%s', v_step, left(v_item #>> '{}', 200));
        END IF;
        v_code := v_item->>'code';
        IF NOT v_specs @> jsonb_build_array(jsonb_build_object('code', v_code)) THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH003',
                MESSAGE = format('BR-003: measurement %s is not part of the criteria of %s',
                                 v_code, v_step),
                DETAIL = format('process=%s code=%s', v_step, v_code);
        END IF;
        IF (v_by_code->v_code) IS NOT NULL THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH003',
                MESSAGE = format('BR-003: measurement %s appears more than once', v_code),
                DETAIL = format('process=%s code=%s', v_step, v_code);
        END IF;
        v_by_code := v_by_code || jsonb_build_object(v_code, v_item);
    END LOOP;

    IF p_result IS DISTINCT FROM 'PASS' THEN
        RETURN;  -- FAIL / REWORK: the values are not judged
    END IF;

    -- PASS: judged against the current criteria version
    v_version := v_crit->'version';
    IF jsonb_typeof(v_version) = 'number' THEN
        v_given := p_measurements->'criteria_version';
        IF jsonb_typeof(v_given) IS DISTINCT FROM 'number'
                OR CAST(v_given #>> '{}' AS numeric) <> CAST(v_version #>> '{}' AS numeric) THEN
            RAISE EXCEPTION USING
                ERRCODE = 'NH003',
                MESSAGE = format('BR-003: PASS at %s was judged against criteria version %s,'
                                 ' current is %s', v_step,
                                 COALESCE(v_given #>> '{}', 'none'), v_version #>> '{}'),
                DETAIL = format('process=%s criteria_version=%s current=%s', v_step,
                                v_given #>> '{}', v_version #>> '{}');
        END IF;
    END IF;

    FOR v_i IN 0 .. jsonb_array_length(v_specs) - 1 LOOP
        v_spec := v_specs -> v_i;
        CONTINUE WHEN jsonb_typeof(v_spec->'code') IS DISTINCT FROM 'string';
        CONTINUE WHEN (v_spec->'retired') = to_jsonb(true);  -- kept for old records only
        v_code := v_spec->>'code';
        v_kind := v_spec->>'kind';
        v_val := v_by_code->v_code->'value';
        IF jsonb_typeof(v_val) = 'null'
                OR (v_kind IN ('text', 'component') AND jsonb_typeof(v_val) = 'string'
                    AND btrim(v_val #>> '{}', c_ws) = '') THEN
            v_val := NULL;  -- an empty text is not a value
        END IF;
        IF v_val IS NULL THEN
            IF (v_spec->'required') IS DISTINCT FROM to_jsonb(false) THEN
                RAISE EXCEPTION USING
                    ERRCODE = 'NH003',
                    MESSAGE = format('BR-003: PASS refused: required measurement %s is missing',
                                     v_code),
                    DETAIL = format('process=%s code=%s', v_step, v_code);
            END IF;
            CONTINUE;
        END IF;

        IF v_kind = 'number' THEN
            IF jsonb_typeof(v_val) <> 'number' THEN
                RAISE EXCEPTION USING
                    ERRCODE = 'NH003',
                    MESSAGE = format('BR-003: PASS refused: measurement %s must be a JSON number',
                                     v_code),
                    DETAIL = format('process=%s code=%s value=%s', v_step, v_code,
                                    left(v_val #>> '{}', 200));
            END IF;
            v_lsl := NULLIF(v_spec->'lsl', 'null');
            v_usl := NULLIF(v_spec->'usl', 'null');
            v_ilsl := NULLIF(v_by_code->v_code->'lsl', 'null');
            v_iusl := NULLIF(v_by_code->v_code->'usl', 'null');
            -- the recorded limits equal the current ones: both null, or both equal numbers
            v_same := CASE
                WHEN v_lsl IS NULL OR v_ilsl IS NULL THEN v_lsl IS NULL AND v_ilsl IS NULL
                WHEN jsonb_typeof(v_lsl) <> 'number' OR jsonb_typeof(v_ilsl) <> 'number' THEN false
                ELSE CAST(v_lsl #>> '{}' AS numeric) = CAST(v_ilsl #>> '{}' AS numeric)
                END
              AND CASE
                WHEN v_usl IS NULL OR v_iusl IS NULL THEN v_usl IS NULL AND v_iusl IS NULL
                WHEN jsonb_typeof(v_usl) <> 'number' OR jsonb_typeof(v_iusl) <> 'number' THEN false
                ELSE CAST(v_usl #>> '{}' AS numeric) = CAST(v_iusl #>> '{}' AS numeric)
                END;
            IF NOT v_same THEN
                RAISE EXCEPTION USING
                    ERRCODE = 'NH003',
                    MESSAGE = format('BR-003: PASS refused: the limits of measurement %s differ'
                                     ' from the current criteria', v_code),
                    DETAIL = format('process=%s code=%s recorded=[%s, %s] current=[%s, %s]',
                                    v_step, v_code, v_ilsl #>> '{}', v_iusl #>> '{}',
                                    v_lsl #>> '{}', v_usl #>> '{}');
            END IF;
            v_num := CAST(v_val #>> '{}' AS numeric);
            IF (v_lsl IS NOT NULL AND v_num < CAST(v_lsl #>> '{}' AS numeric))
                    OR (v_usl IS NOT NULL AND v_num > CAST(v_usl #>> '{}' AS numeric)) THEN
                RAISE EXCEPTION USING
                    ERRCODE = 'NH003',
                    MESSAGE = format('BR-003: PASS refused: measurement %s = %s is outside its'
                                     ' limits [%s, %s]', v_code, v_num,
                                     COALESCE(v_lsl #>> '{}', 'open'),
                                     COALESCE(v_usl #>> '{}', 'open')),
                    DETAIL = format('process=%s code=%s value=%s lsl=%s usl=%s', v_step, v_code,
                                    v_num, v_lsl #>> '{}', v_usl #>> '{}');
            END IF;
        ELSIF v_kind = 'bool' THEN
            IF v_val <> to_jsonb(true) THEN
                RAISE EXCEPTION USING
                    ERRCODE = 'NH003',
                    MESSAGE = format('BR-003: PASS refused: measurement %s must be true',
                                     v_code),
                    DETAIL = format('process=%s code=%s value=%s', v_step, v_code,
                                    left(v_val #>> '{}', 200));
            END IF;
        ELSIF v_kind IN ('text', 'component') THEN
            IF jsonb_typeof(v_val) <> 'string' THEN
                RAISE EXCEPTION USING
                    ERRCODE = 'NH003',
                    MESSAGE = format('BR-003: PASS refused: measurement %s must be text',
                                     v_code),
                    DETAIL = format('process=%s code=%s value=%s', v_step, v_code,
                                    left(v_val #>> '{}', 200));
            END IF;
            -- a component lot must have its format (a regular expression, matched whole;
            -- written in the subset Python's re and PostgreSQL's ARE read alike)
            IF v_kind = 'component' AND jsonb_typeof(v_spec -> 'format') = 'string'
                    AND btrim(v_val #>> '{}', c_ws)
                        !~ ('^(?:' || (v_spec ->> 'format') || ')$') THEN
                RAISE EXCEPTION USING
                    ERRCODE = 'NH003',
                    MESSAGE = format('BR-003: PASS refused: component %s = %s does not have'
                                     ' its format %s', v_code,
                                     left(btrim(v_val #>> '{}', c_ws), 60), v_spec ->> 'format'),
                    DETAIL = format('process=%s code=%s value=%s', v_step, v_code,
                                    left(v_val #>> '{}', 200));
            END IF;
            IF v_code = 'FIRMWARE_VERSION' THEN
                SELECT count(*), min(version) INTO v_fw_count, v_fw
                  FROM firmware_versions WHERE is_active;
                IF v_fw_count <> 1 THEN
                    RAISE EXCEPTION USING
                        ERRCODE = 'NH003',
                        MESSAGE = format('BR-003: PASS refused: measurement %s cannot be'
                                         ' checked: %s firmware versions are active (need'
                                         ' exactly one)', v_code, v_fw_count),
                        DETAIL = format('process=%s code=%s active=%s', v_step, v_code,
                                        v_fw_count);
                END IF;
                IF btrim(v_val #>> '{}', c_ws) <> btrim(v_fw, c_ws) THEN
                    RAISE EXCEPTION USING
                        ERRCODE = 'NH003',
                        MESSAGE = format('BR-003: PASS refused: measurement %s = %s does not'
                                         ' match the active firmware version %s', v_code,
                                         btrim(v_val #>> '{}', c_ws), v_fw),
                        DETAIL = format('process=%s code=%s value=%s active=%s', v_step, v_code,
                                        left(v_val #>> '{}', 200), v_fw);
                END IF;
            END IF;
        ELSE
            RAISE EXCEPTION USING
                ERRCODE = 'NH003',
                MESSAGE = format('BR-003: PASS refused: measurement %s has an unknown kind %s'
                                 ' in the criteria', v_code, COALESCE(v_kind, 'none')),
                DETAIL = format('process=%s code=%s kind=%s', v_step, v_code, v_kind);
        END IF;
    END LOOP;
END;
$$
"""

#: name → CREATE OR REPLACE FUNCTION text, in creation order.
FUNCTIONS: dict[str, str] = {
    "nh_judge_record": NH_JUDGE_RECORD,
}

COMMENTS = {
    "nh_judge_record": "BR-003: the database judges a step record's measurements and defects"
    " against the process's current criteria (a PASS out of limits is"
    " refused)",
}
