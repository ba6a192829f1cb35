<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>FirstAccountDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="28" />
        <source>First account</source>
        <translation>Eerste account</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="34" />
        <source>This database will be encrypted. Make the first account: the programme coordinator, who later adds the accounts of colleagues. Everyone signs in with their name and password.</source>
        <translation>Deze database wordt versleuteld. Maak het eerste account: de programmacoördinator, die later de accounts van collega's toevoegt. Iedereen meldt zich aan met naam en wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="39" />
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="42" />
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="43" />
        <source>Choose yourself or type a new name</source>
        <translation>Kies uzelf of typ een nieuwe naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="46" />
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="60" />
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="49" />
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="61" />
        <source>Password again</source>
        <translation>Wachtwoord nogmaals</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="55" />
        <source>At least %1 characters. Nobody can look it up: a forgotten password is reset by the programme coordinator, or with the recovery sheet.</source>
        <translation>Minstens %1 tekens. Niemand kan het opzoeken: een vergeten wachtwoord stelt de programmacoördinator opnieuw in, of het herstelblad.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="59" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="65" />
        <source>Make account</source>
        <translation>Account maken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="82" />
        <source>Fill in your name.</source>
        <translation>Vul uw naam in.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="84" />
        <source>Choose a password of at least %1 characters.</source>
        <translation>Kies een wachtwoord van minstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_account.py" line="86" />
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
</TS>