<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="92"/>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="94"/>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="114"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="98"/>
        <source>View/print PDF…</source>
        <translation>PDF bekijken/printen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="99"/>
        <source>View or print the report as PDF</source>
        <translation>De rapportage als PDF bekijken of printen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="101"/>
        <source>Export to Excel…</source>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="102"/>
        <source>Export the report to Excel</source>
        <translation>De rapportage exporteren naar Excel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="118"/>
        <source>Figures per school</source>
        <translation>Cijfers per school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="123"/>
        <source>Aggregates only: no names of pupils, parents or staff. Counts of pupils or families below 5 (0 included) are shown as &lt;5, so no child can be singled out. Signals about pupils are never part of the report.</source>
        <translation>Alleen totalen: geen namen van leerlingen, ouders of medewerkers. Aantallen leerlingen of gezinnen onder de 5 (ook 0) staan er als &lt;5, zodat geen kind herkenbaar is. Signalen over leerlingen staan nooit in de rapportage.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="127"/>
        <source>• = hidden although it is 5 or more: otherwise a small count could be worked out from the total and the other schools.</source>
        <translation>• = verborgen, hoewel het 5 of meer is: anders was een klein aantal uit het totaal en de andere scholen terug te rekenen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="138"/>
        <source>School year:</source>
        <translation>Schooljaar:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="141"/>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="154"/>
        <source>Per school</source>
        <translation>Per school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="157"/>
        <source>Report</source>
        <translation>Rapportage</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="158"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="165"/>
        <source>Reports</source>
        <translation>Rapportage</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="169"/>
        <source>Key figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="170"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="204"/>
        <source>Reach</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="204"/>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="204"/>
        <source>Home and parents</source>
        <translation>Thuis en ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="205"/>
        <source>Home-activity languages</source>
        <translation>Talen van de thuisopdrachten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="205"/>
        <source>Trainer meetings</source>
        <translation>Intervisie en teamoverleg</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="209"/>
        <source>Schools with groep 6 in the programme</source>
        <translation>Scholen met groep 6 in het programma</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="210"/>
        <source>Groups in the programme</source>
        <translation>Groepen in het programma</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="211"/>
        <source>Groups with at least one lesson given</source>
        <translation>Groepen met minstens één gegeven les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="212"/>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="231"/>
        <source>Pupils reached</source>
        <translation>Leerlingen bereikt</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="213"/>
        <source>Lesson moments in the programme</source>
        <translation>Lesmomenten in het programma</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="214"/>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="215"/>
        <source>Planned, still to come</source>
        <translation>Gepland, nog te geven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="216"/>
        <source>Without a date yet</source>
        <translation>Nog zonder datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="217"/>
        <source>Cancelled (at least once)</source>
        <translation>Afgelast (minstens één keer)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="218"/>
        <source>Attendance at lessons given</source>
        <translation>Aanwezigheid bij gegeven lessen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="219"/>
        <source>Reflections by the duo</source>
        <translation>Reflecties van het duo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="220"/>
        <source>Average group climate (1-5)</source>
        <translation>Gemiddeld groepsklimaat (1-5)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="221"/>
        <source>Sets of home activities printed</source>
        <translation>Sets thuisopdrachten geprint</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="222"/>
        <source>Home-activity sheets</source>
        <translation>Thuisopdrachtbladen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="223"/>
        <source>Return slips: done</source>
        <translation>Retourstrookjes: gedaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="224"/>
        <source>Return slips: not done</source>
        <translation>Retourstrookjes: niet gedaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="225"/>
        <source>Parent meetings held</source>
        <translation>Ouderbijeenkomsten gehouden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="226"/>
        <source>Families at a parent meeting</source>
        <translation>Gezinnen bij een ouderbijeenkomst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="231"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="232"/>
        <source>Lessons total</source>
        <translation>Lessen totaal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="232"/>
        <source>Lessons given</source>
        <translation>Lessen gegeven</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="233"/>
        <source>Cancelled</source>
        <translation>Afgelast</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="233"/>
        <source>Attendance</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="234"/>
        <source>Reflections</source>
        <translation>Reflecties</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="234"/>
        <source>Climate</source>
        <translation>Klimaat</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="235"/>
        <source>Sheets</source>
        <translation>Thuisbladen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="235"/>
        <source>Slips done</source>
        <translation>Strookjes gedaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="236"/>
        <source>Slips not done</source>
        <translation>Strookjes niet gedaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="236"/>
        <source>Parent meetings</source>
        <translation>Bijeenkomsten ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="237"/>
        <source>Families present</source>
        <translation>Gezinnen aanwezig</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="246"/>
        <source>Other languages</source>
        <translation>Andere talen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="248"/>
        <source>%1 sets</source>
        <translation>%1 sets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="250"/>
        <source>Peer consultation</source>
        <translation>Intervisie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="250"/>
        <source>Team meeting at school</source>
        <translation>Teamoverleg op school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="255"/>
        <source>%1: held</source>
        <translation>%1: gehouden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="256"/>
        <source>%1: trainers present</source>
        <translation>%1: trainers aanwezig</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="257"/>
        <source>%1: hours</source>
        <translation>%1: uren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="270"/>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="277"/>
        <source>Making the report</source>
        <translation>Rapportage maken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="293"/>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="303"/>
        <source>There is no school year yet. Set one up on the Setup page first.</source>
        <translation>Er is nog geen schooljaar. Richt er eerst een in op de pagina Inrichting.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="308"/>
        <source>%1 – %2, made on %3.</source>
        <translation>%1 – %2, gemaakt op %3.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="309"/>
        <source>all schools</source>
        <translation>alle scholen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="312"/>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="315"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="353"/>
        <source>Making the PDF</source>
        <translation>PDF maken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="358"/>
        <source>Report for the municipality</source>
        <translation>Rapportage voor de gemeente</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="369"/>
        <source>Export to Excel</source>
        <translation>Exporteren naar Excel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="370"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="375"/>
        <source>Exporting to Excel</source>
        <translation>Exporteren naar Excel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/reports.py" line="380"/>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
</TS>
