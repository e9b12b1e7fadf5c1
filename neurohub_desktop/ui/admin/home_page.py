"""System admin → Line checklist (ADMIN): what the line still lacks before its first LOT —
worker and manager accounts, an active firmware for PROC-004, equipment at every process, a
label printer at PROC-001 and PROC-007 — each item with a button that opens its screen.

The facts come from ``LineReadinessService.check`` on the read lane, when the page is shown
and when a change that matters is announced (by this PC or, through the change listener, by
another).  The buttons ask the main window for a page (``AppEvents.page_requested``).
``land_on_checklist`` is what the launcher runs after an ADMIN's login: while anything is
missing the admin lands here; once everything is done, on the first page as before, and this
page says all is done (docs/decisions.md, "The first-run checklist").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from neurohub_desktop.domain.changes import RESYNC, ChangeEvent
from neurohub_desktop.domain.readiness import PRINTER_STEPS, Check, LineReadiness
from neurohub_desktop.ui.admin import EQUIPMENT_PAGE, FIRMWARE_PAGE, HOME_PAGE, USERS_PAGE
from neurohub_desktop.ui.admin.home_texts import CheckTexts
from neurohub_desktop.ui.admin.home_view import HomeView
from neurohub_desktop.ui.context import STATION_SETUP, AppContext, need
from neurohub_desktop.ui.errors import present_error
from neurohub_desktop.ui.feedback import repolish

if TYPE_CHECKING:
    from neurohub_desktop.ui.main_window import MainWindow

#: the changes that may turn an item done or missing
RELEVANT_KINDS = frozenset(
    {
        "users_changed",
        "firmware_changed",
        "equipment_changed",
        "process_changed",
        "label_printed",
        RESYNC,
    }
)
#: the screen each item's button opens
LINKS: dict[Check, str] = {
    Check.WORKERS: USERS_PAGE,
    Check.MANAGERS: USERS_PAGE,
    Check.FIRMWARE: FIRMWARE_PAGE,
    Check.EQUIPMENT: EQUIPMENT_PAGE,
    Check.PRINTER_PROC_001: STATION_SETUP,
    Check.PRINTER_PROC_007: STATION_SETUP,
}


def _relevant(event: ChangeEvent) -> bool:
    # a mark confirmed at PROC-001 is what the database knows of its labels
    return event.kind in RELEVANT_KINDS or (
        event.kind == "step_recorded" and event.process_id == PRINTER_STEPS[0]
    )


class HomePage(QWidget):
    """What the ADMIN sees first while the line is being set up; ``view`` holds the widgets."""

    readiness_loaded = Signal(object)  # a LineReadiness

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self.ctx = ctx
        self.svc = need(ctx.services.line_readiness, "line_readiness")
        self.view = HomeView([c.value for c in Check], self)
        self.banner = self.view.banner
        self.texts = CheckTexts(ctx.locale, self)
        self.readiness: LineReadiness | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self._reload_due = QTimer(self, singleShot=True, interval=0)
        self._reload_due.timeout.connect(self.reload)
        self._loading = 0
        for check in Check:
            item = self.view.items[check.value]
            item.title_label.setText(self.texts.title(check))
            item.link_button.setText(self.texts.link(LINKS[check]))
            item.link_button.clicked.connect(lambda _c=False, key=LINKS[check]: self.open(key))
        self.view.refresh_button.clicked.connect(self.reload)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.reload)
        ctx.events.data_changed.connect(self._on_data_changed)
        self._show(None)
        self.schedule_reload()

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self._reload_due.stop()
        self._loading += 1
        self.ctx.read_lane.run(
            self.svc.check,
            self.ctx.user,
            on_success=self._on_checked,
            on_error=self._on_check_failed,
            context=self,
        )

    def schedule_reload(self) -> None:
        self._reload_due.start()

    @property
    def loading(self) -> bool:
        """A check is on its way or due."""
        return self._loading > 0 or self._reload_due.isActive()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.schedule_reload()  # what changed while another page was shown

    def _on_data_changed(self, event: ChangeEvent) -> None:
        if self.isVisible() and _relevant(event):
            self.schedule_reload()  # (hidden, it checks again when it is shown)

    def _on_checked(self, found: LineReadiness) -> None:
        self._loading -= 1
        self.banner.clear()
        self.readiness = found
        self._show(found)
        self.readiness_loaded.emit(found)

    def _on_check_failed(self, exc: BaseException) -> None:
        self._loading -= 1
        present_error(
            exc,
            banner=self.banner,
            events=self.ctx.events,
            locale=self.ctx.locale,
            context="line checklist load",
        )

    # -- showing ---------------------------------------------------------------------------------
    def _show(self, found: LineReadiness | None) -> None:
        t = self.texts
        if found is None:
            self.view.summary_label.setText(t.checking())
        else:
            done = sum(1 for c in Check if found.done(c))
            self.view.summary_label.setText(t.summary(done, len(Check)))
        for check in Check:
            item = self.view.items[check.value]
            if found is None:
                state, text, detail = "pending", t.checking(), ""
            elif found.done(check):
                state, text, detail = "pass", t.done(), t.detail(check, found)
            else:
                state, text, detail = "rework", t.missing(), t.detail(check, found)
            item.setProperty("done", state == "pass")
            item.state_label.setText(text)
            item.detail_label.setText(detail)
            if item.state_label.property("state") != state:
                item.state_label.setProperty("state", state)
                repolish(item.state_label)

    def done(self, check: Check) -> bool | None:
        """Whether the page shows ``check`` done (None before the first answer)."""
        return None if self.readiness is None else self.readiness.done(check)

    # -- links -----------------------------------------------------------------------------------
    def open(self, key: str) -> None:
        """Ask the main window for the page ``key`` (or station setup)."""
        self.ctx.events.page_requested.emit(key)


def land_on_checklist(window: MainWindow, ctx: AppContext) -> None:
    """After an ADMIN's login: the checklist instead of the first page while the line lacks
    something.  Checked on the read lane; a person who has moved on meanwhile stays put."""
    svc = ctx.services.line_readiness
    if svc is None or HOME_PAGE not in window.page_keys():
        return  # not an ADMIN (or no database yet)
    first = window.current_page_key()

    def on_checked(found: LineReadiness) -> None:
        if not found.complete and window.current_page_key() == first:
            window.show_page(HOME_PAGE)

    def on_error(exc: BaseException) -> None:
        present_error(
            exc, banner=None, events=ctx.events, locale=ctx.locale, context="checklist at login"
        )

    ctx.read_lane.run(svc.check, ctx.user, on_success=on_checked, on_error=on_error, context=window)
