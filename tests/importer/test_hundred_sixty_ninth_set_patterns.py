"""Patterns a hundred-and-sixty-ninth fresh set of real notices showed (issue #11: Anhui and
Jiangxi county notices of 2019-2025, builders' EIA notices and bureaus' decisions): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer.windows import find_window
from tests.importer.proposals import only as _only


def test_an_untitled_notice_naming_its_report_maker_and_contact_as_an_item_is_a_first_notice():
    page = (
        "根据《中华人民共和国环境影响评价法》、《环境影响评价公众参与办法》等规定要求，现将某某县"
        "某某作业区疏港公路工程项目相关信息予以公示。\n"
        "一、项目名称及基本情况\n"
        "项目名称：某某作业区疏港公路工程\n"
        "项目性质：新建\n"
        "建设地点：项目位于某某市某某县境内\n"
        "二、项目建设单位和联系方式\n"
        "建设单位：某某县交通运输局\n"
        "联系人：某工\n"
        "三、环境影响报告书编制单位和联系方式\n"
        "编制单位：某某生态环境科技有限公司\n"
        "联系人：某总\n"
        "某某县交通运输局\n"
        "2019年10月30日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某县交通运输局"


def test_a_copy_cut_inside_its_signature_date_is_signed_by_the_name_under_its_closing():
    page = (
        "某某至某某高速公路西延段工程环境影响评价公众参与第二次公示\n"
        "根据《环境影响评价公众参与办法》的规定，现对该项目环境影响评价信息进行公示。\n"
        "一、环境影响报告书征求意见稿全文的网络链接：见附件\n"
        "环评单位：某某环保技术有限公司\n"
        "联系电话：13900000000\n"
        "二、公众提出意见的起止时间\n"
        "自本公告公示起，10个工作日内均可提出公众意见。\n"
        "特此公告\n"
        "某某交通控股集团有限公司\n"
        "二O\n"
        "\n"
        "本报讯 昨日，某某县召开全县春季植树造林工作推进会，部署今年的绿化任务。会议要求各乡镇"
        "抓住时节，确保按期完成。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某交通控股集团有限公司"


def test_the_source_line_under_a_title_led_by_breadcrumb_separators_names_the_issuer():
    page = (
        "您现在的位置:\n"
        "首页\n"
        "/\n"
        "/\n"
        "某某湖河道采砂规划环境影响跟踪评价报告 第二次公示\n"
        "• 分类:通知公告\n"
        "• 来源:某某砂业集团有限公司\n"
        "• 发布时间:2023-04-17 14:21:34\n"
        "根据《规划环境影响评价条例》、《环境影响评价公众参与办法》的相关要求，现将某某湖河道"
        "采砂规划环境影响跟踪评价报告的有关事项公示如下：\n"
        "一、规划概况\n"
        "规划范围自某某镇至某某口，总长95km。\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某砂业集团有限公司"
    assert notice.value("published_on").isoformat() == "2023-04-17"


def test_a_park_committees_source_line_run_on_to_its_editor_names_the_issuer():
    page = (
        "突出生态环境问题整改验收销号公示\n"
        "发布日期:2025-09-01 11:31来源: 某某现代产业园区管委会编辑:某某园区阅读次数:\n"
        "某某市突出生态环境问题整改任务已整改完成，并通过核查验收。现将问题整改完成情况公示如下：\n"
        "一、整改问题\n"
        "（一）某某路南延，砂石物料露天未覆盖。\n"
        "二、整改完成情况\n"
        "经核查，已完成整改。如对该问题整改完成情况有异议，请在公示期间（2025年9月1日至2025年"
        "9月12日，共10个工作日）向某某园区规建部反映。\n"
        "监督电话：0557-0000000\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某现代产业园区管委会"


def test_a_season_of_works_recounted_as_ended_is_no_window():
    text = (
        "2020年度实际开采时间为2020年7月1日至2021年2月28日停采，年采砂量1832.4万t。\n"
        "2021年度实际开采时间为2021年7月1日至2022年2月28日停采。\n"
    )
    assert find_window(text) is None
