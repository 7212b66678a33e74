from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from home.routing import forget_overrides
        from home.serving import exposure

        site_settings = self.get_model("SiteSettings")
        for signal in (post_save, post_delete):
            signal.connect(
                forget_overrides, sender=site_settings, dispatch_uid=f"frontend-{signal}"
            )
        # First of the page receivers (home is the first app): the change events and the
        # cache invalidation read the exposure table (tests/home/test_exposure.py).
        exposure.connect(self)
