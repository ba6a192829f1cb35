<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="62" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="63" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="64" />
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="68" />
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="65" />
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="65" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="67" />
        <source>New group…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="69" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="122" />
        <source>School year:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="192" />
        <source>There is no school year or school yet. Set them up first on the Setup page; then you can add groups here.</source>
        <translation>There is no school year or school yet. Set them up first on the Setup page; then you can add groups here.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="269" />
        <source>— %1 without boy/girl: they are missing from the split lessons.</source>
        <translation>— %1 without boy/girl: they are missing from the split lessons.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="71" />
        <source>Parents' languages</source>
        <translation>Parents' languages</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="73" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="76" />
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="78" />
        <source>New pupil…</source>
        <translation>New pupil…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="82" />
        <source>Filter schools and groups…</source>
        <translation>Filter schools and groups…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="83" />
        <source>Filter schools and groups</source>
        <translation>Filter schools and groups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="61" />
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="157" />
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="58" />
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="58" />
        <source>photos</source>
        <translation>photos</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="58" />
        <source>youth care</source>
        <translation>youth care</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="60" />
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="66" />
        <source>Boys/girls apart</source>
        <translation>Boys/girls apart</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="66" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="70" />
        <source>Boy/girl</source>
        <translation>Boy/girl</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="86" />
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="88" />
        <source>Import class list…</source>
        <translation>Import class list…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="89" />
        <source>Import class list</source>
        <translation>Import class list</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="91" />
        <source>Family data (AVG)…</source>
        <translation>Family data (AVG)…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="92" />
        <source>Everything stored about the chosen pupil and their family</source>
        <translation>Everything stored about the chosen pupil and their family</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="93" />
        <source>For a parent's request to see what is stored (right of access)</source>
        <translation>For a parent's request to see what is stored (right of access)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="96" />
        <source>Well-being check…</source>
        <translation>Well-being check…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="97" />
        <source>Enter or print the well-being check of this group</source>
        <translation>Enter or print the well-being check of this group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="100" />
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="246" />
        <source>Choose a group to see its pupils.</source>
        <translation>Choose a group to see its pupils.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/groups.py" line="250" />
        <source>Group %1 of %2: %3 pupils</source>
        <translation>Group %1 of %2: %3 pupils</translation>
    </message>
</context>
</TS>