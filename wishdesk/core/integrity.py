"""Checking a database: is the file sound, do its references hold, does its content follow the programme's rules?

`check_database` reads through a read-only connection, so it can run while the application (or another
computer) has the database open, and it never changes a byte. Findings are Dutch sentences in plain words
for teachers; they name groups, schools and staff but never a pupil or the content of a concern.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from .db import connect_sqlite
from .errors import DatabaseDamaged

DAMAGE = "damage"  # the file itself is broken: restore a backup
PROBLEM = "problem"  # data that breaks a rule of the programme or the AVG
NOTE = "note"  # for information; not a problem
MAX_EXAMPLES = 5


@dataclass(frozen=True)
class Finding:
    severity: str
    code: str
    message: str
    count: int = 1
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckReport:
    database: str
    revision: str | None
    checked_at: datetime
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def problems(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity != NOTE)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def damaged(self) -> bool:
        return any(f.severity == DAMAGE for f in self.findings)

    def summary(self) -> str:
        if self.damaged:
            return "De database is beschadigd. Zet de nieuwste goede back-up terug."
        if self.ok:
            return "Geen problemen gevonden."
        n = len(self.problems)
        return "Er is 1 probleem gevonden." if n == 1 else f"Er zijn {n} problemen gevonden."

    def lines(self) -> list[str]:
        """The report as plain text lines (for the command line and the clipboard)."""
        out = [self.summary()]
        for finding in self.findings:
            mark = {DAMAGE: "!!", PROBLEM: "- ", NOTE: "  "}.get(finding.severity, "- ")
            out.append(f"{mark} {finding.message}")
            out.extend(f"     {example}" for example in finding.examples)
            if finding.count > len(finding.examples) and finding.examples:
                out.append(f"     … en nog {finding.count - len(finding.examples)}")
        return out


# --- references (PRAGMA foreign_key_check) -------------------------------------------------------------------

_PLURAL = {
    "session": "lesmomenten", "attendance": "aanwezigheidsregels", "session_log": "lesverslagen",
    "session_change": "wijzigingen van lesmomenten", "handout_delivery": "geprinte thuisopdrachten",
    "pupil": "leerlingen", "group": "groepen", "group_teacher": "koppelingen groep–leerkracht",
    "pupil_guardian": "koppelingen leerling–ouder", "consent": "toestemmingen", "concern": "signalen",
    "staff_role": "rollen van medewerkers", "staff_school": "koppelingen medewerker–school",
    "availability": "beschikbaarheden", "absence": "afwezigheden", "lesson_step": "lesstappen",
    "lesson_template": "lessen", "home_activity": "thuisopdrachten", "curriculum_event": "programma-activiteiten",
    "calendar_entry": "kalenderregels", "lesson_window": "lestijden", "school_partner": "partners van scholen",
    "parent_event": "ouderactiviteiten", "parent_attendance": "aanwezigheden van ouders",
    "return_slip": "antwoordstrookjes", "meeting_attendance": "aanwezigheden bij bijeenkomsten",
    "meeting": "bijeenkomsten", "school": "scholen", "school_year": "schooljaren", "staff": "medewerkers",
}
_SINGULAR = {
    "session": "een lesmoment", "lesson_template": "een les", "group": "een groep", "pupil": "een leerling",
    "staff": "een medewerker", "school": "een school", "school_year": "een schooljaar",
    "curriculum": "een lesprogramma", "organisation": "een organisatie", "guardian": "een ouder of verzorger",
    "parent_event": "een ouderactiviteit", "meeting": "een bijeenkomst",
}


_COVERED_BY_RULES = {("session", "lesson_template")}  # reported by a rule below, in its own words


def _reference_findings(conn: sqlite3.Connection) -> list[Finding]:
    groups: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
        if (table, parent) in _COVERED_BY_RULES:
            continue
        groups[(table, parent)] = groups.get((table, parent), 0) + 1
    findings = []
    for (table, parent), n in sorted(groups.items()):
        target = _SINGULAR.get(parent, f"een rij in ‘{parent}’")
        if n == 1:
            one = _SINGULAR.get(table, f"een rij in ‘{table}’")
            text = f"{'Eén' + one[3:] if one.startswith('een ') else one} verwijst naar {target} die niet (meer) bestaat."
        else:
            text = f"{n} {_PLURAL.get(table, f'rijen in ‘{table}’')} verwijzen naar {target} die niet (meer) bestaat."
        findings.append(Finding(PROBLEM, f"reference:{table}:{parent}", text, n))
    return findings


# --- rules of the programme ---------------------------------------------------------------------------------

_GROUP = """coalesce('groep ' || g.name, 'groep ?') || coalesce(' van ' || sc.name, '')"""
_SESSION_FROM = """
    FROM session s
    LEFT JOIN "group" g ON g.id = s.group_id
    LEFT JOIN school sc ON sc.id = g.school_id
    LEFT JOIN lesson_template t ON t.id = s.template_id
