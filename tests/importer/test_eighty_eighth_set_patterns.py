"""Patterns an eighty-eighth fresh set of real notices showed (issue #11: 2021-2022 notices of
every kind, any province): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_a_signer_run_onto_the_last_sentence_of_a_joined_paragraph_signs_the_notice():
    # a forum's archive view joins the numbered sections with spaces, so the builder's name
    # follows the last sentence and only the date keeps a line of its own
    page = (
        "某某县城东片区供水管网改造工程环境影响评价第二次公示 1、项目名称：某某县城东片区供水"
        "管网改造工程； 2、建设地点：某某县城东片区； 3、建设内容：新建供水管道12.6公里，"
        "加压泵站1座。 4、环境影响报告书征求意见稿全文及公众意见表的网络链接：见附件； "
        "5、查阅纸质报告书的方式和途径：某某县城乡供水有限公司，现场查阅； "
        "6、征求意见的公众范围：管线两侧200米范围内的居民、学校等敏感点； "
        "7、公众提出意见的方式和途径：发送公众意见表至邮箱 gongshui2021@163.com； "
        "8、公众提出意见的起止时间：2021年3月15日至2021年3月26日，公示时间为10个工作日。 "
        "某某县城乡供水有限公司\n"
        "2021年3月15日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某县城乡供水有限公司"
    assert notice.value("published_on") == dt.date(2021, 3, 15)
