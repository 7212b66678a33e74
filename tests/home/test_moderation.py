"""Moderation: Wagtail's "Moderators approval" workflow covers the whole tree; an editor submits
a page, a moderator approves it, and only then does it go live."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Page, Site, Workflow, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.factories import BestPracticeIndexPageFactory, BestPracticePageFactory
from tests.themes.editors import create_editor, log_in


class ModerationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = Site.objects.get(is_default_site=True).root_page.specific
        cls.index = BestPracticeIndexPageFactory(parent=cls.home)
        cls.page = BestPracticePageFactory(
            parent=cls.index, title="Afval scheiden", summary="Minder restafval."
        )
        cls.editor = create_editor()
        cls.moderator = get_user_model().objects.create_user(
            username="moderator", email="moderator@vng-international.example", password="x"
        )
        cls.moderator.groups.add(Group.objects.get(name="Moderators"))

    def test_the_moderators_approval_workflow_applies_to_the_whole_tree(self):
        workflow = Workflow.objects.get(name="Moderators approval")
        self.assertTrue(workflow.active)
        self.assertEqual(
            [
                (task.name, list(task.specific.groups.values_list("name", flat=True)))
                for task in workflow.tasks
            ],
            [("Moderators approval", ["Moderators"])],
        )
        self.assertEqual(list(workflow.workflow_pages.values_list("page__depth", flat=True)), [1])
        self.assertEqual(self.home.get_workflow(), workflow)
        self.assertEqual(self.page.get_workflow(), workflow)

    def edit_data(self, summary):
        return nested_form_data(
            {
                "title": self.page.title,
                "slug": self.page.slug,
                "summary": summary,
                "origin": "municipal",
                "region": "netherlands",
                "start_date": "2016-03-01",
                "body": streamfield([]),
                "key_figures": inline_formset([]),
                "downloads": inline_formset([]),
                "links": inline_formset([]),
                "action-submit": "Submit to Moderators approval",
            }
        )

    def test_an_editor_submits_and_a_moderator_approves(self):
        log_in(self.client, self.editor)
        edit_url = reverse("wagtailadmin_pages:edit", args=(self.page.pk,))
        response = self.client.post(edit_url, self.edit_data("Nog minder restafval."))
        self.assertRedirects(response, reverse("wagtailadmin_explore", args=(self.index.pk,)))

        page = Page.objects.get(pk=self.page.pk).specific
        state = page.current_workflow_state
        self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS)
        self.assertEqual(state.requested_by, self.editor)
        self.assertEqual(state.current_task_state.task.name, "Moderators approval")
        self.assertEqual(
            state.current_task_state.revision.as_object().summary, "Nog minder restafval."
        )
        self.assertEqual(page.summary, "Minder restafval.", "The live page waits for approval.")

        log_in(self.client, self.moderator)
        approve_url = reverse(
            "wagtailadmin_pages:workflow_action",
            args=(page.pk, "approve", state.current_task_state.pk),
        )
        response = self.client.post(approve_url, {"comment": "Helder."})
        self.assertEqual(response.status_code, 302)

        state.refresh_from_db()
        self.assertEqual(state.status, WorkflowState.STATUS_APPROVED)
        page.refresh_from_db()
        self.assertTrue(page.live)
        self.assertEqual(page.summary, "Nog minder restafval.")
