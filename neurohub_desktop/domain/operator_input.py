"""What an operator submits for a step, checked before any database work.

Free text an operator types (notes, text measurements, defect notes): accepted as typed,
or refused with a message — never passed on to fail somewhere deeper.

PostgreSQL text and JSONB cannot hold NUL, and other control characters in a record are
always a scanner or keyboard accident; very long text is a stuck key.  Tab and line breaks
are kept in notes (multi-line), not in one-line values.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

from neurohub_desktop.domain.errors import ValidationError
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.domain.states import StepResult
from neurohub_desktop.domain.station import DefectEntry

MAX_NOTE = 2_000
MAX_VALUE = 200
_NOTE_OK = frozenset("\t\n\r")


def check_text(
    text: str | None, *, field: str, limit: int = MAX_VALUE, multiline: bool = False
) -> str | None:
    """``text`` stripped (None when empty), or ValidationError naming ``field``."""
    if text is None:
        return None
    if not isinstance(text, str):
        raise ValidationError(Msg("{field}: the value is not text.", field=field), code="NOT_TEXT")
    if len(text) > 4 * limit or len(text.strip()) > limit:
        raise ValidationError(
            Msg("{field}: the text is longer than {limit} characters.", field=field, limit=limit),
            code="TEXT_TOO_LONG",
        )
    allowed = _NOTE_OK if multiline else frozenset()
    if any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in allowed for ch in text):
        raise ValidationError(
            Msg("{field}: the text contains a control character.", field=field),
            code="CONTROL_CHARACTER",
        )
    return text.strip() or None


def clean_step_input(
    result: object, values: Mapping[str, object], defects: Sequence[DefectEntry], note: str | None
) -> tuple[StepResult, dict[str, object], list[DefectEntry], str | None]:
    """One step record's input checked before any database work (ValidationError if bad)."""
    try:
        verdict = StepResult(str(result).strip().upper())
    except ValueError:
        raise ValidationError(
            Msg("{result} is not PASS, FAIL or REWORK.", result=repr(str(result)[:40])),
            code="BAD_RESULT",
        ) from None
    clean = {
        str(check_text(str(k), field="code", limit=50)): (
            check_text(v, field=str(k)[:50]) if isinstance(v, str) else v
        )
        for k, v in values.items()
    }
    found = [
        DefectEntry(
            str(check_text(d.code, field="defect", limit=50)),
            check_text(d.note, field=d.code[:50], limit=MAX_NOTE, multiline=True),
        )
        for d in defects
    ]
    return verdict, clean, found, check_text(note, field="note", limit=MAX_NOTE, multiline=True)
