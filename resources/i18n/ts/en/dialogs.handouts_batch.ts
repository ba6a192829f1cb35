<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>HandoutOptions</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="43" />
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="44" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="45" />
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="46" />
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="47" />
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="48" />
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="49" />
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="65" />
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="81" />
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="82" />
        <source>One per pupil or family, with names</source>
        <translation>One per pupil or family, with names</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="83" />
        <source>Spare sheets without a name, one per language</source>
        <translation>Spare sheets without a name, one per language</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="89" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="90" />
        <source>Each family's own language</source>
        <translation>Each family's own language</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="92" />
        <source>Every sheet in %1</source>
        <translation>Every sheet in %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="93" />
        <source>The home activity is printed in this language with the Dutch text beside it. Dutch alone when the lesson has no such translation.</source>
        <translation>The home activity is printed in this language with the Dutch text beside it. Dutch alone when the lesson has no such translation.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="100" />
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="101" />
        <source>A4, one sheet per page</source>
        <translation>A4, one sheet per page</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="102" />
        <source>A5, two sheets per A4 page</source>
        <translation>A5, two sheets per A4 page</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="103" />
        <source>A5 saves paper: cut each A4 page in half.</source>
        <translation>A5 saves paper: cut each A4 page in half.</translation>
    </message>
</context>
<context>
    <name>HandoutsBatchDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="119" />
        <source>Home activities for many groups</source>
        <translation>Home activities for many groups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="120" />
        <source>All groups of one school</source>
        <translation>All groups of one school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="121" />
        <source>All groups of the municipality</source>
        <translation>All groups of the municipality</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="125" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="133" />
        <source>Home activities</source>
        <translation>Home activities</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="134" />
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="197" />
        <source>Folder for the PDF files</source>
        <translation>Folder for the PDF files</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="135" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="136" />
        <source>Choose folder</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="144" />
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="145" />
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="146" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="147" />
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="148" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="149" />
        <source>One PDF file per group. Every file made is recorded for the report. You can cancel at any time; the files already made are kept.</source>
        <translation>One PDF file per group. Every file made is recorded for the report. You can cancel at any time; the files already made are kept.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="157" />
        <source>Groups to look at</source>
        <translation>Groups to look at</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="160" />
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="161" />
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="165" />
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="166" />
        <source>Make PDF files</source>
        <translation>Make PDF files</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="191" />
        <source>Stopped after %1 of %2 groups. The files already made are kept.</source>
        <translation>Stopped after %1 of %2 groups. The files already made are kept.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="210" />
        <source>The folder %1 already holds %2 PDF files. Files with the same name as a new sheet are replaced. Continue?</source>
        <translation>The folder %1 already holds %2 PDF files. Files with the same name as a new sheet are replaced. Continue?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="212" />
        <source>Replace files?</source>
        <translation>Replace files?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="221" />
        <source>Choose a folder for the PDF files.</source>
        <translation>Choose a folder for the PDF files.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="224" />
        <source>Choose a school and a lesson.</source>
        <translation>Choose a school and a lesson.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="255" />
        <source>Making home-activity sheets</source>
        <translation>Making home-activity sheets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="259" />
        <source>%1 PDF files with %2 sheets in %3.</source>
        <translation>%1 PDF files with %2 sheets in %3.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="262" />
        <source>1 group without the class video's QR code: not every pupil has consent.</source>
        <translation>1 group without the class video's QR code: not every pupil has consent.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="264" />
        <source>%1 groups without the class video's QR code: not every pupil has consent.</source>
        <translation>%1 groups without the class video's QR code: not every pupil has consent.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="267" />
        <source>Not checked by a person: the translation into %1.</source>
        <translation>Not checked by a person: the translation into %1.</translation>
    </message>
</context>
</TS>