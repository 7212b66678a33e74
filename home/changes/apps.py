from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChangesConfig(AppConfig):
    """Change events (the outbox), webhook subscriptions and their deliveries, background jobs."""

    name = "home.changes"
    label = "changes"
    verbose_name = _("Changes and webhooks")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home.changes import receivers, retention, worker
        from home.serving import exposure

        receivers.connect()
        worker.register_periodic("purge_changes", retention.purge, every=3600)
        worker.register_periodic("check_exposure", exposure.check, every=3600)
