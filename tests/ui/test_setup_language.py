"""Issue 17.12: choosing another language in the station setup says when it applies."""

from __future__ import annotations

from PySide6.QtCore import Qt

from neurohub_desktop.config import Settings
from neurohub_desktop.db.engine import make_sessionmaker
from neurohub_desktop.services.setup import SetupService
from neurohub_desktop.ui.background import BackgroundRunner
from neurohub_desktop.ui.setup_dialog import SetupDialog


def test_a_language_change_says_it_applies_after_a_restart(qtbot, engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    settings = Settings(station="ST-3", data_dir=tmp_path, process_id="PROC-003", locale="ko")
    dialog = SetupDialog(runner, SetupService(make_sessionmaker(engine)), settings, locale="ko")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=15_000)
    assert not dialog.locale_hint.isVisible()
    dialog.locale_combo.setFocus()
    qtbot.keyClick(dialog.locale_combo, Qt.Key.Key_Down)  # 한국어 → English, by keyboard
    assert dialog.locale_combo.currentData() == "en"
    assert dialog.locale_hint.isVisible()
    assert "restart" in dialog.locale_hint.text() or "다시 시작" in dialog.locale_hint.text()
    qtbot.keyClick(dialog.locale_combo, Qt.Key.Key_Up)  # back to the language in use
    assert not dialog.locale_hint.isVisible()
    assert runner.wait_for_done(10_000)
