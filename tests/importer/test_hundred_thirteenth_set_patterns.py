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


def test_a_platforms_header_bar_numbers_beside_its_account_links_are_not_the_notices_phone():
    page = (
        "欢迎访问某某环境保护产业协会\n"
        " 联系方式:0991-1234567 | 0991-7654321     微信公众号   个人中心\n"
        "2023-10-16 / :52\n"
        "  根据《环境影响评价公众参与办法》（生态环境部令第4号）的规定，我单位委托某某环境科技"
        "有限公司编制的某某滑雪场改扩建项目环境影响报告书及公众参与说明已编制完成，拟上报某某州"
        "生态环境局进行审批，现开展拟报批公示，听取社会各界的意见和建议。\n"
        "某某冰雪旅游开发有限公司\n"
        "2023年10月16日\n"
        "某某滑雪场改扩建项目环境影响评价拟报批公示\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"
    assert "phone" not in notice.value("contact")


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


def test_an_authoritys_acceptance_decision_put_up_before_it_is_made_is_issued_by_the_authority():
    page = (
        "某某山客运索道工程拟作出竣工环境保护验收决定的公开\n"
        "某某省生态环境厅  时间:2016-05-10 09:30   【字体:\n"
        "项目名称\n"
        "某某山客运索道工程\n"
        "建设单位\n"
        "某某山旅游股份有限公司\n"
        "环保措施落实情况\n"
        "项目基本落实了环境影响报告书及其批复提出的生态保护和污染防治措施。\n"
        "听证权利告知\n"
        "依据《中华人民共和国行政许可法》，自公示之日起五个工作日内申请人、利害关系人可对拟作出"
        "的建设项目竣工环境保护验收批复决定提出听证申请。\n"
        "公众反馈意见联系方式\n"
        "某某省生态环境厅政务大厅0731-1234567\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某省生态环境厅"


def test_an_e_paper_footer_with_its_section_in_brackets_dates_a_notice_signed_without_a_day():
    page = (
        "某某科技时报 数字报纸\n"
        "00005版:【环保】\n"
        "  某某湖旅游度假区总体规划环境影响评价第二次公示\n"
        "  某某区文化和旅游局委托某某环境工程有限公司进行该规划的环境影响评价工作，现征求公众"
        "意见。\n"
        "  提出意见时间即日起至2023年5月29日，公众可到某某环境工程有限公司查阅《环境影响报告书》"
        "（征求意见稿）或电话联系。\n"
        "  建设单位：某某区文化和旅游局。环评单位：某某环境工程有限公司 0571-12345678      "
        "某某区文化和旅游局\n"
        "某某科技时报 【环保】 00005 2023-05-16 3 2023年05月16日 星期二\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("published_on") == dt.date(2023, 5, 16)


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
