<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="39" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="66" />
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="39" />
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="39" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="66" />
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="39" />
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="40" />
        <source>Concern</source>
        <translation>Zorgsignaal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="40" />
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="40" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="68" />
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="41" />
        <source>Parent of a pupil</source>
        <translation>Ouder van een leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="41" />
        <source>Return slip</source>
        <translation>Retourstrook</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="42" />
        <source>Parent activity</source>
        <translation>Ouderactiviteit</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="42" />
        <source>Parent attendance</source>
        <translation>Aanwezigheid ouder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="43" />
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="43" />
        <source>Meeting attendance</source>
        <translation>Aanwezigheid overleg</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="43" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="67" />
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="44" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="67" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="44" />
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="44" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="44" />
        <source>Absence</source>
        <translation>Afwezigheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="45" />
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="45" />
        <source>Lesson time</source>
        <translation>Lestijd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="45" />
        <source>Lesson change</source>
        <translation>Leswijziging</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="46" />
        <source>Printed home activities</source>
        <translation>Geprinte thuisopdrachten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="46" />
        <source>Well-being check</source>
        <translation>Welbevindingsmeting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="47" />
        <source>Well-being answer</source>
        <translation>Antwoord welbevinding</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="47" />
        <source>Duo check</source>
        <translation>Duocheck</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="47" />
        <source>Duo answer</source>
        <translation>Antwoord duocheck</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="48" />
        <source>Calendar day</source>
        <translation>Kalenderdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="48" />
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="48" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="49" />
        <source>Partner of a school</source>
        <translation>Partner van een school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="49" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="67" />
        <source>Lesson plan</source>
        <translation>Lesplan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="50" />
        <source>Lesson step</source>
        <translation>Lesstap</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="50" />
        <source>Home activity</source>
        <translation>Thuisopdracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="50" />
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="51" />
        <source>Programme activity</source>
        <translation>Programma-activiteit</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="51" />
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="51" />
        <source>Staff at a school</source>
        <translation>Medewerker op een school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="52" />
        <source>Teacher of a group</source>
        <translation>Leerkracht van een groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="58" />
        <source>changed here and on the server</source>
        <translation>hier en op de server gewijzigd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="59" />
        <source>changed here, deleted on the server</source>
        <translation>hier gewijzigd, op de server verwijderd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="60" />
        <source>deleted here, changed on the server</source>
        <translation>hier verwijderd, op de server gewijzigd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="61" />
        <source>refused by the server</source>
        <translation>door de server geweigerd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="66" />
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="66" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="68" />
        <source>Teacher</source>
        <translation>Leerkracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="68" />
        <source>Initial</source>
        <translation>Initiaal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="69" />
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="69" />
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="69" />
        <source>Attended</source>
        <translation>Aanwezig geweest</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="70" />
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="70" />
        <source>Fixed in the planning</source>
        <translation>Vast in de planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="70" />
        <source>Reason cancelled</source>
        <translation>Reden van afzeggen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="76" />
        <source>First name or pseudonym</source>
        <translation>Voornaam of schuilnaam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="77" />
        <source>Boy or girl</source>
        <translation>Jongen of meisje</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="106" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="253" />
        <source>To review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="111" />
        <source>These changes of yours were not applied, because the same record was changed or deleted on the server as well. Compare both versions and choose; your choice goes to the server with the next synchronisation.</source>
        <translation>Deze wijzigingen van u zijn niet doorgevoerd, omdat hetzelfde gegeven ook op de server is gewijzigd of verwijderd. Vergelijk beide versies en kies; uw keuze gaat met de volgende synchronisatie naar de server.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="117" />
        <source>Changes to review</source>
        <translation>Wijzigingen om te beoordelen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="125" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="214" />
        <source>My version (this laptop)</source>
        <translation>Mijn versie (deze laptop)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="126" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="214" />
        <source>Their version (server)</source>
        <translation>Hun versie (server)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="127" />
        <source>Per field (as chosen above)</source>
        <translation>Per veld kiezen (zoals hierboven)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="134" />
        <source>Keep:</source>
        <translation>Bewaar:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="195" />
        <source>Nothing to review.</source>
        <translation>Niets te beoordelen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="202" />
        <source>Their version: deleted on the server.</source>
        <translation>Hun versie: op de server verwijderd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="204" />
        <source>My version: deleted on this laptop.</source>
        <translation>Mijn versie: op deze laptop verwijderd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="225" />
        <source>Choose mine or theirs for every differing field first.</source>
        <translation>Kies eerst bij elk verschillend veld mijn of hun versie.</translation>
    </message>
</context>
</TS>