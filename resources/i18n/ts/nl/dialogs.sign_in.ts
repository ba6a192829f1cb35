<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="35" />
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="35" />
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="55" />
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="37" />
        <source>Sign in to %1 with your name and password.</source>
        <translation>Meld u aan bij %1 met uw naam en wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="40" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="44" />
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="52" />
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="48" />
        <source>Sign-in problem</source>
        <translation>Probleem bij aanmelden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="51" />
        <source>Name or number</source>
        <translation>Naam of nummer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="93" />
        <source>You can try again now.</source>
        <translation>U kunt het nu opnieuw proberen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="96" />
        <source>Too many wrong passwords: wait %1 s.</source>
        <translation>Te vaak een verkeerd wachtwoord: wacht %1 s.</translation>
    </message>
</context>
</TS>