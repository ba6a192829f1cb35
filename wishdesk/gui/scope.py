"""What the signed-in person's role allows, for the pages: read their scope (core.access) off the GUI thread, and
disable the actions they may not do with a tooltip saying why. Disabled, not hidden: people learn where things
are, and whom to ask. The services refuse the same actions themselves; this only keeps people from trying."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget

from .context import AppContext


def reasons() -> dict[str, str]:
    """Why an action is disabled, per kind of action (the tooltips). Literal texts: lupdate reads them."""
    return {
        "pupils": QCoreApplication.translate("Scope", "Only the school's teachers and care coordinator (or a programme coordinator) change pupils "
                      "and parents."),
        "family": QCoreApplication.translate("Scope", "Only the school's teachers and care coordinator (or a programme coordinator) make a "
                      "family's data overview."),
        "groups": QCoreApplication.translate("Scope", "Only a programme coordinator or the school's care coordinator sets up groups."),
        "schools": QCoreApplication.translate("Scope", "Only a programme coordinator sets up schools and staff: they decide who sees which pupils."),
        "planning": QCoreApplication.translate("Scope", "Only a programme coordinator plans automatically: it moves lessons of every school."),
        "municipality": QCoreApplication.translate("Scope", "Only a programme coordinator sees every school at once; you see "
                                                   "the schools you work at."),
    }


def load_scope(ctx: AppContext, owner: QWidget, on_done: Callable[[Any], None]) -> None:
    """Read the signed-in person's core.access.Scope on the read lane and hand it to ``on_done``."""
    db, me = ctx.db, ctx.scope_staff

    def read() -> Any:
        from ..core.access import scope_of

        return scope_of(db, me)

    ctx.ops.read(read, owner=owner, key="scope", on_done=on_done, progress=False)


def allow_item(combo: QComboBox, index: int, allowed: bool, kind: str) -> None:
    """Enable one choice of a combo box, or grey it out with the reason as its tooltip."""
    item = combo.model().item(index) if index >= 0 else None
    if item is None:
        return
    item.setEnabled(allowed)
    item.setToolTip("" if allowed else reasons()[kind])


def allow(button: QAbstractButton, allowed: bool, kind: str) -> None:
    """Enable the button, or disable it with the reason as its tooltip (its own tooltip comes back after)."""
    own = button.property("ownToolTip")
    if own is None:
        own = button.toolTip()
        button.setProperty("ownToolTip", own)
    button.setEnabled(allowed)
    button.setToolTip(own if allowed else reasons()[kind])
