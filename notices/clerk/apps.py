"""The clerk's tools: the admin for the register and the newspaper import screen (a shell)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClerkConfig(AppConfig):
    name = "notices.clerk"
    label = "notices_clerk"
    verbose_name = _("Clerk's tools")

    def ready(self) -> None:
        from django.contrib import admin

        # Name the site for the people who work in it, not "Django administration".
        admin.site.site_header = _("noticetracker: public notice register")
        admin.site.site_title = _("noticetracker")
        admin.site.index_title = _("Clerk's desk")
        admin.site.index_template = "admin/clerk_index.html"
        # The sidebar repeats the index and takes a third of a laptop screen from the lists.
        admin.site.enable_nav_sidebar = False
