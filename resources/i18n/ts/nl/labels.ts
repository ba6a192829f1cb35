<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Labels</name>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="19"/>
        <source>class teacher</source>
        <translation>leerkracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="20"/>
        <source>resilience specialist</source>
        <translation>weerbaarheidsspecialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="21"/>
        <source>care coordinator</source>
        <translation>intern begeleider</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="22"/>
        <source>programme coordinator</source>
        <translation>programmacoördinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="28"/>
        <source>youth care</source>
        <translation>jeugdhulp</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="29"/>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="30"/>
        <source>partner in the neighbourhood</source>
        <translation>partner in de wijk</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="31"/>
        <source>school or school board</source>
        <translation>school of schoolbestuur</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="38"/>
        <source>Youth care</source>
        <translation>Jeugdhulp</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="39"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="40"/>
        <source>Partners in the neighbourhood</source>
        <translation>Partners in de wijk</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="41"/>
        <source>Schools and school boards</source>
        <translation>Scholen en schoolbesturen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="47"/>
        <source>north</source>
        <translation>noord</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="48"/>
        <source>central</source>
        <translation>midden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="49"/>
        <source>south</source>
        <translation>zuid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="55"/>
        <source>parent platform</source>
        <translation>ouderportaal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="56"/>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="57"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="63"/>
        <source>pupil in the class video</source>
        <translation>leerling in de klassenvideo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="64"/>
        <source>photos</source>
        <translation>foto&apos;s</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="65"/>
        <source>sharing with youth care</source>
        <translation>delen met jeugdhulp</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="72"/>
        <source>boy</source>
        <translation>jongen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="73"/>
        <source>girl</source>
        <translation>meisje</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="96"/>
        <source>together</source>
        <translation>samen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="97"/>
        <source>teacher</source>
        <translation>leerkracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="98"/>
        <source>specialist</source>
        <translation>specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="109"/>
        <source>practice lesson (duo)</source>
        <translation>praktijkles (duo)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="110"/>
        <source>theory lesson (teacher)</source>
        <translation>theorieles (leerkracht)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="84"/>
        <source>boys</source>
        <translation>jongens</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="85"/>
        <source>girls</source>
        <translation>meisjes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="120"/>
        <source>not planned</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="121"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="122"/>
        <source>held</source>
        <translation>gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="123"/>
        <source>cancelled</source>
        <translation>afgelast</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="129"/>
        <source>Wellbeing</source>
        <translation>Welbevinden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="130"/>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="131"/>
        <source>Bullying</source>
        <translation>Pesten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="132"/>
        <source>Behaviour</source>
        <translation>Gedrag</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="133"/>
        <source>Home situation</source>
        <translation>Thuissituatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="134"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="140"/>
        <source>No follow-up yet</source>
        <translation>Nog geen vervolg</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="141"/>
        <source>Talk with the parents</source>
        <translation>Gesprek met de ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="142"/>
        <source>Discuss with the care coordinator</source>
        <translation>Bespreken met de intern begeleider</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="143"/>
        <source>Next step of the reporting code</source>
        <translation>Volgende stap van de meldcode</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="148"/>
        <source>Peer consultation</source>
        <translation>Intervisie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="149"/>
        <source>Team meeting</source>
        <translation>Teamoverleg</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="154"/>
        <source>Parent evening</source>
        <translation>Ouderavond</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="155"/>
        <source>Walk-in</source>
        <translation>Inloop</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="156"/>
        <source>Round table</source>
        <translation>Rondetafelgesprek</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="157"/>
        <source>Online activity</source>
        <translation>Online activiteit</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="158"/>
        <source>Closing showcase</source>
        <translation>Toonmoment</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="164"/>
        <source>Was this lesson held?</source>
        <translation>Is deze les gegeven?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="165"/>
        <source>Record attendance</source>
        <translation>Aanwezigheid invullen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="166"/>
        <source>Write the reflection</source>
        <translation>Reflectie schrijven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="167"/>
        <source>Review a concern</source>
        <translation>Signaal evalueren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="168"/>
        <source>Record who came</source>
        <translation>Invullen wie er kwam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="175"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="176"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="177"/>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="178"/>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="179"/>
        <source>Berber</source>
        <translation>Berbers</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="180"/>
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="181"/>
        <source>Ukrainian</source>
        <translation>Oekraïens</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="182"/>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="183"/>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="184"/>
        <source>Somali</source>
        <translation>Somalisch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="185"/>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="186"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="187"/>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="188"/>
        <source>Portuguese</source>
        <translation>Portugees</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="189"/>
        <source>Italian</source>
        <translation>Italiaans</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="190"/>
        <source>Romanian</source>
        <translation>Roemeens</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="191"/>
        <source>Bulgarian</source>
        <translation>Bulgaars</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="192"/>
        <source>Persian</source>
        <translation>Perzisch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="193"/>
        <source>Pashto</source>
        <translation>Pasjtoe</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="194"/>
        <source>Kurdish</source>
        <translation>Koerdisch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="195"/>
        <source>Amharic</source>
        <translation>Amhaars</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="196"/>
        <source>Chinese</source>
        <translation>Chinees</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="197"/>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="198"/>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="199"/>
        <source>Papiamento</source>
        <translation>Papiaments</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="200"/>
        <source>Sranan Tongo</source>
        <translation>Sranantongo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="201"/>
        <source>Hungarian</source>
        <translation>Hongaars</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="202"/>
        <source>Serbian</source>
        <translation>Servisch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="203"/>
        <source>Croatian</source>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="204"/>
        <source>Bosnian</source>
        <translation>Bosnisch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="205"/>
        <source>Albanian</source>
        <translation>Albanees</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="206"/>
        <source>Greek</source>
        <translation>Grieks</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="207"/>
        <source>Lithuanian</source>
        <translation>Litouws</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="208"/>
        <source>Latvian</source>
        <translation>Lets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="209"/>
        <source>Slovak</source>
        <translation>Slowaaks</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="210"/>
        <source>Czech</source>
        <translation>Tsjechisch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="211"/>
        <source>Vietnamese</source>
        <translation>Vietnamees</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="212"/>
        <source>Indonesian</source>
        <translation>Indonesisch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/labels.py" line="213"/>
        <source>Frisian</source>
        <translation>Fries</translation>
    </message>
</context>
</TS>
