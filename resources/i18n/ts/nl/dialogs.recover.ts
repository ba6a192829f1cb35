<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="65" />
        <source>Recover with recovery key</source>
        <translation>Herstellen met herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="67" />
        <source>Type or paste the recovery key from the recovery sheet of %1. Spaces, dashes and small letters do not matter.</source>
        <translation>Typ of plak de herstelsleutel van het herstelblad van %1. Spaties, streepjes en kleine letters maken niet uit.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="72" />
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="114" />
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="76" />
        <source>Check key</source>
        <translation>Sleutel controleren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="87" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="94" />
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="102" />
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="97" />
        <source>New password again</source>
        <translation>Nieuw wachtwoord nog een keer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="100" />
        <source>New password for</source>
        <translation>Nieuw wachtwoord voor</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="103" />
        <source>Again</source>
        <translation>Nog een keer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="107" />
        <source>Set password and sign in</source>
        <translation>Wachtwoord instellen en aanmelden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="154" />
        <source>manages accounts</source>
        <translation>beheert accounts</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="171" />
        <source>The old password stops working.</source>
        <translation>Het oude wachtwoord werkt daarna niet meer.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="173" />
        <source>Concerns only %1 could read (%2) stay unreadable for good: their key was locked with the old password.</source>
        <translation>Signalen die alleen %1 kon lezen (%2) blijven voorgoed onleesbaar: hun sleutel zat achter het oude wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="176" />
        <source>Concerns others can read too (%2) become readable for %1 again as soon as one of those readers (the author or the school's care coordinator) signs in.</source>
        <translation>Signalen die ook anderen kunnen lezen (%2) worden weer leesbaar voor %1 zodra een van die lezers (de auteur of de intern begeleider van de school) zich aanmeldt.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="180" />
        <source>%1 has no sealed concerns, so nothing becomes unreadable.</source>
        <translation>%1 heeft geen versleutelde signalen; er wordt dus niets onleesbaar.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recover.py" line="200" />
        <source>The two passwords are not the same; nothing was changed.</source>
        <translation>De twee wachtwoorden zijn niet gelijk; er is niets veranderd.</translation>
    </message>
</context>
</TS>