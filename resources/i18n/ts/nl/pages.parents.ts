<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ParentsPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="49"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="54"/>
        <source>Group:</source>
        <translation>Groep:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="58"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="59"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="60"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="61"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="61"/>
        <source>whole school</source>
        <translation>hele school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="62"/>
        <source>Came</source>
        <translation>Gekomen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="70"/>
        <source>Parent events</source>
        <translation>Ouderbijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="74"/>
        <source>New event…</source>
        <translation>Nieuwe bijeenkomst…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="74"/>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="246"/>
        <source>New parent event</source>
        <translation>Nieuwe ouderbijeenkomst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="75"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="75"/>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="265"/>
        <source>Edit parent event</source>
        <translation>Ouderbijeenkomst bewerken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="76"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="76"/>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="276"/>
        <source>Delete parent event</source>
        <translation>Ouderbijeenkomst verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="77"/>
        <source>Print invitations…</source>
        <translation>Uitnodigingen printen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="78"/>
        <source>Print invitation letters</source>
        <translation>Uitnodigingsbrieven printen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="94"/>
        <source>Lesson of the home activity</source>
        <translation>Les van de thuisopdracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="96"/>
        <source>Print home activities…</source>
        <translation>Thuisopdrachten printen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="97"/>
        <source>Print home-activity sheets</source>
        <translation>Thuisopdrachtbladen printen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="98"/>
        <source>Home activity of lesson:</source>
        <translation>Thuisopdracht van les:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="102"/>
        <source>Parents sections</source>
        <translation>Onderdelen ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="103"/>
        <source>Who came</source>
        <translation>Wie kwam er</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="104"/>
        <source>Return slips</source>
        <translation>Retourstrookjes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="118"/>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="128"/>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="133"/>
        <source>not recorded</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="134"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="287"/>
        <source>Save who came</source>
        <translation>Opslaan wie er kwam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="298"/>
        <source>Save return slips</source>
        <translation>Retourstrookjes opslaan</translation>
    </message>
</context>
</TS>
