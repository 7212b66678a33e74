"""GraphQL documents shared by the benchmarks and the tests that pin their query counts, so the
list a benchmark times is the list a test keeps flat (`tests/graphql_api/test_query_counts.py`,
`bench/serving.py`)."""

# The bestPractices list of 50 in English with themes, goals, municipalities, a hero image
# rendition and translations: ≤ 8 SQL queries (test), ≤ 20 ms in PostgreSQL (benchmark).
BEST_PRACTICES_LIST = """{ bestPractices(locale: "en", pagination: {limit: 50}) {
  results {
    title urlPath locale isFallback
    themes { title urlPath }
    goals { number name colour }
    municipalities { cbsCode name }
    heroImage { alt credit rendition(spec: "fill-400x300") { url width height } }
    translations { locale title urlPath machineTranslated }
  }
} }"""
# The same list with its total (a count of every matching row).
BEST_PRACTICES_LIST_WITH_TOTAL = BEST_PRACTICES_LIST.replace("results {", "totalCount results {", 1)
