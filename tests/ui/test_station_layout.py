"""Issue 17 item 1: the station at 1366 × 768, the station monitor's size, in Korean and English.

For each of the eight process forms in each state (idle, a refusal banner, a unit scanned, a
step in progress with a failing value, a refusal banner over the unit in progress) the real
top-level window (ShellWindow + MainWindow + the station page, the app's stylesheet) is checked
the way an operator would see it: every visible button and label lies inside the window — a
widget in the form's scroll area may scroll vertically but never sideways, and the PASS / FAIL /
REWORK row is always in view —, its text fits its width (QFontMetrics), and the window keeps its
size. The long cases are real: a 43-character process name and a 64-character scan quoted by
the banner.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import factories as f
import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QWidget,
)
from station_ui import click, make_ctx, scan, settle
from translators import korean  # noqa: F401

from neurohub_desktop import resources
from neurohub_desktop.app import nav_sections
from neurohub_desktop.printing.printer import SpoolPrinter
from neurohub_desktop.ui.launcher import ShellWindow
from neurohub_desktop.ui.main_window import MainWindow
from neurohub_desktop.ui.station.page import StationPage

SIZE = QSize(1366, 768)
PROCESSES = [f"PROC-00{n}" for n in range(1, 9)]
#: an administrator may name a process with up to 100 characters; 43 is what was seen
LONG_NAME_KO = "레이저 마킹 및 바코드 라벨 부착 검사와 외관 확인 공정 (2라인 임시)"
LONG_NAME_EN = "Laser marking, label and final look check 2"
#: the longest scan a station accepts (domain.ids.MAX_SCAN_LENGTH), with no space to wrap at
LONG_SCAN = "WIP-WF261128D01-" + "7" * 48

#: a value each form judges NG (the defect list and the REWORK button then matter)
FAILING: dict[str, dict[str, object]] = {
    "PROC-002": {**f.GOOD_VALUES["PROC-002"], "VISUAL_OK": False},
    "PROC-003": {**f.GOOD_VALUES["PROC-003"], "TEMP_SENSOR": "99.9"},
    "PROC-004": {**f.GOOD_VALUES["PROC-004"], "UPLOAD_OK": False},
    "PROC-005": {**f.GOOD_VALUES["PROC-005"], "CABLE_OK": False},
    "PROC-006": {**f.GOOD_VALUES["PROC-006"], "FORCE_52C": "99.0"},
    "PROC-008": {**f.GOOD_VALUES["PROC-008"], "PACKAGING_OK": False},
}


@pytest.fixture(params=["ko", "en"])
def language(request: pytest.FixtureRequest) -> str:
    if request.param == "ko":
        request.getfixturevalue("korean")
    return str(request.param)


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    """The app's one stylesheet, as prepare_application sets it."""
    qapp.setStyleSheet(resources.stylesheet())
    yield
    qapp.setStyleSheet("")


def _plain(label: QLabel) -> str:
    text = QLabel.text(label)  # what is shown (an ElidedLabel's text() is the whole text)
    if label.textFormat().name != "PlainText" and "<" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _clip(widget: QWidget, top: QWidget) -> tuple[QRect, tuple[int, int], tuple[int, int], bool]:
    """(the widget's rect in ``top``, the columns and the rows of it its ancestors and the
    window show, whether an ancestor is a scroll area's viewport with a vertical scroll bar)."""
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    xs, ys = (rect.left(), rect.right()), (rect.top(), rect.bottom())
    scrolls = False
    parent: QWidget | None = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            scrolls = scrolls or area.verticalScrollBar().isVisible()
        p = (
            QRect(parent.mapTo(top, QPoint(0, 0)), parent.size())
            if parent is not top
            else top.rect()
        )
        xs = (max(xs[0], p.left()), min(xs[1], p.right()))
        ys = (max(ys[0], p.top()), min(ys[1], p.bottom()))
        parent = None if parent is top else parent.parentWidget()
    return rect, xs, ys, scrolls


