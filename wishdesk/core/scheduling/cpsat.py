"""Loading OR-Tools' CP-SAT module without pandas.

``ortools.sat.python.cp_model`` imports pandas (about 0.25 s and 60 MB in the installer) only for its
``*_series`` helpers and for type annotations that name ``pd.Index`` / ``pd.Series``. WIsH Desk never
uses those helpers, so while cp_model loads, a tiny stand-in module answers ``import pandas``; it is
removed from ``sys.modules`` straight after, so a later real ``import pandas`` (if anyone needs it)
loads the real package. When pandas is already loaded it is simply used.
"""

from __future__ import annotations

import sys
import threading
import types

_lock = threading.Lock()
_module: types.ModuleType | None = None


class _Placeholder:
    """Stands for pd.Index / pd.Series: nothing WIsH Desk passes is an instance of it."""


def _stand_in() -> types.ModuleType:
    module = types.ModuleType("pandas", "stand-in while ortools.sat.python.cp_model loads; see wishdesk cpsat.py")
    module.Index = type("Index", (_Placeholder,), {})
    module.Series = type("Series", (_Placeholder,), {})
    module.DataFrame = type("DataFrame", (_Placeholder,), {})
    return module


def load_cp_model() -> types.ModuleType:
    """The ``ortools.sat.python.cp_model`` module, imported without pandas where possible.
    Thread-safe: the planner's worker threads may ask at the same moment."""
    global _module
    if _module is not None:
        return _module
    with _lock:
        if _module is None:
            _module = _import()
        return _module


def _import() -> types.ModuleType:
    if "pandas" in sys.modules or "ortools.sat.python.cp_model" in sys.modules:
        from ortools.sat.python import cp_model

        return cp_model
    stand_in = sys.modules["pandas"] = _stand_in()
    try:
        from ortools.sat.python import cp_model
    finally:
        if sys.modules.get("pandas") is stand_in:
            del sys.modules["pandas"]
    return cp_model
