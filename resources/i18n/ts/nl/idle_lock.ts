<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/idle_lock.py" line="64" />
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/idle_lock.py" line="81" />
        <source>WIsH Desk is locked. %1, enter your password to continue.</source>
        <translation>WIsH Desk is vergrendeld. %1, vul uw wachtwoord in om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/idle_lock.py" line="83" />
        <source>WIsH Desk was locked after a while without use. %1, enter your password to continue.</source>
        <translation>WIsH Desk is vergrendeld na een tijd zonder gebruik. %1, vul uw wachtwoord in om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/idle_lock.py" line="88" />
        <source>Another person…</source>
        <translation>Iemand anders…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/idle_lock.py" line="91" />
        <source>Sign in as someone else; the undo history is cleared.</source>
        <translation>Meld u aan als iemand anders; de geschiedenis van ongedaan maken wordt gewist.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/idle_lock.py" line="102" />
        <source>WIsH Desk is locked. Sign in with your own name and password; the undo history is cleared.</source>
        <translation>WIsH Desk is vergrendeld. Meld u aan met uw eigen naam en wachtwoord; de geschiedenis van ongedaan maken wordt gewist.</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <location filename="../../../../wishdesk/gui/idle_lock.py" line="37" />
        <source>WIsH Desk is locked.</source>
        <translation>WIsH Desk is vergrendeld.</translation>
    </message>
</context>
</TS>