def layout_problems(top: QWidget) -> list[str]:
    """What does not fit: clipped widgets and texts wider than their widget."""
    for _ in range(5):  # a relayout posts the next one (parent, then children)
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    problems: list[str] = []
    if top.size() != SIZE:
        problems.append(f"window is {top.width()}×{top.height()}, not 1366×768")
    for w in top.findChildren(QWidget):
        if not isinstance(w, QAbstractButton | QLabel) or not w.isVisible():
            continue
        text = w.text() if isinstance(w, QAbstractButton) else _plain(w)
        if not text.strip() and not (isinstance(w, QLabel) and w.pixmap() is not None):
            continue
        name = f"{type(w).__name__} {w.objectName() or '?'} {text[:40]!r}"
        rect, xs, ys, scrolls = _clip(w, top)
        if xs != (rect.left(), rect.right()):
            problems.append(f"{name}: clipped sideways ({rect} shows x {xs})")
        elif not scrolls and ys != (rect.top(), rect.bottom()):
            problems.append(f"{name}: clipped ({rect} shows y {ys})")
        fm = w.fontMetrics()
        inner = w.contentsRect()
        if isinstance(w, QAbstractButton):
            shown = text.replace("&&", "\0").replace("&", "")
            advance = max(fm.horizontalAdvance(line) for line in shown.split("\n"))
            if advance > inner.width() or w.width() < w.minimumSizeHint().width():
                problems.append(
                    f"{name}: text {advance} px in a {w.width()} px button"
                    f" (needs {w.minimumSizeHint().width()} px)"
                )
        elif w.wordWrap():
            if w.heightForWidth(w.width()) > w.height() + 1:
                problems.append(
                    f"{name}: wrapped text needs {w.heightForWidth(w.width())} px, has {w.height()}"
                )
        else:
            advance = max(fm.horizontalAdvance(line) for line in text.split("\n"))
            if advance > inner.width():
                problems.append(f"{name}: text {advance} px in {inner.width()} px")
    return problems


def verdict_row_in_view(page: StationPage, top: QWidget) -> list[str]:
    """The result buttons never need scrolling."""
    out = []
    assert page.form is not None
    for b in (page.form.pass_button, page.form.fail_button, page.form.rework_button):
        if not b.isVisible():
            continue
        rect, xs, ys, _ = _clip(b, top)
        if (xs, ys) != ((rect.left(), rect.right()), (rect.top(), rect.bottom())):
            out.append(f"{b.objectName()} not fully in view ({rect} shows x {xs}, y {ys})")
    return out


class Station:
    def __init__(self, qtbot: Any, sm: Any, pid: str, language: str, tmp_path: Path) -> None:
        self.qtbot = qtbot
        self.pid = pid
        f.firmware(sm)
        self.worker = f.user(sm, "worker1", "WORKER", "김작업")
        self.lot = f.lot(sm, target=5)
        with f.admin_tx(sm) as s:  # the administrator gave the process a long name
            from sqlalchemy import text

            s.execute(
                text(
                    "UPDATE processes SET process_name = :ko, process_name_en = :en "
                    "WHERE process_id = :p"
                ),
                {"ko": LONG_NAME_KO, "en": LONG_NAME_EN, "p": pid},
            )
        n = int(pid[-1])
        if n == 1:
            self.units = [self.lot, self.lot]
        elif n <= 7:
            self.units = [f.wip_through(sm, self.worker, self.lot, last=n - 1) for _ in range(2)]
        else:
            spool7 = tmp_path / "spool7"
            spool7.mkdir()
            st7 = f.station(sm, "PROC-007", printer=SpoolPrinter(spool7))
            self.units = []
            for _ in range(2):
                serial = st7.convert(
                    self.worker, f.wip_through(sm, self.worker, self.lot)
                ).serial_number
                f.pass_step(sm, self.worker, "PROC-007", serial)
                self.units.append(serial)
        spool = tmp_path / "spool"
        spool.mkdir()
        self.ctx = make_ctx(sm, pid, self.worker, locale=language, printer=SpoolPrinter(spool))
        self.window = ShellWindow()
        qtbot.addWidget(self.window)
        self.main = MainWindow(self.ctx, nav_sections())
        self.window.show_page(self.main)
        self.window.show()
        settle(qtbot, self.ctx)
        page = self.main.pages["station"]
        assert isinstance(page, StationPage)
        self.page = page
        qtbot.waitUntil(lambda: page.stepper is not None, timeout=10_000)

    def check(self, state: str) -> None:
        settle(self.qtbot, self.ctx)
        problems = layout_problems(self.window)
        if self.page.form is not None:
            problems += verdict_row_in_view(self.page, self.window)
        assert not problems, f"{self.pid} {state}:\n" + "\n".join(problems)


@pytest.mark.parametrize("pid", PROCESSES)
def test_every_state_fits_1366x768(qtbot, sm, styled, language, pid, tmp_path) -> None:  # type: ignore[no-untyped-def]
    st = Station(qtbot, sm, pid, language, tmp_path)
    page = st.page
    st.check("idle")

    scan(qtbot, page, LONG_SCAN)
    assert page.banner.isVisible() and LONG_SCAN[:20] in page.banner.text()
    st.check("refusal banner, idle")

    scan(qtbot, page, st.units[0])
    st.check("scanned")

    if pid not in ("PROC-001", "PROC-007"):
        assert page.unit is not None and page.unit.can_start_here, page.banner.text()
        click(qtbot, page, page.start_button)
        assert page.unit.in_progress_here
        assert page.form is not None
        for code, value in FAILING[pid].items():
            page.form.set_value(code, value)
        assert page.form.overall.property("verdict") == "fail", page.form.overall.text()
    st.check("in progress")

    scan(qtbot, page, LONG_SCAN)
    assert page.banner.isVisible()
    st.check("refusal banner, in progress")
