<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccountMenu</name>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="31" />
        <source>&amp;Manage</source>
        <translation>&amp;Manage</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="34" />
        <source>&amp;Accounts…</source>
        <translation>&amp;Accounts…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="36" />
        <source>Change &amp;my password…</source>
        <translation>Change &amp;my password…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="38" />
        <source>Print &amp;recovery sheet…</source>
        <translation>Print &amp;recovery sheet…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="40" />
        <source>C&amp;onfirm care coordinators</source>
        <translation>C&amp;onfirm care coordinators</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="59" />
        <source>On a team database the accounts are the server's database roles; its administrator manages them.</source>
        <translation>On a team database the accounts are the server's database roles; its administrator manages them.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="63" />
        <source>This database is not encrypted, so it has no accounts. Encrypt it first with the "Encrypt…" button in the yellow banner.</source>
        <translation>This database is not encrypted, so it has no accounts. Encrypt it first with the "Encrypt…" button in the yellow banner.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="67" />
        <source>The database is open read-only.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="69" />
        <source>Accounts are managed on the team database: this laptop copy has only your own account.</source>
        <translation>Accounts are managed on the team database: this laptop copy has only your own account.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="72" />
        <source>Only a programme coordinator can do this.</source>
        <translation>Only a programme coordinator can do this.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="118" />
        <source>Confirm care coordinators</source>
        <translation>Confirm care coordinators</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="123" />
        <source>Every school's care coordinator was already confirmed; nothing changed.</source>
        <translation>Every school's care coordinator was already confirmed; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="145" />
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="146" />
        <source>%1, choose a new password. Your current password stops working at once; the concerns you may read stay readable. This cannot be undone.</source>
        <translation>%1, choose a new password. Your current password stops working at once; the concerns you may read stay readable. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="150" />
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="161" />
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="194" />
        <source>New recovery sheet</source>
        <translation>New recovery sheet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="195" />
        <source>The recovery key is never stored, so the old sheet cannot be printed again: WIsH Desk makes a new recovery key and sheet. &lt;b&gt;The old sheet stops working&lt;/b&gt; for this database (backups made before now still open with it, as they keep their own key file). Enter your password to continue.</source>
        <translation>The recovery key is never stored, so the old sheet cannot be printed again: WIsH Desk makes a new recovery key and sheet. &lt;b&gt;The old sheet stops working&lt;/b&gt; for this database (backups made before now still open with it, as they keep their own key file). Enter your password to continue.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="200" />
        <source>Make new sheet</source>
        <translation>Make new sheet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="201" />
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="212" />
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="215" />
        <source>&lt;b&gt;This is the new recovery sheet; the previous one no longer works.&lt;/b&gt; Print it now (or save it and print it), keep the paper in a safe place and delete any saved PDF.</source>
        <translation>&lt;b&gt;This is the new recovery sheet; the previous one no longer works.&lt;/b&gt; Print it now (or save it and print it), keep the paper in a safe place and delete any saved PDF.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="223" />
        <source>New recovery sheet made; the old sheet no longer works.</source>
        <translation>New recovery sheet made; the old sheet no longer works.</translation>
    </message>
</context>
</TS>