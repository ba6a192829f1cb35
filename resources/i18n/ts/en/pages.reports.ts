<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="89" />
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="91" />
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="111" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="95" />
        <source>View/print PDF…</source>
        <translation>View/print PDF…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="96" />
        <source>View or print the report as PDF</source>
        <translation>View or print the report as PDF</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="98" />
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="99" />
        <source>Export the report to Excel</source>
        <translation>Export the report to Excel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="115" />
        <source>Figures per school</source>
        <translation>Figures per school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="120" />
        <source>Aggregates only: no names of pupils, parents or staff. Counts of pupils or families below 5 (0 included) are shown as &lt;5, so no child can be singled out. Signals about pupils are never part of the report.</source>
        <translation>Aggregates only: no names of pupils, parents or staff. Counts of pupils or families below 5 (0 included) are shown as &lt;5, so no child can be singled out. Signals about pupils are never part of the report.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="129" />
        <source>School year:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="132" />
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="145" />
        <source>Per school</source>
        <translation>Per school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="147" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="148" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="155" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="159" />
        <source>Key figure</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="160" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="194" />
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="194" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="194" />
        <source>Home and parents</source>
        <translation>Home and parents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="195" />
        <source>Home-activity languages</source>
        <translation>Home-activity languages</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="195" />
        <source>Trainer meetings</source>
        <translation>Trainer meetings</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="199" />
        <source>Schools with groep 6 in the programme</source>
        <translation>Schools with groep 6 in the programme</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="200" />
        <source>Groups in the programme</source>
        <translation>Groups in the programme</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="201" />
        <source>Groups with at least one lesson given</source>
        <translation>Groups with at least one lesson given</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="202" />
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="221" />
        <source>Pupils reached</source>
        <translation>Pupils reached</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="203" />
        <source>Lesson moments in the programme</source>
        <translation>Lesson moments in the programme</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="204" />
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="205" />
        <source>Planned, still to come</source>
        <translation>Planned, still to come</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="206" />
        <source>Without a date yet</source>
        <translation>Without a date yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="207" />
        <source>Cancelled (at least once)</source>
        <translation>Cancelled (at least once)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="208" />
        <source>Attendance at lessons given</source>
        <translation>Attendance at lessons given</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="209" />
        <source>Reflections by the duo</source>
        <translation>Reflections by the duo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="210" />
        <source>Average group climate (1-5)</source>
        <translation>Average group climate (1-5)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="211" />
        <source>Sets of home activities printed</source>
        <translation>Sets of home activities printed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="212" />
        <source>Home-activity sheets</source>
        <translation>Home-activity sheets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="213" />
        <source>Return slips: done</source>
        <translation>Return slips: done</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="214" />
        <source>Return slips: not done</source>
        <translation>Return slips: not done</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="215" />
        <source>Parent meetings held</source>
        <translation>Parent meetings held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="216" />
        <source>Families at a parent meeting</source>
        <translation>Families at a parent meeting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="221" />
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="222" />
        <source>Lessons total</source>
        <translation>Lessons total</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="222" />
        <source>Lessons given</source>
        <translation>Lessons given</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="223" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="223" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="224" />
        <source>Reflections</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="224" />
        <source>Climate</source>
        <translation>Climate</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="225" />
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="225" />
        <source>Slips done</source>
        <translation>Slips done</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="226" />
        <source>Slips not done</source>
        <translation>Slips not done</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="226" />
        <source>Parent meetings</source>
        <translation>Parent meetings</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="227" />
        <source>Families present</source>
        <translation>Families present</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="236" />
        <source>Other languages</source>
        <translation>Other languages</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="238" />
        <source>%1 sets</source>
        <translation>%1 sets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="240" />
        <source>Intervision</source>
        <translation>Intervision</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="240" />
        <source>Team meeting at school</source>
        <translation>Team meeting at school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="245" />
        <source>%1: held</source>
        <translation>%1: held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="246" />
        <source>%1: trainers present</source>
        <translation>%1: trainers present</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="247" />
        <source>%1: hours</source>
        <translation>%1: hours</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="266" />
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="272" />
        <source>Making the report</source>
        <translation>Making the report</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="288" />
        <source>All schools</source>
        <translation>All schools</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="297" />
        <source>There is no school year yet. Set one up on the Setup page first.</source>
        <translation>There is no school year yet. Set one up on the Setup page first.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="302" />
        <source>%1 – %2, made on %3.</source>
        <translation>%1 – %2, made on %3.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="303" />
        <source>all schools</source>
        <translation>all schools</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="306" />
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="309" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="340" />
        <source>Making the PDF</source>
        <translation>Making the PDF</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="345" />
        <source>Report for the municipality</source>
        <translation>Report for the municipality</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="356" />
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="357" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="362" />
        <source>Exporting to Excel</source>
        <translation>Exporting to Excel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="367" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
</TS>