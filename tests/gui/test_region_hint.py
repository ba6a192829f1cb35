"""The school dialog's holiday-region hint names the town's own region (it always said 's-Hertogenbosch)."""

from __future__ import annotations

from tests.gui.test_first_hour import _school_dialog
from wishdesk.core.services import setup_schools


def test_the_hint_follows_the_town_and_saving_takes_its_region(qtbot, empty_db) -> None:  # noqa: ANN001
    dialog = _school_dialog(qtbot, empty_db)
    assert dialog.region.currentData() == ""  # "From the town"
    assert "Utrecht" in dialog.form.hints["holiday_region"].text()
    dialog.name.setText("OBS De Dom")
    dialog.town.setText("Utrecht")
    assert dialog.form.hints["holiday_region"].text() == "Utrecht is in the holiday region central."
    dialog.town.setText("Nergenshuizen")
    assert dialog.form.hints["holiday_region"].text().startswith("The region of Nergenshuizen is not known here")
    dialog.town.setText("Groningen")
    dialog.region.setCurrentIndex(dialog.region.findData("zuid"))
    assert dialog.form.hints["holiday_region"].text() == "Note: Groningen is in the holiday region north."
    dialog.region.setCurrentIndex(dialog.region.findData(""))
    dialog.accept()
    qtbot.waitUntil(lambda: bool(setup_schools.list_schools(empty_db)))
    (school,) = setup_schools.list_schools(empty_db)
    assert (school.data.town, school.data.holiday_region) == ("Groningen", "noord")
