"""WSGI entry point: refuses to start without a real secret key (noticetracker/secret_key.py)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "noticetracker.settings")
application = get_wsgi_application()

from .secret_key import require_real_secret_key  # noqa: E402 - needs the settings loaded

require_real_secret_key()
