"""What every page needs: the open database and the operations helper. Pages get it, not the main window."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from ..core.db import Database
from .operations import Operations


class _Events(QObject):
    data_changed = Signal(str)  # what changed: "setup", "sessions", "all", …


@dataclass
class AppContext:
    db: Database
    ops: Operations
    events: _Events = field(default_factory=_Events)

    def changed(self, what: str = "all") -> None:
        self.events.data_changed.emit(what)
