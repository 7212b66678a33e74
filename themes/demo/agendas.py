"""The international agendas of the demo with their texts in every language, and the eight
Millennium goals (the campaign's earlier frame). `nl` is the source, the rest translations."""

from datetime import date

# --- agendas --------------------------------------------------------------------------------

AGENDAS = [
    {
        "code": "sdg",
        "sort_order": 1,
        "adopted_on": date(2015, 9, 25),
        "reference": "A/RES/70/1",
        "is_historical": False,
        "text": {
            "nl": {
                "name": "Duurzame Ontwikkelingsdoelen",
                "short_name": "Global Goals",
                "description": "Zeventien doelen en 169 subdoelen die alle VN-lidstaten in 2015 "
                "aannamen en die tot 2030 lopen; veel ervan liggen bij gemeenten op het bord.",
            },
            "en": {
                "name": "Sustainable Development Goals",
                "short_name": "SDGs",
                "description": "Seventeen goals and 169 targets adopted by every UN member state "
                "in 2015, running to 2030; many of them land on the desk of a municipality.",
            },
            "fr": {
                "name": "Objectifs de développement durable",
                "short_name": "ODD",
                "description": "Dix-sept objectifs et 169 cibles adoptés par tous les États "
                "membres de l'ONU en 2015, jusqu'en 2030 ; beaucoup concernent les communes.",
            },
            "es": {
                "name": "Objetivos de Desarrollo Sostenible",
                "short_name": "ODS",
                "description": "Diecisiete objetivos y 169 metas adoptados por todos los Estados "
                "miembros de la ONU en 2015, hasta 2030; muchos dependen de los municipios.",
            },
            "ar": {
                "name": "أهداف التنمية المستدامة",
                "short_name": "أهداف التنمية",
                "description": "سبعة عشر هدفاً و169 غاية اعتمدتها جميع الدول الأعضاء في الأمم "
                "المتحدة عام 2015 حتى عام 2030، ويقع كثير منها على عاتق البلديات.",
            },
        },
    },
    {
        "code": "sendai",
        "sort_order": 2,
        "adopted_on": date(2015, 3, 18),
        "reference": "Sendai Framework for Disaster Risk Reduction 2015-2030",
        "is_historical": False,
        "text": {
            "nl": {
                "name": "Sendai-kader voor rampenrisicovermindering",
                "short_name": "Sendai",
                "description": "Vier prioriteiten en zeven doelen tot 2030; doel (e) vraagt om "
                "lokale strategieën die rampenrisico's verkleinen.",
            },
            "en": {
                "name": "Sendai Framework for Disaster Risk Reduction",
                "short_name": "Sendai",
                "description": "Four priorities and seven targets to 2030; target (e) asks for "
                "local strategies that reduce the risk of disasters.",
            },
            "fr": {
                "name": "Cadre de Sendai pour la réduction des risques de catastrophe",
                "short_name": "Sendai",
                "description": "Quatre priorités et sept cibles jusqu'en 2030 ; la cible (e) "
                "demande des stratégies locales de réduction des risques.",
            },
            "es": {
                "name": "Marco de Sendai para la Reducción del Riesgo de Desastres",
                "short_name": "Sendai",
                "description": "Cuatro prioridades y siete metas hasta 2030; la meta (e) pide "
                "estrategias locales de reducción del riesgo.",
            },
            "ar": {
                "name": "إطار سنداي للحد من مخاطر الكوارث",
                "short_name": "سنداي",
                "description": "أربع أولويات وسبع غايات حتى عام 2030، وتدعو الغاية (هـ) إلى "
                "استراتيجيات محلية للحد من مخاطر الكوارث.",
            },
        },
    },
    {
        "code": "paris",
        "sort_order": 3,
        "adopted_on": date(2015, 12, 12),
        "reference": "Paris Agreement, in force 4 November 2016",
        "is_historical": False,
        "text": {
            "nl": {
                "name": "Klimaatakkoord van Parijs",
                "short_name": "Parijs",
                "description": "Het mondiale klimaatakkoord, sinds 4 november 2016 van kracht; "
                "steden en regio's leveren een groot deel van de uitvoering.",
            },
            "en": {
                "name": "Paris Agreement",
                "short_name": "Paris",
                "description": "The global climate agreement, in force since 4 November 2016; "
                "cities and regions carry much of its delivery.",
            },
            "fr": {
                "name": "Accord de Paris",
                "short_name": "Paris",
                "description": "L'accord mondial sur le climat, en vigueur depuis le 4 novembre "
                "2016 ; villes et régions en assurent une grande part.",
            },
            "es": {
                "name": "Acuerdo de París",
                "short_name": "París",
                "description": "El acuerdo mundial sobre el clima, vigente desde el 4 de "
                "noviembre de 2016; ciudades y regiones lo hacen realidad.",
            },
            "ar": {
                "name": "اتفاق باريس",
                "short_name": "باريس",
                "description": "الاتفاق العالمي بشأن المناخ، النافذ منذ 4 نوفمبر 2016، وتتحمل "
                "المدن والأقاليم جزءاً كبيراً من تنفيذه.",
            },
        },
    },
    {
        "code": "new-urban-agenda",
        "sort_order": 4,
        "adopted_on": date(2016, 10, 20),
        "reference": "A/RES/71/256",
        "is_historical": False,
        "text": {
            "nl": {
                "name": "Nieuwe Stedelijke Agenda",
                "short_name": "Habitat III",
                "description": "In Quito aangenomen visie op de stad van morgen: inclusief, "
                "veilig, veerkrachtig en duurzaam.",
            },
            "en": {
                "name": "New Urban Agenda",
                "short_name": "Habitat III",
                "description": "The vision of tomorrow's city adopted in Quito: inclusive, "
                "safe, resilient and sustainable.",
            },
            "fr": {
                "name": "Nouveau Programme pour les villes",
                "short_name": "Habitat III",
                "description": "La vision de la ville de demain adoptée à Quito : inclusive, "
                "sûre, résiliente et durable.",
            },
            "es": {
                "name": "Nueva Agenda Urbana",
                "short_name": "Hábitat III",
                "description": "La visión de la ciudad del futuro aprobada en Quito: inclusiva, "
                "segura, resiliente y sostenible.",
            },
            "ar": {
                "name": "الخطة الحضرية الجديدة",
                "short_name": "الموئل الثالث",
                "description": "رؤية مدينة الغد التي اعتُمدت في كيتو: شاملة وآمنة وقادرة على "
                "الصمود ومستدامة.",
            },
        },
    },
    {
        "code": "eu-urban-agenda",
        "sort_order": 5,
        "adopted_on": date(2016, 5, 30),
        "reference": "Pact of Amsterdam",
        "is_historical": False,
        "text": {
            "nl": {
                "name": "Stedelijke Agenda voor de EU",
                "short_name": "Pact van Amsterdam",
                "description": "Europese samenwerking van steden, lidstaten en de Commissie op "
                "twaalf prioritaire thema's.",
            },
            "en": {
                "name": "Urban Agenda for the EU",
                "short_name": "Pact of Amsterdam",
                "description": "European cooperation of cities, member states and the "
                "Commission on twelve priority themes.",
            },
            "fr": {
                "name": "Agenda urbain pour l'UE",
                "short_name": "Pacte d'Amsterdam",
                "description": "Coopération européenne des villes, des États membres et de la "
                "Commission sur douze thèmes prioritaires.",
            },
            "es": {
                "name": "Agenda Urbana para la UE",
                "short_name": "Pacto de Ámsterdam",
                "description": "Cooperación europea de ciudades, Estados miembros y la Comisión "
                "en doce temas prioritarios.",
            },
            "ar": {
                "name": "الأجندة الحضرية للاتحاد الأوروبي",
                "short_name": "ميثاق أمستردام",
                "description": "تعاون أوروبي بين المدن والدول الأعضاء والمفوضية في اثني عشر "
                "موضوعاً ذا أولوية.",
            },
        },
    },
    {
        "code": "mdg",
        "sort_order": 9,
        "adopted_on": date(2000, 9, 8),
        "reference": "A/RES/55/2",
        "is_historical": True,
        "text": {
            "nl": {
                "name": "Millenniumdoelen",
                "short_name": "MDG's",
                "description": "Acht doelen voor 2000 tot 2015, het kader van de campagne "
                "Millenniumgemeenten.",
            },
            "en": {
                "name": "Millennium Development Goals",
                "short_name": "MDGs",
                "description": "Eight goals for 2000 to 2015, the frame of the Millennium "
                "municipality campaign.",
            },
            "fr": {
                "name": "Objectifs du Millénaire pour le développement",
                "short_name": "OMD",
                "description": "Huit objectifs pour 2000 à 2015, cadre de la campagne des "
                "communes du Millénaire.",
            },
            "es": {
                "name": "Objetivos de Desarrollo del Milenio",
                "short_name": "ODM",
                "description": "Ocho objetivos para 2000 a 2015, el marco de la campaña de los "
                "municipios del Milenio.",
            },
            "ar": {
                "name": "الأهداف الإنمائية للألفية",
                "short_name": "أهداف الألفية",
                "description": "ثمانية أهداف للفترة من 2000 إلى 2015، وهي إطار حملة بلديات "
                "الألفية.",
            },
        },
    },
]

