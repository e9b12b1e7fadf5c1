"""An edited ``processes.quality_criteria`` checked before it is saved (domain.md §6, issue 14).

``nh_set_criteria`` only checks that ``measurements`` and ``defect_codes`` are arrays, and the
station reads the criteria leniently (``QualityCriteria.from_json``); a typo saved there would
stop a station or judge units against nonsense.  So every save (``AdminLineService.
save_criteria``: the admin's Criteria screen and ``admin criteria import``) goes through here first:

* ``read_criteria(bytes)``: UTF-8 (a BOM allowed), JSON without duplicate keys or NaN;
* ``check_criteria(data, process_id)``: every problem of the file — unknown keys, unique codes
  (``A-Z0-9_``, and no code both a measurement and a defect: the database refuses that),
  known kinds, numbers where numbers belong, lsl < target < usl when present (lsl < usl without
  a target), limits only on numbers, a ``format`` (a regular expression) only on text items,
  ``retired`` true or false, a Korean ``name`` and an English ``name_en`` on each item, at
  least one defect code in use, and what the station's own flow records
  (``STATION_MEASUREMENTS``, ``STATION_DEFECTS``, ``SCAN_ONLY_STEPS``: never retired);
* ``check_changes(current, new, used)``: a measurement or defect code that records already use
  is not removed, nor a measurement's kind changed — it is retired instead (``"retired":
  true``: it stays in the criteria for the records that use it, stations no longer offer it
  and the database does not judge it);
* ``saved_json(new, reason)``: what is saved (the version is the database's: current + 1,
  whatever the file says; ``reason``, why this version was saved, is kept beside it — and so in
  the audit trail's copy of every version); ``export_text(current)``: the stored JSON, pretty,
  Korean as it is.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from neurohub_desktop.domain.errors import ConflictError, ValidationError
from neurohub_desktop.domain.messages import Joined, Msg
from neurohub_desktop.domain.quality import (
    MAX_FORMAT,
    MeasurementKind,
    Problem,
    QualityCriteria,
)

MAX_FILE_BYTES = 1_000_000
MAX_CODE, MAX_NAME, MAX_UNIT, MAX_REASON = 50, 100, 20, 500
CODE_RE = re.compile(r"[A-Z][A-Z0-9_]*", re.ASCII)
TOP_KEYS = ("version", "reason", "measurements", "defect_codes")
MEASUREMENT_KEYS = (
    "code",
    "name",
    "name_en",
    "unit",
    "kind",
    "lsl",
    "target",
    "usl",
    "required",
    "format",
    "retired",
)
DEFECT_KEYS = ("code", "name", "name_en", "retired")
KINDS = tuple(k.value for k in MeasurementKind)
#: measurement items the station's own flow records (services.station: the mark read back,
#: the active firmware compared, the label scanned back): they stay, with this kind
STATION_MEASUREMENTS: dict[str, tuple[tuple[str, MeasurementKind], ...]] = {
    "PROC-001": (("MARK_READABLE", MeasurementKind.BOOL),),
    "PROC-004": (("FIRMWARE_VERSION", MeasurementKind.TEXT),),
    "PROC-007": (("LABEL_VERIFIED", MeasurementKind.BOOL),),
}
#: defect codes the station's own flow records (an unreadable mark)
STATION_DEFECTS: dict[str, tuple[str, ...]] = {"PROC-001": ("MARKING_FAIL",)}
#: steps whose PASS is a scan, not a form: any other measurement there must be optional
SCAN_ONLY_STEPS = frozenset({"PROC-001", "PROC-007"})
_SHOWN = 5  # problems spelled out in one message


class CriteriaRefused(ValidationError):
    """Criteria that may not be saved; ``problems`` lists every reason found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        shown = self.problems[:_SHOWN]
        more = len(self.problems) - len(shown)
        listed: object = Joined(tuple(p.msg for p in shown), "; ")
        if more:
            listed = Msg("{problems}; and {more} more", problems=listed, more=more)
        if len(self.problems) > 1:
            msg = Msg(
                "The criteria have {count} problems: {problems}",
                count=len(self.problems),
                problems=listed,
            )
        elif self.problems:
            msg = self.problems[0].msg
        else:
            msg = Msg("The criteria cannot be saved.")
        super().__init__(msg, code=self.problems[0].code if self.problems else "BAD_CRITERIA")


