"""Helpers for the shell's UI tests: users, settings, a launcher driven against a real DB."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import create_engine, pool, text
from sqlalchemy.engine import URL

from neurohub_desktop.config import Settings
from neurohub_desktop.db import migrate, roles

LAUNCH_TIMEOUT_MS = 30_000


#: the reason every admin change needs (``neurohub.reason``, issue 14)
WHY = " FROM set_config('neurohub.reason', 'test: set up', true) AS nh_reason"


def revision_known(revision: str) -> bool:
    try:
        return migrate.script_directory().get_revision(revision) is not None
    except Exception:  # alembic raises for unknown ids
        return False


def needs_revision(revision: str) -> pytest.MarkDecorator:
    """Skip until the revision file has landed (migrations are written concurrently)."""
    return pytest.mark.skipif(
        not revision_known(revision),
        reason=f"revision {revision} is not in migrations/versions yet",
    )


def execute(url: URL, sql: str, **params: object) -> None:
    eng = create_engine(url, poolclass=pool.NullPool)
    with eng.begin() as conn:
        conn.execute(text(sql), params)
    eng.dispose()


def add_user(
    url: URL,
    user_id: str = "kim",
    password: str = "secret-pass",
    *,
    role: str = "WORKER",
    must_change: bool = False,
    username: str = "김작업",
) -> None:
    """An account as an ADMIN makes it (users row + its PostgreSQL login role)."""
    execute(
        url,
        "SELECT nh_create_user(:u, :n, :r, :v, NULL)" + WHY,
        u=user_id,
        n=username,
        r=role,
        v=roles.scram_sha256_verifier(password),
    )
    execute(
        url,
        "UPDATE users SET must_change_password = :m WHERE user_id = :u",
        u=user_id,
        m=must_change,
    )


def settings_for(url: URL | None, tmp_path: Path, **changes: object) -> Settings:
    base = Settings(
        database_url=None if url is None else url.render_as_string(hide_password=False),
        station="LINE1-ST03",
        data_dir=tmp_path / "data",
        config_file=tmp_path / "settings.toml",
        locale="en",
    )
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


def add_kiosk(url: URL) -> None:
    """The kiosk role revision 001 creates, for a database whose revision a test wrote by
    hand (stamped, or an alembic_version of another client): the gate reads it as the kiosk."""
    assert url.database
    kiosk = roles.kiosk_role(url.database)
    execute(
        url,
        f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{kiosk}') THEN
            CREATE ROLE "{kiosk}" LOGIN PASSWORD '{roles.kiosk_password(url.database)}';
        END IF; END $$""",
    )
    execute(url, f'GRANT SELECT ON alembic_version TO "{kiosk}"')
