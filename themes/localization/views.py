"""The "Translation status" report: per page, which languages exist and how far each one is."""

from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import TranslationSource

from themes.localization.locales import content_language_codes
from themes.localization.status import translation_statuses

PAGE_SIZE = 50


def source_pages(user):
    """The original language version of every page the user may edit, oldest first.

    The original is the version wagtail-localize translates from, or else the oldest version
    that is not an alias. Root and aliases are never listed.
    """
    pages = (
        PagePermissionPolicy()
        .instances_user_has_permission_for(user, "change")
        .filter(depth__gt=1, alias_of__isnull=True)
        .select_related("locale", "content_type")
        .order_by("path")
    )
    source_locales = dict(
        TranslationSource.objects.filter(object_id__in=pages.values("translation_key")).values_list(
            "object_id", "locale_id"
        )
    )
    originals = {}
    for page in pages:
        current = originals.get(page.translation_key)
        wanted = source_locales.get(page.translation_key)
        if current is None or (page.locale_id == wanted and current.locale_id != wanted):
            originals[page.translation_key] = page
    return list(originals.values())


class TranslationStatusReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "localization/admin/status_report.html"
    page_title = _("Translation status")
    header_icon = "globe"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = Paginator(source_pages(self.request.user), PAGE_SIZE)
        page_obj = paginator.get_page(self.request.GET.get("p"))
        pages = list(page_obj.object_list)
        versions = {
            (page.translation_key, page.locale.language_code): page
            for page in Page.objects.filter(
                translation_key__in=[page.translation_key for page in pages]
            ).select_related("locale")
        }
        rows = []
        for page, status in zip(pages, translation_statuses(pages), strict=True):
            cells = []
            for code in content_language_codes():
                locale_status = status.for_locale(code)
                version = versions.get((page.translation_key, code))
                cells.append(
                    {
                        "code": code,
                        "status": locale_status,
                        "is_source": code == status.source_locale,
                        "machine_percent": round(100 * locale_status.machine_share)
                        if locale_status
                        else 0,
                        "edit_url": reverse("wagtailadmin_pages:edit", args=[version.pk])
                        if version
                        else None,
                    }
                )
            rows.append({"page": page, "source_locale": status.source_locale, "cells": cells})
        context.update(
            rows=rows,
            languages=content_language_codes(),
            page_obj=page_obj,
            paginator=paginator,
        )
        return context
