"""The Millennium campaign (2007–2015) and its successor Gemeenten4GlobalGoals, Dutch source text.

Join dates of members are illustrative, except where themes/data/municipalities_sample.csv gives
a year (Utrecht 2016, Loon op Zand 2012 for the Millennium campaign, Stadskanaal 2023).
"""

from datetime import date

MILLENNIUM_CAMPAIGN = {
    "slug": "millenniumgemeenten",
    "started_on": date(2007, 1, 1),
    "ended_on": date(2015, 12, 31),
    "agenda": "mdg",
    "members": [
        ("GM0664", date(2008, 3, 12), "council"),
        ("GM0917", date(2009, 5, 19), "executive"),
        ("GM0809", date(2012, 2, 7), "executive"),
    ],
    "text": {
        "title": "Millenniumgemeenten",
        "short_name": "Millenniumgemeente",
        "intro": "Van 2007 tot en met 2015 zetten gemeenten zich als Millenniumgemeente in voor "
        "de acht Millenniumdoelen. De campagne groeide uit tot 160 deelnemers.",
        "how_to_join": [
            "De campagne is afgesloten; gemeenten kunnen nu meedoen met Gemeenten4GlobalGoals."
        ],
        "vision": "Wereldburgerschap begint in de eigen gemeente: inwoners, scholen en bedrijven "
        "dragen bij aan een eerlijkere wereld.",
        "principles": [
            (
                "Een ambassadeur",
                "Elke Millenniumgemeente benoemde een ambassadeur die de doelen uitdroeg.",
            ),
            (
                "Zichtbaar bij de entree",
                "Borden bij de toegangswegen lieten zien dat de gemeente meedeed.",
            ),
        ],
    },
}

G4GG_CAMPAIGN = {
    "slug": "gemeenten4globalgoals",
    "started_on": date(2016, 1, 1),
    "agenda": "sdg",
    "join_url": "https://vng.nl",
    "social_accounts": [
        ("X", "@G4GlobalGoals", "https://x.com/G4GlobalGoals"),
        ("X", "#Gemeenten4GlobalGoals", ""),
    ],
    # (CBS code, joined on, decision type)
    "members": [
        ("GM0344", date(2016, 1, 19), "council"),
        ("GM0828", date(2016, 2, 9), "executive"),
        ("GM0664", date(2016, 3, 1), "executive"),
        ("GM0917", date(2016, 4, 12), "executive"),
        ("GM0809", date(2016, 5, 24), "executive"),
        ("GM0599", date(2016, 6, 7), "council"),
        ("GM0518", date(2016, 6, 21), "executive"),
        ("GM0080", date(2016, 9, 13), "executive"),
        ("GM0855", date(2016, 10, 4), "executive"),
        ("GM0363", date(2016, 11, 15), "council"),
        ("GM0150", date(2017, 1, 17), "executive"),
        ("GM0275", date(2017, 3, 14), "executive"),
        ("GM0785", date(2017, 5, 9), "council"),
        ("GM0744", date(2017, 9, 26), "executive"),
        ("GM0867", date(2017, 11, 7), "mayor"),
        ("GM0629", date(2018, 2, 20), "executive"),
        ("GM0034", date(2018, 4, 10), "executive"),
        ("GM1900", date(2018, 6, 5), "council"),
        ("GM1699", date(2019, 1, 15), "executive"),
        ("GM0362", date(2019, 3, 19), "executive"),
        ("GM0197", date(2019, 10, 1), "executive"),
        ("GM0086", date(2020, 2, 11), "unknown"),
        ("GM0037", date(2023, 3, 7), "executive"),
        ("GM1992", date(2023, 9, 12), "council"),
    ],
    "events": [
        ("meetup", date(2016, 10, 13), "Tilburg", 0),
        ("meetup", date(2016, 11, 10), "Leeuwarden", 1),
        ("flag-day", date(2016, 9, 25), "", 2),
        ("award", date(2017, 6, 14), "", 3),
    ],
    "text": {
        "title": "Gemeenten4GlobalGoals",
        "short_name": "G4GG",
        "intro": "Gemeenten4GlobalGoals is de campagne voor gemeenten die lokaal werken aan de "
        "zeventien Global Goals. Ze begon in 2016 als opvolger van de Millenniumcampagne.",
        "how_to_join": [
            "Het college besluit mee te doen; een raadsbesluit mag, maar hoeft niet.",
            "De gemeente meldt zich aan met het online formulier.",
            "Ze ontvangt een welkomstpakket met een eigen campagnelogo.",
        ],
        "vision": "De Global Goals worden in gemeenten gehaald of gemist. Gemeenten die meedoen "
        "laten zien wat lokaal kan, en leren van elkaar.",
        "principles": [
            (
                "Lokaal begint het",
                "Wat een gemeente doet voor wonen, werk en energie, telt mee voor de doelen.",
            ),
            ("Samen met partners", "Inwoners, bedrijven, scholen en verenigingen zijn onmisbaar."),
            ("Zichtbaar maken", "Laat zien wat er al gebeurt; dat inspireert anderen."),
        ],
        "faq": [
            (
                "Zijn er voorwaarden om mee te doen?",
                "Nee. Elke gemeente kan meedoen, ongeacht haar grootte of wat ze al doet.",
            ),
            (
                "Kost meedoen geld?",
                "Nee, deelname is gratis. Gemeenten kiezen zelf hoeveel tijd "
                "en budget ze erin steken.",
            ),
            (
                "Is een raadsbesluit nodig?",
                "Nee, een besluit van het college is genoeg. Een "
                "raadsbesluit geeft wel extra draagvlak.",
            ),
            (
                "Wat zit er in het welkomstpakket?",
                "Een campagnelogo met de naam van de gemeente, "
                "een vlag en ideeën om meteen te beginnen.",
            ),
        ],
        "events": [
            ("Regiobijeenkomst Zuid", "Gemeenten uit Brabant en Limburg wisselen ervaringen uit."),
            (
                "Regiobijeenkomst Noord",
                "Gemeenten uit Groningen, Fryslân en Drenthe ontmoeten elkaar.",
            ),
            (
                "Global Goals-vlaggendag",
                "Rond de verjaardag van de doelen hijsen gemeenten de Global Goals-vlag.",
            ),
            (
                "Uitreiking Global Goals-award",
                "Prijzen in drie categorieën: verbinder, visionair en pionier.",
            ),
        ],
    },
}
