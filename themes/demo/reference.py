"""Reference data of the demo that the CSV files in themes/data/ do not hold.

Texts are per locale; `nl` is the source, the other locales are the hand-written translations.
The people are fictional; countries, organisations, codes and dates are real.
"""

from datetime import date

# --- places ---------------------------------------------------------------------------------

COUNTRIES = {
    "NL": {
        "nl": "Nederland",
        "en": "Netherlands",
        "fr": "Pays-Bas",
        "es": "Países Bajos",
        "ar": "هولندا",
    },
    "BE": {"nl": "België", "en": "Belgium", "fr": "Belgique", "es": "Bélgica", "ar": "بلجيكا"},
    "BF": {
        "nl": "Burkina Faso",
        "en": "Burkina Faso",
        "fr": "Burkina Faso",
        "es": "Burkina Faso",
        "ar": "بوركينا فاسو",
    },
    "GH": {"nl": "Ghana", "en": "Ghana", "fr": "Ghana", "es": "Ghana", "ar": "غانا"},
    "MA": {"nl": "Marokko", "en": "Morocco", "fr": "Maroc", "es": "Marruecos", "ar": "المغرب"},
    "TN": {"nl": "Tunesië", "en": "Tunisia", "fr": "Tunisie", "es": "Túnez", "ar": "تونس"},
    "LB": {"nl": "Libanon", "en": "Lebanon", "fr": "Liban", "es": "Líbano", "ar": "لبنان"},
    "JO": {"nl": "Jordanië", "en": "Jordan", "fr": "Jordanie", "es": "Jordania", "ar": "الأردن"},
    "CO": {
        "nl": "Colombia",
        "en": "Colombia",
        "fr": "Colombie",
        "es": "Colombia",
        "ar": "كولومبيا",
    },
    "GT": {
        "nl": "Guatemala",
        "en": "Guatemala",
        "fr": "Guatemala",
        "es": "Guatemala",
        "ar": "غواتيمالا",
    },
    "ID": {
        "nl": "Indonesië",
        "en": "Indonesia",
        "fr": "Indonésie",
        "es": "Indonesia",
        "ar": "إندونيسيا",
    },
    "ZA": {
        "nl": "Zuid-Afrika",
        "en": "South Africa",
        "fr": "Afrique du Sud",
        "es": "Sudáfrica",
        "ar": "جنوب أفريقيا",
    },
    "MZ": {
        "nl": "Mozambique",
        "en": "Mozambique",
        "fr": "Mozambique",
        "es": "Mozambique",
        "ar": "موزمبيق",
    },
}

# Dates we are sure of: when the municipality came into being in its present form.
MUNICIPALITY_VALID_FROM = {
    "GM0034": date(1984, 1, 1),  # Almere became a municipality in 1984
    "GM1699": date(1998, 1, 1),  # Noordenveld: Norg, Peize and Roden merged
    "GM1900": date(2011, 1, 1),  # Súdwest-Fryslân: five municipalities merged
    "GM1992": date(2023, 1, 1),  # Voorne aan Zee: Brielle, Hellevoetsluis and Westvoorne
}

# One real merger: Brielle went into Voorne aan Zee on 1 January 2023.
MERGED_MUNICIPALITIES = [
    {
        "cbs_code": "GM0501",
        "name": "Brielle",
        "province": "PV28",
        "valid_to": date(2022, 12, 31),
        "successor": "GM1992",
    },
]

# --- organisations and people ---------------------------------------------------------------

ORGANISATIONS = {
    "vng": ("Vereniging van Nederlandse Gemeenten", "VNG", "https://vng.nl", "NL"),
    "vngi": ("VNG International", "", "https://www.vng-international.nl", "NL"),
    "uclg": ("United Cities and Local Governments", "UCLG", "https://www.uclg.org", ""),
    "cemr": (
        "Council of European Municipalities and Regions",
        "CEMR",
        "https://www.ccre.org",
        "BE",
    ),
    "bz": ("Ministerie van Buitenlandse Zaken", "BZ", "https://www.rijksoverheid.nl", "NL"),
    "bzk": (
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        "BZK",
        "https://www.rijksoverheid.nl",
        "NL",
    ),
    "ienm": (
        "Ministerie van Infrastructuur en Milieu",
        "IenM",
        "https://www.rijksoverheid.nl",
        "NL",
    ),
    "un-habitat": ("UN-Habitat", "", "https://unhabitat.org", ""),
    "eu": ("Europese Commissie", "EC", "https://commission.europa.eu", "BE"),
}

CONTACT_PERSONS = {
    "anouk": {
        "name": "Anouk Verbeek",
        "organisation": "vngi",
        "email": "anouk.verbeek@example.org",
        "phone": "+31 70 000 0101",
        "role": {
            "nl": "Programmamanager Global Goals",
            "en": "Global Goals programme manager",
            "fr": "Responsable du programme Objectifs mondiaux",
            "es": "Responsable del programa de Objetivos Globales",
            "ar": "مديرة برنامج الأهداف العالمية",
        },
    },
    "joris": {
        "name": "Joris Hoekstra",
        "organisation": "vngi",
        "email": "joris.hoekstra@example.org",
        "phone": "+31 70 000 0102",
        "role": {
            "nl": "Adviseur internationale promotie",
            "en": "International promotion adviser",
            "fr": "Conseiller en promotion internationale",
            "es": "Asesor de promoción internacional",
            "ar": "مستشار الترويج الدولي",
        },
    },
    "fatima": {
        "name": "Fatima El Idrissi",
        "organisation": "vngi",
        "email": "fatima.elidrissi@example.org",
        "phone": "+31 70 000 0103",
        "role": {
            "nl": "Projectleider Midden-Oosten en Noord-Afrika",
            "en": "Project lead, Middle East and North Africa",
            "fr": "Cheffe de projet Moyen-Orient et Afrique du Nord",
            "es": "Jefa de proyecto, Oriente Medio y Norte de África",
            "ar": "مديرة مشاريع الشرق الأوسط وشمال أفريقيا",
        },
    },
    "pieter": {
        "name": "Pieter van Dijk",
        "organisation": "vng",
        "email": "pieter.vandijk@example.org",
        "phone": "+31 70 000 0104",
        "role": {
            "nl": "Beleidsadviseur Europa",
            "en": "European policy adviser",
            "fr": "Conseiller en politique européenne",
            "es": "Asesor de política europea",
            "ar": "مستشار السياسات الأوروبية",
        },
    },
    "lucia": {
        "name": "Lucía Morales",
        "organisation": "vngi",
        "email": "lucia.morales@example.org",
        "phone": "+31 70 000 0105",
        "role": {
            "nl": "Adviseur Latijns-Amerika",
            "en": "Latin America adviser",
            "fr": "Conseillère Amérique latine",
            "es": "Asesora para América Latina",
            "ar": "مستشارة أمريكا اللاتينية",
        },
    },
    "sanne": {
        "name": "Sanne Wolters",
        "organisation": "vngi",
        "email": "sanne.wolters@example.org",
        "phone": "+31 70 000 0106",
        "role": {
            "nl": "Campagneleider Gemeenten4GlobalGoals",
            "en": "Campaign lead, Municipalities4GlobalGoals",
            "fr": "Responsable de la campagne Communes4GlobalGoals",
            "es": "Responsable de la campaña Municipios4GlobalGoals",
            "ar": "مسؤولة حملة البلديات من أجل الأهداف العالمية",
        },
    },
}
