"""The demo register: made-up notices dated relative to a day, so a new install shows open periods.

The sample notices of the seed pages are real but old: on any later day every one of them is
closed. The demo register is generated when it is loaded (``bin/manage load_demo``, which
``bin/run`` calls) from the day it runs, so a newcomer sees each thing the product is for:
periods open now, one closing in its last working days, one not open yet, one that has just
closed, a window that reaches into a year whose holiday schedule is not published yet
(provisional), and a notice with compliance findings.

Every demo notice is marked twice: ``Notice.is_demo`` (what ``--remove`` deletes) and a
"【演示】" title prefix, so it reads as demo data in every output (pages, API, feeds, calendar
files, emails). Issuers, phones (0000) and links (example.com, reserved for examples) are made
up. Loading replaces the previous demo register, so running it again the next day re-dates it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from . import calendar_source, services
from .deadlines.findings import day_zh
from .deadlines.windows import WindowState, WindowTerms, compute_window, state
from .deadlines.workdays import WorkCalendar
from .models import Contact, Link, Notice, Publication, ReviewState

TITLE_PREFIX = "【演示】"
OUTLET = "演示日报"
PROVINCE = "演示省"


@dataclass(frozen=True)
class DemoNotice:
    """One demo notice: what it shows (``shows``) and the facts it is entered with."""

    shows: str
    kind: str
    title: str
    issuer: str
    subject: str
    city: str
    published_on: dt.date
    text: str
    stated_first_day: dt.date | None = None
    stated_last_day: dt.date | None = None
    dissolution_resolved_on: dt.date | None = None
    liquidation_group_formed_on: dt.date | None = None
    newspaper_runs: tuple[dt.date, ...] = ()
    links: tuple[str, ...] = field(default=())


def first_unpublished_year(calendar: WorkCalendar, today: dt.date) -> int:
    """The first year from ``today``'s on whose holiday schedule is not published."""
    year = today.year
    while calendar.is_published(year):
        year += 1
    return year


def plan_demo(today: dt.date, calendar: WorkCalendar) -> list[DemoNotice]:
    """The demo notices for ``today`` on ``calendar`` (dates only; nothing is written)."""
    wd_before = calendar.working_days_before
    plan: list[DemoNotice] = []

    published = wd_before(today, 3)
    plan.append(
        DemoNotice(
            shows="open",
            kind="eia_draft_comment",
            title=f"{TITLE_PREFIX}演示市城北污水处理厂扩建工程环境影响报告书征求意见稿公示",
            issuer="演示市排水有限公司",
            subject="演示市城北污水处理厂扩建工程",
            city="演示市",
            published_on=published,
            newspaper_runs=(published, calendar.next_working_day(published)),
            links=("https://example.com/demo/eia-report.pdf",),
            text=(
                "演示市城北污水处理厂扩建工程环境影响报告书征求意见稿已编制完成。公众可自本公告"
                "发布之日起10个工作日内，通过信函、电子邮件等方式提交意见。报告书征求意见稿"
                "网络链接：https://example.com/demo/eia-report.pdf"
            ),
        )
    )
    published = wd_before(today, 8)
    plan.append(
        DemoNotice(
            shows="closing_soon",
            kind="eia_acceptance",
            title=f"{TITLE_PREFIX}演示市生态环境局建设项目环境影响评价文件受理公示",
            issuer="演示市生态环境局",
            subject="演示化工园区热电联产项目",
            city="演示市",
            published_on=published,
            text=(
                "我局受理了演示化工园区热电联产项目环境影响报告书，现予以公示，公示期为10个"
                "工作日。公众可在公示期内向我局提出意见。"
            ),
        )
    )
    published = today - dt.timedelta(days=12)
    plan.append(
        DemoNotice(
            shows="open",
            kind="liquidation",
            title=f"{TITLE_PREFIX}演示商贸有限公司清算公告",
            issuer="演示商贸有限公司清算组",
            subject="演示商贸有限公司",
            city="演示市",
            published_on=published,
            text=(
                "演示商贸有限公司股东会决议解散公司，已成立清算组。请公司债权人自本公告"
                "见报之日起四十五日内，向清算组申报债权。"
            ),
        )
    )
    first_day = today + dt.timedelta(days=5)
    plan.append(
        DemoNotice(
            shows="upcoming",
            kind="inspection_reporting",
            title=f"{TITLE_PREFIX}演示省第一生态环境保护督察组进驻公告",
            issuer="演示省第一生态环境保护督察组",
            subject="演示市",
            city="演示市",
            published_on=today,
            stated_first_day=first_day,
            stated_last_day=first_day + dt.timedelta(days=20),
            text=(
                f"督察组将于{day_zh(first_day)}进驻演示市，受理举报期间为{day_zh(first_day)}至"
                f"{day_zh(first_day + dt.timedelta(days=20))}，每天8:00至20:00。"
            ),
        )
    )
    published = wd_before(today, 6)
    plan.append(
        DemoNotice(
            shows="closed",
            kind="eia_pre_approval",
            title=f"{TITLE_PREFIX}演示市生态环境局拟作出建设项目环境影响评价文件审批意见的公示",
            issuer="演示市生态环境局",
            subject="演示县光伏发电项目",
            city="演示县",
            published_on=published,
            text=(
                "我局拟对演示县光伏发电项目环境影响报告表作出审批意见，现予以公示，公示期为5个"
                "工作日。"
            ),
        )
    )
    published = today - dt.timedelta(days=10)
    plan.append(
        DemoNotice(
            shows="findings",
            kind="liquidation",
            title=f"{TITLE_PREFIX}演示建材有限公司注销清算公告",
            issuer="演示建材有限公司清算组",
            subject="演示建材有限公司",
            city="演示市",
            published_on=published,
            dissolution_resolved_on=published - dt.timedelta(days=80),
            liquidation_group_formed_on=published - dt.timedelta(days=40),
            stated_last_day=published + dt.timedelta(days=30),
            text=(
                "演示建材有限公司决议解散，清算组已成立。请债权人于本公告发布之日起三十日内"
                "申报债权。（演示：申报期短于法定的四十五日，清算组成立晚于解散决议十五日。）"
            ),
        )
    )
    plan.append(_provisional(today, calendar))
    return plan


