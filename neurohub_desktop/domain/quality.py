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
from typing import Any, Literal

from neurohub_desktop.domain.errors import ValidationError

ItemResult = Literal["PASS", "FAIL", "MISSING"]
RecordResult = Literal["PASS", "FAIL", "REWORK"]
RECORD_RESULTS: tuple[RecordResult, ...] = ("PASS", "FAIL", "REWORK")
Value = float | bool | str | None

MAX_NUMBER_TEXT = 64
_NUMBER_RE = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?", re.ASCII)
_TRUE = frozenset({"TRUE", "1", "Y", "YES", "OK", "PASS"})
_FALSE = frozenset({"FALSE", "0", "N", "NO", "NG", "FAIL"})


class MeasurementKind(StrEnum):
    NUMBER = "number"
    BOOL = "bool"
    TEXT = "text"


class InvalidMeasurement(ValidationError, ValueError):
    """A value that cannot be judged.  ``code`` is a machine reason code (``EMPTY``,
    ``NOT_A_NUMBER``, ``AMBIGUOUS_SEPARATOR``, ``NOT_FINITE``, ``TOO_LONG``, ``NOT_A_BOOLEAN``,
    ``NOT_TEXT``, ``BAD_FORMAT``, ``UNKNOWN_CODE``), ``reason`` the English sentence."""

    def __init__(
        self,
        code: str,
        reason: str,
        reason_ko: str | None = None,
        *,
        measurement: str | None = None,
    ) -> None:
        super().__init__(reason, reason_ko or reason, code=code)
        self.reason = reason
        self.measurement = measurement


