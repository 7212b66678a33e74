from django.urls import path

from themes.engagement.views import confirm_view, unsubscribe_view

urlpatterns = [
    path("confirm/", confirm_view, name="newsletter_confirm"),
    path("unsubscribe/", unsubscribe_view, name="newsletter_unsubscribe"),
]
