<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>EditBase</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="77" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="99" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="85" />
        <source>%1 cannot be deleted, because other records still use it:

%2</source>
        <translation>%1 cannot be deleted, because other records still use it:

%2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="86" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="89" />
        <source>%1 cannot be deleted, because other records still use it:

%2

Archive it instead? It then disappears from lists and choices, but its history stays. With “Show archived” you can bring it back later.</source>
        <translation>%1 cannot be deleted, because other records still use it:

%2

Archive it instead? It then disappears from lists and choices, but its history stays. With “Show archived” you can bring it back later.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="93" />
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="93" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="99" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="95" />
        <source>Archive %1</source>
        <translation>Archive %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="98" />
        <source>Delete %1? You can undo this with Ctrl+Z.</source>
        <translation>Delete %1? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="101" />
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="108" />
        <source>Restore %1</source>
        <translation>Restore %1</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="129" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="130" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="132" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="133" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>