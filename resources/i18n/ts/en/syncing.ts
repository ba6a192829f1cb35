<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="62" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="74" />
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="66" />
        <source>&amp;Synchronise</source>
        <translation>&amp;Synchronise</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="69" />
        <source>Send your changes to the team server and fetch theirs (F5)</source>
        <translation>Send your changes to the team server and fetch theirs (F5)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="71" />
        <source>To &amp;review…</source>
        <translation>To &amp;review…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="120" />
        <source>To &amp;review (%1)…</source>
        <translation>To &amp;review (%1)…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="128" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="186" />
        <source>Synchronise</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="129" />
        <source>Your password (the same as for signing in; it also logs you in on the team server):</source>
        <translation>Your password (the same as for signing in; it also logs you in on the team server):</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="149" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="189" />
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="165" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="171" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="173" />
        <source>Synchronised</source>
        <translation>Synchronised</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="170" />
        <source>… and %1 more: see Planning.</source>
        <translation>… and %1 more: see Planning.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="174" />
        <source>%1 of your changes were not applied because the record was changed or deleted on the server too. Compare both versions under "To review" and choose.</source>
        <translation>%1 of your changes were not applied because the record was changed or deleted on the server too. Compare both versions under "To review" and choose.</translation>
    </message>
</context>
</TS>