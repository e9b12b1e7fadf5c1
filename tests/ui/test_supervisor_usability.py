"""Issue 17, supervisor and shell items: used the way a shift leader would."""

from __future__ import annotations

import pytest
from db.supervisor_fixtures import Known, build_known_line
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel
from test_lot_board import A, make_ctx
from translators import korean  # noqa: F401

from neurohub_desktop import i18n
from neurohub_desktop.domain.auth import Role
from neurohub_desktop.ui.main_window import MainWindow, build_sections
from neurohub_desktop.ui.supervisor import page_specs
from neurohub_desktop.ui.supervisor.lot_board import LotBoardPage
from neurohub_desktop.ui.supervisor.trace_page import TracePage

TRACE = "supervisor.trace"


@pytest.fixture
def known(engine) -> Known:  # type: ignore[no-untyped-def]
    return build_known_line(engine)


def test_trace_takes_a_burst_right_after_it_is_opened_from_the_menu(
    qtbot, engine, db_url, tmp_path, known
) -> None:  # type: ignore[no-untyped-def]
    """Item 8: click 추적성 in the menu, scan at once (the menu keeps the focus)."""
    ctx = make_ctx(engine, db_url, tmp_path, known, Role.VIEWER)
    window = MainWindow(ctx, build_sections([], page_specs()))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    nav = window.nav
    row = next(r for r in range(nav.count()) if nav.item(r).data(Qt.ItemDataRole.UserRole) == TRACE)
    item = nav.item(row)
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center()
    )
    assert window.current_page_key() == TRACE
    page = window.pages[TRACE]
    assert isinstance(page, TracePage)
    window.activateWindow()
    nav.setFocus()  # where the click leaves it on a desktop
    qtbot.waitUntil(lambda: QApplication.focusWidget() is nav)
    with qtbot.waitSignal(page.traced, timeout=5000) as blocker:
        qtbot.keyClicks(nav, f"{A}-0002")
        qtbot.keyClick(nav, Qt.Key.Key_Return)
    assert blocker.args[0].unit.serial_number == f"{A}-0002"
    assert page.fields["wip"].text() == f"WIP-{A}-002"
    assert window.current_page_key() == TRACE  # the menu did not take the keys
    ctx.runner.wait_for_done(5000)


def _has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


@pytest.mark.usefixtures("korean")
def test_qt_dialogs_speak_korean_under_korean(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Item 9: the export's file dialog and the standard buttons are Korean, every label."""
    dialog = QFileDialog(None, "내보내기", "", "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {
        name: dialog.findChild(QLabel, name).text()
        for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")
    }
    assert all(_has_hangul(t) for t in labels.values()), labels
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert [b.text() for b in box.buttons()] == ["저장", "취소"]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_lot_count_is_a_proper_plural(
    qtbot, qapp, engine, db_url, tmp_path, known, lang
) -> None:  # type: ignore[no-untyped-def]
    """Item 9: "1 LOTs" was shown; now a numerus form in both languages."""
    default_locale = QLocale()
    assert i18n.install_translator(qapp, lang)
    try:
        ctx = make_ctx(engine, db_url, tmp_path, known, Role.MANAGER)
        page = LotBoardPage(ctx)
        qtbot.addWidget(page)
        page.show()
        many, one = {"ko": ("LOT 4개", "LOT 1개"), "en": ("4 LOTs", "1 LOT")}[lang]
        qtbot.waitUntil(lambda: page.count_label.text() == many)
        qtbot.keyClicks(page.search_edit, "n01")
        qtbot.waitUntil(lambda: page.count_label.text() == one)
        ctx.runner.wait_for_done(5000)
    finally:
        i18n.install_translator(qapp, "en", directory=tmp_path / "none")
        QLocale.setDefault(default_locale)
