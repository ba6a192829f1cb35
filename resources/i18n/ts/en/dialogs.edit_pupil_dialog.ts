<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="119" />
        <source>Consent for %1</source>
        <translation>Consent for %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="122" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="123" />
        <source>Consent for</source>
        <translation>Consent for</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="124" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="125" />
        <source>Granted on</source>
        <translation>Granted on</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="126" />
        <source>Withdrawn by the parents</source>
        <translation>Withdrawn by the parents</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="128" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="129" />
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="132" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="133" />
        <source>e.g. form received on paper</source>
        <translation>e.g. form received on paper</translation>
    </message>
</context>
<context>
    <name>GuardianDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="62" />
        <source>New parent or carer</source>
        <translation>New parent or carer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="62" />
        <source>Parent or carer</source>
        <translation>Parent or carer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="67" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="68" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="68" />
        <source>A new parent or carer</source>
        <translation>A new parent or carer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="69" />
        <source>Same as: %1</source>
        <translation>Same as: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="70" />
        <source>Brothers and sisters share their parents: choose one to link them.</source>
        <translation>Brothers and sisters share their parents: choose one to link them.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="73" />
        <source>Parent of: %1. Changes apply to all their children.</source>
        <translation>Parent of: %1. Changes apply to all their children.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="77" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="78" />
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="78" />
        <source>e.g. mother of Sem</source>
        <translation>e.g. mother of Sem</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="79" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="80" />
        <source>Language for letters</source>
        <translation>Language for letters</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="81" />
        <source>Home activities are printed in this language when available.</source>
        <translation>Home activities are printed in this language when available.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="82" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="83" />
        <source>Prefers messages by</source>
        <translation>Prefers messages by</translation>
    </message>
</context>
<context>
    <name>PupilDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="27" />
        <source>New pupil</source>
        <translation>New pupil</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="30" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="31" />
        <source>First name or pseudonym</source>
        <translation>First name or pseudonym</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="32" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="43" />
        <source>Only a first name or pseudonym: no surname (privacy).</source>
        <translation>Only a first name or pseudonym: no surname (privacy).</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="33" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="34" />
        <source>Boy or girl</source>
        <translation>Boy or girl</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="34" />
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="46" />
        <source>This group has separate practice lessons for boys and girls; choose one so the pupil is in the right lessons.</source>
        <translation>This group has separate practice lessons for boys and girls; choose one so the pupil is in the right lessons.</translation>
    </message>
</context>
<context>
    <name>SetupCrud</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="145" />
        <source>pupil %1</source>
        <translation>pupil %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="156" />
        <source>a parent or carer</source>
        <translation>a parent or carer</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_pupil_dialog.py" line="166" />
        <source>consent %1</source>
        <translation>consent %1</translation>
    </message>
</context>
</TS>