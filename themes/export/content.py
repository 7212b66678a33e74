"""What the export shows, independent of how the API names it: `source` fills these, the
templates and feeds read them."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    direction: str  # "ltr" or "rtl"
    is_default: bool = False


@dataclass(frozen=True)
class Term:
    """A value a reader can filter on: a theme, a goal or a country."""

    kind: str  # "theme", "goal" or "country"
    key: str  # its file name: goal number, ISO code, theme slug
    name: str
    colour: str = ""  # goals only: the official background colour
    text_colour: str = ""  # goals only: black or white, whichever contrasts best
    group: frozenset = frozenset()  # themes: the url paths of all its language versions

    @property
    def identity(self):
        """The same for the term in every language."""
        return (self.kind, self.group or self.key)


@dataclass
class Image:
    """A responsive image: `src` and `srcset` are storage names until the builder copies the files
    and rewrites them to paths inside the export."""

    src: str
    width: int
    height: int
    alt: str
    credit: str = ""
    srcset: list[tuple[str, int]] = field(default_factory=list)  # (storage name, width)


def readable_text_colour(background):
    """Black or white, whichever has the higher WCAG contrast on the `#RRGGBB` background."""
    channels = [int(background.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    on_white = 1.05 / (luminance + 0.05)
    on_black = (luminance + 0.05) / 0.05
    return "#000000" if on_black >= on_white else "#FFFFFF"


@dataclass
class Block:
    """One StreamField block of a body, reduced to what the export renders."""

    kind: str  # paragraph, heading, quote, image, key_figures, link, ...
    value: dict


@dataclass
class Translation:
    """Another live language version of an example (the API lists the served one too)."""

    url_path: str
    machine_translated: bool = False
    url: str = ""  # its address on the partner website


@dataclass
class Example:
    """One best-practice example as served in one language."""

    id: str
    title: str
    slug: str
    url_path: str
    summary: str
    language: str  # the language the text is in
    requested_language: str  # the language of the export it appears in
    is_fallback: bool
    machine_translated: bool
    translations: list[Translation]
    themes: list[Term]
    goals: list[Term]
    countries: list[Term]
    municipalities: list[str] = field(default_factory=list)
    partner_cities: str = ""
    region: str = ""
    start_date: str = ""  # ISO dates
    end_date: str = ""
    first_published_at: str = ""
    last_published_at: str = ""
    hero: Image | None = None
    key_figures: list[dict] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    partial_percent: int | None = None  # set when the served translation is only partial
    source_language: str = ""  # the language its untranslated text is in

    @property
    def group_key(self):
        """The same for every language version of the example: the set of its live pages."""
        return frozenset([self.url_path, *(t.url_path for t in self.translations)])

    link_addresses: frozenset = frozenset()  # partner-website addresses of every version

    @property
    def terms(self):
        return [*self.themes, *self.goals, *self.countries]

    def images(self):
        """Every image the example shows: the hero and the images in the body."""
        if self.hero:
            yield self.hero
        for block in self.body:
            if isinstance(block.value.get("image"), Image):
                yield block.value["image"]


@dataclass
class About:
    """The programme and the campaign behind the examples, for the about page."""

    programme_title: str = ""
    programme_summary: str = ""
    programme_year: str = ""
    programme_themes: list[str] = field(default_factory=list)
    campaign_title: str = ""
    campaign_intro: str = ""
    campaign_started: str = ""


@dataclass
class Edition:
    """Everything exported in one language."""

    language: Language
    examples: list[Example]
    about: About
