"""Measurement forms, verdict rules and the JSON stored with a step record (domain.md §6).

The record rules mirror what PostgreSQL enforces (PASS ⇒ no defects and no FAIL item;
FAIL/REWORK ⇒ at least one defect); the app checks first only to explain.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from neurohub_desktop.domain.errors import ValidationError
from neurohub_desktop.domain.messages import N_, Msg
from neurohub_desktop.domain.states import RESULTS, ItemResult, StepResult

RecordResult = StepResult
RECORD_RESULTS: tuple[StepResult, ...] = RESULTS
Value = float | bool | str | None

MAX_NUMBER_TEXT = 64
#: "1,000" / "12,500": a comma before exactly three digits could be a thousands separator
_THOUSANDS_RE = re.compile(r"[+-]?[1-9][0-9]{0,2},[0-9]{3}", re.ASCII)
_NUMBER_RE = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?", re.ASCII)
_TRUE = frozenset({"TRUE", "1", "Y", "YES", "OK", "PASS"})
_FALSE = frozenset({"FALSE", "0", "N", "NO", "NG", "FAIL"})


class MeasurementKind(StrEnum):
    NUMBER = "number"
    BOOL = "bool"
    TEXT = "text"
    #: a component lot (text) with a required ``format`` the station and the database check
    COMPONENT = "component"

    @property
    def is_text(self) -> bool:
        return self in (MeasurementKind.TEXT, MeasurementKind.COMPONENT)


class InvalidMeasurement(ValidationError, ValueError):
    """A value that cannot be judged.  ``code`` is a machine reason code (``EMPTY``,
    ``NOT_A_NUMBER``, ``AMBIGUOUS_SEPARATOR``, ``NOT_FINITE``, ``TOO_LONG``, ``NOT_A_BOOLEAN``,
    ``NOT_TEXT``, ``BAD_FORMAT``, ``UNKNOWN_CODE``), ``reason`` the message."""

    def __init__(self, code: str, reason: Msg, *, measurement: str | None = None) -> None:
        super().__init__(reason, code=code)
        self.reason = reason
        self.measurement = measurement


class InvalidCriteria(ValidationError, ValueError):
    """``processes.quality_criteria`` that cannot be used as a form."""

    def __init__(self, reason: Msg) -> None:
        super().__init__(reason, code="BAD_CRITERIA")


MAX_FORMAT = 200


@dataclass(frozen=True, slots=True)
class MeasurementSpec:
    """One item of a step's form.  ``format``: a regular expression a text value must match
    whole (Python ``re``, checked by the station: a value that does not fit is a typo, never a
    FAIL).  ``retired``: kept for the records that use it; stations no longer offer it and the
    database does not judge it (``QualityCriteria.active``)."""

    code: str
    name: str
    name_en: str
    unit: str | None
    kind: MeasurementKind
    lsl: float | None = None
    usl: float | None = None
    target: float | None = None
    required: bool = True
    format: str | None = None
    retired: bool = False

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MeasurementSpec:
        code = _req_str(data, "code", Msg("measurement"))
        raw_kind = data.get("kind")
        if raw_kind not in {k.value for k in MeasurementKind}:
            raise InvalidCriteria(
                Msg(
                    "Measurement {code}: unknown kind {kind} (number, bool, text or component).",
                    code=code,
                    kind=repr(raw_kind),
                )
            )
        kind = MeasurementKind(raw_kind)
        name = _opt_str(data, "name", code) or code
        unit = _opt_str(data, "unit", code)
        lsl, usl, target = (_limit(data, k, code) for k in ("lsl", "usl", "target"))
        if kind is not MeasurementKind.NUMBER and (lsl, usl, target) != (None, None, None):
            raise InvalidCriteria(
                Msg("Measurement {code}: limits are only for numbers.", code=code)
            )
        if lsl is not None and usl is not None and lsl > usl:
            raise InvalidCriteria(
                Msg(
                    "Measurement {code}: lsl {lsl} is above usl {usl}.", code=code, lsl=lsl, usl=usl
                )
            )
        required = data.get("required", True)
        if not isinstance(required, bool):
            raise InvalidCriteria(
                Msg("Measurement {code}: required must be true or false.", code=code)
            )
        pattern = _opt_str(data, "format", code) or None
        if pattern is not None:
            if not kind.is_text:
                raise InvalidCriteria(
                    Msg("Measurement {code}: a format is only for text items.", code=code)
                )
            if compile_format(pattern) is None:
                raise InvalidCriteria(
                    Msg(
                        "Measurement {code}: the format is not a usable regular expression.",
                        code=code,
                    )
                )
        if kind is MeasurementKind.COMPONENT and pattern is None:
            raise InvalidCriteria(
                Msg("Measurement {code}: a component item needs a format.", code=code)
            )
        return cls(
            code,
            name,
            _opt_str(data, "name_en", code) or name,
            unit or None,
            kind,
            lsl,
            usl,
            target,
            required,
            pattern,
            _flag(data, "retired", code),
        )

    def to_json(self) -> dict[str, Any]:
        """The stored item: every key of the format; ``format`` and ``retired`` only when
        set (so criteria that use neither read as before)."""
        out: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "name_en": self.name_en,
            "unit": self.unit,
            "kind": self.kind.value,
            "lsl": self.lsl,
            "usl": self.usl,
            "target": self.target,
            "required": self.required,
        }
        if self.format is not None:
            out["format"] = self.format
        if self.retired:
            out["retired"] = True
        return out


@dataclass(frozen=True, slots=True)
class DefectCode:
    """A defect a step records; ``retired``: kept for the records that use it, no longer
    offered."""

    code: str
    name: str
    name_en: str
    retired: bool = False

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DefectCode:
        code = _req_str(data, "code", Msg("defect code"))
        name = _opt_str(data, "name", code) or code
        return cls(
            code, name, _opt_str(data, "name_en", code) or name, _flag(data, "retired", code)
        )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "name": self.name, "name_en": self.name_en}
        if self.retired:
            out["retired"] = True
        return out


@dataclass(frozen=True, slots=True)
class QualityCriteria:
    measurements: tuple[MeasurementSpec, ...] = ()
    defect_codes: tuple[DefectCode, ...] = ()
    #: the criteria version (JSON key ``version``), bumped by each save; None when absent
    version: int | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> QualityCriteria:
        """Read ``processes.quality_criteria``; ``{}`` (the column default) is an empty form."""
        if data is None:
            return cls()
        if not isinstance(data, Mapping):
            raise InvalidCriteria(Msg("quality_criteria must be a JSON object."))
        measurements = tuple(MeasurementSpec.from_json(m) for m in _list(data, "measurements"))
        defects = tuple(DefectCode.from_json(d) for d in _list(data, "defect_codes"))
        for template, codes in (
            (N_("Duplicate measurement codes: {codes}."), [m.code for m in measurements]),
            (N_("Duplicate defect codes: {codes}."), [d.code for d in defects]),
        ):
            dupes = sorted({c for c in codes if codes.count(c) > 1})
            if dupes:
                raise InvalidCriteria(Msg(template, codes=dupes))
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int):
            version = None
        return cls(measurements, defects, version)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "measurements": [m.to_json() for m in self.measurements],
            "defect_codes": [d.to_json() for d in self.defect_codes],
        }
        if self.version is not None:
            out["version"] = self.version
        return out

    @property
    def defect_code_set(self) -> frozenset[str]:
        return frozenset(d.code for d in self.defect_codes)

    def active(self) -> QualityCriteria:
        """What a station offers and records from now on: the items not retired (same
        version)."""
        if not any(m.retired for m in self.measurements) and not any(
            d.retired for d in self.defect_codes
        ):
            return self
        return QualityCriteria(
            tuple(m for m in self.measurements if not m.retired),
            tuple(d for d in self.defect_codes if not d.retired),
            self.version,
        )

    def spec(self, code: str) -> MeasurementSpec | None:
        return next((m for m in self.measurements if m.code == code), None)


def _req_str(data: Mapping[str, Any], key: str, what: Msg) -> str:
    if not isinstance(data, Mapping):
        raise InvalidCriteria(Msg("Each {what} must be a JSON object.", what=what))
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise InvalidCriteria(Msg("A {what} has no {key}.", what=what, key=key))
    return value.strip()


def _opt_str(data: Mapping[str, Any], key: str, code: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise InvalidCriteria(Msg("{code}: {key} must be text.", code=code, key=key))
    return value


def _flag(data: Mapping[str, Any], key: str, code: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise InvalidCriteria(Msg("{code}: {key} must be true or false.", code=code, key=key))
    return value


@functools.lru_cache(maxsize=128)
def compile_format(pattern: str) -> re.Pattern[str] | None:
    """A text item's format as a compiled regular expression; None when it is not one (or
    longer than MAX_FORMAT)."""
    if not isinstance(pattern, str) or not pattern or len(pattern) > MAX_FORMAT:
        return None
    try:
        return re.compile(pattern)
    except (re.error, RecursionError, OverflowError):
        return None


def _limit(data: Mapping[str, Any], key: str, code: str) -> float | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidCriteria(
            Msg("Measurement {code}: {key} must be a finite number.", code=code, key=key)
        )
    return float(value)


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise InvalidCriteria(Msg("quality_criteria.{key} must be a list.", key=key))
    return value


# -- values ------------------------------------------------------------------------------


def parse_number(text: str) -> float:
    """Operator input → a finite float.

    Whitespace around is ignored; a single comma with no dot is a decimal separator
    ("12,5" → 12.5); "1,234.5", several commas or a comma before exactly three digits
    ("1,000": a thousands separator?) are refused as ambiguous; exponents are
    allowed but NaN, infinities and overflow (``1e999``) are refused.  Only ASCII digits."""
    if not isinstance(text, str):
        raise InvalidMeasurement("NOT_A_NUMBER", Msg("The value is not text."))
    if len(text) > 4 * MAX_NUMBER_TEXT:
        raise InvalidMeasurement("TOO_LONG", Msg("The number is too long."))
    s = text.strip()
    if not s:
        raise InvalidMeasurement("EMPTY", Msg("No value was entered."))
    if len(s) > MAX_NUMBER_TEXT:
        raise InvalidMeasurement("TOO_LONG", Msg("The number is too long."))
    if "," in s:
        if "." in s or s.count(",") > 1 or _THOUSANDS_RE.fullmatch(s):
            raise InvalidMeasurement(
                "AMBIGUOUS_SEPARATOR",
                Msg(
                    "{value}: thousands separators are not accepted; use one decimal separator.",
                    value=repr(s),
                ),
            )
        s = s.replace(",", ".")
    if _NUMBER_RE.fullmatch(s) is None:
        if s.strip("+-").lower() in {"nan", "inf", "infinity"}:
            raise InvalidMeasurement(
                "NOT_FINITE", Msg("{value} is not a finite number.", value=repr(s))
            )
        raise InvalidMeasurement("NOT_A_NUMBER", Msg("{value} is not a number.", value=repr(s)))
    value = float(s)
    if not math.isfinite(value):
        raise InvalidMeasurement("NOT_FINITE", Msg("{value} is out of range.", value=repr(s)))
    return value + 0.0  # -0.0 → 0.0


@dataclass(frozen=True, slots=True)
class MeasurementResult:
    code: str
    value: Value
    unit: str | None
    lsl: float | None
    usl: float | None
    result: ItemResult


@dataclass(frozen=True, slots=True)
class Defect:
    code: str
    note: str | None = None


def judge(
    spec: MeasurementSpec, raw_value: object, *, expected_text: str | None = None
) -> MeasurementResult:
    """Judge one form value against its spec.

    ``raw_value``: text as typed, a bool (check box), a number, or None.  An empty value is
    MISSING when required and PASS (value None) when optional.  Numbers: lsl ≤ v ≤ usl
    (missing limits are open).  Booleans: PASS only when true.  Text: PASS when non-empty and,
    with ``expected_text``, equal to it after stripping (case-sensitive).  Unreadable input
    raises InvalidMeasurement: a typo is not a FAIL."""
    value = _coerce(spec, raw_value)

    def res(result: ItemResult) -> MeasurementResult:
        return MeasurementResult(spec.code, value, spec.unit, spec.lsl, spec.usl, result)

    if value is None:
        return res(ItemResult.MISSING if spec.required else ItemResult.PASS)
    if spec.kind is MeasurementKind.NUMBER:
        assert isinstance(value, float)
        ok = (spec.lsl is None or spec.lsl <= value) and (spec.usl is None or value <= spec.usl)
    elif spec.kind is MeasurementKind.BOOL:
        ok = value is True
    else:
        ok = expected_text is None or value == expected_text.strip()
    return res(ItemResult.PASS if ok else ItemResult.FAIL)


def _coerce(spec: MeasurementSpec, raw: object) -> Value:
    code = spec.code
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if spec.kind is MeasurementKind.NUMBER:
        if isinstance(raw, str):
            try:
                return parse_number(raw)
            except InvalidMeasurement as exc:
                exc.measurement = code
                raise
        if isinstance(raw, int | float | Decimal) and not isinstance(raw, bool):
            try:
                number = float(raw)
            except OverflowError:  # an int beyond float range
                number = math.inf
            if math.isfinite(number):
                return number + 0.0
            raise InvalidMeasurement(
                "NOT_FINITE",
                Msg("{code}: {value} is not a finite number.", code=code, value=repr(raw)),
                measurement=code,
            )
        raise InvalidMeasurement(
            "NOT_A_NUMBER",
            Msg("{code}: {value} is not a number.", code=code, value=repr(raw)),
            measurement=code,
        )
    if spec.kind is MeasurementKind.BOOL:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().upper() in _TRUE | _FALSE:
            return raw.strip().upper() in _TRUE
        raise InvalidMeasurement(
            "NOT_A_BOOLEAN",
            Msg("{code}: {value} is not yes/no.", code=code, value=repr(raw)),
            measurement=code,
        )
    if isinstance(raw, str):
        text = raw.strip()
        compiled = compile_format(spec.format) if spec.format else None
        if compiled is not None and text and compiled.fullmatch(text) is None:
            raise InvalidMeasurement(
                "BAD_FORMAT",
                Msg(
                    "{code}: {value} does not have the expected format {format}.",
                    code=code,
                    value=repr(text[:60]),
                    format=spec.format,
                ),
                measurement=code,
            )
        return text
    raise InvalidMeasurement(
        "NOT_TEXT",
        Msg("{code}: {value} is not text.", code=code, value=repr(raw)),
        measurement=code,
    )


def judge_form(
    criteria: QualityCriteria,
    raw_values: Mapping[str, object],
    *,
    expected_texts: Mapping[str, str] | None = None,
) -> list[MeasurementResult]:
    """Judge every measurement of a form, in form order (absent values count as empty)."""
    unknown = sorted(set(raw_values) - {m.code for m in criteria.measurements})
    if unknown:
        raise InvalidMeasurement(
            "UNKNOWN_CODE",
            Msg("Unknown measurement(s): {codes}.", codes=unknown),
        )
    expected = expected_texts or {}
    return [
        judge(m, raw_values.get(m.code), expected_text=expected.get(m.code))
        for m in criteria.measurements
    ]


# -- verdict and record rules --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether PASS may be recorded, and why not."""

    failing: tuple[str, ...]
    missing: tuple[str, ...]
    defect_count: int

    @property
    def pass_allowed(self) -> bool:
        return not self.failing and not self.missing and self.defect_count == 0

    @property
    def suggested_result(self) -> RecordResult | None:
        """PASS when allowed, FAIL when something failed, None while values are missing."""
        if self.pass_allowed:
            return StepResult.PASS
        if self.failing or self.defect_count:
            return StepResult.FAIL
        return None


