"""The GUI thread keeps processing events while a database call is stalled by a lock."""

from __future__ import annotations

import factories as f
import psycopg2
from PySide6.QtCore import QTimer
from shell_support import add_user

from neurohub_desktop.db.engine import libpq_dsn
from neurohub_desktop.ui.background import BackgroundRunner


def test_gui_ticks_while_login_waits_for_a_row_lock(qtbot, db_url, engine) -> None:  # type: ignore[no-untyped-def]
    add_user(db_url, "kim", "secret-pass")
    blocker = psycopg2.connect(libpq_dsn(db_url))  # another station holds kim's row
    runner = BackgroundRunner()
    try:
        with blocker.cursor() as cur:
            cur.execute("SELECT id FROM users WHERE user_id = 'kim' FOR UPDATE")
        auth = f.auth_service(engine)
        outcome: list[object] = []
        task = runner.run(
            auth.login, "kim", "secret-pass", on_success=outcome.append, on_error=outcome.append
        )
        ticks = [0]
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
        timer.start(5)

        def waiting_on_lock() -> bool:
            with psycopg2.connect(libpq_dsn(db_url)) as probe, probe.cursor() as cur:
                cur.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    " AND datname = current_database()"
                )
                return bool(cur.fetchone()[0])

        qtbot.waitUntil(waiting_on_lock, timeout=10_000)  # the login is really stalled
        start = ticks[0]
        qtbot.waitUntil(lambda: ticks[0] >= start + 20, timeout=5_000)  # …and the GUI ticks
        assert not task.done and outcome == []
        blocker.rollback()  # the other station lets go
        qtbot.waitUntil(lambda: task.done, timeout=10_000)
        assert outcome and getattr(outcome[0], "user_id", None) == "kim"
        timer.stop()
    finally:
        blocker.close()
        runner.wait_for_done(10_000)
