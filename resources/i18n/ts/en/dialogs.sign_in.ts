<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="44" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="44" />
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="83" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="52" />
        <source>Sign in to %1 with your name and password.</source>
        <translation>Sign in to %1 with your name and password.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="59" />
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="61" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="71" />
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="80" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="76" />
        <source>Sign-in problem</source>
        <translation>Sign-in problem</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="79" />
        <source>Name or number</source>
        <translation>Name or number</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="87" />
        <source>Use recovery key…</source>
        <translation>Use recovery key…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="90" />
        <source>Forgot the password? The recovery sheet's key sets a new one.</source>
        <translation>Forgot the password? The recovery sheet's key sets a new one.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="143" />
        <source>The password for %1 is not right. Type it again (mind Caps Lock).</source>
        <translation>The password for %1 is not right. Type it again (mind Caps Lock).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="144" />
        <source>No account with this name, or the password is not right. Choose your name from the list and type your password again.</source>
        <translation>No account with this name, or the password is not right. Choose your name from the list and type your password again.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="178" />
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="181" />
        <source>Too many wrong passwords: wait %1 s.</source>
        <translation>Too many wrong passwords: wait %1 s.</translation>
    </message>
</context>
</TS>