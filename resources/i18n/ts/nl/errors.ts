<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../../../wishdesk/gui/errors.py" line="53"/>
        <source>Something unexpected went wrong (%1). Nothing was half saved. Try again; if it happens again, send the details to your administrator.</source>
        <translation>Er ging iets onverwachts mis (%1). Er is niets half opgeslagen. Probeer het opnieuw; gebeurt het weer, stuur dan de details naar uw beheerder.</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/errors.py" line="75"/>
        <source>The details are also in the log file: %1</source>
        <translation>De details staan ook in het logbestand: %1</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/errors.py" line="101"/>
        <source>WIsH Desk</source>
        <translation>WIsH Desk</translation>
    </message>
</context>
</TS>
