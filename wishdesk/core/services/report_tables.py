"""The published tables of the municipality report, built from already-suppressed figures plus the
well-being sums (suppressed here). Every output (PDF, XLSX, JSON, screen) shows these tables as they are."""

from __future__ import annotations

from ..models.wellbeing import DUO_ITEMS, DUO_ROLES, PUPIL_ITEMS
from ..report_data import (
    FIGURE_LABELS,
    PEOPLE_COUNTS,
    SCHOOL_COLUMNS,
    Figures,
    LanguageCount,
    MeetingFigures,
    PublishedTable,
    SchoolLine,
    TableRow,
    language_label,
)
from ..suppression import THRESHOLD, protect_table
from .wellbeing_stats import GroupWellbeing, Sums

ITEM_LABELS = dict(PUPIL_ITEMS)
SHORT_ITEMS = {"safe": "Veilig in de klas", "classmates": "Goed met klasgenoten", "teacher": "Goed met juf/meester",
               "say_no": "Durft nee te zeggen", "ask_help": "Weet wie te vragen om hulp", "happy": "Blij op school"}
SHORT_DUO = {"cooperation": "Samenwerking duo", "roles": "Taakverdeling duidelijk", "reflection": "Samen nabespreken",
             "competent": "Bekwaam in de lessen", "confident_behaviour": "Weet raad bij lastig gedrag"}


def _kind(name: str) -> str:
    if name in PEOPLE_COUNTS:
        return "people"
    return {"attendance_rate": "rate", "climate_average": "mean"}.get(name, "count")


def key_figures_table(totals: Figures) -> PublishedTable:
    rows = tuple(TableRow(label, (getattr(totals, name),)) for _c, _s, items in FIGURE_LABELS for name, label in items)
    # one kind per column, so the kinds of the rows go with the labels: the JSON reader gets numbers or null
    return PublishedTable("key_figures", "Kerncijfers", ("Waarde",), ("count",), rows)


def key_figure_kinds() -> tuple[str, ...]:
    return tuple(_kind(name) for _c, _s, items in FIGURE_LABELS for name, _label in items)


def school_table(lines: list[SchoolLine], totals: Figures) -> PublishedTable:
    names = [name for name, _ in SCHOOL_COLUMNS]
    def row(label: str, figures: Figures) -> TableRow:
        return TableRow(label, tuple(getattr(figures, n) for n in names),
                        frozenset(i for i, n in enumerate(names) if n in figures.protected))

    rows = tuple(row(line.school_name, line.figures) for line in lines)
    total = None if len(lines) == 1 else row("Totaal", totals)
    return PublishedTable("schools", "Per school", tuple(h for _, h in SCHOOL_COLUMNS), tuple(_kind(n) for n in names),
                          rows, total)


def language_table(languages: tuple[LanguageCount, ...]) -> PublishedTable:
    return PublishedTable("languages", "Talen van de thuisopdrachten", ("Sets",), ("people",),
                          tuple(TableRow(language_label(lang), (lang.sets,)) for lang in languages))


def meeting_table(meetings: tuple[MeetingFigures, ...]) -> PublishedTable:
    return PublishedTable("meetings", "Intervisie en teamoverleg", ("Keer", "Trainers", "Uur"),
                          ("count", "count", "hours"),
                          tuple(TableRow(m.label, (m.meetings, m.participants, round(m.hours, 2))) for m in meetings))


def _mean(sums: Sums | None, shown: bool) -> float | None:
    return round(sums.total / sums.n, 2) if shown and sums is not None and sums.n >= THRESHOLD else None


def _change(before: float | None, after: float | None) -> float | None:
    return None if before is None or after is None else round(after - before, 2)


WB_COLUMNS = ("Leerlingen voor", "Gemiddeld voor", "Leerlingen na", "Gemiddeld na", "Verschil")
WB_KINDS = ("people", "mean", "people", "mean", "change")


