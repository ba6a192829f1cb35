<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="64" />
        <source>Recover with recovery key</source>
        <translation>Recover with recovery key</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="66" />
        <source>Type or paste the recovery key from the recovery sheet of %1. Spaces, dashes and small letters do not matter.</source>
        <translation>Type or paste the recovery key from the recovery sheet of %1. Spaces, dashes and small letters do not matter.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="71" />
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="112" />
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="74" />
        <source>Check key</source>
        <translation>Check key</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="85" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="92" />
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="100" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="95" />
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="98" />
        <source>New password for</source>
        <translation>New password for</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="101" />
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="105" />
        <source>Set password and sign in</source>
        <translation>Set password and sign in</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="146" />
        <source> (programme coordinator)</source>
        <translation> (programme coordinator)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="163" />
        <source>The old password stops working.</source>
        <translation>The old password stops working.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="165" />
        <source>Concerns only %1 could read (%2) stay unreadable for good: their key was locked with the old password.</source>
        <translation>Concerns only %1 could read (%2) stay unreadable for good: their key was locked with the old password.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="168" />
        <source>Concerns others can read too (%2) become readable for %1 again as soon as one of those readers (the author or the school's care coordinator) signs in.</source>
        <translation>Concerns others can read too (%2) become readable for %1 again as soon as one of those readers (the author or the school's care coordinator) signs in.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="172" />
        <source>%1 has no sealed concerns, so nothing becomes unreadable.</source>
        <translation>%1 has no sealed concerns, so nothing becomes unreadable.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="185" />
        <source>The two passwords are not the same; nothing was changed.</source>
        <translation>The two passwords are not the same; nothing was changed.</translation>
    </message>
</context>
</TS>