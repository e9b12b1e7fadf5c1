"""Messages as codes with parameters: English templates, translated only in ``ui/`` (issue 13).

Domain, services, db and printing never hold a Korean sentence.  They build a :class:`Msg`,
an English *template* with named ``{placeholders}`` and the values that fill them; the UI
renders it through Qt (``ui/messages.py``: the template is looked up in
``resources/i18n/messages_<lang>.ts``, the values substituted after).  ``str(msg)`` is the
English sentence, which is what logs, exceptions (``str(exc)``) and the CLI show.

Writing one::

    raise ValidationError(Msg("{unit} is not a WIP.", unit=scanned.text), code="NOT_A_WIP")

* The template is a string literal, the first argument of ``Msg(...)``: ``make i18n`` finds
  it there (pyside6-lupdate, with ``Msg`` and ``N_`` aliased to ``QT_TR_NOOP``) and adds it to
  ``messages_{ko,en}.ts``.  A template kept in a table is marked ``N_("…")`` instead.
* Placeholders are plain ``{name}`` (no ``!r``, no ``:g``): format the value before passing it
  (``value=repr(text)``, ``seconds=f"{t:g}"``), so both languages show it the same way.
* A list or tuple value is joined with ", " (``Joined(items, "; ")`` for another separator); a
  ``Msg`` value is rendered (and translated) itself: use one for a word or clause that needs
  translating (``what=Msg("measurement")``).
* ``tests/unit/test_messages.py`` fails until every template has a finished Korean
  translation whose placeholders equal the template's.

Converting the old style — an English and a Korean f-string side by side::

    ValidationError(f"LOT {n} does not exist.", f"<the Korean, with {n}>", code="NO_LOT")

becomes::

    ValidationError(Msg("LOT {lot} does not exist.", lot=n), code="NO_LOT")

then ``make i18n`` and, in ``resources/i18n/messages_ko.ts``, that entry's translation: the
Korean sentence with ``{n}`` spelled ``{lot}``, and its ``type="unfinished"`` removed.  A
screen that read the old per-language attributes of an error shows
``ui.messages.message_text(exc.msg, locale)`` instead (``ui.errors.present_error`` does).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

#: a placeholder in a template: ``{name}``
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
LIST_SEPARATOR = ", "


def N_(template: str) -> str:
    """Mark a template kept in a table and made a Msg later (gettext's ``N_``)."""
    return template


@dataclass(frozen=True, init=False, eq=False)
class Msg:
    """An English template and its parameters; immutable, rendered by ``ui`` or ``str()``."""

    template: str
    params: Mapping[str, object]

    def __init__(self, template: str, /, **params: object) -> None:
        object.__setattr__(self, "template", template)
        object.__setattr__(
            self,
            "params",
            MappingProxyType({k: _frozen(v) for k, v in params.items()}),
        )

    def __str__(self) -> str:
        return render(self, lambda template: template)

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in self.params.items())
        return f"Msg({self.template!r}{args})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Msg):
            return NotImplemented
        return self.template == other.template and dict(self.params) == dict(other.params)

    def __hash__(self) -> int:
        return hash((self.template, tuple(sorted(self.params))))

    def placeholders(self) -> frozenset[str]:
        return placeholders(self.template)


@dataclass(frozen=True)
class Joined:
    """A parameter value: ``items`` (each rendered like a value) joined with ``separator``."""

    items: tuple[object, ...]
    separator: str = LIST_SEPARATOR


def placeholders(template: str) -> frozenset[str]:
    return frozenset(PLACEHOLDER.findall(template))


def render(msg: Msg, translate: Callable[[str], str]) -> str:
    """``msg`` as text: ``translate(template) -> str`` picks the language (identity: English).

    Values: a Msg is rendered with the same ``translate``; a list or tuple is joined with
    ", ", a :class:`Joined` with its separator (items rendered the same way); anything else
    is ``str()``.  A placeholder
    without a value is left as it is, so a missing parameter shows instead of vanishing."""
    text = translate(msg.template) or msg.template

    def value(v: object) -> str:
        if isinstance(v, Msg):
            return render(v, translate)
        if isinstance(v, tuple):
            return LIST_SEPARATOR.join(value(item) for item in v)
        if isinstance(v, Joined):
            return v.separator.join(value(item) for item in v.items)
        return str(v)

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        return value(msg.params[name]) if name in msg.params else match.group(0)

    return PLACEHOLDER.sub(substitute, text)


def _frozen(value: object) -> object:
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return tuple(_frozen(v) for v in items)
    return value
