<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="92" />
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="94" />
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="114" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="98" />
        <source>View/print PDF…</source>
        <translation>View/print PDF…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="99" />
        <source>View or print the report as PDF</source>
        <translation>View or print the report as PDF</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="101" />
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="102" />
        <source>Export the report to Excel</source>
        <translation>Export the report to Excel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="118" />
        <source>Figures per school</source>
        <translation>Figures per school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="123" />
        <source>Aggregates only: no names of pupils, parents or staff. Counts of pupils or families below 5 (0 included) are shown as &lt;5, so no child can be singled out. Signals about pupils are never part of the report.</source>
        <translation>Aggregates only: no names of pupils, parents or staff. Counts of pupils or families below 5 (0 included) are shown as &lt;5, so no child can be singled out. Signals about pupils are never part of the report.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="127" />
        <source>• = hidden although it is 5 or more: otherwise a small count could be worked out from the total and the other schools.</source>
        <translation>• = hidden although it is 5 or more: otherwise a small count could be worked out from the total and the other schools.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="138" />
        <source>School year:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="141" />
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="154" />
        <source>Per school</source>
        <translation>Per school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="157" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="158" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="165" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="169" />
        <source>Key figure</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="170" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="204" />
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="204" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="204" />
        <source>Home and parents</source>
        <translation>Home and parents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="205" />
        <source>Home-activity languages</source>
        <translation>Home-activity languages</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="205" />
        <source>Trainer meetings</source>
        <translation>Trainer meetings</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="209" />
        <source>Schools with groep 6 in the programme</source>
        <translation>Schools with groep 6 in the programme</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="210" />
        <source>Groups in the programme</source>
        <translation>Groups in the programme</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="211" />
        <source>Groups with at least one lesson given</source>
        <translation>Groups with at least one lesson given</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="212" />
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="231" />
        <source>Pupils reached</source>
        <translation>Pupils reached</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="213" />
        <source>Lesson moments in the programme</source>
        <translation>Lesson moments in the programme</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="214" />
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="215" />
        <source>Planned, still to come</source>
        <translation>Planned, still to come</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="216" />
        <source>Without a date yet</source>
        <translation>Without a date yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="217" />
        <source>Cancelled (at least once)</source>
        <translation>Cancelled (at least once)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="218" />
        <source>Attendance at lessons given</source>
        <translation>Attendance at lessons given</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="219" />
        <source>Reflections by the duo</source>
        <translation>Reflections by the duo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="220" />
        <source>Average group climate (1-5)</source>
        <translation>Average group climate (1-5)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="221" />
        <source>Sets of home activities printed</source>
        <translation>Sets of home activities printed</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="222" />
        <source>Home-activity sheets</source>
        <translation>Home-activity sheets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="223" />
        <source>Return slips: done</source>
        <translation>Return slips: done</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="224" />
        <source>Return slips: not done</source>
        <translation>Return slips: not done</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="225" />
        <source>Parent meetings held</source>
        <translation>Parent meetings held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="226" />
        <source>Families at a parent meeting</source>
        <translation>Families at a parent meeting</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="231" />
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="232" />
        <source>Lessons total</source>
        <translation>Lessons total</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="232" />
        <source>Lessons given</source>
        <translation>Lessons given</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="233" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="233" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="234" />
        <source>Reflections</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="234" />
        <source>Climate</source>
        <translation>Climate</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="235" />
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="235" />
        <source>Slips done</source>
        <translation>Slips done</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="236" />
        <source>Slips not done</source>
        <translation>Slips not done</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="236" />
        <source>Parent meetings</source>
        <translation>Parent meetings</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="237" />
        <source>Families present</source>
        <translation>Families present</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="246" />
        <source>Other languages</source>
        <translation>Other languages</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="248" />
        <source>%1 sets</source>
        <translation>%1 sets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="250" />
        <source>Peer consultation</source>
        <translation>Peer consultation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="250" />
        <source>Team meeting at school</source>
        <translation>Team meeting at school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="255" />
        <source>%1: held</source>
        <translation>%1: held</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="256" />
        <source>%1: trainers present</source>
        <translation>%1: trainers present</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="257" />
        <source>%1: hours</source>
        <translation>%1: hours</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="270" />
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="277" />
        <source>Making the report</source>
        <translation>Making the report</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="293" />
        <source>All schools</source>
        <translation>All schools</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="303" />
        <source>There is no school year yet. Set one up on the Setup page first.</source>
        <translation>There is no school year yet. Set one up on the Setup page first.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="308" />
        <source>%1 – %2, made on %3.</source>
        <translation>%1 – %2, made on %3.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="309" />
        <source>all schools</source>
        <translation>all schools</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="312" />
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="315" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="353" />
        <source>Making the PDF</source>
        <translation>Making the PDF</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="358" />
        <source>Report for the municipality</source>
        <translation>Report for the municipality</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="369" />
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="370" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="375" />
        <source>Exporting to Excel</source>
        <translation>Exporting to Excel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="380" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
</TS>