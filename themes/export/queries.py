"""The GraphQL documents the export sends. One list query per language (about 230 tokens, under
the API's limit of 500) brings everything the listings and the example pages show."""

LOCALES = """
query ExportLocales { locales { code name isDefault direction } }
"""

EXAMPLES = """
query ExportExamples($locale: String!, $limit: Int!, $offset: Int!) {
  bestPractices(locale: $locale, filters: {promoted: true}, pagination: {limit: $limit, offset: $offset}) {
    totalCount
    results {
      id title slug urlPath summary locale isFallback firstPublishedAt lastPublishedAt
      startDate endDate partnerCities region
      translations { urlPath url machineTranslated }
      translationStatus { state percentComplete sourceLocale }
      themes { slug title urlPath translations { urlPath } }
      goals { number name colour }
      partnerCountries { isoCode name }
      municipalities { name }
      heroImage { ...picture }
      keyFigures { value unit label }
      body {
        __typename
        ... on ParagraphBlock { html }
        ... on HeadingBlock { text level }
        ... on QuoteBlock { text attribution }
        ... on ImageBlock { alt caption credit image { ...picture } }
        ... on KeyFiguresBlock { figures { value unit label } }
        ... on FAQItemBlock { question answerHtml }
      }
    }
  }
}
fragment picture on Image {
  alt credit srcset(widths: [320, 640, 960, 1200])
  fallback: rendition(spec: "width-800") { url width height }
}
"""

ABOUT = """
query ExportAbout($locale: String!) {
  programmes(locale: $locale) { title year summary }
  campaigns(locale: $locale) { title intro startedOn endedOn }
}
"""

THEMES = """
query ExportThemes($locale: String!, $year: Int!) {
  themes(locale: $locale, year: $year) { number title }
}
"""

COUNT = """
query ExportCount($locale: String!) {
  bestPractices(locale: $locale, filters: {promoted: true}, pagination: {limit: 1}) { totalCount }
}
"""
