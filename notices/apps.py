"""App configuration: connects the calendar-edit signal and the system checks."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "notices"
    verbose_name = _("Public notices")

    def ready(self) -> None:
        from noticetracker import secret_key  # noqa: F401 - registers its deploy check

        from . import checks, signals  # noqa: F401 - registers checks and receivers