class InvalidCriteria(ValidationError, ValueError):
    """``processes.quality_criteria`` that cannot be used as a form."""

    def __init__(self, reason: str, reason_ko: str | None = None) -> None:
        super().__init__(reason, reason_ko or reason, code="BAD_CRITERIA")


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
        code = _req_str(data, "code", "measurement")
        raw_kind = data.get("kind")
        if raw_kind not in {k.value for k in MeasurementKind}:
            raise InvalidCriteria(
                f"Measurement {code}: unknown kind {raw_kind!r} (number, bool or text).",
                f"측정 항목 {code}: 알 수 없는 종류 {raw_kind!r}.",
            )
        kind = MeasurementKind(raw_kind)
        name = _opt_str(data, "name", code) or code
        unit = _opt_str(data, "unit", code)
        lsl, usl, target = (_limit(data, k, code) for k in ("lsl", "usl", "target"))
        if kind is not MeasurementKind.NUMBER and (lsl, usl, target) != (None, None, None):
            raise InvalidCriteria(
                f"Measurement {code}: limits are only for numbers.",
                f"측정 항목 {code}: 상/하한은 숫자 항목에만 지정합니다.",
            )
        if lsl is not None and usl is not None and lsl > usl:
            raise InvalidCriteria(
                f"Measurement {code}: lsl {lsl} is above usl {usl}.",
                f"측정 항목 {code}: 하한 {lsl}이(가) 상한 {usl}보다 큽니다.",
            )
        required = data.get("required", True)
        if not isinstance(required, bool):
            raise InvalidCriteria(
                f"Measurement {code}: required must be true or false.",
                f"측정 항목 {code}: required는 true/false 여야 합니다.",
            )
        pattern = _opt_str(data, "format", code) or None
        if pattern is not None:
            if kind is not MeasurementKind.TEXT:
                raise InvalidCriteria(
                    f"Measurement {code}: a format is only for text items.",
                    f"측정 항목 {code}: 형식은 텍스트 항목에만 지정합니다.",
                )
            if compile_format(pattern) is None:
                raise InvalidCriteria(
                    f"Measurement {code}: the format is not a usable regular expression.",
                    f"측정 항목 {code}: 형식이 올바른 정규식이 아닙니다.",
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
        code = _req_str(data, "code", "defect code")
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
            raise InvalidCriteria(
                "quality_criteria must be a JSON object.",
                "quality_criteria는 JSON 객체여야 합니다.",
            )
        measurements = tuple(MeasurementSpec.from_json(m) for m in _list(data, "measurements"))
        defects = tuple(DefectCode.from_json(d) for d in _list(data, "defect_codes"))
        for label, codes in (
            ("measurement", [m.code for m in measurements]),
            ("defect", [d.code for d in defects]),
        ):
            dupes = sorted({c for c in codes if codes.count(c) > 1})
            if dupes:
                raise InvalidCriteria(
                    f"Duplicate {label} codes: {', '.join(dupes)}.",
                    f"중복된 코드: {', '.join(dupes)}.",
                )
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


def _req_str(data: Mapping[str, Any], key: str, what: str) -> str:
    if not isinstance(data, Mapping):
        raise InvalidCriteria(
            f"Each {what} must be a JSON object.", f"{what} 항목은 JSON 객체여야 합니다."
        )
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise InvalidCriteria(f"A {what} has no {key}.", f"{what}에 {key}가 없습니다.")
    return value.strip()


def _opt_str(data: Mapping[str, Any], key: str, code: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise InvalidCriteria(
            f"{code}: {key} must be text.", f"{code}: {key}는 문자열이어야 합니다."
        )
    return value


def _flag(data: Mapping[str, Any], key: str, code: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise InvalidCriteria(
            f"{code}: {key} must be true or false.", f"{code}: {key}는 true/false 여야 합니다."
        )
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
            f"Measurement {code}: {key} must be a finite number.",
            f"측정 항목 {code}: {key}는 유한한 숫자여야 합니다.",
        )
    return float(value)


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise InvalidCriteria(
            f"quality_criteria.{key} must be a list.",
            f"quality_criteria.{key}는 목록이어야 합니다.",
        )
    return value


# -- values ------------------------------------------------------------------------------


def parse_number(text: str) -> float:
    """Operator input → a finite float.

    Whitespace around is ignored; a single comma with no dot is a decimal separator
    ("12,5" → 12.5); "1,234.5" or several commas are refused as ambiguous; exponents are
    allowed but NaN, infinities and overflow (``1e999``) are refused.  Only ASCII digits."""
    if not isinstance(text, str):
        raise InvalidMeasurement(
            "NOT_A_NUMBER", "The value is not text.", "값이 문자열이 아닙니다."
        )
    if len(text) > 4 * MAX_NUMBER_TEXT:
        raise InvalidMeasurement("TOO_LONG", "The number is too long.", "숫자가 너무 깁니다.")
    s = text.strip()
    if not s:
        raise InvalidMeasurement("EMPTY", "No value was entered.", "값이 입력되지 않았습니다.")
    if len(s) > MAX_NUMBER_TEXT:
        raise InvalidMeasurement("TOO_LONG", "The number is too long.", "숫자가 너무 깁니다.")
    if "," in s:
        if "." in s or s.count(",") > 1:
            raise InvalidMeasurement(
                "AMBIGUOUS_SEPARATOR",
                f"{s!r}: thousands separators are not accepted; use one decimal separator.",
                f"{s!r}: 천 단위 구분 기호는 사용할 수 없습니다. 소수점 하나만 사용하세요.",
            )
        s = s.replace(",", ".")
    if _NUMBER_RE.fullmatch(s) is None:
        if s.strip("+-").lower() in {"nan", "inf", "infinity"}:
            raise InvalidMeasurement(
                "NOT_FINITE", f"{s!r} is not a finite number.", f"{s!r}: 유한한 숫자가 아닙니다."
            )
        raise InvalidMeasurement(
            "NOT_A_NUMBER", f"{s!r} is not a number.", f"{s!r}: 숫자가 아닙니다."
        )
    value = float(s)
    if not math.isfinite(value):
        raise InvalidMeasurement(
            "NOT_FINITE", f"{s!r} is out of range.", f"{s!r}: 숫자 범위를 벗어났습니다."
        )
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
        return res("MISSING" if spec.required else "PASS")
    if spec.kind is MeasurementKind.NUMBER:
        assert isinstance(value, float)
        ok = (spec.lsl is None or spec.lsl <= value) and (spec.usl is None or value <= spec.usl)
    elif spec.kind is MeasurementKind.BOOL:
        ok = value is True
    else:
        ok = expected_text is None or value == expected_text.strip()
    return res("PASS" if ok else "FAIL")


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
                f"{code}: {raw!r} is not a finite number.",
                f"{code}: 유한한 숫자가 아닙니다.",
                measurement=code,
            )
        raise InvalidMeasurement(
            "NOT_A_NUMBER",
            f"{code}: {raw!r} is not a number.",
            f"{code}: 숫자가 아닙니다.",
            measurement=code,
        )
    if spec.kind is MeasurementKind.BOOL:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().upper() in _TRUE | _FALSE:
            return raw.strip().upper() in _TRUE
        raise InvalidMeasurement(
            "NOT_A_BOOLEAN",
            f"{code}: {raw!r} is not yes/no.",
            f"{code}: 예/아니오 값이 아닙니다.",
            measurement=code,
        )
    if isinstance(raw, str):
        text = raw.strip()
        compiled = compile_format(spec.format) if spec.format else None
        if compiled is not None and text and compiled.fullmatch(text) is None:
            raise InvalidMeasurement(
                "BAD_FORMAT",
                f"{code}: {text[:60]!r} does not have the expected format {spec.format}.",
                f"{code}: {text[:60]!r}이(가) 정해진 형식({spec.format})과 맞지 않습니다.",
                measurement=code,
            )
        return text
    raise InvalidMeasurement(
        "NOT_TEXT", f"{code}: {raw!r} is not text.", f"{code}: 문자열이 아닙니다.", measurement=code
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
            f"Unknown measurement(s): {', '.join(unknown)}.",
            f"알 수 없는 측정 항목: {', '.join(unknown)}.",
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
            return "PASS"
        if self.failing or self.defect_count:
            return "FAIL"
        return None


def overall_verdict(results: Iterable[MeasurementResult], defects: Sequence[Defect]) -> Verdict:
    items = list(results)
    return Verdict(
        tuple(r.code for r in items if r.result == "FAIL"),
        tuple(r.code for r in items if r.result == "MISSING"),
        len(defects),
    )


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    message_en: str
    message_ko: str

    def __str__(self) -> str:
        return self.message_en


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
                f"Result must be PASS, FAIL or REWORK, not {result!r}.",
                f"판정은 PASS, FAIL, REWORK 중 하나여야 합니다 ({result!r}).",
            )
        ]
    if result == "PASS":
        failing = [r.code for r in items if r.result == "FAIL"]
        missing = [r.code for r in items if r.result == "MISSING"]
        if failing:
            problems.append(
                Problem(
                    "PASS_WITH_FAILING_MEASUREMENT",
                    f"PASS is not allowed: out of limits: {', '.join(failing)}.",
                    f"합격 처리할 수 없습니다. 불합격 항목: {', '.join(failing)}.",
                )
            )
        if missing:
            problems.append(
                Problem(
                    "PASS_WITH_MISSING_MEASUREMENT",
                    f"PASS is not allowed: not entered: {', '.join(missing)}.",
                    f"합격 처리할 수 없습니다. 미입력 항목: {', '.join(missing)}.",
                )
            )
        if defects:
            problems.append(
                Problem(
                    "PASS_WITH_DEFECTS",
                    "PASS is not allowed with defects.",
                    "불량 코드가 있으면 합격 처리할 수 없습니다.",
                )
            )
    elif not defects:
        problems.append(
            Problem(
                "DEFECT_REQUIRED",
                f"{result} needs at least one defect code.",
                f"{result} 판정에는 불량 코드가 하나 이상 필요합니다.",
            )
        )
    unknown = [d.code for d in defects if d.code not in allowed_defect_codes]
    if unknown:
        problems.append(
            Problem(
                "UNKNOWN_DEFECT_CODE",
                f"Unknown defect code(s) for this step: {', '.join(unknown)}.",
                f"이 공정에 없는 불량 코드: {', '.join(unknown)}.",
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


# The §6 seed, keyed by process_id: a plain literal so the 001 migration can import it as data.
SEED_CRITERIA: dict[str, dict[str, Any]] = {
    "PROC-001": {
        "version": 1,
        "measurements": [
            {
                "code": "MARK_READABLE",
                "name": "마킹 판독 가능",
                "name_en": "Mark readable",
                "unit": None,
                "kind": "bool",
                "lsl": None,
                "usl": None,
                "target": None,
                "required": True,
            },
        ],
        "defect_codes": [
            {"code": "MARKING_FAIL", "name": "마킹 불량", "name_en": "Marking failure"},
        ],
    },
    "PROC-002": {
        "version": 1,
        "measurements": [
            {
                "code": "SMA_SPRING_LOT",
                "name": "SMA 스프링 LOT",
                "name_en": "SMA spring lot",
                "unit": None,
                "kind": "text",
                "lsl": None,
                "usl": None,
                "target": None,
                "required": True,
            },
            {
                "code": "BUSBAR_LOT",
                "name": "부스바 LOT",
                "name_en": "Busbar lot",
                "unit": None,
                "kind": "text",
                "lsl": None,
                "usl": None,
                "target": None,
                "required": False,
            },
            {
                "code": "VISUAL_OK",
                "name": "외관 양호",
                "name_en": "Visual OK",
                "unit": None,
                "kind": "bool",
                "lsl": None,
                "usl": None,
                "target": None,
                "required": True,
            },
        ],
        "defect_codes": [
            {"code": "PART_DEFECT", "name": "부품 불량", "name_en": "Part defect"},
            {"code": "ASSEMBLY_ERROR", "name": "조립 불량", "name_en": "Assembly error"},
        ],
    },
    "PROC-003": {
        "version": 1,
        "measurements": [
            {
                "code": "TEMP_SENSOR",
                "name": "온도 센서",
                "name_en": "Temperature sensor",
                "unit": "°C",
                "kind": "number",
                "lsl": 59.0,
                "usl": 61.0,
                "target": 60.0,
                "required": True,
            },
            {
                "code": "TOF_DISTANCE",
                "name": "TOF 거리",
                "name_en": "TOF distance",
                "unit": "mm",
                "kind": "number",
                "lsl": 400,
                "usl": 600,
                "target": 500,
                "required": True,
            },
            {
                "code": "I2C_OK",
                "name": "I2C 통신 정상",
                "name_en": "I2C OK",
                "unit": None,
                "kind": "bool",
                "lsl": None,
                "usl": None,
                "target": None,
                "required": True,
            },
        ],
        "defect_codes": [
            {
                "code": "SENSOR_TEMP_FAIL",
                "name": "온도 센서 불량",
                "name_en": "Temperature sensor failure",
            },
            {"code": "SENSOR_TOF_FAIL", "name": "TOF 센서 불량", "name_en": "TOF sensor failure"},
        ],
    },
    "PROC-004": {
        "version": 1,
        "measurements": [
            {
                "code": "FIRMWARE_VERSION",
                "name": "펌웨어 버전",
                "name_en": "Firmware version",
                "unit": None,
                "kind": "text",
                "lsl": None,
                "usl": None,
                "target": None,
                "required": True,
            },
            {
                "code": "UPLOAD_OK",
                "name": "업로드 성공",
                "name_en": "Upload OK",
                "unit": None,
                "kind": "bool",
                "lsl": None,
                "usl": None,
                "target": None,
                "required": True,
            },
        ],
        "defect_codes": [
            {
                "code": "FIRMWARE_UPLOAD_FAIL",
                "name": "펌웨어 업로드 실패",
                "name_en": "Firmware upload failure",
            },
            {
                "code": "FIRMWARE_COMM_ERROR",
                "name": "펌웨어 통신 오류",
                "name_en": "Firmware communication error",
            },
            {
                "code": "FIRMWARE_VERSION_MISMATCH",
                "name": "펌웨어 버전 불일치",
                "name_en": "Firmware version mismatch",
            },
        ],
    },
    "PROC-005": {
        "version": 1,
        "measurements": [
            {
                "code": "CABLE_OK",
                "name": "케이블 체결 양호",
                "name_en": "Cables OK",
                "unit": None,
                "kind": "bool",
                "lsl": None,
                "usl": None,
                "target": None,
                "required": True,
            },
            {
                "code": "VISUAL_OK",
                "name": "외관 양호",
                "name_en": "Visual OK",
                "unit": None,
                "kind": "bool",
                "lsl": None,
                "usl": None,
                "target": None,
                "required": True,
            },
        ],
        "defect_codes": [
            {"code": "ASSEMBLY_ERROR", "name": "조립 불량", "name_en": "Assembly error"},
            {"code": "APPEARANCE_DEFECT", "name": "외관 불량", "name_en": "Appearance defect"},
        ],
    },
    "PROC-006": {
        "version": 1,
        "measurements": [
            {
                "code": "FORCE_38C",
                "name": "38°C 출력",
                "name_en": "Force at 38 °C",
                "unit": "kgf",
                "kind": "number",
                "lsl": 8.0,
                "usl": 12.0,
                "target": 10.0,
                "required": True,
            },
            {
                "code": "FORCE_52C",
                "name": "52°C 출력",
                "name_en": "Force at 52 °C",
                "unit": "kgf",
                "kind": "number",
                "lsl": 13.0,
                "usl": 17.0,
                "target": 15.0,
                "required": True,
            },
            {
                "code": "FORCE_66C",
                "name": "66°C 출력",
                "name_en": "Force at 66 °C",
                "unit": "kgf",
                "kind": "number",
                "lsl": 18.0,
                "usl": 22.0,
                "target": 20.0,
                "required": True,
            },
        ],
        "defect_codes": [
            {"code": "PERFORMANCE_FAIL", "name": "성능 불량", "name_en": "Performance failure"},
        ],
    },
    "PROC-007": {
        "version": 1,
        "measurements": [
            {
                "code": "LABEL_VERIFIED",
                "name": "라벨 확인",
                "name_en": "Label verified",
                "unit": None,
                "kind": "bool",
                "lsl": None,
                "usl": None,
                "target": None,
                "required": True,
            },
        ],
        "defect_codes": [
            {
                "code": "LABEL_PRINT_FAIL",
                "name": "라벨 인쇄 불량",
                "name_en": "Label print failure",
            },
            {
                "code": "LABEL_ATTACH_ERROR",
                "name": "라벨 부착 불량",
                "name_en": "Label attach error",
            },
        ],
    },
    "PROC-008": {
        "version": 1,
        "measurements": [
            {
                "code": "VISUAL_OK",
                "name": "외관 양호",
                "name_en": "Visual OK",
                "unit": None,
                "kind": "bool",
                "lsl": None,
                "usl": None,
                "target": None,
                "required": True,
            },
            {
                "code": "PACKAGING_OK",
                "name": "포장 양호",
                "name_en": "Packaging OK",
                "unit": None,
                "kind": "bool",
                "lsl": None,
                "usl": None,
                "target": None,
                "required": True,
            },
        ],
        "defect_codes": [
            {"code": "VISUAL_DEFECT", "name": "외관 불량", "name_en": "Visual defect"},
            {"code": "PACKAGING_ERROR", "name": "포장 불량", "name_en": "Packaging error"},
        ],
    },
}
