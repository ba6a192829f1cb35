"""Two children with the same first name in one class (issue 17): both come in, told apart by keyed hashes
of surname and birth date (never stored themselves) and shown with an initial; a re-import changes nothing
and a different child with a known name is never merged into the stored one."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from wishdesk.core.models import Guardian, LessonTemplate, Pupil, Session, Setting
from wishdesk.core.services import (
    attendance,
    pupil_import,
    setup_groups,
    setup_pupils,
    setup_schools,
    setup_years,
)
from wishdesk.core.services.setup_pupils import PupilData

HEAD = "Roepnaam;Achternaam;Geboortedatum;Taal ouders\n"
CLASS = (HEAD + "Sanne;Bakker;12-03-2015;Nederlands\nSanne;Kok;2015-07-01;Turks\nZoë;de Vries;;Nederlands\n"
         "Sanne;bakker;12/3/2015;Nederlands\n").encode()
COLUMNS = """\
Klassenlijst 'klas.csv' (CSV, UTF-8, scheidingsteken puntkomma, kopregel op regel 1)
Groep: 6S
Gebruikte kolommen: Roepnaam → voornaam; Taal ouders → taal ouders
Genegeerde kolommen (niet ingelezen):
  - Achternaam: achternaam: niet opgeslagen; alleen gebruikt om kinderen met dezelfde voornaam uit elkaar te \
houden (privacy)
  - Geboortedatum: geboortedatum: niet opgeslagen; alleen gebruikt om kinderen met dezelfde naam uit elkaar te \
