"""The station (operator) screens.  ``page_specs()`` is what the main window shows."""
from __future__ import annotations

from neurohub_desktop.ui.context import PageSpec


def page_specs() -> list[PageSpec]:
    return []
