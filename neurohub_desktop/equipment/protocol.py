"""The tester protocol's messages: one JSON object per line each way (UTF-8, ``\\n``).

A request names its ``message_id`` (the submission key: a resend is recorded once), the
``equipment`` code, the ``unit`` (WIP or serial) and its measurement ``items``; nothing else.
An answer (ACK) repeats the ``message_id`` and says ``status`` (RECORDED, FILLED, REFUSED,
NOT_IN_PROGRESS, ERROR) with a machine ``code`` and an English ``reason`` when it is not
RECORDED / FILLED.  Parsing never raises anything but ``ProtocolError``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

#: a request line, newline included, is at most this long; a longer one closes the connection
MAX_LINE = 64 * 1024
MAX_ITEMS = 64
MAX_TEXT = 200
FIELDS = frozenset({"message_id", "equipment", "unit", "items"})
_ID_RE = re.compile(r"^[A-Za-z0-9._:\-]{1,64}$")
_CODE_RE = re.compile(r"^[A-Za-z0-9_\-]{1,50}$")


class Status(StrEnum):
    RECORDED = "RECORDED"  # in the database (``duplicate``: it was already, from a resend)
    FILLED = "FILLED"  # on the operator's form, waiting for their confirmation
    REFUSED = "REFUSED"  # the station or the database refused it (``code``, ``reason``)
    NOT_IN_PROGRESS = "NOT_IN_PROGRESS"  # the unit is not the one in progress here
    ERROR = "ERROR"  # the message itself is wrong, or the station cannot answer now


class ProtocolError(ValueError):
    """A request that is not one: ``code`` BAD_JSON, BAD_MESSAGE, UNKNOWN_FIELD."""

    def __init__(self, code: str, reason: str, message_id: str | None = None) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.message_id = message_id


Value = float | int | bool | str | None


@dataclass(frozen=True, slots=True)
class TesterResult:
    __test__: ClassVar[bool] = False  # not a pytest class
    message_id: str
    equipment: str
    unit: str
    items: Mapping[str, Value]


@dataclass(frozen=True, slots=True)
class Ack:
    message_id: str | None
    status: Status
    code: str | None = None
    reason: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_line(self) -> bytes:
        body: dict[str, Any] = {"message_id": self.message_id, "status": self.status.value}
        if self.code is not None:
            body["code"] = self.code
        if self.reason is not None:
            body["reason"] = self.reason[:500]
        body.update(self.extra)
        return (json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n").encode()

    @classmethod
    def from_line(cls, line: bytes | str) -> Ack:
        """An ACK read back (the simulator, the tests)."""
        data = json.loads(line)
        rest = {
            k: v for k, v in data.items() if k not in ("message_id", "status", "code", "reason")
        }
        return cls(
            data.get("message_id"),
            Status(data["status"]),
            data.get("code"),
            data.get("reason"),
            rest,
        )


def error(code: str, reason: str, message_id: str | None = None) -> Ack:
    return Ack(message_id, Status.ERROR, code, reason)


def parse_request(line: bytes) -> TesterResult:
    """One request line (without its newline) → a TesterResult, or ProtocolError."""
    try:
        data = json.loads(line.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ProtocolError("BAD_JSON", f"not a JSON object: {type(exc).__name__}") from None
    if not isinstance(data, dict):
        raise ProtocolError("BAD_JSON", "not a JSON object")
    raw_id = data.get("message_id")
    message_id = raw_id if isinstance(raw_id, str) and _ID_RE.match(raw_id) else None
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        names = ", ".join(str(u)[:40] for u in unknown[:5])
        raise ProtocolError("UNKNOWN_FIELD", f"unknown field(s): {names}", message_id)
    if message_id is None:
        raise ProtocolError("BAD_MESSAGE", "message_id: 1-64 of A-Z a-z 0-9 . _ : -")
    equipment, unit, items = data.get("equipment"), data.get("unit"), data.get("items")
    if not isinstance(equipment, str) or not _CODE_RE.match(equipment):
        raise ProtocolError("BAD_MESSAGE", "equipment: an equipment code", message_id)
    if not isinstance(unit, str) or not 1 <= len(unit) <= 50:
        raise ProtocolError("BAD_MESSAGE", "unit: a WIP id or serial number", message_id)
    if not isinstance(items, dict) or not 1 <= len(items) <= MAX_ITEMS:
        raise ProtocolError("BAD_MESSAGE", f"items: an object of 1-{MAX_ITEMS} items", message_id)
    clean: dict[str, Value] = {}
    for code, value in items.items():
        if not _CODE_RE.match(code):
            raise ProtocolError("BAD_MESSAGE", f"item code {code[:40]!r}", message_id)
        ok = value is None or isinstance(value, bool | str | int | float)
        if isinstance(value, float) and not math.isfinite(value):
            ok = False
        if isinstance(value, str) and len(value) > MAX_TEXT:
            ok = False
        if not ok:
            raise ProtocolError(
                "BAD_MESSAGE", f"item {code}: a number, true/false, a text or null", message_id
            )
        clean[code] = value
    return TesterResult(message_id, equipment, unit.strip(), clean)


def request_line(message_id: str, equipment: str, unit: str, items: Mapping[str, Value]) -> bytes:
    """A request as a tester sends it (the simulator, the bench)."""
    body = {"message_id": message_id, "equipment": equipment, "unit": unit, "items": dict(items)}
    return (json.dumps(body, ensure_ascii=False) + "\n").encode()


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")
