"""The school-holiday region comes from the town (issue 17: it defaulted to zuid whatever the city)."""

from __future__ import annotations

import pytest

from wishdesk.core.holiday_regions import region_for
from wishdesk.core.services import municipality, setup_schools
from wishdesk.core.services.setup_schools import SchoolData


@pytest.mark.parametrize(("place", "region"), [
    ("Utrecht", "midden"), ("Rotterdam", "midden"), ("  den haag ", "midden"), ("Zeewolde", "midden"),
    ("Apeldoorn", "midden"), ("Altena", "midden"), ("Amsterdam", "noord"), ("Eemnes", "noord"),
    ("Groningen", "noord"), ("Lelystad", "noord"), ("'s-Hertogenbosch", "zuid"), ("’s-Hertogenbosch", "zuid"),
    ("Nijmegen", "zuid"), ("Arnhem", "zuid"), ("Maastricht", "zuid"), ("Gemeente Tilburg", "zuid"),
    ("Limburg", "zuid"), ("Noord-Holland", "noord"), ("Nergenshuizen", None), ("", None), (None, None),
])
def test_region_of_a_place(place, region) -> None:  # noqa: ANN001
    assert region_for(place) == region


def test_a_new_school_gets_the_region_of_its_town_then_the_municipality(empty_db) -> None:  # noqa: ANN001
    assert setup_schools.create_school(empty_db, SchoolData("OBS Noord", "Zwolle")).data.holiday_region == "noord"
    assert setup_schools.create_school(empty_db, SchoolData("OBS Dom", "Utrecht")).data.holiday_region == "midden"
    # an unknown town: the municipality's region
    municipality.set_municipality_name(empty_db, "Maastricht")
    made = setup_schools.create_school(empty_db, SchoolData("OBS Heuvel", "Nergenshuizen"))
    assert made.data.holiday_region == "zuid"
    # a region chosen by hand is kept
    assert setup_schools.create_school(empty_db, SchoolData("OBS Keus", "Utrecht", "noord")).data.holiday_region \
        == "noord"


def test_without_any_clue_the_most_common_region_of_the_other_schools(empty_db) -> None:  # noqa: ANN001
    assert setup_schools.create_school(empty_db, SchoolData("A")).data.holiday_region == "midden"
    setup_schools.create_school(empty_db, SchoolData("B", holiday_region="noord"))
    setup_schools.create_school(empty_db, SchoolData("C", holiday_region="noord"))
    assert setup_schools.create_school(empty_db, SchoolData("D")).data.holiday_region == "noord"
