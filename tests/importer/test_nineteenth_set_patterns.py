"""Patterns a nineteenth fresh set of real notices showed (issue #11): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime as dt

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_an_email_printed_with_a_space_before_its_at_after_its_label_is_read_whole():
    page = (
        "某某县某某公路环境影响报告书（征求意见稿）公示\n"
        "根据《环境影响评价公众参与办法》，现对《某某县某某公路环境影响报告书》（征求意见稿）进行公示。\n"
        "一、公众提出意见的起止时间：公示后的10个工作日内。\n"
        "二、建设单位：某某公路建设开发有限公司，联系人：钱总，电话：13700137000\n"
        "环评单位：某某环保有限公司，联系人：孙工，电话：0731-55550000 电子邮件：2345678 @qq.com\n"
        "某某公路建设开发有限公司\n"
        "2022年5月9日\n"
    )
    assert _only(page).value("contact")["email"] == "2345678@qq.com"


def test_a_builders_account_of_the_notices_it_has_published_is_no_notice():
    page = (
        "关于某某港区铁路专用线环境影响评价情况说明\n"
        "按照《环境影响评价公众参与办法》，我公司已将本项目环境影响报告书有关内容进行公示，情况如下：\n"
        "（1）2024年3月5日，建设单位在某某环境信息公示平台进行了第一次公示。\n"
        "（2）征求意见稿形成后，建设单位于2024年6月3日在某某环境信息公示平台进行了第二次公示，"
        "公示期限为10个工作日。\n"
        "现因计划变化，本项目拟一次建成，联系电话：0394-5550000。\n"
        "特此公告。\n"
        "附件1：建设项目环境影响评价公众意见表.docx\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_date_followed_only_by_the_sites_editor_credit_dates_the_notice():
    page = (
        "某某区生态环境局关于某某项目环境影响报告书受理情况的公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，我局受理了某某项目环境影响报告书，现予以公示，"
        "公示期为2023年6月1日至2023年6月7日。\n"
        "联系电话：0718-5550000\n"
        "某某区生态环境局\n"
        "2023年6月1日\n"
        "\n"
        "根据《环境影响评价公众参与办法》的相关要求，某某灌区建设工程环境影响报告书征求意见稿形成后，"
        "向公众公开下列信息：\n"
        "一、环境影响报告书征求意见稿全文的网络链接为：******/s/1XyZ****获取。\n"
        "二、征求意见的公众范围为项目评价范围内的公民、法人和其他组织。\n"
        "三、公众意见表的链接为：https://pan.example.cn/s/1AbCd 提取码：ab12。\n"
        "四、公众可通过下载公众意见表填写意见后与我单位联系（联系人：某某 电话：******）。\n"
        "五、公众提出意见的起止时间为本信息公示发布之日起10个工作日\n"
        "******水利局\n"
        "2023年6月5日\n"
        "责任编辑：某某\n"
    )
    draft = extract_notices(page).proposals[-1]
    assert draft.value("kind") == "eia_draft_comment"
    assert draft.value("published_on") == dt.date(2023, 6, 5)


def test_a_notice_opening_with_its_companys_project_and_speaking_as_the_company_is_the_companys():
    page = (
        "某某煤业有限公司年产60万吨矿井临时排矸场项目环境影响报告书征求意见稿现已形成，按照《环境影响"
        "评价公众参与办法》，公开信息如下： 一、征求意见稿全文可自行前往本公司查阅纸质报告书。 "
        "二、公众意见表的网络链接 公众意见表由中华人民共和国生态环境部统一制定，"
        "可从生态环境部官网下载。 三、联系电话：13500135000 四、本次信息公开时间为10个工作日，"
        "自2020年4月7日至2020年4月21日。\n"
    )
    assert _only(page).value("issuer") == "某某煤业有限公司"


def test_the_ministry_that_made_the_opinion_form_is_not_the_issuer():
    page = (
        "某某园区污水处理工程环境影响评价第二次公示\n"
        "根据《环境影响评价公众参与办法》，现将征求意见稿进行公示，征求公众意见。\n"
        "一、公众意见表的网络链接：公众意见表由中华人民共和国生态环境部统一制定，可自行下载。\n"
        "二、联系电话：0351-5550000\n"
        "三、公众提出意见的起止时间：2021年9月6日至2021年9月17日。\n"
    )
    assert _only(page).value("issuer") is None


def test_a_consultation_platforms_closing_date_field_ends_the_window():
    page = (
        "首页 > 互动交流 > 调查征集\n"
        "某某产业园区规划环境影响报告书（征求意见稿）公示\n"
        "征集部门：某某产业园区管委会\n"
        "征集开始日期：2022-03-07 09:00\n"
        "征集结束日期：2022-03-21 09:00\n"
        "根据《环境影响评价公众参与办法》，现征求意见稿已编制完成，公开征求公众意见。\n"
        "联系人：周主任 电话：0558-5550000\n"
        "征求意见期限：自本公告发布之日起10个工作日。\n"
        "某某产业园区管委会\n"
        "2022年3月7日\n"
    )
    assert _only(page).value("window")["ends_on"] == "2022-03-21"
