<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="66" />
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="67" />
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="107" />
        <source>School years</source>
        <translation>School years</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="68" />
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="69" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="70" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="71" />
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="79" />
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="72" />
        <source>Lesson programme</source>
        <translation>Lesson programme</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="72" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="73" />
        <source>New school year…</source>
        <translation>New school year…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="74" />
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="86" />
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="108" />
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="75" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="76" />
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="77" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="78" />
        <source>Care coordinator</source>
        <translation>Care coordinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="78" />
        <source>(not chosen yet)</source>
        <translation>(not chosen yet)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="80" />
        <source>Lesson times</source>
        <translation>Lesson times</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="81" />
        <source>New school…</source>
        <translation>New school…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="82" />
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="93" />
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="109" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="83" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="84" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="85" />
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="90" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="87" />
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="88" />
        <source>New staff member…</source>
        <translation>New staff member…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="89" />
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="110" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="91" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="92" />
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="94" />
        <source>On partner maps</source>
        <translation>On partner maps</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="95" />
        <source>New organisation…</source>
        <translation>New organisation…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="106" />
        <source>Setup sections</source>
        <translation>Setup sections</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="111" />
        <source>Partner map</source>
        <translation>Partner map</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="112" />
        <source>Set up the school year here: schools and their lesson times, the people who teach, and the organisations around the schools. Groups and pupils are on the Groups page.</source>
        <translation>Set up the school year here: schools and their lesson times, the people who teach, and the organisations around the schools. Groups and pupils are on the Groups page.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="125" />
        <source>Setup</source>
        <translation>Setup</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="128" />
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="128" />
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="128" />
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="128" />
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="128" />
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="128" />
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="129" />
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="131" />
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="157" />
        <source>Name of the municipality</source>
        <translation>Name of the municipality</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/setup.py" line="160" />
        <source>Municipality saved: %1</source>
        <translation>Municipality saved: %1</translation>
    </message>
</context>
</TS>