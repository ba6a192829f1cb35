"""Who may see and change what (core/access.py), role by role, on a real demo file: allowed and refused."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from wishdesk.core import access
from wishdesk.core.access import PermissionDenied
from wishdesk.core.models import Group, Pupil, School, Staff, StaffRole
from wishdesk.core.models.organisation import group_teacher
from wishdesk.core.progress import drive
from wishdesk.core.services import (
    directory,
    family_export,
    planning,
    pupil_import,
    replan_preview,
    setup_consents,
    setup_groups,
    setup_guardians,
    setup_pupils,
    setup_schools,
)
from wishdesk.core.services.setup_consents import ConsentData
from wishdesk.core.services.setup_groups import GroupData
from wishdesk.core.services.setup_pupils import GuardianData, PupilData
from wishdesk.core.services.setup_schools import SchoolData

CLASS_LIST = b"voornaam;jongen/meisje\nNieuwkomer;meisje\n"


@dataclass(frozen=True)
class Cast:
    own_school: int
    other_school: int
    own_group: int  # a group of own_school (the teacher's)
    other_group: int  # a group of other_school
    own_pupil: int
    other_pupil: int
    teacher: int  # teaches own_group
    care: int  # care coordinator of own_school
    specialist: int  # specialist of own_group, not of other_group's school
    coordinator: int  # programme coordinator


@pytest.fixture
def cast(demo_db) -> Cast:  # noqa: ANN001
    with demo_db.write() as s:
        teacher, own_group = s.execute(select(group_teacher.c.staff_id, group_teacher.c.group_id)
                                       .order_by(group_teacher.c.group_id)).first()
        group = s.get(Group, own_group)
        school = group.school
        # the demo's few specialists serve every school; this one has only own_group (as in a city)
        specialist = Staff(name="Specialist Eén Groep", roles=[StaffRole(role="specialist")])
        s.add(specialist)
        s.flush()
        group.specialist_id = specialist.id
        other = s.scalars(select(Group).where(Group.school_id != school.id).order_by(Group.id)).first()
        coordinator = s.scalar(select(StaffRole.staff_id).where(StaffRole.role == "programme_coordinator"))
        own_pupil = s.scalar(select(Pupil.id).where(Pupil.group_id == own_group).order_by(Pupil.id))
        other_pupil = s.scalar(select(Pupil.id).where(Pupil.group_id == other.id).order_by(Pupil.id))
        return Cast(school.id, other.school_id, own_group, other.id, own_pupil, other_pupil, teacher,
                    school.care_coordinator_id, specialist.id, coordinator)


def test_scopes_mirror_the_team_policies(demo_db, cast: Cast) -> None:  # noqa: ANN001
    teacher = access.scope_of(demo_db, cast.teacher)
    assert not teacher.everything and teacher.sees_group(cast.own_group, cast.own_school)
    assert not teacher.sees_group(cast.other_group, cast.other_school)
    assert cast.own_school in access.scope_of(demo_db, cast.care).care_schools
    assert access.scope_of(demo_db, cast.coordinator).everything
    assert access.scope_of(demo_db, None).everything  # no sign-in (plain file): no scope
    assert access.scope_of(demo_db, 999_999).schools == frozenset()  # an unknown id sees nothing


@pytest.mark.parametrize("role", ["teacher", "care", "specialist", "coordinator"])
def test_lists_show_only_what_the_role_sees(demo_db, cast: Cast, role: str) -> None:  # noqa: ANN001
    me = getattr(cast, role)
    groups = {g.id for g in setup_groups.list_groups(demo_db, as_staff=me)}
    schools = {s.id for s in setup_schools.list_schools(demo_db, as_staff=me)}
    cli_groups = {g.id for g in directory.list_groups(demo_db, as_staff=me)}
    assert cast.own_group in groups and cast.own_school in schools and groups == cli_groups
    sees_other = role == "coordinator"
    assert (cast.other_group in groups) is sees_other
    assert (cast.other_school in schools) is sees_other
    assert setup_pupils.list_pupils(demo_db, cast.own_group, as_staff=me)
    if sees_other:
        assert setup_pupils.list_pupils(demo_db, cast.other_group, as_staff=me)
        assert directory.list_pupils(demo_db, cast.other_group, as_staff=me)
    else:
        for read in (lambda: setup_pupils.list_pupils(demo_db, cast.other_group, as_staff=me),
                     lambda: directory.list_pupils(demo_db, cast.other_group, as_staff=me),
                     lambda: setup_pupils.get_pupil(demo_db, cast.other_pupil, as_staff=me),
                     lambda: setup_groups.get_group(demo_db, cast.other_group, as_staff=me)):
            with pytest.raises(PermissionDenied):
                read()


def test_without_a_person_everything_is_seen(demo_db, cast: Cast) -> None:  # noqa: ANN001
    everything = {g.id for g in setup_groups.list_groups(demo_db)}
    assert {cast.own_group, cast.other_group} <= everything
    assert setup_pupils.list_pupils(demo_db, cast.other_group)


@pytest.mark.parametrize("role", ["teacher", "care", "coordinator"])
def test_school_staff_change_their_own_pupils(demo_db, cast: Cast, role: str) -> None:  # noqa: ANN001
    me = getattr(cast, role)
    made = setup_pupils.create_pupil(demo_db, cast.own_group, PupilData("Xyzzy"), as_staff=me)
    setup_pupils.update_pupil(demo_db, made.id, PupilData("Xyzzy", "girls"), as_staff=me)
    guardian = setup_guardians.add_guardian(demo_db, made.id, GuardianData("Moeder", "tr", "paper"), as_staff=me)
    setup_guardians.update_guardian(demo_db, guardian.id, GuardianData("Moeder", "ar", "paper"), as_staff=me)
    assert setup_pupils.get_pupil(demo_db, made.id, as_staff=me).guardians[0].data.language == "ar"
    removed = setup_pupils.delete_pupil(demo_db, made.id, as_staff=me)
    setup_pupils.restore_pupil(demo_db, removed, as_staff=me)
    assert family_export.family_export(demo_db, made.id, as_staff=me).pupil_name == "Xyzzy"


@pytest.mark.parametrize("role", ["teacher", "care", "specialist"])
def test_nobody_but_a_coordinator_changes_another_schools_pupils(demo_db, cast: Cast, role: str) -> None:  # noqa: ANN001
    me = getattr(cast, role)
    before = setup_pupils.get_pupil(demo_db, cast.other_pupil)
    guardian = before.guardians[0].id
    consents = [c.id for c in setup_consents.list_consents(demo_db, cast.other_pupil)]
    assert consents, "the demo gives most pupils a consent"
    attempts = [
        lambda: setup_pupils.create_pupil(demo_db, cast.other_group, PupilData("Indringer"), as_staff=me),
        lambda: setup_pupils.update_pupil(demo_db, cast.other_pupil, PupilData("Anders"), as_staff=me),
        lambda: setup_pupils.delete_pupil(demo_db, cast.other_pupil, as_staff=me),
        lambda: setup_pupils.set_pupil_archived(demo_db, cast.other_pupil, True, as_staff=me),
        lambda: setup_pupils.restore_pupil(demo_db, before, as_staff=me),
        lambda: setup_guardians.add_guardian(demo_db, cast.other_pupil, GuardianData("X"), as_staff=me),
        lambda: setup_guardians.update_guardian(demo_db, guardian, GuardianData("X"), as_staff=me),
        lambda: setup_guardians.remove_guardian(demo_db, cast.other_pupil, guardian, as_staff=me),
        lambda: setup_guardians.get_guardian(demo_db, guardian, as_staff=me),
        lambda: setup_guardians.sibling_choices(demo_db, cast.other_pupil, as_staff=me),
        # linking another school's parent to one's own pupil would make them readable
        lambda: setup_guardians.link_guardian(demo_db, cast.own_pupil, guardian, as_staff=me),
        lambda: family_export.family_export(demo_db, cast.other_pupil, as_staff=me),
        lambda: setup_consents.create_consent(demo_db, cast.other_pupil, ConsentData("photos", date(2026, 9, 1)),
                                              as_staff=me),
        *(lambda c=c: setup_consents.withdraw_consent(demo_db, c, as_staff=me) for c in consents[:1]),
        *(lambda c=c: setup_consents.delete_consent(demo_db, c, as_staff=me) for c in consents[:1]),
        lambda: pupil_import.preview_import(demo_db, cast.other_group, CLASS_LIST, "lijst.csv", as_staff=me),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()
    assert setup_pupils.get_pupil(demo_db, cast.other_pupil) == before  # nothing changed


def test_specialists_see_their_pupils_but_keep_no_records(demo_db, cast: Cast) -> None:  # noqa: ANN001
    me = cast.specialist
    assert setup_pupils.list_pupils(demo_db, cast.own_group, as_staff=me)
    for attempt in (lambda: setup_pupils.create_pupil(demo_db, cast.own_group, PupilData("Xyzzy"), as_staff=me),
                    lambda: setup_pupils.update_pupil(demo_db, cast.own_pupil, PupilData("Anders"), as_staff=me),
                    lambda: family_export.family_export(demo_db, cast.own_pupil, as_staff=me),
                    lambda: pupil_import.preview_import(demo_db, cast.own_group, CLASS_LIST, "l.csv", as_staff=me)):
        with pytest.raises(PermissionDenied, match="intern begeleider"):
            attempt()


def test_class_list_import_own_group_allowed_and_a_stolen_preview_refused(demo_db, cast: Cast) -> None:  # noqa: ANN001
    preview = pupil_import.preview_import(demo_db, cast.own_group, CLASS_LIST, "lijst.csv", as_staff=cast.teacher)
    result = pupil_import.apply_import(demo_db, preview, skip_invalid=True, backup_dir=None, as_staff=cast.teacher)
    assert result.created == 1
    other = pupil_import.preview_import(demo_db, cast.other_group, CLASS_LIST, "lijst.csv")  # made unscoped
    with demo_db.session() as s:
        count = len(s.scalars(select(Pupil.id).where(Pupil.group_id == cast.other_group)).all())
    with pytest.raises(PermissionDenied):
        pupil_import.apply_import(demo_db, other, skip_invalid=True, backup_dir=None, as_staff=cast.teacher)
    with demo_db.session() as s:
        assert len(s.scalars(select(Pupil.id).where(Pupil.group_id == cast.other_group)).all()) == count


def _group_data(demo_db, school_id: int, name: str) -> GroupData:  # noqa: ANN001
    with demo_db.session() as s:
        year = s.scalar(select(Group.school_year_id).order_by(Group.id))
    return GroupData(school_id, year, name)


def test_groups_are_set_up_by_coordinators_and_the_schools_care_coordinator(demo_db, cast: Cast) -> None:  # noqa: ANN001
    made = setup_groups.create_group(demo_db, _group_data(demo_db, cast.own_school, "6Z"), as_staff=cast.care)
    setup_groups.set_group_archived(demo_db, made.id, True, as_staff=cast.care)
    with pytest.raises(PermissionDenied):  # not at another school, nor moving one there
        setup_groups.create_group(demo_db, _group_data(demo_db, cast.other_school, "6Z"), as_staff=cast.care)
    with pytest.raises(PermissionDenied):
        setup_groups.update_group(demo_db, made.id, _group_data(demo_db, cast.other_school, "6Z"), as_staff=cast.care)
    for me in (cast.teacher, cast.specialist):
        with pytest.raises(PermissionDenied, match="richt groepen in"):
            setup_groups.create_group(demo_db, _group_data(demo_db, cast.own_school, "6Y"), as_staff=me)
        with pytest.raises(PermissionDenied):
            setup_groups.delete_group(demo_db, made.id, as_staff=me)
    setup_groups.create_group(demo_db, _group_data(demo_db, cast.other_school, "6X"), as_staff=cast.coordinator)


def test_schools_are_set_up_by_programme_coordinators_only(demo_db, cast: Cast) -> None:  # noqa: ANN001
    own = setup_schools.get_school(demo_db, cast.own_school)
    for me in (cast.teacher, cast.care, cast.specialist):
        with pytest.raises(PermissionDenied, match="programmacoördinator"):
            setup_schools.create_school(demo_db, SchoolData("Nieuwe School", "Vught"), as_staff=me)
        with pytest.raises(PermissionDenied):  # the school names who reads its concerns
            setup_schools.update_school(demo_db, cast.own_school, SchoolData(own.data.name, own.data.town,
                                        own.data.holiday_region, me, own.data.lesson_windows), as_staff=me)
    setup_schools.create_school(demo_db, SchoolData("Nieuwe School", "Vught"), as_staff=cast.coordinator)
    with demo_db.session() as s:
        assert s.get(School, cast.own_school).care_coordinator_id == cast.care


@pytest.mark.parametrize("role", ["teacher", "care", "specialist"])
def test_automatic_planning_is_for_programme_coordinators(demo_db, cast: Cast, role: str) -> None:  # noqa: ANN001
    me = getattr(cast, role)
    with pytest.raises(PermissionDenied, match="plant automatisch"):
        drive(planning.plan_year(demo_db, as_staff=me))
    with pytest.raises(PermissionDenied):
        drive(replan_preview.preview_replan(demo_db, as_staff=me, use_cp=False))


def test_a_coordinator_plans(demo_db, cast: Cast) -> None:  # noqa: ANN001
    outcome = drive(planning.plan_year(demo_db, as_staff=cast.coordinator, time_limit=2))
    assert outcome.summary()


def test_nobody_but_a_coordinator_changes_staff_roles(demo_db, cast: Cast) -> None:  # noqa: ANN001
    """Attack: a teacher who could give themselves the programme coordinator role would see everything."""
    from dataclasses import replace

    from wishdesk.core.services import setup_staff

    mine = setup_staff.get_staff(demo_db, cast.teacher)
    promoted = replace(mine.data, roles=("teacher", "programme_coordinator"))
    for me in (cast.teacher, cast.care, cast.specialist):
        with pytest.raises(PermissionDenied, match="programmacoördinator"):
            setup_staff.update_staff(demo_db, cast.teacher, promoted, as_staff=me)
        with pytest.raises(PermissionDenied):
            setup_staff.create_staff(demo_db, setup_staff.StaffData("Nieuwe Baas", ("programme_coordinator",)),
                                     as_staff=me)
    assert setup_staff.get_staff(demo_db, cast.teacher).data.roles == mine.data.roles
    assert not access.scope_of(demo_db, cast.teacher).everything
    setup_staff.update_staff(demo_db, cast.teacher, promoted, as_staff=cast.coordinator)
    assert access.scope_of(demo_db, cast.teacher).everything
