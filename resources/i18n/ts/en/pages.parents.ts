<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ParentsPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="49" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="54" />
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="58" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="59" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="60" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="61" />
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="61" />
        <source>whole school</source>
        <translation>whole school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="62" />
        <source>Came</source>
        <translation>Came</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="70" />
        <source>Parent events</source>
        <translation>Parent events</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="74" />
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="74" />
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="246" />
        <source>New parent event</source>
        <translation>New parent event</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="75" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="75" />
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="265" />
        <source>Edit parent event</source>
        <translation>Edit parent event</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="76" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="76" />
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="276" />
        <source>Delete parent event</source>
        <translation>Delete parent event</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="77" />
        <source>Print invitations…</source>
        <translation>Print invitations…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="78" />
        <source>Print invitation letters</source>
        <translation>Print invitation letters</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="94" />
        <source>Lesson of the home activity</source>
        <translation>Lesson of the home activity</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="96" />
        <source>Print home activities…</source>
        <translation>Print home activities…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="97" />
        <source>Print home-activity sheets</source>
        <translation>Print home-activity sheets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="98" />
        <source>Home activity of lesson:</source>
        <translation>Home activity of lesson:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="102" />
        <source>Parents sections</source>
        <translation>Parents sections</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="103" />
        <source>Who came</source>
        <translation>Who came</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="104" />
        <source>Return slips</source>
        <translation>Return slips</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="118" />
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="128" />
        <source>no date yet</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="133" />
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="134" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="287" />
        <source>Save who came</source>
        <translation>Save who came</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="298" />
        <source>Save return slips</source>
        <translation>Save return slips</translation>
    </message>
</context>
</TS>