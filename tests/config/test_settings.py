"""Production settings: no start without a real secret key; every unhandled error is logged."""

# ruff: noqa: S603 - the subprocesses run this interpreter on fixed scripts

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT


def _production_env(**changes: str) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "noticetracker.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_ALLOWED_HOSTS": "notices.example.org",
        "DATABASE_URL": "sqlite:///:memory:",
        "REDIS_URL": "",
    }
    env.pop("DJANGO_SECRET_KEY", None)
    env.update(changes)
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("key", [None, "", "change-me-to-a-long-random-string", "short"], ids=str)
def test_without_a_real_secret_key_the_product_refuses_to_start_and_says_what_to_set(key):
    env = _production_env() if key is None else _production_env(DJANGO_SECRET_KEY=key)
    for command in (["manage.py", "check", "--deploy"], ["-c", "import noticetracker.wsgi"]):
        result = _run(command, env)
        assert result.returncode != 0, command
        assert "DJANGO_SECRET_KEY" in result.stderr, command
        assert "secrets.token_urlsafe" in result.stderr, command


def test_with_a_real_secret_key_the_web_process_starts():
    env = _production_env(DJANGO_SECRET_KEY=secrets.token_urlsafe(40))
    result = _run(["-c", "import noticetracker.wsgi"], env)
    assert result.returncode == 0, result.stderr


def test_the_worker_refuses_to_start_without_a_real_secret_key(settings):
    from django.core.exceptions import ImproperlyConfigured

    from noticetracker.celery import _prepare_worker

    settings.DEBUG = False
    settings.SECRET_KEY = "change-me-to-a-long-random-string"  # noqa: S105 - the placeholder
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SECRET_KEY"):
        _prepare_worker()


FAILING_FEED = """
import django
from unittest import mock
django.setup()
from django.test import Client
with mock.patch("notices.web.feeds.NoticeAtomFeed.get_object", side_effect=RuntimeError("boom")):
    response = Client(raise_request_exception=False).get(
        "/notices/feed/atom/?kind=liquidation", HTTP_HOST="notices.example.org", secure=True
    )
print(response.status_code)
"""


def test_an_unhandled_error_is_logged_to_standard_error_as_json_with_its_request():
    env = _production_env(DJANGO_SECRET_KEY=secrets.token_urlsafe(40))
    env.pop("DJANGO_ADMINS", None)
    result = _run(["-c", FAILING_FEED], env)
    assert result.stdout.strip() == "500", result.stderr
    records = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    errors = [r for r in records if r["logger"] == "django.request"]
    assert len(errors) == 1, result.stderr
    (error,) = errors
    assert error["level"] == "ERROR"
    assert error["status_code"] == 500
    assert error["request"]["method"] == "GET"
    assert error["request"]["path"] == "/notices/feed/atom/?kind=liquidation"
    assert "RuntimeError: boom" in error["exception"]
    assert "Traceback" in error["exception"]
