"""Public URLs of the notices app: pages, feeds and calendar files."""

from django.urls import path

from . import feeds, views

urlpatterns = [
    path("", views.NoticeListView.as_view(), name="home"),
    path("notices/", views.NoticeListView.as_view(), name="notice-list"),
    path("notices/<int:pk>/", views.NoticeDetailView.as_view(), name="notice-detail"),
    path(
        "notices/<int:pk>/calendar.ics", feeds.NoticeCalendarView.as_view(), name="notice-calendar"
    ),
    path("notices/feed/atom/", feeds.NoticeAtomFeed(), name="notice-feed-atom"),
    path(
        "notices/feed/calendar.ics", feeds.NoticeCalendarFeedView.as_view(), name="notice-feed-ics"
    ),
]
