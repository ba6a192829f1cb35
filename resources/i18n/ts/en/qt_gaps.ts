<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../../../wishdesk/gui/qt_gaps.py" line="21" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/qt_gaps.py" line="22" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/qt_gaps.py" line="23" />
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/qt_gaps.py" line="24" />
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/qt_gaps.py" line="18" />
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/qt_gaps.py" line="19" />
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
</TS>