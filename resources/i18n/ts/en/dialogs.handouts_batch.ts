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
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="77" />
        <source>One per pupil or family, with names</source>
        <translation>One per pupil or family, with names</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="78" />
        <source>Spare sheets without a name, one per language</source>
        <translation>Spare sheets without a name, one per language</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="84" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="85" />
        <source>Each family's own language</source>
        <translation>Each family's own language</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="87" />
        <source>Every sheet in %1</source>
        <translation>Every sheet in %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="88" />
        <source>The home activity is printed in this language with the Dutch text beside it. Dutch alone when the lesson has no such translation.</source>
        <translation>The home activity is printed in this language with the Dutch text beside it. Dutch alone when the lesson has no such translation.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="98" />
        <source>Families without a translation</source>
        <translation>Families without a translation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="99" />
        <source>Dutch with English</source>
        <translation>Dutch with English</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="100" />
        <source>Dutch only</source>
        <translation>Dutch only</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="101" />
        <source>For a family whose language has no texts in the lesson programme yet.</source>
        <translation>For a family whose language has no texts in the lesson programme yet.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="107" />
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="108" />
        <source>A4, one sheet per page</source>
        <translation>A4, one sheet per page</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="109" />
        <source>A5, two sheets per A4 page</source>
        <translation>A5, two sheets per A4 page</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="110" />
        <source>A5 saves paper: cut each A4 page in half.</source>
        <translation>A5 saves paper: cut each A4 page in half.</translation>
    </message>
</context>
<context>
    <name>HandoutsBatchDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="126" />
        <source>Home activities for many groups</source>
        <translation>Home activities for many groups</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="127" />
        <source>All groups of one school</source>
        <translation>All groups of one school</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="128" />
        <source>All groups of the municipality</source>
        <translation>All groups of the municipality</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="132" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="140" />
        <source>Home activities</source>
        <translation>Home activities</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="141" />
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="204" />
        <source>Folder for the PDF files</source>
        <translation>Folder for the PDF files</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="142" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="143" />
        <source>Choose folder</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="151" />
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="152" />
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="153" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="154" />
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="155" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="156" />
        <source>One PDF file per group. Every file made is recorded for the report. You can cancel at any time; the files already made are kept.</source>
        <translation>One PDF file per group. Every file made is recorded for the report. You can cancel at any time; the files already made are kept.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="164" />
        <source>Groups to look at</source>
        <translation>Groups to look at</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="167" />
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="168" />
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="172" />
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="173" />
        <source>Make PDF files</source>
        <translation>Make PDF files</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="198" />
        <source>Stopped after %1 of %2 groups. The files already made are kept.</source>
        <translation>Stopped after %1 of %2 groups. The files already made are kept.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="217" />
        <source>The folder %1 already holds %2 PDF files. Files with the same name as a new sheet are replaced. Continue?</source>
        <translation>The folder %1 already holds %2 PDF files. Files with the same name as a new sheet are replaced. Continue?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="219" />
        <source>Replace files?</source>
        <translation>Replace files?</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="228" />
        <source>Choose a folder for the PDF files.</source>
        <translation>Choose a folder for the PDF files.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="231" />
        <source>Choose a school and a lesson.</source>
        <translation>Choose a school and a lesson.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="262" />
        <source>Making home-activity sheets</source>
        <translation>Making home-activity sheets</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="266" />
        <source>%1 PDF files with %2 sheets in %3.</source>
        <translation>%1 PDF files with %2 sheets in %3.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="269" />
        <source>1 group without the class video's QR code: not every pupil has consent.</source>
        <translation>1 group without the class video's QR code: not every pupil has consent.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="271" />
        <source>%1 groups without the class video's QR code: not every pupil has consent.</source>
        <translation>%1 groups without the class video's QR code: not every pupil has consent.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/handouts_batch.py" line="274" />
        <source>Not checked by a person: the translation into %1.</source>
        <translation>Not checked by a person: the translation into %1.</translation>
    </message>
</context>
</TS>