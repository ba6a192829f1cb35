<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="114" />
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="61" />
        <source>No preview yet.</source>
        <translation>Nog geen voorbeeld.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="75" />
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="77" />
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="80" />
        <source>Page number</source>
        <translation>Paginanummer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="84" />
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="86" />
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="89" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="90" />
        <source>Whole page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="91" />
        <source>Page width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="95" />
        <source>&amp;Print…</source>
        <translation>&amp;Printen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="96" />
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="264" />
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="283" />
        <source>Print</source>
        <translation>Printen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="98" />
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="99" />
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="233" />
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="242" />
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="147" />
        <source>The preview could not be shown.</source>
        <translation>Het voorbeeld kan niet getoond worden.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="154" />
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="234" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="243" />
        <source>The file could not be saved: %1</source>
        <translation>Het bestand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="283" />
        <source>The printer could not be started.</source>
        <translation>De printer kon niet gestart worden.</translation>
    </message>
</context>
</TS>