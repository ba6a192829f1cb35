<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="24" />
        <source>1 change sent</source>
        <translation>1 wijziging verstuurd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="25" />
        <source>%1 changes sent</source>
        <translation>%1 wijzigingen verstuurd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="26" />
        <source>%1 received</source>
        <translation>%1 ontvangen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="28" />
        <location filename="../../../../wishdesk/gui/sync_words.py" line="53" />
        <source>%1 to review</source>
        <translation>%1 te beoordelen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="30" />
        <source>1 planning clash</source>
        <translation>1 planningsconflict</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="31" />
        <source>%1 planning clashes</source>
        <translation>%1 planningsconflicten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="39" />
        <source>last synchronised %1</source>
        <translation>laatst gesynchroniseerd %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="41" />
        <source>not synchronised yet</source>
        <translation>laatst gesynchroniseerd nog nooit</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="43" />
        <source>1 change waiting</source>
        <translation>1 wijziging wacht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="44" />
        <source>%1 changes waiting</source>
        <translation>%1 wijzigingen wachten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="46" />
        <source>1 attendance list</source>
        <translation>1 aanwezigheidslijst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="47" />
        <source>%1 attendance lists</source>
        <translation>%1 aanwezigheidslijsten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="48" />
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="49" />
        <source>(including %1)</source>
        <translation>(o.a. %1)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="59" />
        <source>1 pupil</source>
        <translation>1 leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="59" />
        <source>%1 pupils</source>
        <translation>%1 leerlingen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="60" />
        <source>1 attendance record</source>
        <translation>1 aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="60" />
        <source>%1 attendance records</source>
        <translation>%1 aanwezigheden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="61" />
        <source>1 consent</source>
        <translation>1 toestemming</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="61" />
        <source>%1 consents</source>
        <translation>%1 toestemmingen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="62" />
        <source>1 parent</source>
        <translation>1 ouder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="62" />
        <source>%1 parents</source>
        <translation>%1 ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="63" />
        <source>1 parent link</source>
        <translation>1 ouderkoppeling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="63" />
        <source>%1 parent links</source>
        <translation>%1 ouderkoppelingen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="64" />
        <source>1 return slip</source>
        <translation>1 retourstrook</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="64" />
        <source>%1 return slips</source>
        <translation>%1 retourstroken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="65" />
        <source>1 parent attendance record</source>
        <translation>1 ouderaanwezigheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="66" />
        <source>%1 parent attendance records</source>
        <translation>%1 ouderaanwezigheden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="67" />
        <source>1 reflection</source>
        <translation>1 reflectie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="67" />
        <source>%1 reflections</source>
        <translation>%1 reflecties</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="68" />
        <source>1 concern</source>
        <translation>1 zorgsignaal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="68" />
        <source>%1 concerns</source>
        <translation>%1 zorgsignalen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="84" />
        <source>Access lost: you may no longer see these records, so they were removed from this laptop: %1.</source>
        <translation>Toegang kwijt: u mag deze gegevens niet meer zien, ze zijn van deze laptop gehaald: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="89" />
        <source>After synchronising, the planning clashes (check it under Planning):</source>
        <translation>Na het synchroniseren botst de planning (controleer ze bij Planning):</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/sync_words.py" line="93" />
        <source>Synchronisation cancelled. Nothing was left half done; synchronise again to finish.</source>
        <translation>Synchroniseren afgebroken. Er is niets half gedaan; synchroniseer opnieuw om het af te maken.</translation>
    </message>
</context>
</TS>