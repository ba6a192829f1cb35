<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>ConcernsPanel</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="64" />
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="65" />
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="66" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="67" />
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="68" />
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="70" />
        <source>Follow-up</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="71" />
        <source>Review</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="72" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="74" />
        <source>Concerns</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="78" />
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="79" />
        <source>You see the concerns you wrote, and as care coordinator those of your school. Nobody else sees them; they never go into exports or reports.</source>
        <translation>U ziet de signalen die u zelf schreef, en als intern begeleider die van uw school. Niemand anders ziet ze; ze komen nooit in exports of rapportages.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="88" />
        <source>Confirm care coordinators</source>
        <translation>Intern begeleiders bevestigen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="100" />
        <source>New concern…</source>
        <translation>Nieuw signaal…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="101" />
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="102" />
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="178" />
        <source>Mark followed up</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="103" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="104" />
        <source>Remove expired concerns…</source>
        <translation>Verlopen signalen verwijderen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="129" />
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="133" />
        <source>due</source>
        <translation>nu evalueren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="145" />
        <source>Confirm them with Manage → "Confirm care coordinators" (or the button).</source>
        <translation>Bevestig ze via Beheer → "Intern begeleiders bevestigen" (of met de knop).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="176" />
        <source>No concerns to show.</source>
        <translation>Er zijn geen signalen om te tonen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="178" />
        <source>Open again</source>
        <translation>Weer openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="188" />
        <source>This text is sealed, and your key to it is not here yet. It becomes readable for you as soon as %1 or another reader of it signs in to WIsH Desk; you need not do anything.</source>
        <translation>Deze tekst is versleuteld en uw sleutel ervoor is er nog niet. Hij wordt voor u leesbaar zodra %1 of een andere lezer zich aanmeldt bij WIsH Desk; u hoeft er niets voor te doen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="192" />
        <source>This text is sealed, and your key to it is not here yet. It becomes readable for you as soon as another reader of it signs in to WIsH Desk.</source>
        <translation>Deze tekst is versleuteld en uw sleutel ervoor is er nog niet. Hij wordt voor u leesbaar zodra een andere lezer ervan zich aanmeldt bij WIsH Desk.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="218" />
        <source>Record concern</source>
        <translation>Signaal noteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="240" />
        <source>Edit concern</source>
        <translation>Signaal bewerken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="248" />
        <source>Open concern again</source>
        <translation>Signaal weer openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="248" />
        <source>Mark concern followed up</source>
        <translation>Signaal afsluiten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="259" />
        <source>Delete concern</source>
        <translation>Signaal verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="276" />
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="282" />
        <source>Remove expired concerns</source>
        <translation>Verlopen signalen verwijderen</translation>
    </message>
</context>
</TS>