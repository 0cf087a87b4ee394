"""The clerk's tools: the admin for the register and the newspaper import screen (a shell)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClerkConfig(AppConfig):
    name = "notices.clerk"
    label = "notices_clerk"
    verbose_name = _("Clerk's tools")