def _provisional(today: dt.date, calendar: WorkCalendar) -> DemoNotice:
    """A window that reaches into the first year whose schedule is not published yet."""
    year = first_unpublished_year(calendar, today)
    # a comment period starting late in the year before, so its 10 working days run into it
    first_day = max(dt.date(year - 1, 12, 24), today) if year > today.year else today
    return DemoNotice(
        shows="provisional",
        kind="eia_draft_comment",
        title=f"{TITLE_PREFIX}演示市垃圾焚烧发电项目环境影响报告书征求意见稿公示",
        issuer="演示环保能源有限公司",
        subject="演示市垃圾焚烧发电项目",
        city="演示市",
        published_on=min(today, first_day),
        stated_first_day=first_day,
        newspaper_runs=(min(today, first_day),),
        text=(
            f"公众可自{day_zh(first_day)}起10个工作日内提出意见。截止日跨入{year}年，"
            f"而{year}年的放假安排尚未公布，截止日为暂定。"
        ),
    )


def remove_demo() -> int:
    """Delete every demo notice (with its publications, contacts and links); return how many."""
    _, per_model = Notice.objects.filter(is_demo=True).delete()
    return per_model.get(Notice._meta.label, 0)


def load_demo(today: dt.date) -> list[tuple[Notice, str]]:
    """Replace the demo register with one dated relative to ``today``; return (notice, shows)."""
    calendar = calendar_source.get_calendar()
    now = timezone.now()
    made: list[tuple[Notice, str]] = []
    with transaction.atomic():
        remove_demo()
        for item in plan_demo(today, calendar):
            notice = Notice(
                kind=item.kind,
                title=item.title,
                subject=item.subject,
                issuer=item.issuer,
                province=PROVINCE,
                city=item.city,
                full_text=item.text,
                review_state=ReviewState.CONFIRMED,
                published_on=item.published_on,
                stated_first_day=item.stated_first_day,
                stated_last_day=item.stated_last_day,
                dissolution_resolved_on=item.dissolution_resolved_on,
                liquidation_group_formed_on=item.liquidation_group_formed_on,
                is_demo=True,
                created_at=now,
            )
            services.record_notice(notice, reason="demo data")
            for run in item.newspaper_runs or (item.published_on,):
                Publication.objects.create(
                    notice=notice,
                    channel=Publication.Channel.NEWSPAPER,
                    outlet=OUTLET,
                    published_on=run,
                )
            Contact.objects.create(
                notice=notice, name="演示联系人", phone="0000-0000000", email="demo@example.com"
            )
            for url in item.links:
                Link.objects.create(notice=notice, url=url, purpose=Link.Purpose.REPORT)
            made.append((notice, item.shows))
    return made


def state_on(item: DemoNotice, today: dt.date, calendar: WorkCalendar) -> WindowState:
    """The state the demo notice's window is in on ``today`` (for checking a plan)."""
    window = compute_window(
        WindowTerms(
            kind=item.kind,
            published_on=item.published_on,
            stated_first_day=item.stated_first_day,
            stated_last_day=item.stated_last_day,
        ),
        calendar,
    )
    return state(window, today)
