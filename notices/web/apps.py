"""The public site: citizens' pages, feeds and the read-only API (a shell over the register)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebConfig(AppConfig):
    name = "notices.web"
    label = "notices_web"
    verbose_name = _("Public site")
