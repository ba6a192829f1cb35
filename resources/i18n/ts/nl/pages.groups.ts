<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="34" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="35" />
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="36" />
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="60" />
        <source>Pupils</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="37" />
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="37" />
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="38" />
        <source>Split</source>
        <translation>Gesplitst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="38" />
        <source>boys/girls</source>
        <translation>jongens/meisjes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="41" />
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="42" />
        <source>Subgroup</source>
        <translation>Subgroep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="42" />
        <source>boys</source>
        <translation>jongens</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="42" />
        <source>girls</source>
        <translation>meisjes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="43" />
        <source>Parents' languages</source>
        <translation>Talen ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="44" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="45" />
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="49" />
        <source>Filter schools and groups…</source>
        <translation>Scholen en groepen filteren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="50" />
        <source>Filter schools and groups</source>
        <translation>Scholen en groepen filteren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="58" />
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="83" />
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="61" />
        <source>Choose a group to see its pupils.</source>
        <translation>Kies een groep om de leerlingen te zien.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="86" />
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="86" />
        <source>parent platform</source>
        <translation>ouderplatform</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="86" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="89" />
        <source>class video</source>
        <translation>klassenvideo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="89" />
        <source>photos</source>
        <translation>foto's</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="90" />
        <source>sharing with youth care</source>
        <translation>delen met jeugdhulp</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="120" />
        <source>Group %1 of %2: %3 pupils</source>
        <translation>Groep %1 van %2: %3 leerlingen</translation>
    </message>
</context>
</TS>