<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/idle_lock.py" line="64" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/idle_lock.py" line="81" />
        <source>WIsH Desk is locked. %1, enter your password to continue.</source>
        <translation>WIsH Desk is locked. %1, enter your password to continue.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/idle_lock.py" line="83" />
        <source>WIsH Desk was locked after a while without use. %1, enter your password to continue.</source>
        <translation>WIsH Desk was locked after a while without use. %1, enter your password to continue.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/idle_lock.py" line="88" />
        <source>Another person…</source>
        <translation>Another person…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/idle_lock.py" line="91" />
        <source>Sign in as someone else; the undo history is cleared.</source>
        <translation>Sign in as someone else; the undo history is cleared.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/idle_lock.py" line="102" />
        <source>WIsH Desk is locked. Sign in with your own name and password; the undo history is cleared.</source>
        <translation>WIsH Desk is locked. Sign in with your own name and password; the undo history is cleared.</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <location filename="../../../../wishdesk/gui/idle_lock.py" line="37" />
        <source>WIsH Desk is locked.</source>
        <translation>WIsH Desk is locked.</translation>
    </message>
</context>
</TS>