<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="54"/>
        <source>From now on, sign in as %1 with the same password.</source>
        <translation>Meld u voortaan aan als %1 met hetzelfde wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="59"/>
        <source>Laptop copy made</source>
        <translation>Laptopkopie gemaakt</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="105"/>
        <location filename="../../../../wishdesk/gui/syncing.py" line="117"/>
        <source>Synchronisation</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="109"/>
        <source>&amp;Synchronise</source>
        <translation>&amp;Synchroniseren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="112"/>
        <source>Send your changes to the team server and fetch theirs (F5)</source>
        <translation>Uw wijzigingen naar de teamserver sturen en die van anderen ophalen (F5)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="114"/>
        <source>To &amp;review…</source>
        <translation>Te &amp;beoordelen…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="164"/>
        <source>To &amp;review (%1)…</source>
        <translation>Te &amp;beoordelen (%1)…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="172"/>
        <location filename="../../../../wishdesk/gui/syncing.py" line="247"/>
        <source>Synchronise</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="173"/>
        <source>Your password (the same as for signing in; it also logs you in on the team server):</source>
        <translation>Uw wachtwoord (hetzelfde als bij het aanmelden; het logt u ook in op de teamserver):</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="203"/>
        <location filename="../../../../wishdesk/gui/syncing.py" line="250"/>
        <source>Synchronising…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="214"/>
        <location filename="../../../../wishdesk/gui/syncing.py" line="220"/>
        <location filename="../../../../wishdesk/gui/syncing.py" line="230"/>
        <source>Synchronised</source>
        <translation>Gesynchroniseerd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="219"/>
        <source>… and %1 more: see Planning.</source>
        <translation>… en nog %1: zie Planning.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="223"/>
        <source>1 of your changes was not applied because the record was changed or deleted on the server too. Compare both versions under &quot;To review&quot; and choose.</source>
        <translation>1 van uw wijzigingen is niet doorgevoerd, omdat het gegeven ook op de server is gewijzigd of verwijderd. Vergelijk beide versies bij &apos;Te beoordelen&apos; en kies.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="227"/>
        <source>%1 of your changes were not applied because the record was changed or deleted on the server too. Compare both versions under &quot;To review&quot; and choose.</source>
        <translation>%1 van uw wijzigingen zijn niet doorgevoerd, omdat het gegeven ook op de server is gewijzigd of verwijderd. Vergelijk beide versies bij &apos;Te beoordelen&apos; en kies.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/syncing.py" line="246"/>
        <source>Not synchronised: the team server did not accept the password.</source>
        <translation>Niet gesynchroniseerd: de teamserver accepteerde het wachtwoord niet.</translation>
    </message>
</context>
</TS>
