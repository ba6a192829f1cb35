<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="46" />
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="60" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="51" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="51" />
        <source>(you)</source>
        <translation>(you)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="52" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="53" />
        <source>Manages accounts</source>
        <translation>Manages accounts</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="53" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="54" />
        <source>Wrong attempts</source>
        <translation>Wrong attempts</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="75" />
        <source>Everyone who uses WIsH Desk with this database signs in with their own account. Passwords are never stored and cannot be looked up; a forgotten one is set anew here. These changes cannot be undone with Undo (Ctrl+Z).</source>
        <translation>Everyone who uses WIsH Desk with this database signs in with their own account. Passwords are never stored and cannot be looked up; a forgotten one is set anew here. These changes cannot be undone with Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="79" />
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="82" />
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="85" />
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="116" />
        <source>slowed down (%1 wrong passwords)</source>
        <translation>slowed down (%1 wrong passwords)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="118" />
        <source>%1 wrong password(s)</source>
        <translation>%1 wrong password(s)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="123" />
        <source>After %1 wrong passwords in a row every further try waits; a correct password or a new one ends that.</source>
        <translation>After %1 wrong passwords in a row every further try waits; a correct password or a new one ends that.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="125" />
        <source>The last sign-in is not recorded.</source>
        <translation>The last sign-in is not recorded.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="160" />
        <source>Your own account: change your password with "Change my password…"; another programme coordinator can remove it.</source>
        <translation>Your own account: change your password with "Change my password…"; another programme coordinator can remove it.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="200" />
        <source>Account made for %1.</source>
        <translation>Account made for %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="204" />
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="219" />
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="235" />
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="220" />
        <source>A new password for %1. Give it to them in person; they can change it afterwards with "Change my password…". Their old password stops working at once. This cannot be undone.</source>
        <translation>A new password for %1. Give it to them in person; they can change it afterwards with "Change my password…". Their old password stops working at once. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="222" />
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="232" />
        <source>New password set for %1.</source>
        <translation>New password set for %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="253" />
        <source>Remove the account of %1? %1 can no longer sign in to this database. They stay on the staff list, and what they wrote stays. This cannot be undone.</source>
        <translation>Remove the account of %1? %1 can no longer sign in to this database. They stay on the staff list, and what they wrote stays. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="261" />
        <source>Account of %1 removed.</source>
        <translation>Account of %1 removed.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="263" />
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="270" />
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="271" />
        <source>Remove account</source>
        <translation>Remove account</translation>
    </message>
</context>
</TS>