<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>HandoutOptions</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="60" />
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="76" />
        <source>Sheets</source>
        <translation>Bladen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="79" />
        <source>Named, per pupil or family</source>
        <translation>Met naam, per kind of gezin</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="80" />
        <source>One sheet per pupil or family, with the pupil's name</source>
        <translation>Eén blad per leerling of gezin, met de naam van de leerling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="82" />
        <source>Spare, no name</source>
        <translation>Reserve, zonder naam</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="83" />
        <source>Spare sheets without a name, one per language</source>
        <translation>Losse bladen zonder naam, één per taal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="89" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="90" />
        <source>Each family's own language</source>
        <translation>De taal van elk gezin</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="92" />
        <source>Every sheet in %1</source>
        <translation>Elk blad in het %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="93" />
        <source>The home activity is printed in this language with the Dutch text beside it. Dutch alone when the lesson has no such translation.</source>
        <translation>De thuisopdracht wordt in deze taal geprint, met de Nederlandse tekst ernaast. Alleen Nederlands als de les geen vertaling in die taal heeft.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="103" />
        <source>Families without a translation</source>
        <translation>Gezinnen zonder vertaling</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="104" />
        <source>Dutch with English</source>
        <translation>Nederlands met Engels</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="105" />
        <source>Dutch only</source>
        <translation>Alleen Nederlands</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="106" />
        <source>For a family whose language has no texts in the lesson programme yet.</source>
        <translation>Voor een gezin waarvan de taal nog geen teksten heeft in het lesprogramma.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="112" />
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="113" />
        <source>A4, one sheet per page</source>
        <translation>A4, één blad per pagina</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="114" />
        <source>A5, two sheets per A4 page</source>
        <translation>A5, twee bladen per A4</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="115" />
        <source>A5 saves paper: cut each A4 page in half.</source>
        <translation>A5 bespaart papier: knip elke A4-pagina doormidden.</translation>
    </message>
</context>
<context>
    <name>HandoutsBatchDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="131" />
        <source>Home activities for many groups</source>
        <translation>Thuisopdrachten voor veel groepen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="132" />
        <source>All groups of one school</source>
        <translation>Alle groepen van één school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="133" />
        <source>All groups of the municipality</source>
        <translation>Alle groepen van de gemeente</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="137" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="145" />
        <source>Home activities</source>
        <translation>Thuisopdrachten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="146" />
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="209" />
        <source>Folder for the PDF files</source>
        <translation>Map voor de PDF-bestanden</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="147" />
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="148" />
        <source>Choose folder</source>
        <translation>Map kiezen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="156" />
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="157" />
        <source>Sheets</source>
        <translation>Bladen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="158" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="159" />
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="160" />
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="161" />
        <source>One PDF file per group. Every file made is recorded for the report. You can cancel at any time; the files already made are kept.</source>
        <translation>Eén PDF-bestand per groep. Elk gemaakt bestand wordt vastgelegd voor de rapportage. U kunt altijd stoppen; de bestanden die al klaar zijn, blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="169" />
        <source>Groups to look at</source>
        <translation>Groepen om na te kijken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="172" />
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="173" />
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="177" />
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="178" />
        <source>Make PDF files</source>
        <translation>PDF-bestanden maken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="203" />
        <source>Stopped after %1 of %2 groups. The files already made are kept.</source>
        <translation>Gestopt na %1 van de %2 groepen. De bestanden die al klaar zijn, blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="222" />
        <source>The folder %1 already holds %2 PDF files. Files with the same name as a new sheet are replaced. Continue?</source>
        <translation>In de map %1 staan al %2 pdf-bestanden. Bestanden met dezelfde naam als een nieuw blad worden vervangen. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="224" />
        <source>Replace files?</source>
        <translation>Bestanden vervangen?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="233" />
        <source>Choose a folder for the PDF files.</source>
        <translation>Kies een map voor de PDF-bestanden.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="236" />
        <source>Choose a school and a lesson.</source>
        <translation>Kies een school en een les.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="267" />
        <source>Making home-activity sheets</source>
        <translation>Thuisopdrachten maken</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="271" />
        <source>%1 PDF files with %2 sheets in %3.</source>
        <translation>%1 PDF-bestanden met samen %2 bladen in %3.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="274" />
        <source>1 group without the class video's QR code: not every pupil has consent.</source>
        <translation>1 groep zonder QR-code naar de klassenvideo: niet elke leerling heeft toestemming.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="276" />
        <source>%1 groups without the class video's QR code: not every pupil has consent.</source>
        <translation>%1 groepen zonder QR-code naar de klassenvideo: niet elke leerling heeft toestemming.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="279" />
        <source>Not checked by a person: the translation into %1.</source>
        <translation>Niet door een mens gecontroleerd: de vertaling in het %1.</translation>
    </message>
</context>
</TS>