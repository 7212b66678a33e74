"""Best-practice examples of Dutch municipalities (origin: municipal), Dutch source text.

Facts (awards, the Global Goals city declaration, the cross-border vision) follow the notes in
themes/data/municipalities_sample.csv; the stories, figures and quoted people are illustrative.
"""

from datetime import date

MUNICIPAL_PRACTICES = [
    {
        "slug": "oss-global-goals-in-de-begroting",
        "municipalities": ["GM0828"],
        "goals": [13, 7, 12],
        "themes": [4],
        "pillars": [1, 3],
        "agendas": ["sdg", "paris"],
        "start_date": date(2016, 9, 1),
        "award": (2020, "pioneer"),
        "promote": True,
        "partners": ["vng", "vngi"],
        "contact": "anouk",
        "quote_by": "Marloes Bakker",
        "figures": [(17, "", 0), (100, "%", 1), (35, "", 2)],
        "links": [("https://www.oss.nl", 0)],
        "text": {
            "title": "Oss: de Global Goals in elke begrotingsregel",
            "summary": "Oss koppelt elk programma van de begroting aan de Global Goals. Zo ziet "
            "de raad bij elk besluit aan welke doelen de gemeente bijdraagt.",
            "intro": "Oss wilde duurzaamheid niet als los project, maar als rode draad door al het "
            "beleid. De begroting bleek de beste plek om te beginnen.",
            "heading": "Van label naar sturing",
            "text": "Elk programma kreeg eerst een label met de doelen waaraan het werkt. Daarna "
            "volgden indicatoren, zodat de raad jaarlijks ziet wat er verandert.",
            "quote": "Als het in de begroting staat, praat iedereen erover.",
            "figures": [
                "doelen gekoppeld aan de begroting",
                "van de programma's met een doelenlabel",
                "lokale partners in het netwerk",
            ],
            "links": ["Website van de gemeente Oss"],
        },
    },
    {
        "slug": "deventer-partners-verbinden",
        "municipalities": ["GM0150"],
        "goals": [17, 11, 4],
        "themes": [1, 4],
        "pillars": [3],
        "agendas": ["sdg"],
        "start_date": date(2017, 3, 1),
        "award": (2020, "connector"),
        "promote": True,
        "partners": ["vng"],
        "contact": "sanne",
        "quote_by": "Thomas Kuipers",
        "figures": [(60, "", 0), (12, "", 1)],
        "links": [("https://www.deventer.nl", 0)],
        "text": {
            "title": "Deventer verbindt scholen, bedrijven en buurten",
            "summary": "Deventer bracht scholen, ondernemers en bewonersgroepen samen in één "
            "netwerk rond de Global Goals. De gemeente faciliteert, de partners doen het werk.",
            "intro": "In Deventer werkten veel organisaties al aan duurzaamheid, maar ze wisten "
            "weinig van elkaar. De gemeente zag haar rol als verbinder.",
            "heading": "Een netwerk dat zichzelf draagt",
            "text": "Elk kwartaal is er een bijeenkomst op een andere locatie in de stad. "
            "Partners presenteren elkaar hun projecten en sluiten ter plekke nieuwe afspraken.",
            "quote": "Wij zijn niet de eigenaar, wij zijn de gastheer.",
            "figures": ["organisaties in het netwerk", "bijeenkomsten per jaar"],
            "links": ["Website van de gemeente Deventer"],
        },
    },
    {
        "slug": "utrecht-global-goals-stad",
        "municipalities": ["GM0344"],
        "goals": [11, 3, 13],
        "themes": [4, 5],
        "pillars": [2, 3],
        "agendas": ["sdg", "new-urban-agenda"],
        "start_date": date(2016, 1, 1),
        "promote": True,
        "partners": ["vng", "uclg"],
        "contact": "joris",
        "quote_by": "Eva Smits",
        "figures": [(2016, "", 0), (11, "", 1)],
        "links": [("https://www.utrecht.nl", 0)],
        "text": {
            "title": "Utrecht, de eerste Global Goals-stad",
            "summary": "Utrecht verklaarde zich in 2016 Global Goals-stad, met nadruk op doel 11: "
            "een gezonde, groene en inclusieve stad voor een snel groeiende bevolking.",
            "intro": "Utrecht groeit hard. De stad wil dat groei samengaat met gezondheid, groen "
            "en betaalbaar wonen, en gebruikt daarvoor de Global Goals als kompas.",
            "heading": "Gezond stedelijk leven voor iedereen",
            "text": "Wijken krijgen meer groen en ruimte voor lopen en fietsen. Initiatieven van "
            "inwoners die bijdragen aan de doelen krijgen een podium en kleine budgetten.",
            "quote": "Een groeiende stad moet ook een gezonde stad blijven.",
            "figures": ["jaar van de verklaring", "het doel dat voorop staat"],
            "links": ["Website van de gemeente Utrecht"],
        },
    },
    {
        "slug": "rotterdam-sdg-dashboard",
        "municipalities": ["GM0599"],
        "goals": [17, 11, 8],
        "themes": [3, 4],
        "pillars": [2, 3],
        "agendas": ["sdg"],
        "start_date": date(2018, 6, 1),
        "promote": True,
        "partners": ["vngi"],
        "contact": "joris",
        "quote_by": "Youssef Amrani",
        "figures": [(40, "", 0), (6, "", 1)],
        "links": [("https://www.rotterdam.nl", 0)],
        "text": {
            "title": "Rotterdam meet de voortgang met een SDG-dashboard",
            "summary": "Rotterdam testte een dashboard dat gemeentelijke cijfers koppelt aan de "
            "Global Goals. Bezoekers uit het buitenland komen kijken hoe het werkt.",
            "intro": "Wie doelen stelt, wil weten of ze dichterbij komen. Rotterdam zocht een "
            "manier om dat zichtbaar te maken met cijfers die de stad al verzamelt.",
            "heading": "Bestaande cijfers, nieuw overzicht",
            "text": "Het dashboard hergebruikt gegevens over werk, wonen, energie en veiligheid. "
            "Per doel ziet iedereen de trend, en de ambtenaar die erover gaat.",
            "quote": "Het dashboard maakt het gesprek concreet.",
            "figures": ["indicatoren in het dashboard", "buitenlandse studiebezoeken per jaar"],
            "links": ["Website van de gemeente Rotterdam"],
        },
    },
    {
        "slug": "baarle-grensoverschrijdende-duurzaamheidsvisie",
        "municipalities": ["GM0744"],
        "countries": ["BE"],
        "partner_cities": "Baarle-Hertog",
        "goals": [17, 7, 11],
        "themes": [2, 4],
        "pillars": [3],
        "agendas": ["sdg", "paris"],
        "start_date": date(2019, 1, 1),
        "promote": True,
        "partners": ["vng"],
        "contact": "pieter",
        "quote_by": "Ine Vermeulen",
        "figures": [(2, "", 0), (1, "", 1)],
        "links": [("https://www.baarle-nassau.nl", 0)],
        "text": {
            "title": "Baarle: één duurzaamheidsvisie voor twee landen",
            "summary": "Baarle-Nassau en het Belgische Baarle-Hertog liggen door elkaar heen. Ze "
            "schreven samen één visie op duurzaamheid, over de landsgrens heen.",
            "intro": "In Baarle loopt de grens dwars door straten en soms door huizen. Wie hier "
            "energie of afval regelt, moet wel samenwerken.",
            "heading": "Samen plannen, apart besluiten",
            "text": "Beide raden stelden dezelfde visie vast, elk volgens de eigen regels. "
            "Uitvoering gebeurt waar mogelijk gezamenlijk, met één loket voor inwoners.",
            "quote": "De grens ligt op de kaart, niet in onze ambities.",
            "figures": ["gemeenten, één visie", "gezamenlijk loket"],
            "links": ["Website van de gemeente Baarle-Nassau"],
        },
    },
    {
        "slug": "goirle-visie-2030",
        "municipalities": ["GM0785"],
        "goals": [11, 12, 3],
        "themes": [4],
        "pillars": [1],
        "agendas": ["sdg"],
        "start_date": date(2018, 1, 1),
        "award": (2020, "visionary"),
        "partners": ["vng"],
        "contact": "sanne",
        "quote_by": "Karin Loos",
        "figures": [(2030, "", 0)],
        "links": [("https://www.goirle.nl", 0)],
        "text": {
            "title": "Goirle schetst het dorp van 2030",
            "summary": "Goirle schreef met inwoners een toekomstvisie die op de Global Goals is "
            "gebouwd. De visie stuurt nu keuzes over wonen, groen en zorg.",
            "intro": "Een kleine gemeente kan groot denken. Goirle vroeg inwoners hoe hun dorp er "
            "over tien jaar uit moet zien.",
            "heading": "Een visie van inwoners",
            "text": "Honderden reacties werden samengevat in zeven ambities, elk gekoppeld aan "
            "doelen. De raad toetst nieuwe plannen aan die ambities.",
            "quote": "De visie is van het dorp, niet van het gemeentehuis.",
            "figures": ["het jaar waarop de visie mikt"],
            "links": ["Website van de gemeente Goirle"],
        },
    },
    {
        "slug": "aalten-verenigingen-doen-mee",
        "municipalities": ["GM0197"],
        "goals": [17, 10, 3],
        "themes": [1, 4],
        "pillars": [1],
        "agendas": ["sdg"],
        "start_date": date(2020, 5, 1),
        "award": (2022, "connector"),
        "partners": ["vng"],
        "contact": "sanne",
        "quote_by": "Henk Wissink",
        "figures": [(25, "", 0)],
        "links": [("https://www.aalten.nl", 0)],
        "text": {
            "title": "Aalten: verenigingen dragen de doelen uit",
            "summary": "In Aalten nemen sportclubs, koren en buurtverenigingen elk een doel onder "
            "hun hoede. De gemeente zorgt voor materiaal en een jaarlijkse ontmoeting.",
            "intro": "Het verenigingsleven is sterk in de Achterhoek. Aalten zag daar de kans om "
            "de Global Goals dicht bij inwoners te brengen.",
            "heading": "Elk doel een vereniging",
            "text": "Een club kiest een doel en bedenkt er een eigen actie bij, van een "
            "inzamelrit tot een gezonde kantine.",
            "quote": "Iedereen is wel ergens lid van; daar begint het.",
            "figures": ["deelnemende verenigingen"],
            "links": ["Website van de gemeente Aalten"],
        },
    },
    {
        "slug": "amstelveen-inclusieve-stad",
        "municipalities": ["GM0362"],
        "goals": [10, 5, 11],
        "themes": [1],
        "pillars": [2],
        "agendas": ["sdg"],
        "start_date": date(2019, 9, 1),
        "award": (2022, "visionary"),
        "partners": ["vng"],
        "contact": "anouk",
        "quote_by": "Noor Haddou",
        "figures": [(100, "", 0)],
        "links": [("https://www.amstelveen.nl", 0)],
        "text": {
            "title": "Amstelveen bouwt aan een inclusieve stad",
            "summary": "Amstelveen, met inwoners uit meer dan honderd landen, gebruikt de Global "
            "Goals om iedereen te laten meedoen, ongeacht herkomst of inkomen.",
            "intro": "Amstelveen is een internationale gemeente. Dat vraagt om beleid dat nieuwe "
            "en gevestigde inwoners met elkaar verbindt.",
            "heading": "Meedoen als maatstaf",
            "text": "Nieuw beleid krijgt een toets: wie doet mee, en wie valt buiten de boot? "
            "Inwonerspanels uit verschillende gemeenschappen denken mee.",
            "quote": "Een internationale stad is pas sterk als iedereen erbij hoort.",
            "figures": ["nationaliteiten in de gemeente"],
            "links": ["Website van de gemeente Amstelveen"],
        },
    },
    {
        "slug": "sudwest-fryslan-dorpen-en-water",
        "municipalities": ["GM1900"],
        "goals": [6, 15, 11],
        "themes": [4],
        "pillars": [1, 3],
        "agendas": ["sdg", "sendai"],
        "start_date": date(2019, 4, 1),
        "award": (2021, "visionary"),
        "partners": ["vng"],
        "contact": "anouk",
        "quote_by": "Sjoerd de Boer",
        "figures": [(89, "", 0)],
        "links": [("https://www.sudwestfryslan.nl", 0)],
        "text": {
            "title": "Súdwest-Fryslân: dorpen en water in balans",
            "summary": "Súdwest-Fryslân telt tientallen dorpen aan het water. Met de Global Goals "
            "als kader maken dorpen plannen voor schoon water en een levend landschap.",
            "intro": "Water is in Súdwest-Fryslân overal: bron van welvaart en van zorg. De "
            "gemeente vroeg de dorpen zelf om plannen.",
            "heading": "Dorpsplannen met een doel",
            "text": "Elk dorp maakt een plan en koppelt het aan de doelen voor water en natuur. "
            "De gemeente helpt met kennis en een klein fonds.",
            "quote": "Wie aan het water woont, weet wat het waard is.",
            "figures": ["dorpen en kernen in de gemeente"],
            "links": ["Website van de gemeente Súdwest-Fryslân"],
        },
    },
    {
        "slug": "noordenveld-samen-in-de-regio",
        "municipalities": ["GM1699"],
        "goals": [17, 7, 2],
        "themes": [3, 4],
        "pillars": [1],
        "agendas": ["sdg"],
        "start_date": date(2019, 1, 1),
        "award": (2021, "connector"),
        "partners": ["vng"],
        "contact": "sanne",
        "quote_by": "Wietske Mulder",
        "figures": [(3, "", 0)],
        "links": [("https://www.gemeentenoordenveld.nl", 0)],
        "text": {
            "title": "Noordenveld zoekt de regio op",
            "summary": "Noordenveld werkt met buurgemeenten, boeren en energiecoöperaties aan "
            "lokale energie en voedsel uit de streek.",
            "intro": "Veel doelen zijn te groot voor één gemeente. Noordenveld koos bewust voor "
            "samenwerking over de gemeentegrens heen.",
            "heading": "Voedsel en energie uit de streek",
            "text": "Coöperaties wekken samen zonnestroom op; boeren leveren aan scholen en "
            "zorginstellingen in de buurt.",
            "quote": "Samen komen we verder dan elk voor zich.",
            "figures": ["oorspronkelijke dorpsgemeenten"],
            "links": ["Website van de gemeente Noordenveld"],
        },
    },
    {
        "slug": "rheden-veelbelovend",
        "municipalities": ["GM0275"],
        "goals": [12, 13, 4],
        "themes": [4],
        "pillars": [1],
        "agendas": ["sdg"],
        "start_date": date(2017, 6, 1),
        "partners": ["vng"],
        "contact": "sanne",
        "quote_by": "Gerrit Jansen",
        "figures": [(2018, "", 0)],
        "links": [("https://www.rheden.nl", 0)],
        "text": {
            "title": "Rheden, veelbelovende Global Goals-gemeente",
            "summary": "Rheden werd in 2018 uitgeroepen tot meest veelbelovende Global "
            "Goals-gemeente, dankzij lessen over de doelen op basisscholen.",
            "intro": "Rheden begon bij de jongste inwoners: wie jong leert over de doelen, neemt "
            "ze mee naar huis.",
            "heading": "Lessen die thuis verder gaan",
            "text": "Scholen krijgen lespakketten over afval, klimaat en eerlijke handel. "
            "Leerlingen presenteren hun ideeën aan de wethouder.",
            "quote": "Kinderen zijn de beste ambassadeurs.",
            "figures": ["jaar van de erkenning"],
            "links": ["Website van de gemeente Rheden"],
        },
    },
    {
        "slug": "waalwijk-jongerenprijs",
        "municipalities": ["GM0867"],
        "goals": [4, 13, 12],
        "themes": [1, 4],
        "pillars": [1],
        "agendas": ["sdg"],
        "start_date": date(2018, 3, 1),
        "partners": ["vng"],
        "contact": "sanne",
        "quote_by": "Lotte van Gils",
        "figures": [(30, "", 0)],
        "links": [("https://www.waalwijk.nl", 0)],
        "text": {
            "title": "Waalwijk beloont jonge duurzaamheidsideeën",
            "summary": "Met een jaarlijkse duurzaamheidsprijs voor jongeren haalt Waalwijk frisse "
            "ideeën op en geeft het jonge inwoners een stem.",
            "intro": "Jongeren hebben vaak de scherpste ideeën over de toekomst, maar zelden het "
            "podium. Waalwijk gaf ze er een.",
            "heading": "Een prijs met vervolg",
            "text": "De winnaars krijgen niet alleen een prijs, maar ook hulp van de gemeente om "
            "hun idee echt uit te voeren.",
            "quote": "Ons idee ligt nu echt in de wijk.",
            "figures": ["inzendingen per jaar"],
            "links": ["Website van de gemeente Waalwijk"],
        },
    },
]
