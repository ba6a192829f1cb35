"""Realistic sample data for the printing tests and the benchmark (own texts; translations unchecked)."""

from __future__ import annotations

import datetime as dt

from wishdesk.core.print_data import (
    HandoutBatch,
    HandoutLesson,
    HomeActivityText,
    InvitationBatch,
    InvitationData,
    InvitationText,
    LessonPlanData,
    LessonPlanStep,
    Recipient,
)

VIDEO_URL = "https://ouderportaal.example.nl/groep-6a/video/les-2?code=K7Q2-9XWM"

ACTIVITIES = {
    "nl": HomeActivityText(
        "nl", "Zeg het met je lijf",
        "Ga tegenover elkaar staan, op ongeveer drie meter afstand. Uw kind loopt langzaam naar u toe. Als het "
        "te dichtbij voelt, steekt u uw hand op en zegt u duidelijk: ‘Stop, tot hier!’ Draai daarna om: nu "
        "bepaalt uw kind de grens. Let samen op: staat uw kind stevig, met beide voeten op de grond? Kijkt het "
        "u aan? Klinkt de stem rustig en luid genoeg? Praat na afloop kort na: wanneer is het lastig om ‘stop’ "
        "te zeggen, en wat helpt dan? Dit duurt ongeveer 10 minuten.",
        "Doe het zelf ook een keer ‘fout’ (heel zacht of met uw ogen naar de grond). Kinderen zien dan meteen "
        "het verschil.",
    ),
    "en": HomeActivityText(
        "en", "Say it with your body",
        "Stand facing each other, about three metres apart. Your child walks slowly towards you. When it feels "
        "too close, raise your hand and say clearly: ‘Stop, this far!’ Then swap roles: now your child sets "
        "the boundary. Watch together: is your child standing firmly, with both feet on the ground? Does your "
        "child look at you? Is the voice calm and loud enough? Afterwards, talk briefly: when is it hard to "
        "say ‘stop’, and what helps then? This takes about 10 minutes.",
        "Do it ‘wrong’ yourself once (very quietly, or looking at the floor). Children see the difference "
        "straight away.",
    ),
    "tr": HomeActivityText(
        "tr", "Vücudunla söyle",
        "Birbirinize karşı, yaklaşık üç metre arayla durun. Çocuğunuz yavaşça size doğru yürüsün. Çok "
        "yaklaştığını hissettiğinizde elinizi kaldırın ve açıkça söyleyin: ‘Dur, buraya kadar!’ Sonra yer "
        "değiştirin: şimdi sınırı çocuğunuz belirlesin. Birlikte dikkat edin: Çocuğunuz iki ayağı yerde, "
        "sağlam duruyor mu? Size bakıyor mu? Sesi sakin ve yeterince yüksek mi? Sonunda kısaca konuşun: ‘dur’ "
        "demek ne zaman zor, o zaman ne yardımcı olur? Bu etkinlik yaklaşık 10 dakika sürer.",
        "Siz de bir kez ‘yanlış’ yapın (çok sessizce ya da yere bakarak). Çocuklar farkı hemen görür.",
    ),
    "ar": HomeActivityText(
        "ar", "قلها بجسمك",
        "قفوا مقابل بعضكم على بعد ثلاثة أمتار تقريبا. يمشي طفلكم ببطء نحوكم. عندما تشعرون أنه قريب جدا، ارفعوا "
        "يدكم وقولوا بوضوح: «قف، إلى هنا!» ثم تبادلوا الأدوار: الآن يحدد طفلكم الحد. انتبهوا معا: هل يقف "
        "طفلكم بثبات، والقدمان على الأرض؟ هل ينظر إليكم (وليس إلى الأرض)؟ هل صوته هادئ وعال بما يكفي؟ "
        "تحدثوا بعد ذلك قليلا: متى يكون من الصعب قول «قف»، وما الذي يساعد عندها؟ يستغرق هذا النشاط حوالي "
        "10 دقائق.",
        "قوموا أنتم أيضا بالتمرين مرة بطريقة «خاطئة» (بصوت منخفض جدا أو بالنظر إلى الأرض). سيرى الأطفال "
        "الفرق فورا.",
    ),
    "pl": HomeActivityText(
        "pl", "Powiedz to ciałem",
        "Stańcie naprzeciwko siebie, w odległości około trzech metrów. Dziecko powoli idzie w Państwa stronę. "
        "Gdy poczują Państwo, że jest za blisko, proszę podnieść rękę i wyraźnie powiedzieć: „Stop, do tego "
        "miejsca!” Potem zamieńcie się rolami: teraz dziecko wyznacza granicę. Zwróćcie razem uwagę: czy "
        "dziecko stoi pewnie, obiema stopami na ziemi? Czy patrzy na Państwa? Czy głos jest spokojny i "
        "wystarczająco głośny? Na koniec krótko porozmawiajcie: kiedy trudno jest powiedzieć „stop” i co "
        "wtedy pomaga? Zadanie trwa około 10 minut.",
        "Zróbcie to też raz „źle” (bardzo cicho albo patrząc w podłogę). Dzieci od razu zobaczą różnicę.",
    ),
    "uk": HomeActivityText(
        "uk", "Скажи це тілом",
        "Станьте одне навпроти одного на відстані приблизно трьох метрів. Дитина повільно йде до вас. Коли ви "
        "відчуєте, що вона надто близько, підніміть руку й чітко скажіть: «Стоп, до цього місця!» Потім "
        "поміняйтеся ролями: тепер межу визначає дитина. Зверніть увагу разом: чи стоїть дитина впевнено, "
        "обома ногами на землі? Чи дивиться вона на вас? Чи звучить голос спокійно й достатньо голосно? "
        "Наприкінці коротко поговоріть: коли важко сказати «стоп» і що тоді допомагає? Це займає приблизно "
        "10 хвилин.",
        "Зробіть це й самі один раз «неправильно» (дуже тихо або дивлячись у підлогу). Діти одразу побачать "
        "різницю.",
    ),
    "ti": HomeActivityText(
        "ti", "ብኣካልካ ግለጾ",
        "ኣስታት ሰለስተ ሜትሮ ተፈላሊኹም ፊት ንፊት ደው በሉ። ውላድኩም ቀስ ኢሉ ናባኹም ይመጽእ። ኣዝዩ ከም ዝቐረበ ምስ "
        "ተሰምዓኩም፡ ኢድኩም ኣልዕሉ እሞ ብንጹር ‘ደው በል፡ ክሳብ ኣብዚ!’ በሉ። ድሕሪኡ ተራ ተቐያየሩ፦ ሕጂ ውላድኩም ደረት "
        "ይውስን። ብሓባር ኣስተውዕሉ፦ ውላድኩም ብኽልቲኡ እግሩ ኣብ መሬት ጽኑዕ ኢሉ ደው ኢሉ ድዩ? ናባኹም ይጥምት ድዩ? "
        "ድምጹ ህዱእን እኹል ዕውትን ድዩ? ኣብ መወዳእታ ሓጺር ተዘራረቡ፦ ‘ደው በል’ ምባል መዓስ እዩ ዘጸግም፡ ሽዑ እንታይ "
        "ይሕግዝ? እዚ ኣስታት 10 ደቒቕ ይወስድ።",
        "ንስኹም’ውን ሓንሳብ ‘ብጌጋ’ ግበርዎ (ብትሑት ድምጺ ወይ ናብ መሬት እናጠመትኩም)። ቆልዑ ፍልልዩ ብቕጽበት ይርእዩ።",
    ),
}

