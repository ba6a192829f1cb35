"""Fixed texts printed on parent documents, and dates written in each sheet language.

The texts live in ``label_texts`` (one table per language of ``core.languages``). Every document shows
Dutch with the family language beside it. NONE of the translations has been checked by a person yet
(see ``CHECKED_BY_PERSON``): have a native speaker review them before wide use.
"""

from __future__ import annotations

import datetime as dt

from wishdesk.core.languages import CODES

from .bidi import is_rtl, isolate
from .label_texts import KEYS, LABELS

LANGUAGES = CODES

#: Whether a person has checked the translations of a language ("nog niet nagekeken" while False).
CHECKED_BY_PERSON: dict[str, bool] = {code: False for code in LANGUAGES}

__all__ = ["CHECKED_BY_PERSON", "KEYS", "LABELS", "LANGUAGES", "clock", "dutch_date", "dutch_week", "family_date",
           "family_week", "join_names", "known_language", "label", "numeric_date"]

DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december")
DUTCH_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def label(key: str, language: str = "nl", **values: object) -> str:
    """The text for ``key`` in ``language`` (Dutch when the language is unknown), formatted."""
    text = LABELS.get(language, LABELS["nl"])[key]
    if values and is_rtl(language):  # names, groups and dates keep their own direction inside Arabic text
        values = {name: isolate(str(value)) for name, value in values.items()}
    return text.format(**values) if values else text


def known_language(language: str) -> bool:
    return language in LABELS


def join_names(names: tuple[str, ...] | list[str], language: str = "nl") -> str:
    """"Zoë", "Zoë en Daan", "Zoë, Daan en Sem" (with the language's own word for "and")."""
    names = [isolate(n) for n in names] if is_rtl(language) else list(names)
    if len(names) <= 1:
        return "".join(names)
    joiner = label("name_joiner", language)
    return ", ".join(names[:-1]) + joiner + names[-1]


def dutch_date(day: dt.date, weekday: bool = True, year: bool = True) -> str:
    """"vrijdag 21 maart 2025" without depending on the computer's locale."""
    text = f"{day.day} {DUTCH_MONTHS[day.month - 1]}"
    if year:
        text += f" {day.year}"
    if weekday:
        text = f"{DUTCH_WEEKDAYS[day.weekday()]} {text}"
    return text


def dutch_week(day: dt.date) -> str:
    """"week 11 · maart 2025" (ISO week number, as Dutch schools count weeks)."""
    return f"week {day.isocalendar()[1]} · {DUTCH_MONTHS[day.month - 1]} {day.year}"


# Month names (in the form used after a day number) and weekdays, Monday first, per language.
_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "tr": ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"),
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня"),
    "ti": ("ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "መስከረም", "ጥቅምቲ", "ሕዳር", "ታሕሳስ"),
    "fa": ("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"),
    "so": ("Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luuliyo", "Agoosto", "Sebtembar",
           "Oktoobar", "Nofembar", "Desembar"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "ro": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"),
    "bg": ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
           "ноември", "декември"),
}
_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "tr": ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "pl": ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    "uk": ("понеділок", "вівторок", "середа", "четвер", "п’ятниця", "субота", "неділя"),
    "ti": ("ሰኑይ", "ሰሉስ", "ረቡዕ", "ሓሙስ", "ዓርቢ", "ቀዳም", "ሰንበት"),
    "fa": ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"),
    "so": ("Isniin", "Talaado", "Arbaco", "Khamiis", "Jimce", "Sabti", "Axad"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "ro": ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
    "bg": ("понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"),
}
# How a date is written: {w} weekday, {d} day, {m} month, {y} year (with its separator).
_DATE_PATTERNS: dict[str, tuple[str, str]] = {  # (with weekday, without weekday)
    "en": ("{w} {d} {m}{y}", "{d} {m}{y}"),
    "tr": ("{d} {m}{y} {w}", "{d} {m}{y}"),
    "ar": ("{w} {d} {m}{y}", "{d} {m}{y}"),
    "pl": ("{w}, {d} {m}{y}", "{d} {m}{y}"),
    "uk": ("{w}, {d} {m}{y}", "{d} {m}{y}"),
    "ti": ("{w} {d} {m}{y}", "{d} {m}{y}"),
    "fa": ("{w} {d} {m}{y}", "{d} {m}{y}"),
    "so": ("{w}, {d} {m}{y}", "{d} {m}{y}"),
    "fr": ("{w} {d} {m}{y}", "{d} {m}{y}"),
    "es": ("{w} {d} de {m}{y}", "{d} de {m}{y}"),
    "ro": ("{w}, {d} {m}{y}", "{d} {m}{y}"),
    "bg": ("{w}, {d} {m}{y}", "{d} {m}{y}"),
}
_YEAR_SEPARATOR = {"es": " de ", "uk": " ", "bg": " "}
_YEAR_SUFFIX = {"uk": " р.", "bg": " г."}


def family_date(day: dt.date, language: str, weekday: bool = True, year: bool = True) -> str:
    """The date written in ``language`` ("Friday 21 March 2025", "الجمعة 21 مارس 2025"); Dutch for nl or unknown."""
    if language not in _MONTHS:
        return dutch_date(day, weekday, year)
    year_text = f"{_YEAR_SEPARATOR.get(language, ' ')}{day.year}{_YEAR_SUFFIX.get(language, '')}" if year else ""
    pattern = _DATE_PATTERNS[language][0 if weekday else 1]
    return pattern.format(w=_WEEKDAYS[language][day.weekday()], d=day.day, m=_MONTHS[language][day.month - 1],
                          y=year_text)


def family_week(day: dt.date, language: str) -> str:
    """"week 11 · maart 2025" in ``language`` (ISO week number, as Dutch schools count weeks)."""
    if language not in _MONTHS:
        return dutch_week(day)
    month = _MONTHS[language][day.month - 1]
    if language in ("pl", "uk"):  # the genitive forms read oddly without a day; the numeric month is clear
        month = f"{day.month:02d}."
    return f"{label('week', language, week=day.isocalendar()[1])} · {month} {day.year}"


def numeric_date(day: dt.date) -> str:
    """"21-03-2025": understood in every language, so family-language columns use it."""
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def clock(time: dt.time) -> str:
    return f"{time.hour:02d}:{time.minute:02d}"
