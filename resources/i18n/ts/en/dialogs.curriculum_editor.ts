<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>LessonEditor</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="57" />
        <source>Language being edited</source>
        <translation>Language being edited</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="61" />
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="62" />
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="73" />
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="92" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="74" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="75" />
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="76" />
        <source>Kind of lesson</source>
        <translation>Kind of lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="79" />
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="80" />
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="81" />
        <source>Goals (one per line)</source>
        <translation>Goals (one per line)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="82" />
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="83" />
        <source>Materials (one per line)</source>
        <translation>Materials (one per line)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="84" />
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="85" />
        <source>What the class did (for parents)</source>
        <translation>What the class did (for parents)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="86" />
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="87" />
        <source>What your child practises (for parents)</source>
        <translation>What your child practises (for parents)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="88" />
        <source>Texts in this language checked by a person</source>
        <translation>Texts in this language checked by a person</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="92" />
        <source>Home activity title</source>
        <translation>Home activity title</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="93" />
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="93" />
        <source>Home activity text</source>
        <translation>Home activity text</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="94" />
        <source>Tip for parents</source>
        <translation>Tip for parents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="95" />
        <source>Home activity in this language checked by a person</source>
        <translation>Home activity in this language checked by a person</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="99" />
        <source>Parts of the lesson</source>
        <translation>Parts of the lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="100" />
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="101" />
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="102" />
        <source>Home activity</source>
        <translation>Home activity</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="104" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
</TS>