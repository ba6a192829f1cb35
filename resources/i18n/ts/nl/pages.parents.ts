<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ParentsPage</name>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="52"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="58"/>
        <source>Group:</source>
        <translation>Groep:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="62"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="63"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="64"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="65"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="65"/>
        <source>whole school</source>
        <translation>hele school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="66"/>
        <source>Came</source>
        <translation>Gekomen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="75"/>
        <source>Parent events</source>
        <translation>Ouderbijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="79"/>
        <source>New event…</source>
        <translation>Nieuwe bijeenkomst…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="79"/>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="255"/>
        <source>New parent event</source>
        <translation>Nieuwe ouderbijeenkomst</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="80"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="80"/>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="271"/>
        <source>Edit parent event</source>
        <translation>Ouderbijeenkomst bewerken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="81"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="81"/>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="281"/>
        <source>Delete parent event</source>
        <translation>Ouderbijeenkomst verwijderen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="82"/>
        <source>Print invitations…</source>
        <translation>Uitnodigingen printen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="83"/>
        <source>Print invitation letters</source>
        <translation>Uitnodigingsbrieven printen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="99"/>
        <source>Lesson of the home activity</source>
        <translation>Les van de thuisopdracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="101"/>
        <source>Print home activities…</source>
        <translation>Thuisopdrachten printen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="102"/>
        <source>Print home-activity sheets</source>
        <translation>Thuisopdrachtbladen printen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="103"/>
        <source>Home activity of lesson:</source>
        <translation>Thuisopdracht van les:</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="107"/>
        <source>Parents sections</source>
        <translation>Onderdelen ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="108"/>
        <source>Who came</source>
        <translation>Wie kwam er</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="109"/>
        <source>Return slips</source>
        <translation>Retourstrookjes</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="123"/>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="133"/>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="138"/>
        <source>not recorded</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="139"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="290"/>
        <source>Save who came</source>
        <translation>Opslaan wie er kwam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="301"/>
        <source>Save return slips</source>
        <translation>Retourstrookjes opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/pages/parents.py" line="307"/>
        <source>Return slips saved.</source>
        <translation>Strookjes opgeslagen.</translation>
    </message>
</context>
</TS>
