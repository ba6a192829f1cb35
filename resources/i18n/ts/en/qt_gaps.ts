<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/qt_gaps.py" line="17" />
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/qt_gaps.py" line="18" />
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
</TS>