"""CORS for `/graphql/` (django-cors-headers): which web origins a browser may call it from.

Allowed: the origins in `API_CORS_ORIGINS` (settings `CORS_ALLOWED_ORIGINS`) and the allowed
origins of every active API key. Credentials (cookies) are never allowed; preflight `OPTIONS`
answers 200 with the allowed methods and headers (the middleware answers it before the view).
The keys' origins are kept in the shared cache and forgotten whenever a key is saved.
"""

from corsheaders.signals import check_request_enabled

from graphql_api.delivery import cache as response_cache
from graphql_api.models import ApiKey

ORIGINS_KEY = "dk:origins"
ORIGINS_SECONDS = 300


def key_origins() -> frozenset[str]:
    store = response_cache.cache()
    origins = store.get(ORIGINS_KEY)
    if origins is None:
        origins = frozenset(
            origin for key in ApiKey.objects.filter(active=True) for origin in key.origins()
        )
        store.set(ORIGINS_KEY, origins, ORIGINS_SECONDS)
    return origins


def forget_origins() -> None:
    response_cache.cache().delete(ORIGINS_KEY)


def allowed_by_a_key(sender, request, **kwargs) -> bool:
    origin = request.headers.get("Origin", "").rstrip("/")
    return bool(origin) and request.path_info.startswith("/graphql") and origin in key_origins()


def connect() -> None:
    check_request_enabled.connect(allowed_by_a_key, dispatch_uid="delivery-cors-keys")
