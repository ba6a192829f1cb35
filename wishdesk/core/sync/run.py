"""One whole sync: check the server, push the outbox, then pull. And the status line for the GUI."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from ..db import Database
from ..progress import finish
from . import local
from .connection import SyncError, check_server, connect_server, server_url
from .planning_check import planning_clashes
from .pull import pull_steps
from .push import push_steps

T = TypeVar("T")

TABLE_NAMES_NL = {
    "pupil": "leerlingen", "attendance": "aanwezigheden", "consent": "toestemmingen", "guardian": "ouders",
    "pupil_guardian": "ouderkoppelingen", "return_slip": "retourstroken", "parent_attendance": "ouderaanwezigheden",
    "session_log": "reflecties", "concern": "zorgsignalen",
}


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


@dataclass
class SyncResult:
    pushed: int = 0
    new_conflicts: int = 0
    stored: int = 0
    deleted: int = 0
    access_lost: dict[str, int] = field(default_factory=dict)
    waiting_conflicts: int = 0
    planning_clashes: list[str] = field(default_factory=list)  # planning rules broken by what this sync changed

    def summary(self) -> str:
        """One line for the status bar: "12 wijzigingen verstuurd, 30 ontvangen, 2 te beoordelen". "Ontvangen"
        counts what others changed: our own changes coming back with the pull are not counted (pull.py)."""
        n = _n
        parts = [n(self.pushed, "wijziging verstuurd", "wijzigingen verstuurd"),
                 f"{self.stored + self.deleted} ontvangen"]
        if self.waiting_conflicts:
            parts.append(f"{self.waiting_conflicts} te beoordelen")
        if self.planning_clashes:
            parts.append(n(len(self.planning_clashes), "planningsconflict", "planningsconflicten"))
        return ", ".join(parts)

    def planning_lines(self) -> list[str]:
        """"" when the planning is fine; else what the sync made clash, one rule a line."""
        if not self.planning_clashes:
            return []
        return ["Na het synchroniseren botst de planning (controleer ze bij Planning):", *self.planning_clashes]

    def access_lost_line(self) -> str:
        """"" when nothing was removed; else which rows left this laptop because access was lost."""
        if not self.access_lost:
            return ""
        parts = ", ".join(f"{n} {TABLE_NAMES_NL.get(t, t)}" for t, n in sorted(self.access_lost.items()))
        return f"Toegang kwijt: u mag deze gegevens niet meer zien, ze zijn van deze laptop gehaald: {parts}."

    def lines(self) -> list[str]:
        out = [f"Gesynchroniseerd: {_n(self.pushed, 'wijziging', 'wijzigingen')} verstuurd, "
               f"{_n(self.stored, 'gegeven', 'gegevens')} van de server bijgewerkt, {self.deleted} verwijderd."]
        if self.new_conflicts:
            it = "ze staat" if self.new_conflicts == 1 else "ze staan"
            out.append(f"{_n(self.new_conflicts, 'wijziging', 'wijzigingen')} niet toegepast: {it} bij "
                       "'Te beoordelen' (wishdesk sync-conflicts list).")
        if self.access_lost:
            out.append(self.access_lost_line())
        if self.waiting_conflicts and not self.new_conflicts:
            verb = "staat" if self.waiting_conflicts == 1 else "staan"
            out.append(f"Er {verb} nog {_n(self.waiting_conflicts, 'conflict', 'conflicten')} bij 'Te beoordelen'.")
        out.extend(self.planning_lines())
        return out


def _state(db: Database) -> local.SyncState:
    with db.engine.connect() as conn:
        state = local.read_state(conn)
    if state is None:
        raise SyncError("Dit bestand is geen laptopkopie van een teamdatabase; maak er een met 'wishdesk replica "
                        "create'.")
    return state


def _scaled(steps: Generator[tuple[int, int], None, T], start: int, span: int) -> Generator[tuple[int, int], None, T]:
    """A part's progress as a share of the whole sync (0..100); closing this closes the part (its rollback)."""
    try:
        while True:
            try:
                done, total = next(steps)
            except StopIteration as stop:
                return stop.value
            yield start + span * done // max(total, 1), 100
    finally:
        steps.close()


def sync(db: Database, password: str) -> SyncResult:
    """Push, then pull. Unreachable server, other schema: a SyncError (or connection error) and nothing changed."""
    return finish(sync_steps(db, password))


