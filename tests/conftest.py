"""Shared test set-up: the calendar in the test database, and the service markers.

``requires_postgres`` and ``requires_redis`` tests run against the real servers named by
DATABASE_URL and REDIS_URL; ``requires_shared`` tests compare against ``../shared/`` (the seed
pages, seed-notices.json, the holiday schedule file), material that lives beside the
repository, not in it. Where a server or ``../shared/`` is absent they are skipped with the
reason printed; under CI=true such a skip is a failure, so CI cannot pass without exercising
them. Everything else a test needs is in the repository.
"""

from __future__ import annotations

import json
import os
import socket
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from hypothesis import settings

REPO_ROOT = Path(__file__).resolve().parents[1]

# Property tests check what holds, not how fast: speed is measured by the scripts in
# benchmarks/, and a per-example deadline only fails a test when the machine is busy.
settings.register_profile("noticetracker", deadline=None)
settings.load_profile("noticetracker")
SHARED = REPO_ROOT.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() == "true"


def _postgres_reason() -> str | None:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://", "pgsql://")):
        return "DATABASE_URL does not point at PostgreSQL"
    return None


def _redis_reason() -> str | None:
    url = os.environ.get("REDIS_URL", "")
    if not url:
        return "REDIS_URL is not set"
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname or "localhost", parsed.port or 6379), 1):
            return None
    except OSError as exc:
        return f"Redis at {url} is not reachable: {exc}"


def _shared_reason() -> str | None:
    if not SHARED.is_dir():
        return f"{SHARED} is absent (the seed pages and data kept beside the repository)"
    return None


def skip_without_shared() -> None:
    """Skip the running test (fail it under CI=true) when ``../shared/`` is absent."""
    reason = _shared_reason()
    if reason:
        if IN_CI:
            pytest.fail(f"requires_shared: {reason} (a skip is a failure under CI=true)")
        pytest.skip(f"requires_shared: {reason}")


def shared_json(*parts: str) -> Any:
    """A JSON file in ``../shared/``, or ``{}`` when it is absent (mark the tests using it)."""
    path = SHARED.joinpath(*parts)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def shared_params(values: list) -> list:
    """Parameters drawn from ``../shared/``; one placeholder when it is absent, so the marked
    test is collected and reported as skipped (with its reason), not silently dropped."""
    return values if SHARED.is_dir() else [pytest.param(None, id="shared-absent")]


def _fault_servers_reason() -> str | None:
    missing = [name for name in FAULT_VARIABLES if not os.environ.get(name)]
    if missing:
        return f"{', '.join(missing)} not set (see tests/faults/conftest.py)"
    return None


#: The fault suite's servers: its own Redis and PostgreSQL, which it stops and restarts.
FAULT_VARIABLES = ("FAULT_REDIS_URL", "FAULT_REDIS_START", "FAULT_POSTGRES_RESTART")


def pytest_ignore_collect(collection_path, config):
    # The fault suite restarts its servers, so it runs in a pytest invocation of its own
    # (bin/test's second run, with FAULT_SUITE=1), never inside the main one.
    if collection_path.name == "faults" and os.environ.get("FAULT_SUITE") != "1":
        return True
    return None


def pytest_runtest_setup(item):
    for marker, reason_of in (
        ("requires_postgres", _postgres_reason),
        ("requires_redis", _redis_reason),
        ("requires_shared", _shared_reason),
        ("requires_fault_servers", _fault_servers_reason),
    ):
        if item.get_closest_marker(marker):
            reason = reason_of()
            if reason:
                if IN_CI:
                    pytest.fail(f"{marker}: {reason} (a skip is a failure under CI=true)")
                pytest.skip(f"{marker}: {reason}")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the official 2004-2026 schedules once; each test rolls back to this state."""
    from notices import calendar_source, services
    from notices.deadlines.schedules import schedules_from_library

    with django_db_blocker.unblock():
        services.load_schedules(schedules_from_library())
        calendar_source.clear_cache()


@pytest.fixture
def shared_dir() -> Path:
    return SHARED


@pytest.fixture(autouse=True)
def _fresh_calendar_cache():
    """Each test sees the calendar of its own database state (rollbacks do not signal)."""
    try:
        from notices import calendar_source
    except Exception:
        yield
        return
    calendar_source.clear_cache()
    yield
    calendar_source.clear_cache()


@pytest.fixture(autouse=True)
def _own_page_cache(settings):
    """Each test renders pages into a cache space of its own.

    Rolled-back tests start again from the same public data version, so without this a page
    cached by one test could be served to the next one.
    """
    settings.NOTICES_PAGE_CACHE_PREFIX = uuid.uuid4().hex


@pytest.fixture(scope="session")
def typesetting() -> None:
    """Generated newspaper pages need Noto CJK (Debian's fonts-noto-cjk) and fpdf2; skipped,
    with the reason printed, without them, and a failure under CI=true."""
    from tests.pages.typeset import fonts_missing

    reason = fonts_missing()
    if reason:
        if IN_CI:
            pytest.fail(f"page tests: {reason} (a skip is a failure under CI=true)")
        pytest.skip(f"page tests: {reason}")
