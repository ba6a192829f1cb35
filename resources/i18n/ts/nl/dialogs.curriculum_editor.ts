<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>LessonEditor</name>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="57"/>
        <source>Language being edited</source>
        <translation>Taal die u bewerkt</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="61"/>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="62"/>
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="73"/>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="92"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="74"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="75"/>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="76"/>
        <source>Kind of lesson</source>
        <translation>Soort les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="79"/>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="80"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="81"/>
        <source>Goals (one per line)</source>
        <translation>Doelen (één per regel)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="82"/>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="83"/>
        <source>Materials (one per line)</source>
        <translation>Materialen (één per regel)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="84"/>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="85"/>
        <source>What the class did (for parents)</source>
        <translation>Wat de klas deed (voor ouders)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="86"/>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="87"/>
        <source>What your child practises (for parents)</source>
        <translation>Wat uw kind oefent (voor ouders)</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="88"/>
        <source>Texts in this language checked by a person</source>
        <translation>Teksten in deze taal gecontroleerd door een mens</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="92"/>
        <source>Home activity title</source>
        <translation>Titel van de thuisopdracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="93"/>
        <source>Activity</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="93"/>
        <source>Home activity text</source>
        <translation>Tekst van de thuisopdracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="94"/>
        <source>Tip for parents</source>
        <translation>Tip voor ouders</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="95"/>
        <source>Home activity in this language checked by a person</source>
        <translation>Thuisopdracht in deze taal gecontroleerd door een mens</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="99"/>
        <source>Parts of the lesson</source>
        <translation>Onderdelen van de les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="100"/>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="101"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="102"/>
        <source>Home activity</source>
        <translation>Thuisopdracht</translation>
    </message>
    <message>
        <location filename="../../../../wishdesk/gui/dialogs/curriculum_editor.py" line="104"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
</context>
</TS>
