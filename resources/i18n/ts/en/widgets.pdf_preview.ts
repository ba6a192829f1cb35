<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="114" />
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="61" />
        <source>No preview yet.</source>
        <translation>No preview yet.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="75" />
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="77" />
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="80" />
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="84" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="86" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="89" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="90" />
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="91" />
        <source>Page width</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="95" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="96" />
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="264" />
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="283" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="98" />
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="99" />
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="233" />
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="242" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="147" />
        <source>The preview could not be shown.</source>
        <translation>The preview could not be shown.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="154" />
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="234" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="243" />
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/widgets/pdf_preview.py" line="283" />
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
</context>
</TS>