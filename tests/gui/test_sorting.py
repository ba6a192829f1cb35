"""Tables sort numbers as numbers, dates as dates and names by the locale's collation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, Qt

from wishdesk.gui.models.rows import Column, RowTableModel, sortable_proxy


@dataclass(frozen=True)
class _Row:
    name: str
    pupils: int
    day: date


ROWS = [_Row("Zoë", 25, date(2026, 12, 1)), _Row("Ömer", 9, date(2026, 2, 10)), _Row("anna", 30, date(2025, 11, 3))]


def _sorted(column: int, qapp) -> list[str]:  # noqa: ANN001
    model = RowTableModel[_Row]([Column("Name", lambda r: r.name), Column("Pupils", lambda r: r.pupils),
                                 Column("Date", lambda r: f"{r.day:%d-%m-%Y}", sort=lambda r: r.day)])
    model.set_rows(ROWS)
    proxy = sortable_proxy(model)
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    return [proxy.index(i, 0).data() for i in range(proxy.rowCount())]


def test_numbers_sort_as_numbers(qapp) -> None:  # noqa: ANN001
    assert _sorted(1, qapp) == ["Ömer", "Zoë", "anna"]  # 9, 25, 30 (as text: 25, 30, 9)


def test_dates_sort_by_date_not_by_day_number(qapp) -> None:  # noqa: ANN001
    assert _sorted(2, qapp) == ["anna", "Ömer", "Zoë"]  # 2025-11-03, 2026-02-10, 2026-12-01


def test_names_sort_by_collation(qapp) -> None:  # noqa: ANN001
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        assert _sorted(0, qapp) == ["anna", "Ömer", "Zoë"]  # not "Zoë" before "Ömer", not capitals first
    finally:
        QLocale.setDefault(old)
