"""Public URLs of the notices app: pages, feeds and calendar files."""

from django.templatetags.static import static
from django.urls import path
from django.views.generic import RedirectView

from . import feeds, views

urlpatterns = [
    path("", views.NoticeListView.as_view(), name="home"),
    path("notices/", views.NoticeListView.as_view(), name="notice-list"),
    path("notices/<int:pk>/", views.NoticeDetailView.as_view(), name="notice-detail"),
    path("notices/calendar/", views.NoticeMonthView.as_view(), name="notice-calendar-month"),
    # browsers ask for /favicon.ico whatever the page says: send them to the static icon
    path(
        "favicon.ico",
        RedirectView.as_view(url=static("notices/favicon.svg"), permanent=True),
        name="favicon",
    ),
    path(
        "notices/<int:pk>/calendar.ics", feeds.NoticeCalendarView.as_view(), name="notice-calendar"
    ),
    path("notices/feed/atom/", feeds.NoticeAtomFeed(), name="notice-feed-atom"),
    path(
        "notices/feed/calendar.ics", feeds.NoticeCalendarFeedView.as_view(), name="notice-feed-ics"
    ),
]
