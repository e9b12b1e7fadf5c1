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
