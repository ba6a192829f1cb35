<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="54" />
        <source>From now on, sign in as %1 with the same password.</source>
        <translation>From now on, sign in as %1 with the same password.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="59" />
        <source>Laptop copy made</source>
        <translation>Laptop copy made</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="105" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="117" />
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="109" />
        <source>&amp;Synchronise</source>
        <translation>&amp;Synchronise</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="112" />
        <source>Send your changes to the team server and fetch theirs (F5)</source>
        <translation>Send your changes to the team server and fetch theirs (F5)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="114" />
        <source>To &amp;review…</source>
        <translation>To &amp;review…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="164" />
        <source>To &amp;review (%1)…</source>
        <translation>To &amp;review (%1)…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="172" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="247" />
        <source>Synchronise</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="173" />
        <source>Your password (the same as for signing in; it also logs you in on the team server):</source>
        <translation>Your password (the same as for signing in; it also logs you in on the team server):</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="203" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="250" />
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="214" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="220" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="230" />
        <source>Synchronised</source>
        <translation>Synchronised</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="219" />
        <source>… and %1 more: see Planning.</source>
        <translation>… and %1 more: see Planning.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="223" />
        <source>1 of your changes was not applied because the record was changed or deleted on the server too. Compare both versions under "To review" and choose.</source>
        <translation>1 of your changes was not applied because the record was changed or deleted on the server too. Compare both versions under "To review" and choose.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="227" />
        <source>%1 of your changes were not applied because the record was changed or deleted on the server too. Compare both versions under "To review" and choose.</source>
        <translation>%1 of your changes were not applied because the record was changed or deleted on the server too. Compare both versions under "To review" and choose.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="246" />
        <source>Not synchronised: the team server did not accept the password.</source>
        <translation>Not synchronised: the team server did not accept the password.</translation>
    </message>
</context>
</TS>