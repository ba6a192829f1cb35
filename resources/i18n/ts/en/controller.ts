<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="173" />
        <location filename="../../../../wishdesk/gui/controller.py" line="181" />
        <location filename="../../../../wishdesk/gui/controller.py" line="273" />
        <source>Cannot open database</source>
        <translation>Cannot open database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="224" />
        <source>You can open it read-only: you can look at everything, but not change anything.</source>
        <translation>You can open it read-only: you can look at everything, but not change anything.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="226" />
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="216" />
        <location filename="../../../../wishdesk/gui/controller.py" line="288" />
        <location filename="../../../../wishdesk/gui/controller.py" line="291" />
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="170" />
        <source>The demo password no longer works for %1; sign in.</source>
        <translation>The demo password no longer works for %1; sign in.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="171" />
        <source>the coordinator</source>
        <translation>the coordinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="214" />
        <source>There is no database at %1 yet. Make a new, empty database there?</source>
        <translation>There is no database at %1 yet. Make a new, empty database there?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="217" />
        <source>Make database</source>
        <translation>Make database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="292" />
        <source>That file already exists. Choose a new name; nothing is overwritten.</source>
        <translation>That file already exists. Choose a new name; nothing is overwritten.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="297" />
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="318" />
        <location filename="../../../../wishdesk/gui/controller.py" line="322" />
        <source>Database file disappeared</source>
        <translation>Database file disappeared</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="318" />
        <source>The database file disappeared while it was open. What WIsH Desk still had open has been saved as %1.</source>
        <translation>The database file disappeared while it was open. What WIsH Desk still had open has been saved as %1.</translation>
    </message>
</context>
</TS>