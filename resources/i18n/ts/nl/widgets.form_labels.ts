<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Labels</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="10"/>
        <source>class teacher</source>
        <translation>leerkracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="11"/>
        <source>resilience specialist</source>
        <translation>weerbaarheidsspecialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="12"/>
        <source>care coordinator</source>
        <translation>intern begeleider</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="13"/>
        <source>programme coordinator</source>
        <translation>programmacoördinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="19"/>
        <source>youth care</source>
        <translation>jeugdhulp</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="20"/>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="21"/>
        <source>partner in the neighbourhood</source>
        <translation>partner in de wijk</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="22"/>
        <source>school or school board</source>
        <translation>school of schoolbestuur</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="29"/>
        <source>Youth care</source>
        <translation>Jeugdhulp</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="30"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="31"/>
        <source>Partners in the neighbourhood</source>
        <translation>Partners in de wijk</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="32"/>
        <source>Schools and school boards</source>
        <translation>Scholen en schoolbesturen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="38"/>
        <source>north</source>
        <translation>noord</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="39"/>
        <source>central</source>
        <translation>midden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="40"/>
        <source>south</source>
        <translation>zuid</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="46"/>
        <source>parent platform</source>
        <translation>ouderportaal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="47"/>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="48"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="54"/>
        <source>pupil in the class video</source>
        <translation>leerling in de klassenvideo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="55"/>
        <source>photos</source>
        <translation>foto&apos;s</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="56"/>
        <source>sharing with youth care</source>
        <translation>delen met jeugdhulp</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="62"/>
        <source>boy</source>
        <translation>jongen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="63"/>
        <source>girl</source>
        <translation>meisje</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="69"/>
        <source>together</source>
        <translation>samen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="70"/>
        <source>teacher</source>
        <translation>leerkracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="71"/>
        <source>specialist</source>
        <translation>specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="77"/>
        <source>practice lesson (duo)</source>
        <translation>praktijkles (duo)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="78"/>
        <source>theory lesson (teacher)</source>
        <translation>theorieles (leerkracht)</translation>
    </message>
</context>
</TS>
