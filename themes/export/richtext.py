"""Rich text from the API, made fit for a static site: links to exported examples point at their
files, other site-relative links lose their address (the text stays), and nothing can load a
resource from elsewhere (no images, frames or scripts)."""

import nh3

TAGS = {"p", "br", "h2", "h3", "h4", "b", "strong", "i", "em", "ul", "ol", "li", "a", "blockquote"}
EXTERNAL = ("https://", "http://", "mailto:")


def clean_body_html(html, resolve):
    """`resolve(address)` returns the relative address of an exported page, or None; page links
    are the pages' partner-website addresses, so an absolute address may be an exported page."""

    def rewrite(tag, attribute, value):
        if tag != "a" or attribute != "href":
            return value
        exported = resolve(value) or resolve(value.rstrip("/") + "/")
        if exported or not value.startswith(EXTERNAL):
            return exported
        return value

    return nh3.clean(
        html,
        tags=TAGS,
        attributes={"a": {"href"}},
        attribute_filter=rewrite,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener",
    )
