"""Who may see and change what, per role: the app's own copy of the team database's privacy rules.

In team mode PostgreSQL's row-level security scopes the rows (``core/team/policies.py`` is the reference);
an embedded file has no such thing, so the services ask this module instead. The read rules mirror the
policies' helpers:

- schools where someone works (``wishdesk_my_schools``): linked to the school (staff_school), its care
  coordinator, or teacher of one of its groups;
- groups whose pupils they see (``wishdesk_my_groups``): every group of those schools, plus the groups they
  are the specialist of. Pupils and guardians follow their group.

A teacher therefore sees the pupils of their whole school, not only their own group: that is what the team
database lets them read, and a teacher standing in for a colleague needs the other groep 6 of the school.

The team database and this module share one widening (``MUNICIPALITY_WIDE_ROLES``): a programme coordinator
sees every school, also when linked to none. The write rules are the app's, from PRODUCT.md's roles:

- a programme coordinator sets up everything (they set up the year, schools, groups and staff for the whole
  municipality);
- pupils and guardians are changed (edit, delete, class-list import) and a family's data exported only by
  school-side staff of the pupil's school (teacher, care coordinator) or a programme coordinator: youth-care
  staff (specialists) see their groups' pupils for attendance but do not keep the school's pupil records;
- groups are set up by a programme coordinator, or by the care coordinator for their own school; schools only by
  a programme coordinator;
- automatic planning replans every school of the year, so only a programme coordinator runs it.

``as_staff=None`` (internal callers, tests, a plain database without accounts) means no scope: a plain file has
no sign-in, so nothing says who is at the keyboard.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, false, or_, select, union
from sqlalchemy.orm import Session as OrmSession

from .errors import UserError
from .models import Group, Pupil, School, Staff, StaffRole
from .models.organisation import group_teacher, pupil_guardian, staff_school

SCHOOL_SIDE_ROLES = frozenset({"teacher", "care_coordinator"})
# Who sees every school of the municipality (PRODUCT.md: the programme coordinator sets up the year, schools,
# groups and staff and reports for the whole municipality). The ONE place this is decided: `Scope.everything`
# reads it here, and the team server's `wishdesk_sees_whole_municipality()` (team/policies.py) is built from it,
# so a programme coordinator's laptop copy holds what their scope on a plain file shows.
MUNICIPALITY_WIDE_ROLES = frozenset({"programme_coordinator"})

NOT_YOUR_PUPIL = "Deze leerling hoort niet bij uw school. U kunt alleen leerlingen van uw eigen school inzien."
NOT_YOUR_GROUP = "Deze groep hoort niet bij uw school. U kunt alleen groepen van uw eigen school inzien."
NO_PUPIL_CHANGES = ("Alleen leerkrachten en de intern begeleider van de school (of een programmacoördinator) "
                    "wijzigen leerlingen en ouders.")
NO_FAMILY_EXPORT = ("Alleen leerkrachten en de intern begeleider van de school (of een programmacoördinator) "
                    "maken een overzicht van de gegevens van een gezin.")
NO_GROUP_SETUP = "Alleen een programmacoördinator of de intern begeleider van de school richt groepen in."
NO_SCHOOL_SETUP = "Alleen een programmacoördinator richt scholen in."
NO_STAFF_SETUP = ("Alleen een programmacoördinator richt medewerkers en hun rollen in: een rol bepaalt wie welke "
                  "leerlingen en signalen ziet.")
NOT_YOUR_SCHOOL = ("Deze school hoort niet bij uw werk. U kunt alleen de planning, bijeenkomsten en cijfers van uw "
                   "eigen scholen inzien.")
NOT_YOUR_LESSON = "Deze les hoort niet bij uw school. U kunt alleen lessen van uw eigen scholen inzien en plannen."
NO_MUNICIPALITY_REPORT = ("Alleen een programmacoördinator maakt de rapportage voor alle scholen samen; kies uw "
                          "eigen school.")
NO_PLANNING = ("Alleen een programmacoördinator plant automatisch: dat verschuift lessen van alle scholen. "
               "Vraag het de programmacoördinator.")


class PermissionDenied(UserError):
    """The signed-in person's role does not allow this; nothing was changed."""


