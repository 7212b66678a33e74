from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThemesConfig(AppConfig):
    name = "themes"
    verbose_name = _("Programme content")

    def ready(self):
        from django.conf import settings

        from home.changes import jobs, worker
        from themes.engagement.sending import send_engagement_mail
        from themes.export.jobs import KIND, run_export_job
        from themes.export.panels import add_promotion_export_panel
        from themes.localization.synced_trees import replace_wagtail_localize_receiver

        add_promotion_export_panel()
        # The one worker (`manage.py worker`) runs the export jobs and sends the engagement mail.
        jobs.register(KIND, run_export_job)
        worker.register_periodic(
            "engagement_mail", send_engagement_mail, every=lambda: settings.VNG_WORKER_MAIL_SECONDS
        )
        replace_wagtail_localize_receiver()
