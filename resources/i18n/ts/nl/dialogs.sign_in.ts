<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="49"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="49"/>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="94"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="57"/>
        <source>Sign in to %1 with your name and password.</source>
        <translation>Meld u aan bij %1 met uw naam en wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="65"/>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="67"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="77"/>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="91"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="82"/>
        <source>Sign-in problem</source>
        <translation>Probleem bij aanmelden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="90"/>
        <source>Name or number</source>
        <translation>Naam of nummer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="98"/>
        <source>Use recovery key…</source>
        <translation>Herstelsleutel gebruiken…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="101"/>
        <source>Forgot the password? The recovery sheet&apos;s key sets a new one.</source>
        <translation>Wachtwoord vergeten? Met de sleutel van het herstelblad stelt u een nieuw in.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="104"/>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="166"/>
        <source>The password for %1 is not right. Type it again (mind Caps Lock).</source>
        <translation>Het wachtwoord voor %1 klopt niet. Typ het opnieuw (let op Caps Lock).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="167"/>
        <source>No account with this name, or the password is not right. Choose your name from the list and type your password again.</source>
        <translation>Geen account met deze naam, of het wachtwoord klopt niet. Kies uw naam uit de lijst en typ uw wachtwoord opnieuw.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="196"/>
        <source>another program</source>
        <translation>een ander programma</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="197"/>
        <source>The database is already open by %1. Close WIsH Desk there first.</source>
        <translation>De database is al geopend door %1. Sluit WIsH Desk daar eerst.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="232"/>
        <source>You can try again now.</source>
        <translation>U kunt het nu opnieuw proberen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="235"/>
        <source>Too many wrong passwords: wait %1 s.</source>
        <translation>Te vaak een verkeerd wachtwoord: wacht %1 s.</translation>
    </message>
</context>
</TS>
