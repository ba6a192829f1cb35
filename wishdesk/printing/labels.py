"""Fixed texts printed on sheets and invitations, in the seven supported languages, plus Dutch dates.

The sheets are Dutch; the family language appears beside the Dutch where the design shows it (check
boxes, the home-activity column, the invitation column). NONE of these translations has been checked by
a person yet (see ``CHECKED_BY_PERSON``): have a native speaker review them before wide use.
Templates use ``{name}``, ``{group}``, ``{minutes}`` and ``{date}``; every language has every key.
"""

from __future__ import annotations

import datetime as dt

LANGUAGES = ("nl", "en", "tr", "ar", "pl", "uk", "ti")

#: Whether a person has checked the translations of a language. Update when a reviewer signs off.
CHECKED_BY_PERSON: dict[str, bool] = {code: False for code in LANGUAGES}

_KEYS = (
    "language_name", "for_parents_of", "for_parents_generic", "name_joiner", "what_we_did",
    "child_practice", "home_activity", "duration", "tip", "watch_video", "cut_here", "return_slip",
    "hand_in_by", "pupil", "group", "lesson", "done", "not_done", "comment", "comment_hint",
    "signature", "invitation", "invitation_intro", "date", "time", "place", "programme",
    "reply_slip", "we_come", "persons", "we_cannot", "reply_by", "question", "parent_name", "regards",
)


def _table(*values: str) -> dict[str, str]:
    assert len(values) == len(_KEYS), (len(values), len(_KEYS))
    return dict(zip(_KEYS, values, strict=True))


