"""The "Promotion export" admin screen: choose languages, watch the progress, download the zip.

Pressing *Export* queues a background job that the worker (`manage.py worker`) runs; the job's
page shows its progress (it reloads itself every few seconds) and, when the job is done, the
download link. Each user sees and downloads only their own exports; zips are kept for a day
(`themes/export/storage.py`).
"""

from django import forms
from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from home.changes import jobs
from home.changes.models import Job
from themes.export.jobs import KIND
from themes.export.source import ApiSource
from themes.export.storage import ZIP_FOLDER, open_export

REFRESH_SECONDS = 2  # how often the job's page reloads while the export runs


class ExportForm(forms.Form):
    locales = forms.MultipleChoiceField(
        label=gettext_lazy("Languages"),
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("The export has one version of the site per language chosen."),
        error_messages={"required": gettext_lazy("Choose at least one language to export.")},
    )

    def __init__(self, *args, languages, counts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locales"].choices = [
            (
                language.code,
                _("%(name)s (%(code)s): %(count)d examples")
                % {"name": language.name, "code": language.code, "count": counts[language.code]},
            )
            for language in languages
        ]
        self.fields["locales"].initial = [
            language.code for language in languages if not language.is_default
        ]


class PromotionExportView(WagtailAdminTemplateMixin, View):
    page_title = gettext_lazy("Promotion export")
    header_icon = "download"
    template_name = "export/admin/index.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def _form(self, data=None):
        source = ApiSource()
        languages = source.languages()
        counts = {language.code: source.count(language.code) for language in languages}
        return ExportForm(data, languages=languages, counts=counts)

    def get(self, request):
        recent = Job.objects.filter(kind=KIND, user=request.user).order_by("-pk")[:5]
        return self.render_to_response(
            self.get_context_data(form=self._form(), recent_jobs=list(recent))
        )

    def post(self, request):
        form = self._form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        job = jobs.enqueue(KIND, user=request.user, codes=form.cleaned_data["locales"])
        return redirect("promotion_export_job", job.pk)


def _own_job(request, pk) -> Job:
    return get_object_or_404(Job, pk=pk, kind=KIND, user=request.user)


class PromotionExportJobView(WagtailAdminTemplateMixin, View):
    """One export: its progress while the worker runs it, then the download or the error."""

    page_title = gettext_lazy("Promotion export")
    header_icon = "download"
    template_name = "export/admin/job.html"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("promotion_export"), "label": self.page_title},
            {"url": "", "label": _("Export %(number)s") % {"number": self.kwargs["pk"]}},
        ]

    def get(self, request, pk):
        job = _own_job(request, pk)
        finished = job.status in (Job.Status.DONE, Job.Status.FAILED)
        context = self.get_context_data(
            job=job,
            codes=job.params.get("codes", []),
            finished=finished,
            refresh=None if finished else REFRESH_SECONDS,
            download_url=reverse("promotion_export_download", args=[job.pk])
            if job.status == Job.Status.DONE
            else "",
        )
        response = self.render_to_response(context)
        response["Cache-Control"] = "no-store"
        return response


class PromotionExportDownloadView(View):
    def get(self, request, pk):
        try:
            job = _own_job(request, pk)
        except Http404:
            job = None
        zip_file = open_export(request.user, job.result) if job and job.result else None
        if zip_file is None:
            messages.error(
                request, _("This export has expired or was made by someone else; export again.")
            )
            return redirect("promotion_export")
        name = f"{ZIP_FOLDER}-{timezone.localdate().isoformat()}.zip"
        return FileResponse(zip_file, as_attachment=True, filename=name)
