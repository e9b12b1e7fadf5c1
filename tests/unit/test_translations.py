"""Translation files: placeholders survive translation; no Korean gap in what stations show;
the committed shell .ts lists every string the shell code asks to translate."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TS_FILES = sorted(I18N.glob("*.ts"))
PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)|\{[A-Za-z_][A-Za-z0-9_]*\}")
# Areas whose Korean must be complete: everything an operator sees at the station.
COMPLETE_KO = ("shell", "station")


def _messages(path: Path):  # type: ignore[no-untyped-def]
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def _translations(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    assert tr is not None
    forms = [f.text or "" for f in tr.iter("numerusform")]
    return forms if forms else [tr.text or ""]


def _live(message: ET.Element) -> bool:
    tr = message.find("translation")
    return tr is not None and tr.get("type") not in ("vanished", "obsolete")


def test_translation_files_exist() -> None:
    names = {p.name for p in TS_FILES}
    assert {"shell_ko.ts", "shell_en.ts"} <= names


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_placeholders_match(path: Path) -> None:
    problems = []
    for context, message in _messages(path):
        source = message.findtext("source") or ""
        want = Counter(PLACEHOLDER.findall(source))
        for text in _translations(message):
            if text and _live(message) and Counter(PLACEHOLDER.findall(text)) != want:
                problems.append(f"{context}: {source!r} → {text!r}")
    assert not problems, "placeholders differ:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    "path",
    [p for p in TS_FILES if p.stem.endswith("_ko") and p.stem.split("_")[0] in COMPLETE_KO],
    ids=lambda p: p.name,
)
def test_korean_is_complete_for_what_stations_show(path: Path) -> None:
    gaps = []
    for context, message in _messages(path):
        if not _live(message):
            continue
        tr = message.find("translation")
        if tr.get("type") == "unfinished" or not all(t.strip() for t in _translations(message)):
            gaps.append(f"{context}: {message.findtext('source')!r}")
    assert not gaps, "untranslated Korean entries:\n" + "\n".join(gaps)


def test_shell_ts_is_up_to_date(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate not installed")
    sources = sorted([*ROOT.glob("neurohub_desktop/*.py"), *ROOT.glob("neurohub_desktop/ui/*.py")])
    fresh = tmp_path / "shell_ko.ts"
    subprocess.run(
        [str(lupdate), "-silent", *map(str, sources), "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    code = {(c, m.findtext("source")) for c, m in _messages(fresh)}
    committed = {(c, m.findtext("source")) for c, m in _messages(I18N / "shell_ko.ts") if _live(m)}
    missing = sorted(code - committed, key=str)
    assert not missing, f"run `make i18n` and translate: {missing}"
