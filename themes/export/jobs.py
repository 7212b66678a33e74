"""The promotion export as a background job: the admin queues it, the worker runs it.

Registered with the worker in `themes/apps.py`; the job's progress and message come from
`export_steps`, its result is the name of the zip (see `themes/export/storage.py`).
"""

import uuid

from django.utils.translation import gettext as _

from home.changes.jobs import JobError
from themes.export.run import ExportError, export_steps
from themes.export.source import SourceError
from themes.export.storage import ZIP_FOLDER, export_root, keep_export, remove_old_exports

KIND = "promotion_export"


def run_export_job(job, progress) -> str:
    if job.user is None:
        raise JobError(_("The user who asked for this export no longer exists."))
    folder = export_root(job.user)
    remove_old_exports(folder)
    name = uuid.uuid4().hex
    try:
        for step in export_steps(
            job.params.get("codes", []), zip_path=folder / f"{name}.zip", zip_folder=ZIP_FOLDER
        ):
            progress(step.percent, step.message)
    except (ExportError, SourceError) as error:
        raise JobError(str(error)) from error
    keep_export(folder / f"{name}.zip", job.user, name)
    return name