LABELS: dict[str, dict[str, str]] = {
    "nl": _table(
        "Nederlands", "Voor de ouders van {name}", "Voor de ouders van een leerling uit groep {group}", " en ",
        "Wat deden we in de klas?", "Wat oefent uw kind?", "Thuisopdracht",
        "ca. {minutes} minuten, samen met uw kind", "Tip", "Bekijk de video van de les", "hier afknippen",
        "Strookje terug naar school", "Inleveren vóór {date}", "Leerling", "Groep", "Les", "gedaan",
        "niet gedaan", "Opmerking", "(mag ook in uw eigen taal)", "Handtekening ouder", "Uitnodiging",
        "Graag nodigen wij u uit voor:", "Datum", "Tijd", "Plaats", "Programma", "Antwoordstrook",
        "Wij komen", "aantal personen", "Wij kunnen helaas niet komen", "Graag inleveren vóór {date}",
        "Vraag of opmerking", "Naam ouder/verzorger", "Met vriendelijke groet,",
    ),
    "en": _table(
        "English", "For the parents of {name}", "For the parents of a pupil in group {group}", " and ",
        "What did we do in class?", "What is your child practising?", "Home activity",
        "about {minutes} minutes, together with your child", "Tip", "Watch the video of the lesson",
        "cut here", "Slip to return to school", "Hand in before {date}", "Pupil", "Group", "Lesson", "done",
        "not done", "Comment", "(you may write in your own language)", "Parent's signature", "Invitation",
        "We warmly invite you to:", "Date", "Time", "Place", "Programme", "Reply slip", "We will come",
        "number of people", "Unfortunately we cannot come", "Please hand in before {date}",
        "Question or comment", "Name of parent/carer", "Kind regards,",
    ),
    "tr": _table(
        "Türkçe", "{name} adlı öğrencinin velilerine", "{group} grubundaki bir öğrencinin velilerine", " ve ",
        "Sınıfta ne yaptık?", "Çocuğunuz ne öğreniyor?", "Evde yapılacak etkinlik",
        "yaklaşık {minutes} dakika, çocuğunuzla birlikte", "İpucu", "Dersin videosunu izleyin",
        "buradan kesin", "Okula geri getirilecek form", "Son teslim: {date}", "Öğrenci", "Grup", "Ders",
        "yapıldı", "yapılmadı", "Açıklama", "(kendi dilinizde de yazabilirsiniz)", "Veli imzası", "Davetiye",
        "Sizi aşağıdaki etkinliğe davet ediyoruz:", "Tarih", "Saat", "Yer", "Program", "Cevap formu",
        "Geleceğiz", "kişi sayısı", "Maalesef gelemiyoruz", "Lütfen {date} tarihinden önce geri verin",
        "Soru veya açıklama", "Velinin adı", "Saygılarımızla,",
    ),
    "ar": _table(
        "العربية", "إلى ولي أمر {name}", "إلى ولي أمر تلميذ من المجموعة {group}", " و",
        "ماذا فعلنا في الصف؟", "على ماذا يتدرب طفلكم؟", "نشاط في البيت", "حوالي {minutes} دقيقة، مع طفلكم",
        "نصيحة", "شاهدوا فيديو الدرس", "قص هنا", "قسيمة للإرجاع إلى المدرسة", "يرجى الإرجاع قبل {date}",
        "التلميذ", "المجموعة", "الدرس", "تم", "لم يتم", "ملاحظة", "(يمكنكم الكتابة بلغتكم)",
        "توقيع ولي الأمر", "دعوة", "يسعدنا أن ندعوكم إلى:", "التاريخ", "الوقت", "المكان", "البرنامج",
        "قسيمة الرد", "سنحضر", "عدد الأشخاص", "للأسف لا نستطيع الحضور", "يرجى الإرجاع قبل {date}",
        "سؤال أو ملاحظة", "اسم ولي الأمر", "مع أطيب التحيات،",
    ),
    "pl": _table(
        "Polski", "Dla rodziców: {name}", "Dla rodziców ucznia z grupy {group}", " i ",
        "Co robiliśmy na lekcji?", "Co ćwiczy Państwa dziecko?", "Zadanie domowe",
        "ok. {minutes} minut, razem z dzieckiem", "Wskazówka", "Obejrzyj film z lekcji", "odciąć tutaj",
        "Odcinek do zwrotu do szkoły", "Oddać do {date}", "Uczeń", "Grupa", "Lekcja", "wykonane",
        "niewykonane", "Uwagi", "(można pisać we własnym języku)", "Podpis rodzica", "Zaproszenie",
        "Serdecznie zapraszamy na:", "Data", "Godzina", "Miejsce", "Program", "Odcinek zwrotny",
        "Przyjdziemy", "liczba osób", "Niestety nie możemy przyjść", "Prosimy oddać do {date}",
        "Pytanie lub uwaga", "Imię i nazwisko rodzica", "Z poważaniem,",
    ),
    "uk": _table(
        "Українська", "Для батьків: {name}", "Для батьків учня з групи {group}", " і ",
        "Що ми робили на уроці?", "Що тренує ваша дитина?", "Завдання вдома",
        "приблизно {minutes} хвилин, разом з дитиною", "Порада", "Перегляньте відео з уроку",
        "відрізати тут", "Талон для повернення до школи", "Повернути до {date}", "Учень", "Група", "Урок",
        "виконано", "не виконано", "Коментар", "(можна писати своєю мовою)", "Підпис батьків",
        "Запрошення", "Щиро запрошуємо вас на:", "Дата", "Час", "Місце", "Програма", "Талон відповіді",
        "Ми прийдемо", "кількість осіб", "На жаль, ми не зможемо прийти", "Будь ласка, поверніть до {date}",
        "Питання або коментар", "Ім’я одного з батьків", "З повагою,",
    ),
    "ti": _table(
        "ትግርኛ", "ንወለዲ {name}", "ንወለዲ ሓደ ተምሃራይ ካብ ጉጅለ {group}", "፣ ",
        "ኣብ ክፍሊ እንታይ ገበርና?", "ውላድኩም እንታይ ይለማመድ ኣሎ?", "ንጥፈት ኣብ ገዛ",
        "ኣስታት {minutes} ደቒቕ፣ ምስ ውላድኩም", "ምኽሪ", "ቪድዮ ናይቲ ትምህርቲ ርኣዩ", "ኣብዚ ቁረጹ",
        "ናብ ቤት ትምህርቲ ዝምለስ ወረቐት", "ቅድሚ {date} ኣረክቡ", "ተምሃራይ", "ጉጅለ", "ትምህርቲ", "ተገይሩ",
        "ኣይተገብረን", "ርእይቶ", "(ብቋንቋኹም ክትጽሕፉ ትኽእሉ ኢኹም)", "ፌርማ ወላዲ", "ዕድመ",
        "ናብዚ ዝስዕብ ብኽብሪ ንዕድመኩም፦", "ዕለት", "ሰዓት", "ቦታ", "መደብ", "ናይ መልሲ ወረቐት", "ክንመጽእ ኢና",
        "ቁጽሪ ሰባት", "ይቕሬታ፣ ክንመጽእ ኣይንኽእልን ኢና", "በጃኹም ቅድሚ {date} ኣረክቡ", "ሕቶ ወይ ርእይቶ",
        "ስም ወላዲ", "ምስ ሰላምታ፣",
    ),
}

DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december")
DUTCH_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def label(key: str, language: str = "nl", **values: object) -> str:
    """The text for ``key`` in ``language`` (Dutch when the language is unknown), formatted."""
    text = LABELS.get(language, LABELS["nl"])[key]
    return text.format(**values) if values else text


def known_language(language: str) -> bool:
    return language in LABELS


def join_names(names: tuple[str, ...] | list[str], language: str = "nl") -> str:
    """"Zoë", "Zoë en Daan", "Zoë, Daan en Sem" (with the language's own word for "and")."""
    names = list(names)
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


def numeric_date(day: dt.date) -> str:
    """"21-03-2025": understood in every language, so family-language columns use it."""
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def clock(time: dt.time) -> str:
    return f"{time.hour:02d}:{time.minute:02d}"
