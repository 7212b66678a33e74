"""The admin of webhooks (Settings → Webhooks): subscriptions, the signing secret shown once,
the delivery log with "redeliver" and "send a test event".

Only users with the model permissions on subscriptions (administrators) see any of it.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from home.changes import subscriptions
from home.changes.models import EVENT_TYPES, Delivery, Subscription

LOG_PAGE_SIZE = 50


class SubscriptionForm(WagtailAdminModelForm):
    url = forms.URLField(
        label=_("URL"),
        max_length=1000,
        assume_scheme="https",
        help_text=_("The HTTPS address the events are POSTed to."),
    )
    event_types = forms.MultipleChoiceField(
        label=_("Event types"),
        choices=EVENT_TYPES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked: every event type."),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=[],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "None ticked: every language. Images and other events without a language are always sent."
        ),
    )

    class Meta:
        model = Subscription
        fields = ["name", "url", "event_types", "languages", "active", "owner_email", "api_key"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["languages"].choices = settings.WAGTAIL_CONTENT_LANGUAGES

    def clean_url(self):
        return subscriptions.clean_url(self.cleaned_data["url"])


def _secret_response(request, subscription, *, created: bool):
    return TemplateResponse(
        request,
        "changes/secret.html",
        {
            "subscription": subscription,
            "created": created,
            "log_url": reverse("webhook_deliveries", args=[subscription.pk]),
            "page_title": _("Signing secret"),
            "header_icon": "key",
        },
    )


class SubscriptionCreateView(CreateView):
    def save_instance(self):
        instance = self.form.save(commit=False)
        instance.created_by = self.request.user
        instance.save()
        return instance

    def save_action(self):
        return _secret_response(self.request, self.object, created=True)


class SubscriptionEditView(EditView):
    @property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            Button(
                _("Delivery log"),
                url=reverse("webhook_deliveries", args=[self.object.pk]),
                icon_name="list-ul",
                priority=5,
            ),
        ]


class SubscriptionViewSet(ModelViewSet):
    model = Subscription
    name = "webhooks"
    url_prefix = "webhooks"
    icon = "link-external"
    menu_label = _("Webhooks")
    add_to_settings_menu = True

    def get_form_class(self, for_update=False):
        return SubscriptionForm

    add_view_class = SubscriptionCreateView
    edit_view_class = SubscriptionEditView
    list_display = ["name", "url", "active", "owner_email", "failing_since"]
    list_filter = ["active"]
    search_fields = ["name", "url"]
    search_backend_name = None


def _subscription(request, pk, action="change") -> Subscription:
    if not request.user.has_perm(f"changes.{action}_subscription"):
        raise PermissionDenied
    return get_object_or_404(Subscription, pk=pk)


def delivery_log(request, pk):
    subscription = _subscription(request, pk, "view")
    deliveries = subscription.deliveries.select_related("event").order_by("-pk")
    page = Paginator(deliveries, LOG_PAGE_SIZE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "changes/deliveries.html",
        {
            "subscription": subscription,
            "page": page,
            "page_title": _("Delivery log: %(name)s") % {"name": subscription.name},
            "header_icon": "list-ul",
            "edit_url": reverse("webhooks:edit", args=[subscription.pk]),
        },
    )


@require_POST
def send_test(request, pk):
    subscription = _subscription(request, pk)
    subscriptions.send_test_event(subscription)
    messages.success(request, _("A test event is queued; the worker sends it within seconds."))
    return redirect("webhook_deliveries", subscription.pk)


@require_POST
def redeliver(request, pk):
    delivery = get_object_or_404(Delivery, pk=pk)
    _subscription(request, delivery.subscription_id)
    from home.changes.delivery import redeliver as queue_again

    queue_again(delivery)
    messages.success(request, _("The event is queued to be delivered again."))
    return redirect("webhook_deliveries", delivery.subscription_id)


@require_POST
def rotate_secret(request, pk):
    subscription = _subscription(request, pk)
    subscriptions.rotate_secret(subscription)
    return _secret_response(request, subscription, created=False)


@require_POST
def resume(request, pk):
    subscription = _subscription(request, pk)
    subscriptions.resume(subscription)
    messages.success(request, _("The subscription is active again; waiting events go out now."))
    return redirect("webhook_deliveries", subscription.pk)
