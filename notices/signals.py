"""Receivers that keep caches honest when the ORM writes what the public pages show."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from . import calendar_source, public_data
from .models import CalendarDay, CalendarYear, Contact, Link, Notice, Publication

#: What the public pages show: a notice with its publications, contacts and links, and the
#: calendar its explanation is drawn from. (Set-based writers bump the version themselves.)
PUBLIC_MODELS = (Notice, Publication, Contact, Link, CalendarYear, CalendarDay)


@receiver([post_save, post_delete], sender=CalendarDay)
def calendar_day_changed(sender, instance: CalendarDay, **kwargs) -> None:
    # The fingerprint in calendar_source includes the year's updated_at: bump it.
    CalendarYear.objects.filter(pk=instance.schedule_id).update(updated_at=timezone.now())
    calendar_source.clear_cache()


def public_data_changed(sender, **kwargs) -> None:
    public_data.raise_version()


for _model in PUBLIC_MODELS:
    post_save.connect(public_data_changed, sender=_model, dispatch_uid=f"public-{_model.__name__}")
    post_delete.connect(
        public_data_changed, sender=_model, dispatch_uid=f"public-del-{_model.__name__}"
    )
