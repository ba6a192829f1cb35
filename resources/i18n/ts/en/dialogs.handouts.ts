<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>HandoutsDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="54" />
        <source>Print home activity</source>
        <translation>Print home activity</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="56" />
        <source>What to print</source>
        <translation>What to print</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="57" />
        <source>Home activity for the parents</source>
        <translation>Home activity for the parents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="58" />
        <source>Lesson plan for the duo</source>
        <translation>Lesson plan for the duo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="60" />
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="65" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="64" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="66" />
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="67" />
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="68" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="70" />
        <source>Without a translation</source>
        <translation>Without a translation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="71" />
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="77" />
        <source>Count as handed out</source>
        <translation>Count as handed out</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="78" />
        <source>Count the saved sheets as handed out in the report</source>
        <translation>Count the saved sheets as handed out in the report</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="81" />
        <source>Many groups at once…</source>
        <translation>Many groups at once…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="82" />
        <source>Home activities for all groups of a school or the municipality</source>
        <translation>Home activities for all groups of a school or the municipality</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="113" />
        <source>Loading groups and lessons…</source>
        <translation>Loading groups and lessons…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="137" />
        <source>%1 – group %2</source>
        <translation>%1 – group %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="144" />
        <source>There are no groups in this school year yet.</source>
        <translation>There are no groups in this school year yet.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="201" />
        <source>Making the preview…</source>
        <translation>Making the preview…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="216" />
        <source>Lesson plan: %1 pages. Dutch only; not recorded.</source>
        <translation>Lesson plan: %1 pages. Dutch only; not recorded.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="221" />
        <source>%1 sheets on %2 pages. Languages: %3.</source>
        <translation>%1 sheets on %2 pages. Languages: %3.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="224" />
        <source>Not checked by a person: the translation into %1. If you can, have a native speaker read the sheet before you hand it out.</source>
        <translation>Not checked by a person: the translation into %1. If you can, have a native speaker read the sheet before you hand it out.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="227" />
        <source>%1 families have a language without texts: they get %2.</source>
        <translation>%1 families have a language without texts: they get %2.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="242" />
        <source>On A5, sheets in these languages take both halves of their page, so the text stays readable: %1.</source>
        <translation>On A5, sheets in these languages take both halves of their page, so the text stays readable: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="248" />
        <source>1 pupil without consent for the class video: no QR code.</source>
        <translation>1 pupil without consent for the class video: no QR code.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="249" />
        <source>%1 pupils without consent for the class video: no QR code.</source>
        <translation>%1 pupils without consent for the class video: no QR code.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="252" />
        <source>With a QR code to the class video (every pupil has consent).</source>
        <translation>With a QR code to the class video (every pupil has consent).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="259" />
        <source>Nothing to print.</source>
        <translation>Nothing to print.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="269" />
        <source>Saved; not counted in the report. Printed it and handed it out? Then count it.</source>
        <translation>Saved; not counted in the report. Printed it and handed it out? Then count it.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="279" />
        <source>Not recorded: the database is open read-only.</source>
        <translation>Not recorded: the database is open read-only.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="283" />
        <source>Recorded for the report: %1 sheets, group %2, lesson %3.</source>
        <translation>Recorded for the report: %1 sheets, group %2, lesson %3.</translation>
    </message>
</context>
</TS>