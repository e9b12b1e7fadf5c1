"""The revision gate, driven through the launcher against real databases at each state."""

from __future__ import annotations

from pathlib import Path

import shell_support
from PySide6.QtCore import Qt
from shell_support import (
    LAUNCH_TIMEOUT_MS,
    add_kiosk,
    closed_port,
    execute,
    needs_revision,
    settings_for,
)
from sqlalchemy.engine import make_url

from neurohub_desktop.db import migrate
from neurohub_desktop.db.embedded import EmbeddedServer
from neurohub_desktop.db.migrate import REQUIRED_REVISION

make_launcher = shell_support.make_launcher  # the fixture


def _launch(qtbot, make_launcher, url, tmp_path):  # type: ignore[no-untyped-def]
    launcher = make_launcher(settings_for(url, tmp_path))
    launcher.start()
    qtbot.waitUntil(
        lambda: launcher.stage in ("gate", "login", "failed"), timeout=LAUNCH_TIMEOUT_MS
    )
    return launcher


def _gate_text(launcher) -> str:  # type: ignore[no-untyped-def]
    view = launcher.gate_view
    return "\n".join(
        w.text() for w in (view.title_label, view.body_label, view.detail_label, view.action_label)
    )


def test_empty_database(qtbot, make_launcher, empty_db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    launcher = _launch(qtbot, make_launcher, empty_db_url, tmp_path)
    # an empty database has no kiosk role yet: the station cannot even read its revision
    assert launcher.stage == "gate" and launcher.gate_view.state_name == "NO_STATION_ROLES"
    assert launcher.window.stack.currentWidget() is launcher.gate_view
    assert "neurohub-desktop db upgrade" in _gate_text(launcher)
    assert "neurohub-desktop db setup-roles" in _gate_text(launcher)
    assert migrate.current_revisions(empty_db_url) == ()  # a configured server is never migrated


@needs_revision("004_add_indexes")
def test_database_behind_at_004(qtbot, make_launcher, empty_db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    migrate.stamp(empty_db_url, "004_add_indexes")
    add_kiosk(empty_db_url)
    launcher = _launch(qtbot, make_launcher, empty_db_url, tmp_path)
    assert launcher.gate_view.state_name == "BEHIND"
    text = _gate_text(launcher)
    assert "004_add_indexes" in text and REQUIRED_REVISION in text
    assert "ask the administrator to run `neurohub-desktop db upgrade`" in text.lower()
    assert migrate.current_revisions(empty_db_url) == ("004_add_indexes",)


@needs_revision(REQUIRED_REVISION)
def test_database_at_head_goes_to_login(qtbot, make_launcher, db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    launcher = _launch(qtbot, make_launcher, db_url, tmp_path)
    assert launcher.stage == "login"
    assert launcher.window.stack.currentWidget() is launcher.login_view


def test_unknown_revision_means_client_too_old(
    qtbot,
    make_launcher,
    empty_db_url,  # type: ignore[no-untyped-def]
    tmp_path,
) -> None:
    execute(
        empty_db_url,
        "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY);"
        " INSERT INTO alembic_version VALUES ('999_from_the_future')",
    )
    add_kiosk(empty_db_url)
    launcher = _launch(qtbot, make_launcher, empty_db_url, tmp_path)
    assert launcher.gate_view.state_name == "AHEAD"
    text = _gate_text(launcher)
    assert "999_from_the_future" in text and "too old" in text


def test_multiple_heads(qtbot, make_launcher, empty_db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    execute(
        empty_db_url,
        "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY);"
        " INSERT INTO alembic_version VALUES ('001_initial_schema'),"
        " ('999_branch')",
    )
    add_kiosk(empty_db_url)
    launcher = _launch(qtbot, make_launcher, empty_db_url, tmp_path)
    assert launcher.gate_view.state_name == "MULTIPLE_HEADS"
    assert "999_branch" in _gate_text(launcher)


def test_stopped_server_shows_host_and_error(qtbot, make_launcher, tmp_path) -> None:  # type: ignore[no-untyped-def]
    port = closed_port()
    url = make_url(f"postgresql+psycopg2://x@127.0.0.1:{port}/neurohub")
    launcher = _launch(qtbot, make_launcher, url, tmp_path)
    view = launcher.gate_view
    assert view.state_name == "UNREACHABLE"
    assert f"127.0.0.1:{port}/neurohub" in view.body_label.text()
    assert "refused" in view.detail_label.text().lower()
    assert view.retry_button.text() == "Retry"
    assert launcher.window.focusWidget() is view.retry_button  # Space/Return retries


@needs_revision(REQUIRED_REVISION)
def test_retry_recovers_once_the_server_is_back(qtbot, make_launcher, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A throwaway server: at head, stopped → unreachable; started again → Retry → login."""
    tmp_path.chmod(0o755)
    pgdata = tmp_path / "pg" / "pgdata"
    server = EmbeddedServer(pgdata)
    url = server.start()
    try:
        migrate.upgrade(url, "head")
        server.stop()
        launcher = _launch(qtbot, make_launcher, url, tmp_path)
        assert launcher.gate_view.state_name == "UNREACHABLE"
        server = EmbeddedServer(pgdata)
        assert server.start() == url  # same socket, same database: the server is back
        qtbot.keyClick(launcher.gate_view.retry_button, Qt.Key.Key_Space)  # keyboard: Retry
        qtbot.waitUntil(lambda: launcher.stage == "login", timeout=LAUNCH_TIMEOUT_MS)
        launcher.runner.wait_for_done(10_000)
        launcher.backend.close()
    finally:
        server.stop()
