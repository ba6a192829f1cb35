<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>App</name>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="172"/>
        <location filename="../../../../wishdesk/gui/controller.py" line="180"/>
        <location filename="../../../../wishdesk/gui/controller.py" line="272"/>
        <source>Cannot open database</source>
        <translation>Database kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="223"/>
        <source>You can open it read-only: you can look at everything, but not change anything.</source>
        <translation>U kunt de database alleen-lezen openen: u kunt alles bekijken, maar niets wijzigen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="225"/>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="215"/>
        <location filename="../../../../wishdesk/gui/controller.py" line="287"/>
        <location filename="../../../../wishdesk/gui/controller.py" line="290"/>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="169"/>
        <source>The demo password no longer works for %1; sign in.</source>
        <translation>Het demowachtwoord werkt niet meer voor %1; meld u aan.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="170"/>
        <source>the coordinator</source>
        <translation>de coördinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="213"/>
        <source>There is no database at %1 yet. Make a new, empty database there?</source>
        <translation>Op %1 staat nog geen database. Daar een nieuwe, lege database maken?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="216"/>
        <source>Make database</source>
        <translation>Database maken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="291"/>
        <source>That file already exists. Choose a new name; nothing is overwritten.</source>
        <translation>Dat bestand bestaat al. Kies een nieuwe naam; er wordt niets overschreven.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="296"/>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="317"/>
        <location filename="../../../../wishdesk/gui/controller.py" line="321"/>
        <source>Database file disappeared</source>
        <translation>Databasebestand verdwenen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="317"/>
        <source>The database file disappeared while it was open. What WIsH Desk still had open has been saved as %1.</source>
        <translation>Het databasebestand is verdwenen terwijl het open was. Wat WIsH Desk nog open had, is bewaard als %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="338"/>
        <source>Back up</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="338"/>
        <source>The team database on the server is backed up and checked by its administrator.</source>
        <translation>Van de teamdatabase op de server maakt de beheerder de back-ups en de controles.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="353"/>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="354"/>
        <source>Backup saved: %1</source>
        <translation>Back-up bewaard: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="371"/>
        <source>Checking the database…</source>
        <translation>Database controleren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="384"/>
        <source>Replace the data in %1 by this backup?

%2

The current state is saved as a backup first, and no backup is deleted.</source>
        <translation>De gegevens in %1 vervangen door deze back-up?

%2

De huidige toestand wordt eerst als back-up bewaard, en er wordt geen enkele back-up verwijderd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="387"/>
        <location filename="../../../../wishdesk/gui/controller.py" line="399"/>
        <location filename="../../../../wishdesk/gui/controller.py" line="408"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="405"/>
        <source>The backup has been restored.</source>
        <translation>De back-up is teruggezet.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="407"/>
        <source>The state before the restore was saved as %1.</source>
        <translation>De toestand van vóór het terugzetten is bewaard als %1.</translation>
    </message>
</context>
</TS>
