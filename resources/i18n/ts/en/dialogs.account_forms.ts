<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AddAccountForm</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="152" />
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="153" />
        <source>Choose a colleague from the staff list, or type the name of someone new (they are added to the staff list). Choose a first password and give it to them in person; they change it afterwards with "Change my password…".</source>
        <translation>Choose a colleague from the staff list, or type the name of someone new (they are added to the staff list). Choose a first password and give it to them in person; they change it afterwards with "Change my password…".</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="155" />
        <source>Make account</source>
        <translation>Make account</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="161" />
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="167" />
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="165" />
        <source>Choose a colleague or type a new name</source>
        <translation>Choose a colleague or type a new name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="166" />
        <source>Programme coordinator (manages accounts)</source>
        <translation>Programme coordinator (manages accounts)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="208" />
        <source>Choose a colleague or type a name.</source>
        <translation>Choose a colleague or type a name.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="222" />
        <source>&lt;b&gt;Account made for %1.&lt;/b&gt; First password (shown only now):&lt;br&gt;&lt;span style="font-family: monospace; font-size: 13pt"&gt;%2&lt;/span&gt;&lt;br&gt;Give it to %1 in person, not by e-mail.</source>
        <translation>&lt;b&gt;Account made for %1.&lt;/b&gt; First password (shown only now):&lt;br&gt;&lt;span style="font-family: monospace; font-size: 13pt"&gt;%2&lt;/span&gt;&lt;br&gt;Give it to %1 in person, not by e-mail.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="233" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="58" />
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="62" />
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="59" />
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="64" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="60" />
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="65" />
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="67" />
        <source>&amp;Suggest a password</source>
        <translation>&amp;Suggest a password</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="115" />
        <source>Fill in your password.</source>
        <translation>Fill in your password.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="117" />
        <source>Fill in the new password.</source>
        <translation>Fill in the new password.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="119" />
        <source>The two new passwords are not the same.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
</context>
</TS>