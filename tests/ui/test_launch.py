"""Launch smoke tests: the whole sequence as a first-day administrator and a fresh PC live it."""

from __future__ import annotations

from pathlib import Path

import shell_support
from PySide6.QtCore import Qt
from shell_support import LAUNCH_TIMEOUT_MS, needs_revision, settings_for

from neurohub_desktop.config import load_settings
from neurohub_desktop.db import migrate
from neurohub_desktop.db.migrate import REQUIRED_REVISION

make_launcher = shell_support.make_launcher  # the fixture
RETURN = Qt.Key.Key_Return


@needs_revision(REQUIRED_REVISION)
def test_first_day_admin_on_a_configured_server(qtbot, make_launcher, db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """gate → login (seed admin) → forced new password → station setup → main window."""
    before = migrate.current_revisions(db_url)
    launcher = make_launcher(settings_for(db_url, tmp_path, station=""))
    launcher.start()
    assert launcher.window.isVisible()  # the window is there before any database work
    qtbot.waitUntil(lambda: launcher.stage == "login", timeout=LAUNCH_TIMEOUT_MS)
    view = launcher.login_view
    qtbot.keyClicks(view.user_field, "admin")
    qtbot.keyClick(view.user_field, RETURN)
    qtbot.keyClicks(view.password_field, "neurohub-admin")
    qtbot.keyClick(view.password_field, RETURN)
    qtbot.waitUntil(lambda: view.password_dialog is not None, timeout=LAUNCH_TIMEOUT_MS)
    dialog = view.password_dialog
    qtbot.keyClicks(dialog.new_field, "line-one-admin")
    qtbot.keyClick(dialog.new_field, RETURN)
    qtbot.keyClicks(dialog.confirm_field, "line-one-admin")
    qtbot.keyClick(dialog.confirm_field, RETURN)
    qtbot.waitUntil(
        lambda: launcher.stage == "main" and launcher.setup_dialog is not None,
        timeout=LAUNCH_TIMEOUT_MS,
    )

    setup = launcher.setup_dialog  # first run: no process yet, and an ADMIN is logged in
    qtbot.waitUntil(
        lambda: setup.process_combo.count() == 8 and setup.save_button.isEnabled(), timeout=10_000
    )
    setup.process_combo.setCurrentIndex(setup.process_combo.findData("PROC-006"))
    qtbot.keyClicks(setup.station_field, "LINE1-ST06")
    setup.tcp_radio.setChecked(True)
    qtbot.keyClicks(setup.host_field, "10.0.0.9:9100")
    qtbot.waitUntil(setup.save_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(setup.save_button, Qt.MouseButton.LeftButton)
    saved = load_settings(env={}, config_file=tmp_path / "settings.toml")
    assert (saved.process_id, saved.station, saved.printer) == (
        "PROC-006",
        "LINE1-ST06",
        "10.0.0.9:9100",
    )
    assert saved.recent_users == ("admin",)
    window = launcher.main_window
    qtbot.waitUntil(lambda: "Performance test" in window.process_label.text(), timeout=10_000)
    assert window.station_label.text() == "LINE1-ST06" and window.setup_button.isVisible()
    assert migrate.current_revisions(db_url) == before  # a configured server is never migrated


@needs_revision(REQUIRED_REVISION)
def test_fresh_pc_starts_and_migrates_the_embedded_database(
    qtbot,
    make_launcher,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    tmp_path.chmod(0o755)
    settings = settings_for(None, tmp_path)
    assert settings.uses_embedded
    launcher = make_launcher(settings)
    stages: list[str] = []
    launcher.stage_changed.connect(stages.append)
    launcher.start()
    assert launcher.window.isVisible()
    assert "Starting the local database" in launcher.startup_view.message_label.text()
    try:
        qtbot.waitUntil(lambda: launcher.stage in ("login", "gate", "failed"), timeout=120_000)
        assert stages == ["starting", "login"]
        assert migrate.current_revisions(launcher.backend.url) == (REQUIRED_REVISION,)
    finally:
        launcher.runner.wait_for_done(10_000)
        launcher.backend.close()
        if launcher.backend._server is not None:
            launcher.backend._server.stop()
