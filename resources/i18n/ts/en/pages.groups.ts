<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
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
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="36" />
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="60" />
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="37" />
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="37" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="38" />
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="38" />
        <source>boys/girls</source>
        <translation>boys/girls</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="41" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="42" />
        <source>Subgroup</source>
        <translation>Subgroup</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="42" />
        <source>boys</source>
        <translation>boys</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="42" />
        <source>girls</source>
        <translation>girls</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="43" />
        <source>Parents' languages</source>
        <translation>Parents' languages</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="44" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="45" />
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="49" />
        <source>Filter schools and groups…</source>
        <translation>Filter schools and groups…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="50" />
        <source>Filter schools and groups</source>
        <translation>Filter schools and groups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="58" />
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="83" />
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="61" />
        <source>Choose a group to see its pupils.</source>
        <translation>Choose a group to see its pupils.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="86" />
        <source>paper</source>
        <translation>paper</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="86" />
        <source>parent platform</source>
        <translation>parent platform</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="86" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="89" />
        <source>class video</source>
        <translation>class video</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="89" />
        <source>photos</source>
        <translation>photos</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="90" />
        <source>sharing with youth care</source>
        <translation>sharing with youth care</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="120" />
        <source>Group %1 of %2: %3 pupils</source>
        <translation>Group %1 of %2: %3 pupils</translation>
    </message>
</context>
</TS>