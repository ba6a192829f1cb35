"""Small-numbers rule with complementary suppression, for every published table (PDF, XLSX, JSON, screen).

Primary: a people count below 5 (0 included) is hidden. Complementary: in a column that has a shown total,
the hidden cells must not be recoverable by subtraction: never exactly one hidden cell, and the rest (total
minus the shown cells) may not be 0 (all hidden are 0) or 4 x the number hidden (all hidden are 4, when a
reader takes every hidden cell as 0-4). While a column breaks that, its smallest shown cell is hidden too;
if every cell is hidden and it still breaks, the total is hidden. A total that is hidden elsewhere (a
school's figure in the municipality table, as the total of that school's group table) stays hidden, so
nothing can be subtracted from it.

Standard library only.
"""

from __future__ import annotations

from collections.abc import Sequence

THRESHOLD = 5


def column_is_safe(values: Sequence[int], hidden: set[int], total: int | None) -> bool:
    """Whether no hidden cell of a column can be worked out from its total (None: hidden total)."""
    if total is None or not hidden:
        return True
    rest = total - sum(v for i, v in enumerate(values) if i not in hidden)
    return len(hidden) >= 2 and rest not in (0, (THRESHOLD - 1) * len(hidden))


def protect_column(values: Sequence[int], total: int | None, *, total_hidden: bool = False) -> tuple[set[int], bool]:
    """Hidden cell indexes and whether the total is hidden, for one column of people counts with a total."""
    hidden = {i for i, v in enumerate(values) if v < THRESHOLD}
    total_hidden = total_hidden or total is None or total < THRESHOLD
    if total_hidden:
        return hidden, True
    while not column_is_safe(values, hidden, total):
        shown = [i for i in range(len(values)) if i not in hidden]
        if not shown:
            return hidden, True
        hidden.add(min(shown, key=lambda i: (values[i], i)))
    return hidden, False


def protect_table(columns: Sequence[Sequence[int]], totals: Sequence[int | None],
                  fixed_hidden_totals: Sequence[bool] | None = None) -> tuple[list[set[int]], list[bool]]:
    """`protect_column` for each column of a table: per column the hidden row indexes and the hidden total."""
    fixed = fixed_hidden_totals or [False] * len(columns)
    out = [protect_column(values, total, total_hidden=f) for values, total, f in zip(columns, totals, fixed, strict=True)]
    return [h for h, _ in out], [t for _, t in out]


def recoverable(values: Sequence[int | float | None], total: int | float | None) -> list[int]:
    """What a reader can work out from a published column: the indexes of hidden cells (None) whose value is
    fixed by the total, taking each hidden cell as 0-4. Used by tests, and as the definition of "safe"."""
    hidden = [i for i, v in enumerate(values) if v is None]
    if total is None or not hidden:
        return []
    rest = total - sum(v for v in values if v is not None)
    top = THRESHOLD - 1
    found = []
    for i in hidden:
        others = len(hidden) - 1
        low, high = max(0, rest - top * others), min(top, rest)
        if low == high or others == 0:
            found.append(i)
    return found


# --- rates -----------------------------------------------------------------------------------------------------
# A rate is a count divided by a count whose value is often published elsewhere (sheets printed, pupils
# reached) or easy to guess (pupils x lessons). rate x whole gives the part back, and whole - part the rest, so
# the under-5 rule has to hold for the part and for the rest too: 100 % over 20 sheets says "0 not returned",
# 2/20 says "2 returned". Between the rows of a table, the parent's part minus the shown children's parts
# gives the hidden ones back, so the same complementary rule as for counts applies to parts and rests.


def rate_is_safe(part: int, whole: int, *components: int) -> bool:
    """Whether ``part / whole`` may be shown: whole, part and rest (whole - part) each at least 5, and every
    published component of the part (e.g. slips done and not done, whose sum is the part) at least 5."""
    return (whole >= THRESHOLD and part >= THRESHOLD and whole - part >= THRESHOLD
            and all(c >= THRESHOLD for c in components))


def safe_rate(part: int, whole: int, *components: int, digits: int = 4) -> float | None:
    """``part / whole`` rounded, or None when `rate_is_safe` says it would reveal a small count."""
    return round(part / whole, digits) if rate_is_safe(part, whole, *components) else None


def protect_rates(parts: Sequence[int], wholes: Sequence[int], hidden: set[int], total_shown: bool) -> set[int]:
    """The children whose rate is hidden, given the primarily ``hidden`` ones and whether the parent's rate is
    shown: while the parent's part (or rest) minus the shown children's would fix the hidden ones, the
    smallest shown child is hidden too."""
    hidden = set(hidden)
    if not total_shown or not hidden:
        return hidden
    rests = [w - p for p, w in zip(parts, wholes, strict=True)]
    while not (column_is_safe(parts, hidden, sum(parts)) and column_is_safe(rests, hidden, sum(rests))):
        shown = [i for i in range(len(parts)) if i not in hidden]
        if not shown:
            break
        hidden.add(min(shown, key=lambda i: (wholes[i], i)))
    return hidden
