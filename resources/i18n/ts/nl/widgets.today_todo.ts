<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>TodoPanel</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="38"/>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="51"/>
        <source>To do</source>
        <translation>Nog te doen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="39"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="40"/>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="41"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="55"/>
        <source>To-do summary</source>
        <translation>Samenvatting nog te doen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="56"/>
        <source>Press Enter or double-click to open an item.</source>
        <translation>Druk op Enter of dubbelklik om een punt te openen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="69"/>
        <source>Lesson %1</source>
        <translation>Les %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="85"/>
        <source>Nothing left to do. Well done!</source>
        <translation>Niets meer te doen. Goed gedaan!</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/today_todo.py" line="86"/>
        <source>%1 thing(s) still to do.</source>
        <translation>Nog %1 punt(en) te doen.</translation>
    </message>
</context>
</TS>
