<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="74"/>
        <source>Signed in as</source>
        <translation>Ingelogd als</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="75"/>
        <source>Who am I…</source>
        <translation>Wie ben ik…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="76"/>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="114"/>
        <source>Choose who you are</source>
        <translation>Kies wie u bent</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="84"/>
        <source>Today sections</source>
        <translation>Onderdelen vandaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="85"/>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="89"/>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="355"/>
        <source>To do</source>
        <translation>Nog te doen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="91"/>
        <source>Concerns</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="93"/>
        <source>Intervision</source>
        <translation>Intervisie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="103"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="112"/>
        <source>No lessons</source>
        <translation>Geen lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="113"/>
        <source>Choose who you are…</source>
        <translation>Kies wie u bent…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="124"/>
        <source>Lesson details</source>
        <translation>Gegevens van de les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="125"/>
        <source>Lesson &amp;held</source>
        <translation>Les &amp;gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="125"/>
        <source>Mark lesson as held</source>
        <translation>Les op gegeven zetten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="126"/>
        <source>&amp;Cancel…</source>
        <translation>&amp;Afgelasten…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="126"/>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="302"/>
        <source>Cancel lesson</source>
        <translation>Les afgelasten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="127"/>
        <source>&amp;Move…</source>
        <translation>&amp;Verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="127"/>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="315"/>
        <source>Move lesson</source>
        <translation>Les verplaatsen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="128"/>
        <source>Record a con&amp;cern…</source>
        <translation>&amp;Signaal noteren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="129"/>
        <source>Record a concern about a pupil</source>
        <translation>Signaal over een leerling noteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="141"/>
        <source>Lesson sections</source>
        <translation>Onderdelen van de les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="142"/>
        <source>Lesson plan</source>
        <translation>Lesplan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="143"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="144"/>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="193"/>
        <source>Nobody chosen yet</source>
        <translation>Nog niemand gekozen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="201"/>
        <source>You are: %1</source>
        <translation>U bent: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="211"/>
        <source>Choose who you are to see your lessons. WIsH Desk remembers your choice for this database.</source>
        <translation>Kies wie u bent om uw lessen te zien. WIsH Desk onthoudt uw keuze voor deze database.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="228"/>
        <source>You have no planned lessons. Lessons appear here once the coordinator has planned them.</source>
        <translation>U hebt geen geplande lessen. Lessen verschijnen hier zodra de coördinator ze heeft gepland.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="256"/>
        <source>Lesson %1: %2</source>
        <translation>Les %1: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="258"/>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="261"/>
        <source>Teacher: %1 · Specialist: %2</source>
        <translation>Leerkracht: %1 · Specialist: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="263"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="265"/>
        <source>Cancelled: %1</source>
        <translation>Afgelast: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="287"/>
        <source>Lesson %1 held</source>
        <translation>Les %1 gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="330"/>
        <source>Save attendance</source>
        <translation>Aanwezigheid opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="341"/>
        <source>Save reflection</source>
        <translation>Reflectie opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="355"/>
        <source>To do (%1)</source>
        <translation>Nog te doen (%1)</translation>
    </message>
</context>
</TS>
