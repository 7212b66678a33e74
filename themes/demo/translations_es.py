"""Spanish translations: themes, pillars, the examples promoted abroad and both campaigns.

Left out on purpose: the Baarle example is not translated by hand; the demo machine-translates
it (see `MACHINE_TRANSLATED` in themes.demo.translate), so the machine-translation notice shows.
"""

PAGES = {
    # --- structural pages: the programme year (its index pages follow below) ---
    "beleidsopdracht-2016": {
        "slug": "encargo-2016",
        "title": "Encargo 2016",
        "summary": "Cada año, la VNG pide a VNG International que refuerce lo que los "
        "municipios neerlandeses saben hacer en el ámbito internacional. En 2016 el foco está en "
        "las nuevas agendas mundiales: los Objetivos Globales, el clima, el riesgo de desastres "
        "y la ciudad del futuro.",
        "field_of_expertise": "Building More Effective Public Administration",
        "policy_fields": "cooperación intermunicipal; relaciones entre niveles de gobierno",
        "funding": "VNG",
        "intro": "Unos tres de cada cuatro municipios tienen alguna actividad fuera de sus "
        "fronteras. El énfasis pasa de la ayuda al desarrollo a la cooperación económica y la "
        "sostenibilidad.",
        "heading": "Dos líneas",
        "text": "Trabajamos en dos líneas: la defensa de intereses ante La Haya, Bruselas y la "
        "ONU, y productos y servicios que los municipios usan directamente, como la campaña, el "
        "boletín y el asesoramiento a medida.",
    },
    "vernieuwing-van-het-bestuur": {
        "slug": "renovacion-de-la-gobernanza",
        "title": "Renovación de la gobernanza",
        "short_description": "Revitalizar la democracia local en un contexto global",
        "intro": "¿Cómo mantienen los municipios viva su democracia cuando tantos asuntos "
        "cruzan fronteras? Compartimos la experiencia de municipios que involucran a sus vecinos.",
    },
    "ontwikkelingssamenwerking": {
        "slug": "cooperacion-al-desarrollo",
        "title": "Política de cooperación al desarrollo",
        "short_description": "Política internacional estratégica y alianzas",
        "intro": "Los municipios eligen con más criterio con quién y por qué cooperan. Les "
        "ayudamos a definir una estrategia internacional a su medida.",
    },
    "innovatie-en-lokale-economie": {
        "slug": "innovacion-y-economia-local",
        "title": "Innovación y desarrollo económico y social local",
        "short_description": "La dimensión internacional de la economía local",
        "intro": "Misiones comerciales, intercambio de conocimiento y fondos europeos: la "
        "economía local ya no es solo local.",
    },
    "duurzaamheid": {
        "slug": "sostenibilidad",
        "title": "Sostenibilidad",
        "short_description": "Los Objetivos Globales en el trabajo municipal",
        "intro": "Los diecisiete Objetivos Globales dan a los municipios un lenguaje común para "
        "una política sostenible, de la energía a las compras.",
    },
    "mondiale-stedelijke-agenda": {
        "slug": "agenda-urbana-mundial",
        "title": "Agenda urbana mundial",
        "short_description": "La ciudad del mañana, de Quito a Ámsterdam",
        "intro": "La Nueva Agenda Urbana y la Agenda Urbana para la UE necesitan la voz de los "
        "municipios; nosotros la hacemos oír.",
    },
    "informatie-en-advies": {
        "slug": "informacion-y-asesoria",
        "title": "Información y asesoría",
        "short_description": "Lo que las agendas internacionales significan para las "
        "competencias municipales",
        "intro": "Traducimos los Objetivos Globales, el Marco de Sendai, el acuerdo sobre el "
        "clima y la agenda urbana a la práctica diaria del ayuntamiento.",
    },
    "analyse": {
        "slug": "analisis",
        "title": "Análisis",
        "short_description": "Redes, tendencias y ejemplos para el debate neerlandés",
        "intro": "Las redes internacionales nos permiten ver tendencias a tiempo; las llevamos "
        "al debate político neerlandés.",
    },
    "internationale-promotie": {
        "slug": "promocion-internacional",
        "title": "Promoción internacional",
        "short_description": "Mostrar en el exterior la gobernanza local innovadora de los "
        "Países Bajos",
        "intro": "Los buenos ejemplos de los municipios neerlandeses merecen un público "
        "internacional; los ofrecemos en inglés, francés, español y árabe.",
    },
    "voorbeelden": {
        "slug": "ejemplos",
        "title": "Buenas prácticas",
        "intro": "Cómo trabajan los municipios neerlandeses por los Objetivos Globales, en casa "
        "y en el extranjero.",
    },
    # --- promoted examples -----------------------------------------------------------------
    "oss-global-goals-in-de-begroting": {
        "slug": "oss-objetivos-globales-en-el-presupuesto",
        "title": "Oss: los Objetivos Globales en cada línea del presupuesto",
        "summary": "Oss vincula cada programa de su presupuesto a los Objetivos Globales. En "
        "cada decisión, el concejo ve a qué objetivos contribuye el municipio.",
        "intro": "Oss no quería la sostenibilidad como un proyecto aparte, sino como hilo "
        "conductor de toda su política. El presupuesto resultó el mejor punto de partida.",
        "heading": "De la etiqueta a la gestión",
        "text": "Cada programa recibió primero una etiqueta con sus objetivos. Después llegaron "
        "indicadores, para que el concejo vea cada año qué cambia.",
        "quote": "Cuando está en el presupuesto, todo el mundo habla de ello.",
        "figures": [
            "objetivos vinculados al presupuesto",
            "de los programas con etiqueta",
            "socios locales en la red",
        ],
        "links": ["Sitio web del municipio de Oss"],
    },
    "deventer-partners-verbinden": {
        "slug": "deventer-conectar-socios",
        "title": "Deventer conecta escuelas, empresas y barrios",
        "summary": "Deventer reunió a escuelas, empresarios y asociaciones vecinales en una red "
        "en torno a los Objetivos Globales. El municipio facilita; los socios actúan.",
        "intro": "En Deventer muchas organizaciones ya trabajaban por la sostenibilidad, pero "
        "apenas se conocían. El municipio asumió el papel de conector.",
        "heading": "Una red que se sostiene sola",
        "text": "Cada trimestre hay un encuentro en otro lugar de la ciudad. Los socios presentan "
        "sus proyectos y cierran nuevos acuerdos allí mismo.",
        "quote": "No somos los dueños, somos los anfitriones.",
        "figures": ["organizaciones en la red", "encuentros al año"],
        "links": ["Sitio web del municipio de Deventer"],
    },
    "utrecht-global-goals-stad": {
        "slug": "utrecht-ciudad-de-los-objetivos-globales",
        "title": "Utrecht, la primera ciudad de los Objetivos Globales",
        "summary": "En 2016 Utrecht se declaró ciudad de los Objetivos Globales, con el objetivo "
        "11 al frente: una ciudad sana, verde e inclusiva para una población que crece rápido.",
        "intro": "Utrecht crece deprisa. La ciudad quiere que el crecimiento vaya unido a la "
        "salud, las zonas verdes y la vivienda asequible, con los Objetivos Globales como brújula.",
        "heading": "Vida urbana saludable para todos",
        "text": "Los barrios ganan verde y espacio para caminar y pedalear. Las iniciativas "
        "vecinales reciben un escenario y pequeños presupuestos.",
        "quote": "Una ciudad que crece debe seguir siendo una ciudad sana.",
        "figures": ["año de la declaración", "el objetivo prioritario"],
        "links": ["Sitio web del municipio de Utrecht"],
    },
    "rotterdam-sdg-dashboard": {
        "slug": "rotterdam-panel-ods",
        "title": "Rotterdam mide su avance con un panel de los ODS",
        "summary": "Rotterdam probó un panel que vincula las cifras municipales con los "
        "Objetivos Globales. Visitantes extranjeros vienen a ver cómo funciona.",
        "intro": "Quien fija objetivos quiere saber si se acerca a ellos. Rotterdam buscó cómo "
        "mostrarlo con cifras que la ciudad ya recoge.",
        "heading": "Cifras existentes, una nueva visión de conjunto",
        "text": "El panel reutiliza datos de empleo, vivienda, energía y seguridad. Por cada "
        "objetivo se ve la tendencia y el funcionario responsable.",
        "quote": "El panel hace concreta la conversación.",
        "figures": ["indicadores en el panel", "visitas de estudio extranjeras al año"],
        "links": ["Sitio web del municipio de Róterdam"],
    },
    "amsterdam-almere-veerkrachtige-steden": {
        "slug": "amsterdam-almere-ciudades-resilientes",
        "title": "Ámsterdam y Almere comparten saber sobre ciudades resilientes",
        "summary": "Dos ciudades neerlandesas bajo el nivel del mar trabajan con ciudades "
        "costeras de Indonesia y Sudáfrica frente al agua y el calor.",
        "intro": "Ámsterdam y Almere saben vivir con el agua. Sus ciudades socias afrontan la "
        "subida del mar y lluvias intensas.",
        "heading": "Del intercambio a la estrategia",
        "text": "Los funcionarios se visitan y elaboran juntos una estrategia local de reducción "
        "del riesgo, como pide el Marco de Sendai.",
        "quote": "Aprendimos que al agua no se la combate: se le deja espacio.",
        "figures": [
            "ciudades socias y municipios neerlandeses",
            "funcionarios formados",
            "estrategias locales aprobadas",
        ],
        "links": ["Sitio web del municipio de Ámsterdam", "Sitio web del municipio de Almere"],
    },
    "den-haag-lokaal-bestuur-midden-oosten": {
        "slug": "la-haya-gobierno-local-oriente-medio",
        "title": "La Haya comparte experiencia con municipios de Oriente Medio",
        "summary": "La Haya, sede de la VNG y de VNG International, ayuda a municipios de "
        "Líbano, Jordania y Túnez a mejorar sus servicios para vecinos y refugiados.",
        "intro": "Los municipios de la región acogen a muchos refugiados. Eso exige mucho de la "
        "recogida de residuos, el agua y la confianza vecinal.",
        "heading": "Servicios que llegan a todos",
        "text": "Funcionarios de La Haya colaboran en planes de residuos y agua, y en consultas "
        "donde los vecinos expresan sus preocupaciones.",
        "quote": "El buen gobierno empieza por escuchar a los vecinos.",
        "figures": ["municipios socios", "habitantes con mejores servicios"],
        "links": ["Sitio web del municipio de La Haya", "Sitio web de VNG International"],
    },
    "leeuwarden-waterkennis-voor-delegaties": {
        "slug": "leeuwarden-conocimiento-del-agua",
        "title": "Leeuwarden recibe delegaciones para aprender sobre el agua",
        "summary": "Leeuwarden, ciudad de agua del norte, recibe delegaciones extranjeras y "
        "comparte su saber sobre agua potable y gestión hídrica.",
        "intro": "Frisia vive con el agua. Delegaciones de Marruecos y Ghana vinieron a ver cómo "
        "cooperan el municipio, la junta de aguas y las empresas.",
        "heading": "Aprender en la práctica",
        "text": "Los visitantes acompañan al personal de las depuradoras. De vuelta en casa, "
        "aplican lo que conviene a su ciudad.",
        "quote": "Lo que vimos aquí lo hablamos ahora con nuestra propia empresa de agua.",
        "figures": ["delegaciones recibidas", "ciudades socias"],
        "links": ["Sitio web del municipio de Leeuwarden"],
    },
    # --- campaigns --------------------------------------------------------------------------
    "millenniumgemeenten": {
        "slug": "municipios-del-milenio",
        "title": "Municipios del Milenio",
        "short_name": "Municipio del Milenio",
        "intro": "De 2007 a 2015, municipios neerlandeses se comprometieron con los ocho "
        "Objetivos del Milenio. La campaña llegó a 160 participantes.",
        "how_to_join": [
            "La campaña terminó; los municipios pueden unirse ahora a Municipios4GlobalGoals."
        ],
        "vision": "La ciudadanía mundial empieza en casa: vecinos, escuelas y empresas "
        "contribuyen a un mundo más justo.",
        "principles": [
            ("Un embajador", "Cada municipio del Milenio nombraba un embajador de los objetivos."),
            (
                "Visible en la entrada",
                "Carteles en los accesos mostraban que el municipio participaba.",
            ),
        ],
    },
    "gemeenten4globalgoals": {
        "slug": "municipios4globalgoals",
        "title": "Municipios4GlobalGoals",
        "short_name": "G4GG",
        "intro": "Municipios4GlobalGoals es la campaña de los municipios neerlandeses que "
        "trabajan localmente por los diecisiete Objetivos Globales. Sucedió en 2016 a la "
        "campaña del Milenio.",
        "how_to_join": [
            "El gobierno municipal decide participar; un acuerdo del pleno es opcional.",
            "El municipio se inscribe con el formulario en línea.",
            "Recibe un paquete de bienvenida con su propio logotipo de campaña.",
        ],
        "vision": "Los Objetivos Globales se ganan o se pierden en los municipios. Los miembros "
        "muestran lo que es posible localmente y aprenden unos de otros.",
        "principles": [
            (
                "Todo empieza en lo local",
                "Lo que un municipio hace por la vivienda, el empleo y "
                "la energía cuenta para los objetivos.",
            ),
            ("Con los socios", "Vecinos, empresas, escuelas y asociaciones son imprescindibles."),
            ("Hacerlo visible", "Mostrar lo que ya se hace inspira a otros."),
        ],
        "faq": [
            (
                "¿Hay condiciones para participar?",
                "No. Cualquier municipio puede participar, sea cual sea su tamaño.",
            ),
            (
                "¿Participar cuesta dinero?",
                "No, es gratis. Cada municipio decide cuánto tiempo y presupuesto dedica.",
            ),
            (
                "¿Hace falta un acuerdo del pleno?",
                "No, basta con una decisión del gobierno "
                "municipal. Un acuerdo del pleno aporta más respaldo.",
            ),
            (
                "¿Qué incluye el paquete de bienvenida?",
                "Un logotipo con el nombre del municipio, una bandera e ideas para empezar.",
            ),
        ],
        "events": [
            (
                "Encuentro regional Sur",
                "Municipios de Brabante y Limburgo intercambian experiencias.",
            ),
            ("Encuentro regional Norte", "Se reúnen municipios de Groninga, Frisia y Drente."),
            (
                "Día de la bandera de los Objetivos Globales",
                "En torno al aniversario de los objetivos, los municipios izan la bandera.",
            ),
            (
                "Entrega de los premios de los Objetivos Globales",
                "Premios en tres categorías: conector, visionario y pionero.",
            ),
        ],
    },
}
