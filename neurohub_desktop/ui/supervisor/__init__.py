"""The supervisor screens (LOT board, WIP, yield, traceability, audit).  ``page_specs()`` lists them."""
from __future__ import annotations

from neurohub_desktop.ui.context import PageSpec


def page_specs() -> list[PageSpec]:
    return []
