<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>HandoutsDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="54" />
        <source>Print home activity</source>
        <translation>Thuisopdracht printen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="56" />
        <source>What to print</source>
        <translation>Wat printen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="57" />
        <source>Home activity for the parents</source>
        <translation>Thuisopdracht voor de ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="58" />
        <source>Lesson plan for the duo</source>
        <translation>Lesplan voor het duo</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="60" />
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="65" />
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="64" />
        <source>Print</source>
        <translation>Printen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="66" />
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="67" />
        <source>Sheets</source>
        <translation>Bladen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="68" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="70" />
        <source>Without a translation</source>
        <translation>Zonder vertaling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="71" />
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="77" />
        <source>Count as handed out</source>
        <translation>Tellen als uitgedeeld</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="78" />
        <source>Count the saved sheets as handed out in the report</source>
        <translation>De opgeslagen bladen als uitgedeeld meetellen in de rapportage</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="81" />
        <source>Many groups at once…</source>
        <translation>Veel groepen tegelijk…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="82" />
        <source>Home activities for all groups of a school or the municipality</source>
        <translation>Thuisopdrachten voor alle groepen van een school of de gemeente</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="113" />
        <source>Loading groups and lessons…</source>
        <translation>Groepen en lessen worden geladen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="137" />
        <source>%1 – group %2</source>
        <translation>%1 – groep %2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="144" />
        <source>There are no groups in this school year yet.</source>
        <translation>Er zijn nog geen groepen in dit schooljaar.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="201" />
        <source>Making the preview…</source>
        <translation>Het voorbeeld wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="216" />
        <source>Lesson plan: %1 pages. Dutch only; not recorded.</source>
        <translation>Lesplan: %1 pagina's. Alleen in het Nederlands; wordt niet vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="221" />
        <source>%1 sheets on %2 pages. Languages: %3.</source>
        <translation>%1 bladen op %2 pagina's. Talen: %3.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="224" />
        <source>Not checked by a person: the translation into %1. If you can, have a native speaker read the sheet before you hand it out.</source>
        <translation>Niet door een mens gecontroleerd: de vertaling in het %1. Laat het blad als het kan eerst lezen door iemand die de taal spreekt, voordat u het meegeeft.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="227" />
        <source>%1 families have a language without texts: they get %2.</source>
        <translation>%1 gezinnen hebben een taal zonder teksten: zij krijgen %2.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="242" />
        <source>On A5, sheets in these languages take both halves of their page, so the text stays readable: %1.</source>
        <translation>Op A5 beslaat een blad in deze talen beide helften van de pagina, zodat de tekst leesbaar blijft: %1.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="248" />
        <source>1 pupil without consent for the class video: no QR code.</source>
        <translation>1 leerling zonder toestemming voor de klassenvideo: geen QR-code.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="249" />
        <source>%1 pupils without consent for the class video: no QR code.</source>
        <translation>%1 leerlingen zonder toestemming voor de klassenvideo: geen QR-code.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="252" />
        <source>With a QR code to the class video (every pupil has consent).</source>
        <translation>Met een QR-code naar de klassenvideo (elke leerling heeft toestemming).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="259" />
        <source>Nothing to print.</source>
        <translation>Niets om te printen.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="269" />
        <source>Saved; not counted in the report. Printed it and handed it out? Then count it.</source>
        <translation>Opgeslagen; niet meegeteld in de rapportage. Geprint en uitgedeeld? Tel het dan mee.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="279" />
        <source>Not recorded: the database is open read-only.</source>
        <translation>Niet vastgelegd: de database is alleen-lezen geopend.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts.py" line="283" />
        <source>Recorded for the report: %1 sheets, group %2, lesson %3.</source>
        <translation>Vastgelegd voor de rapportage: %1 bladen, groep %2, les %3.</translation>
    </message>
</context>
</TS>