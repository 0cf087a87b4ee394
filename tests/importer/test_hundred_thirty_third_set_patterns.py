"""Patterns a hundred-and-thirty-third fresh set of real notices showed (issue #11: draft-comment
notices of ordinary factories of 2024-2026 on builders' and consultants' own sites, with
several contact blocks, net-disk links and public-opinion forms): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_an_e_paper_header_set_one_item_a_line_dates_the_notice_under_it_by_the_issue():
    page = (
        "星期三\n"
        "2025年05月14日\n"
        "第A06版：公告\n"
        "某某新材料有限公司年产2万吨某某助剂项目环境影响评价第二次公示\n"
        "一、环境影响报告书征求意见稿全文的网络链接\n"
        "链接：https://pan.baidu.com/s/1AbCdEfGhIjKlMnOpQrStU 提取码：ab12\n"
        "二、公众提出意见的方式和途径\n"
        "公众可通过电话（建设单位联系人：孙经理13900001111）、电子邮件（mouxinxin@163.com）向建设单位"
        "提出意见。\n"
        "三、公众意见起止时间\n"
        "2025年5月9日-15日（5个工作日）。\n"
        "某某新材料有限公司\n"
        "2025年5月9日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("published_on") == dt.date(2025, 5, 14)


def test_a_first_notices_own_survey_asking_the_reader_how_and_what_is_no_explainer():
    page = (
        "某某镇某某工程环境影响评价公众参与说明会纪要\n"
        "某某有限公司\n"
        "2024年3月2日\n"
        "\n"
        "某某电子材料生产线扩建工程环境影响评价第一次公示\n"
        "一、建设项目名称及概要\n"
        "项目名称：某某电子材料生产线扩建项目；建设单位：某某电子材料有限公司；建设内容：扩建3条"
        "电子胶带生产线，不新增用地。\n"
        "二、建设单位名称及联系方式\n"
        "公司名称：某某电子材料有限公司 联系人：钱女士 联系电话：0757-81234567\n"
        "三、环境影响评价单位名称及联系方式\n"
        "编制单位：某某环境咨询有限公司 联系人：赵先生 联系电话：0757-87654321\n"
        "邮箱：zhao@example.cn\n"
        "四、公众意见表的网络链接\n"
        "http://www.example.gov.cn/gzyjb.html\n"
        "五、征求意见的主要问题\n"
        "1. 您认为本地区目前的环境质量状况如何？\n"
        "2. 您认为该项目造成的社会经济和环境影响如何。\n"
        "3. 这个项目会给你带来不利影响吗？你对它有什么要求？\n"
        "六、公众提出意见的主要方式\n"
        "公众可通过电话、信函、电子邮件等方式向建设单位或环评单位提出意见。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某电子材料有限公司"


def test_a_consultants_news_that_its_reports_were_approved_is_no_notice():
    page = (
        "某某研究所编制《某某纸业有限公司技改项目》环评报告书通过技术审查，2个项目环评报告书通过环保局审批\n"
        "发布日期：2009-04-20 访问数：1024次 来源：\n"
        "2009年4月，某某研究所编制的《某某纸业有限公司技改项目》顺利通过由某某环境工程评估中心在"
        "某某县主持召开的技术评审会；《某某化肥有限公司30万t/a复合肥项目》和《某某制药有限公司原料药"
        "车间项目》两个环境影响报告书得到环保局批复，批复文号分别为某环审[2009]11号和某环审[2009]12号文。\n"
        "以上项目均符合国家产业政策，在落实报告书提出的污染防治措施后，能够满足污染物达标排放的要求。\n"
        "在报告书编制过程中，项目组成员与建设单位、各级环保部门及时沟通，按时完成了报告书编写工作。\n"
        "某某研究所 李某某\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_signature_dated_over_the_sites_template_footer_still_dates_a_redacted_notice():
    page = (
        "根据《环境影响评价公众参与办法》（生态环境部令第4号）的规定和要求，对年产*吨塑料制品项目"
        "环境影响评价工作进行公示，广泛征求公众意见。有关公示内容如下：\n"
        "一、项目基本情况\n"
        "项目名称：年产*吨塑料制品项目\n"
        "建设单位：某某（略）\n"
        "二、建设单位名称和联系方式\n"
        "联系人：周总\n"
        "联系电话：*\n"
        "三、提交公众意见表的方法和途径\n"
        "自公示之日起，在环境影响报告书征求意见稿编制过程中，您均可向建设单位提出与本项目环境影响"
        "评价相关的意见。\n"
        "某某（略）\n"
        "2024年11月5日\n"
        "如果您对该政策文件有疑问，可以拨打标题上方的电话咨询相关部门。\n"
        "信息来源：http://**\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("published_on") == dt.date(2024, 11, 5)


def test_a_date_under_a_masked_signer_closes_a_notice_on_a_paste_without_blank_lines():
    page = (
        "某某市某某区某某项目环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与办法》的规定，现将某某项目环境影响评价有关信息公示如下。\n"
        "一、建设单位：某某（略） 联系人：吴总 联系电话：*\n"
        "二、公众可在环境影响报告书征求意见稿编制过程中向建设单位提出意见。\n"
        "某某（略）\n"
        "2024年10月8日\n"
        "某某县某某镇举行秋季运动会\n"
        "10月6日，某某镇在镇中心小学举行秋季运动会，全镇十余所学校的学生参加了比赛。\n"
        "镇教办负责人说，运动会已连续举办五届，今年参赛人数为历届最多。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("published_on") == dt.date(2024, 10, 8)


def test_a_report_tables_public_version_attached_for_five_working_days_is_pre_submission():
    page = (
        "为严格执行《中华人民共和国环境影响评价法》，某某市某某五金厂委托某某环保科技有限公司承担"
        "某某五金厂金属制品喷涂加工迁建项目的环境影响评价工作，为广泛征求公众意见，特进行网上公示，"
        "公示期5个工作日。\n"
        "一、建设单位和联系方式\n"
        "建设单位：某某市某某五金厂\n"
        "联系人：郑总 联系电话：13700002222\n"
        "二、承担环评工作的环评机构和联系方式\n"
        "环评机构：某某环保科技有限公司 联系人：王工 联系电话：13700003333\n"
        "邮箱：wanggong@example.cn\n"
        "三、公众提出意见的主要方式\n"
        "公示期间，公众可通过传真、电子邮件或邮寄等方式将公众意见表提交给建设单位。\n"
        "附件一：某某市某某五金厂金属制品喷涂加工迁建项目环境影响报告表（公示版）\n"
        "（公示期满链接自行失效）\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("issuer") == "某某市某某五金厂"
