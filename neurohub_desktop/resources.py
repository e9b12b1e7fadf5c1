"""Resources by name (architecture lesson 8): icons, the stylesheet, translations.

The ``resources/`` folder sits next to the ``neurohub_desktop`` package in the source checkout
(the project is installed editable), so nothing else needs to know where files live.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
_ICON_SUFFIXES = (".svg", ".png")


def resource_path(*parts: str) -> Path:
    """The path of ``resources/<parts…>``; raises ``ValueError`` if it would leave the folder."""
    path = RESOURCES_DIR.joinpath(*parts).resolve()
    if not path.is_relative_to(RESOURCES_DIR):
        raise ValueError(f"resource path escapes the resources folder: {parts!r}")
    return path


def icon_path(name: str) -> Path:
    """``resources/icons/<name>.svg`` (preferred) or ``.png``; ``FileNotFoundError`` if neither."""
    for suffix in _ICON_SUFFIXES:
        path = resource_path("icons", name + suffix)
        if path.is_file():
            return path
    raise FileNotFoundError(f"no icon named {name!r} in {resource_path('icons')}")


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` (e.g. ``"scan"``, ``"pass"``, ``"app"``), loaded once."""
    result = QIcon(str(icon_path(name)))
    if name == "app":
        png = resource_path("icons", "app.png")
        if png.is_file():  # a raster fallback for platforms without the SVG icon engine
            result.addFile(str(png))
    return result


def stylesheet() -> str:
    """The application stylesheet, ``resources/style/app.qss`` (read fresh on each call)."""
    return resource_path("style", "app.qss").read_text(encoding="utf-8")


def translations_dir() -> Path:
    """Where ``neurohub_<locale>.ts`` and the built ``.qm`` files live."""
    return resource_path("i18n")
