"""The guided start ticks each step from what the database holds."""

from __future__ import annotations

from wishdesk.core.services.getting_started import STEPS, getting_started


def test_an_empty_database_starts_at_the_school_year(empty_db) -> None:  # noqa: ANN001
    state = getting_started(empty_db)
    assert [s.key for s in state.steps] == list(STEPS)
    assert state.next_step == "school_year" and not state.complete
    assert not any(s.done for s in state.steps)


def test_the_demo_has_done_the_set_up(demo_db) -> None:  # noqa: ANN001
    state = {s.key: s for s in getting_started(demo_db).steps}
    assert all(state[k].done for k in ("school_year", "schools", "staff", "groups", "pupils"))
    assert state["schools"].count == 4
