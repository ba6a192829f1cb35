<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>LessonsPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="46" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="47" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="48" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="49" />
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="51" />
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="107" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="54" />
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="59" />
        <source>Give this year its own copy</source>
        <translation>Give this year its own copy</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="64" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="64" />
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="65" />
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="66" />
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="67" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="69" />
        <source>%1 lesson</source>
        <translation>%1 lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="75" />
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="82" />
        <source>Lesson plan</source>
        <translation>Lesson plan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="81" />
        <source>Lesson plan or editor</source>
        <translation>Lesson plan or editor</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="83" />
        <source>Edit lesson</source>
        <translation>Edit lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="88" />
        <source>School year:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="111" />
        <source>%1 of %2 languages</source>
        <translation>%1 of %2 languages</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="115" />
        <source>Every language was checked by a person.</source>
        <translation>Every language was checked by a person.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="117" />
        <source>Not yet checked by a person: %1</source>
        <translation>Not yet checked by a person: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="171" />
        <source>This school year has no lesson programme yet.</source>
        <translation>This school year has no lesson programme yet.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="173" />
        <source>This programme is also used by %1. Give this year its own copy before you change it, so the other year stays as it was.</source>
        <translation>This programme is also used by %1. Give this year its own copy before you change it, so the other year stays as it was.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="176" />
        <source>Lessons of this programme have been given %1 times this year; changes also show for them. To prepare next year's programme, choose next school year above.</source>
        <translation>Lessons of this programme have been given %1 times this year; changes also show for them. To prepare next year's programme, choose next school year above.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="206" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="206" />
        <source>Save the changes to this lesson first?</source>
        <translation>Save the changes to this lesson first?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="207" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="207" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="207" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="248" />
        <source>lesson %1</source>
        <translation>lesson %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="255" />
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="287" />
        <source>Add a lesson</source>
        <translation>Add a lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="293" />
        <source>Duplicate %1</source>
        <translation>Duplicate %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="301" />
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="229" />
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="168" />
        <source>There is no school year yet: this is the standard programme, to read. Create a school year under Setup; it gets its own copy that you can adapt.</source>
        <translation>There is no school year yet: this is the standard programme, to read. Create a school year under Setup; it gets its own copy that you can adapt.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="229" />
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="229" />
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="230" />
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="230" />
        <source>Who leads</source>
        <translation>Who leads</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="230" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="231" />
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/lessons.py" line="231" />
        <source>Home activity</source>
        <translation>Home activity</translation>
    </message>
</context>
</TS>