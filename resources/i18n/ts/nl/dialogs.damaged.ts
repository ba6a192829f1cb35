<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/damaged.py" line="30"/>
        <source>Database damaged</source>
        <translation>Database beschadigd</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/damaged.py" line="37"/>
        <source>&lt;p&gt;&lt;b&gt;WIsH Desk cannot open %1 safely: the file is damaged.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing in the file has been changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;WIsH Desk kan %1 niet veilig openen: het bestand is beschadigd.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Er is niets aan het bestand veranderd.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/damaged.py" line="40"/>
        <source>&lt;p&gt;The newest good backup is:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Do you want to put it back? The damaged database is kept aside first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De nieuwste goede back-up is:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wilt u die terugzetten? De beschadigde database wordt eerst apart bewaard.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/damaged.py" line="43"/>
        <source>&lt;p&gt;No good backup of this database was found in %1. You can choose a backup file yourself, for example from a USB stick.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Er is geen goede back-up van deze database gevonden in %1. U kunt zelf een back-upbestand kiezen, bijvoorbeeld van een USB-stick.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/damaged.py" line="54"/>
        <source>Restore newest backup</source>
        <translation>Nieuwste back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/damaged.py" line="58"/>
        <source>Choose another backup…</source>
        <translation>Andere back-up kiezen…</translation>
    </message>
</context>
</TS>
