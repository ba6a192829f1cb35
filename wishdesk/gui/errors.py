"""What happens to an error in the GUI (after Anki's ``aqt/errors.py``).

A ``UserError`` is meant for people: its Dutch message is shown (in English when the interface is English).
A file-system error gets a plain sentence. Anything else is a bug: it is logged with its traceback and
shown in a dialog with the details to copy and the log file's path. ``install_handlers`` routes uncaught
exceptions (``sys.excepthook``, also those raised in Qt slots) and Qt's own warnings into the same place,
so nothing is ever swallowed, even in the windowed installer that has no console.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..core.errors import UserError, describe_os_error

log = logging.getLogger("wishdesk.errors")

_language = "nl"


def set_message_language(code: str) -> None:
    """The interface language, for translating the core's Dutch messages (set by ``i18n``)."""
    global _language
    _language = code


def is_user_error(exc: BaseException) -> bool:
    return isinstance(exc, UserError | OSError)


def translated(text: str) -> str:
    """A Dutch sentence from the core in the interface language (as is in Dutch)."""
    return _translated(text)


def _translated(text: str) -> str:
    if _language == "nl":
        return text
    try:
        from ..core.message_catalog import translate_message
    except ImportError:  # pragma: no cover - the catalog ships with the app
        return text
    return translate_message(text, _language)


def user_message(exc: BaseException) -> str:
    """The sentence a person sees for ``exc``."""
    if isinstance(exc, UserError):
        return _translated(str(exc))
    if isinstance(exc, OSError):
        return _translated(describe_os_error(exc))
    return QCoreApplication.translate(
        "Errors", "Something unexpected went wrong (%1). Nothing was half saved. Try again; if it happens "
        "again, send the details to your administrator.").replace("%1", exc.__class__.__name__)


def format_details(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def log_file() -> str:
    from ..logs import log_file_path

    return str(log_file_path())


def show_failure(parent: QWidget | None, title: str, exc: BaseException, details: str = "") -> None:
    """A warning for a person's mistake; for a bug, a dialog whose details can be copied."""
    if is_user_error(exc):
        QMessageBox.warning(parent, title, user_message(exc))
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, user_message(exc), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("bugDialog")
    box.setInformativeText(QCoreApplication.translate("Errors", "The details are also in the log file: %1")
                           .replace("%1", log_file()))
    box.setDetailedText(details or format_details(exc))
    box.exec()


# Tests set this to collect uncaught errors instead of opening a modal dialog.
uncaught_sink: list[BaseException] | None = None


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    exc.__traceback__ = tb
    if is_user_error(exc):
        log.info("uncaught %s shown to the user", kind.__name__)
    else:
        log.error("uncaught exception", exc_info=(kind, exc, tb))
    if uncaught_sink is not None:
        uncaught_sink.append(exc)
        return
    if QApplication.instance() is None:
        sys.__excepthook__(kind, exc, tb)
        return
    try:
        show_failure(QApplication.activeWindow(), QCoreApplication.translate("Errors", "WIsH Desk"), exc)
    except Exception:  # noqa: BLE001 - the error dialog itself failed: the log has it, stderr too
        sys.__excepthook__(kind, exc, tb)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    logging.getLogger("wishdesk.qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def install_handlers() -> None:
    """Route uncaught exceptions and Qt's messages to the log (and bugs to a dialog)."""
    sys.excepthook = _excepthook
    qInstallMessageHandler(_qt_message)
