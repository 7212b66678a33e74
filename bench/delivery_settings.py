"""Production settings plus a hello-world JSON view at /bench/hello/ (bench/delivery.py only):
the ceiling a cached API answer is measured against, on the same server and stack."""

from cms.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.delivery_urls"
