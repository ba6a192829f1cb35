<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>TodoPanel</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="38" />
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="51" />
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="39" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="40" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="41" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="55" />
        <source>To-do summary</source>
        <translation>To-do summary</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="56" />
        <source>Press Enter or double-click to open an item.</source>
        <translation>Press Enter or double-click to open an item.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="69" />
        <source>Lesson %1</source>
        <translation>Lesson %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="85" />
        <source>Nothing left to do. Well done!</source>
        <translation>Nothing left to do. Well done!</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="86" />
        <source>%1 thing(s) still to do.</source>
        <translation>%1 thing(s) still to do.</translation>
    </message>
</context>
</TS>