@dataclass(frozen=True)
class Scope:
    """What one signed-in staff member may see; ``staff_id`` None: no scope (everything)."""

    staff_id: int | None
    roles: frozenset[str] = frozenset()
    schools: frozenset[int] = frozenset()  # schools where they work (the policies' wishdesk_my_schools)
    care_schools: frozenset[int] = frozenset()  # schools where they are the care coordinator
    specialist_groups: frozenset[int] = frozenset()  # groups they are the specialist of

    @property
    def everything(self) -> bool:
        return self.staff_id is None or bool(self.roles & MUNICIPALITY_WIDE_ROLES)

    def sees_group(self, group_id: int, school_id: int) -> bool:
        return self.everything or school_id in self.schools or group_id in self.specialist_groups

    def keeps_records_of(self, school_id: int) -> bool:
        """School-side staff of this school (or a programme coordinator): may change pupils and guardians."""
        return self.everything or (school_id in self.schools and bool(self.roles & SCHOOL_SIDE_ROLES))

    def sets_up_groups_of(self, school_id: int | None) -> bool:
        if self.everything:
            return True
        if school_id is None:  # "may this person make any group at all?"
            return bool(self.care_schools)
        return school_id in self.care_schools

    # --- reasons for the GUI: None when allowed, else the Dutch sentence a tooltip shows ---------------------

    def why_not_pupil_changes(self, school_id: int | None = None) -> str | None:
        if school_id is None:
            allowed = self.everything or bool(self.schools and self.roles & SCHOOL_SIDE_ROLES)
        else:
            allowed = self.keeps_records_of(school_id)
        return None if allowed else NO_PUPIL_CHANGES

    def why_not_group_setup(self, school_id: int | None = None) -> str | None:
        return None if self.sets_up_groups_of(school_id) else NO_GROUP_SETUP

    def why_not_school_setup(self) -> str | None:
        return None if self.everything else NO_SCHOOL_SETUP

    def why_not_planning(self) -> str | None:
        return None if self.everything else NO_PLANNING

    def why_not_municipality(self) -> str | None:
        """Every school at once (the municipality's planning view and report)."""
        return None if self.everything else NO_MUNICIPALITY_REPORT


UNSCOPED = Scope(None)


def scope_in(session: OrmSession, staff_id: int | None) -> Scope:
    """The scope of one staff member, read in an open session (an unknown id sees nothing)."""
    if staff_id is None:
        return UNSCOPED
    if session.get(Staff, staff_id) is None:
        return Scope(staff_id)
    roles = frozenset(session.scalars(select(StaffRole.role).where(StaffRole.staff_id == staff_id)))
    care = frozenset(session.scalars(select(School.id).where(School.care_coordinator_id == staff_id)))
    schools = frozenset(session.scalars(union(
        select(staff_school.c.school_id).where(staff_school.c.staff_id == staff_id),
        select(School.id).where(School.care_coordinator_id == staff_id),
        select(Group.school_id).join(group_teacher, group_teacher.c.group_id == Group.id)
        .where(group_teacher.c.staff_id == staff_id),
    )))
    specialist = frozenset(session.scalars(select(Group.id).where(Group.specialist_id == staff_id)))
    return Scope(staff_id, roles, schools | care, care, specialist)


def scope_of(db, staff_id: int | None) -> Scope:  # noqa: ANN001 - core.db.Database (no import cycle)
    """The scope of one staff member (reads the database; None: no scope)."""
    if staff_id is None:
        return UNSCOPED
    with db.session() as s:
        return scope_in(s, staff_id)


# --- filters for queries --------------------------------------------------------------------------------------

