<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ReflectionEditor</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="36" />
        <source>What went well</source>
        <translation>What went well</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="37" />
        <source>Which exercise worked, what did the pupils pick up…</source>
        <translation>Which exercise worked, what did the pupils pick up…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="39" />
        <source>What to change next time</source>
        <translation>What to change next time</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="40" />
        <source>What will you do differently in the next lesson…</source>
        <translation>What will you do differently in the next lesson…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="45" />
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="67" />
        <source>Group climate</source>
        <translation>Group climate</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="46" />
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="47" />
        <source>1 – very restless</source>
        <translation>1 – very restless</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="47" />
        <source>2 – restless</source>
        <translation>2 – restless</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="48" />
        <source>3 – mixed</source>
        <translation>3 – mixed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="48" />
        <source>4 – pleasant</source>
        <translation>4 – pleasant</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="48" />
        <source>5 – very pleasant</source>
        <translation>5 – very pleasant</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="52" />
        <source>Reflection status</source>
        <translation>Reflection status</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="54" />
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="55" />
        <source>Save reflection</source>
        <translation>Save reflection</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="56" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="75" />
        <source>What went well?</source>
        <translation>What went well?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="77" />
        <source>What do we change next time?</source>
        <translation>What do we change next time?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="103" />
        <source>You can write the reflection once the lesson is marked as held.</source>
        <translation>You can write the reflection once the lesson is marked as held.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="105" />
        <source>Draft restored: this text was typed earlier but not saved yet.</source>
        <translation>Draft restored: this text was typed earlier but not saved yet.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="107" />
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="124" />
        <source>Saved by %1.</source>
        <translation>Saved by %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="109" />
        <source>Not written yet.</source>
        <translation>Not written yet.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_reflection.py" line="128" />
        <source>Not saved yet (kept as a draft on this computer).</source>
        <translation>Not saved yet (kept as a draft on this computer).</translation>
    </message>
</context>
</TS>