def wellbeing_item_table(total: GroupWellbeing) -> PublishedTable:
    """Per item for the whole report: pupils who answered and their mean, before and after. A mean over
    fewer than 5 pupils is not shown. No totals over items, so nothing can be subtracted."""
    rows = []
    for code, _text in PUPIL_ITEMS:
        before, after = total.items.get(("before", code)), total.items.get(("after", code))
        nb, na = (before.n if before else 0), (after.n if after else 0)
        mb, ma = _mean(before, True), _mean(after, True)
        rows.append(TableRow(SHORT_ITEMS[code], (nb if nb >= THRESHOLD else None, mb,
                                                 na if na >= THRESHOLD else None, ma, _change(mb, ma))))
    return PublishedTable("wellbeing_items", "Welbevinden leerlingen per vraag (1-5)", WB_COLUMNS, WB_KINDS, tuple(rows))


def wellbeing_rows(labels: list[str], parts: list[GroupWellbeing], total: GroupWellbeing,
                   total_hidden: tuple[bool, bool] = (False, False)) -> tuple[list[TableRow], TableRow, bool]:
    """Rows (schools or groups) with a total, with complementary suppression on the pupil counts; a row's mean
    is hidden with its count. The total mean is hidden too when the hidden rows together would be all 1 or
    all 5 (then every hidden pupil's answer is known). Returns rows, total and whether more than <5 was hidden."""
    moments = ("before", "after")
    columns = [[p.overall.get(m, Sums()).n for p in parts] for m in moments]
    totals = [total.overall.get(m, Sums()).n for m in moments]
    hidden, hidden_total = protect_table(columns, totals, list(total_hidden))
    extra = any(columns[c][i] >= THRESHOLD for c in range(2) for i in hidden[c])
    rows = []
    for i, (label, part) in enumerate(zip(labels, parts, strict=True)):
        values: list = []
        for c, m in enumerate(moments):
            shown = i not in hidden[c]
            values += [columns[c][i] if shown and columns[c][i] >= THRESHOLD else None,
                       _mean(part.overall.get(m), shown)]
        rows.append(TableRow(label, (*values, _change(values[1], values[3]))))
    tvalues: list = []
    for c, m in enumerate(moments):
        sums = total.overall.get(m)
        shown = not hidden_total[c]
        if shown and hidden[c]:
            rest_total = (sums.total if sums else 0) - sum(parts[i].overall[m].total for i in range(len(parts))
                                                          if i not in hidden[c] and m in parts[i].overall)
            rest_n = totals[c] - sum(columns[c][i] for i in range(len(parts)) if i not in hidden[c])
            if rest_n and abs(rest_total / rest_n - 1) < 1e-9 or rest_n and abs(rest_total / rest_n - 5) < 1e-9:
                shown = False
        tvalues += [totals[c] if shown and totals[c] >= THRESHOLD else None, _mean(sums, shown)]
    return rows, TableRow("Totaal", (*tvalues, _change(tvalues[1], tvalues[3]))), extra


def wellbeing_school_table(labels: list[str], parts: list[GroupWellbeing], total: GroupWellbeing) -> PublishedTable:
    rows, total_row, _extra = wellbeing_rows(labels, parts, total)
    return PublishedTable("wellbeing_schools", "Welbevinden leerlingen per school (gemiddelde van alle vragen, 1-5)",
                          WB_COLUMNS, WB_KINDS, tuple(rows), None if len(parts) == 1 else total_row)


def duo_table(sums: dict) -> PublishedTable:
    """The duo's own check, per municipality only: means per role and moment over at least 5 staff."""
    columns, kinds = [], []
    for label in ("Leerkrachten", "Specialisten"):
        for word in ("voor", "na"):
            columns += [f"{label} {word}", f"Gemiddeld {word}"]
            kinds += ["people", "mean"]
    rows = []
    for code, _text in DUO_ITEMS:
        values: list = []
        for role in DUO_ROLES:
            for moment in ("before", "after"):
                part = sums.get((role, moment, code))
                n = part.n if part else 0
                values += [n if n >= THRESHOLD else None, _mean(part, True)]
        rows.append(TableRow(SHORT_DUO[code], tuple(values)))
    return PublishedTable("duo", "Zelfevaluatie van het duo (1-5)", tuple(columns), tuple(kinds), tuple(rows))
