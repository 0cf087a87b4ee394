"""ASGI entry point: refuses to start without a real secret key (noticetracker/secret_key.py)."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "noticetracker.settings")
application = get_asgi_application()

from .secret_key import require_real_secret_key  # noqa: E402 - needs the settings loaded

require_real_secret_key()
