<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="77" />
        <source>WIsH Desk — %1</source>
        <translation>WIsH Desk — %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="45" />
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="41" />
        <source>WIsH Desk</source>
        <translation>WIsH Desk</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="50" />
        <location filename="../../../../wishdesk/gui/main_window.py" line="68" />
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="55" />
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="78" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="80" />
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="105" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="106" />
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="107" />
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="109" />
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="110" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="111" />
        <source>&amp;Check database…</source>
        <translation>&amp;Check database…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="113" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="115" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="81" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="81" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="116" />
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="117" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="128" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="129" />
        <source>&amp;About WIsH Desk</source>
        <translation>&amp;About WIsH Desk</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="148" />
        <source>About WIsH Desk</source>
        <translation>About WIsH Desk</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="149" />
        <source>&lt;b&gt;WIsH Desk %1&lt;/b&gt;&lt;p&gt;Plan, run and document the WIsH resilience programme in groep 6: duo lessons of class teacher and resilience specialist, parents involved, home activities printed in the family's language.&lt;/p&gt;&lt;p&gt;Works offline; your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;WIsH Desk %1&lt;/b&gt;&lt;p&gt;Plan, run and document the WIsH resilience programme in groep 6: duo lessons of class teacher and resilience specialist, parents involved, home activities printed in the family's language.&lt;/p&gt;&lt;p&gt;Works offline; your data stays on this computer.&lt;/p&gt;</translation>
    </message>
</context>
</TS>