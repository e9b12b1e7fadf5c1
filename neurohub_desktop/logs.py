"""Logging: rotating files in the platform log dir, one line per operator action.

Passwords and bcrypt hashes never reach a log file: a filter scrubs them from every record,
whatever logger produced it (psycopg2 errors can echo SQL parameters).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

ACTIONS = logging.getLogger("neurohub.actions")
_SECRET_PATTERNS = [
    (re.compile(r"\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}"), "<bcrypt-hash>"),
    (re.compile(r"(?i)(password[\"']?\s*[:=]\s*[\"']?)([^\s\"',}]+)"), r"\1***"),
    (re.compile(r"(postgres(?:ql)?(?:\+\w+)?://[^:/@\s]+:)([^@\s]+)(@)"), r"\1***\3"),
]


def scrub(text: str) -> str:
    for pattern, replacement in _SECRET_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class SecretFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = scrub(record.exc_text)
        return True


class _RotatingFile(logging.handlers.RotatingFileHandler):
    """RotatingFileHandler without its per-record cost on the action path: the stdlib's
    check stats the path twice and formats every record twice (once only to measure it).
    Here the open file's position and the message's length decide (a formatted line is the
    message plus the prefix, well under the slack), so a file ends within a line of
    ``maxBytes``."""

    _PREFIX_SLACK = 200

    def shouldRollover(self, record: logging.LogRecord) -> bool:  # noqa: N802 - stdlib name
        if self.stream is None or self.maxBytes <= 0:
            return super().shouldRollover(record) == 1
        pos = self.stream.tell()
        return bool(pos) and pos + len(record.getMessage()) + self._PREFIX_SLACK >= self.maxBytes


def setup_logging(log_dir: Path, *, level: int = logging.INFO, station: str = "") -> Path:
    """Rotating log file (5 × 5 MB) plus stderr for warnings; returns the file path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "neurohub-desktop.log"
    handler = _RotatingFile(path, maxBytes=5 * 1024 * 1024, backupCount=5, encoding="utf-8")
    fmt = f"%(asctime)s %(levelname)s [{station or '-'}] %(name)s: %(message)s"
    handler.setFormatter(logging.Formatter(fmt))
    handler.addFilter(SecretFilter())
    root = logging.getLogger()
    root.setLevel(level)
    for existing in list(root.handlers):
        if isinstance(existing, logging.handlers.RotatingFileHandler):
            root.removeHandler(existing)
            existing.close()
    root.addHandler(handler)
    return path


def log_action(
    action: str,
    unit: str | None,
    result: str,
    duration_ms: float,
    *,
    sqlstate: str | None = None,
    **fields: object,
) -> None:
    """One line per operator action: action, unit id, result, duration (and SQLSTATE on error)."""
    extra = " ".join(f"{k}={v}" for k, v in fields.items() if v is not None)
    line = f"action={action} unit={unit or '-'} result={result} duration_ms={duration_ms:.1f}"
    if sqlstate:
        line += f" sqlstate={sqlstate}"
    if extra:
        line += " " + extra
    (ACTIONS.warning if sqlstate or result in ("ERROR", "REFUSED") else ACTIONS.info)(line)
