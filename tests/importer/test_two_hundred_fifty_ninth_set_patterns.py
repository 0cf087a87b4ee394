"""Patterns a two-hundred-and-fifty-ninth fresh set of real notices showed (issue #11: EIA
notices for energy works, PV and wind farms, heating boilers, waste-to-energy plants,
2020-2026): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only

NEWS_ABOVE = "某某市举行植树活动，市民踊跃参加。\n"

DECISION_SIGNED_OVER_A_COMMENT_BUTTON = (
    "关于作出某某县生活垃圾焚烧发电项目环境影响评价文件审批决定的公告\n"
    "根据建设项目环境影响评价审批程序的有关规定，经审查，2025年5月6日我局对某某环保能源有限公司"
    "某某县生活垃圾焚烧发电项目环境影响评价文件作出了审批决定，现将作出的审批决定情况予以公告，"
    "公告期自信息发布日起7日届满。\n"
    "行政复议与行政诉讼权利告知：依据《中华人民共和国行政复议法》和《中华人民共和国行政诉讼法》，"
    "公民、法人或者其他组织认为公告的建设项目环境影响评价文件审批决定侵犯其合法权益的，可以自公告"
    "期限届满之日起六十日内提起行政复议。\n"
    "联系电话：0123-4567890\n"
    "通讯地址：某某市行政审批局二楼\n"
    "2025年5月6日\n"
)


def test_a_comment_button_under_the_signed_date_leaves_the_date_as_the_publication_date():
    # a site's comment or like button printed under the article ("评论", "点赞(3)") is page
    # furniture: the date above it still signs the notice
    for button in ("评论", "点赞(3)", "分享"):
        page = f"{NEWS_ABOVE}\n{DECISION_SIGNED_OVER_A_COMMENT_BUTTON}{button}\n"
        notice = _only(page)
        assert notice.value("kind") == "eia_decision"
        assert str(notice.value("published_on")) == "2025-05-06"
        assert notice.value("contact")["phone"] == "0123-4567890"


def test_a_reposters_clean_dated_title_over_its_masked_copy_names_the_bureau():
    # an aggregator prints the bureau's dated title in its header, then the body under the
    # same title with the bureau masked ("****环境局****分局2025年…拟审批项目公示"): the
    # header's title is the notice's title and names its issuer
    page = (
        "某某市生态环境局某某县分局2025年3月4日拟审批项目公示\n"
        "审批\n"
        "某某省-某某市-某某县\n"
        "发布时间: 2025年03月04日\n"
        "项目详情\n"
        "下文中****为隐藏内容，仅对会员开放\n"
        "****环境局****分局2025年3月4日拟审批项目公示\n"
        "发布日期:2025-03-04 10:19\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审查，2025年3月4日我局拟对以下建设项目"
        "环境影响评价文件作出审批意见。为保证本次审查工作的严肃性和公正性，现将拟作出审批意见的"
        "环境影响评价文件基本情况予以公示，公示期为2025年3月4日—2025年3月6日（3个工作日）。\n"
        "联系电话：****020 通讯地址：**县某某大街\n"
        "1 某某镇供热设施改造项目 某某镇 **** **** 在原有锅炉房的基础上进行扩建。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市生态环境局某某县分局"
    assert str(notice.value("published_on")) == "2025-03-04"
    assert notice.value("window")["ends_on"] == "2025-03-06"
