<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="85" />
        <source>WIsH Desk — %1</source>
        <translation>WIsH Desk — %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="49" />
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="45" />
        <source>WIsH Desk</source>
        <translation>WIsH Desk</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="54" />
        <location filename="../../../../wishdesk/gui/main_window.py" line="76" />
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="61" />
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="86" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="88" />
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="123" />
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="143" />
        <source>Lock when idle</source>
        <translation>Lock when idle</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="144" />
        <source>Lock WIsH Desk after this many minutes without use (this database):</source>
        <translation>Lock WIsH Desk after this many minutes without use (this database):</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="158" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="159" />
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="160" />
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="161" />
        <source>&amp;Take the team database along…</source>
        <translation>&amp;Take the team database along…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="165" />
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="166" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="167" />
        <source>&amp;Check database…</source>
        <translation>&amp;Check database…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="168" />
        <source>Recover with recovery &amp;key…</source>
        <translation>Recover with recovery &amp;key…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="172" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="175" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="89" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="89" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="176" />
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="177" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="188" />
        <source>Lock when &amp;idle…</source>
        <translation>Lock when &amp;idle…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="194" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="195" />
        <source>&amp;About WIsH Desk</source>
        <translation>&amp;About WIsH Desk</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="218" />
        <source>About WIsH Desk</source>
        <translation>About WIsH Desk</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/main_window.py" line="219" />
        <source>&lt;b&gt;WIsH Desk %1&lt;/b&gt;&lt;p&gt;Plan, run and document the WIsH resilience programme in groep 6: duo lessons of class teacher and resilience specialist, parents involved, home activities printed in the family's language.&lt;/p&gt;&lt;p&gt;Works offline; your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;WIsH Desk %1&lt;/b&gt;&lt;p&gt;Plan, run and document the WIsH resilience programme in groep 6: duo lessons of class teacher and resilience specialist, parents involved, home activities printed in the family's language.&lt;/p&gt;&lt;p&gt;Works offline; your data stays on this computer.&lt;/p&gt;</translation>
    </message>
</context>
</TS>