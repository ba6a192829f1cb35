<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="73"/>
        <source>Signed in as</source>
        <translation>Ingelogd als</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="74"/>
        <source>Who am I…</source>
        <translation>Wie ben ik…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="75"/>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="122"/>
        <source>Choose who you are</source>
        <translation>Kies wie u bent</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="83"/>
        <source>Today sections</source>
        <translation>Onderdelen vandaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="84"/>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="88"/>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="326"/>
        <source>To do</source>
        <translation>Nog te doen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="90"/>
        <source>Concerns</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="92"/>
        <source>Peer consultation</source>
        <translation>Intervisie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="111"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="120"/>
        <source>No lessons</source>
        <translation>Geen lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="121"/>
        <source>Choose who you are…</source>
        <translation>Kies wie u bent…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="128"/>
        <source>Go to planning</source>
        <translation>Naar de planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="137"/>
        <source>Lesson details</source>
        <translation>Gegevens van de les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="138"/>
        <source>Lesson &amp;held</source>
        <translation>Les &amp;gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="138"/>
        <source>Mark lesson as held</source>
        <translation>Les op gegeven zetten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="139"/>
        <source>&amp;Cancel…</source>
        <translation>&amp;Afgelasten…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="139"/>
        <source>Cancel lesson</source>
        <translation>Les afgelasten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="140"/>
        <source>&amp;Move…</source>
        <translation>&amp;Verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="140"/>
        <source>Move lesson</source>
        <translation>Les verplaatsen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="141"/>
        <source>Record a con&amp;cern…</source>
        <translation>&amp;Signaal noteren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="142"/>
        <source>Record a concern about a pupil</source>
        <translation>Signaal over een leerling noteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="154"/>
        <source>Lesson sections</source>
        <translation>Onderdelen van de les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="155"/>
        <source>Lesson plan</source>
        <translation>Lesplan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="156"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="157"/>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="214"/>
        <source>Nobody chosen yet</source>
        <translation>Nog niemand gekozen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="222"/>
        <source>You are: %1</source>
        <translation>U bent: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="232"/>
        <source>Choose who you are to see your lessons. WIsH Desk remembers your choice for this database.</source>
        <translation>Kies wie u bent om uw lessen te zien. WIsH Desk onthoudt uw keuze voor deze database.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="265"/>
        <source>You have no planned lessons.</source>
        <translation>U hebt geen geplande lessen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="299"/>
        <source>Lesson %1: %2</source>
        <translation>Les %1: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="301"/>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="304"/>
        <source>Teacher: %1 · Specialist: %2</source>
        <translation>Leerkracht: %1 · Specialist: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="306"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="308"/>
        <source>Cancelled: %1</source>
        <translation>Afgelast: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="326"/>
        <source>To do (%1)</source>
        <translation>Nog te doen (%1)</translation>
    </message>
</context>
</TS>
