<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="172" />
        <location filename="../../../../wishdesk/gui/controller.py" line="180" />
        <location filename="../../../../wishdesk/gui/controller.py" line="272" />
        <source>Cannot open database</source>
        <translation>Cannot open database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="223" />
        <source>You can open it read-only: you can look at everything, but not change anything.</source>
        <translation>You can open it read-only: you can look at everything, but not change anything.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="225" />
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="215" />
        <location filename="../../../../wishdesk/gui/controller.py" line="287" />
        <location filename="../../../../wishdesk/gui/controller.py" line="290" />
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="169" />
        <source>The demo password no longer works for %1; sign in.</source>
        <translation>The demo password no longer works for %1; sign in.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="170" />
        <source>the coordinator</source>
        <translation>the coordinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="213" />
        <source>There is no database at %1 yet. Make a new, empty database there?</source>
        <translation>There is no database at %1 yet. Make a new, empty database there?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="216" />
        <source>Make database</source>
        <translation>Make database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="291" />
        <source>That file already exists. Choose a new name; nothing is overwritten.</source>
        <translation>That file already exists. Choose a new name; nothing is overwritten.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="296" />
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="317" />
        <location filename="../../../../wishdesk/gui/controller.py" line="321" />
        <source>Database file disappeared</source>
        <translation>Database file disappeared</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="317" />
        <source>The database file disappeared while it was open. What WIsH Desk still had open has been saved as %1.</source>
        <translation>The database file disappeared while it was open. What WIsH Desk still had open has been saved as %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="338" />
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="338" />
        <source>The team database on the server is backed up and checked by its administrator.</source>
        <translation>The team database on the server is backed up and checked by its administrator.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="353" />
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="354" />
        <source>Backup saved: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="371" />
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="384" />
        <source>Replace the data in %1 by this backup?

%2

The current state is saved as a backup first, and no backup is deleted.</source>
        <translation>Replace the data in %1 by this backup?

%2

The current state is saved as a backup first, and no backup is deleted.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="387" />
        <location filename="../../../../wishdesk/gui/controller.py" line="399" />
        <location filename="../../../../wishdesk/gui/controller.py" line="408" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="405" />
        <source>The backup has been restored.</source>
        <translation>The backup has been restored.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="407" />
        <source>The state before the restore was saved as %1.</source>
        <translation>The state before the restore was saved as %1.</translation>
    </message>
</context>
</TS>