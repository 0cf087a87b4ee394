"""URLs of the subscription endpoints (included under /subscriptions/)."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.subscribe, name="subscription-create"),
    path("confirm/<str:token>/", views.confirm, name="subscription-confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="subscription-unsubscribe"),
]
