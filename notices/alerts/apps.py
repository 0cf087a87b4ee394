"""The alerts: window flagging, subscriptions, reminders and the job schedule (a shell)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "notices.alerts"
    label = "notices_alerts"
    verbose_name = _("Alerts")
