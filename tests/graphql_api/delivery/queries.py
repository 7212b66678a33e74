"""The documents the delivery tests send."""

EXAMPLE = """query Example($path: String!) {
  page(urlPath: $path) {
    title
    ... on BestPracticePage {
      themes { title }
      goals { name }
      body {
        ... on PageLinkBlock { page { title urlPath } }
        ... on ParagraphBlock { html }
      }
    }
  }
}"""

LIST = """query List($locale: String) {
  bestPractices(locale: $locale) { totalCount results { title themes { title } } }
}"""

OTHER = """{ page(urlPath: "/nl/voorbeelden/ander/") { title } }"""
