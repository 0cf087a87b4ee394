"""Feeds for any filter: an Atom feed of new notices, and iCalendar files of last days.

Times are in Asia/Shanghai: a window ends at 24:00 on its last day, so the calendar event runs
from 09:00 to 24:00 on that day, with a reminder at 09:00 the day before the earliest possible
last day (the day the same event advises to respond by, when the counting is uncertain).
"""

from __future__ import annotations

import datetime as dt

from django.contrib.syndication.views import Feed
from django.core.exceptions import BadRequest
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.views import View
from icalendar import Alarm, Calendar, Event, Timezone

from notices.deadlines.windows import CHINA_TZ, kind_spec
from notices.models import Notice

from .filters import NoticeFilter
from .status import earliest_advice, provisional_warning, respond_verb, status_line

FEED_SIZE = 50
CALENDAR_FEED_SIZE = 500
REMINDER_BEFORE = dt.timedelta(days=1)
EVENT_STARTS = dt.time(9, 0)


def filtered_notices(request, on: dt.date) -> NoticeFilter:
    """The public notices matching the URL's filters; a bad filter is a 400, never a 500."""
    filterset = NoticeFilter(request.GET, Notice.objects.public(), on=on)
    if not filterset.is_valid():
        errors = "; ".join(f"{k}: {' '.join(v)}" for k, v in filterset.errors.items())
        raise BadRequest(errors)
    return filterset


def _filter_query(request) -> str:
    query = request.GET.copy()
    query.pop("after", None)
    return f"?{query.urlencode()}" if query else ""


class NoticeAtomFeed(Feed):
    """The newest notices (last entered first) matching the URL's filters."""

    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.on = timezone.localdate()
        return filtered_notices(request, self.on)

    def title(self, obj):
        return _("New public notices")

    def subtitle(self, obj):
        return _("Comment and claim periods of public notices, with their last days")

    def link(self, obj):
        return reverse("notice-list") + _filter_query(self.request)

    def feed_url(self, obj):
        return self.request.get_full_path()

    def items(self, obj):
        return obj.qs.order_by("-id")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        parts = [kind_spec(item.kind).name("zh" if _is_zh() else "en"), item.issuer]
        parts.append(status_line(item, self.on))
        parts.append(earliest_advice(item))
        parts.append(provisional_warning(item))
        # Atom sends the summary as type="html": escape it, so notice text stays text
        return escape(" · ".join(p for p in parts if p))

    def item_pubdate(self, item):
        # Atom's "published": when the notice was published, i.e. its newspaper day
        if item.published_on:
            return dt.datetime.combine(item.published_on, dt.time(0), tzinfo=CHINA_TZ)
        return item.public_since or item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.issuer or None


def _is_zh() -> bool:
    from django.utils.translation import get_language

    return (get_language() or "zh-hans").startswith("zh")


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//noticetracker//public notices//ZH")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Shanghai")
    return cal


def notice_event(notice: Notice, request, made_at: dt.datetime) -> Event:
    """The last day of a notice's window as an event, with a reminder before the earliest day.

    ``made_at`` is when the file is made (DTSTAMP, RFC 5545 §3.8.7.2); the notice's own change
    time is LAST-MODIFIED.
    """
    url = request.build_absolute_uri(notice.get_absolute_url())
    verb = respond_verb(notice)
    event = Event()
    event.add("uid", f"notice-{notice.pk}-last-day@{request.get_host().split(':')[0]}")
    event.add("dtstamp", made_at)
    if notice.updated_at:
        event.add("last-modified", notice.updated_at)
    event.add("dtstart", dt.datetime.combine(notice.last_day, EVENT_STARTS, tzinfo=CHINA_TZ))
    event.add("dtend", notice.closes_at)
    event.add(
        "summary", _("Last day to %(verb)s: %(title)s") % {"verb": verb, "title": notice.title}
    )
    lines = [status_line(notice, notice.last_day), earliest_advice(notice)]
    lines += [provisional_warning(notice), notice.issuer, url]
    event.add("description", "\n".join(line for line in lines if line))
    event.add("url", url)
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    earliest = notice.earliest_last_day or notice.last_day
    if earliest < notice.last_day:
        reminder = _("Tomorrow is the earliest possible last day to %(verb)s") % {"verb": verb}
    else:
        earliest = notice.last_day
        reminder = _("Tomorrow is the last day to %(verb)s") % {"verb": verb}
    alarm.add("description", reminder)
    # relative to DTSTART (09:00 on the last day): 09:00 the day before the earliest last day
    alarm.add("trigger", -(REMINDER_BEFORE + (notice.last_day - earliest)))
    event.add_component(alarm)
    return event


def _ics_response(cal: Calendar, filename: str | None) -> HttpResponse:
    if not cal.walk("VEVENT"):
        # RFC 5545 wants at least one component: an empty feed carries its time zone
        cal.add_component(Timezone.from_tzid("Asia/Shanghai"))
    cal.add_missing_timezones()
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class NoticeCalendarView(View):
    """One notice's last day as a calendar file to download."""

    http_method_names = ["get", "head", "options"]

    def get(self, request, pk: int):
        notice = get_object_or_404(Notice.objects.public().with_window(), pk=pk)
        cal = _calendar(notice.title)
        cal.add_component(notice_event(notice, request, timezone.now()))
        return _ics_response(cal, f"notice-{notice.pk}.ics")


class NoticeCalendarFeedView(View):
    """A subscribable calendar of the last days of the notices matching the URL's filters."""

    http_method_names = ["get", "head", "options"]

    def get(self, request):
        on = timezone.localdate()
        filterset = filtered_notices(request, on)
        notices = filterset.ordered_qs().with_window()[:CALENDAR_FEED_SIZE]
        cal = _calendar(_("Public notice last days"))
        made_at = timezone.now()
        for notice in notices:
            cal.add_component(notice_event(notice, request, made_at))
        return _ics_response(cal, None)
