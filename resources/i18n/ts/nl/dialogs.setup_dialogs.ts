<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="136" />
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="137" />
        <source>Organisation %1</source>
        <translation>Organisatie %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="140" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="141" />
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="142" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="143" />
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="144" />
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="145" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="81" />
        <source>New school</source>
        <translation>Nieuwe school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="82" />
        <source>School %1</source>
        <translation>School %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="85" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="86" />
        <source>e.g. OBS De Linde</source>
        <translation>bijvoorbeeld OBS De Linde</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="87" />
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="88" />
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="89" />
        <source>Holiday region</source>
        <translation>Vakantieregio</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="89" />
        <source>From the town</source>
        <translation>Volgens de plaats</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="110" />
        <source>%1 is in the holiday region %2.</source>
        <translation>%1 ligt in vakantieregio %2.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="112" />
        <source>Note: %1 is in the holiday region %2.</source>
        <translation>Let op: %1 ligt in vakantieregio %2.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="117" />
        <source>The region of %1 is not known here: choose it (e.g. %2: %3).</source>
        <translation>De regio van %1 is hier niet bekend: kies hem (bijvoorbeeld %2: %3).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="120" />
        <source>From the town, e.g. %1: %2; %3: %4.</source>
        <translation>Volgens de plaats, bijvoorbeeld %1: %2; %3: %4.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="95" />
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="96" />
        <source>Care coordinator (IB)</source>
        <translation>Intern begeleider (IB'er)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="96" />
        <source>(not chosen yet)</source>
        <translation>(nog niet gekozen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="98" />
        <source>Only staff with the role care coordinator are listed; add them under Staff.</source>
        <translation>Alleen medewerkers met de rol intern begeleider staan hier; voeg ze toe onder Medewerkers.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="99" />
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="102" />
        <source>Lesson times for groep 6</source>
        <translation>Lestijden voor groep 6</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="100" />
        <source>No lesson times yet: lessons for this school cannot be planned until you add them.</source>
        <translation>Nog geen lestijden: lessen voor deze school kunnen pas worden gepland als u ze toevoegt.</translation>
    </message>
</context>
<context>
    <name>SetupCrud</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="157" />
        <source>school year %1</source>
        <translation>schooljaar %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="166" />
        <source>school %1</source>
        <translation>school %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="177" />
        <source>organisation %1</source>
        <translation>organisatie %1</translation>
    </message>
</context>
<context>
    <name>YearDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="43" />
        <source>New school year</source>
        <translation>Nieuw schooljaar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="44" />
        <source>School year %1</source>
        <translation>Schooljaar %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="50" />
        <source>from August </source>
        <translation>vanaf augustus </translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="51" />
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="52" />
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="53" />
        <source>Copy the lesson programme of</source>
        <translation>Lesprogramma kopiëren van</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="54" />
        <source>The new year gets its own copy: changing it never alters lessons already given.</source>
        <translation>Het nieuwe jaar krijgt een eigen kopie: aanpassen verandert nooit lessen die al gegeven zijn.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="56" />
        <source>Add school holidays and public holidays</source>
        <translation>Schoolvakanties en feestdagen toevoegen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="59" />
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="61" />
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="60" />
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="62" />
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="63" />
        <source>Lesson programme: %1. You adapt it on the Lessons page.</source>
        <translation>Lesprogramma: %1. U past het aan op de pagina Lessen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/setup_dialogs.py" line="64" />
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
</TS>