"""The team database's access rules, as data: group roles, helper functions, grants, row-level-security
policies and the report views for the municipality. `setup.py` executes them; tests read them.

Who may see what (issue 13):
- pupils, guardians, consents, attendance, return slips: staff of the pupil's school and the group's specialist;
  a programme coordinator sees every school (the rule is core/access.py's MUNICIPALITY_WIDE_ROLES);
- session logs (reflections): the lesson's duo, the school's care coordinator, the programme coordinators;
- concerns: their author and the school's care coordinator;
- the municipality reader: only the aggregate report views, no table at all.

Policies call SECURITY DEFINER helpers (`wishdesk_my_*`). They run as the database owner, whose own policy
lets them read every row, so a policy on `pupil` that asks "which pupils are mine?" never recurses into
itself, and the planner evaluates each helper once per statement (`IN (SELECT …)` is a hashed sub-plan).
The helpers identify the person by `session_user`: inside a SECURITY DEFINER function `current_user` is the
owner, while `session_user` is the login that authenticated (only a superuser can change it).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..access import MUNICIPALITY_WIDE_ROLES

# staff role code (vocab.STAFF_ROLES) -> group role that carries its grants
GROUP_ROLES = {
    "teacher": "wishdesk_teacher",
    "specialist": "wishdesk_specialist",
    "care_coordinator": "wishdesk_care",
    "programme_coordinator": "wishdesk_coordinator",
}
MUNICIPALITY_ROLE = "wishdesk_municipality"
ALL_GROUP_ROLES = (*GROUP_ROLES.values(), MUNICIPALITY_ROLE)
STAFF_GROUP_ROLES = tuple(GROUP_ROLES.values())

# The login -> staff link. Not an ORM model: it exists only in team databases and only set-up writes it.
STAFF_LOGIN_DDL = """
CREATE TABLE staff_login (
    login name PRIMARY KEY,
    staff_id integer NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now()
)"""

# The roles that see every school: decided in core/access.py (the embedded file's scope follows the same set).
_WIDE_ROLES_SQL = ", ".join(f"'{role}'" for role in sorted(MUNICIPALITY_WIDE_ROLES))

HELPERS = r"""
CREATE OR REPLACE FUNCTION wishdesk_my_staff_id() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT staff_id FROM staff_login WHERE login = session_user
$$;

CREATE OR REPLACE FUNCTION wishdesk_is_programme_coordinator() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM staff_role
                   WHERE staff_id = wishdesk_my_staff_id() AND role = 'programme_coordinator')
$$;

-- A programme coordinator sees every school of the municipality (core/access.py MUNICIPALITY_WIDE_ROLES).
CREATE OR REPLACE FUNCTION wishdesk_sees_whole_municipality() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM staff_role
                   WHERE staff_id = wishdesk_my_staff_id() AND role IN (@WIDE_ROLES@))
$$;

-- Schools where I work: linked to the school, its care coordinator, or teacher of one of its groups; every
-- school for whoever sees the whole municipality.
CREATE OR REPLACE FUNCTION wishdesk_my_schools() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT id FROM school WHERE wishdesk_sees_whole_municipality()
    UNION SELECT school_id FROM staff_school WHERE staff_id = wishdesk_my_staff_id()
    UNION SELECT id FROM school WHERE care_coordinator_id = wishdesk_my_staff_id()
    UNION SELECT g.school_id FROM "group" g JOIN group_teacher gt ON gt.group_id = g.id
          WHERE gt.staff_id = wishdesk_my_staff_id()
$$;

-- Groups whose pupils I may see: every group of my schools, and the groups I am the specialist of.
CREATE OR REPLACE FUNCTION wishdesk_my_groups() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT id FROM "group" WHERE school_id IN (SELECT wishdesk_my_schools())
    UNION SELECT id FROM "group" WHERE specialist_id = wishdesk_my_staff_id()
$$;

CREATE OR REPLACE FUNCTION wishdesk_my_pupils() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT id FROM pupil WHERE group_id IN (SELECT wishdesk_my_groups())
$$;

CREATE OR REPLACE FUNCTION wishdesk_my_guardians() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT guardian_id FROM pupil_guardian WHERE pupil_id IN (SELECT wishdesk_my_pupils())
$$;

