<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="24" />
        <source>1 change sent</source>
        <translation>1 change sent</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="25" />
        <source>%1 changes sent</source>
        <translation>%1 changes sent</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="26" />
        <source>%1 received</source>
        <translation>%1 received</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="28" />
        <location filename="../../../../wishdesk/gui/sync_words.py" line="53" />
        <source>%1 to review</source>
        <translation>%1 to review</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="30" />
        <source>1 planning clash</source>
        <translation>1 planning clash</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="31" />
        <source>%1 planning clashes</source>
        <translation>%1 planning clashes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="39" />
        <source>last synchronised %1</source>
        <translation>last synchronised %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="41" />
        <source>not synchronised yet</source>
        <translation>not synchronised yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="43" />
        <source>1 change waiting</source>
        <translation>1 change waiting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="44" />
        <source>%1 changes waiting</source>
        <translation>%1 changes waiting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="46" />
        <source>1 attendance list</source>
        <translation>1 attendance list</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="47" />
        <source>%1 attendance lists</source>
        <translation>%1 attendance lists</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="48" />
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="49" />
        <source>(including %1)</source>
        <translation>(including %1)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="59" />
        <source>1 pupil</source>
        <translation>1 pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="59" />
        <source>%1 pupils</source>
        <translation>%1 pupils</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="60" />
        <source>1 attendance record</source>
        <translation>1 attendance record</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="60" />
        <source>%1 attendance records</source>
        <translation>%1 attendance records</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="61" />
        <source>1 consent</source>
        <translation>1 consent</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="61" />
        <source>%1 consents</source>
        <translation>%1 consents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="62" />
        <source>1 parent</source>
        <translation>1 parent</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="62" />
        <source>%1 parents</source>
        <translation>%1 parents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="63" />
        <source>1 parent link</source>
        <translation>1 parent link</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="63" />
        <source>%1 parent links</source>
        <translation>%1 parent links</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="64" />
        <source>1 return slip</source>
        <translation>1 return slip</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="64" />
        <source>%1 return slips</source>
        <translation>%1 return slips</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="65" />
        <source>1 parent attendance record</source>
        <translation>1 parent attendance record</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="66" />
        <source>%1 parent attendance records</source>
        <translation>%1 parent attendance records</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="67" />
        <source>1 reflection</source>
        <translation>1 reflection</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="67" />
        <source>%1 reflections</source>
        <translation>%1 reflections</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="68" />
        <source>1 concern</source>
        <translation>1 concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="68" />
        <source>%1 concerns</source>
        <translation>%1 concerns</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="84" />
        <source>Access lost: you may no longer see these records, so they were removed from this laptop: %1.</source>
        <translation>Access lost: you may no longer see these records, so they were removed from this laptop: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="89" />
        <source>After synchronising, the planning clashes (check it under Planning):</source>
        <translation>After synchronising, the planning clashes (check it under Planning):</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="93" />
        <source>Synchronisation cancelled. Nothing was left half done; synchronise again to finish.</source>
        <translation>Synchronisation cancelled. Nothing was left half done; synchronise again to finish.</translation>
    </message>
</context>
</TS>