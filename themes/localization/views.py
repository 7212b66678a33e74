"""The "Translation status" report: per page and reference item, which languages exist and how
far each one is."""

from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.serving.languages import content_language_codes
from home.serving.versions import originals
from themes.localization.status import translation_statuses
from themes.models import Agenda, ContactPerson, Country, Goal

PAGE_SIZE = 50
REFERENCE_MODELS = (Agenda, Goal, Country, ContactPerson)


def source_pages(user) -> list[Page]:
    """The original of every page the user may edit, in tree order; no root, no aliases."""
    pages = (
        PagePermissionPolicy()
        .instances_user_has_permission_for(user, "change")
        .filter(depth__gt=1)
        .select_related("content_type")
        .order_by("path")
    )
    return originals(pages)


def reference_items(user) -> list:
    """The original of every translatable reference item the user may change."""
    items = []
    for model in REFERENCE_MODELS:
        if user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}"):
            items += originals(model.objects.order_by("pk"))
    return items


def status_rows(objects, edit_url) -> list[dict]:
    """One row per object: the object and a cell per language with its status and edit link."""
    versions = {}
    by_model = {}
    for obj in objects:
        by_model.setdefault(obj.get_translation_model(), []).append(obj.translation_key)
    for model, keys in by_model.items():
        for version in model._default_manager.filter(translation_key__in=keys).select_related(
            "locale"
        ):
            versions[(version.translation_key, version.locale.language_code)] = version
    rows = []
    for obj, status in zip(objects, translation_statuses(objects), strict=True):
        cells = []
        for code in content_language_codes():
            locale_status = status.for_locale(code)
            version = versions.get((obj.translation_key, code))
            cells.append(
                {
                    "code": code,
                    "status": locale_status,
                    "is_source": code == status.source_locale,
                    "machine_percent": round(100 * locale_status.machine_share)
                    if locale_status
                    else 0,
                    "edit_url": edit_url(version) if version else None,
                }
            )
        rows.append(
            {
                "object": obj,
                "kind": obj._meta.verbose_name,
                "source_locale": status.source_locale,
                "cells": cells,
            }
        )
    return rows


def page_edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def snippet_edit_url(item) -> str:
    return reverse(item.snippet_viewset.get_url_name("edit"), args=[item.pk])


class TranslationStatusReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "localization/admin/status_report.html"
    page_title = _("Translation status")
    header_icon = "globe"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = Paginator(source_pages(self.request.user), PAGE_SIZE)
        page_obj = paginator.get_page(self.request.GET.get("p"))
        context.update(
            rows=status_rows(list(page_obj.object_list), page_edit_url),
            reference_rows=status_rows(reference_items(self.request.user), snippet_edit_url),
            languages=content_language_codes(),
            page_obj=page_obj,
            paginator=paginator,
        )
        return context
