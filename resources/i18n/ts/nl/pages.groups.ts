<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="66"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="67"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="68"/>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="72"/>
        <source>Pupils</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="69"/>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="69"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="70"/>
        <source>Split</source>
        <translation>Gesplitst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="70"/>
        <source>boys/girls</source>
        <translation>jongens/meisjes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="71"/>
        <source>New group…</source>
        <translation>Nieuwe groep…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="73"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="114"/>
        <source>School year:</source>
        <translation>Schooljaar:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="174"/>
        <source>There is no school year or school yet. Set them up first on the Setup page; then you can add groups here.</source>
        <translation>Er is nog geen schooljaar of school. Richt die eerst in op de pagina Inrichting; daarna voegt u hier groepen toe.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="210"/>
        <source>— %1 without boy/girl: they are missing from the split lessons.</source>
        <translation>— %1 zonder jongen/meisje: zij ontbreken in de gesplitste lessen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="75"/>
        <source>Parents&apos; languages</source>
        <translation>Talen ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="77"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="79"/>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="80"/>
        <source>New pupil…</source>
        <translation>Nieuwe leerling…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="84"/>
        <source>Filter schools and groups…</source>
        <translation>Scholen en groepen filteren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="85"/>
        <source>Filter schools and groups</source>
        <translation>Scholen en groepen filteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="65"/>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="145"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="64"/>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="74"/>
        <source>Boy/girl</source>
        <translation>Jongen/meisje</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="88"/>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="90"/>
        <source>Import class list…</source>
        <translation>Klassenlijst importeren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="91"/>
        <source>Import class list</source>
        <translation>Klassenlijst importeren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="93"/>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="187"/>
        <source>Choose a group to see its pupils.</source>
        <translation>Kies een groep om de leerlingen te zien.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="191"/>
        <source>Group %1 of %2: %3 pupils</source>
        <translation>Groep %1 van %2: %3 leerlingen</translation>
    </message>
</context>
</TS>
