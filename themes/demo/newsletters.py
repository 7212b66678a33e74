"""The newsletter archive with three monthly issues of autumn 2016, Dutch source text."""

from datetime import date

NEWSLETTER_INDEX = {
    "slug": "nieuwsbrief",
    "text": {
        "title": "Nieuwsbrief",
        "intro": "Elke maand het nieuws over het internationale werk van gemeenten.",
    },
}

BEST_PRACTICE_INDEX = {
    "slug": "voorbeelden",
    "text": {
        "title": "Goede voorbeelden",
        "intro": "Hoe Nederlandse gemeenten werken aan de Global Goals, thuis en over de grens. "
        "Een deel van de voorbeelden is er ook in andere talen.",
    },
}

# Each issue: number, date, which page its closing link points to (by slug), Dutch text.
ISSUES = [
    {
        "slug": "nieuwsbrief-september-2016",
        "number": 1,
        "issue_date": date(2016, 9, 1),
        "link_to": "gemeenten4globalgoals",
        "text": {
            "title": "Nieuwsbrief september 2016",
            "intro": "De eerste vlaggendag komt eraan, en de nieuwe campagne heeft haar eerste "
            "leden.",
            "heading": "Hijs de vlag op 25 september",
            "text": "Een jaar na het besluit over de Global Goals hijsen gemeenten in het hele "
            "land de vlag. Doet uw gemeente mee?",
            "heading_2": "Welkom aan de eerste leden",
            "text_2": "Steden en dorpen uit alle provincies sloten zich al aan bij "
            "Gemeenten4GlobalGoals.",
            "link_label": "Meer over de campagne",
        },
    },
    {
        "slug": "nieuwsbrief-oktober-2016",
        "number": 2,
        "issue_date": date(2016, 10, 1),
        "link_to": "mondiale-stedelijke-agenda",
        "text": {
            "title": "Nieuwsbrief oktober 2016",
            "intro": "Deze maand neemt de wereld in Quito de Nieuwe Stedelijke Agenda aan.",
            "heading": "Habitat III in Quito",
            "text": "Op 20 oktober stellen de lidstaten van de VN de Nieuwe Stedelijke Agenda "
            "vast. Wij volgen wat dat betekent voor Nederlandse steden.",
            "heading_2": "Regiobijeenkomst in Tilburg",
            "text_2": "Gemeenten uit het zuiden wisselden ervaringen uit over de doelen in hun "
            "begroting.",
            "link_label": "Over de mondiale stedelijke agenda",
        },
    },
    {
        "slug": "nieuwsbrief-november-2016",
        "number": 3,
        "issue_date": date(2016, 11, 1),
        "link_to": "voorbeelden",
        "text": {
            "title": "Nieuwsbrief november 2016",
            "intro": "Het klimaatakkoord van Parijs is van kracht, en we zoeken goede voorbeelden.",
            "heading": "Parijs is van kracht",
            "text": "Sinds 4 november geldt het klimaatakkoord. Gemeenten spelen een grote rol "
            "in de uitvoering.",
            "heading_2": "Stuur uw voorbeeld in",
            "text_2": "Werkt uw gemeente op een bijzondere manier aan de doelen? Wij laten het "
            "graag zien, ook internationaal.",
            "link_label": "Bekijk de voorbeelden",
        },
    },
]
