<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="76" />
        <source>Signed in as</source>
        <translation>Ingelogd als</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="77" />
        <source>Who am I…</source>
        <translation>Wie ben ik…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="78" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="125" />
        <source>Choose who you are</source>
        <translation>Kies wie u bent</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="86" />
        <source>Today sections</source>
        <translation>Onderdelen vandaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="87" />
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="91" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="401" />
        <source>To do</source>
        <translation>Nog te doen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="93" />
        <source>Concerns</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="95" />
        <source>Intervision</source>
        <translation>Intervisie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="114" />
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="123" />
        <source>No lessons</source>
        <translation>Geen lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="124" />
        <source>Choose who you are…</source>
        <translation>Kies wie u bent…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="131" />
        <source>Go to planning</source>
        <translation>Naar de planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="140" />
        <source>Lesson details</source>
        <translation>Gegevens van de les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="141" />
        <source>Lesson &amp;held</source>
        <translation>Les &amp;gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="141" />
        <source>Mark lesson as held</source>
        <translation>Les op gegeven zetten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="142" />
        <source>&amp;Cancel…</source>
        <translation>&amp;Afgelasten…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="142" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="346" />
        <source>Cancel lesson</source>
        <translation>Les afgelasten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="143" />
        <source>&amp;Move…</source>
        <translation>&amp;Verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="143" />
        <location filename="../../../../wishdesk/gui/pages/today.py" line="360" />
        <source>Move lesson</source>
        <translation>Les verplaatsen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="144" />
        <source>Record a con&amp;cern…</source>
        <translation>&amp;Signaal noteren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="145" />
        <source>Record a concern about a pupil</source>
        <translation>Signaal over een leerling noteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="157" />
        <source>Lesson sections</source>
        <translation>Onderdelen van de les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="158" />
        <source>Lesson plan</source>
        <translation>Lesplan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="159" />
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="160" />
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="217" />
        <source>Nobody chosen yet</source>
        <translation>Nog niemand gekozen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="225" />
        <source>You are: %1</source>
        <translation>U bent: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="235" />
        <source>Choose who you are to see your lessons. WIsH Desk remembers your choice for this database.</source>
        <translation>Kies wie u bent om uw lessen te zien. WIsH Desk onthoudt uw keuze voor deze database.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="260" />
        <source>You have no planned lessons.</source>
        <translation>U hebt geen geplande lessen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="297" />
        <source>Lesson %1: %2</source>
        <translation>Les %1: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="299" />
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="302" />
        <source>Teacher: %1 · Specialist: %2</source>
        <translation>Leerkracht: %1 · Specialist: %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="304" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="306" />
        <source>Cancelled: %1</source>
        <translation>Afgelast: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="330" />
        <source>Lesson %1 held</source>
        <translation>Les %1 gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="374" />
        <source>Save attendance</source>
        <translation>Aanwezigheid opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="388" />
        <source>Save reflection</source>
        <translation>Reflectie opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/today.py" line="401" />
        <source>To do (%1)</source>
        <translation>Nog te doen (%1)</translation>
    </message>
</context>
</TS>