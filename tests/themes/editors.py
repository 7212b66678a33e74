"""Editors as the admin tests need them: members of Wagtail's "Editors" group.

Wagtail's own migrations create the "Editors" group with page permissions on the tree root
(add, change) and image/document permissions, but nothing on our reference-data snippets.
Until a data migration grants them, `grant_reference_data_permissions` does it for the tests.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.users.models import UserProfile

from themes.models import Agenda, ContactPerson, Country, Goal, Municipality, Organisation, Province

REFERENCE_DATA_MODELS = (Agenda, Goal, Province, Municipality, Country, Organisation, ContactPerson)
EDITOR_PASSWORD = "editor-password"  # noqa: S105 - a throwaway test user


def editors_group():
    return Group.objects.get(name="Editors")


def grant_reference_data_permissions(group):
    """Let `group` add and change every reference-data snippet."""
    content_types = ContentType.objects.get_for_models(*REFERENCE_DATA_MODELS).values()
    group.permissions.add(
        *Permission.objects.filter(
            content_type__in=content_types, codename__regex=r"^(add|change)_"
        )
    )


def create_editor(username="editor", language="en"):
    """A non-superuser in the Editors group, with the reference-data permissions granted.

    The admin speaks `language` to them, so tests can assert our English source messages even
    when Dutch translations exist.
    """
    group = editors_group()
    grant_reference_data_permissions(group)
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@vng-international.example",
        password=EDITOR_PASSWORD,
        first_name="Eva",
        last_name="Editor",
    )
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save(update_fields=["preferred_language"])
    return user


def log_in(client, user):
    """Log `user` in on the test client; the admin answers in English (our source messages)."""
    client.force_login(user)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
