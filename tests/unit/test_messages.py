"""Messages as codes with parameters (domain.messages) and their one catalog, the messages
area of resources/i18n (issue 13): every template the package uses has its Korean."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from neurohub_desktop.domain.errors import BusinessRuleError, NeuroHubError, ValidationError
from neurohub_desktop.domain.messages import N_, PLACEHOLDER, Joined, Msg, placeholders, render

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "neurohub_desktop"
I18N = ROOT / "resources" / "i18n"
MARKERS = ("Msg", "N_")
BRACES = re.compile(r"[{}]")
HANGUL = re.compile("[\uac00-\ud7a3]")


def templates() -> dict[str, list[str]]:
    """Every literal template of ``Msg("…")`` / ``N_("…")`` in the package → where it is."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            first = node.args[0]
            if name in MARKERS and isinstance(first, ast.Constant):
                assert isinstance(first.value, str), f"{path}:{node.lineno}"
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                found.setdefault(first.value, []).append(where)
    return found


def catalog(lang: str) -> dict[str, ET.Element]:
    root = ET.parse(I18N / f"messages_{lang}.ts").getroot()
    contexts = root.findall("context")
    assert [c.findtext("name") or "" for c in contexts] == [""]  # lupdate's QT_TR_NOOP context
    return {m.findtext("source") or "": m for m in contexts[0].iter("message")}


def _live(message: ET.Element) -> bool:
    return message.find("translation").get("type") not in ("vanished", "obsolete")  # type: ignore[union-attr]


# -- the type --------------------------------------------------------------------------------
def test_str_is_the_english_sentence() -> None:
    msg = Msg("LOT {lot} has {count} units: {units}.", lot="WF1", count=2, units=["A", "B"])
    assert str(msg) == "LOT WF1 has 2 units: A, B."
    assert msg.placeholders() == {"lot", "count", "units"}


def test_a_msg_parameter_is_rendered_with_the_same_translation() -> None:
    msg = Msg(
        "{where}: {problems}",
        where=Msg("measurement {code}", code="T"),
        problems=Joined((Msg("bad {n}", n=1), Msg("bad {n}", n=2)), "; "),
    )
    assert str(msg) == "measurement T: bad 1; bad 2"
    upper = {"{where}: {problems}": "<{where}> {problems}", "bad {n}": "BAD {n}"}
    assert render(msg, lambda t: upper.get(t, "")) == "<measurement T> BAD 1; BAD 2"


def test_a_missing_parameter_shows_and_literal_braces_stay() -> None:
    assert str(Msg("{a} and {b}", a=1)) == "1 and {b}"
    assert str(Msg('JSON {"x": 1} {a}', a=2)) == 'JSON {"x": 1} 2'


def test_a_msg_is_immutable_and_compares_by_value() -> None:
    msg = Msg("{a}", a=[1, 2])
    assert msg == Msg("{a}", a=(1, 2)) and hash(msg) == hash(Msg("{a}", a=(1, 2)))
    assert msg != Msg("{a}", a=(2, 1))
    with pytest.raises(AttributeError):
        msg.template = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        msg.params["a"] = 3  # type: ignore[index]
    assert repr(msg) == "Msg('{a}', a=(1, 2))"


def test_n_marks_without_changing() -> None:
    assert N_("Ready to start {process}.") == "Ready to start {process}."
    assert placeholders(N_("{a} {b} {a}")) == {"a", "b"}


def test_errors_carry_a_msg_and_say_english() -> None:
    err = ValidationError(Msg("{unit} is not a WIP.", unit="X-1"), code="WRONG_KIND")
    assert str(err) == err.args[0] == "X-1 is not a WIP." and err.code == "WRONG_KIND"
    assert err.msg.params["unit"] == "X-1"
    rule = BusinessRuleError("BR-002", Msg("no"), sqlstate="NH002", detail="d")
    assert (rule.code, rule.rule, rule.sqlstate, rule.detail) == ("BR-002", "BR-002", "NH002", "d")
    with pytest.raises(TypeError, match="positional"):  # the old (English, Korean) style
        NeuroHubError("English", "Korean")  # type: ignore[arg-type,call-arg]
    with pytest.raises(TypeError, match="takes a Msg"):
        NeuroHubError("English only")  # type: ignore[arg-type]


# -- the templates and the catalog -------------------------------------------------------------
def test_the_walk_finds_the_templates() -> None:
    found = templates()
    assert "Ready to start {process}." in found  # N_ in a table (domain.station)
    assert "{unit} is not a WIP." in found  # Msg in a service
    assert len(found) > 200


def test_templates_use_plain_placeholders_only() -> None:
    bad = [
        f"{t!r} ({where[0]})"
        for t, where in templates().items()
        if len(BRACES.findall(PLACEHOLDER.sub("", t))) or not t.strip()
    ]
    assert not bad, "use {name} only, formatted values as parameters:\n" + "\n".join(bad)


def test_every_template_has_its_korean() -> None:
    ko = catalog("ko")
    problems = []
    for template, where in sorted(templates().items()):
        entry = ko.get(template)
        if entry is None or not _live(entry):
            problems.append(f"missing ({where[0]}): {template!r}")
            continue
        tr = entry.find("translation")
        text = (tr.text or "") if tr is not None else ""
        if tr is None or tr.get("type") == "unfinished" or not text.strip():
            problems.append(f"untranslated ({where[0]}): {template!r}")
        elif Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(template)):
            problems.append(f"placeholders differ ({where[0]}): {template!r} → {text!r}")
        elif len(BRACES.findall(PLACEHOLDER.sub("", text))) != len(
            BRACES.findall(PLACEHOLDER.sub("", template))
        ):
            problems.append(f"stray braces ({where[0]}): {text!r}")
    assert not problems, "run `make i18n` and translate:\n" + "\n".join(problems)


def test_the_catalog_holds_no_template_the_code_dropped() -> None:
    used = set(templates())
    for lang in ("ko", "en"):
        stale = sorted(s for s, m in catalog(lang).items() if _live(m) and s not in used)
        assert not stale, f"messages_{lang}.ts: run `make i18n`: {stale}"


def test_the_english_catalog_is_the_source() -> None:
    en = catalog("en")
    assert set(templates()) <= {s for s, m in en.items() if _live(m)}
    for source, message in en.items():
        if _live(message):
            assert message.findtext("translation") == source


def test_korean_translations_are_korean() -> None:
    identical = {"LOT", "WIP", "{problems}"}  # the same words in both languages
    for source, message in catalog("ko").items():
        if _live(message) and source not in identical:
            assert HANGUL.search(message.findtext("translation") or ""), source


def test_lupdate_finds_what_the_walk_finds(tmp_path: Path) -> None:
    """The Makefile's `i18n` extraction (lupdate with Msg and N_ as QT_TR_NOOP) sees every
    template this test checks, in the context ``neurohub_desktop.i18n`` looks in."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate not installed")
    sources = sorted(p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts)
    fresh = tmp_path / "messages_ko.ts"
    subprocess.run(
        [str(lupdate), "-silent", "-tr-function-alias", "QT_TR_NOOP+=Msg,QT_TR_NOOP+=N_"]
        + [*map(str, sources), "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    root = ET.parse(fresh).getroot()
    assert [c.findtext("name") or "" for c in root.findall("context")] == [""]
    assert {m.findtext("source") for m in root.iter("message")} == set(templates())
