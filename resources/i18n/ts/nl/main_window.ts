<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="85"/>
        <source>WIsH Desk — %1</source>
        <translation>WIsH Desk — %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="49"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="45"/>
        <source>WIsH Desk</source>
        <translation>WIsH Desk</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="54"/>
        <location filename="../../../../wishdesk/gui/main_window.py" line="76"/>
        <source>Opening the database…</source>
        <translation>Database openen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="61"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="86"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="88"/>
        <source>(read-only)</source>
        <translation>(alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="123"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Nu vergrendelen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="143"/>
        <source>Lock when idle</source>
        <translation>Vergrendelen bij niets doen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="144"/>
        <source>Lock WIsH Desk after this many minutes without use (this database):</source>
        <translation>WIsH Desk vergrendelen na zoveel minuten zonder gebruik (deze database):</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="158"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="159"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="160"/>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="161"/>
        <source>&amp;Take the team database along…</source>
        <translation>&amp;Teamdatabase meenemen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="165"/>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="166"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Terugzetten van back-up…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="167"/>
        <source>&amp;Check database…</source>
        <translation>Database &amp;controleren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="168"/>
        <source>Recover with recovery &amp;key…</source>
        <translation>Herstellen met herstel&amp;sleutel…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="172"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="175"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="89"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="89"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="176"/>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="177"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="188"/>
        <source>Lock when &amp;idle…</source>
        <translation>&amp;Vergrendelen bij niets doen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="194"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="195"/>
        <source>&amp;About WIsH Desk</source>
        <translation>&amp;Over WIsH Desk</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="218"/>
        <source>About WIsH Desk</source>
        <translation>Over WIsH Desk</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="219"/>
        <source>&lt;b&gt;WIsH Desk %1&lt;/b&gt;&lt;p&gt;Plan, run and document the WIsH resilience programme in groep 6: duo lessons of class teacher and resilience specialist, parents involved, home activities printed in the family&apos;s language.&lt;/p&gt;&lt;p&gt;Works offline; your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;WIsH Desk %1&lt;/b&gt;&lt;p&gt;Plan, geef en leg vast: de WIsH-weerbaarheidstraining in groep 6. Duolessen van leerkracht en weerbaarheidsspecialist, ouders betrokken, thuisopdrachten geprint in de taal van het gezin.&lt;/p&gt;&lt;p&gt;Werkt offline; uw gegevens blijven op deze computer.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
