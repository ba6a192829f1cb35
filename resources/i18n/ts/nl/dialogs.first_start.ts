<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="18" />
        <source>Welcome to WIsH Desk</source>
        <translation>Welkom bij WIsH Desk</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="23" />
        <source>&lt;h2&gt;Welcome to WIsH Desk&lt;/h2&gt;&lt;p&gt;There is no database on this computer yet. Do you want to start with an empty database, or look around first in a demo municipality?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welkom bij WIsH Desk&lt;/h2&gt;&lt;p&gt;Er staat nog geen database op deze computer. Wilt u beginnen met een lege database, of eerst rondkijken in een demogemeente?&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="28" />
        <source>Start with an &amp;empty database</source>
        <translation>Beginnen met een &amp;lege database</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="28" />
        <source>For the real school year. It is encrypted: you make the first account (name and password).</source>
        <translation>Voor het echte schooljaar. Hij wordt versleuteld: u maakt het eerste account (naam en wachtwoord).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="29" />
        <source>Try the &amp;demo municipality</source>
        <translation>De &amp;demogemeente uitproberen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="29" />
        <source>Six schools with made-up pupils; safe to try anything.</source>
        <translation>Zes scholen met verzonnen leerlingen; hier kunt u alles veilig uitproberen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="30" />
        <source>&amp;Open an existing database…</source>
        <translation>Een bestaande database &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="30" />
        <source>For example one a colleague gave you.</source>
        <translation>Bijvoorbeeld een die u van een collega kreeg.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="41" />
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/first_start.py" line="42" />
        <source>WIsH Desk database (*.sqlite *.db);;All files (*)</source>
        <translation>WIsH Desk-database (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
</context>
</TS>