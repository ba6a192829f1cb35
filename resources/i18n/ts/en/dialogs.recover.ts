<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="65" />
        <source>Recover with recovery key</source>
        <translation>Recover with recovery key</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="67" />
        <source>Type or paste the recovery key from the recovery sheet of %1. Spaces, dashes and small letters do not matter.</source>
        <translation>Type or paste the recovery key from the recovery sheet of %1. Spaces, dashes and small letters do not matter.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="72" />
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="114" />
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="76" />
        <source>Check key</source>
        <translation>Check key</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="87" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="94" />
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="102" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="97" />
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="100" />
        <source>New password for</source>
        <translation>New password for</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="103" />
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="107" />
        <source>Set password and sign in</source>
        <translation>Set password and sign in</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="154" />
        <source>manages accounts</source>
        <translation>manages accounts</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="171" />
        <source>The old password stops working.</source>
        <translation>The old password stops working.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="173" />
        <source>Concerns only %1 could read (%2) stay unreadable for good: their key was locked with the old password.</source>
        <translation>Concerns only %1 could read (%2) stay unreadable for good: their key was locked with the old password.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="176" />
        <source>Concerns others can read too (%2) become readable for %1 again as soon as one of those readers (the author or the school's care coordinator) signs in.</source>
        <translation>Concerns others can read too (%2) become readable for %1 again as soon as one of those readers (the author or the school's care coordinator) signs in.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="180" />
        <source>%1 has no sealed concerns, so nothing becomes unreadable.</source>
        <translation>%1 has no sealed concerns, so nothing becomes unreadable.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="200" />
        <source>The two passwords are not the same; nothing was changed.</source>
        <translation>The two passwords are not the same; nothing was changed.</translation>
    </message>
</context>
</TS>