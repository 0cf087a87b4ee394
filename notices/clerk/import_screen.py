"""The admin's import screen: newspaper text, an e-paper PDF or a scan in, reviewed notices out.

Text is read during the request. A PDF or an image is read by a background job
(``tasks.start``); its page shows "page n of m" until the job ends, then the same confirm
screen as for text, with the crop of the page beside each field read from it.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from notices import calendar_source
from notices.importer import extract_notices
from notices.importing import (
    find_duplicate,
    notice_fields,
    project_rows,
    proposal_json,
    save_notices,
)
from notices.models import CountingConvention, NoticeKind, ReviewState, WindowUnit
from notices.pages import sniff

from . import tasks
from .display import closing_moment_text, long_day
from .models import STUCK, PageImage, PageImportJob

MAX_UPLOAD_BYTES = 10 * 1024 * 1024


class PasteForm(forms.Form):
    text = forms.CharField(
        label=_("Newspaper text"), widget=forms.Textarea(attrs={"rows": 16}), required=False
    )
    upload = forms.FileField(
        label=_("or a file: the e-paper PDF, a scan or photo (PNG, JPEG, TIFF), or .txt"),
        required=False,
    )
    outlet = forms.CharField(label=_("Newspaper"), max_length=200, required=False)

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("upload")
        if upload is not None:
            cap = settings.NOTICES_IMPORT_MAX_BYTES
            if upload.size > cap:
                raise forms.ValidationError(
                    _("The file is larger than %(mb)s MB; nothing was read.")
                    % {"mb": cap // (1024 * 1024)}
                )
            if upload.size == 0:
                raise forms.ValidationError(_("The file is empty (0 bytes)."))
            cleaned["raw"] = upload.read()
            cleaned["name"] = upload.name
            if sniff(cleaned["raw"][:1024]) == "text" and upload.size > MAX_UPLOAD_BYTES:
                raise forms.ValidationError(_("The file is larger than 10 MB."))
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
        label=_("liquidation committee formed on"), required=False
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
    #: The rows of an authority's table as the importer read them (JSON), each saved as a notice
    #: of its own: the source text alone may no longer show a table set a cell a line.
    projects = forms.CharField(widget=forms.HiddenInput, required=False)

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
            "projects": _projects(d.get("projects", "")),
        }


def _projects(value: str) -> list[Any]:
    """The table rows a form carried; anything else (a tampered or empty field) is none, and
    importing.project_rows then reads the rows from the source text again."""
    try:
        rows = json.loads(value) if value else []
    except ValueError:
        return []
    return rows if isinstance(rows, list) else []


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
        "projects": json.dumps(item.get("projects") or [], ensure_ascii=False),
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


#: What a proposal can lack before it is a complete notice (``needs_attention`` codes).
ATTENTION = {
    "kind": _("the notice's kind"),
    "published_on": _("the publication day"),
    "window": _("the window (its period or its last day)"),
}


def attention_labels(item: dict[str, Any]) -> str:
    """What the clerk must supply before the proposal is complete, in words, as one list
    ("the publication day, the window" / "发布日期、期限"); empty when nothing is missing."""
    labels = [str(ATTENTION.get(code, code)) for code in item.get("needs_attention", ())]
    return str(pgettext("list separator", ", ")).join(labels)


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
        raw = paste.cleaned_data["raw"]
        if isinstance(raw, bytes) and sniff(raw) != "text":
            job = PageImportJob.objects.create(
                created_by=request.user,
                filename=paste.cleaned_data["name"][:255],
                outlet=paste.cleaned_data.get("outlet", ""),
                data=raw,
            )
            tasks.start(job)
            return HttpResponseRedirect(reverse("admin:notices_notice_import_job", args=[job.pk]))
        result = extract_notices(paste.cleaned_data["raw"])
        for message in result.messages:
            messages.warning(request, message)
        calendar = calendar_source.get_calendar()
        # the text the spans point into, decoded as the importer decoded it (GB18030, UTF-16…)
        source = result.text
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
                    "attention": attention_labels(item),
                    "projects": project_rows(item),
                    **_closing(item),
                    "source": highlight(source, proposal.span, item.get("evidence", {})),
                }
            )
        if not rows and not result.messages:
            messages.info(request, _("No notice was found in this text."))
    context.update(paste=paste, rows=rows, count=len(rows), outlet=request.POST.get("outlet", ""))
    return render(request, "admin/notices/notice/import.html", context)


#: Which evidence (importer field or part) shows the crop beside each form field.
EVIDENCE_OF = {
    "kind": ("kind",),
    "title": ("title",),
    "subject": ("subject",),
    "issuer": ("issuer",),
    "published_on": ("published_on",),
    "dissolution_resolved_on": ("dissolution_resolved_on",),
    "liquidation_group_formed_on": ("liquidation_group_formed_on",),
    "window_length": ("window",),
    "stated_first_day": ("window",),
    "stated_last_day": ("window",),
    "contact_name": ("contact.name", "contact"),
    "contact_phone": ("contact.phone", "contact"),
    "contact_email": ("contact.email",),
    "contact_address": ("contact.address",),
    "contact_postcode": ("contact.postcode",),
    "links": ("links.0", "links"),
}


def _crop_url(job: PageImportJob, place: dict[str, Any] | None) -> str | None:
    if not place or "page" not in place or "box" not in place:
        return None
    box = ",".join(f"{v:.4f}" for v in place["box"])
    url = reverse("admin:notices_notice_import_crop", args=[job.pk, place["page"]])
    return f"{url}?box={box}"


def job_view(model_admin: admin.ModelAdmin, request: HttpRequest, job_id) -> HttpResponse:
    job = get_object_or_404(PageImportJob, pk=job_id)
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("Import from newspaper text"),
        "opts": model_admin.model._meta,
        "job": job,
        "paste": PasteForm(),
    }
    if job.stuck:
        job.state, job.messages = PageImportJob.State.FAILED, [*job.messages, STUCK]
        job.save(update_fields=["state", "messages"])
    if not job.finished:
        return render(request, "admin/notices/notice/import.html", context)
    for message in job.messages:
        messages.warning(request, message)
    rows = []
    proposed = job.result.get("items", [])
    texts = job.result.get("texts", [])
    for i, item in enumerate(proposed):
        text = texts[i] if i < len(texts) else ""
        duplicate = find_duplicate(notice_fields(item))
        form = ProposedNoticeForm(prefix=f"p{i}", initial=_initial(item, text))
        if duplicate is not None:
            form.initial["include"] = False
        evidence = item.get("evidence") or {}
        fields = []
        for bound in form.visible_fields():
            keys = EVIDENCE_OF.get(bound.name, ())
            place = next((evidence[k] for k in keys if k in evidence), None)
            fields.append({"field": bound, "crop": _crop_url(job, place)})
        rows.append(
            {
                "form": form,
                "item": item,
                "duplicate": duplicate,
                "attention": attention_labels(item),
                "projects": project_rows(item),
                **_closing(item),
                "fields": fields,
                "crop": _crop_url(job, item),
                "source": text,
            }
        )
    if job.state == PageImportJob.State.DONE and not rows:
        messages.info(request, _("No notice was found in this file."))
    context.update(rows=rows, count=len(rows), outlet=job.outlet)
    return render(request, "admin/notices/notice/import.html", context)


def crop_view(model_admin, request: HttpRequest, job_id, number: int) -> HttpResponse:
    """The part of a page a field was read from (with a margin), as a PNG."""
    from PIL import Image

    page = get_object_or_404(PageImage, job_id=job_id, number=number)
    try:
        x0, y0, x1, y1 = (float(v) for v in request.GET.get("box", "").split(","))
    except ValueError:
        raise Http404("box=x0,y0,x1,y1 (fractions of the page)") from None
    if not (0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1):
        raise Http404("box=x0,y0,x1,y1 (fractions of the page)")
    image = Image.open(io.BytesIO(bytes(page.image)))
    w, h = image.size
    margin = 6
    crop = image.crop(
        (
            max(0, int(x0 * w) - margin),
            max(0, int(y0 * h) - margin),
            min(w, int(x1 * w) + margin),
            min(h, int(y1 * h) + margin),
        )
    )
    buffer = io.BytesIO()
    crop.save(buffer, "PNG")
    response = HttpResponse(buffer.getvalue(), content_type="image/png")
    response["Cache-Control"] = "private, max-age=3600"
    return response


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


def _closing(item: dict[str, Any]) -> dict[str, str]:
    """When the proposed window closes, as the admin writes it ("2024年8月22日 24:00"), and
    the earliest possible last day if the publication day counts."""
    out = {}
    for key, name in (("last_day", "closes"), ("last_day_if_publication_day_counts", "earliest")):
        try:
            day = dt.date.fromisoformat(item.get(key) or "")
        except (TypeError, ValueError):
            continue
        out[name] = closing_moment_text(day) if name == "closes" else long_day(day)
    return out
