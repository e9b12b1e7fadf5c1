"""Nothing for development inside the installed package (issue 13): the benchmark hook, the
demo service and the screenshot / lint tools live in bench/ and tools/, and the package
imports neither."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "neurohub_desktop"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_the_package_imports_no_development_code() -> None:
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(_imports(p) & {"bench", "tools", "tests"})
        for p in PACKAGE.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_no_tools_or_demo_modules_are_shipped() -> None:
    shipped = {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")}
    assert not [p for p in shipped if p.startswith("tools/") or "demo" in p or "bench" in p]
