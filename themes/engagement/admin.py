"""The admin of public engagement: listings (filters, search, CSV export) of subscribers,
membership requests and advice requests, the decisions on requests, the dashboard panel, and
"send to subscribers" on newsletter issues.

Permissions are Django model permissions: the Editors group may view and change requests
(home/… data migration in themes/migrations); subscribers, i.e. their addresses, are only for
administrators. Imported from `themes/wagtail_hooks.py` so Wagtail registers the hooks.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from themes.engagement import privacy, sending, services
from themes.models import (
    AdviceRequest,
    MembershipRequest,
    NewsletterIssuePage,
    NewsletterSend,
    Subscriber,
)


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    name = "subscribers"
    url_prefix = "engagement/subscribers"
    icon = "mail"
    add_to_admin_menu = False
    list_display = ["email", "language", "status", "created_at", "confirmed_at"]
    list_filter = ["language", "status"]
    list_export = ["email", "language", "status", "topics", "consent_version", "created_at"]
    search_fields = ["email"]
    search_backend_name = None
    export_filename = "newsletter-subscribers"
    form_fields = ["language", "status", "topics"]
    inspect_view_enabled = True


# --- membership requests ---


class MembershipDecisionForm(WagtailAdminModelForm):
    decision = forms.ChoiceField(
        label=_("Decision"),
        required=False,
        choices=[
            ("", _("No decision yet")),
            ("approve", _("Approve: add the municipality to the campaign and mail the requester")),
            ("refuse", _("Refuse: mail the requester the reason below")),
        ],
    )

    def clean(self):
        data = super().clean()
        decision = data.get("decision")
        if decision and self.instance.status != MembershipRequest.Status.NEW:
            self.add_error("decision", _("This request is already decided; leave it as it is."))
        if decision == "refuse" and not data.get("refusal_reason", "").strip():
            self.add_error(
                "refusal_reason",
                _("Give the reason for the refusal; it is mailed to the requester."),
            )
        return data


class MembershipEditView(EditView):
    @transaction.atomic
    def save_instance(self):
        instance = super().save_instance()
        decision = self.form.cleaned_data.get("decision")
        if decision == "approve":
            services.approve_membership(instance, self.request.user, instance.joined_on)
        elif decision == "refuse":
            services.refuse_membership(instance, self.request.user, instance.refusal_reason)
        return instance


class MembershipRequestViewSet(ModelViewSet):
    model = MembershipRequest
    name = "membership_requests"
    url_prefix = "engagement/membership-requests"
    icon = "group"
    add_to_admin_menu = False
    edit_view_class = MembershipEditView
    list_display = ["municipality", "campaign", "contact_name", "status", "created_at"]
    list_filter = ["status", "language"]
    list_export = [
        "municipality",
        "campaign",
        "contact_name",
        "email",
        "role",
        "message",
        "language",
        "status",
        "joined_on",
        "created_at",
    ]
    search_fields = ["contact_name", "email", "municipality__name", "message"]
    search_backend_name = None
    export_filename = "campaign-membership-requests"
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("campaign", read_only=True),
                    FieldPanel("municipality", read_only=True),
                    FieldPanel("contact_name", read_only=True),
                    FieldPanel("email", read_only=True),
                    FieldPanel("role", read_only=True),
                    FieldPanel("message", read_only=True),
                    FieldPanel("status", read_only=True),
                ],
                heading=_("Request"),
            ),
            MultiFieldPanel(
                [FieldPanel("decision"), FieldPanel("joined_on"), FieldPanel("refusal_reason")],
                heading=_("Decision"),
            ),
        ],
        base_form_class=MembershipDecisionForm,
    )


# --- advice requests ---


class AdviceEditView(EditView):
    def save_instance(self):
        previous = AdviceRequest.objects.get(pk=self.object.pk).assignee_id
        instance = super().save_instance()
        if instance.assignee_id and instance.assignee_id != previous:
            services.assign_advice(instance, instance.assignee)
        return instance


class AdviceRequestViewSet(ModelViewSet):
    model = AdviceRequest
    name = "advice_requests"
    url_prefix = "engagement/advice-requests"
    icon = "help"
    add_to_admin_menu = False
    edit_view_class = AdviceEditView
    list_display = ["organisation", "country", "topic", "status", "assignee", "created_at"]
    list_filter = ["status", "assignee", "language"]
    list_export = [
        "organisation",
        "country",
        "name",
        "email",
        "topic",
        "question",
        "language",
        "status",
        "assignee",
        "created_at",
    ]
    search_fields = ["organisation", "name", "email", "question"]
    search_backend_name = None
    export_filename = "advice-requests"
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [
                            FieldPanel("organisation", read_only=True),
                            FieldPanel("country", read_only=True),
                        ]
                    ),
                    FieldRowPanel(
                        [FieldPanel("name", read_only=True), FieldPanel("email", read_only=True)]
                    ),
                    FieldPanel("topic", read_only=True),
                    FieldPanel("question", read_only=True),
                ],
                heading=_("Request"),
            ),
            FieldRowPanel([FieldPanel("status"), FieldPanel("assignee")]),
            FieldPanel("notes"),
        ]
    )

    def formfield_for_dbfield(self, db_field, **kwargs):
        if db_field.name == "assignee":
            kwargs["queryset"] = db_field.related_model.objects.filter(
                is_staff=True, is_active=True
            )
        return super().formfield_for_dbfield(db_field, **kwargs)


class EngagementGroup(ViewSetGroup):
    menu_label = _("Engagement")
    menu_icon = "mail"
    menu_order = 350
    items = (MembershipRequestViewSet, AdviceRequestViewSet, SubscriberViewSet)


@hooks.register("register_admin_viewset")
def register_engagement_viewsets():
    return EngagementGroup()


# --- dashboard ---


class WaitingPanel(Component):
    name = "engagement_waiting"
    order = 120
    template_name = "engagement/admin/waiting_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {
            "memberships": MembershipRequest.objects.filter(status="new").count(),
            "advice_new": AdviceRequest.objects.filter(status="new").count(),
            "advice_mine": AdviceRequest.objects.filter(
                status="assigned", assignee=self.user
            ).count(),
            "sends": NewsletterSend.objects.exclude(status="done").select_related("issue"),
        }


@hooks.register("construct_homepage_panels")
def add_waiting_panel(request, panels):
    user = request.user
    if user.has_perm("themes.view_membershiprequest") or user.has_perm("themes.view_advicerequest"):
        panels.append(WaitingPanel(user))


# --- newsletter sending ---


def _can_send(user, page) -> bool:
    return user.is_superuser or page.permissions_for_user(user).can_publish()


def newsletter_send_view(request, page_id):
    page = get_object_or_404(NewsletterIssuePage, pk=page_id)
    if not _can_send(request.user, page):
        raise PermissionDenied
    send = NewsletterSend.objects.filter(issue=page).first()
    tested = request.session.get("newsletter_tested", [])
    if request.method == "POST":
        if request.POST.get("action") == "test":
            if not request.user.email:
                messages.error(request, _("Your account has no e-mail address; add one first."))
            else:
                sending.send_test(page, request.user)
                request.session["newsletter_tested"] = [*tested, page.pk]
                messages.success(
                    request, _("A test was sent to %(email)s.") % {"email": request.user.email}
                )
        elif request.POST.get("action") == "send":
            if page.pk not in tested:
                messages.error(request, _("Send a test to yourself first and check it."))
            elif not page.live:
                messages.error(request, _("Publish the issue before sending it."))
            else:
                send, created = sending.queue_issue(page, request.user)
                if created:
                    messages.success(request, _("The issue is queued; the worker sends it."))
        return redirect("newsletter_send", page_id=page.pk)
    audience = Subscriber.objects.filter(
        status=Subscriber.Status.CONFIRMED, language=page.locale.language_code
    ).count()
    return TemplateResponse(
        request,
        "engagement/admin/newsletter_send.html",
        {
            "page": page,
            "send": send,
            "progress": send.progress() if send else None,
            "audience": audience,
            "tested": page.pk in tested,
        },
    )


def personal_data_view(request):
    """Export or erase everything about one address (administrators only)."""
    if not request.user.is_superuser:
        raise PermissionDenied
    email = request.POST.get("email", "").strip()
    if request.method == "POST" and email:
        if request.POST.get("action") == "export":
            import json

            response = HttpResponse(
                json.dumps(privacy.export(email), cls=privacy.json_encoder(), indent=2),
                content_type="application/json",
            )
            response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
            return response
        if request.POST.get("action") == "erase":
            counts = privacy.erase(email)
            messages.success(
                request, _("Erased %(n)s records about the address.") % {"n": sum(counts.values())}
            )
            return redirect("engagement_personal_data")
    return TemplateResponse(request, "engagement/admin/personal_data.html", {})


@hooks.register("register_admin_urls")
def register_engagement_urls():
    return [
        path("newsletter-send/<int:page_id>/", newsletter_send_view, name="newsletter_send"),
        path("personal-data/", personal_data_view, name="engagement_personal_data"),
    ]


@hooks.register("register_page_header_buttons")
def newsletter_send_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, NewsletterIssuePage) and _can_send(user, page):
        yield Button(
            _("Send to subscribers"),
            reverse("newsletter_send", args=[page.pk]),
            icon_name="mail",
            priority=80,
        )


class AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return AdministratorsMenuItem(
        _("Personal data"), reverse("engagement_personal_data"), icon_name="user", order=900
    )
