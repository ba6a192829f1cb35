<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="31" />
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="31" />
        <source>The team database on the server is backed up and checked by its administrator.</source>
        <translation>The team database on the server is backed up and checked by its administrator.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="46" />
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="47" />
        <source>Backup saved: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="64" />
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="77" />
        <source>Replace the data in %1 by this backup?

%2

The current state is saved as a backup first, and no backup is deleted.</source>
        <translation>Replace the data in %1 by this backup?

%2

The current state is saved as a backup first, and no backup is deleted.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="80" />
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="92" />
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="101" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="98" />
        <source>The backup has been restored.</source>
        <translation>The backup has been restored.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/safety_actions.py" line="100" />
        <source>The state before the restore was saved as %1.</source>
        <translation>The state before the restore was saved as %1.</translation>
    </message>
</context>
</TS>