-- Lessons whose reflections I may see: I am in the duo (lesson or group), care coordinator of the school,
-- or a programme coordinator (all lessons).
CREATE OR REPLACE FUNCTION wishdesk_my_log_sessions() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT s.id FROM session s
    JOIN "group" g ON g.id = s.group_id
    JOIN school sc ON sc.id = g.school_id
    WHERE wishdesk_is_programme_coordinator()
       OR s.teacher_id = wishdesk_my_staff_id() OR s.specialist_id = wishdesk_my_staff_id()
       OR g.specialist_id = wishdesk_my_staff_id()
       OR sc.care_coordinator_id = wishdesk_my_staff_id()
       OR EXISTS (SELECT 1 FROM group_teacher gt WHERE gt.group_id = g.id AND gt.staff_id = wishdesk_my_staff_id())
$$;

-- Pupils whose concerns I see as the school's care coordinator (authors see their own through the policy).
CREATE OR REPLACE FUNCTION wishdesk_my_care_pupils() RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT p.id FROM pupil p JOIN "group" g ON g.id = p.group_id JOIN school sc ON sc.id = g.school_id
    WHERE sc.care_coordinator_id = wishdesk_my_staff_id()
$$;
""".replace("@WIDE_ROLES@", _WIDE_ROLES_SQL)

HELPER_NAMES = (
    "wishdesk_my_staff_id()", "wishdesk_is_programme_coordinator()", "wishdesk_sees_whole_municipality()",
    "wishdesk_my_schools()",
    "wishdesk_my_groups()", "wishdesk_my_pupils()", "wishdesk_my_guardians()", "wishdesk_my_log_sessions()",
    "wishdesk_my_care_pupils()",
)


@dataclass(frozen=True)
class Policy:
    """One row-level-security rule for the staff roles: `using` filters what they read, update and delete,
    `check` what they may write (defaults to `using`)."""

    table: str
    name: str
    using: str
    check: str | None = None
    command: str = "ALL"  # SELECT for a rule that only widens what may be read


POLICIES = (
    Policy("pupil", "pupil_school_staff", "group_id IN (SELECT wishdesk_my_groups())"),
    Policy("pupil_guardian", "pupil_guardian_school_staff", "pupil_id IN (SELECT wishdesk_my_pupils())"),
    # A new guardian has no pupil link yet; the link row (checked above) decides who sees it afterwards.
    Policy("guardian", "guardian_school_staff", "id IN (SELECT wishdesk_my_guardians())", check="true"),
    Policy("consent", "consent_school_staff", "pupil_id IN (SELECT wishdesk_my_pupils())"),
    Policy("attendance", "attendance_school_staff", "pupil_id IN (SELECT wishdesk_my_pupils())"),
    Policy("return_slip", "return_slip_school_staff", "pupil_id IN (SELECT wishdesk_my_pupils())"),
    Policy("parent_attendance", "parent_attendance_school_staff",
           "guardian_id IN (SELECT wishdesk_my_guardians())"),
    Policy("session_log", "session_log_duo_care_coordinators",
           "session_id IN (SELECT wishdesk_my_log_sessions())"),
    Policy("concern", "concern_author_care",
           "author_id = wishdesk_my_staff_id() OR pupil_id IN (SELECT wishdesk_my_care_pupils())",
           check="author_id = wishdesk_my_staff_id() OR pupil_id IN (SELECT wishdesk_my_care_pupils())"),
    # Sealed concerns (issue 12): everyone reads the public keys (to seal a concern to its readers); a login
    # writes only its own account row, so nobody can slip their own public key in for the care coordinator.
    Policy("account", "account_public_keys", "true", command="SELECT"),
    Policy("account", "account_own_row", "staff_id = wishdesk_my_staff_id()"),
    # A concern's sealed keys: only for concerns one may see (the concern policy applies in the sub-query),
    # so nobody deletes or replaces the keys of someone else's concern.
    Policy("concern_key", "concern_key_visible_concern",
           "EXISTS (SELECT 1 FROM concern c WHERE c.id = concern_key.concern_id)"),
)
PROTECTED_TABLES = tuple(dict.fromkeys(p.table for p in POLICIES))

# Curriculum content, schools and roles are maintained by programme coordinators; others read them.
COORDINATOR_ONLY_WRITE = ("curriculum", "lesson_template", "lesson_step", "home_activity", "curriculum_event",
                          # who reads concerns (a school's care coordinator) and who is a programme coordinator:
                          # writable by anyone, a teacher could make themselves a reader (issue 12, found by attack)
                          "school", "staff_role")

# Aggregates for the municipality: counts per school and group, never a name of a pupil, parent or staff
# member. The views run with their owner's rights (they see every row); security_barrier keeps a reader's
# own functions from being pushed below the aggregation to peek at rows.
REPORT_VIEWS = {
    "report_lessons": """
        SELECT y.name AS school_year, sc.name AS school, g.name AS "group", s.status, count(*) AS lessons
        FROM session s JOIN "group" g ON g.id = s.group_id JOIN school sc ON sc.id = g.school_id
        JOIN school_year y ON y.id = g.school_year_id
        GROUP BY y.name, sc.name, g.name, s.status""",
    "report_attendance": """
        SELECT y.name AS school_year, sc.name AS school, g.name AS "group",
               count(*) FILTER (WHERE a.present) AS present, count(*) AS recorded
        FROM attendance a JOIN session s ON s.id = a.session_id JOIN "group" g ON g.id = s.group_id
        JOIN school sc ON sc.id = g.school_id JOIN school_year y ON y.id = g.school_year_id
        GROUP BY y.name, sc.name, g.name""",
    "report_reflections": """
        SELECT y.name AS school_year, sc.name AS school, count(*) AS reflections,
               round(avg(l.climate), 1) AS average_climate
        FROM session_log l JOIN session s ON s.id = l.session_id JOIN "group" g ON g.id = s.group_id
        JOIN school sc ON sc.id = g.school_id JOIN school_year y ON y.id = g.school_year_id
        GROUP BY y.name, sc.name""",
    "report_handouts": """
        SELECT y.name AS school_year, sc.name AS school, count(*) AS sets, sum(h.sheet_count) AS sheets
        FROM handout_delivery h JOIN "group" g ON g.id = h.group_id JOIN school sc ON sc.id = g.school_id
        JOIN school_year y ON y.id = g.school_year_id
        GROUP BY y.name, sc.name""",
    "report_return_slips": """
        SELECT y.name AS school_year, sc.name AS school, r.status, count(*) AS slips
        FROM return_slip r JOIN pupil p ON p.id = r.pupil_id JOIN "group" g ON g.id = p.group_id
        JOIN school sc ON sc.id = g.school_id JOIN school_year y ON y.id = g.school_year_id
        GROUP BY y.name, sc.name, r.status""",
    "report_parent_events": """
        SELECT sc.name AS school, e.kind, count(DISTINCT e.id) AS events,
               count(pa.guardian_id) FILTER (WHERE pa.attended) AS guardians_present
        FROM parent_event e JOIN school sc ON sc.id = e.school_id
        LEFT JOIN parent_attendance pa ON pa.parent_event_id = e.id
        GROUP BY sc.name, e.kind""",
}


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def policy_sql(policy: Policy, staff_roles: tuple[str, ...] = STAFF_GROUP_ROLES) -> str:
    roles = ", ".join(staff_roles)
    check = policy.check or policy.using
    with_check = "" if policy.command == "SELECT" else f" WITH CHECK ({check})"  # SELECT takes no CHECK
    return (f"CREATE POLICY {policy.name} ON {quote_ident(policy.table)} FOR {policy.command} TO {roles} "
            f"USING ({policy.using}){with_check}")


def owner_policy_sql(table: str, owner: str) -> str:
    """The owner (who sets up, migrates and fills the demo) keeps every row under FORCE RLS; concern texts
    stay sealed for the owner too (issue 12), so what it reads there is ciphertext."""
    return (f"CREATE POLICY wishdesk_owner_all ON {quote_ident(table)} FOR ALL TO {quote_ident(owner)} "
            "USING (true) WITH CHECK (true)")
