"""What the Firmware and Equipment pages share (the Users page's way of working): the list
loads on the read lane, every change is one ``AdminLineService`` call on the write lane, the
controls wait for its answer, every error goes to the one presenter (``ui.errors``), and after
a change the page announces it and reloads.  Every change needs the page's reason
(``reason_field``, ``ui.admin.reason``): a blank one refuses the action before anything is
sent; the reason goes with the call and the field is cleared after it went through."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from neurohub_desktop.domain.changes import ChangeEvent
from neurohub_desktop.ui.admin.reason import ReasonField
from neurohub_desktop.ui.context import AppContext, need
from neurohub_desktop.ui.errors import present_error
from neurohub_desktop.ui.feedback import MessageBanner

# how long a success message stays (a refusal stays until the next action)
SUCCESS_MS = 8_000


class LinePage(QWidget):
    """The behaviour half of a page (architecture lesson 5); subclasses own a view."""

    item_changed = Signal(str)  # the version or code a write succeeded for
    action_refused = Signal(object)  # the exception

    # what the log calls this page's actions ("firmware", "equipment")
    subject = "line administration"

    banner: MessageBanner  # the view's; set by the subclass once its view is built
    #: the view's, too: why a change is made (required); None: the page passes ``reason``
    #: itself (the Criteria page, whose save bar has its own field)
    reason_field: ReasonField | None = None

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.svc = need(ctx.services.admin_line, "admin_line")
        self._writing = False
        self._reload_due = QTimer(self, singleShot=True, interval=0)
        self._reload_due.timeout.connect(self.reload)

    # -- for subclasses ------------------------------------------------------------------------
    def reload(self) -> None:
        raise NotImplementedError

    def update_controls(self) -> None:
        """Enable what may be used now (nothing that writes while a write is on its way)."""

    def on_refused(self, exc: BaseException) -> None:
        """After a write failed and was shown: what the page does about it (nothing here)."""

    @property
    def writing(self) -> bool:
        return self._writing

    def read(self, fn: Callable[..., Any], *args: Any, on_success: Callable[[Any], None]) -> None:
        """``fn(user, *args)`` on the read lane."""
        self.ctx.read_lane.run(
            fn,
            self.ctx.user,
            *args,
            on_success=on_success,
            on_error=lambda exc: self.show_error(exc, f"{self.subject} load"),
            context=self,
        )

    def write(
        self,
        fn: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], None],
        event: ChangeEvent,
        **kwargs: Any,
    ) -> None:
        """``fn(user, *args, **kwargs, reason=…)`` on the write lane; ``done(result)`` then
        ``event`` announced and the list reloaded.  Without a reason nothing is sent."""
        if self._writing:
            return
        if "reason" not in kwargs:
            field = self.reason_field
            why = (
                field.take(
                    self.banner, lambda: self.write(fn, *args, done=done, event=event, **kwargs)
                )
                if field is not None
                else None
            )
            if why is None:
                return
            kwargs["reason"] = why
        self._set_writing(True)
        self.banner.clear()
        self.ctx.runner.run(
            fn,
            self.ctx.user,
            *args,
            **kwargs,
            on_success=lambda result: self._on_written(result, done, event),
            on_error=self._on_write_failed,
            context=self,
        )

    def show_error(self, exc: BaseException, context: str) -> None:
        present_error(
            exc, banner=self.banner, events=self.ctx.events, locale=self.ctx.locale, context=context
        )

    def refuse(self, exc: BaseException) -> None:
        """A refusal found before anything was sent (the form's own check)."""
        self.show_error(exc, f"{self.subject} check")
        self.action_refused.emit(exc)

    def success(self, subject: str, text: str) -> None:
        self.banner.show_message(text.replace("%1", subject), "success", SUCCESS_MS)
        self.item_changed.emit(subject)

    def schedule_reload(self) -> None:
        self._reload_due.start()

    @property
    def reload_pending(self) -> bool:
        return self._reload_due.isActive()

    # -- internals -----------------------------------------------------------------------------
    def _set_writing(self, on: bool) -> None:
        self._writing = on
        self.update_controls()

    def _on_written(self, result: Any, done: Callable[[Any], None], event: ChangeEvent) -> None:
        self._set_writing(False)
        if self.reason_field is not None:
            self.reason_field.done()
        done(result)
        self.ctx.announce(event)
        self._reload_due.start()

    def _on_write_failed(self, exc: BaseException) -> None:
        self._set_writing(False)
        self.show_error(exc, f"{self.subject} change")
        self.on_refused(exc)
        self.action_refused.emit(exc)
