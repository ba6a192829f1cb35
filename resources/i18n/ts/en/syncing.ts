<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="63" />
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
        <location filename="../../../../wishdesk/gui/syncing.py" line="116" />
        <source>To &amp;review (%1)…</source>
        <translation>To &amp;review (%1)…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="124" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="173" />
        <source>Synchronise</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="125" />
        <source>Your password (the same as for signing in; it also logs you in on the team server):</source>
        <translation>Your password (the same as for signing in; it also logs you in on the team server):</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="144" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="176" />
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="159" />
        <location filename="../../../../wishdesk/gui/syncing.py" line="161" />
        <source>Synchronised</source>
        <translation>Synchronised</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="162" />
        <source>%1 of your changes were not applied because the record was changed or deleted on the server too. Compare both versions under "To review" and choose.</source>
        <translation>%1 of your changes were not applied because the record was changed or deleted on the server too. Compare both versions under "To review" and choose.</translation>
    </message>
</context>
</TS>