<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ParentsPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="52" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="58" />
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="62" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="63" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="64" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="65" />
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="65" />
        <source>whole school</source>
        <translation>whole school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="66" />
        <source>Came</source>
        <translation>Came</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="75" />
        <source>Parent events</source>
        <translation>Parent events</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="79" />
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="79" />
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="255" />
        <source>New parent event</source>
        <translation>New parent event</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="80" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="80" />
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="271" />
        <source>Edit parent event</source>
        <translation>Edit parent event</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="81" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="81" />
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="281" />
        <source>Delete parent event</source>
        <translation>Delete parent event</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="82" />
        <source>Print invitations…</source>
        <translation>Print invitations…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="83" />
        <source>Print invitation letters</source>
        <translation>Print invitation letters</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="99" />
        <source>Lesson of the home activity</source>
        <translation>Lesson of the home activity</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="101" />
        <source>Print home activities…</source>
        <translation>Print home activities…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="102" />
        <source>Print home-activity sheets</source>
        <translation>Print home-activity sheets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="103" />
        <source>Home activity of lesson:</source>
        <translation>Home activity of lesson:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="107" />
        <source>Parents sections</source>
        <translation>Parents sections</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="108" />
        <source>Who came</source>
        <translation>Who came</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="109" />
        <source>Return slips</source>
        <translation>Return slips</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="123" />
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="133" />
        <source>no date yet</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="138" />
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="139" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="290" />
        <source>Save who came</source>
        <translation>Save who came</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="301" />
        <source>Save return slips</source>
        <translation>Save return slips</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="307" />
        <source>Return slips saved.</source>
        <translation>Return slips saved.</translation>
    </message>
</context>
</TS>