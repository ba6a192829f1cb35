<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>AddAccountForm</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="152" />
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="153" />
        <source>Choose a colleague from the staff list, or type the name of someone new (they are added to the staff list). Choose a first password and give it to them in person; they change it afterwards with "Change my password…".</source>
        <translation>Kies een collega uit de lijst met medewerkers, of typ de naam van iemand die nieuw is (die komt dan in de lijst met medewerkers). Kies een eerste wachtwoord en geef het persoonlijk door; daarna wijzigt de collega het met "Mijn wachtwoord wijzigen…".</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="155" />
        <source>Make account</source>
        <translation>Account maken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="161" />
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="167" />
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="165" />
        <source>Choose a colleague or type a new name</source>
        <translation>Kies een collega of typ een nieuwe naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="166" />
        <source>Programme coordinator (manages accounts)</source>
        <translation>Programmacoördinator (beheert accounts)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="208" />
        <source>Choose a colleague or type a name.</source>
        <translation>Kies een collega of typ een naam.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="222" />
        <source>&lt;b&gt;Account made for %1.&lt;/b&gt; First password (shown only now):&lt;br&gt;&lt;span style="font-family: monospace; font-size: 13pt"&gt;%2&lt;/span&gt;&lt;br&gt;Give it to %1 in person, not by e-mail.</source>
        <translation>&lt;b&gt;Account gemaakt voor %1.&lt;/b&gt; Eerste wachtwoord (alleen nu te zien):&lt;br&gt;&lt;span style="font-family: monospace; font-size: 13pt"&gt;%2&lt;/span&gt;&lt;br&gt;Geef het persoonlijk aan %1, niet per e-mail.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="233" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="58" />
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="62" />
        <source>Current password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="59" />
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="64" />
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="60" />
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="65" />
        <source>New password again</source>
        <translation>Nieuw wachtwoord nog een keer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="67" />
        <source>&amp;Suggest a password</source>
        <translation>Wachtwoord &amp;voorstellen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="115" />
        <source>Fill in your password.</source>
        <translation>Vul uw wachtwoord in.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="117" />
        <source>Fill in the new password.</source>
        <translation>Vul het nieuwe wachtwoord in.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/account_forms.py" line="119" />
        <source>The two new passwords are not the same.</source>
        <translation>De twee nieuwe wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
</TS>