"""
_SESSION_LABEL = (f"{_GROUP} || coalesce(', les ' || t.number, '') "
                  "|| coalesce(' (' || strftime('%d-%m-%Y', s.date) || ')', '')")


@dataclass(frozen=True)
class _Rule:
    code: str
    sql: str  # selects one text column: an example label (or '' when examples would be sensitive)
    message: Callable[[int], str]
    examples: bool = True


def _n(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.replace("{n}", str(n))


RULES: tuple[_Rule, ...] = (
    _Rule("session_without_date",
          f"SELECT {_SESSION_LABEL} {_SESSION_FROM} WHERE s.status IN ('planned', 'held') AND s.date IS NULL",
          lambda n: _n(n, "Eén lesmoment staat op gepland of gegeven, maar heeft geen datum.",
                       "{n} lesmomenten staan op gepland of gegeven, maar hebben geen datum.")),
    _Rule("session_lesson_missing",
          f"SELECT {_SESSION_LABEL} {_SESSION_FROM} WHERE t.id IS NULL",
          lambda n: _n(n, "Eén lesmoment hoort bij een les die niet meer bestaat.",
                       "{n} lesmomenten horen bij een les die niet meer bestaat.")),
    _Rule("session_lesson_other_programme",
          f"""SELECT {_SESSION_LABEL} {_SESSION_FROM}
              JOIN school_year y ON y.id = g.school_year_id
              WHERE y.curriculum_id IS NOT NULL AND t.curriculum_id != y.curriculum_id""",
          lambda n: _n(n, "Eén lesmoment hoort bij een les uit een ander lesprogramma dan dat van zijn schooljaar.",
                       "{n} lesmomenten horen bij een les uit een ander lesprogramma dan dat van hun schooljaar.")),
    _Rule("session_outside_year",
          f"""SELECT {_SESSION_LABEL} {_SESSION_FROM}
              JOIN school_year y ON y.id = g.school_year_id
              WHERE s.date IS NOT NULL AND (s.date < y.start_date OR s.date > y.end_date)""",
          lambda n: _n(n, "Eén lesmoment valt buiten zijn schooljaar.",
                       "{n} lesmomenten vallen buiten hun schooljaar.")),
    _Rule("group_specialist_role",
          f"""SELECT {_GROUP} || ': ' || st.name FROM "group" g
              LEFT JOIN school sc ON sc.id = g.school_id
              JOIN staff st ON st.id = g.specialist_id
              WHERE NOT EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = st.id AND r.role = 'specialist')""",
          lambda n: _n(n, "Eén groep heeft als specialist iemand zonder de rol weerbaarheidsspecialist.",
                       "{n} groepen hebben als specialist iemand zonder de rol weerbaarheidsspecialist.")),
    _Rule("session_specialist_role",
          f"""SELECT {_SESSION_LABEL} || ': ' || st.name {_SESSION_FROM}
              JOIN staff st ON st.id = s.specialist_id
              WHERE NOT EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = st.id AND r.role = 'specialist')""",
          lambda n: _n(n, "Eén lesmoment heeft als specialist iemand zonder de rol weerbaarheidsspecialist.",
                       "{n} lesmomenten hebben als specialist iemand zonder de rol weerbaarheidsspecialist.")),
    _Rule("group_teacher_role",
          f"""SELECT {_GROUP} || ': ' || st.name FROM group_teacher gt
              JOIN "group" g ON g.id = gt.group_id
              LEFT JOIN school sc ON sc.id = g.school_id
              JOIN staff st ON st.id = gt.staff_id
              WHERE NOT EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = st.id AND r.role = 'teacher')""",
          lambda n: _n(n, "Eén groep heeft een leerkracht zonder de rol leerkracht.",
                       "{n} groepen hebben een leerkracht zonder de rol leerkracht.")),
    _Rule("care_coordinator_role",
          """SELECT sc.name || ': ' || st.name FROM school sc
             JOIN staff st ON st.id = sc.care_coordinator_id
             WHERE NOT EXISTS (SELECT 1 FROM staff_role r
                               WHERE r.staff_id = st.id AND r.role = 'care_coordinator')""",
          lambda n: _n(n, "Eén school heeft als intern begeleider iemand zonder die rol.",
                       "{n} scholen hebben als intern begeleider iemand zonder die rol.")),
    _Rule("attendance_other_group",
          f"""SELECT {_SESSION_LABEL} {_SESSION_FROM}
              JOIN attendance a ON a.session_id = s.id
              JOIN pupil p ON p.id = a.pupil_id
              WHERE p.group_id != s.group_id""",
          lambda n: _n(n, "Eén aanwezigheid hoort bij een leerling uit een andere groep dan die van het lesmoment.",
                       "{n} aanwezigheden horen bij leerlingen uit een andere groep dan die van het lesmoment.")),
    _Rule("concern_past_purge",
          "SELECT '' FROM concern WHERE purge_after < :today",
          lambda n: _n(n, "Eén signaal is over zijn bewaartermijn en had al verwijderd moeten zijn (AVG).",
                       "{n} signalen zijn over hun bewaartermijn en hadden al verwijderd moeten zijn (AVG)."),
          examples=False),
    _Rule("guardian_without_pupil",
          """SELECT '' FROM guardian gu
             WHERE NOT EXISTS (SELECT 1 FROM pupil_guardian pg WHERE pg.guardian_id = gu.id)""",
          lambda n: _n(n, "Van één ouder of verzorger staan nog gegevens zonder bijbehorende leerling (AVG).",
                       "Van {n} ouders of verzorgers staan nog gegevens zonder bijbehorende leerling (AVG)."),
          examples=False),
)


def _rule_findings(conn: sqlite3.Connection, today: date) -> list[Finding]:
    findings = []
    for rule in RULES:
        try:
            rows = conn.execute(rule.sql, {"today": today.isoformat()}).fetchall()
        except sqlite3.OperationalError as exc:  # a table this schema does not have (older database)
            findings.append(Finding(NOTE, rule.code, f"Controle ‘{rule.code}’ is overgeslagen ({exc})."))
            continue
        if rows:
            labels = sorted({str(r[0]) for r in rows if r[0]})[:MAX_EXAMPLES] if rule.examples else []
            findings.append(Finding(PROBLEM, rule.code, rule.message(len(rows)), len(rows), tuple(labels)))
    return findings


# --- the whole check ----------------------------------------------------------------------------------------


def check_database(path: Path, today: date | None = None) -> CheckReport:
    """integrity_check, foreign_key_check and the programme's rules on a database file, read-only.
    Raises NotAWishDeskDatabase / NewerDatabaseError / DatabaseNotFound for files that are not ours to check;
    damage is reported as a finding."""
    from .schema import check_revision, head_revision, inspect_sqlite_file

    today = today or date.today()
    now = datetime.now()
    if not path.exists():
        from .errors import DatabaseNotFound

        raise DatabaseNotFound(f"Database niet gevonden: {path}")
    try:
        state = inspect_sqlite_file(path)
    except DatabaseDamaged as exc:
        return CheckReport(str(path), None, now, (Finding(DAMAGE, "unreadable", str(exc)),))
    if state.kind != "wishdesk":
        from .errors import NotAWishDeskDatabase

        raise NotAWishDeskDatabase(f"{path.name} is leeg; er valt niets te controleren.")
    check_revision(state.revision, path.name)
    findings: list[Finding] = []
    try:
        conn = connect_sqlite(path, "ro")
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check(100)")]
            if rows != ["ok"]:
                findings.append(Finding(DAMAGE, "integrity", "Het bestand is beschadigd (integrity_check meldt "
                                        f"{len(rows)} fout{'en' if len(rows) != 1 else ''}).",
                                        len(rows), tuple(rows[:MAX_EXAMPLES])))
                findings.append(Finding(NOTE, "skipped", "De overige controles zijn overgeslagen omdat het "
                                        "bestand beschadigd is."))
                return CheckReport(str(path), state.revision, now, tuple(findings))
            findings.extend(_reference_findings(conn))
            if state.revision == head_revision():
                findings.extend(_rule_findings(conn, today))
            else:
                findings.append(Finding(NOTE, "older_schema", f"De database heeft een ouder schema ({state.revision}); "
                                        "de inhoudelijke controles volgen nadat WIsH Desk hem heeft bijgewerkt."))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        from .schema import not_damage

        storage = not_damage(exc, path)
        if storage is not None:  # a full disk is not damage: say so, change nothing
            raise storage from exc
        findings.append(Finding(DAMAGE, "unreadable", "Het bestand is beschadigd en kan niet helemaal gelezen "
                                f"worden. (Technisch: {exc})"))
    return CheckReport(str(path), state.revision, now, tuple(findings))
