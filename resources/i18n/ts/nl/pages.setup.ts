<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="64"/>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="65"/>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="105"/>
        <source>School years</source>
        <translation>Schooljaren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="66"/>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="67"/>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="68"/>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="69"/>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="77"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="70"/>
        <source>Lesson programme</source>
        <translation>Lesprogramma</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="70"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="71"/>
        <source>New school year…</source>
        <translation>Nieuw schooljaar…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="72"/>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="84"/>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="106"/>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="73"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="74"/>
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="75"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="76"/>
        <source>Care coordinator</source>
        <translation>Intern begeleider</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="76"/>
        <source>(not chosen yet)</source>
        <translation>(nog niet gekozen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="78"/>
        <source>Lesson times</source>
        <translation>Lestijden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="79"/>
        <source>New school…</source>
        <translation>Nieuwe school…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="80"/>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="91"/>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="107"/>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="81"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="82"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="83"/>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="88"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="85"/>
        <source>Working days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="86"/>
        <source>New staff member…</source>
        <translation>Nieuwe medewerker…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="87"/>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="108"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="89"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="90"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="92"/>
        <source>On partner maps</source>
        <translation>Op partnerkaarten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="93"/>
        <source>New organisation…</source>
        <translation>Nieuwe organisatie…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="104"/>
        <source>Setup sections</source>
        <translation>Onderdelen van de inrichting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="109"/>
        <source>Partner map</source>
        <translation>Partnerkaart</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="110"/>
        <source>Set up the school year here: schools and their lesson times, the people who teach, and the organisations around the schools. Groups and pupils are on the Groups page.</source>
        <translation>Richt hier het schooljaar in: scholen en hun lestijden, de mensen die lesgeven en de organisaties rond de scholen. Groepen en leerlingen staan op de pagina Groepen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="120"/>
        <source>Setup</source>
        <translation>Inrichting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="123"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="123"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="123"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="123"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="123"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="123"/>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="124"/>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="126"/>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
</context>
</TS>
