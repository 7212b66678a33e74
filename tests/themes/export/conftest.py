from tests.themes.export.site_data import export_site

__all__ = ["export_site"]
