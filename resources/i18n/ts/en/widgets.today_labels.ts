<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="16" />
        <source>boys</source>
        <translation>boys</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="17" />
        <source>girls</source>
        <translation>girls</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="22" />
        <source>not planned</source>
        <translation>not planned</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="23" />
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="24" />
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="25" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="37" />
        <source>Wellbeing</source>
        <translation>Wellbeing</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="38" />
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="39" />
        <source>Bullying</source>
        <translation>Bullying</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="40" />
        <source>Behaviour</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="41" />
        <source>Home situation</source>
        <translation>Home situation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="42" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="48" />
        <source>No follow-up yet</source>
        <translation>No follow-up yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="49" />
        <source>Talk with the parents</source>
        <translation>Talk with the parents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="50" />
        <source>Discuss with the care coordinator</source>
        <translation>Discuss with the care coordinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="51" />
        <source>Next step of the reporting code</source>
        <translation>Next step of the reporting code</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="56" />
        <source>Intervision</source>
        <translation>Intervision</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="57" />
        <source>Team meeting</source>
        <translation>Team meeting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="62" />
        <source>Parent evening</source>
        <translation>Parent evening</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="63" />
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="64" />
        <source>Round table</source>
        <translation>Round table</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="65" />
        <source>Online activity</source>
        <translation>Online activity</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="66" />
        <source>Closing showcase</source>
        <translation>Closing showcase</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="72" />
        <source>Was this lesson held?</source>
        <translation>Was this lesson held?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="73" />
        <source>Record attendance</source>
        <translation>Record attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="74" />
        <source>Write the reflection</source>
        <translation>Write the reflection</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="75" />
        <source>Review a concern</source>
        <translation>Review a concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="76" />
        <source>Record who came</source>
        <translation>Record who came</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="83" />
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="84" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="85" />
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="86" />
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="87" />
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="88" />
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="89" />
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="90" />
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="91" />
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="92" />
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="93" />
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="94" />
        <source>Portuguese</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="95" />
        <source>Bulgarian</source>
        <translation>Bulgarian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="96" />
        <source>Romanian</source>
        <translation>Romanian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="97" />
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="98" />
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_labels.py" line="110" />
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
</context>
</TS>