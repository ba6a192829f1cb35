<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="26"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="28"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="29"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="30"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="31"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="32"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="33"/>
        <source>My hours</source>
        <translation>Mijn uren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="41"/>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="45"/>
        <source>Hours register</source>
        <translation>Urenregistratie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="47"/>
        <source>New meeting…</source>
        <translation>Nieuwe bijeenkomst…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="47"/>
        <source>Edit / attendance…</source>
        <translation>Bewerken / aanwezigheid…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="48"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="49"/>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="108"/>
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="50"/>
        <source>Edit meeting and attendance</source>
        <translation>Bijeenkomst en aanwezigheid bewerken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="51"/>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="133"/>
        <source>Delete meeting</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="80"/>
        <source>Professional development of %1: %2 hour(s) in %3 meeting(s).</source>
        <translation>Professionalisering van %1: %2 uur in %3 bijeenkomst(en).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="125"/>
        <source>Edit meeting</source>
        <translation>Bijeenkomst bewerken</translation>
    </message>
</context>
</TS>
