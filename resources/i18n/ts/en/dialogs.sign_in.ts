<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="49" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="49" />
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="94" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="57" />
        <source>Sign in to %1 with your name and password.</source>
        <translation>Sign in to %1 with your name and password.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="65" />
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="67" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="77" />
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="91" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="82" />
        <source>Sign-in problem</source>
        <translation>Sign-in problem</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="90" />
        <source>Name or number</source>
        <translation>Name or number</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="98" />
        <source>Use recovery key…</source>
        <translation>Use recovery key…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="101" />
        <source>Forgot the password? The recovery sheet's key sets a new one.</source>
        <translation>Forgot the password? The recovery sheet's key sets a new one.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="104" />
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="166" />
        <source>The password for %1 is not right. Type it again (mind Caps Lock).</source>
        <translation>The password for %1 is not right. Type it again (mind Caps Lock).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="167" />
        <source>No account with this name, or the password is not right. Choose your name from the list and type your password again.</source>
        <translation>No account with this name, or the password is not right. Choose your name from the list and type your password again.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="196" />
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="197" />
        <source>The database is already open by %1. Close WIsH Desk there first.</source>
        <translation>The database is already open by %1. Close WIsH Desk there first.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="232" />
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/sign_in.py" line="235" />
        <source>Too many wrong passwords: wait %1 s.</source>
        <translation>Too many wrong passwords: wait %1 s.</translation>
    </message>
</context>
</TS>