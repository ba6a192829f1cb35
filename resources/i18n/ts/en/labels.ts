<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Labels</name>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="19" />
        <source>class teacher</source>
        <translation>class teacher</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="20" />
        <source>resilience specialist</source>
        <translation>resilience specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="21" />
        <source>care coordinator</source>
        <translation>care coordinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="22" />
        <source>programme coordinator</source>
        <translation>programme coordinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="28" />
        <source>youth care</source>
        <translation>youth care</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="29" />
        <source>municipality</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="30" />
        <source>partner in the neighbourhood</source>
        <translation>partner in the neighbourhood</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="31" />
        <source>school or school board</source>
        <translation>school or school board</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="38" />
        <source>Youth care</source>
        <translation>Youth care</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="39" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="40" />
        <source>Partners in the neighbourhood</source>
        <translation>Partners in the neighbourhood</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="41" />
        <source>Schools and school boards</source>
        <translation>Schools and school boards</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="47" />
        <source>north</source>
        <translation>north</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="48" />
        <source>central</source>
        <translation>central</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="49" />
        <source>south</source>
        <translation>south</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="55" />
        <source>parent platform</source>
        <translation>parent platform</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="56" />
        <source>paper</source>
        <translation>paper</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="57" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="63" />
        <source>pupil in the class video</source>
        <translation>pupil in the class video</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="64" />
        <source>photos</source>
        <translation>photos</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="65" />
        <source>sharing with youth care</source>
        <translation>sharing with youth care</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="72" />
        <source>boy</source>
        <translation>boy</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="73" />
        <source>girl</source>
        <translation>girl</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="96" />
        <source>together</source>
        <translation>together</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="97" />
        <source>teacher</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="98" />
        <source>specialist</source>
        <translation>specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="109" />
        <source>practice lesson (duo)</source>
        <translation>practice lesson (duo)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="110" />
        <source>theory lesson (teacher)</source>
        <translation>theory lesson (teacher)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="84" />
        <source>boys</source>
        <translation>boys</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="85" />
        <source>girls</source>
        <translation>girls</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="120" />
        <source>not planned</source>
        <translation>not planned</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="121" />
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="122" />
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="123" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="129" />
        <source>Wellbeing</source>
        <translation>Wellbeing</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="130" />
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="131" />
        <source>Bullying</source>
        <translation>Bullying</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="132" />
        <source>Behaviour</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="133" />
        <source>Home situation</source>
        <translation>Home situation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="134" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="140" />
        <source>No follow-up yet</source>
        <translation>No follow-up yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="141" />
        <source>Talk with the parents</source>
        <translation>Talk with the parents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="142" />
        <source>Discuss with the care coordinator</source>
        <translation>Discuss with the care coordinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="143" />
        <source>Next step of the reporting code</source>
        <translation>Next step of the reporting code</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="148" />
        <source>Peer consultation</source>
        <translation>Peer consultation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="149" />
        <source>Team meeting</source>
        <translation>Team meeting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="154" />
        <source>Parent evening</source>
        <translation>Parent evening</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="155" />
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="156" />
        <source>Round table</source>
        <translation>Round table</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="157" />
        <source>Online activity</source>
        <translation>Online activity</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="158" />
        <source>Closing showcase</source>
        <translation>Closing showcase</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="164" />
        <source>Was this lesson held?</source>
        <translation>Was this lesson held?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="165" />
        <source>Record attendance</source>
        <translation>Record attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="166" />
        <source>Write the reflection</source>
        <translation>Write the reflection</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="167" />
        <source>Review a concern</source>
        <translation>Review a concern</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="168" />
        <source>Record who came</source>
        <translation>Record who came</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="175" />
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="176" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="177" />
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="178" />
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="179" />
        <source>Berber</source>
        <translation>Berber</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="180" />
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="181" />
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="182" />
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="183" />
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="184" />
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="185" />
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="186" />
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="187" />
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="188" />
        <source>Portuguese</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="189" />
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="190" />
        <source>Romanian</source>
        <translation>Romanian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="191" />
        <source>Bulgarian</source>
        <translation>Bulgarian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="192" />
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="193" />
        <source>Pashto</source>
        <translation>Pashto</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="194" />
        <source>Kurdish</source>
        <translation>Kurdish</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="195" />
        <source>Amharic</source>
        <translation>Amharic</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="196" />
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="197" />
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="198" />
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="199" />
        <source>Papiamento</source>
        <translation>Papiamento</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="200" />
        <source>Sranan Tongo</source>
        <translation>Sranan Tongo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="201" />
        <source>Hungarian</source>
        <translation>Hungarian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="202" />
        <source>Serbian</source>
        <translation>Serbian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="203" />
        <source>Croatian</source>
        <translation>Croatian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="204" />
        <source>Bosnian</source>
        <translation>Bosnian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="205" />
        <source>Albanian</source>
        <translation>Albanian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="206" />
        <source>Greek</source>
        <translation>Greek</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="207" />
        <source>Lithuanian</source>
        <translation>Lithuanian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="208" />
        <source>Latvian</source>
        <translation>Latvian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="209" />
        <source>Slovak</source>
        <translation>Slovak</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="210" />
        <source>Czech</source>
        <translation>Czech</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="211" />
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="212" />
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="213" />
        <source>Frisian</source>
        <translation>Frisian</translation>
    </message>
</context>
</TS>