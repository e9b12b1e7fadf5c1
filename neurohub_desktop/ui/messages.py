"""What services return, in the screen's language: the one place ``ui`` does it (issue 13).

* :func:`message_text` renders a ``domain.messages.Msg`` (an error's ``exc.msg``, a refusal
  reason) through the ``messages`` catalog (``neurohub_desktop.i18n.render``);
* :func:`local_name` picks the Korean or the English column of a name the database keeps in
  both (``processes.process_name`` / ``process_name_en``, a measurement's ``name`` /
  ``name_en``): data, not a sentence, so it is chosen here rather than translated.
"""

from __future__ import annotations

from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.i18n import normalize_locale, render


def message_text(msg: Msg, locale: str) -> str:
    return render(msg, locale)


def local_name(name: str, name_en: str | None, locale: str) -> str:
    """``name`` (Korean) for a Korean screen, else ``name_en`` (``name`` when it has none)."""
    if normalize_locale(locale) == "ko" or not name_en:
        return name
    return name_en
