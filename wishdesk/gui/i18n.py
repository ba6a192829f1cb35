"""Loading translations. Source strings are English; Dutch is the default interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resources_dir

LANGUAGES = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"
_installed: list[QTranslator] = []


def chosen_language() -> str:
    """The language from the settings; else the system's if we have it; else Dutch."""
    from . import settings

    value = settings.language()
    if value in LANGUAGES:
        return value
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    """Remember the language chosen in the Settings menu (``--lang`` on the command line is for one run)."""
    from . import settings

    settings.set_language(code)


def remove_translators(app: QCoreApplication) -> None:
    """Back to the English source strings (tests start from here)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def install_translators(app: QCoreApplication, language: str) -> str:
    """Install WIsH Desk's and Qt's own translations (the latter for standard buttons)."""
    remove_translators(app)
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "i18n" / f"wishdesk_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    from .errors import set_message_language

    set_message_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands))
    return language


def format_date(value, long: bool = True) -> str:  # noqa: ANN001 - datetime.date
    """'dinsdag 3 november 2026' in Dutch, via QLocale so the language setting applies."""
    from PySide6.QtCore import QDate

    qdate = QDate(value.year, value.month, value.day)
    fmt = "dddd d MMMM yyyy" if long else "d MMM yyyy"
    return QLocale().toString(qdate, fmt)
