<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="126" />
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="73" />
        <source>No preview yet.</source>
        <translation>No preview yet.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="87" />
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="89" />
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="92" />
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="96" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="98" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="101" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="102" />
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="103" />
        <source>Page width</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="107" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="108" />
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="276" />
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="295" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="110" />
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="111" />
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="245" />
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="254" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="159" />
        <source>The preview could not be shown.</source>
        <translation>The preview could not be shown.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="166" />
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="246" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="255" />
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="295" />
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
</context>
</TS>