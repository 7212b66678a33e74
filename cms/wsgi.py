"""The WSGI application gunicorn serves in each worker (`cms/gunicorn.py`).

Loading it also imports the URL configuration and with it the GraphQL schema, so the first
request does not pay for that, and then moves everything loaded so far out of the garbage
collector's sight (`gc.freeze()`): Django, Wagtail and the schema are some 270,000 objects that
live as long as the worker, and every full collection during a request would walk them again.
"""

import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")
application = get_wsgi_application()
get_resolver().url_patterns  # noqa: B018 - imports every app's URLs and views now
gc.freeze()
