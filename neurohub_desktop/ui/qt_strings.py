"""Qt's own dialog texts that Qt's Korean catalog (``qtbase_ko.qm``) lacks.

Qt 6 spells these with an accelerator (``&Look in:``) while its Korean catalog still has the
old spelling, so the file dialog showed them in English under Korean.  Listed here under Qt's
own contexts, they land in the shell area's ``.ts``; the app's translators are installed after
Qt's and are asked first, so they fill exactly these gaps.  Nothing imports this module.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
