"""Install the station's translations (architecture lesson 8).

Source strings are English (``self.tr()`` / ``QCoreApplication.translate``); Korean comes
from ``resources/i18n/<area>_ko.ts`` (shell, station, supervisor, admin) built into ``.qm`` by
``pyside6-lrelease``.  Qt's own strings (dialog buttons, context menus) come from Qt's
``qtbase_<locale>.qm`` when present.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from neurohub_desktop.resources import translations_dir

log = logging.getLogger(__name__)

SUPPORTED_LOCALES = ("ko", "en")
DEFAULT_LOCALE = "ko"
_APP_TRANSLATOR = "neurohubTranslator"
_QT_TRANSLATOR = "qtbaseTranslator"


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
