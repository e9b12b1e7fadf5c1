"""The embedded database's migration step at launch (``DatabaseBackend.migrate``): a database
already at the revision this client needs is not handed to Alembic; any other is upgraded."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from neurohub_desktop.app import DatabaseBackend
from neurohub_desktop.config import Settings
from neurohub_desktop.db import migrate


def _embedded(url: URL, tmp_path: Path) -> DatabaseBackend:
    backend = DatabaseBackend(Settings(data_dir=tmp_path))
    assert backend.embedded  # no NEUROHUB_DATABASE_URL: this PC's own database
    backend.url = url  # as start_server() leaves it
    return backend


def test_a_database_at_the_required_revision_is_not_handed_to_alembic(
    db_url: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kw: object) -> None:
        raise AssertionError("Alembic was run on a database at the required revision")

    monkeypatch.setattr(migrate, "upgrade", refuse)
    _embedded(db_url, tmp_path).migrate()
    assert migrate.current_revisions(db_url) == (migrate.REQUIRED_REVISION,)


def test_an_empty_and_a_behind_database_are_upgraded(empty_db_url: URL, tmp_path: Path) -> None:
    backend = _embedded(empty_db_url, tmp_path)
    backend.migrate()
    assert migrate.current_revisions(empty_db_url) == (migrate.REQUIRED_REVISION,)
    migrate.downgrade(empty_db_url, "005_add_firmware_table")
    backend.migrate()
    assert migrate.current_revisions(empty_db_url) == (migrate.REQUIRED_REVISION,)


#: what the launch path runs before the login screen, in a fresh interpreter: the CLI's
#: parser, the launcher and its windows, the embedded database's migration step on a
#: database at the revision, and the revision gate
_LAUNCH_PATH = """
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import make_url

from neurohub_desktop.app import DatabaseBackend, build_launcher
from neurohub_desktop.cli import build_parser
from neurohub_desktop.config import Settings
from neurohub_desktop.db.gate import check_revision

build_parser()
app = QApplication([])
url, settings = make_url(sys.argv[1]), Settings(data_dir=Path(sys.argv[2]))
backend = DatabaseBackend(settings)
backend.url = url
backend.migrate()
assert check_revision(url).ok
build_launcher(settings, url=url)
print(",".join(m for m in ("alembic", "openpyxl", "mako") if m in sys.modules))
"""


def test_the_launch_path_loads_neither_alembic_nor_openpyxl(db_url: URL, tmp_path: Path) -> None:
    """Alembic (only to migrate) and openpyxl (only to export) cost about a tenth of a second
    each of every start; neither is needed for the login screen (B5)."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("NEUROHUB_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _LAUNCH_PATH,
            db_url.render_as_string(hide_password=False),
            str(tmp_path),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == ""
