"""Patterns a hundred-and-ninety-first fresh set of real notices showed (issue #11: hydropower,
road and mining notices of Yunnan, Tibet, Qinghai and Xinjiang, 2019-2025, many of them
re-posted copies): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from datetime import date

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

#: A short news item set off by a blank line, so that the page is read block by block.
_NEWS = (
    "某某县推进小水电整改\n"
    "记者近日获悉，某某县对辖区内3座水电站开展了现场检查，要求企业落实生态流量下泄措施。"
    "县水利局表示，下一步将持续加大监管力度。\n"
)


def test_a_signature_date_over_the_portal_footer_dates_the_notice_not_its_posting_line():
    page = (
        _NEWS
        + "\n"
        + "首页 > 路桥资讯 > 正文\n"
        + "某某公路改建工程环境影响评价第二次公示\n"
        + "2016-06-07\n"
        + "公众可在本公示附件查看项目环境影响报告书，并可在此公告发布之日起十日内通过电子邮件、"
        + "电话等方式向建设单位提出意见。\n"
        + "建设单位：某某自治区公路局\n"
        + "建设单位联系电话：13900000000\n"
        + "2016年6月6日\n"
        + "Copyright © 2007-2022 某某网 All Rights Reserved\n"
        + "服务热线：010-60000000 法律顾问：某某律师所 某某\n"
        + "京ICP备10000000号 京公网安备11010000000000号\n"
    )
    notice = _only(page)
    assert notice.value("published_on") == date(2016, 6, 6)
    assert notice.value("contact")["phone"] == "13900000000"


def test_a_ministry_s_long_title_ending_in_its_review_to_come_names_the_ministry():
    page = (
        "手機版\n"
        "生態環境部關于某某能源集團某某煤業有限公司某某礦區四號露天礦一期工程項目"
        "(1000萬噸/年)等2項環境影響評價文件擬進行審查公示\n"
        "2025-01-26\n"
        "根據建設項目環境影響評價審批程序的有關規定，我部擬對某某煤業有限公司某某露天礦一期工程項目"
        "等2項環境影響評價文件進行審查。現將擬審查的環境影響評價文件基本情況予以公示，"
        "公示期為2025年1月26日-2025年2月7日(5個工作日)。\n"
        "通訊地址：北京市某某區某某大街82號\n"
        "\n" + _NEWS
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "生態環境部"


def test_the_stretch_of_a_road_before_an_authority_s_name_is_the_address_s():
    page = (
        "详情见附件\n"
        "（注：以下内容为附件图片识别，个别文字可能不准确，请以附件为准）\n"
        "某某州生态环境局关于建设项目环境影响评价文件拟进行审查公示根 据 建 设 项 目 环 境 影 响 "
        "评 价 审 批 程 序 ， 我 局 拟 对 以 下 建 设 项 目 的 环 境 影 响 "
        "评 价 文 件 进 行 审 查 。 "
        "公 示 期 ： 5 个 工 作 日 通 讯 地 址 ： 某 某 市 某 某 路 中 段 某 某 州 生 态 环 境 局 "
        "环 境 影 响 评 价 科\n"
        "\n" + _NEWS
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某州生态环境局"


def test_a_first_notice_setting_out_the_assessment_s_steps_under_its_builder_is_no_explainer():
    page = (
        "根据《中华人民共和国环境影响评价法》的有关规定，按照《环境影响评价公众参与暂行办法》的要求，"
        "现将建设项目环境影响评价情况公示如下：\n"
        "一、项目概况\n"
        "项目名称：年产500吨某某盐湖提锂项目；建设地点：某某工业园区。\n"
        "二、建设单位名称及联系方式\n"
        "建设单位名称：某某锂业有限公司\n"
        "联系人：某主任 联系方式：13800000000\n"
        "三、评价单位名称及联系方式\n"
        "单位：某某环保股份有限公司 联系电话：13700000000\n"
        "四、评价主要内容及工作程序\n"
        "项目的环境影响评价主要包括以下内容：分析污染物的产生情况；预测对周边环境的影响。\n"
        "五、征求公众意见的注意事项\n"
        "如果您对本项目有任何意见和建议，可\n"
        "\n" + _NEWS
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某锂业有限公司"


def test_a_masked_copy_that_sets_out_what_it_puts_up_is_still_the_notice():
    page = (
        "公告内容\n"
        "######## 根据《环境影响评价公众参与办法》等有关规定， ### 开展某某矿区矿产资源开发规划"
        "修编环境影响评价， ### 公众参与第二次公示，并征求公众意见，具体公示内容如下： "
        "一、情况概述 某某矿区一期工程为##万t/a采选工程，####年建成。\n"
        "\n" + _NEWS
    )
    notices = extract_notices(page).proposals
    assert [n.value("kind") for n in notices] == ["eia_draft_comment"]


def test_a_station_said_to_be_built_with_a_company_s_money_names_its_builder():
    page = (
        "根据《环境影响评价公众参与办法》的规定，现进行公众参与第二次公示：\n"
        "一、工程概况\n"
        "某某县某某附属电站由某某水电有限责任公司投资建设，该电站位于某某乡某某村，"
        "为引水式水电站，总装机容量1×2500kw。\n"
        "二、环境影响评价结论的要点\n"
        "本项目符合国家产业政策，征求意见稿已编制完成。\n"
        "\n" + _NEWS
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某水电有限责任公司"
