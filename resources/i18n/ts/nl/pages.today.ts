<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="71"/>
        <source>Signed in as</source>
        <translation>Ingelogd als</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="72"/>
        <source>Who am I…</source>
        <translation>Wie ben ik…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="73"/>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="108"/>
        <source>Choose who you are</source>
        <translation>Kies wie u bent</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="81"/>
        <source>Today sections</source>
        <translation>Onderdelen vandaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="82"/>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="86"/>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="347"/>
        <source>To do</source>
        <translation>Nog te doen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="88"/>
        <source>Concerns</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="90"/>
        <source>Intervision</source>
        <translation>Intervisie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="97"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="106"/>
        <source>No lessons</source>
        <translation>Geen lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="107"/>
        <source>Choose who you are…</source>
        <translation>Kies wie u bent…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="118"/>
        <source>Lesson details</source>
        <translation>Gegevens van de les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="119"/>
        <source>Lesson &amp;held</source>
        <translation>Les &amp;gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="119"/>
        <source>Mark lesson as held</source>
        <translation>Les op gegeven zetten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="120"/>
        <source>&amp;Cancel…</source>
        <translation>&amp;Afgelasten…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="120"/>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="294"/>
        <source>Cancel lesson</source>
        <translation>Les afgelasten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="121"/>
        <source>&amp;Move…</source>
        <translation>&amp;Verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="121"/>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="307"/>
        <source>Move lesson</source>
        <translation>Les verplaatsen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="122"/>
        <source>Record a con&amp;cern…</source>
        <translation>&amp;Signaal noteren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="123"/>
        <source>Record a concern about a pupil</source>
        <translation>Signaal over een leerling noteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="135"/>
        <source>Lesson sections</source>
        <translation>Onderdelen van de les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="136"/>
        <source>Lesson plan</source>
        <translation>Lesplan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="137"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="138"/>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="187"/>
        <source>Nobody chosen yet</source>
        <translation>Nog niemand gekozen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="195"/>
        <source>You are: %1</source>
        <translation>U bent: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="203"/>
        <source>Choose who you are to see your lessons. WIsH Desk remembers your choice for this database.</source>
        <translation>Kies wie u bent om uw lessen te zien. WIsH Desk onthoudt uw keuze voor deze database.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="220"/>
        <source>You have no planned lessons. Lessons appear here once the coordinator has planned them.</source>
        <translation>U hebt geen geplande lessen. Lessen verschijnen hier zodra de coördinator ze heeft gepland.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="248"/>
        <source>Lesson %1: %2</source>
        <translation>Les %1: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="250"/>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="253"/>
        <source>Teacher: %1 · Specialist: %2</source>
        <translation>Leerkracht: %1 · Specialist: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="255"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="257"/>
        <source>Cancelled: %1</source>
        <translation>Afgelast: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="279"/>
        <source>Lesson %1 held</source>
        <translation>Les %1 gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="322"/>
        <source>Save attendance</source>
        <translation>Aanwezigheid opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="333"/>
        <source>Save reflection</source>
        <translation>Reflectie opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="347"/>
        <source>To do (%1)</source>
        <translation>Nog te doen (%1)</translation>
    </message>
</context>
</TS>
