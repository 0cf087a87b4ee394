"""A real secret key or no start: the serving processes and `check --deploy` refuse without one."""

from __future__ import annotations

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

#: Keys that are published (in .env.example and settings.py), so never secret.
PLACEHOLDERS = frozenset(
    {"change-me-to-a-long-random-string", "insecure-development-key-do-not-use-in-production"}
)
MINIMUM_LENGTH = 16
MESSAGE = (
    "DJANGO_SECRET_KEY is missing, too short or the .env.example placeholder. Set it to a long "
    "random string kept secret (e.g. the output of: python -c 'import secrets; "
    "print(secrets.token_urlsafe(50))'), or set DJANGO_DEBUG=true for local development."
)


def problem() -> str | None:
    """Return what is wrong with the secret key for a non-debug process, or None."""
    if settings.DEBUG:
        return None
    try:
        key = settings.SECRET_KEY or ""
    except ImproperlyConfigured:  # Django's own refusal of an empty key
        key = ""
    if not key or key in PLACEHOLDERS or len(key) < MINIMUM_LENGTH:
        return MESSAGE
    return None


def require_real_secret_key() -> None:
    """Raise ImproperlyConfigured (stopping the process) without a real key."""
    message = problem()
    if message:
        raise ImproperlyConfigured(message)


@checks.register(checks.Tags.security, deploy=True)
def check_secret_key(app_configs, **kwargs):
    message = problem()
    if message:
        return [checks.Error(message, id="noticetracker.E001")]
    return []
