<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>AccountMenu</name>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="31" />
        <source>&amp;Manage</source>
        <translation>B&amp;eheer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="34" />
        <source>&amp;Accounts…</source>
        <translation>&amp;Accounts…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="36" />
        <source>Change &amp;my password…</source>
        <translation>&amp;Mijn wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="38" />
        <source>Print &amp;recovery sheet…</source>
        <translation>&amp;Herstelblad afdrukken…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="40" />
        <source>C&amp;onfirm care coordinators</source>
        <translation>Intern begeleiders &amp;bevestigen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="59" />
        <source>On a team database the accounts are the server's database roles; its administrator manages them.</source>
        <translation>Bij een teamdatabase zijn de accounts de databaserollen van de server; de beheerder daarvan beheert ze.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="63" />
        <source>This database is not encrypted, so it has no accounts. Encrypt it first with the "Encrypt…" button in the yellow banner.</source>
        <translation>Deze database is niet versleuteld en heeft dus geen accounts. Versleutel hem eerst met de knop "Versleutelen…" in de gele balk.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="67" />
        <source>The database is open read-only.</source>
        <translation>De database is alleen-lezen geopend.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="69" />
        <source>Accounts are managed on the team database: this laptop copy has only your own account.</source>
        <translation>Accounts beheert u op de teamdatabase: deze laptopkopie heeft alleen uw eigen account.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="72" />
        <source>Only a programme coordinator can do this.</source>
        <translation>Alleen een programmacoördinator kan dit.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="118" />
        <source>Confirm care coordinators</source>
        <translation>Intern begeleiders bevestigen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="123" />
        <source>Every school's care coordinator was already confirmed; nothing changed.</source>
        <translation>De intern begeleider van elke school was al bevestigd; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="145" />
        <source>Change my password</source>
        <translation>Mijn wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="146" />
        <source>%1, choose a new password. Your current password stops working at once; the concerns you may read stay readable. This cannot be undone.</source>
        <translation>%1, kies een nieuw wachtwoord. Uw huidige wachtwoord werkt daarna meteen niet meer; de signalen die u mag lezen blijven leesbaar. Dit kunt u niet ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="150" />
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="161" />
        <source>Your password has been changed.</source>
        <translation>Uw wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="194" />
        <source>New recovery sheet</source>
        <translation>Nieuw herstelblad</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="195" />
        <source>The recovery key is never stored, so the old sheet cannot be printed again: WIsH Desk makes a new recovery key and sheet. &lt;b&gt;The old sheet stops working&lt;/b&gt; for this database (backups made before now still open with it, as they keep their own key file). Enter your password to continue.</source>
        <translation>De herstelsleutel wordt nergens bewaard, dus het oude blad kan niet opnieuw worden afgedrukt: WIsH Desk maakt een nieuwe herstelsleutel en een nieuw blad. &lt;b&gt;Het oude blad werkt dan niet meer&lt;/b&gt; voor deze database (back-ups van vóór nu openen er nog wel mee, want die hebben hun eigen sleutelbestand). Vul uw wachtwoord in om door te gaan.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="200" />
        <source>Make new sheet</source>
        <translation>Nieuw blad maken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="201" />
        <source>Your password</source>
        <translation>Uw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="212" />
        <source>Recovery sheet</source>
        <translation>Herstelblad</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="215" />
        <source>&lt;b&gt;This is the new recovery sheet; the previous one no longer works.&lt;/b&gt; Print it now (or save it and print it), keep the paper in a safe place and delete any saved PDF.</source>
        <translation>&lt;b&gt;Dit is het nieuwe herstelblad; het vorige werkt niet meer.&lt;/b&gt; Druk het nu af (of sla het op en druk het dan af), leg het papier op een veilige plek en verwijder een opgeslagen PDF.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/account_menu.py" line="223" />
        <source>New recovery sheet made; the old sheet no longer works.</source>
        <translation>Nieuw herstelblad gemaakt; het oude blad werkt niet meer.</translation>
    </message>
</context>
</TS>