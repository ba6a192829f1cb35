<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>HandoutOptions</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="60" />
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="76" />
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="79" />
        <source>Named, per pupil or family</source>
        <translation>Named, per pupil or family</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="80" />
        <source>One sheet per pupil or family, with the pupil's name</source>
        <translation>One sheet per pupil or family, with the pupil's name</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="82" />
        <source>Spare, no name</source>
        <translation>Spare, no name</translation>
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
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="103" />
        <source>Families without a translation</source>
        <translation>Families without a translation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="104" />
        <source>Dutch with English</source>
        <translation>Dutch with English</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="105" />
        <source>Dutch only</source>
        <translation>Dutch only</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="106" />
        <source>For a family whose language has no texts in the lesson programme yet.</source>
        <translation>For a family whose language has no texts in the lesson programme yet.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="112" />
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="113" />
        <source>A4, one sheet per page</source>
        <translation>A4, one sheet per page</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="114" />
        <source>A5, two sheets per A4 page</source>
        <translation>A5, two sheets per A4 page</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="115" />
        <source>A5 saves paper: cut each A4 page in half.</source>
        <translation>A5 saves paper: cut each A4 page in half.</translation>
    </message>
</context>
<context>
    <name>HandoutsBatchDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="131" />
        <source>Home activities for many groups</source>
        <translation>Home activities for many groups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="132" />
        <source>All groups of one school</source>
        <translation>All groups of one school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="133" />
        <source>All groups of the municipality</source>
        <translation>All groups of the municipality</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="137" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="145" />
        <source>Home activities</source>
        <translation>Home activities</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="146" />
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="209" />
        <source>Folder for the PDF files</source>
        <translation>Folder for the PDF files</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="147" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="148" />
        <source>Choose folder</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="156" />
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="157" />
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="158" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="159" />
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="160" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="161" />
        <source>One PDF file per group. Every file made is recorded for the report. You can cancel at any time; the files already made are kept.</source>
        <translation>One PDF file per group. Every file made is recorded for the report. You can cancel at any time; the files already made are kept.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="169" />
        <source>Groups to look at</source>
        <translation>Groups to look at</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="172" />
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="173" />
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="177" />
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="178" />
        <source>Make PDF files</source>
        <translation>Make PDF files</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="203" />
        <source>Stopped after %1 of %2 groups. The files already made are kept.</source>
        <translation>Stopped after %1 of %2 groups. The files already made are kept.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="222" />
        <source>The folder %1 already holds %2 PDF files. Files with the same name as a new sheet are replaced. Continue?</source>
        <translation>The folder %1 already holds %2 PDF files. Files with the same name as a new sheet are replaced. Continue?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="224" />
        <source>Replace files?</source>
        <translation>Replace files?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="233" />
        <source>Choose a folder for the PDF files.</source>
        <translation>Choose a folder for the PDF files.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="236" />
        <source>Choose a school and a lesson.</source>
        <translation>Choose a school and a lesson.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="267" />
        <source>Making home-activity sheets</source>
        <translation>Making home-activity sheets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="271" />
        <source>%1 PDF files with %2 sheets in %3.</source>
        <translation>%1 PDF files with %2 sheets in %3.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="274" />
        <source>1 group without the class video's QR code: not every pupil has consent.</source>
        <translation>1 group without the class video's QR code: not every pupil has consent.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="276" />
        <source>%1 groups without the class video's QR code: not every pupil has consent.</source>
        <translation>%1 groups without the class video's QR code: not every pupil has consent.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="279" />
        <source>Not checked by a person: the translation into %1.</source>
        <translation>Not checked by a person: the translation into %1.</translation>
    </message>
</context>
</TS>