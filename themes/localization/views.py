"""The "Translation status" report: per page and reference item, which languages exist and how
far each one is."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.serving.languages import content_language_codes
from home.serving.versions import originals
from themes.localization.report import ReportFilters, csv_response, matches, state_of
from themes.localization.status import translation_statuses
from themes.models import Agenda, BestPracticePage, ContactPerson, Country, Goal

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


def status_rows(objects, edit_url, statuses=None) -> list[dict]:
    """One row per object: the object, its edit link and a cell per language with its status,
    edit link, and the link that starts ("translate") or updates ("update") the translation."""
    versions = {}
    by_model = {}
    for obj in objects:
        by_model.setdefault(obj.get_translation_model(), []).append(obj.translation_key)
    for model, keys in by_model.items():
        for version in model._default_manager.filter(translation_key__in=keys).select_related(
            "locale"
        ):
            versions[(version.translation_key, version.locale.language_code)] = version
    if statuses is None:
        statuses = translation_statuses(objects)
    rows = []
    for obj, status in zip(objects, statuses, strict=True):
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
                    "translate_url": translate_url(obj, code)
                    if state_of(locale_status) in ("missing", "to_translate")
                    else None,
                    "update_url": reverse(
                        "wagtail_localize:update_translations", args=[status.source_id]
                    )
                    if locale_status and locale_status.out_of_date and status.source_id
                    else None,
                }
            )
        rows.append(
            {
                "object": obj,
                "url": edit_url(obj),
                "kind": obj._meta.verbose_name,
                "source_locale": status.source_locale,
                "cells": cells,
            }
        )
    return rows


def translate_url(obj, code: str) -> str:
    """wagtail-localize's "Translate" form for `obj` (the original) with `code` ticked."""
    if isinstance(obj, Page):
        url = reverse("wagtail_localize:submit_page_translation", args=[obj.pk])
    else:
        meta = obj._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[meta.app_label, meta.model_name, obj.pk],
        )
    return f"{url}?{urlencode({'select_locale': code})}"


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

    def get(self, request, *args, **kwargs):
        pages = source_pages(request.user)
        items = reference_items(request.user)
        types = {p.content_type.model: p.content_type.name for p in pages}
        types.update({i._meta.model_name: i._meta.verbose_name for i in items})
        self.filters = ReportFilters(request.GET or None, types=types)
        chosen = self.filters.values() if request.GET else {}
        pages, page_statuses = self.filtered(
            pages, chosen, page_type=lambda p: p.content_type.model
        )
        items, item_statuses = self.filtered(items, chosen, page_type=lambda i: i._meta.model_name)
        if chosen.get("promoted"):
            promoted = set(
                BestPracticePage.objects.filter(promote_internationally=True).values_list(
                    "translation_key", flat=True
                )
            )
            kept = [i for i, p in enumerate(pages) if p.translation_key in promoted]
            pages = [pages[i] for i in kept]
            page_statuses = [page_statuses[i] for i in kept]
            items, item_statuses = [], []
        if request.GET.get("format") == "csv":
            return csv_response(
                status_rows(pages, page_edit_url, page_statuses)
                + status_rows(items, snippet_edit_url, item_statuses)
            )
        self.pages, self.page_statuses = pages, page_statuses
        self.items, self.item_statuses = items, item_statuses
        return super().get(request, *args, **kwargs)

    @staticmethod
    def filtered(objects, chosen, *, page_type):
        """The objects (and their statuses) that pass the type, language and state filters."""
        if chosen.get("type"):
            objects = [obj for obj in objects if page_type(obj) == chosen["type"]]
        statuses = translation_statuses(objects)
        kept = [
            (obj, status)
            for obj, status in zip(objects, statuses, strict=True)
            if matches(status, chosen.get("language", ""), chosen.get("state", ""))
        ]
        return [obj for obj, _s in kept], [status for _o, status in kept]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = Paginator(range(len(self.pages)), PAGE_SIZE)
        page_obj = paginator.get_page(self.request.GET.get("p"))
        shown = slice(page_obj.start_index() - 1, page_obj.end_index()) if self.pages else slice(0)
        query = self.request.GET.copy()
        query.pop("p", None)
        query.pop("format", None)
        context.update(
            rows=status_rows(self.pages[shown], page_edit_url, self.page_statuses[shown]),
            reference_rows=status_rows(self.items, snippet_edit_url, self.item_statuses),
            languages=content_language_codes(),
            page_obj=page_obj,
            paginator=paginator,
            filters=self.filters,
            query=query.urlencode(),
        )
        return context
