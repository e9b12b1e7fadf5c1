"""Resources by name: the stylesheet, icons, translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from neurohub_desktop import i18n, resources

ICONS = ("app", "scan", "pass", "fail", "rework", "printer", "logout", "refresh", "settings")


def test_resource_path_points_at_the_repository_resources_folder():
    root = resources.resource_path()
    assert root.name == "resources" and root.is_dir()
    assert resources.resource_path("style", "app.qss").is_file()
    with pytest.raises(ValueError):
        resources.resource_path("..", "pyproject.toml")


def test_stylesheet_loads_and_names_the_documented_properties():
    qss = resources.stylesheet()
    for needle in (
        '[verdict="pass"]',
        '[verdict="fail"]',
        '[flash="pass"]',
        '[level="error"]',
        '[state="current"]',
        "#scanField",
        "#headerBar",
        "Noto Sans CJK KR",
    ):
        assert needle in qss
    assert qss.count("{") == qss.count("}")


@pytest.mark.parametrize("name", ICONS)
def test_icons_exist_and_load(qapp, name):
    path = resources.icon_path(name)
    assert path.suffix == ".svg"
    icon = resources.icon(name)
    assert not icon.isNull()
    assert not icon.pixmap(32, 32).isNull()
    assert resources.icon(name) is icon  # cached


def test_app_png_is_256_px(qapp):
    from PySide6.QtGui import QImage

    image = QImage(str(resources.resource_path("icons", "app.png")))
    assert (image.width(), image.height()) == (256, 256)


def test_unknown_icon_is_an_error():
    with pytest.raises(FileNotFoundError):
        resources.icon("no-such-icon")


def test_translations_dir():
    assert resources.translations_dir() == resources.resource_path("i18n")


def test_normalize_locale():
    assert i18n.normalize_locale("ko_KR") == "ko"
    assert i18n.normalize_locale("EN-us") == "en"
    assert i18n.normalize_locale("ja") is None
    assert i18n.SUPPORTED_LOCALES == ("ko", "en") and i18n.DEFAULT_LOCALE == "ko"


_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ScanField</name>
    <message>
        <source>Scan a barcode</source>
        <translation>바코드를 스캔하세요</translation>
    </message>
</context>
</TS>
"""


def _lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    return str(candidate) if candidate.exists() else None


def test_install_translator_loads_qm_and_switches(qapp, tmp_path):
    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease not available")
    default_locale = QLocale()
    (tmp_path / "neurohub_ko.ts").write_text(_TS, encoding="utf-8")
    subprocess.run(
        [
            lrelease,
            "-silent",
            str(tmp_path / "neurohub_ko.ts"),
            "-qm",
            str(tmp_path / "neurohub_ko.qm"),
        ],
        check=True,
    )
    try:
        assert i18n.install_translator(qapp, "ko_KR", directory=tmp_path)
        assert QCoreApplication.translate("ScanField", "Scan a barcode") == "바코드를 스캔하세요"
        # Switching to a locale without a .qm removes the Korean one: source strings again.
        assert not i18n.install_translator(qapp, "en", directory=tmp_path)
        assert QCoreApplication.translate("ScanField", "Scan a barcode") == "Scan a barcode"
        assert not i18n.install_translator(qapp, "xx", directory=tmp_path)
    finally:
        i18n.install_translator(qapp, "en", directory=tmp_path / "none")
        QLocale.setDefault(default_locale)
