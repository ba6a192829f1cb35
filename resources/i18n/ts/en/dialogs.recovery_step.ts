<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>RecoveryStepDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="41" />
        <source>Keep this sheet</source>
        <translation>Keep this sheet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="42" />
        <source>&lt;h2&gt;Keep this sheet: the recovery sheet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Keep this sheet: the recovery sheet&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="44" />
        <source>The database %1 is encrypted. If every password is forgotten, only this recovery key opens it again; without it the data is lost for good.&lt;p&gt;Save the recovery sheet now and print it. Keep the paper in a safe place (a locked cupboard), not with the laptop or the USB stick, and delete the PDF after printing.</source>
        <translation>The database %1 is encrypted. If every password is forgotten, only this recovery key opens it again; without it the data is lost for good.&lt;p&gt;Save the recovery sheet now and print it. Keep the paper in a safe place (a locked cupboard), not with the laptop or the USB stick, and delete the PDF after printing.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="53" />
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="54" />
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation>&amp;Save recovery sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="58" />
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="62" />
        <source>Skip…</source>
        <translation>Skip…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="90" />
        <source>Save recovery sheet</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="90" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="107" />
        <source>Saved as %1. Print it now, then keep the paper safe.</source>
        <translation>Saved as %1. Print it now, then keep the paper safe.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="123" />
        <source>Without a recovery sheet</source>
        <translation>Without a recovery sheet</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="124" />
        <source>Skip anyway</source>
        <translation>Skip anyway</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="125" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="131" />
        <source>Without the recovery sheet, the data cannot be opened again once every password is forgotten. You can make a new sheet later (Manage → Print recovery sheet…). Skip it anyway?</source>
        <translation>Without the recovery sheet, the data cannot be opened again once every password is forgotten. You can make a new sheet later (Manage → Print recovery sheet…). Skip it anyway?</translation>
    </message>
</context>
</TS>