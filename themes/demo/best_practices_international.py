"""Best-practice examples from international projects (origin: international), Dutch source text.

The partner cities are real places; projects, figures and quoted people are illustrative.
"""

from datetime import date

INTERNATIONAL_PROJECTS = [
    {
        "slug": "amsterdam-almere-veerkrachtige-steden",
        "municipalities": ["GM0363", "GM0034"],
        "countries": ["ID", "ZA"],
        "partner_cities": "Semarang, Durban",
        "region": "world",
        "project_code": "B.16-07",
        "goals": [11, 13, 6],
        "themes": [4, 5],
        "pillars": [2, 3],
        "agendas": ["sdg", "sendai", "paris"],
        "start_date": date(2016, 4, 1),
        "end_date": date(2019, 12, 31),
        "promote": True,
        "partners": ["vngi", "uclg", "un-habitat"],
        "funder": "bz",
        "contact": "joris",
        "quote_by": "Dewi Santoso",
        "figures": [(4, "", 0), (120, "", 1), (3, "", 2)],
        "links": [("https://www.amsterdam.nl", 0), ("https://www.almere.nl", 1)],
        "text": {
            "title": "Amsterdam en Almere delen kennis over veerkrachtige steden",
            "summary": "Twee Nederlandse steden onder zeeniveau werken met kuststeden in "
            "Indonesië en Zuid-Afrika aan bescherming tegen water en hitte.",
            "intro": "Amsterdam en Almere weten hoe je leeft met water. Partnersteden aan de kust "
            "krijgen te maken met stijgende zeespiegels en zware regenval.",
            "heading": "Van uitwisseling naar strategie",
            "text": "Ambtenaren bezoeken elkaar en werken samen aan een lokale strategie tegen "
            "rampenrisico's, zoals het Sendai-kader vraagt.",
            "quote": "We leerden dat je water niet bestrijdt, maar er ruimte voor maakt.",
            "figures": [
                "partnersteden en Nederlandse gemeenten",
                "getrainde ambtenaren",
                "vastgestelde lokale strategieën",
            ],
            "links": ["Website van de gemeente Amsterdam", "Website van de gemeente Almere"],
        },
    },
    {
        "slug": "den-haag-lokaal-bestuur-midden-oosten",
        "municipalities": ["GM0518"],
        "countries": ["LB", "JO", "TN"],
        "partner_cities": "Saida, Irbid, Sfax",
        "region": "mena",
        "project_code": "B.16-11",
        "goals": [16, 6, 11],
        "themes": [1, 2],
        "pillars": [3],
        "agendas": ["sdg", "new-urban-agenda"],
        "start_date": date(2016, 1, 1),
        "end_date": date(2020, 12, 31),
        "promote": True,
        "partners": ["vngi", "uclg"],
        "funder": "bz",
        "contact": "fatima",
        "quote_by": "Rania Khalil",
        "figures": [(3, "", 0), (250000, "", 1)],
        "links": [("https://www.denhaag.nl", 0), ("https://www.vng-international.nl", 1)],
        "text": {
            "title": "Den Haag deelt ervaring met gemeenten in het Midden-Oosten",
            "summary": "Den Haag, zetel van VNG en VNG International, helpt gemeenten in Libanon, "
            "Jordanië en Tunesië hun diensten te verbeteren voor inwoners en vluchtelingen.",
            "intro": "Gemeenten in de regio vangen grote groepen vluchtelingen op. Dat vraagt veel "
            "van afvalinzameling, water en het vertrouwen van inwoners.",
            "heading": "Diensten die iedereen bereiken",
            "text": "Haagse ambtenaren werken mee aan plannen voor afval en water, en aan "
            "spreekuren waar inwoners hun zorgen kwijt kunnen.",
            "quote": "Goed bestuur begint met luisteren naar inwoners.",
            "figures": ["partnergemeenten", "inwoners die betere diensten krijgen"],
            "links": ["Website van de gemeente Den Haag", "Website van VNG International"],
        },
    },
    {
        "slug": "leeuwarden-waterkennis-voor-delegaties",
        "municipalities": ["GM0080"],
        "countries": ["MA", "GH"],
        "partner_cities": "Tétouan, Kumasi",
        "region": "africa",
        "project_code": "B.16-14",
        "goals": [6, 14, 4],
        "themes": [3, 4],
        "pillars": [3],
        "agendas": ["sdg"],
        "start_date": date(2017, 2, 1),
        "end_date": date(2021, 6, 30),
        "promote": True,
        "partners": ["vngi"],
        "funder": "bz",
        "contact": "fatima",
        "quote_by": "Kwame Mensah",
        "figures": [(15, "", 0), (2, "", 1)],
        "links": [("https://www.leeuwarden.nl", 0)],
        "text": {
            "title": "Leeuwarden ontvangt delegaties om te leren over water",
            "summary": "Leeuwarden, waterstad in het noorden, ontvangt buitenlandse delegaties en "
            "deelt kennis over schoon drinkwater en waterbeheer.",
            "intro": "Friesland leeft met water. Delegaties uit Marokko en Ghana kwamen kijken hoe "
            "gemeente, waterschap en bedrijven samenwerken.",
            "heading": "Leren in de praktijk",
            "text": "Bezoekers lopen mee met zuiveringsinstallaties en waterbeheerders. Terug thuis "
            "passen ze toe wat bij hun stad past.",
            "quote": "Wat we hier zagen, bespreken we nu met ons eigen waterbedrijf.",
            "figures": ["delegaties ontvangen", "partnersteden"],
            "links": ["Website van de gemeente Leeuwarden"],
        },
    },
    {
        "slug": "wassenaar-studiebezoeken",
        "municipalities": ["GM0629"],
        "countries": ["CO", "GT"],
        "partner_cities": "Medellín, Quetzaltenango",
        "region": "latin-america",
        "project_code": "B.16-18",
        "goals": [16, 17],
        "themes": [1, 2],
        "pillars": [2],
        "agendas": ["sdg"],
        "start_date": date(2016, 5, 1),
        "end_date": date(2018, 5, 31),
        "partners": ["vngi"],
        "funder": "bz",
        "contact": "lucia",
        "quote_by": "Camila Reyes",
        "figures": [(8, "", 0)],
        "links": [("https://www.wassenaar.nl", 0)],
        "text": {
            "title": "Wassenaar ontvangt studiebezoeken uit Latijns-Amerika",
            "summary": "Wassenaar was gastheer voor burgemeesters en ambtenaren uit Colombia en "
            "Guatemala die wilden leren over lokale democratie en inspraak.",
            "intro": "Een kleine gemeente kan een groot leerpunt zijn. Wassenaar liet zien hoe "
            "inspraak van inwoners werkt in een gemeente van deze omvang.",
            "heading": "Inspraak van dichtbij",
            "text": "De bezoekers volgden raadsvergaderingen en spraken met inwoners. Ze namen "
            "voorbeelden mee voor hun eigen participatieplannen.",
            "quote": "Inspraak kost tijd, maar levert vertrouwen op.",
            "figures": ["studiebezoeken ontvangen"],
            "links": ["Website van de gemeente Wassenaar"],
        },
    },
]
