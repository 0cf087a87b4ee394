"""The one settings module. Everything that differs between machines comes from the environment.

See .env.example for every variable. With none set, the project runs on a SQLite file in var/,
with no Redis (scheduled jobs run in-process), in DEBUG mode off unless DJANGO_DEBUG=true.
"""

import os
from pathlib import Path

import environ
from celery.schedules import crontab

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# A .env file is read if present (development); real deployments set real variables.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# --- Core ---------------------------------------------------------------------------------
DEBUG = env.bool("DJANGO_DEBUG", default=False)
# Required in production; a fixed, clearly-insecure key only when DEBUG is on. Without debug,
# a missing, short or placeholder key stops gunicorn (wsgi.py), the Celery worker and
# `check --deploy` at start-up with a message saying what to set (noticetracker/secret_key.py),
# instead of a 500 for the first visitor; commands that sign nothing (deadline, import_text)
# still run.
SECRET_KEY = env.str(
    "DJANGO_SECRET_KEY",
    default="insecure-development-key-do-not-use-in-production" if DEBUG else "",
).strip()
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    # the beat schedule lives in the database, so an admin can change it without a deploy
    "django_celery_beat",
    # the register (models, services, the pure deadline core) and its three shells
    "notices",
    "notices.web",
    "notices.alerts",
    "notices.clerk",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # one rule for the pages and the API: the language switch's cookie, else the browser's (or
    # client's) Accept-Language, else Simplified Chinese (LANGUAGE_CODE)
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # records who made each admin edit in the notice history
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "noticetracker.urls"
WSGI_APPLICATION = "noticetracker.wsgi.application"
ASGI_APPLICATION = "noticetracker.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------
# SQLite in var/ by default, so a fresh checkout needs no server; PostgreSQL in production.
(BASE_DIR / "var").mkdir(exist_ok=True)
# An empty DATABASE_URL (``DATABASE_URL= bin/test``) means the default too, not a broken URL.
DATABASES = {
    "default": environ.Env.db_url_config(
        env.str("DATABASE_URL", default="") or f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the in-process scheduler write while pages read.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL;"
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Time and language --------------------------------------------------------------------
# Every deadline is a day in China; a window's last day ends at 24:00 Asia/Shanghai.
TIME_ZONE = "Asia/Shanghai"
USE_TZ = True
USE_I18N = True
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "notices" / "locale"]

# --- Static files -------------------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "var" / "static"

# --- Cache, broker ------------------------------------------------------------------------
# "default" holds small counters (rate limits); "pages" the rendered public pages
# (notices/web/page_cache.py), apart so that a flood of pages can never evict a counter.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    _REDIS_CACHE = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        # an unreachable or hung Redis costs a request at most a second, never a 500
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
    CACHES = {"default": _REDIS_CACHE, "pages": {**_REDIS_CACHE, "KEY_PREFIX": "pages"}}
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "OPTIONS": {"MAX_ENTRIES": 1000},  # ~30 kB a page: ~30 MB a process at most
        },
    }
#: How long a rendered public page is kept (seconds; 0: pages are not cached). Any change to
#: the data a page shows makes its cached copy unreachable at once, whatever this says.
NOTICES_PAGE_CACHE_SECONDS = env.int("NOTICES_PAGE_CACHE_SECONDS", default=3600)

# --- Importing newspaper pages (PDF, scans) ---------------------------------------------------
#: The largest file an admin may upload or the command reads (bytes), the most pages in one
#: file (a whole edition is 8-48), and the resolution pages without a text layer are read at.
NOTICES_IMPORT_MAX_BYTES = env.int("NOTICES_IMPORT_MAX_BYTES", default=50 * 1024 * 1024)
NOTICES_IMPORT_MAX_PAGES = env.int("NOTICES_IMPORT_MAX_PAGES", default=100)
NOTICES_IMPORT_OCR_DPI = env.int("NOTICES_IMPORT_OCR_DPI", default=200)
#: ONNX Runtime threads per OCR'd page (1: best on a busy 2-core machine; see notices/pages/ocr.py).
NOTICES_IMPORT_OCR_THREADS = env.int(
    "NOTICES_IMPORT_OCR_THREADS", default=min(2, os.cpu_count() or 1)
)
#: Where an upload is read: "celery" (the worker; the default with REDIS_URL), "thread" (in
#: the web process, the default without Redis) or "inline" (during the upload request).
NOTICES_IMPORT_RUN = env.str("NOTICES_IMPORT_RUN", default="celery" if REDIS_URL else "thread")

