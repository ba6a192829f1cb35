<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>FirstAccountDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="28" />
        <source>First account</source>
        <translation>First account</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="34" />
        <source>This database will be encrypted. Make the first account: the programme coordinator, who later adds the accounts of colleagues. Everyone signs in with their name and password.</source>
        <translation>This database will be encrypted. Make the first account: the programme coordinator, who later adds the accounts of colleagues. Everyone signs in with their name and password.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="39" />
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="42" />
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="43" />
        <source>Choose yourself or type a new name</source>
        <translation>Choose yourself or type a new name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="46" />
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="60" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="49" />
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="61" />
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="55" />
        <source>At least %1 characters. Nobody can look it up: a forgotten password is reset by the programme coordinator, or with the recovery sheet.</source>
        <translation>At least %1 characters. Nobody can look it up: a forgotten password is reset by the programme coordinator, or with the recovery sheet.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="59" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="65" />
        <source>Make account</source>
        <translation>Make account</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="82" />
        <source>Fill in your name.</source>
        <translation>Fill in your name.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="84" />
        <source>Choose a password of at least %1 characters.</source>
        <translation>Choose a password of at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="86" />
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
</TS>