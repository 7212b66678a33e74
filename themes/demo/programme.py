"""The policy assignment of 2016: fact sheet, five themes, three pillars and the activities.

Only the Dutch source text lives here; translations are in the `translations_*` modules, keyed
by the same slugs and text keys.
"""

from datetime import date

PROGRAMME_YEAR = {
    "slug": "beleidsopdracht-2016",
    "year": 2016,
    "project_code": "B",
    "country": "NL",
    "region": "world",
    "start_date": date(2016, 1, 1),
    "end_date": date(2016, 12, 31),
    "partners": ["vng"],
    "text": {
        "title": "Beleidsopdracht 2016",
        "summary": "Elk jaar vraagt de VNG aan VNG International om te versterken wat Nederlandse "
        "gemeenten internationaal kunnen. In 2016 draait dat om de nieuwe mondiale agenda's: de "
        "Global Goals, klimaat, rampenrisico's en de stad van de toekomst.",
        "field_of_expertise": "Building More Effective Public Administration",
        "policy_fields": "intergemeentelijke samenwerking; interbestuurlijke verhoudingen",
        "funding": "VNG",
        "intro": "Ongeveer drie op de vier gemeenten zijn op een of andere manier over de grens "
        "actief. De nadruk verschuift van ontwikkelingshulp naar economische samenwerking en "
        "duurzaamheid.",
        "heading": "Twee sporen",
        "text": "We werken langs twee sporen: belangenbehartiging richting Den Haag, Brussel en "
        "de VN, en producten en diensten die gemeenten direct gebruiken, zoals de campagne, de "
        "nieuwsbrief en advies op maat.",
    },
}

# number, slug, goal numbers, Dutch text
THEMES = [
    {
        "number": 1,
        "slug": "vernieuwing-van-het-bestuur",
        "goals": [16, 17],
        "text": {
            "title": "Vernieuwing van het bestuur",
            "short_description": "De lokale democratie versterken in een mondiale context",
            "intro": "Hoe houden gemeenten hun democratie levendig nu veel vraagstukken over de "
            "grens heen spelen? We delen ervaringen van gemeenten die inwoners actief betrekken.",
        },
    },
    {
        "number": 2,
        "slug": "ontwikkelingssamenwerking",
        "goals": [1, 10, 17],
        "text": {
            "title": "Ontwikkelingssamenwerking",
            "short_description": "Strategisch internationaal beleid en partnerschap",
            "intro": "Gemeenten kiezen bewuster met wie en waarom ze samenwerken. We helpen bij "
            "een strategisch internationaal beleid dat past bij de eigen stad.",
        },
    },
    {
        "number": 3,
        "slug": "innovatie-en-lokale-economie",
        "goals": [8, 9],
        "text": {
            "title": "Innovatie en lokale economische en sociale ontwikkeling",
            "short_description": "De internationale kant van de lokale economie",
            "intro": "Handelsmissies, kennisuitwisseling en Europese fondsen: de lokale economie "
            "is allang niet meer alleen lokaal.",
        },
    },
    {
        "number": 4,
        "slug": "duurzaamheid",
        "goals": [7, 11, 12, 13],
        "text": {
            "title": "Duurzaamheid",
            "short_description": "De Global Goals in het werk van de gemeente",
            "intro": "De zeventien Global Goals geven gemeenten een gemeenschappelijke taal voor "
            "duurzaam beleid, van energie tot inkoop.",
        },
    },
    {
        "number": 5,
        "slug": "mondiale-stedelijke-agenda",
        "goals": [11],
        "text": {
            "title": "Mondiale stedelijke agenda",
            "short_description": "De stad van morgen, van Quito tot Amsterdam",
            "intro": "De Nieuwe Stedelijke Agenda en de Stedelijke Agenda voor de EU vragen om "
            "een stem van gemeenten; wij brengen die in.",
        },
    },
]

PILLARS = [
    {
        "number": 1,
        "slug": "informatie-en-advies",
        "text": {
            "title": "Informatie en advies",
            "short_description": "Wat de internationale agenda's betekenen voor taken en "
            "bevoegdheden van gemeenten",
            "intro": "We vertalen de Global Goals, het Sendai-kader, het klimaatakkoord en de "
            "stedelijke agenda naar de praktijk van het gemeentehuis.",
        },
    },
    {
        "number": 2,
        "slug": "analyse",
        "text": {
            "title": "Analyse",
            "short_description": "Netwerken, trends en voorbeelden voor het Nederlandse debat",
            "intro": "Via internationale netwerken zien we trends vroeg; we brengen ze in het "
            "Nederlandse beleidsdebat.",
        },
    },
    {
        "number": 3,
        "slug": "internationale-promotie",
        "text": {
            "title": "Internationale promotie",
            "short_description": "Vernieuwend Nederlands lokaal bestuur over de grens laten zien",
            "intro": "Goede voorbeelden van Nederlandse gemeenten verdienen een internationaal "
            "publiek; we bieden ze aan in het Engels, Frans, Spaans en Arabisch.",
        },
    },
]

ACTIVITIES = [
    {
        "slug": "belangenbehartiging-nationaal",
        "track": "policy",
        "kind": "advocacy",
        "themes": [1, 2, 4],
        "pillars": [1, 2],
        "text": {
            "title": "Belangenbehartiging in Den Haag",
            "summary": "We brengen de internationale ervaring van gemeenten in bij ministeries "
            "en de Tweede Kamer, zodat nationaal beleid rekening houdt met lokale uitvoering.",
        },
    },
    {
        "slug": "belangenbehartiging-europa",
        "track": "policy",
        "kind": "advocacy",
        "themes": [3, 5],
        "pillars": [1, 2],
        "text": {
            "title": "Belangenbehartiging in Europa",
            "summary": "Samen met de Raad van Europese Gemeenten en Regio's werken we aan de "
            "Stedelijke Agenda voor de EU, die tijdens het Nederlandse voorzitterschap ontstond.",
        },
    },
    {
        "slug": "belangenbehartiging-internationaal",
        "track": "policy",
        "kind": "advocacy",
        "themes": [4, 5],
        "pillars": [2, 3],
        "text": {
            "title": "Internationale belangenbehartiging",
            "summary": "Via het wereldwijde netwerk van steden en lokale overheden zorgen we dat "
            "gemeenten meepraten over de Nieuwe Stedelijke Agenda en de Global Goals.",
        },
    },
    {
        "slug": "campagne-gemeenten4globalgoals",
        "track": "services",
        "kind": "campaign",
        "themes": [4],
        "pillars": [1, 3],
        "text": {
            "title": "De campagne Gemeenten4GlobalGoals",
            "summary": "De campagne helpt gemeenten de Global Goals lokaal zichtbaar te maken, met "
            "een welkomstpakket, bijeenkomsten en een jaarlijkse prijs.",
        },
    },
    {
        "slug": "maandelijkse-nieuwsbrief",
        "track": "services",
        "kind": "newsletter",
        "themes": [2, 4, 5],
        "pillars": [1],
        "text": {
            "title": "De maandelijkse nieuwsbrief",
            "summary": "Elke maand het nieuws over internationaal werk van gemeenten: agenda's, "
            "subsidies, bijeenkomsten en voorbeelden uit het land.",
        },
    },
    {
        "slug": "advies-aan-gemeenten",
        "track": "services",
        "kind": "advisory",
        "themes": [2, 3],
        "pillars": [1],
        "text": {
            "title": "Advies aan gemeenten",
            "summary": "Een gemeente die een internationaal beleid opstelt of een stedenband "
            "herziet, kan bij ons terecht voor advies op maat.",
        },
    },
]
