"""Keep every process's cached calendar honest when a calendar day is edited directly."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from . import calendar_source
from .models import CalendarDay, CalendarYear


@receiver([post_save, post_delete], sender=CalendarDay)
def calendar_day_changed(sender, instance: CalendarDay, **kwargs) -> None:
    # The fingerprint in calendar_source includes the year's updated_at: bump it.
    CalendarYear.objects.filter(pk=instance.schedule_id).update(updated_at=timezone.now())
    calendar_source.clear_cache()
