"""The admin's paste-and-confirm screen: newspaper text in, reviewed notices out."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from notices import calendar_source
from notices.importer import extract_notices
from notices.importing import find_duplicate, notice_fields, proposal_json, save_notices
from notices.models import CountingConvention, NoticeKind, ReviewState, WindowUnit

MAX_UPLOAD_BYTES = 10 * 1024 * 1024


class PasteForm(forms.Form):
    text = forms.CharField(
        label=_("Newspaper text"), widget=forms.Textarea(attrs={"rows": 16}), required=False
    )
    upload = forms.FileField(label=_("or a .txt file"), required=False)
    outlet = forms.CharField(label=_("Newspaper"), max_length=200, required=False)

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("upload")
        if upload is not None:
            if upload.size > MAX_UPLOAD_BYTES:
                raise forms.ValidationError(_("The file is larger than 10 MB."))
            cleaned["raw"] = upload.read()
        elif cleaned.get("text", "").strip():
            cleaned["raw"] = cleaned["text"]
        else:
            raise forms.ValidationError(_("Paste the page's text or choose a .txt file."))
        return cleaned


class ProposedNoticeForm(forms.Form):
    """One proposal, every field correctable before it is saved."""

    include = forms.BooleanField(label=_("save"), required=False, initial=True)
    kind = forms.ChoiceField(label=_("kind"), choices=NoticeKind.choices)
    title = forms.CharField(label=_("title"), max_length=300)
    subject = forms.CharField(label=_("subject"), max_length=300, required=False)
    issuer = forms.CharField(label=_("issuer"), max_length=300, required=False)
    published_on = forms.DateField(label=_("published on"), required=False)
    dissolution_resolved_on = forms.DateField(label=_("dissolution resolved on"), required=False)
    liquidation_group_formed_on = forms.DateField(
        label=_("clearing group formed on"), required=False
    )
    window_length = forms.IntegerField(label=_("stated window length"), min_value=1, required=False)
    window_unit = forms.ChoiceField(
        label=_("stated window unit"), choices=[("", "—"), *WindowUnit.choices], required=False
    )
    counting = forms.ChoiceField(
        label=_("counting convention"),
        choices=[("", "—"), *CountingConvention.choices],
        required=False,
    )
    stated_first_day = forms.DateField(label=_("stated first day"), required=False)
    stated_last_day = forms.DateField(label=_("stated last day"), required=False)
    contact_name = forms.CharField(label=_("contact"), max_length=100, required=False)
    contact_phone = forms.CharField(label=_("phone"), max_length=50, required=False)
    contact_email = forms.EmailField(label=_("email"), required=False)
    contact_address = forms.CharField(label=_("address"), max_length=300, required=False)
    contact_postcode = forms.CharField(label=_("postcode"), max_length=6, required=False)
    links = forms.CharField(
        label=_("links (one a line)"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    text = forms.CharField(widget=forms.HiddenInput, required=False)

    def as_item(self) -> dict[str, Any]:
        """The corrected proposal in the seed-notices shape that importing.save_notices takes."""
        d = self.cleaned_data
        window: dict[str, Any] = {}
        if d.get("stated_first_day"):
            window["starts_on"] = d["stated_first_day"].isoformat()
        if d.get("stated_last_day"):
            window["ends_on"] = d["stated_last_day"].isoformat()
        if d.get("window_length"):
            window.update(length=d["window_length"], unit=d.get("window_unit") or "calendar_days")
        if d.get("counting"):
            window.update(counting=d["counting"], counting_stated=True)
        iso = {
            k: d[k].isoformat() if d.get(k) else None
            for k in ("published_on", "dissolution_resolved_on", "liquidation_group_formed_on")
        }
        contact = {
            k: d[f"contact_{k}"]
            for k in ("name", "phone", "email", "address", "postcode")
            if d.get(f"contact_{k}")
        }
        return {
            "kind": d["kind"],
            "title": d["title"],
            "subject": d.get("subject", ""),
            "issuer": d.get("issuer", ""),
            **iso,
            "window": window,
            "contact": contact,
            "links": [line.strip() for line in d.get("links", "").splitlines() if line.strip()],
            "text": d.get("text", ""),
        }


def _initial(item: dict[str, Any], text: str) -> dict[str, Any]:
    fields = notice_fields(item)
    contact = item.get("contact") or {}
    return {
        **{k: v for k, v in fields.items() if k != "response_hours"},
        "window_length": (item.get("window") or {}).get("length") or fields["window_length"],
        "window_unit": (item.get("window") or {}).get("unit") or fields["window_unit"],
        **{f"contact_{k}": contact.get(k, "") for k in ("name", "email", "address", "postcode")},
        "contact_phone": contact.get("phone", ""),
        "links": "\n".join(item.get("links") or []),
        "text": text,
    }


def highlight(source: str, span: tuple[int, int], evidence: dict[str, Any]) -> SafeString:
    """The notice's source text with each extracted field's span marked (non-overlapping)."""
    start, end = span
    marks = sorted(
        (s, e, name)
        for name, ev in evidence.items()
        if (sp := ev.get("span")) and (s := max(sp[0], start)) < (e := min(sp[1], end))
    )
    out, pos = [], start
    for s, e, name in marks:
        if s < pos:
            continue
        out.append(escape(source[pos:s]))
        out.append(f'<mark title="{escape(name)}">{escape(source[s:e])}</mark>')
        pos = e
    out.append(escape(source[pos:end]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped above


def import_view(model_admin: admin.ModelAdmin, request: HttpRequest) -> HttpResponse:
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("Import from newspaper text"),
        "opts": model_admin.model._meta,
    }
    if request.method == "POST" and request.POST.get("action") == "save":
        return _save(model_admin, request, context)
    paste = PasteForm(request.POST or None, request.FILES or None)
    rows = []
    if request.method == "POST" and paste.is_valid():
        result = extract_notices(paste.cleaned_data["raw"])
        for message in result.messages:
            messages.warning(request, message)
        calendar = calendar_source.get_calendar()
        source = paste.cleaned_data["raw"]
        if isinstance(source, bytes):
            source = source.decode("utf-8", errors="replace")
        for i, proposal in enumerate(result.proposals):
            item = proposal_json(proposal, calendar)
            duplicate = find_duplicate(notice_fields(item))
            form = ProposedNoticeForm(prefix=f"p{i}", initial=_initial(item, proposal.text))
            if duplicate is not None:
                form.initial["include"] = False
            rows.append(
                {
                    "form": form,
                    "item": item,
                    "duplicate": duplicate,
                    "source": highlight(source, proposal.span, item.get("evidence", {})),
                }
            )
        if not rows and not result.messages:
            messages.info(request, _("No notice was found in this text."))
    context.update(paste=paste, rows=rows, count=len(rows), outlet=request.POST.get("outlet", ""))
    return render(request, "admin/notices/notice/import.html", context)


def _save(model_admin, request, context) -> HttpResponse:
    count = int(request.POST.get("count", "0") or 0)
    forms_ = [ProposedNoticeForm(request.POST, prefix=f"p{i}") for i in range(min(count, 200))]
    chosen = [f for f in forms_ if f.is_valid() and f.cleaned_data.get("include")]
    invalid = [f for f in forms_ if not f.is_valid() and f.data.get(f"{f.prefix}-include")]
    if invalid:
        rows = [{"form": f, "item": {}, "duplicate": None, "source": ""} for f in forms_]
        messages.error(request, _("Correct the marked fields; nothing was saved."))
        context.update(paste=PasteForm(), rows=rows, count=len(rows))
        return render(request, "admin/notices/notice/import.html", context)
    outcome = save_notices(
        [f.as_item() for f in chosen],
        review_state=ReviewState.CONFIRMED,
        outlet=request.POST.get("outlet", ""),
    )
    if outcome.saved:
        messages.success(request, _("Saved %(n)s notice(s).") % {"n": len(outcome.saved)})
    for item, existing in outcome.duplicates:
        messages.warning(
            request,
            _("Not saved, already in the register as #%(pk)s: %(title)s")
            % {"pk": existing.pk, "title": item.get("title")},
        )
    for item, error in outcome.errors:
        messages.error(request, f"{item.get('title')}: {error}")
    return HttpResponseRedirect(reverse("admin:notices_notice_changelist"))
