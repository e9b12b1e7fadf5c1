"""Run mypy once and hold the tree to the house rule (`make lint`, `make test`).

* The strict parts (the modules of pyproject's mypy override that sets
  ``disallow_untyped_defs``: domain/, services/, db/) must have 0 errors.
* Everywhere else, each error must already be in ``tools/mypy-baseline.txt``; the baseline
  holds ``path: error: message  [code]`` lines without line numbers, so moving code does not
  touch it.  It may only shrink: when errors disappear the check fails until the baseline is
  rewritten with ``--update``, which refuses to add a line (it only records the first one).

    .venv/bin/python tools/check_mypy.py [--update]

Exit status: 0 clean, 1 errors (strict, new, or a stale baseline), 2 mypy itself failed.
What mypy checks (``files``) and how strictly is configured in pyproject.toml only.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tomllib
from collections import Counter
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BASELINE = REPO / "tools" / "mypy-baseline.txt"
#: the packages whose error messages are also looked at when the versions differ
VERSIONED = ("mypy", "PySide6", "SQLAlchemy", "alembic")

_ERROR = re.compile(r"^(?P<path>[^:\n]+?):(?:\d+:)?(?:\d+:)? error: (?P<message>.*)$")
_LINE_REF = re.compile(r"\bline \d+\b")


def strict_prefixes(pyproject: Path = REPO / "pyproject.toml") -> tuple[str, ...]:
    """Path prefixes of the strict parts, read from pyproject's [[tool.mypy.overrides]]."""
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    prefixes: list[str] = []
    for override in config["tool"]["mypy"].get("overrides", []):
        if not override.get("disallow_untyped_defs"):
            continue
        modules = override["module"]
        for module in [modules] if isinstance(modules, str) else modules:
            base = module.removesuffix(".*").replace(".", "/")
            prefixes += [base + "/", base + ".py"]
    return tuple(prefixes)


def normalise(path: str, message: str) -> str:
    """One error as the baseline holds it: no line or column numbers, forward slashes."""
    return f"{path.replace(chr(92), '/')}: error: {_LINE_REF.sub('line N', message.strip())}"


def run_mypy() -> tuple[int, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-pretty", "--no-color-output", "--no-error-summary"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    return proc.returncode, proc.stdout + proc.stderr


def parse(output: str) -> list[tuple[str, str]]:
    """(normalised error, mypy's own line) for every error line of mypy's output."""
    found = []
    for line in output.splitlines():
        match = _ERROR.match(line)
        if match:
            found.append((normalise(match["path"], match["message"]), line))
    return found


def versions() -> str:
    parts = []
    for name in VERSIONED:
        try:
            parts.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name} -")
    return ", ".join(parts)


def read_baseline() -> tuple[Counter[str], str]:
    if not BASELINE.exists():
        return Counter(), ""
    lines = BASELINE.read_text(encoding="utf-8").splitlines()
    recorded = next(
        (ln[len("# versions: ") :] for ln in lines if ln.startswith("# versions: ")), ""
    )
    return Counter(ln for ln in lines if ln.strip() and not ln.startswith("#")), recorded


def write_baseline(errors: Counter[str]) -> None:
    header = [
        "# mypy errors outside the strict parts (domain/, services/, db/), one per occurrence,",
        "# without line numbers.  tools/check_mypy.py fails on any error not listed here.",
        "# This list may only shrink: fix an error, then run",
        "#     .venv/bin/python tools/check_mypy.py --update",
        f"# versions: {versions()}",
    ]
    BASELINE.write_text("\n".join(header + sorted(errors.elements())) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="mypy: strict parts at 0, the rest at a baseline")
    parser.add_argument(
        "--update",
        action="store_true",
        help="rewrite the baseline with today's errors (it may only shrink)",
    )
    args = parser.parse_args(argv)

    code, output = run_mypy()
    found = parse(output)
    if code not in (0, 1) or (code == 1 and not found):
        print(output, end="")
        print(f"check_mypy: mypy failed (exit status {code})", file=sys.stderr)
        return 2

    prefixes = strict_prefixes()
    strict = [line for key, line in found if key.startswith(prefixes)]
    current = Counter(key for key, _ in found if not key.startswith(prefixes))
    baseline, recorded = read_baseline()
    new = current - baseline
    gone = baseline - current

    if args.update and not strict and (not new or not BASELINE.exists()):
        write_baseline(current)
        print(
            f"check_mypy: baseline rewritten, {sum(current.values())} errors"
            f" ({sum(gone.values())} fewer)"
        )
        return 0

    # another PySide6 / SQLAlchemy / alembic than the baseline's (a fresh install picked a newer
    # one) words its stub errors differently: outside the strict parts that only warns
    drifted = bool(recorded) and recorded != versions()
    failed = False
    if strict:
        failed = True
        print(
            f"check_mypy: {len(strict)} mypy errors in the strict parts"
            " (domain/, services/, db/ must have none):"
        )
        print("\n".join(strict))
    if new:
        failed = not drifted
        print(
            f"check_mypy: {sum(new.values())} mypy errors that are not in the baseline"
            f" ({BASELINE.relative_to(REPO)}); fix them, the baseline may not grow"
            " (every line with such a message is listed):"
        )
        print("\n".join(line for key, line in found if key in new))
    if gone:
        after = " (after fixing the errors above)" if failed else ""
        failed = failed or not drifted
        print(
            f"check_mypy: {sum(gone.values())} errors of the baseline are gone - well done."
            f" Shrink the baseline so they stay gone{after}:\n"
            "    .venv/bin/python tools/check_mypy.py --update"
        )
        print("\n".join("  - " + key for key in sorted(gone.elements())))
    if drifted and (new or gone):
        print(
            f"check_mypy: note: the baseline was recorded with {recorded};"
            f" this run has {versions()}: messages may differ between versions, so"
            " differences outside the strict parts only warn; record the baseline again"
            " with these versions (--update) to check them."
        )
    if not failed:
        print(f"check_mypy: strict parts clean; {sum(current.values())} baseline errors elsewhere")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