def overall_verdict(results: Iterable[MeasurementResult], defects: Sequence[Defect]) -> Verdict:
    items = list(results)
    return Verdict(
        tuple(r.code for r in items if r.result == ItemResult.FAIL),
        tuple(r.code for r in items if r.result == ItemResult.MISSING),
        len(defects),
    )


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    msg: Msg

    def __str__(self) -> str:
        return str(self.msg)


def validate_record(
    result: str,
    measurement_results: Iterable[MeasurementResult],
    defects: Sequence[Defect],
    allowed_defect_codes: Collection[str],
) -> list[Problem]:
    """Problems that make this record unacceptable (empty list: it may be saved)."""
    problems: list[Problem] = []
    items = list(measurement_results)
    if result not in RECORD_RESULTS:
        return [
            Problem(
                "BAD_RESULT",
                Msg("Result must be PASS, FAIL or REWORK, not {result}.", result=repr(result)),
            )
        ]
    if result == StepResult.PASS:
        failing = [r.code for r in items if r.result == ItemResult.FAIL]
        missing = [r.code for r in items if r.result == ItemResult.MISSING]
        if failing:
            problems.append(
                Problem(
                    "PASS_WITH_FAILING_MEASUREMENT",
                    Msg("PASS is not allowed: out of limits: {codes}.", codes=failing),
                )
            )
        if missing:
            problems.append(
                Problem(
                    "PASS_WITH_MISSING_MEASUREMENT",
                    Msg("PASS is not allowed: not entered: {codes}.", codes=missing),
                )
            )
        if defects:
            problems.append(
                Problem(
                    "PASS_WITH_DEFECTS",
                    Msg("PASS is not allowed with defects."),
                )
            )
    elif not defects:
        problems.append(
            Problem(
                "DEFECT_REQUIRED",
                Msg("{result} needs at least one defect code.", result=result),
            )
        )
    unknown = [d.code for d in defects if d.code not in allowed_defect_codes]
    if unknown:
        problems.append(
            Problem(
                "UNKNOWN_DEFECT_CODE",
                Msg("Unknown defect code(s) for this step: {codes}.", codes=unknown),
            )
        )
    return problems


def snapshot(
    results: Iterable[MeasurementResult], criteria_version: int | None = None
) -> dict[str, Any]:
    """The stored ``measurements`` JSON: the values and the limits they were judged against,
    plus ``criteria_version`` (the version of those criteria) when given."""
    out: dict[str, Any] = {
        "items": [
            {
                "code": r.code,
                "value": r.value,
                "unit": r.unit,
                "lsl": r.lsl,
                "usl": r.usl,
                "result": r.result,
            }
            for r in results
        ]
    }
    if criteria_version is not None:
        out["criteria_version"] = criteria_version
    return out


def defects_json(defects: Iterable[Defect]) -> list[dict[str, Any]]:
    """The stored ``defects`` JSON."""
    return [{"code": d.code, "note": d.note} for d in defects]
