<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>App</name>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="173"/>
        <location filename="../../../../wishdesk/gui/controller.py" line="181"/>
        <location filename="../../../../wishdesk/gui/controller.py" line="273"/>
        <source>Cannot open database</source>
        <translation>Database kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="224"/>
        <source>You can open it read-only: you can look at everything, but not change anything.</source>
        <translation>U kunt de database alleen-lezen openen: u kunt alles bekijken, maar niets wijzigen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="226"/>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="216"/>
        <location filename="../../../../wishdesk/gui/controller.py" line="288"/>
        <location filename="../../../../wishdesk/gui/controller.py" line="291"/>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="170"/>
        <source>The demo password no longer works for %1; sign in.</source>
        <translation>Het demowachtwoord werkt niet meer voor %1; meld u aan.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="171"/>
        <source>the coordinator</source>
        <translation>de coördinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="214"/>
        <source>There is no database at %1 yet. Make a new, empty database there?</source>
        <translation>Op %1 staat nog geen database. Daar een nieuwe, lege database maken?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="217"/>
        <source>Make database</source>
        <translation>Database maken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="292"/>
        <source>That file already exists. Choose a new name; nothing is overwritten.</source>
        <translation>Dat bestand bestaat al. Kies een nieuwe naam; er wordt niets overschreven.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="297"/>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="318"/>
        <location filename="../../../../wishdesk/gui/controller.py" line="322"/>
        <source>Database file disappeared</source>
        <translation>Databasebestand verdwenen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/controller.py" line="318"/>
        <source>The database file disappeared while it was open. What WIsH Desk still had open has been saved as %1.</source>
        <translation>Het databasebestand is verdwenen terwijl het open was. Wat WIsH Desk nog open had, is bewaard als %1.</translation>
    </message>
</context>
</TS>
