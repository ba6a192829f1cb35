<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="16"/>
        <source>boys</source>
        <translation>jongens</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="17"/>
        <source>girls</source>
        <translation>meisjes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="22"/>
        <source>not planned</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="23"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="24"/>
        <source>held</source>
        <translation>gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="25"/>
        <source>cancelled</source>
        <translation>afgelast</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="37"/>
        <source>Wellbeing</source>
        <translation>Welbevinden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="38"/>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="39"/>
        <source>Bullying</source>
        <translation>Pesten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="40"/>
        <source>Behaviour</source>
        <translation>Gedrag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="41"/>
        <source>Home situation</source>
        <translation>Thuissituatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="42"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="48"/>
        <source>No follow-up yet</source>
        <translation>Nog geen vervolg</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="49"/>
        <source>Talk with the parents</source>
        <translation>Gesprek met de ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="50"/>
        <source>Discuss with the care coordinator</source>
        <translation>Bespreken met de intern begeleider</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="51"/>
        <source>Next step of the reporting code</source>
        <translation>Volgende stap van de meldcode</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="56"/>
        <source>Intervision</source>
        <translation>Intervisie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="57"/>
        <source>Team meeting</source>
        <translation>Teamoverleg</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="62"/>
        <source>Parent evening</source>
        <translation>Ouderavond</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="63"/>
        <source>Walk-in</source>
        <translation>Inloop</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="64"/>
        <source>Round table</source>
        <translation>Rondetafelgesprek</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="65"/>
        <source>Online activity</source>
        <translation>Online activiteit</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="66"/>
        <source>Closing showcase</source>
        <translation>Toonmoment</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="72"/>
        <source>Was this lesson held?</source>
        <translation>Is deze les gegeven?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="73"/>
        <source>Record attendance</source>
        <translation>Aanwezigheid invullen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="74"/>
        <source>Write the reflection</source>
        <translation>Reflectie schrijven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="75"/>
        <source>Review a concern</source>
        <translation>Signaal evalueren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="76"/>
        <source>Record who came</source>
        <translation>Invullen wie er kwam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="83"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="84"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="85"/>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="86"/>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="87"/>
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="88"/>
        <source>Ukrainian</source>
        <translation>Oekraïens</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="89"/>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="90"/>
        <source>Somali</source>
        <translation>Somalisch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="91"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="92"/>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="93"/>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="94"/>
        <source>Portuguese</source>
        <translation>Portugees</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="95"/>
        <source>Bulgarian</source>
        <translation>Bulgaars</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="96"/>
        <source>Romanian</source>
        <translation>Roemeens</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="97"/>
        <source>Persian</source>
        <translation>Perzisch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="98"/>
        <source>Chinese</source>
        <translation>Chinees</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="110"/>
        <source>Group %1</source>
        <translation>Groep %1</translation>
    </message>
</context>
</TS>
