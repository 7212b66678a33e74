"""Admin: API keys of partners (Settings → API keys), for administrators.

Creating a key shows its secret once, in the confirmation message; only its hash is stored.
Revoking is unticking "active": the next request with the key gets 401, on every node.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import CreateView
from wagtail.admin.viewsets.model import ModelViewSet

from graphql_api.delivery.keys import last_used, usage_today
from graphql_api.models import ApiKey


class ApiKeyCreateView(CreateView):
    def save_instance(self):
        self.secret = self.form.instance.set_new_secret()
        return super().save_instance()

    def get_success_message(self, instance):
        return _(
            "API key for “%(name)s” created. Copy it now and hand it to the partner safely; it "
            "is shown only this once: %(secret)s"
        ) % {"name": instance.name, "secret": self.secret}


class ApiKeyViewSet(ModelViewSet):
    model = ApiKey
    icon = "key"
    menu_label = gettext_lazy("API keys")
    add_to_settings_menu = True
    add_view_class = ApiKeyCreateView
    list_display = [
        "name",
        "prefix",
        "active",
        "rate",
        "persisted_only",
        Column(
            "used_today",
            label=gettext_lazy("Requests today"),
            accessor=lambda key: usage_today(key.pk),
        ),
        Column(
            "last_used",
            label=gettext_lazy("Last used"),
            accessor=lambda key: last_used(key.pk) or key.last_used_at,
        ),
    ]
    list_filter = ["active", "persisted_only"]
    search_fields = ["name", "contact", "prefix"]
    panels = [
        FieldPanel("name"),
        FieldPanel("contact"),
        FieldPanel("allowed_origins"),
        FieldPanel("rate"),
        FieldPanel("persisted_only"),
        FieldPanel("active"),
    ]
    edit_handler = ObjectList(panels)


@hooks.register("register_admin_viewset")
def register_api_keys():
    return ApiKeyViewSet("api_keys")
