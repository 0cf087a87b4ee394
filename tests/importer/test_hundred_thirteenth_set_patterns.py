"""Patterns a hundred-and-thirteenth fresh set of real notices showed (issue #11: tourism,
sport, commerce and logistics: scenic areas, ropeways, ski resorts, wholesale markets, cold
chain and logistics parks, from bureau sites, association platforms and e-papers): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from tests.importer.proposals import only as _only


def test_a_signature_date_whose_year_month_and_day_marks_were_lost_still_dates_the_notice():
    page = (
        "某某风景区游客中心污水处理站建设项目环境影响评价拟报批公示\n"
        "根据《环境影响评价公众参与办法》（生态环境部令第4号）的规定，我单位委托某某环境科技"
        "有限公司编制的该项目环境影响报告书及公众参与说明已编制完成，拟上报某某州生态环境局"
        "进行审批，现开展拟报批公示，听取社会各界的意见和建议。\n"
        "某某风景名胜区管理委员会\n"
        "202136\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("issuer") == "某某风景名胜区管理委员会"
    assert notice.value("published_on") == dt.date(2021, 3, 6)


def test_a_title_set_after_the_body_below_its_listed_attachments_stays_the_notices_title():
    page = (
        "根据《环境影响评价公众参与办法》的规定，某某冷链物流园建设项目环境影响报告书及公众参与"
        "说明已编制完成，拟报送审批，现将报告书全文及公众参与说明予以公示，公众可通过电话、"
        "电子邮件提出意见，联系电话：0991-2345678。\n"
        "某某冷链物流有限公司\n"
        "2022年5月9日\n"
        "附件：某某冷链物流园建设项目环境影响报告书（报批稿）.pdf\n"
        "附件：某某冷链物流园建设项目公众参与说明.pdf\n"
        "某某冷链物流园建设项目环境影响评价报批前公示\n"
    )
    notice = _only(page)
    assert notice.value("title") == "某某冷链物流园建设项目环境影响评价报批前公示"
    assert notice.value("issuer") == "某某冷链物流有限公司"


def test_a_phone_run_into_the_bracket_of_its_office_remark_is_no_part_of_the_issuer():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审查，我局拟对该建设项目环境影响评价文件"
        "进行审查。现将拟审查的环境影响评价文件基本情况予以公示，公示期为2023-3-6至3-10。\n"
        "听证权利告知：依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可提出"
        "听证申请。\n"
        "联系电话：0731-1234567（行政审批大厅环保窗口）、0731-7654321（某某县环境保护局办公室）\n"
        "项目名称 |\n"
        "某某农产品批发市场项目 |\n"
        "建设单位 |\n"
        "某某置业有限公司 |\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某县环境保护局"


def test_a_six_digit_number_inside_a_line_is_no_date():
    page = (
        "某某物流园建设项目环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与办法》的规定，现将某某物流园建设项目环境影响评价信息公示如下。\n"
        "一、项目概况：项目备案编号202136，新建仓储库房及冷库。\n"
        "二、建设单位：某某物流有限公司，联系人：刘工，联系电话：0991-2345678。\n"
        "三、公众意见表的网络链接：https://example.com/form.docx\n"
        "四、公众可通过信函、电子邮件等方式提出意见。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("published_on") is None
