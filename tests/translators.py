"""The Korean translations for UI tests: ``from translators import korean  # noqa: F401``.

(A module, not ``tests/ui/conftest.py``: a second ``conftest`` would shadow the one
``tests/db`` imports from.)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from neurohub_desktop import i18n
from neurohub_desktop.resources import translations_dir


@pytest.fixture
def korean(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The Korean translations, built from the committed .ts files, installed for the test."""
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    built = tmp_path / "qm"
    built.mkdir()
    for ts in translations_dir().glob("*_ko.ts"):
        subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(built / f"{ts.stem}.qm")], check=True
        )
    default_locale = QLocale()
    assert i18n.install_translator(qapp, "ko", directory=built)
    yield
    i18n.install_translator(qapp, "en", directory=tmp_path / "none")
    QLocale.setDefault(default_locale)
