"""One translation system (issue 13): outside ``ui/`` the package holds no Korean and picks no
language.  Korean lives in ``resources/i18n/*.ts``, the migrations' seed data and the tests;
domain, services, db, printing and the command line say things as ``Msg`` templates."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "neurohub_desktop"
HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff]")
LOCALE_BRANCH = re.compile(r"locale\b\)?\s*[!=]=|[!=]=\s*[\w.]*locale\b")
SENTENCE_PAIRS = re.compile(r"\bmessage_(ko|en)\b|\.message\(")
#: ``ui/`` files that compare a locale themselves: the helper (a name kept in two columns) and
#: the language setting (set-up, relaunch); texts go through Qt's translators
UI_LOCALE_CHECKS = {"messages.py", "setup_dialog.py", "launcher.py"}


def _outside_ui() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts)


def _hits(pattern: re.Pattern[str], paths: list[Path]) -> list[str]:
    return [
        f"{p.relative_to(PACKAGE)}:{n}: {line.strip()}"
        for p in paths
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]


def test_the_walk_sees_the_package() -> None:
    names = {p.relative_to(PACKAGE).as_posix() for p in _outside_ui()}
    assert {"domain/errors.py", "db/errors.py", "printing/zpl.py", "cli_admin.py"} <= names
    assert not any(n.startswith("ui/") for n in names)


def test_no_hangul_outside_ui() -> None:
    assert _hits(HANGUL, _outside_ui()) == []


def test_no_locale_branch_outside_ui() -> None:
    assert _hits(LOCALE_BRANCH, _outside_ui()) == []


def test_no_sentence_pairs_anywhere_in_the_package() -> None:
    assert _hits(SENTENCE_PAIRS, sorted(PACKAGE.rglob("*.py"))) == []


def test_ui_compares_a_locale_only_where_it_must() -> None:
    ui = PACKAGE / "ui"
    found = {
        h.split(":")[0].removeprefix("ui/") for h in _hits(LOCALE_BRANCH, list(ui.rglob("*.py")))
    }
    assert found <= UI_LOCALE_CHECKS, found - UI_LOCALE_CHECKS


def test_the_patterns_catch_what_they_are_for() -> None:
    assert HANGUL.search('raise X("없습니다")') and not HANGUL.search("raise X('none')")
    assert LOCALE_BRANCH.search('ko if locale == "ko" else en')
    assert LOCALE_BRANCH.search('if self._locale == "ko":')
    assert LOCALE_BRANCH.search('if normalize_locale(locale) == "ko":')
    assert not LOCALE_BRANCH.search("install_translator(app, settings.locale)")
    assert SENTENCE_PAIRS.search("exc.message_ko") and SENTENCE_PAIRS.search('exc.message("ko")')