# Colours of our own choosing for the eight Millennium goals (there is no official palette).
MILLENNIUM_GOALS = [
    (
        1,
        "#B5322E",
        {
            "nl": "Extreme armoede en honger uitbannen",
            "en": "Eradicate extreme poverty and hunger",
            "fr": "Éliminer l'extrême pauvreté et la faim",
            "es": "Erradicar la pobreza extrema y el hambre",
            "ar": "القضاء على الفقر المدقع والجوع",
        },
    ),
    (
        2,
        "#C98A2B",
        {
            "nl": "Basisonderwijs voor iedereen",
            "en": "Achieve universal primary education",
            "fr": "Assurer l'éducation primaire pour tous",
            "es": "Lograr la enseñanza primaria universal",
            "ar": "تحقيق تعميم التعليم الابتدائي",
        },
    ),
    (
        3,
        "#8E3B74",
        {
            "nl": "Gelijke rechten voor vrouwen",
            "en": "Promote gender equality and empower women",
            "fr": "Promouvoir l'égalité des sexes et l'autonomisation des femmes",
            "es": "Promover la igualdad de género y la autonomía de la mujer",
            "ar": "تعزيز المساواة بين الجنسين وتمكين المرأة",
        },
    ),
    (
        4,
        "#3C8D5A",
        {
            "nl": "Kindersterfte terugdringen",
            "en": "Reduce child mortality",
            "fr": "Réduire la mortalité infantile",
            "es": "Reducir la mortalidad infantil",
            "ar": "تخفيض معدل وفيات الأطفال",
        },
    ),
    (
        5,
        "#2F6DA8",
        {
            "nl": "Gezondheid van moeders verbeteren",
            "en": "Improve maternal health",
            "fr": "Améliorer la santé maternelle",
            "es": "Mejorar la salud materna",
            "ar": "تحسين صحة الأمهات",
        },
    ),
    (
        6,
        "#6B4FA0",
        {
            "nl": "Hiv/aids, malaria en andere ziekten bestrijden",
            "en": "Combat HIV/AIDS, malaria and other diseases",
            "fr": "Combattre le VIH/sida, le paludisme et d'autres maladies",
            "es": "Combatir el VIH/SIDA, el paludismo y otras enfermedades",
            "ar": "مكافحة فيروس نقص المناعة البشرية والملاريا وغيرهما من الأمراض",
        },
    ),
    (
        7,
        "#4F8A2E",
        {
            "nl": "Een duurzaam leefmilieu",
            "en": "Ensure environmental sustainability",
            "fr": "Préserver l'environnement",
            "es": "Garantizar la sostenibilidad del medio ambiente",
            "ar": "كفالة الاستدامة البيئية",
        },
    ),
    (
        8,
        "#1F5673",
        {
            "nl": "Wereldwijd samenwerken aan ontwikkeling",
            "en": "Develop a global partnership for development",
            "fr": "Mettre en place un partenariat mondial pour le développement",
            "es": "Fomentar una alianza mundial para el desarrollo",
            "ar": "إقامة شراكة عالمية من أجل التنمية",
        },
    ),
]
