<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>RecoveryStepDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="41" />
        <source>Keep this sheet</source>
        <translation>Bewaar dit vel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="42" />
        <source>&lt;h2&gt;Keep this sheet: the recovery sheet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bewaar dit vel: het herstelblad&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="44" />
        <source>The database %1 is encrypted. If every password is forgotten, only this recovery key opens it again; without it the data is lost for good.&lt;p&gt;Save the recovery sheet now and print it. Keep the paper in a safe place (a locked cupboard), not with the laptop or the USB stick, and delete the PDF after printing.</source>
        <translation>De database %1 is versleuteld. Zijn alle wachtwoorden vergeten, dan opent alleen deze herstelsleutel hem nog; zonder herstelsleutel zijn de gegevens dan voorgoed weg.&lt;p&gt;Bewaar het herstelblad nu en druk het af. Leg het papier op een veilige plek (een afgesloten kast), niet bij de laptop of de USB-stick, en verwijder de PDF na het afdrukken.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="53" />
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="54" />
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation>Herstelblad &amp;opslaan (PDF)…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="58" />
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="62" />
        <source>Skip…</source>
        <translation>Overslaan…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="90" />
        <source>Save recovery sheet</source>
        <translation>Herstelblad opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="90" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="107" />
        <source>Saved as %1. Print it now, then keep the paper safe.</source>
        <translation>Opgeslagen als %1. Druk het nu af en bewaar het papier op een veilige plek.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="123" />
        <source>Without a recovery sheet</source>
        <translation>Zonder herstelblad</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="124" />
        <source>Skip anyway</source>
        <translation>Toch overslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="125" />
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/recovery_step.py" line="131" />
        <source>Without the recovery sheet, the data cannot be opened again once every password is forgotten. You can make a new sheet later (Manage → Print recovery sheet…). Skip it anyway?</source>
        <translation>Zonder herstelblad zijn de gegevens niet meer te openen als alle wachtwoorden vergeten zijn. U kunt later een nieuw blad maken (Beheer → Herstelblad afdrukken…). Toch overslaan?</translation>
    </message>
</context>
</TS>