def sync_steps(db: Database, password: str) -> Generator[tuple[int, int], None, SyncResult]:
    """`sync` with progress (0..100). Cancelling (closing it, core/progress.py) at any step leaves no half: while
    sending, the server's transaction and the laptop's roll back (nothing sent); once the server has committed
    what was sent, the laptop commits it too before the next step, so a cancel after that stops before receiving
    (the pull is one local transaction: all or nothing). The next sync simply goes on."""
    state = _state(db)
    with db.engine.connect() as conn:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine, conn = connect_server(server_url(state.server_url, state.login, password))
    try:
        with conn:
            check_server(conn, revision)
        result = SyncResult()
        try:
            with db.write() as session:
                lite = session.connection()
                local.install(lite)  # repairs triggers a local table rebuild (migration) may have dropped
                local.write_state(lite, schema_revision=revision)
                sent: dict[str, set[str]] = {}
                for entry in local.outbox(lite):
                    sent.setdefault(entry.tbl, set()).add(entry.gid)
                pushed = yield from _scaled(push_steps(engine, lite), 0, 40)
            result.pushed, result.new_conflicts = pushed.applied, len(pushed.conflicts)
            yield 40, 100  # sent and committed on both sides: a cancel here stops before receiving
            with db.write() as session:
                lite = session.connection()
                pulled = yield from _scaled(pull_steps(engine, lite, local.read_state(lite).last_seq), 40, 55)
                result.waiting_conflicts = local.conflict_count(lite)
        except DBAPIError as exc:
            # The server's driver (psycopg) failing mid-sync: stopped, cable pulled. The server rolled back its
            # transaction and the laptop's was not committed, so the next sync starts where this one began.
            lost = isinstance(exc, (OperationalError, InterfaceError)) and \
                type(exc.orig).__module__.startswith("psycopg")
            if exc.connection_invalidated or lost:
                raise SyncError("De verbinding met de server viel weg tijdens het synchroniseren. Er is niets "
                                "verloren; synchroniseer later opnieuw.") from exc
            raise
        result.stored, result.deleted, result.access_lost = pulled.stored, pulled.deleted, pulled.access_lost
        # A conflict puts the server's version on the laptop (push.py): that was received too, though the
        # pull skips those rows (a tester saw "0 ontvangen" beside the colleague's value on screen).
        result.stored += result.new_conflicts + len(pushed.restore)
        for name, gids in pulled.changed.items():
            sent.setdefault(name, set()).update(gids)
        yield 95, 100
        result.planning_clashes = planning_clashes(db, sent)
        return result
    finally:
        engine.dispose()


@dataclass(frozen=True)
class SyncStatus:
    last_sync_at: datetime | None
    waiting: int
    conflicts: int
    attendance_lists: int = 0  # lessons whose attendance list is among the waiting changes
    other_waiting: int = 0  # waiting changes that belong to none of those lists

    def text(self) -> str:
        """"laatst gesynchroniseerd 10:42 · 3 wijzigingen wachten" (local time)."""
        when = self.last_sync_at.astimezone().strftime("%H:%M") if self.last_sync_at else "nog nooit"
        parts = [f"laatst gesynchroniseerd {when}"]
        if self.waiting:
            waits = f"{self.waiting} {'wijziging wacht' if self.waiting == 1 else 'wijzigingen wachten'}"
            if self.attendance_lists:  # "10 wijzigingen wachten (1 aanwezigheidslijst)": what the person saved
                lists = _n(self.attendance_lists, "aanwezigheidslijst", "aanwezigheidslijsten")
                waits += f" ({lists})" if not self.other_waiting else f" (o.a. {lists})"
            parts.append(waits)
        if self.conflicts:
            parts.append(f"{self.conflicts} te beoordelen")
        return " · ".join(parts)


def status(db: Database) -> SyncStatus | None:
    """None when the database is no replica."""
    with db.engine.connect() as conn:
        state = local.read_state(conn)
        if state is None:
            return None
        when = datetime.fromisoformat(state.last_sync_at) if state.last_sync_at else None
        lists, other = local.waiting_attendance_lists(conn)
        return SyncStatus(when, local.pending_count(conn), local.conflict_count(conn), lists, other)


