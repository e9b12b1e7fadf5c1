"""Lint every revision's offline SQL with squawk (`make lint`, tests/db/test_squawk.py).

Each revision is rendered on its own (``migrate.sql_script('upgrade', 'prev:rev')``) into
``<revision>.sql`` and checked with the repository's ``.squawk.toml``.  The SQL is the one a
live database runs: revisions render with ``concurrently=True`` (004 builds its indexes with
CREATE INDEX CONCURRENTLY then; its default, transactional path is for new databases).

    python -m tools.squawk_lint [--keep DIR]

Exit status: 0 clean, 1 squawk found problems, 2 squawk or the config is missing.
No database is needed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from neurohub_desktop.db import migrate

REPO = Path(__file__).resolve().parents[1]
CONFIG_NAME = ".squawk.toml"


@dataclass(frozen=True)
class LintResult:
    returncode: int
    output: str
    files: tuple[Path, ...]


def squawk_binary() -> Path | None:
    """The squawk-cli package's binary beside this interpreter, else on PATH."""
    local = Path(sys.executable).parent / "squawk"
    if local.exists():
        return local
    found = shutil.which("squawk")
    return Path(found) if found else None


def config_path() -> Path:
    for candidate in (REPO / CONFIG_NAME, Path.cwd() / CONFIG_NAME):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{CONFIG_NAME} not found in {REPO} or the current directory")


def render_revisions(out_dir: Path) -> list[Path]:
    """One ``<revision>.sql`` per revision, base → head, each with only its own statements."""
    scripts = migrate.script_directory()
    files: list[Path] = []
    for script in reversed(list(scripts.walk_revisions())):
        down = script.down_revision
        assert down is None or isinstance(down, str), "merge revisions are not expected"
        span = script.revision if down is None else f"{down}:{script.revision}"
        path = out_dir / f"{script.revision}.sql"
        path.write_text(migrate.sql_script("upgrade", span, concurrently=True), encoding="utf-8")
        files.append(path)
    return files


def lint(out_dir: Path) -> LintResult:
    squawk = squawk_binary()
    if squawk is None:
        return LintResult(2, "squawk not found: pip install squawk-cli (the dev extra)", ())
    files = render_revisions(out_dir)
    proc = subprocess.run(
        [
            str(squawk),
            "--config",
            str(config_path()),
            "--reporter",
            "gcc",
            *[str(f) for f in files],
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=out_dir,
    )
    return LintResult(proc.returncode, (proc.stdout + proc.stderr).strip(), tuple(files))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="squawk_lint", description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="write the rendered SQL here and keep it")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        result = lint(args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="squawk-") as tmp:
            result = lint(Path(tmp))
    names = ", ".join(f.stem for f in result.files)
    if result.returncode == 0:
        print(f"squawk: {len(result.files)} revisions clean ({names})")
    else:
        print(result.output or f"squawk exited with {result.returncode}", file=sys.stderr)
    return 0 if result.returncode == 0 else min(result.returncode, 2)


if __name__ == "__main__":
    sys.exit(main())
