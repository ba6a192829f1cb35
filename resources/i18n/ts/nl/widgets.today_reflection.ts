<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ReflectionEditor</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="36"/>
        <source>What went well</source>
        <translation>Wat ging goed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="37"/>
        <source>Which exercise worked, what did the pupils pick up…</source>
        <translation>Welke oefening werkte, wat pakten de kinderen op…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="39"/>
        <source>What to change next time</source>
        <translation>Wat volgende keer anders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="40"/>
        <source>What will you do differently in the next lesson…</source>
        <translation>Wat doet u in de volgende les anders…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="45"/>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="67"/>
        <source>Group climate</source>
        <translation>Groepsklimaat</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="46"/>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="47"/>
        <source>1 – very restless</source>
        <translation>1 – erg onrustig</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="47"/>
        <source>2 – restless</source>
        <translation>2 – onrustig</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="48"/>
        <source>3 – mixed</source>
        <translation>3 – wisselend</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="48"/>
        <source>4 – pleasant</source>
        <translation>4 – prettig</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="48"/>
        <source>5 – very pleasant</source>
        <translation>5 – heel prettig</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="52"/>
        <source>Reflection status</source>
        <translation>Status reflectie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="54"/>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="55"/>
        <source>Save reflection</source>
        <translation>Reflectie opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="56"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="75"/>
        <source>What went well?</source>
        <translation>Wat ging goed?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="77"/>
        <source>What do we change next time?</source>
        <translation>Wat doen we volgende keer anders?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="103"/>
        <source>You can write the reflection once the lesson is marked as held.</source>
        <translation>U kunt de reflectie schrijven zodra de les op gegeven staat.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="105"/>
        <source>Draft restored: this text was typed earlier but not saved yet.</source>
        <translation>Concept teruggezet: deze tekst is eerder getypt maar nog niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="107"/>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="124"/>
        <source>Saved by %1.</source>
        <translation>Opgeslagen door %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="109"/>
        <source>Not written yet.</source>
        <translation>Nog niet geschreven.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="128"/>
        <source>Not saved yet (kept as a draft on this computer).</source>
        <translation>Nog niet opgeslagen (als concept bewaard op deze computer).</translation>
    </message>
</context>
</TS>
