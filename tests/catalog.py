"""The committed messages catalog for tests that need no Qt: ``korean(msg)`` renders a
``domain.messages.Msg`` the way ``neurohub_desktop.i18n.render`` does, with the finished
translations of ``resources/i18n/messages_ko.ts`` (the UI tests render through Qt itself)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from neurohub_desktop.domain.messages import Msg, render

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "messages_ko.ts"


@cache
def _korean() -> dict[str, str]:
    table = {}
    for message in ET.parse(TS).getroot().iter("message"):
        tr = message.find("translation")
        if tr is not None and tr.get("type") is None and tr.text:
            table[message.findtext("source") or ""] = tr.text
    return table


def korean(msg: Msg) -> str:
    return render(msg, lambda template: _korean().get(template, ""))


def has_hangul(text: str) -> bool:
    return any("\uac00" <= c <= "\ud7a3" for c in text)