LANGUAGES = tuple(ACTIVITIES)


def lesson(video_url: str | None = VIDEO_URL, languages: tuple[str, ...] = LANGUAGES) -> HandoutLesson:
    return HandoutLesson(
        school_name="Basisschool De Regenboog",
        group_name="6A",
        lesson_number=2,
        lesson_title="Grenzen aangeven",
        theme="Weerbaarheid",
        class_summary=(
            "Deze week oefenden de kinderen hoe je laat merken waar jouw grens ligt. Ze leerden stevig staan, "
            "iemand aankijken en met een duidelijke stem ‘stop’ zeggen. In tweetallen speelden ze korte "
            "situaties na, bijvoorbeeld iemand die steeds aan je spullen zit of je blijft duwen in de rij. "
            "Daarna bespraken we dat je altijd hulp mag vragen als iemand niet stopt."
        ),
        child_practice=(
            "Stevig staan en iemand aankijken",
            "Met een duidelijke stem ‘stop’ zeggen",
            "Hulp vragen als iemand niet stopt",
        ),
        activities=tuple(ACTIVITIES[code] for code in languages),
        lesson_date=dt.date(2025, 3, 11),
        return_by=dt.date(2025, 3, 21),
        activity_minutes=10,
        video_url=video_url,
    )


FIRST_NAMES = (
    "Zoë", "Daan", "Adam", "Semhar", "Elif", "Jan", "Oksana", "Noor", "Sem", "Julia", "Yusuf", "Lotte",
    "Mila", "Bram", "Fatima", "Kacper", "Tess", "Ömer", "Lina", "Luuk", "Saba", "Finn", "Amira", "Milan",
    "Eva", "Dawit", "Sophie", "Emre", "Nina", "Jesse",
)
# a language per pupil, as the guardians chose it
NAME_LANGUAGES = ("nl", "nl", "ar", "ti", "tr", "pl", "uk", "ar", "nl", "pl", "tr", "nl", "nl", "nl", "ar",
                  "pl", "nl", "tr", "ar", "nl", "ti", "nl", "ar", "nl", "nl", "ti", "en", "tr", "uk", "nl")


def class_batch(count: int = 30, video_url: str | None = VIDEO_URL) -> HandoutBatch:
    """A class of ``count`` pupils (names repeat with a number beyond 30), mixed languages."""
    recipients = []
    for i in range(count):
        name = FIRST_NAMES[i % 30] + ("" if i < 30 else f" {i // 30 + 1}")
        recipients.append(Recipient(NAME_LANGUAGES[i % 30], (name,)))
    return HandoutBatch(lesson(video_url), tuple(recipients))


