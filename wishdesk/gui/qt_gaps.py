"""Strings of Qt's own dialogs that Qt's Dutch catalogue (qtbase_nl.qm) leaves in English.

Qt's file dialog asks for "&Look in:" and "Files of &type:" (with the accelerator), while qtbase_nl.qm
only has them without the ampersand, so a Dutch user saw English labels in every save dialog; its Type
column ("Folder", "PDF File") is not in qtbase_nl.qm at all. Listing
them here puts them in our own catalogue under Qt's context; our translator is installed after Qt's,
so it is asked first. Nothing calls ``gaps()`` at run time: it exists so that lupdate finds the strings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def gaps() -> list[str]:
    """The translated texts (used by the test that checks each one is filled in)."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        # the file dialog's Type column (QAbstractFileIconProvider::type), missing from qtbase_nl.qm altogether
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder"),
        QCoreApplication.translate("QAbstractFileIconProvider", "File"),
        QCoreApplication.translate("QAbstractFileIconProvider", "%1 File"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
    ]
