<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>ConcernsPanel</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="51" />
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="52" />
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="53" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="54" />
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="55" />
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="56" />
        <source>Follow-up</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="57" />
        <source>Review</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="58" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="60" />
        <source>Concerns</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="64" />
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="65" />
        <source>You see the concerns you wrote, and as care coordinator those of your school. Nobody else sees them; they never go into exports or reports.</source>
        <translation>U ziet de signalen die u zelf schreef, en als intern begeleider die van uw school. Niemand anders ziet ze; ze komen nooit in exports of rapportages.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="68" />
        <source>New concern…</source>
        <translation>Nieuw signaal…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="69" />
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="70" />
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="126" />
        <source>Mark followed up</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="71" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="72" />
        <source>Remove expired concerns…</source>
        <translation>Verlopen signalen verwijderen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="96" />
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="100" />
        <source>due</source>
        <translation>nu evalueren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="124" />
        <source>No concerns to show.</source>
        <translation>Er zijn geen signalen om te tonen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="126" />
        <source>Open again</source>
        <translation>Weer openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="159" />
        <source>Record concern</source>
        <translation>Signaal noteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="178" />
        <source>Edit concern</source>
        <translation>Signaal bewerken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="184" />
        <source>Open concern again</source>
        <translation>Signaal weer openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="184" />
        <source>Mark concern followed up</source>
        <translation>Signaal afsluiten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="197" />
        <source>Delete concern</source>
        <translation>Signaal verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="213" />
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_concerns.py" line="219" />
        <source>Remove expired concerns</source>
        <translation>Verlopen signalen verwijderen</translation>
    </message>
</context>
</TS>