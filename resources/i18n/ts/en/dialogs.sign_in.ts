<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="45" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="45" />
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="90" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="53" />
        <source>Sign in to %1 with your name and password.</source>
        <translation>Sign in to %1 with your name and password.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="61" />
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="63" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="73" />
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="87" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="78" />
        <source>Sign-in problem</source>
        <translation>Sign-in problem</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="86" />
        <source>Name or number</source>
        <translation>Name or number</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="94" />
        <source>Use recovery key…</source>
        <translation>Use recovery key…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="97" />
        <source>Forgot the password? The recovery sheet's key sets a new one.</source>
        <translation>Forgot the password? The recovery sheet's key sets a new one.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="151" />
        <source>The password for %1 is not right. Type it again (mind Caps Lock).</source>
        <translation>The password for %1 is not right. Type it again (mind Caps Lock).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="152" />
        <source>No account with this name, or the password is not right. Choose your name from the list and type your password again.</source>
        <translation>No account with this name, or the password is not right. Choose your name from the list and type your password again.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="186" />
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="189" />
        <source>Too many wrong passwords: wait %1 s.</source>
        <translation>Too many wrong passwords: wait %1 s.</translation>
    </message>
</context>
</TS>