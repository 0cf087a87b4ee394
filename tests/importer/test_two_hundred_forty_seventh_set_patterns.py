"""Patterns a two-hundred-and-forty-seventh fresh set of real notices showed (issue #11: EIA
notices builders post on their own company sites, and a county bureau's posts of them): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only

_MASKED_NUMBERS = (
    "根据《环境影响评价公众参与办法》要求，某某市某某食品有限公司年产200吨卤制品建设项目需进行"
    "环境影响评价工作，并向公众公告建设项目相关信息，现对该项目情况公示如下：\n"
    "一、建设项目概要\n"
    "项目名称：某某市某某食品有限公司年产200吨卤制品建设项目\n"
    "项目地点：某某市某某镇某某村\n"
    "二、建设单位名称和联系方式\n"
    "建设单位：某某市某某食品有限公司\n"
    "联系人：某某\n"
    "联系电话：13900XXXX12\n"
    "三、环境影响报告编制单位的名称\n"
    "编制单位：某某环保科技有限公司\n"
    "联系人：某工  联系电话：13800XXXX34\n"
    "四、提交公众意见表的方式和途径\n"
    "公众可在公告发布之日起5个工作日内通过电子邮件、电话、信函等方式发表意见。\n"
    "某某市生态环境局某某分局\n"
    "2025年3月3日\n"
)


def test_a_number_whose_middle_a_site_hid_under_xs_is_no_blank_template():
    # (the figures kept on both sides of the X's: a number masked, the notice still a notice)
    proposal = _only(_MASKED_NUMBERS)
    assert proposal.value("kind") == "eia_first"
    assert proposal.value("published_on").isoformat() == "2025-03-03"


def test_the_masked_number_is_not_read_as_a_phone():
    assert not (_only(_MASKED_NUMBERS).value("contact") or {}).get("phone")


def test_xs_written_to_the_numbers_end_still_mark_a_model_notice():
    # (a model notice quoted by an explainer: "138XXXXXXXX", nothing after the X's)
    page = _MASKED_NUMBERS.replace("13900XXXX12", "139XXXXXXXX").replace(
        "13800XXXX34", "138XXXXXXXX"
    )
    from notices.importer import extract_notices

    assert extract_notices(page).proposals == ()


_OWN_MATTERS_SET_OUT = (
    "某某热电有限公司热电联产项目环境影响评价第一次公示\n"
    "时间：2023-05-16\n"
    "根据《环境影响评价公众参与办法》的规定，建设单位确定环境影响报告书编制单位后7个工作日内"
    "对本项目相关信息进行首次公示，现将项目基本情况和环境影响评价情况公示如下：\n"
    "一、建设项目名称及基本情况\n"
    "项目名称：某某热电有限公司热电联产项目\n"
    "建设内容：《某某热电有限公司热电联产项目环境影响报告书》于2020年5月8日取得某某市行政"
    "审批服务局批复，现根据实际情况调整锅炉布置，新建2台130t/h锅炉。\n"
)


def test_a_first_notice_setting_out_its_own_matters_is_no_report_of_the_earlier_approval():
    # ("现将…情况公示如下" puts this round up; the parent report's 批复 it recounts is background)
    proposal = _only(_OWN_MATTERS_SET_OUT)
    assert proposal.value("kind") == "eia_first"
    assert proposal.value("published_on").isoformat() == "2023-05-16"


def test_the_approval_told_without_anything_put_up_is_still_no_notice():
    page = (
        "某某热电有限公司热电联产项目于2020年5月8日取得某某市行政审批服务局批复，"
        "目前项目建设进展顺利，预计年底投产。\n"
    )
    from notices.importer import extract_notices

    assert extract_notices(page).proposals == ()


_MOVING_ITS_WORKS = (
    "根据《环境影响评价公众参与办法》相关规定，现将某某市某某药业有限公司现代中药生产基地项目"
    "环境影响评价公众参与的有关信息予以公示。\n"
    "某某市某某药业有限公司拟迁建至某某开发区（某某路西侧），建设厂房及配套用房4座，年产颗粒剂"
    "1000t。\n"
    "1. 报告书征求意见稿全文的网络链接\n"
    "链接：https://pan.example.cn/s/1abcDEF 提取码：ab12\n"
    "2. 公众提出意见的方式和途径\n"
    "信函、电话、电子邮件。\n"
)


def test_a_company_moving_its_works_to_a_new_site_is_the_builder_and_issuer():
    # ("X拟迁建至某地": X plans the works, as "X拟在某地建设" says it; no 建设单位 line printed)
    assert _only(_MOVING_ITS_WORKS).value("issuer") == "某某市某某药业有限公司"


def test_the_bureau_the_works_got_a_filing_from_is_not_the_issuer_of_the_builders_notice():
    # ("取得某某区行政审批局备案" recounts the project's past; the builder's notice has no
    # authority for issuer, and no verb is read into a name)
    page = (
        "某某钢铁有限公司为钢铁联合企业，本次评价内容包括1座高炉技术改造，现对该项目环境影响评价"
        "进行第二次公示。项目于2019年3月2日，取得某某市某某区行政审批局备案。\n"
        "一、环境影响报告书征求意见稿全文的网络链接：https://pan.example.cn/s/1xyzABC\n"
        "二、公众提出意见的方式：信函、电子邮件。\n"
    )
    issuer = _only(page).value("issuer")
    assert issuer is None or not issuer.startswith("取得")
    assert issuer != "取得某某市某某区行政审批局"


def test_a_groups_site_columns_over_the_title_are_no_title_or_issuer():
    # ("集团新闻" / "集团公告" and the trail under them: the site's menu, not the notice's title)
    page = "集团新闻\n集团公告\n您的位置：首页 > 集团新闻 > 集团公告\n" + _OWN_MATTERS_SET_OUT
    proposal = _only(page)
    assert proposal.value("issuer") == "某某热电有限公司"
    assert "集团新闻" not in (proposal.value("title") or "")


def test_lines_of_leftover_markup_over_a_mirrored_copy_are_not_its_text():
    # (a spam mirror's broken tags, each line nothing but markup: the title and the date line
    # under it are the copy's first lines)
    page = (
        '<label id="ab"><rp id="ab"></rp></label>\n'
        '  • <dfn id="ab"></dfn>\n'
        '    <samp id="ab"></samp>\n'
        "    某某钢铁有限公司高炉技术改造项目环境影响评价第二次公示\n"
        "    2019-06-11\n"
        "    （一）建设项目情况简述\n"
        "    某某钢铁有限公司为钢铁联合企业，本次评价内容包括1座高炉技术改造。\n"
        "    （二）建设项目对环境可能造成影响的概述\n"
        "    根据预测结果，本项目新增污染源短期浓度贡献值的最大浓度占标率小于100%。\n"
    )
    proposal = _only(page)
    assert proposal.value("issuer") == "某某钢铁有限公司"
    assert proposal.value("published_on").isoformat() == "2019-06-11"


def test_markup_inside_a_line_of_text_is_left_to_the_other_rules():
    page = "某某公司<b>年产</b>1000吨项目环境影响评价第一次公示\n"
    from notices.importer.text import Page

    assert "<b>" in Page(page).text
