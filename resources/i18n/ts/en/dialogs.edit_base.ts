<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>EditBase</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="74" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="96" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="82" />
        <source>%1 cannot be deleted, because other records still use it:

%2</source>
        <translation>%1 cannot be deleted, because other records still use it:

%2</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="83" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="86" />
        <source>%1 cannot be deleted, because other records still use it:

%2

Archive it instead? It then disappears from lists and choices, but its history stays. With “Show archived” you can bring it back later.</source>
        <translation>%1 cannot be deleted, because other records still use it:

%2

Archive it instead? It then disappears from lists and choices, but its history stays. With “Show archived” you can bring it back later.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="90" />
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="90" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="96" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="92" />
        <source>Archive %1</source>
        <translation>Archive %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="95" />
        <source>Delete %1? You can undo this with Ctrl+Z.</source>
        <translation>Delete %1? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="98" />
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="105" />
        <source>Restore %1</source>
        <translation>Restore %1</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="126" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="129" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="131" />
        <location filename="../../../../wishdesk/gui/dialogs/edit_base.py" line="132" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>