<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="126"/>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="73"/>
        <source>No preview yet.</source>
        <translation>Nog geen voorbeeld.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="87"/>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="89"/>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="92"/>
        <source>Page number</source>
        <translation>Paginanummer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="96"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="98"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="101"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="102"/>
        <source>Whole page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="103"/>
        <source>Page width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="107"/>
        <source>&amp;Print…</source>
        <translation>&amp;Printen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="108"/>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="276"/>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="295"/>
        <source>Print</source>
        <translation>Printen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="110"/>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="111"/>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="245"/>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="254"/>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="159"/>
        <source>The preview could not be shown.</source>
        <translation>Het voorbeeld kan niet getoond worden.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="166"/>
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="246"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="255"/>
        <source>The file could not be saved: %1</source>
        <translation>Het bestand kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="295"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet gestart worden.</translation>
    </message>
</context>
</TS>
