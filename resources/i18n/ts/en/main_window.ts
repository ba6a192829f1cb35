<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="36" />
        <source>WIsH Desk — %1</source>
        <translation>WIsH Desk — %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="40" />
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="50" />
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="63" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="65" />
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="77" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="78" />
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="79" />
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="81" />
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="82" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="83" />
        <source>&amp;Check database…</source>
        <translation>&amp;Check database…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="85" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="87" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="88" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="90" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="95" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="96" />
        <source>&amp;About WIsH Desk</source>
        <translation>&amp;About WIsH Desk</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="106" />
        <source>About WIsH Desk</source>
        <translation>About WIsH Desk</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="107" />
        <source>&lt;b&gt;WIsH Desk %1&lt;/b&gt;&lt;p&gt;Plan, run and document the WIsH resilience programme in groep 6: duo lessons of class teacher and resilience specialist, parents involved, home activities printed in the family's language.&lt;/p&gt;&lt;p&gt;Works offline; your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;WIsH Desk %1&lt;/b&gt;&lt;p&gt;Plan, run and document the WIsH resilience programme in groep 6: duo lessons of class teacher and resilience specialist, parents involved, home activities printed in the family's language.&lt;/p&gt;&lt;p&gt;Works offline; your data stays on this computer.&lt;/p&gt;</translation>
    </message>
</context>
</TS>