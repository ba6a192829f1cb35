<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
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
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="51" />
        <source>(you)</source>
        <translation>(u)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="52" />
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="53" />
        <source>Manages accounts</source>
        <translation>Beheert accounts</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="53" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="54" />
        <source>Wrong attempts</source>
        <translation>Foute pogingen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="75" />
        <source>Everyone who uses WIsH Desk with this database signs in with their own account. Passwords are never stored and cannot be looked up; a forgotten one is set anew here. These changes cannot be undone with Undo (Ctrl+Z).</source>
        <translation>Iedereen die WIsH Desk met deze database gebruikt, meldt zich aan met een eigen account. Wachtwoorden worden nergens bewaard en zijn niet op te zoeken; een vergeten wachtwoord stelt u hier opnieuw in. Deze wijzigingen kunt u niet ongedaan maken (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="79" />
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="82" />
        <source>&amp;Reset password…</source>
        <translation>&amp;Wachtwoord opnieuw instellen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="85" />
        <source>Re&amp;move…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="116" />
        <source>slowed down (%1 wrong passwords)</source>
        <translation>vertraagd (%1 verkeerde wachtwoorden)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="118" />
        <source>%1 wrong password(s)</source>
        <translation>%1 keer verkeerd wachtwoord</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="123" />
        <source>After %1 wrong passwords in a row every further try waits; a correct password or a new one ends that.</source>
        <translation>Na %1 verkeerde wachtwoorden achter elkaar moet elke volgende poging wachten; een goed of nieuw wachtwoord heft dat op.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="125" />
        <source>The last sign-in is not recorded.</source>
        <translation>Wanneer iemand zich het laatst aanmeldde, wordt niet bijgehouden.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="160" />
        <source>Your own account: change your password with "Change my password…"; another programme coordinator can remove it.</source>
        <translation>Uw eigen account: wijzig uw wachtwoord met "Mijn wachtwoord wijzigen…"; een andere programmacoördinator kan het verwijderen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="200" />
        <source>Account made for %1.</source>
        <translation>Account gemaakt voor %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="204" />
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="219" />
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="235" />
        <source>Reset password</source>
        <translation>Wachtwoord opnieuw instellen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="220" />
        <source>A new password for %1. Give it to them in person; they can change it afterwards with "Change my password…". Their old password stops working at once. This cannot be undone.</source>
        <translation>Een nieuw wachtwoord voor %1. Geef het persoonlijk door; daarna kan de collega het wijzigen met "Mijn wachtwoord wijzigen…". Het oude wachtwoord werkt meteen niet meer. Dit kunt u niet ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="222" />
        <source>Set password</source>
        <translation>Wachtwoord instellen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="232" />
        <source>New password set for %1.</source>
        <translation>Nieuw wachtwoord ingesteld voor %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="253" />
        <source>Remove the account of %1? %1 can no longer sign in to this database. They stay on the staff list, and what they wrote stays. This cannot be undone.</source>
        <translation>Het account van %1 verwijderen? %1 kan zich dan niet meer aanmelden bij deze database. De medewerker blijft in de lijst met medewerkers, en wat hij of zij schreef blijft bewaard. Dit kunt u niet ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="261" />
        <source>Account of %1 removed.</source>
        <translation>Account van %1 verwijderd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="263" />
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="270" />
        <location filename="../../../../wishdesk/gui/dialogs/accounts.py" line="271" />
        <source>Remove account</source>
        <translation>Account verwijderen</translation>
    </message>
</context>
</TS>