"""Rendered public pages, kept until the data they show changes.

A page's body is cached under a key made of the public data version, the day in
Asia/Shanghai, the language and the request's path and query. Every write to what the pages
show raises the version (``notices.public_data.raise_version``) inside the writer's own
transaction; this module only reads it. So a committed change makes every older rendering
unreachable in every process at once, and a page rendered while the change was not yet
committed is stored under the old version, never under the new one: the version is read
before the page's data.

The day is in the key because the status lines ("还剩 3 个工作日") change at midnight, and
nothing else on a page depends on the time. ``NOTICES_PAGE_CACHE_SECONDS = 0`` turns the cache
off. Only successful pages are cached; error pages are rendered every time.
``NOTICES_PAGE_CACHE_PREFIX`` (empty by default) gives a process its own key space; the tests
give each test one, since rolled-back tests start again from the same version.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import caches
from django.utils.translation import get_language

from notices import calendar_source, public_data

T = TypeVar("T")
logger = logging.getLogger(__name__)

_last_seen: int | None = None


def current_version() -> int:
    """The committed public data version (0 before the first change).

    When it moved since this process last looked, the process's calendar is checked again at
    once, so a page rendered for the new version uses the new calendar too.
    """
    global _last_seen
    version = public_data.committed_version()
    if version != _last_seen:
        calendar_source.expire()
        _last_seen = version
    return version


def seconds() -> int:
    return int(getattr(settings, "NOTICES_PAGE_CACHE_SECONDS", 0))


def page_key(name: str, request, on: dt.date, version: int) -> str:
    """The cache key of one page: what it is, for which data, day, language and URL."""
    query = sorted(request.GET.lists())
    digest = hashlib.sha256(repr((request.path, query)).encode()).hexdigest()[:32]
    prefix = getattr(settings, "NOTICES_PAGE_CACHE_PREFIX", "")
    language = get_language() or settings.LANGUAGE_CODE
    return f"notices:page:{prefix}:{name}:{version}:{on.isoformat()}:{language}:{digest}"


def cached(name: str, request, on: dt.date, build: Callable[[], T | None]) -> T | None:
    """The cached result of ``build()`` for this page, building (and keeping) it on a miss.

    ``build`` returns ``None`` for a result that must not be kept (an error page).
    """
    timeout = seconds()
    if timeout <= 0:
        return build()
    key = page_key(name, request, on, current_version())
    try:
        hit = caches["pages"].get(key)
    except Exception:  # the cache only saves time: an unreachable one must not cost the page
        logger.warning("page cache unreachable; rendering %s without it", name, exc_info=True)
        return build()
    if hit is not None:
        return hit
    value = build()
    if value is not None:
        try:
            caches["pages"].set(key, value, timeout)
        except Exception:
            logger.warning("page cache unreachable; %s not kept", name, exc_info=True)
    return value