@dataclass(frozen=True, slots=True)
class _Where:
    """What a problem is about, as a message: ``lower`` within a sentence, ``upper`` at its
    start (the same words in Korean)."""

    lower: Msg
    upper: Msg


_THE_CRITERIA = _Where(Msg("the criteria"), Msg("The criteria"))


def _measurement_at(n: int) -> _Where:
    return _Where(Msg("measurement #{n}", n=n), Msg("Measurement #{n}", n=n))


def _measurement(code: str) -> _Where:
    return _Where(Msg("measurement {code}", code=code), Msg("Measurement {code}", code=code))


def _defect_at(n: int) -> _Where:
    return _Where(Msg("defect code #{n}", n=n), Msg("Defect code #{n}", n=n))


def _defect(code: str) -> _Where:
    return _Where(Msg("defect code {code}", code=code), Msg("Defect code {code}", code=code))


class CriteriaChanged(ConflictError):
    """Someone saved the process's criteria between the read and the save: nothing was saved;
    ``current_version`` is the version stored now."""

    def __init__(self, process_id: str, current_version: int) -> None:
        self.process_id = process_id
        self.current_version = current_version
        super().__init__(
            Msg(
                "The criteria of {process} were changed meanwhile (now version {version}); "
                "nothing was saved. They are loaded again: make the change on them and save.",
                process=process_id,
                version=current_version,
            ),
            code="CRITERIA_CHANGED",
        )


@dataclass(frozen=True, slots=True)
class UsedCodes:
    """The codes the process's stored records use (measurement items, defects)."""

    measurements: frozenset[str] = frozenset()
    defects: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CriteriaState:
    """A process's stored criteria as the editor starts from them: the JSON as stored, the
    version, why it was saved (None: not said), and which of its codes stored records use."""

    process_id: str
    stored: Mapping[str, Any]
    version: int
    reason: str | None
    used: UsedCodes

    @property
    def criteria(self) -> QualityCriteria:
        """The stored criteria parsed (InvalidCriteria if they cannot be: the editor then
        starts from the empty form)."""
        return QualityCriteria.from_json(self.stored)


@dataclass(frozen=True, slots=True)
class CriteriaSaved:
    """What a save did: ``version`` is the new one, or the stored one when ``changed`` is
    False (the criteria said what was stored: nothing was written)."""

    process_id: str
    version: int
    previous_version: int
    changed: bool
    measurements: int
    defect_codes: int


