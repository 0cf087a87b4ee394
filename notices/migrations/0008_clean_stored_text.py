"""Clean text stored before the showable-text fields: rows whose text some output cannot show
(a control character in a title broke the Atom feed for everyone) are rewritten through the
fields, which remove such characters and cut the length (notices/plain_text.py)."""

from django.db import migrations

# Characters a database can hold at all (no NUL, no lone surrogates), as regular expressions.
_IN_TEXT = "[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufffe\uffff]"
_IN_LINE = _IN_TEXT[:-1] + "\t\n\r]"
MODELS = (
    "Notice", "Publication", "Contact", "Link", "CalendarYear", "CalendarDay", "Subscriber",
    "Subscription", "WindowChange",
)  # fmt: skip


def clean_stored_text(apps, schema_editor):
    from notices.plain_text import ShowableField, ShowableTextField

    for name in MODELS:
        model = apps.get_model("notices", name)
        for field in model._meta.concrete_fields:
            if not isinstance(field, ShowableField):
                continue
            pattern = _IN_TEXT if isinstance(field, ShowableTextField) else _IN_LINE
            rows = model.objects.filter(**{f"{field.attname}__regex": pattern})
            for pk, value in rows.values_list("pk", field.attname).iterator():
                # the field's get_db_prep_save cleans the value on the way back in
                model.objects.filter(pk=pk).update(**{field.attname: value})


class Migration(migrations.Migration):
    dependencies = [("notices", "0007_showable_text")]

    operations = [migrations.RunPython(clean_stored_text, migrations.RunPython.noop)]
