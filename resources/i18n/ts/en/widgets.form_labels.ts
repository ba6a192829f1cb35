<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Labels</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="10" />
        <source>class teacher</source>
        <translation>class teacher</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="11" />
        <source>resilience specialist</source>
        <translation>resilience specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="12" />
        <source>care coordinator</source>
        <translation>care coordinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="13" />
        <source>programme coordinator</source>
        <translation>programme coordinator</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="19" />
        <source>youth care</source>
        <translation>youth care</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="20" />
        <source>municipality</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="21" />
        <source>partner in the neighbourhood</source>
        <translation>partner in the neighbourhood</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="22" />
        <source>school or school board</source>
        <translation>school or school board</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="29" />
        <source>Youth care</source>
        <translation>Youth care</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="30" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="31" />
        <source>Partners in the neighbourhood</source>
        <translation>Partners in the neighbourhood</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="32" />
        <source>Schools and school boards</source>
        <translation>Schools and school boards</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="38" />
        <source>north</source>
        <translation>north</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="39" />
        <source>central</source>
        <translation>central</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="40" />
        <source>south</source>
        <translation>south</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="46" />
        <source>parent platform</source>
        <translation>parent platform</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="47" />
        <source>paper</source>
        <translation>paper</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="48" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="54" />
        <source>pupil in the class video</source>
        <translation>pupil in the class video</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="55" />
        <source>photos</source>
        <translation>photos</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="56" />
        <source>sharing with youth care</source>
        <translation>sharing with youth care</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="62" />
        <source>boy</source>
        <translation>boy</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="63" />
        <source>girl</source>
        <translation>girl</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="69" />
        <source>together</source>
        <translation>together</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="70" />
        <source>teacher</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="71" />
        <source>specialist</source>
        <translation>specialist</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="77" />
        <source>practice lesson (duo)</source>
        <translation>practice lesson (duo)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/form_labels.py" line="78" />
        <source>theory lesson (teacher)</source>
        <translation>theory lesson (teacher)</translation>
    </message>
</context>
</TS>