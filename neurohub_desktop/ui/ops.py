"""The operations layer's submission keys (issue 13): widgets and services never mint them.

A record an operator sends (a step result, a label print) carries an idempotency key that the
database stores with it, so sending it again after an unknown outcome never records it twice.
:class:`Submissions` owns those keys for a page: one per (action, unit), the same key across
every failed attempt of that record, dropped when the record is confirmed (the database
answered with it) or abandoned (refused, cancelled, the unit put away).
"""

from __future__ import annotations

from neurohub_desktop.services.resilience import new_submission_id

Scope = tuple[str, str]  # (action, unit id)


class Submissions:
    def __init__(self) -> None:
        self._keys: dict[Scope, str] = {}

    def key(self, action: str, unit: str) -> str:
        """The key of this record: new for its first attempt, the same for every retry."""
        return self._keys.setdefault((action, unit), new_submission_id())

    def adopt(self, action: str, unit: str, key: str) -> None:
        """The record's key is given (a tester's message id, which a resend repeats)."""
        self._keys[(action, unit)] = key

    def current(self, action: str, unit: str) -> str | None:
        """The key an unsent record holds (None: nothing of it is on its way)."""
        return self._keys.get((action, unit))

    def confirmed(self, action: str, unit: str) -> None:
        """The database answered the record: its key is done."""
        self._keys.pop((action, unit), None)

    def abandoned(self, action: str, unit: str | None = None) -> None:
        """Refused, cancelled or put away: the next attempt is a new record (``unit`` None:
        every record of ``action``)."""
        for scope in [s for s in self._keys if s[0] == action and unit in (None, s[1])]:
            del self._keys[scope]

    def pending(self) -> list[Scope]:
        return list(self._keys)
