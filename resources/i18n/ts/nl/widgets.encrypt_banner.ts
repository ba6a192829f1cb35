<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>EncryptBanner</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/encrypt_banner.py" line="16" />
        <source>&lt;b&gt;This database is not encrypted.&lt;/b&gt; Anyone who gets a copy of the file (a lost laptop or USB stick) can read pupils' names and concerns. Encrypt it: after that, everyone signs in with a name and password and sees only what their role needs.</source>
        <translation>&lt;b&gt;Deze database is niet versleuteld.&lt;/b&gt; Wie een kopie van het bestand heeft (een verloren laptop of USB-stick), kan de namen van leerlingen en de signalen lezen. Versleutel hem: daarna meldt iedereen zich aan met naam en wachtwoord en ziet ieder alleen wat de eigen rol nodig heeft.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/encrypt_banner.py" line="20" />
        <source>Encrypt…</source>
        <translation>Versleutelen…</translation>
    </message>
</context>
</TS>