"""StreamField block types of the API; `graphql_api.streamfield` builds them."""
