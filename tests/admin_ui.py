"""What the admin screens' tests share: the app as it is after an ADMIN's login
(``from admin_ui import AdminApp``; the ``owner`` and ``boss`` fixtures are in conftest)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL

from neurohub_desktop.app import DatabaseBackend
from neurohub_desktop.config import Settings
from neurohub_desktop.ui.background import BackgroundRunner
from neurohub_desktop.ui.context import AppContext, AppEvents

TIMEOUT_MS = 15_000


class AdminApp:
    """The composition root after a login: the kiosk's login service, then every service on
    the person's own PostgreSQL login (``DatabaseBackend.make_services``), as the launcher."""

    def __init__(
        self, db_url: URL, tmp_path: Path, user_id: str, password: str, locale: str
    ) -> None:
        self.settings = Settings(station="OFFICE", data_dir=tmp_path / "data", locale=locale)
        self.backend = DatabaseBackend(self.settings, url=db_url)
        user = self.backend.make_services(self.settings).auth.login(user_id, password)
        services = self.backend.make_services(self.settings)
        self.ctx = AppContext(
            self.settings,
            BackgroundRunner(),
            services,
            AppEvents(),
            user,
            locale,
            reads=BackgroundRunner(),
        )

    def close(self) -> None:
        self.ctx.runner.wait_for_done(TIMEOUT_MS)
        self.ctx.reads.wait_for_done(TIMEOUT_MS)
        self.backend.close()
