"""Helpers for the shell's UI tests: users, settings, a launcher driven against a real DB."""
from __future__ import annotations

import socket
from pathlib import Path

import bcrypt
import pytest
from sqlalchemy import create_engine, pool, text
from sqlalchemy.engine import URL

from neurohub_desktop.config import Settings
from neurohub_desktop.db import migrate

LAUNCH_TIMEOUT_MS = 30_000


def revision_known(revision: str) -> bool:
    try:
        return migrate.script_directory().get_revision(revision) is not None
    except Exception:  # alembic raises for unknown ids
        return False


def needs_revision(revision: str) -> pytest.MarkDecorator:
    """Skip until the revision file has landed (migrations are written concurrently)."""
    return pytest.mark.skipif(not revision_known(revision),
                              reason=f"revision {revision} is not in migrations/versions yet")


def execute(url: URL, sql: str, **params: object) -> None:
    eng = create_engine(url, poolclass=pool.NullPool)
    with eng.begin() as conn:
        conn.execute(text(sql), params)
    eng.dispose()


def add_user(url: URL, user_id: str = "kim", password: str = "secret-pass", *,
             role: str = "WORKER", must_change: bool = False, username: str = "김작업") -> None:
    pw_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt(4)).decode()
    execute(url, "INSERT INTO users (user_id, username, password_hash, role,"
                 " must_change_password) VALUES (:u, :n, :h, :r, :m)",
            u=user_id, n=username, h=pw_hash, r=role, m=must_change)


def settings_for(url: URL | None, tmp_path: Path, **changes: object) -> Settings:
    base = Settings(
        database_url=None if url is None else url.render_as_string(hide_password=False),
        station="LINE1-ST03", data_dir=tmp_path / "data", config_file=tmp_path / "settings.toml",
        locale="en")
    return base.with_station_setup(**changes) if changes else base


def closed_port() -> int:
    """A TCP port on 127.0.0.1 where nothing listens (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def make_launcher(qtbot):  # type: ignore[no-untyped-def]
    """Build (not start) a launcher; its runner is drained and its engine closed afterwards.

    Import it into a test module (``from shell_support import make_launcher``).
    """
    from neurohub_desktop.app import build_launcher

    made = []

    def make(settings: Settings, **kw):  # type: ignore[no-untyped-def]
        kw.setdefault("sections", lambda: [])
        launcher = build_launcher(settings, **kw)
        qtbot.addWidget(launcher.window)
        made.append(launcher)
        return launcher

    yield make
    for launcher in made:
        launcher.runner.wait_for_done(10_000)
        launcher.backend.close()