houden (privacy)
"""
FIRST_REPORT = COLUMNS + """\
regel 2: nieuw — Sanne B. (ouder: Nederlands)
regel 3: nieuw — Sanne K. (ouder: Turks)
regel 4: nieuw — Zoë (ouder: Nederlands)
regel 5: afgewezen — Sanne: dubbel in bestand, zie regel 2
Totaal: 3 nieuw, 0 bijwerken, 0 ongewijzigd, 1 afgewezen."""
AGAIN_REPORT = COLUMNS + """\
regel 2: ongewijzigd — Sanne B.
regel 3: ongewijzigd — Sanne K.
regel 4: ongewijzigd — Zoë
regel 5: afgewezen — Sanne: dubbel in bestand, zie regel 2
Totaal: 0 nieuw, 0 bijwerken, 3 ongewijzigd, 1 afgewezen."""
OTHER_ZOE = (HEAD + "Zoë;Jansen;;Arabisch\n").encode()
OTHER_ZOE_REPORT = COLUMNS + """\
regel 2: nieuw — Zoë J. (ouder: Arabisch)
Niet in het bestand (blijven in de groep): Sanne B., Sanne K., Zoë
Totaal: 1 nieuw, 0 bijwerken, 0 ongewijzigd, 0 afgewezen."""


def _group(db, name: str = "6S"):  # noqa: ANN001, ANN202
    school = setup_schools.list_schools(db)[0]
    year = setup_years.list_years(db)[0]
    return setup_groups.create_group(db, setup_groups.GroupData(school.id, year.id, name))


def _state(db, group_id: int) -> tuple:  # noqa: ANN001
    with db.session() as s:
        pupils = s.execute(select(Pupil.id, Pupil.first_name, Pupil.initial, Pupil.match_key, Pupil.birth_key,
                                  Pupil.subgroup, Pupil.version).where(Pupil.group_id == group_id)
                           .order_by(Pupil.id)).all()
        guardians = s.execute(select(Guardian.id, Guardian.language, Guardian.version).order_by(Guardian.id)).all()
    return tuple(pupils), tuple(guardians)


def _import(db, group_id: int, data: bytes):  # noqa: ANN001, ANN202
    preview = pupil_import.preview_import(db, group_id, data, "klas.csv")
    return preview, pupil_import.apply_import(db, preview, skip_invalid=True, backup_dir=None)


def test_two_sannes_come_in_and_a_reimport_changes_nothing(demo_db) -> None:  # noqa: ANN001
    group = _group(demo_db)
    preview = pupil_import.preview_import(demo_db, group.id, CLASS, "klas.csv")
    assert preview.report == FIRST_REPORT
    result = pupil_import.apply_import(demo_db, preview, skip_invalid=True)
    assert (result.created, result.updated, result.skipped) == (3, 0, 1)
    names = [r.display_name for r in setup_pupils.list_pupils(demo_db, group.id)]
    assert names == ["Sanne B.", "Sanne K.", "Zoë"]
    with demo_db.session() as s:
        stored = s.execute(select(Pupil).where(Pupil.group_id == group.id)).scalars().all()
        secret = s.get(Setting, pupil_import.SECRET_SETTING)
        assert secret is not None and len(bytes.fromhex(secret.value)) == 32
        values = " ".join(str(v) for p in stored for v in (p.first_name, p.initial, p.match_key, p.birth_key))
        # neither surnames nor birth dates are kept, only hashes of 64 hex digits
        assert all(len(p.match_key or "") == 64 for p in stored)
        assert [bool(p.birth_key) for p in stored] == [True, True, False]
    assert "bakker" not in values.lower() and "kok" not in values.lower() and "2015" not in values

    before = _state(demo_db, group.id)
    again = pupil_import.preview_import(demo_db, group.id, CLASS, "klas.csv")
    assert again.report == AGAIN_REPORT and again.new_secret is None
    assert not again.plan.to_write
    result = pupil_import.apply_import(demo_db, again, skip_invalid=True)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 3)
    assert _state(demo_db, group.id) == before


def test_a_different_zoe_is_never_merged(demo_db) -> None:  # noqa: ANN001
    group = _group(demo_db)
    _import(demo_db, group.id, CLASS)
    preview = pupil_import.preview_import(demo_db, group.id, OTHER_ZOE, "klas.csv")
    assert preview.report == OTHER_ZOE_REPORT
    pupil_import.apply_import(demo_db, preview)
    pupils = {p.display_name: p for p in setup_pupils.list_pupils(demo_db, group.id)}
    assert [g.data.language for g in pupils["Zoë"].guardians] == ["nl"]  # the first Zoë's family untouched
    assert [g.data.language for g in pupils["Zoë J."].guardians] == ["ar"]


def test_a_pupil_without_key_is_matched_by_first_name_once_then_by_key(demo_db) -> None:  # noqa: ANN001
    group = _group(demo_db)
    setup_pupils.create_pupil(demo_db, group.id, PupilData("Daan", "boys"))
    setup_pupils.create_pupil(demo_db, group.id, PupilData("Noor", "girls"))
    data = (HEAD + "Daan;van Dijk;;Turks\nNoor;Peters;;\n").encode()
    preview, result = _import(demo_db, group.id, data)
    lines = preview.report.splitlines()[-3:]
    assert lines == ["regel 2: bijwerken — Daan: ouder toegevoegd (Turks)", "regel 3: ongewijzigd — Noor",
                     "Totaal: 0 nieuw, 1 bijwerken, 1 ongewijzigd, 0 afgewezen."]
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    with demo_db.session() as s:  # both got their key: Noor silently, though nothing visible changed
        keys = s.scalars(select(Pupil.match_key).where(Pupil.group_id == group.id)).all()
    assert all(keys)

    before = _state(demo_db, group.id)
    again = pupil_import.preview_import(demo_db, group.id, data, "klas.csv")
    assert again.plan.counts == {"new": 0, "update": 0, "unchanged": 2, "rejected": 0}
    assert not again.plan.to_write
    assert _state(demo_db, group.id) == before

    other = (HEAD + "Daan;Smit;;\nNoor;Peters;;Arabisch\n").encode()
    lines = pupil_import.preview_import(demo_db, group.id, other, "klas.csv").report.splitlines()[-4:]
    assert lines == ["regel 2: nieuw — Daan S.", "regel 3: bijwerken — Noor: ouder toegevoegd (Arabisch)",
                     "Niet in het bestand (blijven in de groep): Daan",
                     "Totaal: 1 nieuw, 1 bijwerken, 0 ongewijzigd, 0 afgewezen."]


def test_a_stored_child_gets_an_initial_when_a_namesake_arrives(demo_db) -> None:  # noqa: ANN001
    group = _group(demo_db)
    _import(demo_db, group.id, (HEAD + "Sanne;Bakker;;\n").encode())
    preview, _result = _import(demo_db, group.id, (HEAD + "Sanne;Bakker;;\nSanne;Bos;;\n").encode())
    assert preview.report.splitlines()[-3:] == [
        "regel 2: bijwerken — Sanne B.: naam: Sanne → Sanne B.", "regel 3: nieuw — Sanne Bo.",
        "Totaal: 1 nieuw, 1 bijwerken, 0 ongewijzigd, 0 afgewezen."]
    assert [r.display_name for r in setup_pupils.list_pupils(demo_db, group.id)] == ["Sanne B.", "Sanne Bo."]
    # undo takes the initial back with the import; redo puts it back
    pupil_import.undo_import(demo_db, _result)
    assert [r.display_name for r in setup_pupils.list_pupils(demo_db, group.id)] == ["Sanne"]
    pupil_import.redo_import(demo_db, _result)
    assert [r.display_name for r in setup_pupils.list_pupils(demo_db, group.id)] == ["Sanne B.", "Sanne Bo."]
    # the app may still edit either child: name + initial stays its own
    sanne = setup_pupils.list_pupils(demo_db, group.id)[0]
    assert setup_pupils.update_pupil(demo_db, sanne.id, PupilData("Sanne", "girls")).display_name == "Sanne B."


def test_without_surnames_a_second_sanne_is_still_a_duplicate(demo_db) -> None:  # noqa: ANN001
    group = _group(demo_db)
    report = pupil_import.preview_import(demo_db, group.id, b"Voornaam\nSanne\nSanne\n", "klas.csv").report
    assert report.splitlines()[-3:] == ["regel 2: nieuw — Sanne", "regel 3: afgewezen — Sanne: dubbel in bestand, "
                                        "zie regel 2 (een ander kind? voeg een kolom achternaam of geboortedatum "
                                        "toe, of schrijf bijv. \u201cSanne B.\u201d)",
                                        "Totaal: 1 nieuw, 0 bijwerken, 0 ongewijzigd, 1 afgewezen."]


def test_the_hint_works_two_noahs_written_apart_both_come_in(demo_db) -> None:  # noqa: ANN001
    group = _group(demo_db)
    report = pupil_import.preview_import(demo_db, group.id, b"Voornaam\nNoah B.\nNoah I.\n",
                                         "klas.csv").report
    assert report.splitlines()[-1] == "Totaal: 2 nieuw, 0 bijwerken, 0 ongewijzigd, 0 afgewezen."


def test_only_dutch_tussenvoegsels_are_skipped_for_the_initial(demo_db) -> None:  # noqa: ANN001
    group = _group(demo_db)
    rows = ("Noah;El Idrissi;;\nNoah;van den Berg;;\nNoah;Berg, ter;;\nNoah;in 't Veld;;\nNoah;Al Amrani;;\n"
            "Noah;Dijk van;;\n")
    _import(demo_db, group.id, (HEAD + rows).encode())
    assert [r.display_name for r in setup_pupils.list_pupils(demo_db, group.id)] == [
        "Noah A.", "Noah B.", "Noah Be.", "Noah D.", "Noah E.", "Noah V."]


def test_attendance_shows_the_initial(demo_db) -> None:  # noqa: ANN001
    group = _group(demo_db)
    _import(demo_db, group.id, CLASS)
    with demo_db.write() as s:
        template_id = s.scalar(select(LessonTemplate.id).order_by(LessonTemplate.id))
        lesson = Session(group_id=group.id, template_id=template_id, date=date(2027, 3, 9), status="held")
        s.add(lesson)
        s.flush()
        session_id = lesson.id
    names = [row.first_name for row in attendance.session_attendance(demo_db, session_id)]
    assert names == ["Sanne B.", "Sanne K.", "Zoë"]
