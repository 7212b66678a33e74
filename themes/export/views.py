"""The "Promotion export" admin screen: choose languages, watch the progress, download the zip.

The export runs in the request that starts it and streams its progress into the page as it goes
(a few bytes per percent), then the download link; no worker or task queue is needed, and closing
the page stops the export and removes its files. Each user's zips are kept for a day in
`VNG_PROMOTION_EXPORT_ROOT` (default: a folder in the system's temporary directory).
"""

import json
import logging
import tempfile
import time
import uuid
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.files import File
from django.core.files.storage import default_storage
from django.http import FileResponse, StreamingHttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from themes.export.run import ExportError, export_steps
from themes.export.source import ApiSource, SourceError

logger = logging.getLogger(__name__)
KEEP_SECONDS = 24 * 60 * 60
MARKER = "<!--export-progress-->"
ZIP_FOLDER = "vng-promotion"  # the folder the zip unpacks into


def export_root(user) -> Path:
    root = getattr(settings, "VNG_PROMOTION_EXPORT_ROOT", None) or (
        Path(tempfile.gettempdir()) / "vng-promotion-exports"
    )
    folder = Path(root) / str(user.pk)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def stored_name(user, job) -> str:
    """Where a finished zip lives in the media storage when exports are kept there."""
    return f"exports/{user.pk}/{job}.zip"


def keep_export(path: Path, user, job) -> None:
    """With object storage (S3_BUCKET), move the finished zip there so that whichever node
    answers the download finds it; the bucket's lifecycle rule removes it after a day."""
    if not settings.VNG_EXPORTS_IN_STORAGE:
        return
    with path.open("rb") as zip_file:
        default_storage.save(stored_name(user, job), File(zip_file))
    path.unlink(missing_ok=True)


def open_export(user, job):
    """The user's finished zip, opened, from the storage or this node's folder; or None."""
    if not job.isalnum():
        return None
    if settings.VNG_EXPORTS_IN_STORAGE:
        name = stored_name(user, job)
        return default_storage.open(name, "rb") if default_storage.exists(name) else None
    path = export_root(user) / f"{job}.zip"
    return path.open("rb") if path.exists() else None


def remove_old_exports(folder: Path):
    limit = time.time() - KEEP_SECONDS
    for path in folder.glob("*.zip"):
        if path.stat().st_mtime < limit:
            path.unlink(missing_ok=True)


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
        return self.render_to_response(self.get_context_data(form=self._form()))

    def post(self, request):
        form = self._form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        codes = form.cleaned_data["locales"]
        page = self.get_context_data(form=None, running=True, codes=codes)
        head, tail = self.render_to_response(page).render().content.decode().split(MARKER)
        response = StreamingHttpResponse(
            self._stream(request.user, codes, head, tail), content_type="text/html; charset=utf-8"
        )
        response["X-Accel-Buffering"] = "no"  # let nginx pass the progress on as it comes
        response["Cache-Control"] = "no-store"
        return response

    def _stream(self, user, codes, head, tail):
        yield head + " " * 1024  # browsers start rendering after the first kilobyte
        folder = export_root(user)
        remove_old_exports(folder)
        job = uuid.uuid4().hex
        try:
            steps = export_steps(codes, zip_path=folder / f"{job}.zip", zip_folder=ZIP_FOLDER)
            for step in steps:
                yield _progress_script(step.percent, step.message)
        except (ExportError, SourceError) as error:
            yield render_to_string("export/admin/failed.html", {"message": str(error)})
        except Exception:
            # The page is half sent: say so in it rather than leave the progress bar hanging.
            logger.exception("The promotion export failed.")
            message = _(
                "Something went wrong on the server; the details are in its log. Try again later."
            )
            yield render_to_string("export/admin/failed.html", {"message": message})
        else:
            keep_export(folder / f"{job}.zip", user, job)
            yield render_to_string(
                "export/admin/done.html",
                {"url": reverse("promotion_export_download", args=[job]), "codes": codes},
            )
        yield tail


def _progress_script(percent, message):
    arguments = json.dumps([percent, message]).replace("<", "\\u003c")
    return f"<script>vngExportProgress(...{arguments})</script>\n"


class PromotionExportDownloadView(View):
    def get(self, request, job):
        zip_file = open_export(request.user, job)
        if zip_file is None:
            messages.error(
                request, _("This export has expired or was made by someone else; export again.")
            )
            return redirect("promotion_export")
        name = f"{ZIP_FOLDER}-{timezone.localdate().isoformat()}.zip"
        return FileResponse(zip_file, as_attachment=True, filename=name)
