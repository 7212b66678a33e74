"""Registers the webhook admin (Settings → Webhooks) and its extra URLs."""

from django.urls import path
from wagtail import hooks

from home.changes import admin_views


@hooks.register("register_admin_viewset")
def register_webhooks_viewset():
    return admin_views.SubscriptionViewSet()


@hooks.register("register_admin_urls")
def register_webhook_urls():
    return [
        path("webhooks/<int:pk>/deliveries/", admin_views.delivery_log, name="webhook_deliveries"),
        path("webhooks/<int:pk>/test/", admin_views.send_test, name="webhook_send_test"),
        path("webhooks/<int:pk>/secret/", admin_views.rotate_secret, name="webhook_rotate_secret"),
        path("webhooks/<int:pk>/resume/", admin_views.resume, name="webhook_resume"),
        path(
            "webhooks/deliveries/<int:pk>/redeliver/",
            admin_views.redeliver,
            name="webhook_redeliver",
        ),
    ]
