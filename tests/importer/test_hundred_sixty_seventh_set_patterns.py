"""Patterns a hundred-and-sixty-seventh fresh set of real notices showed (issue #11: Guangxi,
Hainan, Yunnan and Guizhou notices from places earlier sets had few of, most of them
Traditional-script mirrors): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_mirror_keeping_the_variant_shape_of_the_public_still_reads_as_a_first_notice():
    page = (
        "根據某某部2018年7月16日發布的《環境影響評價公衆參與辦法》（某某部令第4号）規定，"
        "現将《某某化工有限公司2萬噸/年某某技術改造項目》環境影響評價工作的有關信息予以公告，"
        "公告内容如下：\n"
        "一、建設項目概況\n"
        "項目名稱：某某化工有限公司2萬噸/年某某技術改造項目\n"
        "建設地點：某某化工有限公司現有廠區内\n"
        "二、建設單位及環評單位基本情況\n"
        "單位名稱：某某化工有限公司\n"
        "聯系電話：0871-61234567\n"
        "三、環境影響評價的主要工作内容\n"
        "按有關法規的要求，以環評導則爲指導，對項目建設可能造成的環境影響分層次地\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某化工有限公司"
    assert notice.value("contact")["phone"] == "0871-61234567"


def test_the_interim_measures_heading_of_the_assessments_work_tells_a_first_notice():
    page = (
        "根据《环境影响评价公众参与办法》规定，现将《某某建材有限公司石料加工项目》环境影响评价"
        "工作的有关信息予以公告，公告内容如下：\n"
        "一、建设项目概况\n"
        "项目名称：某某建材有限公司石料加工项目\n"
        "二、建设单位基本情况\n"
        "单位名称：某某建材有限公司\n"
        "联系电话：0851-81234567\n"
        "三、环境影响评价的主要工作内容\n"
        "对项目建设、污染物排放等可能造成的环境影响进行分析\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"


def test_a_first_notice_run_into_its_title_naming_the_round_after_the_assessment_is_found():
    page = (
        "某某市某某局关于某某湾深水网箱养殖集中用海总体环境影响评价公示（第一次）根据《中华人民"
        "共和国环境影响评价法》、《环境影响评价公众参与办法》的相关要求，现对某某湾深水网箱养殖"
        "集中用海总体进行环境影响评价第一次公示，以便了解社会公众对该项目建设的态度及环境保护方面"
        "的意见和建议，接受社会公众的监督。一、建设项目的名称及概要项目名称：某某湾深水网箱养殖"
        "集中用海总体项目性质：新建建设地点：本工程位于某某市南部海域\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某市某某局"


def test_news_of_a_hearing_held_on_a_report_is_not_put_up_as_a_notice():
    page = (
        "昨日，某某市环保局举行《某某商业广场建设项目环境影响报告书》听证会，就该项目对周围环境"
        "的影响听取社会各界的意见。听证会上，各代表就项目投入使用后可能造成的水污染、噪声污染等"
        "发表了意见和建议。某某市环保局相关负责人表示，以后对规模较大的建设项目将举行听证。\n"
    )
    assert extract_notices(page).proposals == ()
