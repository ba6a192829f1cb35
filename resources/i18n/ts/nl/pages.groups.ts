<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="62"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="63"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="64"/>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="68"/>
        <source>Pupils</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="65"/>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="65"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="67"/>
        <source>New group…</source>
        <translation>Nieuwe groep…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="69"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="122"/>
        <source>School year:</source>
        <translation>Schooljaar:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="192"/>
        <source>There is no school year or school yet. Set them up first on the Setup page; then you can add groups here.</source>
        <translation>Er is nog geen schooljaar of school. Richt die eerst in op de pagina Inrichting; daarna voegt u hier groepen toe.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="269"/>
        <source>— %1 without boy/girl: they are missing from the split lessons.</source>
        <translation>— %1 zonder jongen/meisje: zij ontbreken in de gesplitste lessen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="71"/>
        <source>Parents&apos; languages</source>
        <translation>Talen ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="73"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="76"/>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="78"/>
        <source>New pupil…</source>
        <translation>Nieuwe leerling…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="82"/>
        <source>Filter schools and groups…</source>
        <translation>Scholen en groepen filteren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="83"/>
        <source>Filter schools and groups</source>
        <translation>Scholen en groepen filteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="61"/>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="157"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="58"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="58"/>
        <source>photos</source>
        <translation>foto&apos;s</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="58"/>
        <source>youth care</source>
        <translation>jeugdhulp</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="60"/>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="66"/>
        <source>Boys/girls apart</source>
        <translation>Apart (j/m)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="66"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="70"/>
        <source>Boy/girl</source>
        <translation>Jongen/meisje</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="86"/>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="88"/>
        <source>Import class list…</source>
        <translation>Klassenlijst importeren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="89"/>
        <source>Import class list</source>
        <translation>Klassenlijst importeren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="91"/>
        <source>Family data (AVG)…</source>
        <translation>Gezinsgegevens (AVG)…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="92"/>
        <source>Everything stored about the chosen pupil and their family</source>
        <translation>Alles wat over de gekozen leerling en het gezin is opgeslagen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="93"/>
        <source>For a parent&apos;s request to see what is stored (right of access)</source>
        <translation>Voor een ouder die wil zien wat er is opgeslagen (recht op inzage)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="96"/>
        <source>Well-being check…</source>
        <translation>Welzijnscheck…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="97"/>
        <source>Enter or print the well-being check of this group</source>
        <translation>De welzijnscheck van deze groep invoeren of printen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="100"/>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="246"/>
        <source>Choose a group to see its pupils.</source>
        <translation>Kies een groep om de leerlingen te zien.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="250"/>
        <source>Group %1 of %2: %3 pupils</source>
        <translation>Groep %1 van %2: %3 leerlingen</translation>
    </message>
</context>
</TS>
