<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="48" />
        <source>From now on, sign in as %1 with the same password.</source>
        <translation>From now on, sign in as %1 with the same password.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="53" />
        <source>Laptop copy made</source>
        <translation>Laptop copy made</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="77" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="89" />
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="81" />
        <source>&amp;Synchronise</source>
        <translation>&amp;Synchronise</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="84" />
        <source>Send your changes to the team server and fetch theirs (F5)</source>
        <translation>Send your changes to the team server and fetch theirs (F5)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="86" />
        <source>To &amp;review…</source>
        <translation>To &amp;review…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="135" />
        <source>To &amp;review (%1)…</source>
        <translation>To &amp;review (%1)…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="143" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="201" />
        <source>Synchronise</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="144" />
        <source>Your password (the same as for signing in; it also logs you in on the team server):</source>
        <translation>Your password (the same as for signing in; it also logs you in on the team server):</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="164" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="204" />
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="180" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="186" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="188" />
        <source>Synchronised</source>
        <translation>Synchronised</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="185" />
        <source>… and %1 more: see Planning.</source>
        <translation>… and %1 more: see Planning.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="189" />
        <source>%1 of your changes were not applied because the record was changed or deleted on the server too. Compare both versions under "To review" and choose.</source>
        <translation>%1 of your changes were not applied because the record was changed or deleted on the server too. Compare both versions under "To review" and choose.</translation>
    </message>
</context>
</TS>