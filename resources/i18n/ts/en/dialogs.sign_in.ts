<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="35" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="35" />
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="55" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="37" />
        <source>Sign in to %1 with your name and password.</source>
        <translation>Sign in to %1 with your name and password.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="40" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="44" />
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="52" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="48" />
        <source>Sign-in problem</source>
        <translation>Sign-in problem</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="51" />
        <source>Name or number</source>
        <translation>Name or number</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="93" />
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="96" />
        <source>Too many wrong passwords: wait %1 s.</source>
        <translation>Too many wrong passwords: wait %1 s.</translation>
    </message>
</context>
</TS>