<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="66" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="67" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="68" />
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="72" />
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="69" />
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="69" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="70" />
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="70" />
        <source>boys/girls</source>
        <translation>boys/girls</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="71" />
        <source>New group…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="73" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="114" />
        <source>School year:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="174" />
        <source>There is no school year or school yet. Set them up first on the Setup page; then you can add groups here.</source>
        <translation>There is no school year or school yet. Set them up first on the Setup page; then you can add groups here.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="210" />
        <source>— %1 without boy/girl: they are missing from the split lessons.</source>
        <translation>— %1 without boy/girl: they are missing from the split lessons.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="75" />
        <source>Parents' languages</source>
        <translation>Parents' languages</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="77" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="79" />
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="80" />
        <source>New pupil…</source>
        <translation>New pupil…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="84" />
        <source>Filter schools and groups…</source>
        <translation>Filter schools and groups…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="85" />
        <source>Filter schools and groups</source>
        <translation>Filter schools and groups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="65" />
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="145" />
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="64" />
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="74" />
        <source>Boy/girl</source>
        <translation>Boy/girl</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="88" />
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="90" />
        <source>Import class list…</source>
        <translation>Import class list…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="91" />
        <source>Import class list</source>
        <translation>Import class list</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="93" />
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="187" />
        <source>Choose a group to see its pupils.</source>
        <translation>Choose a group to see its pupils.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="191" />
        <source>Group %1 of %2: %3 pupils</source>
        <translation>Group %1 of %2: %3 pupils</translation>
    </message>
</context>
</TS>