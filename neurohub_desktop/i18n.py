"""Install the station's translations and render domain messages (architecture lesson 8).

Source strings are English (``self.tr()`` / ``QCoreApplication.translate``); Korean comes
from ``resources/i18n/<area>_ko.ts`` (shell, station, supervisor, admin) built into ``.qm`` by
``pyside6-lrelease``.  Qt's own strings (dialog buttons, context menus) come from Qt's
``qtbase_<locale>.qm`` when present.

What domain, services, db and printing say (``domain.messages.Msg``: an English template and
its parameters) is translated by :func:`render` from the ``messages`` area
(``resources/i18n/messages_<lang>.ts``): the one place a template becomes Korean, for the
screens (``ui.errors``) and the command line alike.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from neurohub_desktop.domain import messages
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.resources import translations_dir

log = logging.getLogger(__name__)

SUPPORTED_LOCALES = ("ko", "en")
DEFAULT_LOCALE = "ko"
_APP_TRANSLATOR = "neurohubTranslator"
_QT_TRANSLATOR = "qtbaseTranslator"
#: the messages area: ``Msg``/``N_`` templates, which pyside6-lupdate (Makefile ``i18n``, with
#: both aliased to QT_TR_NOOP) files under the empty context
MESSAGES_AREA = "messages"
MESSAGES_CONTEXT = ""
_catalogs: dict[tuple[Path, str], QTranslator] = {}


def normalize_locale(locale: str) -> str | None:
    """``"ko_KR"``, ``"ko-KR"``, ``"KO"`` → ``"ko"``; ``None`` if not a supported locale."""
    lang = locale.strip().replace("-", "_").split("_", 1)[0].lower()
    return lang if lang in SUPPORTED_LOCALES else None


def install_translator(app: QCoreApplication, locale: str, directory: Path | None = None) -> bool:
    """Replace the application's translators with those for ``locale``.

    Loads every ``<area>_<locale>.qm`` from ``directory`` (default: ``resources/i18n``) and Qt's
    ``qtbase_<locale>.qm``; sets ``QLocale.setDefault`` so numbers and dates follow.  Returns
    whether the NeuroHub translation was loaded (``False`` for an unsupported locale or a
    missing ``.qm``; the English source strings are then shown).  Safe to call again to switch
    language at run time: widgets receive ``LanguageChange``.
    """
    lang = normalize_locale(locale)
    _remove_installed(app)
    if lang is None:
        log.warning(
            "Unsupported locale %r (supported: %s); showing source strings",
            locale,
            ", ".join(SUPPORTED_LOCALES),
        )
        return False
    qlocale = QLocale(lang)
    QLocale.setDefault(qlocale)

    qt_translator = QTranslator(app)
    qt_translator.setObjectName(_QT_TRANSLATOR)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(qlocale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
    else:
        qt_translator.deleteLater()

    folder = directory if directory is not None else translations_dir()
    loaded = False
    for qm in sorted(folder.glob(f"*_{lang}.qm")):  # one file per area: shell, station, …
        translator = QTranslator(app)
        translator.setObjectName(_APP_TRANSLATOR)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            loaded = True
        else:
            translator.deleteLater()
    if not loaded:
        log.warning("No translation file *_%s.qm in %s", lang, folder)
    return loaded


def _remove_installed(app: QCoreApplication) -> None:
    for translator in app.findChildren(QTranslator):
        if translator.objectName() in (_APP_TRANSLATOR, _QT_TRANSLATOR):
            app.removeTranslator(translator)
            translator.setObjectName("")
            translator.deleteLater()


def render(msg: Msg, locale: str, directory: Path | None = None) -> str:
    """``msg`` in ``locale``: each template (the message's and those of its Msg parameters)
    looked up in ``messages_<lang>.qm``, then the parameters filled in (numbers as they are,
    lists joined, so both languages show the values alike).  English, the source, when the
    locale is not supported or the catalog is missing, or a template has no translation."""
    catalog = message_catalog(locale, directory)
    if catalog is None:
        return str(msg)

    def translate(template: str) -> str:
        return catalog.translate(MESSAGES_CONTEXT, template) or template

    return messages.render(msg, translate)


def message_catalog(locale: str, directory: Path | None = None) -> QTranslator | None:
    """The loaded ``messages_<lang>.qm`` (kept once loaded), or None."""
    lang = normalize_locale(locale)
    if lang is None:
        return None
    folder = directory if directory is not None else translations_dir()
    key = (folder, lang)
    if key not in _catalogs:
        translator = QTranslator()
        if not translator.load(str(folder / f"{MESSAGES_AREA}_{lang}.qm")):
            return None  # not built (yet): English; looked for again next time
        _catalogs[key] = translator
    return _catalogs[key]
