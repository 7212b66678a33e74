"""Short texts the demo repeats on many pages, in every language."""

# The alt text of a hero image and of the detail image in the body; {goals} lists goal numbers.
HERO_ALT = {
    "nl": "Abstracte illustratie met vlakken in de kleuren van Global Goals {goals}",
    "en": "Abstract illustration with shapes in the colours of Global Goals {goals}",
    "fr": "Illustration abstraite aux couleurs des objectifs mondiaux {goals}",
    "es": "Ilustración abstracta con los colores de los Objetivos Globales {goals}",
    "ar": "رسم تجريدي بألوان الأهداف العالمية {goals}",
}
DETAIL_ALT = {
    "nl": "Detail: cirkels en banen in de kleuren van Global Goals {goals}",
    "en": "Detail: circles and bands in the colours of Global Goals {goals}",
    "fr": "Détail : cercles et bandes aux couleurs des objectifs mondiaux {goals}",
    "es": "Detalle: círculos y franjas con los colores de los Objetivos Globales {goals}",
    "ar": "تفصيل: دوائر وأشرطة بألوان الأهداف العالمية {goals}",
}
DETAIL_CAPTION = {
    "nl": "Illustratie gemaakt voor dit voorbeeld",
    "en": "Illustration made for this example",
    "fr": "Illustration réalisée pour cet exemple",
    "es": "Ilustración hecha para este ejemplo",
    "ar": "رسم أُعدّ لهذا المثال",
}
CALL_TO_ACTION = {
    "nl": {"title": "Meer weten over dit voorbeeld?", "label": "Naar de website"},
    "en": {"title": "Want to know more about this example?", "label": "Visit the website"},
    "fr": {"title": "Envie d'en savoir plus sur cet exemple ?", "label": "Voir le site web"},
    "es": {"title": "¿Quiere saber más sobre este ejemplo?", "label": "Visitar el sitio web"},
    "ar": {"title": "هل تريد معرفة المزيد عن هذا المثال؟", "label": "زيارة الموقع"},
}
# The home page of every language keeps the organisation's name as its title.
HOME_SLUGS = {"en": "home-en", "fr": "home-fr", "es": "home-es", "ar": "home-ar"}


def goal_list(numbers: list[int]) -> str:
    return ", ".join(str(number) for number in numbers)


def hero_alt(locale_code: str, goals: list[int]) -> str:
    return HERO_ALT[locale_code].format(goals=goal_list(goals))


def detail_alt(locale_code: str, goals: list[int]) -> str:
    return DETAIL_ALT[locale_code].format(goals=goal_list(goals))
