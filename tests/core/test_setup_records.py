"""Setup services: create / update / delete / restore / archive for every record type, dependency
descriptions in Dutch, and validation messages that name the field."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import func, select

from wishdesk.core.errors import ValidationError
from wishdesk.core.models import Guardian, Pupil
from wishdesk.core.services import (
    partners,
    setup_consents,
    setup_groups,
    setup_guardians,
    setup_organisations,
    setup_pupils,
    setup_schools,
    setup_staff,
    setup_years,
)
from wishdesk.core.services.setup_common import InUse


def _year(db):  # noqa: ANN001, ANN202
    return setup_years.list_years(db)[0]


def test_school_round_trip_with_lesson_windows(demo_db) -> None:  # noqa: ANN001
    windows = ((2, time(13, 0), time(15, 0)), (0, time(8, 30), time(12, 0)))
    made = setup_schools.create_school(demo_db, setup_schools.SchoolData("  OBS  De Nieuwe   Linde ", "Vught",
                                                                         "midden", None, windows))
    assert made.name == "OBS De Nieuwe Linde"
    assert made.data.lesson_windows == tuple(sorted(windows))
    changed = setup_schools.update_school(demo_db, made.id, setup_schools.SchoolData(
        "OBS De Linde", "Vught", "zuid", None, ((4, time(9, 0), time(11, 0)),)))
    assert changed.data.holiday_region == "zuid" and len(changed.data.lesson_windows) == 1
    assert setup_schools.dependents_school(demo_db, made.id) == ()
    snapshot = setup_schools.delete_school(demo_db, made.id)
    assert all(s.id != made.id for s in setup_schools.list_schools(demo_db))
    back = setup_schools.restore_school(demo_db, snapshot)
    assert back == changed


def test_school_validation_names_the_field(demo_db) -> None:  # noqa: ANN001
    existing = setup_schools.list_schools(demo_db)[0]
    cases = [
        (setup_schools.SchoolData(""), "name", "Vul de naam van de school in."),
        (setup_schools.SchoolData(existing.name.upper()), "name", "Er is al een school"),
        (setup_schools.SchoolData("X", holiday_region="oost"), "holiday_region", "Kies de vakantieregio"),
        (setup_schools.SchoolData("X", lesson_windows=((1, time(12), time(9)),)), "lesson_windows",
         "Op dinsdag ligt de eindtijd niet na de begintijd"),
        (setup_schools.SchoolData("X", lesson_windows=((1, time(9), time(12)), (1, time(11), time(13)))),
         "lesson_windows", "Twee tijden op dinsdag overlappen."),
    ]
    for data, field, message in cases:
        with pytest.raises(ValidationError) as err:
            setup_schools.create_school(demo_db, data)
        assert err.value.field == field and message in str(err.value)


def test_school_in_use_explains_and_archives(demo_db) -> None:  # noqa: ANN001
    school = setup_schools.list_schools(demo_db)[0]
    deps = setup_schools.dependents_school(demo_db, school.id)
    assert any("groep" in d for d in deps) and any("partnerkaart" in d for d in deps)
    with pytest.raises(InUse) as err:
        setup_schools.delete_school(demo_db, school.id)
    assert err.value.dependents == deps and "Archiveer" in str(err.value)
    setup_schools.set_school_archived(demo_db, school.id, True)
    assert school.id not in {s.id for s in setup_schools.list_schools(demo_db)}
    assert school.id in {s.id for s in setup_schools.list_schools(demo_db, include_archived=True)}
    setup_schools.set_school_archived(demo_db, school.id, False)
    assert school.id in {s.id for s in setup_schools.list_schools(demo_db)}


def test_organisation_round_trip_and_dependents(demo_db) -> None:  # noqa: ANN001
    org = setup_organisations.create_organisation(
        demo_db, setup_organisations.OrganisationData("Buurtwerk Oost", "partner", "Fatma Yilmaz"))
    with pytest.raises(ValidationError, match="Er is al een organisatie"):
        setup_organisations.create_organisation(demo_db, setup_organisations.OrganisationData("buurtwerk oost"))
    with pytest.raises(ValidationError) as err:
        setup_organisations.create_organisation(demo_db, setup_organisations.OrganisationData("Y", "bank"))
    assert err.value.field == "kind"
    snapshot = setup_organisations.delete_organisation(demo_db, org.id)
    assert setup_organisations.restore_organisation(demo_db, snapshot) == org
    used = next(o for o in setup_organisations.list_organisations(demo_db) if o.schools)
    deps = setup_organisations.dependents_organisation(demo_db, used.id)
    assert any("partnerkaart" in d for d in deps)
    with pytest.raises(InUse):
        setup_organisations.delete_organisation(demo_db, used.id)


def test_staff_round_trip_roles_schools_and_working_days(demo_db) -> None:  # noqa: ANN001
    schools = setup_schools.list_schools(demo_db)
    org = setup_organisations.list_organisations(demo_db)[0]
    data = setup_staff.StaffData("Noor Bakker", ("specialist", "teacher"), "noor@example.org", org.id,
                                 (schools[0].id, schools[1].id), ((1, time(8, 30), time(15, 0)),), 3)
    made = setup_staff.create_staff(demo_db, data)
    assert made.data.roles == ("specialist", "teacher") and made.organisation == org.name
    assert len(made.schools) == 2
    updated = setup_staff.update_staff(demo_db, made.id, setup_staff.StaffData(
        "Noor Bakker", ("specialist",), None, None, (schools[0].id,), (), None))
    assert updated.data.roles == ("specialist",) and updated.data.availability == ()
    back = setup_staff.update_staff(demo_db, made.id, made.data)
    assert back.data == made.data
    snapshot = setup_staff.delete_staff(demo_db, made.id)
    assert setup_staff.restore_staff(demo_db, snapshot) == made
    for bad, field in [(setup_staff.StaffData("X", ()), "roles"),
                       (setup_staff.StaffData("X", ("teacher",), "geen-adres"), "email"),
                       (setup_staff.StaffData("X", ("teacher",), max_sessions_per_day=12), "max_sessions_per_day"),
                       (setup_staff.StaffData("Noor Bakker", ("teacher",)), "name")]:
        with pytest.raises(ValidationError) as err:
            setup_staff.create_staff(demo_db, bad)
        assert err.value.field == field


def test_staff_in_use_lists_groups(demo_db) -> None:  # noqa: ANN001
    group = setup_groups.list_groups(demo_db)[0]
    teacher_id = group.data.teacher_ids[0]
    deps = setup_staff.dependents_staff(demo_db, teacher_id)
    assert any(d.startswith("leerkracht van") and group.name in d for d in deps)
    with pytest.raises(InUse):
        setup_staff.delete_staff(demo_db, teacher_id)


def test_group_round_trip_and_name_rules(demo_db) -> None:  # noqa: ANN001
    school = setup_schools.list_schools(demo_db)[0]
    year = _year(demo_db)
    teacher = setup_staff.list_staff(demo_db, role="teacher")[0]
    made = setup_groups.create_group(demo_db, setup_groups.GroupData(
        school.id, year.id, "Groep 5/6C", (teacher.id,), None, True))
    assert made.name == "5/6C" and made.split_by_gender and made.teachers == (teacher.name,)
    with pytest.raises(ValidationError) as err:
        setup_groups.create_group(demo_db, setup_groups.GroupData(school.id, year.id, "5/6c"))
    assert err.value.field == "name" and "bestaat al" in str(err.value)
    with pytest.raises(ValidationError) as err:
        setup_groups.create_group(demo_db, setup_groups.GroupData(school.id, year.id, "6Z", video_url="klas video"))
    assert err.value.field == "video_url"
    snapshot = setup_groups.delete_group(demo_db, made.id)
    assert setup_groups.restore_group(demo_db, snapshot) == made
    busy = next(g for g in setup_groups.list_groups(demo_db) if g.pupils)
    with pytest.raises(InUse, match="leerlingen"):
        setup_groups.delete_group(demo_db, busy.id)


def test_pupil_and_guardians_delete_and_restore_keep_ids(demo_db) -> None:  # noqa: ANN001
    group = setup_groups.list_groups(demo_db)[0]
    pupil = setup_pupils.create_pupil(demo_db, group.id, setup_pupils.PupilData(" Chloë ", "girls"))
    mother = setup_guardians.add_guardian(demo_db, pupil.id, setup_pupils.GuardianData("Amal", "ar", "paper"))
    setup_guardians.add_guardian(demo_db, pupil.id, setup_pupils.GuardianData(None, "nl", "email"))
    full = setup_pupils.get_pupil(demo_db, pupil.id)
    assert [g.data.language for g in full.guardians] == ["ar", "nl"]
    snapshot = setup_pupils.delete_pupil(demo_db, pupil.id)
    with demo_db.session() as s:
        assert s.get(Guardian, mother.id) is None  # no other child: deleted with the pupil
    assert setup_pupils.restore_pupil(demo_db, snapshot) == full
    with pytest.raises(ValidationError) as err:
        setup_pupils.create_pupil(demo_db, group.id, setup_pupils.PupilData("chloe"))
    assert err.value.field == "first_name" and "Er is al een leerling 'Chloë'" in str(err.value)
    with pytest.raises(ValidationError, match="e-mailadres of nummer"):
        setup_pupils.create_pupil(demo_db, group.id, setup_pupils.PupilData("piet@school.nl"))
    assert setup_pupils.first_name_hint("Daan van Dijk") is not None
    assert setup_pupils.first_name_hint("Daan") is None


def test_pupil_with_consents_is_archived_not_deleted(demo_db) -> None:  # noqa: ANN001
    group = setup_groups.list_groups(demo_db)[0]
    pupil = next(p for p in setup_pupils.list_pupils(demo_db, group.id) if p.consents)
    deps = setup_pupils.dependents_pupil(demo_db, pupil.id)
    assert any("toestemming" in d for d in deps)
    with pytest.raises(InUse):
        setup_pupils.delete_pupil(demo_db, pupil.id)
    setup_pupils.set_pupil_archived(demo_db, pupil.id, True)
    assert pupil.id not in {p.id for p in setup_pupils.list_pupils(demo_db, group.id)}
    assert setup_groups.get_group(demo_db, group.id).pupils == group.pupils - 1


def test_sibling_guardian_link_and_remove(demo_db) -> None:  # noqa: ANN001
    group = setup_groups.list_groups(demo_db)[0]
    a = setup_pupils.create_pupil(demo_db, group.id, setup_pupils.PupilData("Tweeling A"))
    b = setup_pupils.create_pupil(demo_db, group.id, setup_pupils.PupilData("Tweeling B"))
    parent = setup_guardians.add_guardian(demo_db, a.id, setup_pupils.GuardianData("Sara", "tr", "platform"))
    choices = setup_guardians.sibling_choices(demo_db, b.id)
    assert any(c.id == parent.id and "ouder van Tweeling A" in c.label for c in choices)
    linked = setup_guardians.link_guardian(demo_db, b.id, parent.id)
    assert linked.children == ("Tweeling A", "Tweeling B")
    removed = setup_guardians.remove_guardian(demo_db, b.id, parent.id)  # only unlinks: A keeps her
    assert setup_guardians.get_guardian(demo_db, parent.id).children == ("Tweeling A",)
    setup_guardians.restore_guardian(demo_db, b.id, removed)
    setup_guardians.remove_guardian(demo_db, a.id, parent.id)
    last = setup_guardians.remove_guardian(demo_db, b.id, parent.id)  # last child: deleted
    with demo_db.session() as s:
        assert s.get(Guardian, parent.id) is None
    assert setup_guardians.restore_guardian(demo_db, b.id, last).id == parent.id
    with pytest.raises(ValidationError) as err:
        setup_guardians.add_guardian(demo_db, a.id, setup_pupils.GuardianData("x", "xx", "paper"))
    assert err.value.field == "language"
    with pytest.raises(ValidationError) as err:
        setup_guardians.add_guardian(demo_db, a.id, setup_pupils.GuardianData("06-12345678", "nl", "paper"))
    assert err.value.field == "name"


def test_consents_granted_withdrawn_and_overlap(demo_db) -> None:  # noqa: ANN001
    group = setup_groups.list_groups(demo_db)[0]
    pupil = setup_pupils.create_pupil(demo_db, group.id, setup_pupils.PupilData("Mirthe"))
    video = setup_consents.create_consent(demo_db, pupil.id, setup_consents.ConsentData("class_video", date(2025, 9, 1)))
    assert setup_pupils.get_pupil(demo_db, pupil.id).consents == ("class_video",)
    with pytest.raises(ValidationError, match="Er is al een geldige toestemming"):
        setup_consents.create_consent(demo_db, pupil.id, setup_consents.ConsentData("class_video", date(2025, 10, 1)))
    withdrawn = setup_consents.withdraw_consent(demo_db, video.id, date(2025, 11, 2))
    assert not withdrawn.active and setup_pupils.get_pupil(demo_db, pupil.id).consents == ()
    again = setup_consents.create_consent(demo_db, pupil.id,
                                          setup_consents.ConsentData("class_video", date(2025, 12, 1)))
    assert again.active
    with pytest.raises(ValidationError) as err:
        setup_consents.create_consent(demo_db, pupil.id, setup_consents.ConsentData(
            "photos", date(2025, 9, 1), date(2025, 8, 1)))
    assert err.value.field == "withdrawn_on"
    with pytest.raises(ValidationError) as err:
        setup_consents.create_consent(demo_db, pupil.id, setup_consents.ConsentData("photos", date(2999, 1, 1)))
    assert err.value.field == "granted_on"
    snapshot = setup_consents.delete_consent(demo_db, again.id)
    assert setup_consents.restore_consent(demo_db, snapshot) == again
    assert len(setup_consents.list_consents(demo_db, pupil.id)) == 2


def test_year_with_own_curriculum_copy_and_calendar(demo_db) -> None:  # noqa: ANN001
    current = _year(demo_db)
    made = setup_years.create_year(demo_db, 2027)
    assert made.name == "2027-2028" and made.curriculum_id not in (None, current.curriculum_id)
    assert made.curriculum_name.endswith("2027-2028") and made.calendar
    with pytest.raises(ValidationError, match="bestaat al"):
        setup_years.create_year(demo_db, 2027)
    with pytest.raises(ValidationError) as err:
        setup_years.update_year(demo_db, made.id, setup_years.YearData(date(2027, 8, 1), date(2027, 7, 1)))
    assert err.value.field == "end_date"
    snapshot = setup_years.delete_year(demo_db, made.id)
    assert setup_years.restore_year(demo_db, snapshot) == made
    assert any("groep" in d for d in setup_years.dependents_year(demo_db, current.id))
    with pytest.raises(InUse):
        setup_years.delete_year(demo_db, current.id)


def test_partner_entries_and_map(demo_db) -> None:  # noqa: ANN001
    school = setup_schools.list_schools(demo_db)[0]
    org = setup_organisations.create_organisation(
        demo_db, setup_organisations.OrganisationData("Jeugdhulp Oost", "youth_care"))
    entry = partners.create_partner(demo_db, partners.PartnerData(school.id, org.id, "Ilse Bos", "gezinscoach"))
    with pytest.raises(ValidationError, match="staat al op de partnerkaart"):
        partners.create_partner(demo_db, partners.PartnerData(school.id, org.id))
    the_map = partners.partner_map(demo_db, school.id)
    assert the_map.school == school.name
    care = next(s for s in the_map.sections if s.heading == "Jeugdhulp")
    assert partners.MapEntry("Jeugdhulp Oost", "Ilse Bos", "gezinscoach") in care.entries
    assert any("intern begeleider" in (p.role or "") for p in the_map.own_people)
    snapshot = partners.delete_partner(demo_db, entry.id)
    assert partners.restore_partner(demo_db, snapshot) == entry


def test_no_partial_write_on_failure(demo_db) -> None:  # noqa: ANN001
    group = setup_groups.list_groups(demo_db)[0]
    with demo_db.session() as s:
        before = s.scalar(select(func.count(Pupil.id)))
    with pytest.raises(ValidationError):
        setup_pupils.create_pupil(demo_db, group.id, setup_pupils.PupilData("x" * 300))
    with demo_db.session() as s:
        assert s.scalar(select(func.count(Pupil.id))) == before


@pytest.mark.postgres
def test_round_trips_on_postgresql(pg_url: str) -> None:
    """Restores re-insert explicit ids; on PostgreSQL later inserts must still get fresh ids."""
    from wishdesk.core.demo import build_demo
    from wishdesk.core.opening import open_database
    from wishdesk.core.services import curriculum_edit, pupil_import

    db = open_database(pg_url, create=True)
    try:
        with db.write() as session:
            for _ in build_demo(session, schools=1, seed=3, year="2026-2027"):
                pass
        made = setup_schools.create_school(db, setup_schools.SchoolData("OBS Pg", lesson_windows=(
            (0, time(8, 30), time(12, 0)),)))
        setup_schools.restore_school(db, setup_schools.delete_school(db, made.id))
        other = setup_schools.create_school(db, setup_schools.SchoolData("OBS Pg 2"))
        assert other.id != made.id
        group = setup_groups.list_groups(db)[0]
        preview = pupil_import.preview_import(db, group.id, b"Voornaam;Taal\nTirza;Pools\nDaan;Turks\n", "l.csv")
        result = pupil_import.apply_import(db, preview)
        pupil_import.undo_import(db, result)
        pupil_import.redo_import(db, result)
        assert {"Tirza"} <= {p.first_name for p in setup_pupils.list_pupils(db, group.id)}
        info = curriculum_edit.year_curriculum(db, setup_years.list_years(db)[0].id)
        curriculum_edit.move_lesson(db, info.lessons[0].id, 8)
        lesson = curriculum_edit.duplicate_lesson(db, info.lessons[2].id)
        curriculum_edit.restore_lesson(db, curriculum_edit.remove_lesson(db, lesson.id))
        assert [x.number for x in curriculum_edit.year_curriculum(db, info.year_id).lessons] == list(range(1, 10))
    finally:
        db.close()


@pytest.fixture
def demo_db(backend_demo_db):  # noqa: ANN001, ANN201 - every test of this file runs on SQLite and on PostgreSQL
    return backend_demo_db
