"""factory_boy factories: a notice per kind, calendar years and days."""

from __future__ import annotations

import datetime as dt

import factory

from notices.models import CalendarDay, CalendarYear, Contact, Notice, Publication


class NoticeFactory(factory.django.DjangoModelFactory):
    """Build with ``.build()`` when no row is needed; create through services.record_notice."""

    class Meta:
        model = Notice

    kind = "liquidation"
    title = factory.Sequence(lambda n: f"注销公告 {n}")
    subject = factory.Sequence(lambda n: f"测试有限公司{n}")
    issuer = factory.LazyAttribute(lambda o: f"{o.subject}清算组")
    province = "内蒙古自治区"
    city = "乌兰察布市"
    published_on = dt.date(2024, 7, 8)
    review_state = "confirmed"

    class Params:
        eia_draft = factory.Trait(
            kind="eia_draft_comment",
            title=factory.Sequence(lambda n: f"建设项目{n}环境影响评价第二次公示"),
            issuer="测试建设单位有限公司",
        )
        inspection = factory.Trait(
            kind="inspection_reporting",
            title="生态环境保护督察组值班电话",
            stated_first_day=dt.date(2025, 5, 28),
            stated_last_day=dt.date(2025, 6, 28),
        )
        capital_reduction = factory.Trait(kind="capital_reduction", title="减资公告")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        from notices import services

        return services.record_notice(model_class(*args, **kwargs))


class PublicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Publication

    notice = factory.SubFactory(NoticeFactory)
    channel = Publication.Channel.NEWSPAPER
    outlet = "乌兰察布日报"
    published_on = factory.LazyAttribute(lambda o: o.notice.published_on)


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    notice = factory.SubFactory(NoticeFactory)
    name = "张飞"
    phone = "18504922288"


class CalendarYearFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CalendarYear
        django_get_or_create = ("year",)

    year = 2027
    published = True
    notice_title = "国务院办公厅关于2027年部分节假日安排的通知（测试）"


class CalendarDayFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CalendarDay

    schedule = factory.SubFactory(CalendarYearFactory)
    day = dt.date(2027, 2, 8)
    kind = CalendarDay.Kind.DAY_OFF
    name = "春节"
