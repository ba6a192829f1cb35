<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="25"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="26"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="27"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="28"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="29"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="30"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="31"/>
        <source>My hours</source>
        <translation>Mijn uren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="39"/>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="43"/>
        <source>Hours register</source>
        <translation>Urenregistratie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="45"/>
        <source>New meeting…</source>
        <translation>Nieuwe bijeenkomst…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="45"/>
        <source>Edit / attendance…</source>
        <translation>Bewerken / aanwezigheid…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="46"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="47"/>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="111"/>
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="48"/>
        <source>Edit meeting and attendance</source>
        <translation>Bijeenkomst en aanwezigheid bewerken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="49"/>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="143"/>
        <source>Delete meeting</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="78"/>
        <source>Professional development of %1: %2 hour(s) in %3 meeting(s).</source>
        <translation>Professionalisering van %1: %2 uur in %3 bijeenkomst(en).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_meetings.py" line="132"/>
        <source>Edit meeting</source>
        <translation>Bijeenkomst bewerken</translation>
    </message>
</context>
</TS>
