"""English translations of all sixteen best-practice pages, by Dutch slug."""

PAGES = {
    "oss-global-goals-in-de-begroting": {
        "slug": "oss-global-goals-in-the-budget",
        "title": "Oss: the Global Goals in every budget line",
        "summary": "Oss links every programme of its budget to the Global Goals. With each "
        "decision the council sees which goals the municipality contributes to.",
        "intro": "Oss did not want sustainability as a separate project but as a thread through "
        "all its policy. The budget turned out to be the best place to start.",
        "heading": "From label to steering",
        "text": "Every programme first got a label with the goals it works on. Indicators "
        "followed, so the council sees each year what is changing.",
        "quote": "Once it is in the budget, everyone talks about it.",
        "figures": [
            "goals linked to the budget",
            "of programmes with a goal label",
            "local partners in the network",
        ],
        "links": ["Website of the municipality of Oss"],
    },
    "deventer-partners-verbinden": {
        "slug": "deventer-connecting-partners",
        "title": "Deventer connects schools, businesses and neighbourhoods",
        "summary": "Deventer brought schools, entrepreneurs and residents' groups together in "
        "one Global Goals network. The municipality facilitates; the partners do the work.",
        "intro": "Many organisations in Deventer were already working on sustainability, but "
        "knew little of each other. The municipality saw its role as a connector.",
        "heading": "A network that carries itself",
        "text": "Every quarter there is a meeting at a different place in town. Partners present "
        "their projects to each other and make new arrangements on the spot.",
        "quote": "We are not the owner, we are the host.",
        "figures": ["organisations in the network", "meetings a year"],
        "links": ["Website of the municipality of Deventer"],
    },
    "utrecht-global-goals-stad": {
        "slug": "utrecht-global-goals-city",
        "title": "Utrecht, the first Global Goals city",
        "summary": "In 2016 Utrecht declared itself a Global Goals city, focusing on goal 11: a "
        "healthy, green and inclusive city for a fast-growing population.",
        "intro": "Utrecht is growing fast. The city wants growth to go hand in hand with health, "
        "green space and affordable housing, and uses the Global Goals as its compass.",
        "heading": "Healthy urban living for everyone",
        "text": "Neighbourhoods get more green and more room for walking and cycling. Residents' "
        "initiatives that serve the goals get a stage and small budgets.",
        "quote": "A growing city must also remain a healthy city.",
        "figures": ["year of the declaration", "the goal that comes first"],
        "links": ["Website of the municipality of Utrecht"],
    },
    "rotterdam-sdg-dashboard": {
        "slug": "rotterdam-sdg-dashboard",
        "title": "Rotterdam measures progress with an SDG dashboard",
        "summary": "Rotterdam tested a dashboard that links municipal figures to the Global "
        "Goals. Visitors from abroad come to see how it works.",
        "intro": "Whoever sets goals wants to know whether they are getting closer. Rotterdam "
        "looked for a way to show this with figures the city already collects.",
        "heading": "Existing figures, a new overview",
        "text": "The dashboard reuses data on jobs, housing, energy and safety. For each goal "
        "everyone sees the trend, and the official responsible for it.",
        "quote": "The dashboard makes the conversation concrete.",
        "figures": ["indicators in the dashboard", "study visits from abroad a year"],
        "links": ["Website of the municipality of Rotterdam"],
    },
    "baarle-grensoverschrijdende-duurzaamheidsvisie": {
        "slug": "baarle-cross-border-sustainability-vision",
        "title": "Baarle: one sustainability vision for two countries",
        "summary": "Baarle-Nassau and the Belgian Baarle-Hertog are interlocked. Together they "
        "wrote one vision on sustainability, across the national border.",
        "intro": "In Baarle the border runs right through streets and sometimes through houses. "
        "Whoever deals with energy or waste here has to cooperate.",
        "heading": "Planning together, deciding separately",
        "text": "Both councils adopted the same vision, each under its own rules. Where possible "
        "the work is done jointly, with one desk for residents.",
        "quote": "The border is on the map, not in our ambitions.",
        "figures": ["municipalities, one vision", "joint service desk"],
        "links": ["Website of the municipality of Baarle-Nassau"],
    },
    "goirle-visie-2030": {
        "slug": "goirle-vision-2030",
        "title": "Goirle sketches the village of 2030",
        "summary": "Goirle wrote a vision of the future with its residents, built on the Global "
        "Goals. The vision now guides choices on housing, green space and care.",
        "intro": "A small municipality can think big. Goirle asked its residents what their "
        "village should look like in ten years.",
        "heading": "A vision by residents",
        "text": "Hundreds of responses were summed up in seven ambitions, each linked to goals. "
        "The council tests new plans against those ambitions.",
        "quote": "The vision belongs to the village, not to the town hall.",
        "figures": ["the year the vision aims at"],
        "links": ["Website of the municipality of Goirle"],
    },
    "aalten-verenigingen-doen-mee": {
        "slug": "aalten-associations-take-part",
        "title": "Aalten: associations champion the goals",
        "summary": "In Aalten sports clubs, choirs and neighbourhood associations each take one "
        "goal under their wing. The municipality provides materials and a yearly get-together.",
        "intro": "Club life is strong in the Achterhoek. Aalten saw a chance to bring the Global "
        "Goals close to residents.",
        "heading": "One goal, one association",
        "text": "A club picks a goal and invents its own action for it, from a collection round "
        "to a healthy canteen.",
        "quote": "Everyone is a member of something; that is where it starts.",
        "figures": ["associations taking part"],
        "links": ["Website of the municipality of Aalten"],
    },
    "amstelveen-inclusieve-stad": {
        "slug": "amstelveen-inclusive-city",
        "title": "Amstelveen builds an inclusive city",
        "summary": "Amstelveen, with residents from more than a hundred countries, uses the "
        "Global Goals to let everyone take part, whatever their origin or income.",
        "intro": "Amstelveen is an international municipality. That calls for policy that "
        "connects new and long-standing residents.",
        "heading": "Taking part as the yardstick",
        "text": "New policy gets a test: who takes part, and who is left out? Panels of residents "
        "from different communities think along.",
        "quote": "An international city is only strong when everyone belongs.",
        "figures": ["nationalities in the municipality"],
        "links": ["Website of the municipality of Amstelveen"],
    },
    "sudwest-fryslan-dorpen-en-water": {
        "slug": "sudwest-fryslan-villages-and-water",
        "title": "Súdwest-Fryslân: villages and water in balance",
        "summary": "Súdwest-Fryslân has dozens of villages by the water. With the Global Goals as "
        "a frame, villages make plans for clean water and a living landscape.",
        "intro": "In Súdwest-Fryslân water is everywhere: a source of prosperity and of concern. "
        "The municipality asked the villages themselves for plans.",
        "heading": "Village plans with a goal",
        "text": "Each village makes a plan and links it to the goals on water and nature. The "
        "municipality helps with knowledge and a small fund.",
        "quote": "Those who live by the water know what it is worth.",
        "figures": ["villages and towns in the municipality"],
        "links": ["Website of the municipality of Súdwest-Fryslân"],
    },
    "noordenveld-samen-in-de-regio": {
        "slug": "noordenveld-together-in-the-region",
        "title": "Noordenveld reaches out to the region",
        "summary": "Noordenveld works with neighbouring municipalities, farmers and energy "
        "cooperatives on local energy and food from the region.",
        "intro": "Many goals are too big for one municipality. Noordenveld deliberately chose "
        "cooperation across municipal borders.",
        "heading": "Food and energy from the region",
        "text": "Cooperatives generate solar power together; farmers supply schools and care "
        "homes nearby.",
        "quote": "Together we get further than each on our own.",
        "figures": ["original village municipalities"],
        "links": ["Website of the municipality of Noordenveld"],
    },
    "rheden-veelbelovend": {
        "slug": "rheden-most-promising",
        "title": "Rheden, most promising Global Goals municipality",
        "summary": "In 2018 Rheden was named the most promising Global Goals municipality, thanks "
        "to lessons about the goals in primary schools.",
        "intro": "Rheden started with its youngest residents: children who learn about the goals "
        "take them home.",
        "heading": "Lessons that carry on at home",
        "text": "Schools receive teaching packs on waste, climate and fair trade. Pupils present "
        "their ideas to the alderman.",
        "quote": "Children are the best ambassadors.",
        "figures": ["year of the recognition"],
        "links": ["Website of the municipality of Rheden"],
    },
    "waalwijk-jongerenprijs": {
        "slug": "waalwijk-youth-prize",
        "title": "Waalwijk rewards young sustainability ideas",
        "summary": "With a yearly sustainability prize for young people, Waalwijk gathers fresh "
        "ideas and gives young residents a voice.",
        "intro": "Young people often have the sharpest ideas about the future, but rarely the "
        "stage. Waalwijk gave them one.",
        "heading": "A prize with a follow-up",
        "text": "The winners get not only a prize but also help from the municipality to really "
        "carry out their idea.",
        "quote": "Our idea is now really out there in the neighbourhood.",
        "figures": ["entries a year"],
        "links": ["Website of the municipality of Waalwijk"],
    },
    "amsterdam-almere-veerkrachtige-steden": {
        "slug": "amsterdam-almere-resilient-cities",
        "title": "Amsterdam and Almere share knowledge on resilient cities",
        "summary": "Two Dutch cities below sea level work with coastal cities in Indonesia and "
        "South Africa on protection against water and heat.",
        "intro": "Amsterdam and Almere know how to live with water. Partner cities on the coast "
        "face rising sea levels and heavy rainfall.",
        "heading": "From exchange to strategy",
        "text": "Officials visit each other and work together on a local disaster risk "
        "reduction strategy, as the Sendai Framework asks.",
        "quote": "We learned that you do not fight water, you make room for it.",
        "figures": [
            "partner cities and Dutch municipalities",
            "officials trained",
            "local strategies adopted",
        ],
        "links": [
            "Website of the municipality of Amsterdam",
            "Website of the municipality of Almere",
        ],
    },
    "den-haag-lokaal-bestuur-midden-oosten": {
        "slug": "the-hague-local-governance-middle-east",
        "title": "The Hague shares experience with municipalities in the Middle East",
        "summary": "The Hague, seat of VNG and VNG International, helps municipalities in "
        "Lebanon, Jordan and Tunisia improve their services for residents and refugees.",
        "intro": "Municipalities in the region host large numbers of refugees. That puts heavy "
        "demands on waste collection, water and the trust of residents.",
        "heading": "Services that reach everyone",
        "text": "Officials from The Hague help draw up plans for waste and water, and for "
        "surgeries where residents can voice their concerns.",
        "quote": "Good governance starts with listening to residents.",
        "figures": ["partner municipalities", "residents with better services"],
        "links": ["Website of the municipality of The Hague", "Website of VNG International"],
    },
    "leeuwarden-waterkennis-voor-delegaties": {
        "slug": "leeuwarden-water-knowledge-for-delegations",
        "title": "Leeuwarden welcomes delegations to learn about water",
        "summary": "Leeuwarden, a water city in the north, hosts foreign delegations and shares "
        "knowledge about clean drinking water and water management.",
        "intro": "Friesland lives with water. Delegations from Morocco and Ghana came to see how "
        "the municipality, the water board and businesses work together.",
        "heading": "Learning in practice",
        "text": "Visitors walk along with treatment plant staff and water managers. Back home "
        "they apply what suits their city.",
        "quote": "What we saw here, we now discuss with our own water company.",
        "figures": ["delegations hosted", "partner cities"],
        "links": ["Website of the municipality of Leeuwarden"],
    },
    "wassenaar-studiebezoeken": {
        "slug": "wassenaar-study-visits",
        "title": "Wassenaar hosts study visits from Latin America",
        "summary": "Wassenaar hosted mayors and officials from Colombia and Guatemala who wanted "
        "to learn about local democracy and public participation.",
        "intro": "A small municipality can be a great place to learn. Wassenaar showed how "
        "residents' participation works in a municipality of its size.",
        "heading": "Participation up close",
        "text": "The visitors attended council meetings and spoke with residents. They took "
        "examples home for their own participation plans.",
        "quote": "Participation takes time, but it builds trust.",
        "figures": ["study visits hosted"],
        "links": ["Website of the municipality of Wassenaar"],
    },
}
