<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="64" />
        <source>Recover with recovery key</source>
        <translation>Herstellen met herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="66" />
        <source>Type or paste the recovery key from the recovery sheet of %1. Spaces, dashes and small letters do not matter.</source>
        <translation>Typ of plak de herstelsleutel van het herstelblad van %1. Spaties, streepjes en kleine letters maken niet uit.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="71" />
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="112" />
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="74" />
        <source>Check key</source>
        <translation>Sleutel controleren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="85" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="92" />
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="100" />
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="95" />
        <source>New password again</source>
        <translation>Nieuw wachtwoord nog een keer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="98" />
        <source>New password for</source>
        <translation>Nieuw wachtwoord voor</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="101" />
        <source>Again</source>
        <translation>Nog een keer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="105" />
        <source>Set password and sign in</source>
        <translation>Wachtwoord instellen en aanmelden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="146" />
        <source> (programme coordinator)</source>
        <translation> (programmacoördinator)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="163" />
        <source>The old password stops working.</source>
        <translation>Het oude wachtwoord werkt daarna niet meer.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="165" />
        <source>Concerns only %1 could read (%2) stay unreadable for good: their key was locked with the old password.</source>
        <translation>Signalen die alleen %1 kon lezen (%2) blijven voorgoed onleesbaar: hun sleutel zat achter het oude wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="168" />
        <source>Concerns others can read too (%2) become readable for %1 again as soon as one of those readers (the author or the school's care coordinator) signs in.</source>
        <translation>Signalen die ook anderen kunnen lezen (%2) worden weer leesbaar voor %1 zodra een van die lezers (de auteur of de intern begeleider van de school) zich aanmeldt.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="172" />
        <source>%1 has no sealed concerns, so nothing becomes unreadable.</source>
        <translation>%1 heeft geen versleutelde signalen; er wordt dus niets onleesbaar.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="185" />
        <source>The two passwords are not the same; nothing was changed.</source>
        <translation>De twee wachtwoorden zijn niet gelijk; er is niets veranderd.</translation>
    </message>
</context>
</TS>