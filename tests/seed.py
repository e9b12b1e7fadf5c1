"""The §6 seed criteria, keyed by process_id, as revision 001 froze them (its seed data is the
one copy: the package holds no Korean names, issue 13)."""

from __future__ import annotations

import copy
import importlib
from typing import Any

_REV001 = importlib.import_module("neurohub_desktop.migrations.versions.001_initial_schema")

SEED_CRITERIA: dict[str, dict[str, Any]] = {
    row[0]: copy.deepcopy(row[5]) for row in _REV001.PROCESSES
}
#: process_id → (Korean name, English name)
SEED_NAMES: dict[str, tuple[str, str]] = {row[0]: (row[1], row[2]) for row in _REV001.PROCESSES}
