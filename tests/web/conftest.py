"""Shared test data for the public side: the sample notices of seed-notices.json, on a fixed day.

``ON`` (Thursday 18 July 2024) is the day the pages are looked at: the two EIA drafts are
closing soon (one on its very last day), the liquidation is open, the inspection reporting
period (2025) is upcoming, and a capital reduction of May 2024 is closed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from notices.models import Contact, Link, Notice, Publication
from tests.factories import NoticeFactory

ON = dt.date(2024, 7, 18)


@dataclass
class SampleNotices:
    liquidation: Notice
    pipeline_eia: Notice
    xinlian_eia: Notice
    inspection: Notice
    capital_reduction: Notice
    draft: Notice

    @property
    def public(self) -> list[Notice]:
        return [
            self.liquidation,
            self.pipeline_eia,
            self.xinlian_eia,
            self.inspection,
            self.capital_reduction,
        ]


def build_sample_notices() -> SampleNotices:
    """Save the seed notices (plus a closed one and an unreviewed draft) with their details."""
    liquidation = NoticeFactory(
        kind="liquidation",
        title="注销公告",
        subject="乌兰察布市集宁区小小乌兰牧骑艺术团",
        issuer="乌兰察布市集宁区小小乌兰牧骑艺术团清算组",
        province="内蒙古自治区",
        city="乌兰察布市",
        county="集宁区",
        published_on=dt.date(2024, 7, 8),
        dissolution_resolved_on=dt.date(2024, 7, 8),
        liquidation_group_formed_on=dt.date(2024, 7, 8),
        full_text="经本单位决定注销，请债权人自本公告见报之日起45日内向本单位清算组申报债权。",
    )
    Contact.objects.create(
        notice=liquidation,
        name="布日格德",
        phone="15147478119",
        address="集宁区瑞宁名苑B区18号商业楼三楼",
        postcode="012000",
    )
    Publication.objects.create(
        notice=liquidation,
        channel="newspaper",
        outlet="乌兰察布日报",
        published_on=liquidation.published_on,
    )
    pipeline = NoticeFactory(
        kind="eia_draft_comment",
        title="陕京四线土贵乌拉镇至巴音化工园区输气管道项目环境影响评价第二次公示",
        subject="陕京四线土贵乌拉镇至巴音化工园区输气管道项目",
        issuer="乌兰察布盈捷新能源有限责任公司",
        province="内蒙古自治区",
        city="乌兰察布市",
        county="察哈尔右翼前旗",
        published_on=dt.date(2024, 7, 8),
        full_text="征求意见稿已编制完成，公众可在公示期内提出意见。",
    )
    Contact.objects.create(
        notice=pipeline,
        name="张飞",
        phone="18504922288",
        email="1804069050@qq.com",
        postcode="012000",
    )
    Link.objects.create(
        notice=pipeline,
        url="https://pan.baidu.com/s/13WgbweAIDE0QAzjLPEsKsw?pwd=5ok7",
        purpose="report",
        label="征求意见稿",
    )
    for day in (dt.date(2024, 7, 8), dt.date(2024, 7, 10)):
        Publication.objects.create(
            notice=pipeline, channel="newspaper", outlet="乌兰察布日报", published_on=day
        )
    xinlian = NoticeFactory(
        kind="eia_draft_comment",
        title="内蒙古鑫联环保固废资源化综合利用处置项目环境影响评价信息公开",
        subject="内蒙古鑫联环保固废资源化综合利用处置项目",
        issuer="内蒙古鑫联环保科技有限公司",
        province="内蒙古自治区",
        city="乌兰察布市",
        published_on=dt.date(2024, 7, 4),
        counting="next_day",
    )
    Contact.objects.create(
        notice=xinlian, name="贾工", phone="15604743003", email="869245597@qq.com"
    )
    inspection = NoticeFactory(
        kind="inspection_reporting",
        title="中央第二生态环境保护督察组值班电话和邮箱",
        subject="",
        issuer="中央第二生态环境保护督察组",
        province="内蒙古自治区",
        city="呼和浩特市",
        published_on=dt.date(2025, 5, 27),
        stated_first_day=dt.date(2025, 5, 28),
        stated_last_day=dt.date(2025, 6, 28),
        response_hours="08:00-20:00",
    )
    Contact.objects.create(
        notice=inspection, phone="0471-4819165", address="内蒙古自治区呼和浩特市A980号邮政信箱"
    )
    capital_reduction = NoticeFactory(
        kind="capital_reduction",
        title="减资公告",
        subject="包头市测试机械有限公司",
        issuer="包头市测试机械有限公司",
        province="内蒙古自治区",
        city="包头市",
        published_on=dt.date(2024, 4, 1),
    )
    draft = NoticeFactory(
        kind="eia_draft_comment",
        title="未经审核的草稿公示",
        review_state="draft",
        published_on=dt.date(2024, 7, 8),
    )
    return SampleNotices(liquidation, pipeline, xinlian, inspection, capital_reduction, draft)


@pytest.fixture
def today(monkeypatch):
    """Freeze "today" (timezone.localdate, as the views call it) at ON."""
    from django.utils import timezone

    real = timezone.localdate

    def localdate(value=None, timezone=None):
        return ON if value is None else real(value, timezone)

    monkeypatch.setattr("django.utils.timezone.localdate", localdate)
    return ON


@pytest.fixture
def samples(db, today) -> SampleNotices:
    return build_sample_notices()
