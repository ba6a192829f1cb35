<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="46"/>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="60"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="51"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="51"/>
        <source>(you)</source>
        <translation>(u)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="52"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="53"/>
        <source>Manages accounts</source>
        <translation>Beheert accounts</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="53"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="54"/>
        <source>Sign-in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="74"/>
        <source>Everyone who uses WIsH Desk with this database signs in with their own account. Passwords are never stored and cannot be looked up; a forgotten one is set anew here. These changes cannot be undone with Undo (Ctrl+Z).</source>
        <translation>Iedereen die WIsH Desk met deze database gebruikt, meldt zich aan met een eigen account. Wachtwoorden worden nergens bewaard en zijn niet op te zoeken; een vergeten wachtwoord stelt u hier opnieuw in. Deze wijzigingen kunt u niet ongedaan maken (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="78"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="81"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Wachtwoord opnieuw instellen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="84"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="115"/>
        <source>slowed down (%1 wrong passwords)</source>
        <translation>vertraagd (%1 verkeerde wachtwoorden)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="117"/>
        <source>%1 wrong password(s)</source>
        <translation>%1 keer verkeerd wachtwoord</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="122"/>
        <source>After %1 wrong passwords in a row every further try waits; a correct password or a new one ends that.</source>
        <translation>Na %1 verkeerde wachtwoorden achter elkaar moet elke volgende poging wachten; een goed of nieuw wachtwoord heft dat op.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="124"/>
        <source>The last sign-in is not recorded.</source>
        <translation>Wanneer iemand zich het laatst aanmeldde, wordt niet bijgehouden.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="159"/>
        <source>Your own account: change your password with &quot;Change my password…&quot;; another programme coordinator can remove it.</source>
        <translation>Uw eigen account: wijzig uw wachtwoord met &quot;Mijn wachtwoord wijzigen…&quot;; een andere programmacoördinator kan het verwijderen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="193"/>
        <source>Account made for %1.</source>
        <translation>Account gemaakt voor %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="197"/>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="211"/>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="227"/>
        <source>Reset password</source>
        <translation>Wachtwoord opnieuw instellen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="212"/>
        <source>A new password for %1. Give it to them in person; they can change it afterwards with &quot;Change my password…&quot;. Their old password stops working at once. This cannot be undone.</source>
        <translation>Een nieuw wachtwoord voor %1. Geef het persoonlijk door; daarna kan de collega het wijzigen met &quot;Mijn wachtwoord wijzigen…&quot;. Het oude wachtwoord werkt meteen niet meer. Dit kunt u niet ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="214"/>
        <source>Set password</source>
        <translation>Wachtwoord instellen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="224"/>
        <source>New password set for %1.</source>
        <translation>Nieuw wachtwoord ingesteld voor %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="244"/>
        <source>Remove the account of %1? %1 can no longer sign in to this database. They stay on the staff list, and what they wrote stays. This cannot be undone.</source>
        <translation>Het account van %1 verwijderen? %1 kan zich dan niet meer aanmelden bij deze database. De medewerker blijft in de lijst met medewerkers, en wat hij of zij schreef blijft bewaard. Dit kunt u niet ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="252"/>
        <source>Account of %1 removed.</source>
        <translation>Account van %1 verwijderd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="254"/>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="261"/>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="262"/>
        <source>Remove account</source>
        <translation>Account verwijderen</translation>
    </message>
</context>
</TS>
