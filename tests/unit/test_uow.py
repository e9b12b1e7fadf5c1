"""The unit of work's retried call: what it sends on each attempt (no database)."""

from __future__ import annotations

from typing import Any

import pytest

from neurohub_desktop.domain.errors import DatabaseUnavailable, NeuroHubError
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.services import uow


def fake_calls(monkeypatch: pytest.MonkeyPatch, failures: list[Exception]) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []

    def call(_sessions: Any, _actor: int, _function: str, params: Any) -> Any:
        sent.append(dict(params))
        if failures:
            raise failures.pop(0)
        return {"ok": True}

    monkeypatch.setattr(uow, "call", call)
    monkeypatch.setattr(uow, "write_deadline", lambda _s, _a: None)
    return sent


def test_resume_is_false_first_and_true_on_a_repeat(monkeypatch: pytest.MonkeyPatch) -> None:
    lost = DatabaseUnavailable(Msg("lost"), commit_unknown=True)
    sent = fake_calls(monkeypatch, [lost])
    answer = uow.retried_call(None, 7, "nh_start(:unit, :resume)", {"unit": "U"}, resume="resume")  # type: ignore[arg-type]
    assert answer == {"ok": True}
    assert sent == [{"unit": "U", "resume": False}, {"unit": "U", "resume": True}]


def test_without_resume_the_same_values_go_again(monkeypatch: pytest.MonkeyPatch) -> None:
    serialization = NeuroHubError(Msg("again"), sqlstate="40001")
    sent = fake_calls(monkeypatch, [serialization])
    uow.retried_call(None, 7, "nh_cancel(:unit)", {"unit": "U"})  # type: ignore[arg-type]
    assert sent == [{"unit": "U"}, {"unit": "U"}]


def test_a_refusal_is_not_repeated(monkeypatch: pytest.MonkeyPatch) -> None:
    refused = NeuroHubError(Msg("no"), sqlstate="NH001")
    sent = fake_calls(monkeypatch, [refused])
    with pytest.raises(NeuroHubError):
        uow.retried_call(None, 7, "nh_cancel(:unit)", {"unit": "U"})  # type: ignore[arg-type]
    assert len(sent) == 1
