<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="48" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="75" />
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="48" />
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="48" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="75" />
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="48" />
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="49" />
        <source>Concern</source>
        <translation>Zorgsignaal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="49" />
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="49" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="77" />
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="50" />
        <source>Parent of a pupil</source>
        <translation>Ouder van een leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="50" />
        <source>Return slip</source>
        <translation>Retourstrook</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="51" />
        <source>Parent activity</source>
        <translation>Ouderactiviteit</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="51" />
        <source>Parent attendance</source>
        <translation>Aanwezigheid ouder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="52" />
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="52" />
        <source>Meeting attendance</source>
        <translation>Aanwezigheid overleg</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="52" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="76" />
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="53" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="76" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="53" />
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="53" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="53" />
        <source>Absence</source>
        <translation>Afwezigheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="54" />
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="54" />
        <source>Lesson time</source>
        <translation>Lestijd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="54" />
        <source>Lesson change</source>
        <translation>Leswijziging</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="55" />
        <source>Printed home activities</source>
        <translation>Geprinte thuisopdrachten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="55" />
        <source>Well-being check</source>
        <translation>Welbevindingsmeting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="56" />
        <source>Well-being answer</source>
        <translation>Antwoord welbevinding</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="56" />
        <source>Duo check</source>
        <translation>Duocheck</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="56" />
        <source>Duo answer</source>
        <translation>Antwoord duocheck</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="57" />
        <source>Calendar day</source>
        <translation>Kalenderdag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="57" />
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="57" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="58" />
        <source>Partner of a school</source>
        <translation>Partner van een school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="58" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="76" />
        <source>Lesson plan</source>
        <translation>Lesplan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="59" />
        <source>Lesson step</source>
        <translation>Lesstap</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="59" />
        <source>Home activity</source>
        <translation>Thuisopdracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="59" />
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="60" />
        <source>Programme activity</source>
        <translation>Programma-activiteit</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="60" />
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="60" />
        <source>Staff at a school</source>
        <translation>Medewerker op een school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="61" />
        <source>Teacher of a group</source>
        <translation>Leerkracht van een groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="67" />
        <source>changed here and on the server</source>
        <translation>hier en op de server gewijzigd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="68" />
        <source>changed here, deleted on the server</source>
        <translation>hier gewijzigd, op de server verwijderd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="69" />
        <source>deleted here, changed on the server</source>
        <translation>hier verwijderd, op de server gewijzigd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="70" />
        <source>refused by the server</source>
        <translation>door de server geweigerd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="75" />
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="75" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="77" />
        <source>Teacher</source>
        <translation>Leerkracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="77" />
        <source>Initial</source>
        <translation>Initiaal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="78" />
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="78" />
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="78" />
        <source>Attended</source>
        <translation>Aanwezig geweest</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="79" />
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="79" />
        <source>Fixed in the planning</source>
        <translation>Vast in de planning</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="79" />
        <source>Reason cancelled</source>
        <translation>Reden van afzeggen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="85" />
        <source>First name or pseudonym</source>
        <translation>Voornaam of schuilnaam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="86" />
        <source>Boy or girl</source>
        <translation>Jongen of meisje</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="110" />
        <source>you changed</source>
        <translation>u wijzigde</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="110" />
        <source>colleague changed</source>
        <translation>collega wijzigde</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="111" />
        <source>both changed</source>
        <translation>beiden wijzigden</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="121" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="278" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="301" />
        <source>To review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="126" />
        <source>These changes of yours were not applied, because the same record was changed or deleted on the server as well. Compare both versions and choose; your choice goes to the server with the next synchronisation.</source>
        <translation>Deze wijzigingen van u zijn niet doorgevoerd, omdat hetzelfde gegeven ook op de server is gewijzigd of verwijderd. Vergelijk beide versies en kies; uw keuze gaat met de volgende synchronisatie naar de server.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="132" />
        <source>Changes to review</source>
        <translation>Wijzigingen om te beoordelen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="140" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="237" />
        <source>My version (this laptop)</source>
        <translation>Mijn versie (deze laptop)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="141" />
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="237" />
        <source>Their version (server)</source>
        <translation>Hun versie (server)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="142" />
        <source>Per field (as chosen above)</source>
        <translation>Per veld kiezen (zoals hierboven)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="149" />
        <source>Keep:</source>
        <translation>Bewaar:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="210" />
        <source>Nothing to review.</source>
        <translation>Niets te beoordelen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="217" />
        <source>Their version: deleted on the server.</source>
        <translation>Hun versie: op de server verwijderd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="219" />
        <source>My version: deleted on this laptop.</source>
        <translation>Mijn versie: op deze laptop verwijderd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="227" />
        <source>A field only one side changed is preset to that side; a field you both changed is yours to choose.</source>
        <translation>Een veld dat maar één kant wijzigde, staat al op die kant; een veld dat u allebei wijzigde, kiest u zelf.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="229" />
        <source>This change was made before this version of WIsH Desk, so who changed which field is not known: choose each field.</source>
        <translation>Deze wijziging is gemaakt vóór deze versie van WIsH Desk, dus wie welk veld wijzigde is niet bekend: kies elk veld zelf.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="248" />
        <source>Choose mine or theirs for every differing field first.</source>
        <translation>Kies eerst bij elk verschillend veld mijn of hun versie.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="283" />
        <source>Your change is dropped: the record stays as it is on the server, and nothing is sent.</source>
        <translation>Uw wijziging vervalt: het gegeven blijft zoals het op de server staat, en er wordt niets verstuurd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="285" />
        <source>The record is deleted on this laptop, and on the server with the next synchronisation.</source>
        <translation>Het gegeven wordt op deze laptop verwijderd, en bij de volgende synchronisatie ook op de server.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="287" />
        <source>This laptop keeps your version; with the next synchronisation it replaces the version on the server.</source>
        <translation>Deze laptop houdt uw versie; bij de volgende synchronisatie vervangt die de versie op de server.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="292" />
        <source>The record gets %1 from your version and everything else from the server's; with the next synchronisation that goes to the server.</source>
        <translation>Het gegeven krijgt %1 uit uw versie en al het andere uit die van de server; bij de volgende synchronisatie gaat dat naar de server.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="294" />
        <source>This cannot be undone with Undo (afterwards you can still edit the record as usual).</source>
        <translation>Dit kunt u niet ongedaan maken met Ongedaan maken (daarna kunt u het gegeven gewoon weer bewerken).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sync_conflicts.py" line="303" />
        <source>Apply this choice</source>
        <translation>Deze keuze toepassen</translation>
    </message>
</context>
</TS>