def lesson_plan() -> LessonPlanData:
    return LessonPlanData(
        school_name="Basisschool De Regenboog",
        group_name="6A",
        lesson_number=2,
        lesson_title="Grenzen aangeven",
        theme="Weerbaarheid",
        session_date=dt.date(2025, 3, 11),
        start_time=dt.time(8, 45),
        subgroup="meisjes",
        teacher_name="Sanne de Vries",
        specialist_name="Bram Aydın",
        goals=("De kinderen kunnen stevig staan en iemand aankijken als ze ‘stop’ zeggen.",
               "De kinderen weten bij wie ze hulp kunnen vragen."),
        materials=("Pionnen of tape voor de lijn op de vloer", "Kaartjes met situaties (bijlage 2)",
                   "Timer", "Tablet voor de klassenvideo"),
        steps=(
            LessonPlanStep("Opening in de kring", 10, "teacher",
                           "Terugblik op les 1; vandaag: hoe laat je merken waar je grens ligt?"),
            LessonPlanStep("Warming-up: stevig staan", 15, "specialist",
                           "Duwspel in tweetallen: wie staat het stevigst? Voeten op heupbreedte, knieën zacht."),
            LessonPlanStep("Oefenen met de stophand", 25, "both",
                           "In tweetallen over de lijn lopen; de ander zegt ‘stop’ met stem, blik en hand."),
            LessonPlanStep("Situaties naspelen", 25, "specialist",
                           "Kaartjes trekken en naspelen; de klas geeft tips. Leerkracht filmt twee scènes."),
            LessonPlanStep("Afsluiting en thuisopdracht", 15, "teacher",
                           "Wat neem je mee? Thuisopdracht ‘Zeg het met je lijf’ uitleggen en meegeven."),
        ),
        home_activity_title="Zeg het met je lijf",
        notes="Gymzaal is tot 10.30 uur vrij. Tablet vooraf opladen voor de klassenvideo.",
    )


def invitation() -> InvitationData:
    return InvitationData(
        school_name="Basisschool De Regenboog",
        group_name="6A",
        event_date=dt.date(2025, 2, 4),
        start_time=dt.time(19, 0),
        end_time=dt.time(20, 30),
        place="Aula van de school, Kerkstraat 12",
        reply_by=dt.date(2025, 1, 28),
        contact="Sanne de Vries (leerkracht) en Bram Aydın (weerbaarheidsspecialist)",
        texts=(
            InvitationText("nl", "Ouderavond weerbaarheidstraining",
                           "Na de voorjaarsvakantie krijgt groep 6A acht lessen weerbaarheid. Op deze avond "
                           "vertellen we wat uw kind gaat leren, doet u zelf een paar oefeningen mee en laten "
                           "we zien hoe de thuisopdrachten werken. Er is tijd voor vragen. Koffie en thee staan "
                           "klaar vanaf 18.45 uur."),
            InvitationText("ar", "أمسية أولياء الأمور حول تدريب المرونة",
                           "بعد عطلة الربيع ستحصل المجموعة 6A على ثمانية دروس في المرونة والثقة بالنفس. "
                           "في هذه الأمسية نشرح ما سيتعلمه طفلكم، وتجربون بأنفسكم بعض التمارين، ونعرض كيف "
                           "تعمل الأنشطة المنزلية. سيكون هناك وقت للأسئلة. القهوة والشاي جاهزان من الساعة 18:45."),
            InvitationText("ti", "ምሸት ወለዲ ብዛዕባ ስልጠና ጽንዓት",
                           "ድሕሪ ዕረፍቲ ጽድያ ጉጅለ 6A ሸሞንተ ትምህርትታት ጽንዓት ክወስድ እዩ። ኣብዚ ምሸት እዚ እንታይ "
                           "ከም ዝመሃር ውላድኩም ንገልጸልኩም፡ ገለ ልምምዳት ባዕልኹም ትፍትኑ፡ ከመይ ጌሮም ናይ ገዛ "
                           "ንጥፈታት ከም ዝሰርሑ ነርእየኩም። ንሕቶታት ግዜ ኣሎ። ቡንን ሻሂን ካብ 18:45 ተዳልዩ ኣሎ።"),
            InvitationText("pl", "Wieczór dla rodziców: trening odporności",
                           "Po feriach grupa 6A będzie miała osiem lekcji odporności. Podczas tego wieczoru "
                           "opowiemy, czego nauczy się Państwa dziecko, wypróbują Państwo kilka ćwiczeń i pokażemy, "
                           "jak działają zadania domowe. Będzie czas na pytania. Kawa i herbata od 18:45."),
        ),
    )


def invitation_batch() -> InvitationBatch:
    return InvitationBatch(invitation(), (
        Recipient("nl", ("Zoë", "Daan")),
        Recipient("ar", ("Adam",)),
        Recipient("ti", ("Semhar",)),
        Recipient("pl", ("Kacper",)),
        Recipient("uk", ("Oksana",)),  # no Ukrainian text: Dutch only
    ))
