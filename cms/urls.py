from pathlib import Path

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import frontend, sitemaps

# A database outage is a 503 with Retry-After (JSON for the API), anything else Django's 500.
handler500 = "cms.outages.server_error"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("newsletter/", include("themes.engagement.urls")),
    path("", include("graphql_api.urls")),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap"),
    path("sitemap-<str:code>.xml", sitemaps.sitemap_language, name="sitemap_language"),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    path("", frontend.page_address, name="service_root"),
]

if not settings.DEBUG and not settings.S3_BUCKET:
    # One node with media on its own disk: serve the renditions (public by design) from here;
    # originals stay unserved. With S3_BUCKET the bucket (or a CDN in front) serves them.
    from django.views.static import serve

    urlpatterns += [
        re_path(
            r"^media/images/(?P<path>.+)$",
            serve,
            {"document_root": Path(settings.MEDIA_ROOT) / "images"},
        )
    ]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# The service's own sections are never page addresses: without this, Django's LocaleMiddleware
# would turn a 404 under /admin/ or /graphql/ into a redirect to /<language>/admin/….
SERVICE_PATHS = r"^(?!(?:admin|django-admin|documents|graphql)/)"

# Pages are routed with their language prefix (/nl/…, /en/…); this is the `urlPath` of the API.
# The service shows no pages: their addresses lead to the partner frontend (cms/frontend.py);
# the name `wagtail_serve` stays, so Wagtail builds page paths as before.
urlpatterns += i18n_patterns(
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        frontend.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    *[url for url in wagtail_urls.urlpatterns if url.name == "wagtailcore_login"],
    re_path(
        SERVICE_PATHS + wagtail_urls.serve_pattern.lstrip("^"),
        frontend.page_address,
        name="wagtail_serve",
    ),
    prefix_default_language=True,
)
