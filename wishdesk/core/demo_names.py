"""Word lists for the demo municipality (fictional: any likeness to a real school is coincidence)."""

SCHOOL_PREFIXES = ("Basisschool", "OBS", "RKBS", "Jenaplanschool", "Daltonschool", "CBS", "Kindcentrum", "IKC")
SCHOOL_NAMES = (
    "De Regenboog", "De Wielewaal", "'t Palet", "De Kameleon", "Het Kompas", "De Zonnewijzer", "De Vlinderboom",
    "De Bongerd", "Het Anker", "De Springplank", "De Tweemaster", "Sint Jozef", "De Notenkraker", "Het Mozaïek",
    "De Schakel", "De Driesprong", "Het Talent", "De Boomgaard", "De Duizendpoot", "'t Schrijvertje",
    "De Ontdekking", "De Klimop", "Het Baken", "De Meander", "De Windroos", "De Sterrenwacht", "De Kiem",
    "De Lindeboom", "Het Lover", "De Fonkelsteen", "De Hoeksteen", "De Vuurvogel", "De Parel", "Het Octaaf",
    "De Toermalijn", "Het Startpunt", "De Pijler", "De Horizon", "De Bolderik", "De Kleine Wereld",
    "Sint Lambertus", "De Wilgenhoek", "Het Vossenhol", "De Maasoever", "De Dommelvallei", "De Zwaluw",
    "De Akker", "Het Veldje", "De Heibloem", "De Ster", "De Waaier", "Het Kasteel", "De Fontein",
    "De Mijlpaal", "De Poolster", "De Kastanje", "Het Zonnelied", "De Eik", "De Rietkraag", "De Uitkijk",
)
TOWNS = ("Rosmalen", "Empel", "Maaspoort", "Engelen", "Vught", "Nuland", "Boxtel", "Berlicum", "Den Dungen", "Hintham")

BOYS = (
    "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Noah", "Bram", "Luuk", "Jesse", "Thijs", "Ruben", "Mees",
    "Sven", "Tijn", "Gijs", "Stijn", "Jayden", "Hugo", "Teun", "Ömer", "Mohammed", "Yusuf", "Emre", "Ayoub",
    "Mehmet", "Adam", "Amir", "Oleksandr", "Maksym", "Jakub", "Kacper", "Filip", "Senait", "Dawit", "Kidane",
    "Omar", "Ibrahim", "Liam", "Kyan", "Mats", "Julian", "Olivier", "Dex", "Siem", "Boaz", "Koen", "Rayan",
)
GIRLS = (
    "Emma", "Julia", "Tess", "Zoë", "Sophie", "Mila", "Sara", "Noor", "Evi", "Fleur", "Lotte", "Anna", "Lisa",
    "Nora", "Yara", "Liv", "Saar", "Fenna", "Isa", "Roos", "Elif", "Zeynep", "Aylin", "Fatima", "Amira",
    "Salma", "Hiba", "Sofiia", "Anastasiia", "Zuzanna", "Maja", "Lena", "Helen", "Selam", "Mariam", "Layla",
    "Ella", "Lieke", "Nina", "Esmee", "Jasmijn", "Femke", "Maud", "Iris", "Amber", "Hanna", "Ilse", "Malak",
)
ADULT_FIRST = (
    "Marieke", "Jeroen", "Annemiek", "Sander", "Ilse", "Bart", "Hanneke", "Rob", "Sanne", "Mark", "Esther", "Tom",
    "Karin", "Joost", "Femke", "Wouter", "Linda", "Niels", "Petra", "Rik", "Nadia", "Serkan", "Ingrid", "Erik",
    "Yvonne", "Hatice", "Martijn", "Chantal", "Dennis", "Loes", "Bas", "Miriam", "Koen", "Judith", "Rachid", "Anke",
)
ADULT_LAST = (
    "de Vries", "Bakker", "van Dijk", "Jansen", "Smits", "Peters", "Willems", "van den Berg", "Hendriks", "de Jong",
    "Verhoeven", "Mulder", "van Leeuwen", "Dekker", "Brouwer", "van Rooij", "Bos", "Vermeulen", "van der Heijden",
    "Claassen", "El Amrani", "Yilmaz", "Maas", "Schouten", "Koster", "Demir", "van Beek", "Kuipers", "van Gestel",
    "Martens", "van Hal", "Prins", "Sanders", "van Wijk", "Bouzid", "de Graaf",
)
YOUTH_CARE_ORGS = ("Stichting Sterk in de Wijk", "Jeugdhulp Meierij", "Weerbaar Brabant", "Stichting Samen Sterk")
PARTNERS = (
    ("Wijkteam Noord", "partner", "sociaal werker, eerste aanspreekpunt voor gezinnen"),
    ("Jeugdgezondheidszorg GGD", "partner", "jeugdverpleegkundige, gezondheid en opvoeding"),
    ("Bibliotheek", "partner", "leesconsulent"),
    ("Sportbedrijf", "partner", "buurtsportcoach"),
    ("Wijkagent", "partner", "veiligheid in de buurt"),
)
# Preferred guardian languages, weighted: mostly Dutch, then the languages the handouts support.
LANGUAGE_WEIGHTS = (("nl", 70), ("en", 6), ("tr", 7), ("ar", 7), ("pl", 4), ("uk", 3), ("ti", 3))
