<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="66" />
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="67" />
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="107" />
        <source>School years</source>
        <translation>Schooljaren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="68" />
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="69" />
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="70" />
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="71" />
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="79" />
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="72" />
        <source>Lesson programme</source>
        <translation>Lesprogramma</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="72" />
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="73" />
        <source>New school year…</source>
        <translation>Nieuw schooljaar…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="74" />
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="86" />
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="108" />
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="75" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="76" />
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="77" />
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="78" />
        <source>Care coordinator</source>
        <translation>Intern begeleider</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="78" />
        <source>(not chosen yet)</source>
        <translation>(nog niet gekozen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="80" />
        <source>Lesson times</source>
        <translation>Lestijden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="81" />
        <source>New school…</source>
        <translation>Nieuwe school…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="82" />
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="93" />
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="109" />
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="83" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="84" />
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="85" />
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="90" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="87" />
        <source>Working days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="88" />
        <source>New staff member…</source>
        <translation>Nieuwe medewerker…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="89" />
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="110" />
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="91" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="92" />
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="94" />
        <source>On partner maps</source>
        <translation>Op partnerkaarten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="95" />
        <source>New organisation…</source>
        <translation>Nieuwe organisatie…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="106" />
        <source>Setup sections</source>
        <translation>Onderdelen van de inrichting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="111" />
        <source>Partner map</source>
        <translation>Partnerkaart</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="112" />
        <source>Set up the school year here: schools and their lesson times, the people who teach, and the organisations around the schools. Groups and pupils are on the Groups page.</source>
        <translation>Richt hier het schooljaar in: scholen en hun lestijden, de mensen die lesgeven en de organisaties rond de scholen. Groepen en leerlingen staan op de pagina Groepen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="125" />
        <source>Setup</source>
        <translation>Inrichting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="128" />
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="128" />
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="128" />
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="128" />
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="128" />
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="128" />
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="129" />
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="131" />
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="157" />
        <source>Name of the municipality</source>
        <translation>Naam van de gemeente</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="160" />
        <source>Municipality saved: %1</source>
        <translation>Gemeente opgeslagen: %1</translation>
    </message>
</context>
</TS>