# --- Scheduled jobs (Celery) --------------------------------------------------------------
# With REDIS_URL: a worker and beat (see Procfile). Without: `manage.py run_scheduler` runs the
# same tasks in-process on the same schedule (README "Scheduled jobs"); no eager mode.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# A task is acknowledged after it ran, so a killed worker's task is delivered again; every
# task is idempotent (unique keys), so running twice is harmless.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=600)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=660)
# How long an unacknowledged task waits before Redis hands it to another worker; longer than
# the hard time limit, so a slow task is never run twice at once.
_VISIBILITY_TIMEOUT = env.int("CELERY_VISIBILITY_TIMEOUT", default=3600)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": _VISIBILITY_TIMEOUT,
    # A restore lock left behind by a killed worker must not outlive the redelivery it guards
    # (kombu's default is 300 s whatever the visibility timeout).
    "unacked_mutex_expire": min(300, max(_VISIBILITY_TIMEOUT, 5)),
    # kombu sweeps for abandoned messages every interval x throttle seconds (100 s by default):
    # with a short visibility timeout, sweep at a matching pace.
    "unacked_restore_interval": max(1, min(10, _VISIBILITY_TIMEOUT // 3)),
    "unacked_restore_throttle": 1 if _VISIBILITY_TIMEOUT < 600 else 10,
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# No result backend, so no daily result cleanup entry in the schedule.
CELERY_RESULT_EXPIRES = None
# The schedule is stored by django-celery-beat and edited in the admin (Periodic tasks). These
# entries are the defaults, seeded when missing and never overwritten (notices.alerts.scheduler).
CELERY_BEAT_SCHEDULER = "notices.alerts.scheduler:SeedingDatabaseScheduler"
CELERY_BEAT_SCHEDULE = {
    # every 5 minutes, so a window is flagged closed minutes after 24:00
    "flag-notices": {"task": "notices.tasks.flag_notices", "schedule": crontab(minute="*/5")},
    # plan and send reminders hourly in daytime; digests go out at most once a day
    "send-reminders": {
        "task": "notices.tasks.send_reminders",
        "schedule": crontab(minute=15, hour="7-21"),
    },
    "admin-summary": {
        "task": "notices.tasks.send_admin_summary",
        "schedule": crontab(minute=30, hour=7),
    },
}

# --- Security -----------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Cross-origin isolation: pages open no other site's windows and embed nothing foreign.
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# --- Public API ----------------------------------------------------------------------------
# Read-only for everyone: the public API has no write endpoints, and JSON is the only format
# besides the browsable HTML docs.
REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "UNAUTHENTICATED_USER": None,
    # ISO 8601 dates and aware times, as in seed-notices.json
    "DATE_FORMAT": "iso-8601",
    "DATETIME_FORMAT": "iso-8601",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "noticetracker public API",
    "DESCRIPTION": "Public notices with open comment and claim periods, and their last days.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI from our static files (drf-spectacular-sidecar), never a CDN
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# --- Email --------------------------------------------------------------------------------
EMAIL_BACKEND = env.str(
    "DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = env.str("DJANGO_DEFAULT_FROM_EMAIL", default="noticetracker@localhost")
# Links in emails (confirm, unsubscribe, notice pages) are absolute: messages leave the site.
SITE_URL = env.str("NOTICETRACKER_SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
# The daily admin summary goes to ADMINS ("Name <a@b>,..."), else to active staff users.
ADMINS = [("", a) for a in env.list("DJANGO_ADMINS", default=[])]
# Subscription endpoints: at most this many requests per client address per hour (cache-based).
SUBSCRIPTION_RATE_LIMIT = env.int("SUBSCRIPTION_RATE_LIMIT", default=20)
# A confirmation link expires after this many seconds (3 days).
SUBSCRIPTION_CONFIRM_MAX_AGE = 3 * 24 * 3600

# --- Logging ------------------------------------------------------------------------------
# Everything goes to standard error, one JSON object a line (what log collectors read): every
# unhandled error of a request (django.request, with method, path and traceback) whether or not
# ADMINS are set, the jobs' errors (celery), and our own messages at LOG_LEVEL.
LOG_LEVEL = env.str("LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "noticetracker.logs.JsonFormatter"}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "formatter": "json",
        }
    },
    "root": {"handlers": ["stderr"], "level": "WARNING"},
    "loggers": {
        # Django's own handlers (mail_admins, console only under DEBUG) stay as they are;
        # propagation brings these records to the root handler above.
        "django.request": {"level": "ERROR", "propagate": True},
        "django.security": {"level": "ERROR", "propagate": True},
        "notices": {"level": LOG_LEVEL},
        "celery": {"level": LOG_LEVEL},
    },
}
