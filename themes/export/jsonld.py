"""schema.org JSON-LD for an example page: what it is, where, when, about which goals, in which
language. Search engines and partner tools read it; it causes no request."""

import json

from django.utils.safestring import mark_safe

from themes.export.content import Example

SDG_TERM_SET = "https://sdgs.un.org/goals"


def for_example(example: Example, *, url):
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "name": example.title,
        "headline": example.title[:110],
        "description": example.summary,
        "inLanguage": example.language,
        "url": url,
        "publisher": {"@type": "Organization", "name": "VNG International"},
        "spatialCoverage": _places(example),
        "about": [
            {
                "@type": "DefinedTerm",
                "termCode": goal.key,
                "name": goal.name,
                "inDefinedTermSet": SDG_TERM_SET,
            }
            for goal in example.goals
        ],
        "keywords": [theme.name for theme in example.themes],
    }
    if example.start_date:
        data["temporalCoverage"] = f"{example.start_date}/{example.end_date or '..'}"
    if example.first_published_at:
        data["datePublished"] = example.first_published_at
    if example.last_published_at:
        data["dateModified"] = example.last_published_at
    if example.municipalities:
        data["locationCreated"] = [
            {
                "@type": "Place",
                "name": name,
                "address": {"@type": "PostalAddress", "addressCountry": "NL"},
            }
            for name in example.municipalities
        ]
    if example.hero:
        data["image"] = {
            "@type": "ImageObject",
            "caption": example.hero.alt,
            "creditText": example.hero.credit,
        }
    if example.machine_translated:
        data["translator"] = {"@type": "SoftwareApplication", "name": "machine translation"}
    return script(data)


def _places(example):
    places = [
        {"@type": "Country", "name": country.name, "identifier": country.key}
        for country in example.countries
    ]
    places += [
        {"@type": "City", "name": city.strip()}
        for city in example.partner_cities.split(",")
        if city.strip()
    ]
    return places or [{"@type": "Country", "name": "Netherlands", "identifier": "NL"}]


def script(data):
    """A <script type="application/ld+json"> element; `<` is escaped so text cannot end it."""
    text = json.dumps(data, ensure_ascii=False, indent=1).replace("<", "\\u003c")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308