# -- reading ----------------------------------------------------------------------------------
def read_criteria(data: bytes) -> Any:
    """A criteria file's bytes → its JSON value (CriteriaRefused if it is not readable)."""
    if len(data) > MAX_FILE_BYTES:
        raise CriteriaRefused(
            [
                Problem(
                    "TOO_LARGE",
                    Msg(
                        "The file is larger than {limit} bytes: this is not a criteria file.",
                        limit=MAX_FILE_BYTES,
                    ),
                )
            ]
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CriteriaRefused(
            [
                Problem(
                    "NOT_UTF8",
                    Msg("The file is not UTF-8 text (byte {byte}).", byte=exc.start),
                )
            ]
        ) from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise CriteriaRefused(
            [
                Problem(
                    "NOT_JSON",
                    Msg(
                        "The file is not JSON: {error} at line {line}, column {column}.",
                        error=exc.msg,
                        line=exc.lineno,
                        column=exc.colno,
                    ),
                )
            ]
        ) from None
    except ValueError as exc:
        raise CriteriaRefused(
            [
                Problem(
                    "NOT_JSON",
                    Msg("The file is not valid JSON: {error}.", error=str(exc)),
                )
            ]
        ) from None


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    if dupes:
        raise ValueError(f"key {dupes[0]!r} appears twice in one object")
    return dict(pairs)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


# -- checking ---------------------------------------------------------------------------------
def check_criteria(data: object, process_id: str | None = None) -> list[Problem]:
    """Every problem of ``data`` as criteria of ``process_id`` (empty: it may be saved)."""
    if not isinstance(data, Mapping):
        return [
            _p(
                "NOT_AN_OBJECT",
                Msg('The criteria must be a JSON object with "measurements" and "defect_codes".'),
            )
        ]
    problems = _unknown_keys(data, TOP_KEYS, _THE_CRITERIA)
    reason = data.get("reason")
    if reason is not None and (
        not isinstance(reason, str) or len(reason) > MAX_REASON or not reason.isprintable()
    ):
        problems.append(
            _p(
                "BAD_REASON",
                Msg(
                    '"reason" must be one line of at most {limit} characters, or null.',
                    limit=MAX_REASON,
                ),
            )
        )
    lists: dict[str, list[Any]] = {}
    for key in ("measurements", "defect_codes"):
        value = data.get(key)
        if not isinstance(value, list):
            problems.append(
                _p(
                    "NOT_A_LIST",
                    Msg('"{key}" must be a JSON array.', key=key),
                )
            )
            value = []
        lists[key] = value
    codes: dict[str, str | None] = {}
    for n, item in enumerate(lists["measurements"], 1):
        code, kind = _check_measurement(item, n, problems)
        if code is not None:
            if code in codes:
                problems.append(
                    _p(
                        "DUPLICATE_CODE",
                        Msg("Measurement code {code} appears more than once.", code=code),
                    )
                )
            codes.setdefault(code, kind)
    defects: set[str] = set()
    for n, item in enumerate(lists["defect_codes"], 1):
        code = _check_defect(item, n, problems)
        if code is not None:
            if code in defects:
                problems.append(
                    _p(
                        "DUPLICATE_CODE",
                        Msg("Defect code {code} appears more than once.", code=code),
                    )
                )
            elif code in codes:
                problems.append(
                    _p(
                        "DUPLICATE_CODE",
                        Msg(
                            "Code {code} is both a measurement item and a defect code: "
                            "give one of them another code.",
                            code=code,
                        ),
                    )
                )
            defects.add(code)
    in_use = [d for d in lists["defect_codes"] if not _retired(d)]
    if isinstance(data.get("defect_codes"), list) and not in_use:
        problems.append(
            _p(
                "NO_DEFECT_CODES",
                Msg(
                    "At least one defect code (not retired) is needed: FAIL and REWORK are "
                    "recorded with one."
                ),
            )
        )
    if process_id is not None:
        retired = {
            str(i["code"])
            for i in (*lists["measurements"], *lists["defect_codes"])
            if _retired(i) and isinstance(i.get("code"), str)
        }
        problems += _station_flow(process_id, lists["measurements"], codes, defects, retired)
    return problems


def validated_criteria(data: object, process_id: str | None = None) -> QualityCriteria:
    """``data`` as QualityCriteria without a version, or CriteriaRefused with every problem."""
    problems = check_criteria(data, process_id)
    if problems:
        raise CriteriaRefused(problems)
    assert isinstance(data, Mapping)
    parsed = QualityCriteria.from_json({k: data[k] for k in ("measurements", "defect_codes")})
    return QualityCriteria(
        tuple(
            replace(
                m,
                name=m.name.strip(),
                name_en=m.name_en.strip(),
                unit=(m.unit or "").strip() or None,
            )
            for m in parsed.measurements
        ),
        tuple(
            replace(d, name=d.name.strip(), name_en=d.name_en.strip()) for d in parsed.defect_codes
        ),
    )


def _check_measurement(
    item: object, n: int, problems: list[Problem]
) -> tuple[str | None, str | None]:
    where = _measurement_at(n)
    if not isinstance(item, Mapping):
        problems.append(
            _p("NOT_AN_OBJECT", Msg("{where} must be a JSON object.", where=where.upper))
        )
        return None, None
    code = _code(item, where, problems)
    if code is not None:
        where = _measurement(code)
    problems += _unknown_keys(item, MEASUREMENT_KEYS, where)
    _names(item, where, problems)
    unit = item.get("unit")
    if unit is not None and (
        not isinstance(unit, str) or len(unit.strip()) > MAX_UNIT or not unit.isprintable()
    ):
        problems.append(
            _p(
                "BAD_UNIT",
                Msg(
                    '{where}: "unit" must be text of at most {limit} characters, or null.',
                    where=where.lower,
                    limit=MAX_UNIT,
                ),
            )
        )
    kind = item.get("kind")
    if kind not in KINDS:
        shown = json.dumps(kind, ensure_ascii=False)
        problems.append(
            _p(
                "BAD_KIND",
                Msg(
                    "{where}: unknown kind {kind} (number, bool, text or component).",
                    where=where.lower,
                    kind=shown,
                ),
            )
        )
    required = item.get("required", True)
    if not isinstance(required, bool):
        problems.append(
            _p(
                "BAD_REQUIRED",
                Msg('{where}: "required" must be true or false.', where=where.lower),
            )
        )
    limits: dict[str, float] = {}
    for key in ("lsl", "target", "usl"):
        value = item.get(key)
        if value is None:
            continue
        number = _number(value)
        if number is None:
            problems.append(
                _p(
                    "NOT_A_NUMBER",
                    Msg(
                        '{where}: "{key}" must be a number or null, not {value}.',
                        where=where.lower,
                        key=key,
                        value=json.dumps(value, ensure_ascii=False),
                    ),
                )
            )
        elif kind in KINDS and kind != MeasurementKind.NUMBER.value:
            problems.append(
                _p(
                    "LIMITS_NOT_NUMBER",
                    Msg(
                        '{where}: "{key}" is only for number items, this one is {kind}.',
                        where=where.lower,
                        key=key,
                        kind=kind,
                    ),
                )
            )
        else:
            limits[key] = number
    _order(limits, where, problems)
    _format(item.get("format"), kind, where, problems)
    _retired_flag(item, where, problems)
    return code, kind if isinstance(kind, str) else None


def _format(pattern: object, kind: object, where: _Where, problems: list[Problem]) -> None:
    """A text item's optional format: a regular expression the whole value must match."""
    if pattern is None or pattern == "":
        return
    if not isinstance(pattern, str) or len(pattern) > MAX_FORMAT or not pattern.isprintable():
        problems.append(
            _p(
                "BAD_FORMAT",
                Msg(
                    '{where}: "format" must be a regular expression of at most {limit} '
                    "characters, or null.",
                    where=where.lower,
                    limit=MAX_FORMAT,
                ),
            )
        )
        return
    if kind in KINDS and not MeasurementKind(kind).is_text:
        problems.append(
            _p(
                "FORMAT_NOT_TEXT",
                Msg(
                    '{where}: "format" is only for text items, this one is {kind}.',
                    where=where.lower,
                    kind=kind,
                ),
            )
        )
        return
    try:
        re.compile(pattern)
    except (re.error, RecursionError, OverflowError) as exc:
        problems.append(
            _p(
                "BAD_FORMAT",
                Msg(
                    '{where}: "format" {pattern} is not a regular expression ({error}).',
                    where=where.lower,
                    pattern=repr(pattern),
                    error=str(exc),
                ),
            )
        )


def _retired_flag(item: Mapping[str, Any], where: _Where, problems: list[Problem]) -> None:
    if not isinstance(item.get("retired", False), bool):
        problems.append(
            _p(
                "BAD_RETIRED",
                Msg('{where}: "retired" must be true or false.', where=where.lower),
            )
        )


def _retired(item: object) -> bool:
    return isinstance(item, Mapping) and item.get("retired") is True


def _check_defect(item: object, n: int, problems: list[Problem]) -> str | None:
    where = _defect_at(n)
    if not isinstance(item, Mapping):
        problems.append(
            _p("NOT_AN_OBJECT", Msg("{where} must be a JSON object.", where=where.upper))
        )
        return None
    code = _code(item, where, problems)
    if code is not None:
        where = _defect(code)
    problems += _unknown_keys(item, DEFECT_KEYS, where)
    _names(item, where, problems)
    _retired_flag(item, where, problems)
    return code


def measurement_problems(item: object) -> list[Problem]:
    """The problems of one measurement item on its own (the editor marks its row)."""
    problems: list[Problem] = []
    _check_measurement(item, 1, problems)
    return problems


def defect_problems(item: object) -> list[Problem]:
    """The problems of one defect code on its own."""
    problems: list[Problem] = []
    _check_defect(item, 1, problems)
    return problems


def _code(item: Mapping[str, Any], where: _Where, problems: list[Problem]) -> str | None:
    code = item.get("code")
    if isinstance(code, str) and len(code) <= MAX_CODE and CODE_RE.fullmatch(code):
        return code
    shown = json.dumps(code, ensure_ascii=False)
    problems.append(
        _p(
            "BAD_CODE",
            Msg(
                '{where}: "code" {code} must be 1-{limit} capital '
                "letters, digits or '_', starting with a letter.",
                where=where.lower,
                code=shown,
                limit=MAX_CODE,
            ),
        )
    )
    return None


def _names(item: Mapping[str, Any], where: _Where, problems: list[Problem]) -> None:
    name, name_en = item.get("name"), item.get("name_en")
    if not _text(name) or not _has_hangul(name):
        problems.append(
            _p(
                "BAD_NAME",
                Msg(
                    '{where}: "name" must be its Korean name (1-{limit} characters, with Hangul).',
                    where=where.lower,
                    limit=MAX_NAME,
                ),
            )
        )
    if not _text(name_en) or _has_hangul(name_en):
        problems.append(
            _p(
                "BAD_NAME_EN",
                Msg(
                    '{where}: "name_en" must be its English name '
                    "(1-{limit} characters, no Hangul).",
                    where=where.lower,
                    limit=MAX_NAME,
                ),
            )
        )


def _order(limits: Mapping[str, float], where: _Where, problems: list[Problem]) -> None:
    """lsl < target < usl for those present (lsl < usl when there is no target)."""
    present = [k for k in ("lsl", "target", "usl") if k in limits]
    for low, high in zip(present, present[1:], strict=False):
        if not limits[low] < limits[high]:
            problems.append(
                _p(
                    "BAD_LIMITS",
                    Msg(
                        "{where}: {low} {low_value} must be below {high} {high_value}.",
                        where=where.lower,
                        low=low,
                        low_value=_num(limits[low]),
                        high=high,
                        high_value=_num(limits[high]),
                    ),
                )
            )


def _station_flow(
    process_id: str,
    items: Sequence[Any],
    codes: Mapping[str, str | None],
    defects: Collection[str],
    retired: Collection[str] = (),
) -> list[Problem]:
    problems = []
    own = STATION_MEASUREMENTS.get(process_id, ())
    for code, kind in own:
        if codes.get(code) != kind.value or code in retired:
            problems.append(
                _p(
                    "STATION_ITEM",
                    Msg(
                        "{process}'s station records {code} itself: it must stay, "
                        "as a {kind} item, not retired.",
                        process=process_id,
                        code=code,
                        kind=kind.value,
                    ),
                )
            )
    for code in STATION_DEFECTS.get(process_id, ()):
        if code not in defects or code in retired:
            problems.append(
                _p(
                    "STATION_DEFECT",
                    Msg(
                        "{process}'s station records defect {code} itself: it must stay, "
                        "not retired.",
                        process=process_id,
                        code=code,
                    ),
                )
            )
    if process_id in SCAN_ONLY_STEPS:
        own_codes = {code for code, _ in own}
        mine = tuple(sorted(own_codes))
        for item in items:
            other = item.get("code") if isinstance(item, Mapping) else None
            if (
                isinstance(other, str)
                and other not in own_codes
                and item.get("required", True) is not False
                and not _retired(item)
            ):
                problems.append(
                    _p(
                        "SCAN_ONLY_STEP",
                        Msg(
                            "{process} passes on a scan and records only {codes}: "
                            'measurement {code} must be optional ("required": false).',
                            process=process_id,
                            codes=mine,
                            code=other,
                        ),
                    )
                )
    return problems


# -- against what is stored -------------------------------------------------------------------
def stored_codes(current: object) -> tuple[dict[str, str | None], frozenset[str]]:
    """(measurement code → kind, defect codes) of stored criteria, read leniently."""
    data = current if isinstance(current, Mapping) else {}
    items = data.get("measurements")
    defects = data.get("defect_codes")
    kinds = {
        str(m["code"]): m.get("kind") if isinstance(m.get("kind"), str) else None
        for m in (items if isinstance(items, list) else [])
        if isinstance(m, Mapping) and isinstance(m.get("code"), str)
    }
    codes = frozenset(
        str(d["code"])
        for d in (defects if isinstance(defects, list) else [])
        if isinstance(d, Mapping) and isinstance(d.get("code"), str)
    )
    return kinds, codes


def removed_codes(current: object, new: QualityCriteria) -> tuple[list[str], list[str]]:
    """(measurement codes, defect codes) in ``current`` that ``new`` no longer has, sorted."""
    kinds, defects = stored_codes(current)
    return (
        sorted(set(kinds) - {m.code for m in new.measurements}),
        sorted(defects - new.defect_code_set),
    )


def check_changes(current: object, new: QualityCriteria, used: UsedCodes) -> list[Problem]:
    """What ``new`` may not do to codes stored records use: remove them, change a kind."""
    problems = []
    gone_m, gone_d = removed_codes(current, new)
    kinds, _ = stored_codes(current)
    for code in sorted(used.measurements.intersection(gone_m)):
        problems.append(
            _p(
                "CODE_IN_USE",
                Msg(
                    "Measurement {code} is used by stored records and cannot be removed: "
                    'retire it instead ("retired": true; stations no longer offer it), or make '
                    'it optional ("required": false).',
                    code=code,
                ),
            )
        )
    for code in sorted(used.defects.intersection(gone_d)):
        problems.append(
            _p(
                "CODE_IN_USE",
                Msg(
                    "Defect code {code} is used by stored records and cannot be removed: "
                    'retire it instead ("retired": true; stations no longer offer it).',
                    code=code,
                ),
            )
        )
    for spec in new.measurements:
        old = kinds.get(spec.code)
        if spec.code in used.measurements and old is not None and old != spec.kind.value:
            problems.append(
                _p(
                    "KIND_IN_USE",
                    Msg(
                        "Measurement {code} is used by stored records as {old}: its kind "
                        "cannot become {kind} (add a new code instead).",
                        code=spec.code,
                        old=old,
                        kind=spec.kind.value,
                    ),
                )
            )
    return problems


@dataclass(frozen=True)
class EditProblems:
    """Every problem of criteria being edited (what a save would refuse), and those of each
    row (row number → its problems) so that the editor can mark it."""

    all: tuple[Problem, ...]
    measurements: Mapping[int, tuple[Problem, ...]]
    defects: Mapping[int, tuple[Problem, ...]]


def edit_problems(state: CriteriaState, new: QualityCriteria) -> EditProblems:
    """What ``save_criteria`` would refuse in ``new`` as the next version of ``state``: its
    own problems (``check_criteria``) and what it does to codes records use
    (``check_changes``)."""
    data = saved_json(new)
    problems = check_criteria(data, state.process_id)
    problems += check_changes(state.stored, new, state.used)
    rows_m: dict[int, list[Problem]] = {}
    rows_d: dict[int, list[Problem]] = {}
    for n, item in enumerate(data["measurements"]):
        rows_m[n] = measurement_problems(item)
    for n, item in enumerate(data["defect_codes"]):
        rows_d[n] = defect_problems(item)
    codes_m = [m.code for m in new.measurements]
    codes_d = [d.code for d in new.defect_codes]
    for problem in problems:
        if problem.code in ("DUPLICATE_CODE", "CODE_IN_USE", "KIND_IN_USE"):
            for rows, codes in ((rows_m, codes_m), (rows_d, codes_d)):
                for n, code in enumerate(codes):
                    if re.search(rf"\b{re.escape(code)}\b", str(problem.msg)):
                        rows.setdefault(n, []).append(problem)
    return EditProblems(
        tuple(problems),
        {n: tuple(p) for n, p in rows_m.items() if p},
        {n: tuple(p) for n, p in rows_d.items() if p},
    )


def same_content(current: object, new: QualityCriteria) -> bool:
    """``new`` says what ``current`` says (saving it would only bump the version)."""
    try:
        old = QualityCriteria.from_json(current if isinstance(current, Mapping) else None)
    except ValidationError:
        return False
    return (old.measurements, old.defect_codes) == (new.measurements, new.defect_codes)


def current_version(current: object) -> int:
    """The stored version (0 when there is none), as ``nh_set_criteria`` reads it."""
    version = current.get("version") if isinstance(current, Mapping) else None
    if isinstance(version, bool):
        return 0
    if isinstance(version, int):
        return version
    if isinstance(version, str) and version.strip().lstrip("+-").isdigit():
        return int(version)
    return 0


def saved_json(new: QualityCriteria, reason: str | None = None) -> dict[str, Any]:
    """The JSON to hand to ``nh_set_criteria`` (it adds the version), with ``reason`` (why
    this version is saved) when one is given."""
    out = new.to_json()
    out.pop("version", None)
    why = check_reason(reason)
    if why is not None:
        out = {"reason": why, **out}
    return out


def check_reason(reason: str | None) -> str | None:
    """Why a version is saved: one line, at most MAX_REASON characters (None or blank: none)."""
    if reason is None or not reason.strip():
        return None
    why = " ".join(reason.split())
    if len(why) > MAX_REASON or not why.isprintable():
        raise CriteriaRefused(
            [
                _p(
                    "BAD_REASON",
                    Msg(
                        "The reason must be one line of at most {limit} characters.",
                        limit=MAX_REASON,
                    ),
                )
            ]
        )
    return why


def stored_reason(current: object) -> str | None:
    """Why the stored version was saved (None when it does not say)."""
    reason = current.get("reason") if isinstance(current, Mapping) else None
    return reason if isinstance(reason, str) and reason.strip() else None


def export_text(current: object) -> str:
    """Stored criteria as a file: pretty, keys in the format's order, Korean as it is."""
    data = dict(current) if isinstance(current, Mapping) else {}
    out = _ordered(data, TOP_KEYS)
    for key, item_keys in (("measurements", MEASUREMENT_KEYS), ("defect_codes", DEFECT_KEYS)):
        if isinstance(out.get(key), list):
            out[key] = [_ordered(i, item_keys) if isinstance(i, Mapping) else i for i in out[key]]
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


# -- helpers ----------------------------------------------------------------------------------
def _p(code: str, msg: Msg) -> Problem:
    return Problem(code, msg)


def _ordered(data: Mapping[str, Any], keys: Sequence[str]) -> dict[str, Any]:
    return {
        **{k: data[k] for k in keys if k in data},
        **{k: v for k, v in data.items() if k not in keys},
    }


def _unknown_keys(data: Mapping[str, Any], known: Sequence[str], where: _Where) -> list[Problem]:
    unknown = [str(k) for k in data if k not in known]
    if not unknown:
        return []
    return [
        _p(
            "UNKNOWN_KEY",
            Msg(
                "{where}: unknown key(s) {keys} (known: {known}).",
                where=where.upper,
                keys=unknown,
                known=tuple(known),
            ),
        )
    ]


def _text(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value.strip()) <= MAX_NAME and value.isprintable()


def _has_hangul(value: object) -> bool:
    return isinstance(value, str) and any(
        "\uac00" <= c <= "\ud7a3" or "\u1100" <= c <= "\u11ff" or "\u3130" <= c <= "\u318f"
        for c in value
    )


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def _num(value: float) -> str:
    return f"{value:g}"
