from django.apps import AppConfig


class ThemesConfig(AppConfig):
    name = "themes"
    verbose_name = "Programme content"

    def ready(self):
        from themes.export.panels import add_promotion_export_panel

        add_promotion_export_panel()

        from themes.localization.synced_trees import replace_wagtail_localize_receiver

        replace_wagtail_localize_receiver()
