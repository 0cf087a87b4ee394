"""Patterns a fresh set of real notices showed (issue #11); its focus was copies of notices held
in GitHub repositories, then any notice of 2021-2026 in stored pages, and both were found used up,
so the set holds older copies: a forum's repost of a notice under the 2006 interim measures and a
bureau's reminder to builders. Each test is a sentence of behaviour on a text written for the
test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

_MATTERS_PUT_UP = (
    "根据《中华人民共和国环境影响评价法》、《环境影响评价公众参与暂行办法》等相关规定，现将"
    "“某某食品股份有限公司年产5000吨果酒扩建项目”有关环境影响评价事宜进行公示。"
    "一、建设项目名称及概要 1、建设项目名称：某某食品股份有限公司年产5000吨果酒扩建项目 "
    "2、项目概要：项目位于某某县某某工业园区，总投资3000万元。"
    "二、建设项目对环境可能造成的影响 施工期扬尘、噪声对周边环境产生一定影响。"
    "三、预防或减轻不良影响的对策和措施的要点 施工场地定期洒水，选用低噪声设备。\n"
)


def test_the_company_whose_project_matters_are_put_up_without_set_out_below_issues_it():
    # "…有关环境影响评价事宜进行公示" ends the sentence the 2006 measures' notices open with as
    # well as "…事宜公告如下" does: the company in the quoted project is the builder
    notice = extract_notices(_MATTERS_PUT_UP).proposals[0]
    assert notice.value("issuer") == "某某食品股份有限公司"


def test_the_project_matters_given_up_for_publicity_name_its_builder_too():
    text = _MATTERS_PUT_UP.replace("事宜进行公示", "事宜予以公示")
    notice = extract_notices(text).proposals[0]
    assert notice.value("issuer") == "某某食品股份有限公司"


_REMINDER = (
    "关于做好建设项目竣工环境保护验收报告网上公开的友情提示\n"
    "各建设单位：\n"
    "按照《建设项目环境影响评价政府信息公开指南（试行）》，自2016年1月1日起，请贵单位在验收监测报告"
    "编制完成后、报送我局审批前，将报告全本在某某市环境保护学会网站（http://www.example.org.cn/gk/）"
    "公开，公开期限不少于5个工作日；未公开的，我局不予受理其验收申请。\n"
    "一、公开的报告全本须与报送审批的文本一致，涉密内容可以删除，并逐项说明理由。\n"
    "二、咨询单位：某某市环境保护学会\n"
)


def test_a_reminder_to_builders_at_large_of_what_they_must_publish_is_no_notice():
    # it is addressed to every builder ("各建设单位："), tells them of a duty ("请贵单位…将报告
    # 全本…公开，公开期限不少于5个工作日") and puts no report of its own up
    assert extract_notices(_REMINDER).proposals == ()
    # (its title and its salutation are one guide word each: either alone is not enough)
    assert extract_notices(_REMINDER.replace("的友情提示\n", "\n")).proposals != ()
    assert extract_notices(_REMINDER.replace("各建设单位：\n", "")).proposals != ()
