from django.apps import AppConfig


class ThemesConfig(AppConfig):
    name = "themes"
    verbose_name = "Programme content"

    def ready(self):
        from themes.export.panels import add_promotion_export_panel

        add_promotion_export_panel()
