<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="18" />
        <source>Welcome to WIsH Desk</source>
        <translation>Welcome to WIsH Desk</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="23" />
        <source>&lt;h2&gt;Welcome to WIsH Desk&lt;/h2&gt;&lt;p&gt;There is no database on this computer yet. Do you want to start with an empty database, or look around first in a demo municipality?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to WIsH Desk&lt;/h2&gt;&lt;p&gt;There is no database on this computer yet. Do you want to start with an empty database, or look around first in a demo municipality?&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="28" />
        <source>Start with an &amp;empty database</source>
        <translation>Start with an &amp;empty database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="28" />
        <source>For the real school year. It is encrypted: you make the first account (name and password).</source>
        <translation>For the real school year. It is encrypted: you make the first account (name and password).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="29" />
        <source>Try the &amp;demo municipality</source>
        <translation>Try the &amp;demo municipality</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="29" />
        <source>Six schools with made-up pupils; safe to try anything.</source>
        <translation>Six schools with made-up pupils; safe to try anything.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="30" />
        <source>&amp;Open an existing database…</source>
        <translation>&amp;Open an existing database…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="30" />
        <source>For example one a colleague gave you.</source>
        <translation>For example one a colleague gave you.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="41" />
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="42" />
        <source>WIsH Desk database (*.sqlite *.db);;All files (*)</source>
        <translation>WIsH Desk database (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
</TS>