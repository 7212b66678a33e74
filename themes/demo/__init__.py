"""Demo content for `manage.py load_demo`: data modules by domain, translations by language,
and the builders that store them through Wagtail and wagtail-localize."""