def group_clause(scope: Scope) -> ColumnElement[bool] | None:
    """A WHERE clause on Group for what the scope sees (None: no filter needed)."""
    if scope.everything:
        return None
    parts = []
    if scope.schools:
        parts.append(Group.school_id.in_(scope.schools))
    if scope.specialist_groups:
        parts.append(Group.id.in_(scope.specialist_groups))
    return or_(*parts) if parts else false()


def school_clause(scope: Scope) -> ColumnElement[bool] | None:
    """Schools the scope sees: where they work, and the schools of the groups they are the specialist of."""
    if scope.everything:
        return None
    parts = []
    if scope.schools:
        parts.append(School.id.in_(scope.schools))
    if scope.specialist_groups:
        parts.append(School.id.in_(select(Group.school_id).where(Group.id.in_(scope.specialist_groups))))
    return or_(*parts) if parts else false()


def seen_school_ids(session: OrmSession, scope: Scope) -> frozenset[int] | None:
    """The schools the scope sees (``school_clause`` as ids); None: every school."""
    if scope.everything:
        return None
    extra = frozenset(session.scalars(select(Group.school_id).where(Group.id.in_(scope.specialist_groups)))
                      ) if scope.specialist_groups else frozenset()
    return scope.schools | extra


# --- checks that raise ---------------------------------------------------------------------------------------

def _group_school(session: OrmSession, group_id: int) -> int | None:
    return session.scalar(select(Group.school_id).where(Group.id == group_id))


def _pupil_place(session: OrmSession, pupil_id: int) -> tuple[int, int] | None:
    row = session.execute(select(Group.id, Group.school_id).join(Pupil, Pupil.group_id == Group.id)
                          .where(Pupil.id == pupil_id)).first()
    return (row[0], row[1]) if row else None


def check_group_visible(session: OrmSession, scope: Scope, group_id: int) -> None:
    """Refuse a group the person may not see (an unknown group is left to the caller's NotFound)."""
    if scope.everything:
        return
    school_id = _group_school(session, group_id)
    if school_id is not None and not scope.sees_group(group_id, school_id):
        raise PermissionDenied(NOT_YOUR_GROUP)


def check_school_visible(session: OrmSession, scope: Scope, school_id: int | None) -> None:
    """Refuse a school the person does not work at (its planning, parent events, report figures)."""
    seen = seen_school_ids(session, scope)
    if seen is not None and school_id not in seen:
        raise PermissionDenied(NOT_YOUR_SCHOOL)


def check_lesson_visible(session: OrmSession, scope: Scope, group_id: int | None,
                         led_by: tuple[int | None, ...] = ()) -> None:
    """A lesson (or a parent event of a group): seen and planned by whoever sees its group, and by its duo."""
    if scope.everything or scope.staff_id in led_by:
        return
    school_id = _group_school(session, group_id) if group_id is not None else None
    if school_id is not None and not scope.sees_group(group_id, school_id):
        raise PermissionDenied(NOT_YOUR_LESSON)


def check_slot_visible(session: OrmSession, scope: Scope, row: object) -> None:
    """A lesson (Session) or parent event (ParentEvent) on the planning: a group's with its group (and a lesson
    with its duo), a school-wide event with its school."""
    if scope.everything:
        return
    group_id = getattr(row, "group_id", None)
    if group_id is None and getattr(row, "school_id", None) is not None:
        check_school_visible(session, scope, row.school_id)
        return
    check_lesson_visible(session, scope, group_id, (getattr(row, "teacher_id", None),
                                                     getattr(row, "specialist_id", None)))


def check_municipality(scope: Scope) -> None:
    if not scope.everything:
        raise PermissionDenied(NO_MUNICIPALITY_REPORT)


def check_report(session: OrmSession, scope: Scope, school_id: int | None, group_id: int | None = None) -> None:
    """Figures (report, dashboard): every school only for a programme coordinator, else one's own school or
    group. Protected small numbers aside, a school's figures are that school's business."""
    if scope.everything:
        return
    if group_id is not None:
        check_group_visible(session, scope, group_id)
    elif school_id is None:
        check_municipality(scope)
    else:
        check_school_visible(session, scope, school_id)


