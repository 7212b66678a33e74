"""French translations: themes, pillars, the examples promoted abroad and both campaigns.

Left partial on purpose: the Rotterdam example has only its title, slug and summary in French,
so the translation status shows an incomplete translation.
"""

PAGES = {
    # --- structural pages: the programme year (its index pages follow below) ---
    "beleidsopdracht-2016": {
        "slug": "mission-2016",
        "title": "Mission 2016",
        "summary": "Chaque année, la VNG demande à VNG International de renforcer ce que les "
        "communes néerlandaises savent faire à l'international. En 2016, l'accent porte sur les "
        "nouveaux agendas mondiaux : les objectifs mondiaux, le climat, les risques de "
        "catastrophe et la ville de demain.",
        "field_of_expertise": "Building More Effective Public Administration",
        "policy_fields": "coopération intercommunale ; relations entre niveaux de gouvernement",
        "funding": "VNG",
        "intro": "Environ trois communes sur quatre sont actives au-delà des frontières d'une "
        "manière ou d'une autre. L'accent passe de l'aide au développement à la coopération "
        "économique et à la durabilité.",
        "heading": "Deux axes",
        "text": "Nous travaillons selon deux axes : la représentation des intérêts auprès de La "
        "Haye, de Bruxelles et des Nations unies, et des produits et services que les communes "
        "utilisent directement, comme la campagne, la lettre d'information et le conseil sur "
        "mesure.",
    },
    "vernieuwing-van-het-bestuur": {
        "slug": "renouveau-de-la-gouvernance",
        "title": "Renouveau de la gouvernance",
        "short_description": "Revitaliser la démocratie locale dans un contexte mondial",
        "intro": "Comment les communes gardent-elles une démocratie vivante quand tant de "
        "questions dépassent les frontières ? Nous partageons l'expérience de communes qui "
        "associent activement leurs habitants.",
    },
    "ontwikkelingssamenwerking": {
        "slug": "cooperation-au-developpement",
        "title": "Politique de coopération au développement",
        "short_description": "Politique internationale stratégique et partenariats",
        "intro": "Les communes choisissent plus consciemment avec qui et pourquoi elles "
        "coopèrent. Nous les aidons à définir une stratégie internationale adaptée.",
    },
    "innovatie-en-lokale-economie": {
        "slug": "innovation-et-economie-locale",
        "title": "Innovation et développement économique et social local",
        "short_description": "La dimension internationale de l'économie locale",
        "intro": "Missions commerciales, échanges de savoirs et fonds européens : l'économie "
        "locale n'est plus seulement locale.",
    },
    "duurzaamheid": {
        "slug": "durabilite",
        "title": "Durabilité",
        "short_description": "Les objectifs mondiaux dans le travail de la commune",
        "intro": "Les dix-sept objectifs mondiaux offrent aux communes un langage commun pour "
        "une politique durable, de l'énergie aux achats.",
    },
    "mondiale-stedelijke-agenda": {
        "slug": "agenda-urbain-mondial",
        "title": "Agenda urbain mondial",
        "short_description": "La ville de demain, de Quito à Amsterdam",
        "intro": "Le Nouveau Programme pour les villes et l'Agenda urbain pour l'UE ont besoin de "
        "la voix des communes ; nous la faisons entendre.",
    },
    "informatie-en-advies": {
        "slug": "information-et-conseil",
        "title": "Information et conseil",
        "short_description": "Ce que les agendas internationaux signifient pour les compétences "
        "des communes",
        "intro": "Nous traduisons les objectifs mondiaux, le Cadre de Sendai, l'accord sur le "
        "climat et l'agenda urbain dans la pratique quotidienne de la mairie.",
    },
    "analyse": {
        "slug": "analyse",
        "title": "Analyse",
        "short_description": "Réseaux, tendances et exemples pour le débat néerlandais",
        "intro": "Les réseaux internationaux nous permettent de repérer tôt les tendances ; nous "
        "les apportons au débat politique néerlandais.",
    },
    "internationale-promotie": {
        "slug": "promotion-internationale",
        "title": "Promotion internationale",
        "short_description": "Faire connaître à l'étranger la gouvernance locale innovante des "
        "Pays-Bas",
        "intro": "Les bons exemples des communes néerlandaises méritent un public international ; "
        "nous les proposons en anglais, français, espagnol et arabe.",
    },
    "voorbeelden": {
        "slug": "exemples",
        "title": "Bonnes pratiques",
        "intro": "Comment les communes néerlandaises agissent pour les objectifs mondiaux, chez "
        "elles et à l'étranger.",
    },
    # --- promoted examples -----------------------------------------------------------------
    "oss-global-goals-in-de-begroting": {
        "slug": "oss-objectifs-mondiaux-dans-le-budget",
        "title": "Oss : les objectifs mondiaux dans chaque ligne du budget",
        "summary": "Oss relie chaque programme de son budget aux objectifs mondiaux. À chaque "
        "décision, le conseil voit à quels objectifs la commune contribue.",
        "intro": "Oss ne voulait pas de la durabilité comme projet isolé, mais comme fil rouge de "
        "toute sa politique. Le budget s'est révélé le meilleur point de départ.",
        "heading": "De l'étiquette au pilotage",
        "text": "Chaque programme a d'abord reçu une étiquette avec ses objectifs. Des "
        "indicateurs ont suivi, pour que le conseil voie chaque année ce qui change.",
        "quote": "Quand c'est dans le budget, tout le monde en parle.",
        "figures": [
            "objectifs reliés au budget",
            "des programmes avec une étiquette",
            "partenaires locaux dans le réseau",
        ],
        "links": ["Site web de la commune d'Oss"],
    },
    "deventer-partners-verbinden": {
        "slug": "deventer-relier-les-partenaires",
        "title": "Deventer relie écoles, entreprises et quartiers",
        "summary": "Deventer a réuni écoles, entrepreneurs et associations d'habitants dans un "
        "réseau autour des objectifs mondiaux. La commune facilite, les partenaires agissent.",
        "intro": "À Deventer, beaucoup d'organisations travaillaient déjà à la durabilité sans "
        "se connaître. La commune a choisi le rôle de trait d'union.",
        "heading": "Un réseau qui vit de lui-même",
        "text": "Chaque trimestre, une rencontre a lieu dans un autre endroit de la ville. Les "
        "partenaires présentent leurs projets et concluent de nouveaux accords sur place.",
        "quote": "Nous ne sommes pas le propriétaire, nous sommes l'hôte.",
        "figures": ["organisations dans le réseau", "rencontres par an"],
        "links": ["Site web de la commune de Deventer"],
    },
    "utrecht-global-goals-stad": {
        "slug": "utrecht-ville-des-objectifs-mondiaux",
        "title": "Utrecht, première ville des objectifs mondiaux",
        "summary": "En 2016, Utrecht s'est déclarée ville des objectifs mondiaux, avec l'objectif "
        "11 en tête : une ville saine, verte et inclusive pour une population en forte hausse.",
        "intro": "Utrecht grandit vite. La ville veut que la croissance aille de pair avec la "
        "santé, la nature et des logements abordables, avec les objectifs mondiaux pour boussole.",
        "heading": "Une vie urbaine saine pour tous",
        "text": "Les quartiers gagnent en verdure et en place pour la marche et le vélo. Les "
        "initiatives d'habitants reçoivent une scène et de petits budgets.",
        "quote": "Une ville qui grandit doit rester une ville saine.",
        "figures": ["année de la déclaration", "l'objectif prioritaire"],
        "links": ["Site web de la commune d'Utrecht"],
    },
    "rotterdam-sdg-dashboard": {
        "slug": "rotterdam-tableau-de-bord-odd",
        "title": "Rotterdam mesure ses progrès avec un tableau de bord des ODD",
        "summary": "Rotterdam a testé un tableau de bord qui relie les chiffres municipaux aux "
        "objectifs mondiaux. Des visiteurs étrangers viennent voir comment il fonctionne.",
    },
    "baarle-grensoverschrijdende-duurzaamheidsvisie": {
        "slug": "baarle-vision-transfrontaliere-durable",
        "title": "Baarle : une vision durable pour deux pays",
        "summary": "Baarle-Nassau et la commune belge de Baarle-Hertog sont imbriquées. Elles ont "
        "écrit ensemble une vision de la durabilité, par-delà la frontière.",
        "intro": "À Baarle, la frontière traverse les rues et parfois les maisons. Pour "
        "l'énergie ou les déchets, coopérer est une nécessité.",
        "heading": "Planifier ensemble, décider séparément",
        "text": "Les deux conseils ont adopté la même vision, chacun selon ses règles. La mise en "
        "œuvre est commune autant que possible, avec un guichet unique pour les habitants.",
        "quote": "La frontière est sur la carte, pas dans nos ambitions.",
        "figures": ["communes, une vision", "guichet commun"],
        "links": ["Site web de la commune de Baarle-Nassau"],
    },
    "amsterdam-almere-veerkrachtige-steden": {
        "slug": "amsterdam-almere-villes-resilientes",
        "title": "Amsterdam et Almere partagent leur savoir sur les villes résilientes",
        "summary": "Deux villes néerlandaises sous le niveau de la mer travaillent avec des "
        "villes côtières d'Indonésie et d'Afrique du Sud contre l'eau et la chaleur.",
        "intro": "Amsterdam et Almere savent vivre avec l'eau. Leurs villes partenaires font face "
        "à la montée des mers et à de fortes pluies.",
        "heading": "De l'échange à la stratégie",
        "text": "Les agents se rendent visite et élaborent ensemble une stratégie locale de "
        "réduction des risques, comme le demande le Cadre de Sendai.",
        "quote": "Nous avons appris qu'on ne combat pas l'eau, on lui fait de la place.",
        "figures": [
            "villes partenaires et communes néerlandaises",
            "agents formés",
            "stratégies locales adoptées",
        ],
        "links": ["Site web de la commune d'Amsterdam", "Site web de la commune d'Almere"],
    },
    "den-haag-lokaal-bestuur-midden-oosten": {
        "slug": "la-haye-gouvernance-locale-moyen-orient",
        "title": "La Haye partage son expérience avec des communes du Moyen-Orient",
        "summary": "La Haye, siège de la VNG et de VNG International, aide des communes du Liban, "
        "de Jordanie et de Tunisie à améliorer leurs services aux habitants et aux réfugiés.",
        "intro": "Les communes de la région accueillent de nombreux réfugiés. Cela pèse sur la "
        "collecte des déchets, l'eau et la confiance des habitants.",
        "heading": "Des services qui atteignent chacun",
        "text": "Des agents de La Haye contribuent aux plans pour les déchets et l'eau, et à des "
        "permanences où les habitants expriment leurs préoccupations.",
        "quote": "La bonne gouvernance commence par l'écoute des habitants.",
        "figures": ["communes partenaires", "habitants mieux servis"],
        "links": ["Site web de la commune de La Haye", "Site web de VNG International"],
    },
    "leeuwarden-waterkennis-voor-delegaties": {
        "slug": "leeuwarden-savoir-faire-eau-delegations",
        "title": "Leeuwarden accueille des délégations pour apprendre sur l'eau",
        "summary": "Leeuwarden, ville d'eau du nord, accueille des délégations étrangères et "
        "partage son savoir sur l'eau potable et la gestion de l'eau.",
        "intro": "La Frise vit avec l'eau. Des délégations du Maroc et du Ghana sont venues voir "
        "comment la commune, le service des eaux et les entreprises coopèrent.",
        "heading": "Apprendre sur le terrain",
        "text": "Les visiteurs accompagnent le personnel des stations d'épuration. De retour chez "
        "eux, ils appliquent ce qui convient à leur ville.",
        "quote": "Ce que nous avons vu ici, nous en parlons avec notre propre régie des eaux.",
        "figures": ["délégations accueillies", "villes partenaires"],
        "links": ["Site web de la commune de Leeuwarden"],
    },
    # --- campaigns --------------------------------------------------------------------------
    "millenniumgemeenten": {
        "slug": "communes-du-millenaire",
        "title": "Communes du Millénaire",
        "short_name": "Commune du Millénaire",
        "intro": "De 2007 à 2015, des communes se sont engagées pour les huit objectifs du "
        "Millénaire. La campagne a réuni 160 participants.",
        "how_to_join": [
            "La campagne est terminée ; les communes peuvent rejoindre Communes4GlobalGoals."
        ],
        "vision": "La citoyenneté mondiale commence chez soi : habitants, écoles et entreprises "
        "contribuent à un monde plus juste.",
        "principles": [
            (
                "Un ambassadeur",
                "Chaque commune du Millénaire nommait un ambassadeur des objectifs.",
            ),
            (
                "Visible à l'entrée",
                "Des panneaux aux entrées de la ville montraient la participation de la commune.",
            ),
        ],
    },
    "gemeenten4globalgoals": {
        "slug": "communes4globalgoals",
        "title": "Communes4GlobalGoals",
        "short_name": "G4GG",
        "intro": "Communes4GlobalGoals est la campagne des communes néerlandaises qui agissent "
        "localement pour les dix-sept objectifs mondiaux. Elle a succédé en 2016 à la campagne "
        "du Millénaire.",
        "how_to_join": [
            "L'exécutif communal décide d'y participer ; une délibération du conseil est "
            "facultative.",
            "La commune s'inscrit avec le formulaire en ligne.",
            "Elle reçoit un kit de bienvenue avec son propre logo de campagne.",
        ],
        "vision": "Les objectifs mondiaux se gagnent ou se perdent dans les communes. Les membres "
        "montrent ce qui est possible localement et apprennent les uns des autres.",
        "principles": [
            (
                "Tout commence localement",
                "Ce qu'une commune fait pour le logement, l'emploi et "
                "l'énergie compte pour les objectifs.",
            ),
            (
                "Avec les partenaires",
                "Habitants, entreprises, écoles et associations sont indispensables.",
            ),
            ("Rendre visible", "Montrer ce qui se fait déjà inspire les autres."),
        ],
        "faq": [
            (
                "Y a-t-il des conditions pour participer ?",
                "Non. Toute commune peut participer, quelle que soit sa taille.",
            ),
            (
                "La participation est-elle payante ?",
                "Non, elle est gratuite. Chaque commune "
                "choisit le temps et le budget qu'elle y consacre.",
            ),
            (
                "Faut-il une délibération du conseil ?",
                "Non, une décision de l'exécutif suffit. "
                "Une délibération du conseil renforce toutefois l'adhésion.",
            ),
            (
                "Que contient le kit de bienvenue ?",
                "Un logo de campagne au nom de la commune, un drapeau et des idées pour commencer.",
            ),
        ],
        "events": [
            (
                "Rencontre régionale Sud",
                "Les communes du Brabant et du Limbourg échangent leurs expériences.",
            ),
            (
                "Rencontre régionale Nord",
                "Les communes de Groningue, de Frise et de Drenthe se rencontrent.",
            ),
            (
                "Journée du drapeau des objectifs mondiaux",
                "Autour de l'anniversaire des objectifs, les communes hissent le drapeau.",
            ),
            (
                "Remise des prix des objectifs mondiaux",
                "Des prix dans trois catégories : rassembleur, visionnaire et pionnier.",
            ),
        ],
    },
}
