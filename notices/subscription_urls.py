"""URLs of the subscription endpoints (included under /subscriptions/)."""

from django.urls import path

from . import subscription_views

urlpatterns = [
    path("", subscription_views.subscribe, name="subscription-create"),
    path("confirm/<str:token>/", subscription_views.confirm, name="subscription-confirm"),
    path(
        "unsubscribe/<str:token>/", subscription_views.unsubscribe, name="subscription-unsubscribe"
    ),
]
