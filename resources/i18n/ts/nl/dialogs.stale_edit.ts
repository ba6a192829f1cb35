<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>StaleEdit</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="35" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="36" />
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="37" />
        <source>Holiday region</source>
        <translation>Vakantieregio</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="38" />
        <source>Care coordinator</source>
        <translation>Intern begeleider</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="39" />
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="40" />
        <source>Half of the group</source>
        <translation>Groepshelft</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="41" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="42" />
        <source>Contact by</source>
        <translation>Contact via</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="43" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="44" />
        <source>Lessons per day at most</source>
        <translation>Hoogstens lessen per dag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="45" />
        <source>Class video</source>
        <translation>Klassenvideo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="46" />
        <source>Split boys and girls</source>
        <translation>Jongens en meisjes apart</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="47" />
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="48" />
        <source>Purpose</source>
        <translation>Waarvoor</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="49" />
        <source>Granted on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="50" />
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="51" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="52" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="53" />
        <source>What went well</source>
        <translation>Wat ging goed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="54" />
        <source>To change next time</source>
        <translation>Volgende keer anders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="55" />
        <source>Group climate</source>
        <translation>Groepsklimaat</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="56" />
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="57" />
        <source>Observed on</source>
        <translation>Gezien op</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="58" />
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="59" />
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="60" />
        <source>Follow-up</source>
        <translation>Vervolgstap</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="61" />
        <source>Review on</source>
        <translation>Evalueren op</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="62" />
        <source>Followed up</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="63" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="64" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="65" />
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="66" />
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="67" />
        <source>Location</source>
        <translation>Plaats van samenkomst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="68" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="69" />
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="70" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="80" />
        <source>whole class</source>
        <translation>hele klas</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="117" />
        <source>Changed by someone else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="123" />
        <source>Compare both versions and choose which one stays.</source>
        <translation>Vergelijk beide versies en kies welke blijft.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="130" />
        <source>Keep my version</source>
        <translation>Mijn versie bewaren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/stale_edit.py" line="131" />
        <source>Keep their version</source>
        <translation>Hun versie houden</translation>
    </message>
</context>
</TS>