def check_pupil_visible(session: OrmSession, scope: Scope, pupil_id: int) -> None:
    if scope.everything:
        return
    place = _pupil_place(session, pupil_id)
    if place is not None and not scope.sees_group(*place):
        raise PermissionDenied(NOT_YOUR_PUPIL)


def check_pupil_change(session: OrmSession, scope: Scope, pupil_id: int) -> None:
    """May change this pupil, its guardians and consents (edit, delete, archive)."""
    if scope.everything:
        return
    check_pupil_visible(session, scope, pupil_id)
    place = _pupil_place(session, pupil_id)
    if place is not None and not scope.keeps_records_of(place[1]):
        raise PermissionDenied(NO_PUPIL_CHANGES)


def check_group_pupils_change(session: OrmSession, scope: Scope, group_id: int) -> None:
    """May add pupils to this group (a new pupil, a class-list import)."""
    if scope.everything:
        return
    check_group_visible(session, scope, group_id)
    school_id = _group_school(session, group_id)
    if school_id is not None and not scope.keeps_records_of(school_id):
        raise PermissionDenied(NO_PUPIL_CHANGES)


def check_guardian_change(session: OrmSession, scope: Scope, guardian_id: int) -> None:
    """A guardian may be changed by whoever may change one of their children."""
    if scope.everything:
        return
    pupils = list(session.scalars(select(pupil_guardian.c.pupil_id).where(pupil_guardian.c.guardian_id == guardian_id)))
    if not pupils:
        return  # a guardian without a child is nobody's record yet; the link that follows is checked
    for pupil_id in pupils:
        place = _pupil_place(session, pupil_id)
        if place is not None and scope.keeps_records_of(place[1]):
            return
    raise PermissionDenied(NOT_YOUR_PUPIL)


def check_family_export(session: OrmSession, scope: Scope, pupil_id: int) -> None:
    if scope.everything:
        return
    check_pupil_visible(session, scope, pupil_id)
    place = _pupil_place(session, pupil_id)
    if place is not None and not scope.keeps_records_of(place[1]):
        raise PermissionDenied(NO_FAMILY_EXPORT)


def check_group_setup(scope: Scope, school_id: int | None) -> None:
    """May create, change or delete a group of this school."""
    if not scope.everything and (school_id is None or not scope.sets_up_groups_of(school_id)):
        raise PermissionDenied(NO_GROUP_SETUP)


def check_school_setup(scope: Scope) -> None:
    if not scope.everything:
        raise PermissionDenied(NO_SCHOOL_SETUP)


def check_staff_setup(scope: Scope) -> None:
    """Staff and their roles decide what everyone sees (a teacher could make themselves a coordinator)."""
    if not scope.everything:
        raise PermissionDenied(NO_STAFF_SETUP)


def check_planning(scope: Scope) -> None:
    if not scope.everything:
        raise PermissionDenied(NO_PLANNING)


# --- for callers without a session of their own (command line) ----------------------------------------------

def require_group_visible(db, staff_id: int | None, group_id: int) -> None:  # noqa: ANN001 - Database
    """Refuse (PermissionDenied) a group the signed-in person may not see; None: no scope."""
    if staff_id is None:
        return
    with db.session() as s:
        check_group_visible(s, scope_in(s, staff_id), group_id)


def visible_groups(db, staff_id: int | None, group_ids: list[int]) -> list[int]:  # noqa: ANN001 - Database
    """The ids (in their order) of the groups the signed-in person may see."""
    if staff_id is None:
        return list(group_ids)
    with db.session() as s:
        scope = scope_in(s, staff_id)
        if scope.everything:
            return list(group_ids)
        schools = dict(s.execute(select(Group.id, Group.school_id).where(Group.id.in_(group_ids))).all())
    return [g for g in group_ids if g in schools and scope.sees_group(g, schools[g])]
