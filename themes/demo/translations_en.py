"""English translations of the demo pages, by Dutch slug, with the same text keys as the source.

Left out on purpose: the November 2016 newsletter issue stays Dutch only, so the fallback
en → nl can be seen.
"""

PAGES = {
    # --- programme -------------------------------------------------------------------------
    "beleidsopdracht-2016": {
        "slug": "policy-assignment-2016",
        "title": "Policy assignment 2016",
        "summary": "Every year VNG asks VNG International to strengthen what Dutch municipalities "
        "can do internationally. In 2016 the focus is on the new global agendas: the Global "
        "Goals, climate, disaster risk and the city of the future.",
        "field_of_expertise": "Building More Effective Public Administration",
        "policy_fields": "inter-municipal co-operation; intergovernmental relations",
        "funding": "VNG",
        "intro": "About three in four municipalities are active abroad in some way. The emphasis "
        "is moving from development aid towards economic cooperation and sustainability.",
        "heading": "Two tracks",
        "text": "We work along two tracks: advocacy towards The Hague, Brussels and the UN, and "
        "products and services municipalities use directly, such as the campaign, the "
        "newsletter and tailored advice.",
    },
    "vernieuwing-van-het-bestuur": {
        "slug": "renewal-of-governance",
        "title": "Renewal of governance",
        "short_description": "Vitalising local democracy in a global context",
        "intro": "How do municipalities keep their democracy lively when so many issues cross "
        "borders? We share the experience of municipalities that actively involve residents.",
    },
    "ontwikkelingssamenwerking": {
        "slug": "development-cooperation",
        "title": "Development cooperation policy",
        "short_description": "Strategic international policy and partnership",
        "intro": "Municipalities choose more deliberately with whom and why they cooperate. We "
        "help them shape an international strategy that fits their own town.",
    },
    "innovatie-en-lokale-economie": {
        "slug": "innovation-and-local-economy",
        "title": "Innovation and local economic and social development",
        "short_description": "The international side of the local economy",
        "intro": "Trade missions, knowledge exchange and European funds: the local economy has "
        "long stopped being purely local.",
    },
    "duurzaamheid": {
        "slug": "sustainability",
        "title": "Sustainability",
        "short_description": "The Global Goals in the work of the municipality",
        "intro": "The seventeen Global Goals give municipalities a shared language for "
        "sustainable policy, from energy to procurement.",
    },
    "mondiale-stedelijke-agenda": {
        "slug": "global-urban-agenda",
        "title": "Global urban agenda",
        "short_description": "Tomorrow's city, from Quito to Amsterdam",
        "intro": "The New Urban Agenda and the Urban Agenda for the EU need the voice of "
        "municipalities; we make sure it is heard.",
    },
    "informatie-en-advies": {
        "slug": "information-and-advice",
        "title": "Information and advice",
        "short_description": "What the international agendas mean for the powers and duties of "
        "municipalities",
        "intro": "We translate the Global Goals, the Sendai Framework, the climate agreement and "
        "the urban agenda into the daily practice of the town hall.",
    },
    "analyse": {
        "slug": "analysis",
        "title": "Analysis",
        "short_description": "Networks, trends and examples for the Dutch debate",
        "intro": "International networks let us spot trends early; we bring them into the Dutch "
        "policy debate.",
    },
    "internationale-promotie": {
        "slug": "international-promotion",
        "title": "International promotion",
        "short_description": "Showing innovative Dutch local governance abroad",
        "intro": "Good examples from Dutch municipalities deserve an international audience; we "
        "offer them in English, French, Spanish and Arabic.",
    },
    "belangenbehartiging-nationaal": {
        "slug": "advocacy-national",
        "title": "Advocacy in The Hague",
        "summary": "We bring the international experience of municipalities to ministries and "
        "parliament, so that national policy takes local delivery into account.",
    },
    "belangenbehartiging-europa": {
        "slug": "advocacy-europe",
        "title": "Advocacy in Europe",
        "summary": "Together with the Council of European Municipalities and Regions we work on "
        "the Urban Agenda for the EU, born during the Dutch presidency.",
    },
    "belangenbehartiging-internationaal": {
        "slug": "advocacy-international",
        "title": "International advocacy",
        "summary": "Through the world network of cities and local governments we make sure "
        "municipalities have a say in the New Urban Agenda and the Global Goals.",
    },
    "campagne-gemeenten4globalgoals": {
        "slug": "campaign-municipalities4globalgoals",
        "title": "The Municipalities4GlobalGoals campaign",
        "summary": "The campaign helps municipalities make the Global Goals visible locally, with "
        "a welcome pack, meetings and a yearly award.",
    },
    "maandelijkse-nieuwsbrief": {
        "slug": "monthly-newsletter",
        "title": "The monthly newsletter",
        "summary": "Every month the news about the international work of municipalities: "
        "agendas, grants, meetings and examples from across the country.",
    },
    "advies-aan-gemeenten": {
        "slug": "advice-to-municipalities",
        "title": "Advice to municipalities",
        "summary": "A municipality drafting an international policy or reviewing a town twinning "
        "can come to us for tailored advice.",
    },
    # --- indexes and newsletters -----------------------------------------------------------
    "voorbeelden": {
        "slug": "examples",
        "title": "Good practices",
        "intro": "How Dutch municipalities work on the Global Goals, at home and abroad. Some of "
        "the examples are also available in other languages.",
    },
    "nieuwsbrief": {
        "slug": "newsletter",
        "title": "Newsletter",
        "intro": "Every month the news about the international work of municipalities.",
    },
    "nieuwsbrief-september-2016": {
        "slug": "newsletter-september-2016",
        "title": "Newsletter September 2016",
        "intro": "The first flag day is coming, and the new campaign has its first members.",
        "heading": "Raise the flag on 25 September",
        "text": "One year after the Global Goals were agreed, municipalities across the country "
        "raise the flag. Will yours join in?",
        "heading_2": "Welcome to the first members",
        "text_2": "Towns and villages from every province have already joined "
        "Municipalities4GlobalGoals.",
        "link_label": "More about the campaign",
    },
    "nieuwsbrief-oktober-2016": {
        "slug": "newsletter-october-2016",
        "title": "Newsletter October 2016",
        "intro": "This month the world adopts the New Urban Agenda in Quito.",
        "heading": "Habitat III in Quito",
        "text": "On 20 October the UN member states adopt the New Urban Agenda. We follow what it "
        "means for Dutch cities.",
        "heading_2": "Regional meet-up in Tilburg",
        "text_2": "Municipalities from the south exchanged experience with the goals in their "
        "budgets.",
        "link_label": "About the global urban agenda",
    },
    # --- campaigns --------------------------------------------------------------------------
    "millenniumgemeenten": {
        "slug": "millennium-municipalities",
        "title": "Millennium municipalities",
        "short_name": "Millennium municipality",
        "intro": "From 2007 to 2015 municipalities committed themselves to the eight Millennium "
        "Development Goals as Millennium municipalities. The campaign grew to 160 participants.",
        "how_to_join": [
            "The campaign has ended; municipalities can now join Municipalities4GlobalGoals."
        ],
        "vision": "World citizenship starts at home: residents, schools and businesses contribute "
        "to a fairer world.",
        "principles": [
            (
                "An ambassador",
                "Every Millennium municipality appointed an ambassador to champion the goals.",
            ),
            (
                "Visible at the entrance",
                "Signs on the roads into town showed that the municipality took part.",
            ),
        ],
    },
    "gemeenten4globalgoals": {
        "slug": "municipalities4globalgoals",
        "title": "Municipalities4GlobalGoals",
        "short_name": "G4GG",
        "intro": "Municipalities4GlobalGoals is the campaign for municipalities working locally "
        "on the seventeen Global Goals. It started in 2016 as the successor of the Millennium "
        "campaign.",
        "how_to_join": [
            "The executive decides to take part; a council decision is welcome but optional.",
            "The municipality registers with the online form.",
            "It receives a welcome pack with its own campaign logo.",
        ],
        "vision": "The Global Goals are won or lost in municipalities. Members show what can be "
        "done locally, and learn from each other.",
        "principles": [
            (
                "It starts locally",
                "What a municipality does for housing, jobs and energy counts towards the goals.",
            ),
            (
                "Together with partners",
                "Residents, businesses, schools and associations are indispensable.",
            ),
            ("Make it visible", "Show what is already happening; it inspires others."),
        ],
        "faq": [
            (
                "Are there conditions for joining?",
                "No. Any municipality can join, whatever its size or what it already does.",
            ),
            (
                "Does joining cost money?",
                "No, taking part is free. Municipalities decide how much "
                "time and budget they invest.",
            ),
            (
                "Is a council decision needed?",
                "No, a decision of the executive is enough. A council decision does add support.",
            ),
            (
                "What is in the welcome pack?",
                "A campaign logo with the municipality's name, a "
                "flag and ideas to start right away.",
            ),
        ],
        "events": [
            (
                "Regional meet-up South",
                "Municipalities from Brabant and Limburg exchange experience.",
            ),
            ("Regional meet-up North", "Municipalities from Groningen, Fryslân and Drenthe meet."),
            (
                "Global Goals flag day",
                "Around the anniversary of the goals, municipalities raise the Global Goals flag.",
            ),
            (
                "Global Goals award ceremony",
                "Prizes in three categories: connector, visionary and pioneer.",
            ),
        ],
    },
}
