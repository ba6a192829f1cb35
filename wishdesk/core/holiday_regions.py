"""Which school-holiday region (noord / midden / zuid) a town or municipality is in.

The regions follow the provinces, with a few municipalities the other way (the government's division of the
summer holidays): Zeewolde and most of Gelderland are midden, the Nijmegen/Arnhem area of Gelderland is
zuid, Eemnes is noord, Altena (Brabant) is midden. The table holds the provinces, those exceptions and the
larger towns; :func:`region_for` returns None for a place it does not know, and the school dialog then asks
the person to check. The `holidays` package has no school-holiday regions, so the table is ours.

    region_for("Utrecht")        -> "midden"
    region_for("'s-Hertogenbosch") -> "zuid"
    region_for("Nergenshuizen")  -> None
"""

from __future__ import annotations

import unicodedata

NOORD, MIDDEN, ZUID = "noord", "midden", "zuid"

_PROVINCES = {
    "groningen": NOORD, "friesland": NOORD, "fryslan": NOORD, "drenthe": NOORD, "overijssel": NOORD,
    "flevoland": NOORD, "noord-holland": NOORD, "utrecht": MIDDEN, "zuid-holland": MIDDEN, "gelderland": MIDDEN,
    "zeeland": ZUID, "noord-brabant": ZUID, "brabant": ZUID, "limburg": ZUID,
}

_PLACES: dict[str, tuple[str, ...]] = {
    NOORD: (
        # Groningen, Friesland, Drenthe, Overijssel, Flevoland (not Zeewolde), Noord-Holland, Eemnes
        "Groningen", "Delfzijl", "Eemsdelta", "Veendam", "Stadskanaal", "Hoogezand", "Midden-Groningen",
        "Winschoten", "Oldambt", "Leeuwarden", "Sneek", "Súdwest-Fryslân", "Heerenveen", "Drachten",
        "Smallingerland", "Harlingen", "Franeker", "Dokkum", "Assen", "Emmen", "Hoogeveen", "Meppel",
        "Coevorden", "Zwolle", "Enschede", "Hengelo", "Almelo", "Deventer", "Kampen", "Oldenzaal", "Hardenberg",
        "Rijssen", "Rijssen-Holten", "Raalte", "Steenwijk", "Almere", "Lelystad", "Dronten", "Emmeloord",
        "Noordoostpolder", "Urk", "Amsterdam", "Haarlem", "Zaanstad", "Zaandam", "Alkmaar", "Hilversum",
        "Hoorn", "Purmerend", "Den Helder", "Amstelveen", "Haarlemmermeer", "Hoofddorp", "Heerhugowaard",
        "Dijk en Waard", "Velsen", "IJmuiden", "Beverwijk", "Enkhuizen", "Huizen", "Bussum", "Gooise Meren",
        "Weesp", "Diemen", "Uithoorn", "Heemskerk", "Castricum", "Eemnes",
    ),
    MIDDEN: (
        # Utrecht (not Eemnes), Zuid-Holland, Zeewolde, most of Gelderland, Altena
        "Utrecht", "Amersfoort", "Nieuwegein", "Veenendaal", "Zeist", "Houten", "IJsselstein", "Woerden",
        "Soest", "Baarn", "De Bilt", "Bilthoven", "Stichtse Vecht", "Maarssen", "Leusden", "Rhenen",
        "Wijk bij Duurstede", "Vijfheerenlanden", "Rotterdam", "Den Haag", "'s-Gravenhage", "The Hague",
        "Leiden", "Dordrecht", "Zoetermeer", "Delft", "Westland", "Alphen aan den Rijn", "Gouda", "Schiedam",
        "Vlaardingen", "Spijkenisse", "Nissewaard", "Capelle aan den IJssel", "Rijswijk", "Leidschendam",
        "Leidschendam-Voorburg", "Katwijk", "Gorinchem", "Zwijndrecht", "Barendrecht", "Ridderkerk",
        "Papendrecht", "Hellevoetsluis", "Voorne aan Zee", "Goeree-Overflakkee", "Hoeksche Waard",
        "Krimpen aan den IJssel", "Pijnacker-Nootdorp", "Wassenaar", "Noordwijk", "Zeewolde", "Apeldoorn",
        "Ede", "Barneveld", "Harderwijk", "Nijkerk", "Ermelo", "Putten", "Nunspeet", "Elburg", "Epe",
        "Heerde", "Hattem", "Oldebroek", "Voorst", "Zutphen", "Lochem", "Brummen", "Doetinchem", "Winterswijk",
        "Aalten", "Oost Gelre", "Berkelland", "Bronckhorst", "Oude IJsselstreek", "Tiel", "Culemborg", "Buren",
        "Neder-Betuwe", "West Betuwe", "Scherpenzeel", "Altena", "Werkendam", "Woudrichem",
    ),
    ZUID: (
        # Zeeland, Noord-Brabant (not Altena), Limburg, the Arnhem-Nijmegen part of Gelderland
        "Middelburg", "Vlissingen", "Goes", "Terneuzen", "Hulst", "Zierikzee", "Schouwen-Duiveland",
        "'s-Hertogenbosch", "Den Bosch", "Rosmalen", "Empel", "Maaspoort", "Engelen", "Hintham", "Vught",
        "Nuland", "Boxtel", "Berlicum", "Den Dungen", "Sint-Michielsgestel", "Eindhoven", "Tilburg", "Breda",
        "Helmond", "Oss", "Roosendaal", "Bergen op Zoom", "Oosterhout", "Waalwijk", "Veldhoven", "Uden",
        "Maashorst", "Meierijstad", "Veghel", "Best", "Valkenswaard", "Etten-Leur", "Dongen", "Heusden",
        "Drimmelen", "Moerdijk", "Gemert-Bakel", "Land van Cuijk", "Boxmeer", "Cuijk", "Geldrop",
        "Geldrop-Mierlo", "Deurne", "Son en Breugel", "Nuenen", "Oisterwijk", "Goirle", "Bernheze",
        "Maastricht", "Heerlen", "Sittard", "Sittard-Geleen", "Geleen", "Venlo", "Roermond", "Weert",
        "Kerkrade", "Landgraaf", "Venray", "Brunssum", "Horst aan de Maas", "Peel en Maas", "Echt-Susteren",
        "Nijmegen", "Arnhem", "Berg en Dal", "Beuningen", "Doesburg", "Druten", "Duiven", "Heumen",
        "Lingewaard", "Maasdriel", "Montferland", "Overbetuwe", "Renkum", "Rheden", "Rozendaal", "Wageningen",
        "West Maas en Waal", "Westervoort", "Wijchen", "Zaltbommel", "Zevenaar",
    ),
}


def _key(place: str) -> str:
    text = unicodedata.normalize("NFKD", place).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("gemeente ", "").replace("provincie ", "")
    return " ".join(text.replace("-", " - ").split()).replace(" - ", "-")


_TABLE = {_key(place): region for region, places in _PLACES.items() for place in places}
_TABLE.update({_key(name): region for name, region in _PROVINCES.items() if _key(name) not in _TABLE})


def region_for(place: str | None) -> str | None:
    """The holiday region of a town, municipality or province, or None when the table does not know it."""
    if not place or not place.strip():
        return None
    return _TABLE.get(_key(place))


def example_place(region: str) -> str:
    """A well-known place in the region, for hints ("Utrecht: midden")."""
    return {NOORD: "Amsterdam", MIDDEN: "Utrecht", ZUID: "'s-Hertogenbosch"}[region]
