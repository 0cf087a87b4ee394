"""Patterns a two-hundred-and-forty-fourth fresh set of real notices showed (issue #11: EIA
notices of Xinjiang, Gansu, Ningxia, Qinghai, Tibet, Yunnan and Guizhou): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_title_under_a_site_strip_ending_in_its_account_links_is_the_notice_title():
    page = (
        "欢迎访问某某省生态环保产业协会\n"
        " 联系方式:0991-0000001 | 0991-0000002     微信公众号   个人中心\n"
        "某某新材料有限公司年产5万吨某某项目环境影响后评价公众参与信息公示\n"
        "某某生态环保产业协会 / 2026-01-05 / :12\n"
        "受某某新材料有限公司的委托,某某环境科技有限公司承担了某某项目环境影响后评价工作。"
        "根据《环境影响评价公众参与办法》的要求,现开展该环境影响后评价公众参与信息公示,"
        "征求广大公众的意见和建议。\n"
        "一、环境影响后评价基本情况\n"
        "项目名称:某某新材料有限公司年产5万吨某某项目环境影响后评价\n"
        "二、环境影响后评价报告书征求意见稿全文的网络链接\n"
        "详情见附件\n"
    )
    notice = _only(page)
    assert notice.value("title").endswith("后评价公众参与信息公示")
    assert notice.value("kind") == "other"


def test_a_post_assessment_recounting_the_approval_its_works_got_is_still_a_notice():
    # (a mirror's mojibake inside the works' name, "?;び", breaks the sentence that puts it up)
    page = (
        "某某化?;び有限公司磷酸项目\n"
        "环境影响后评价公众参与第一次公示\n"
        "根据《环境影响评价法》、《环境影响评价公众参与办法》等法律法规的相关要求,现将"
        "“某某化?;び有限公司磷酸项目”有关环境影响后评价事宜进行第一次公示,以便广泛了解社会"
        "各界公众对项目环保方面的意见和建议。\n"
        "一、建设项目概况\n"
        "项目概况:某某化工有限责任公司磷酸扩能项目环境影响报告书于2009年3月编制完成,"
        "并于2009年8月取得环评批复,2012年5月通过竣工环境保护验收。\n"
    )
    assert _only(page).value("kind") == "other"


def test_an_authority_about_to_give_its_bare_reply_on_listed_projects_is_a_pre_approval():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定,经审议,我局拟对某某园区某某镇绿色建材"
        "产业园项目、某某科技有限公司新材料产业园改造提升项目、某某新区废旧物资资源化利用项目"
        "环境影响评价文件作出批复,现将建设项目基本情况予以公示。\n"
        "序号 | 项目名称 | 建设地点 | 建设单位 | 环境影响评价机构 | 项目概况 |\n"
        "1 | 某某园区某某镇绿色建材产业园项目 | 某某新区某某镇 | 某某工贸有限公司 | "
        "某某环保科技有限公司 | 新建1条机制砂生产线,总投资5000万元。 |\n"
    )
    assert _only(page).value("kind") == "eia_pre_approval"


def test_the_builder_that_commissioned_in_traditional_characters_is_the_issuer():
    page = (
        "某某經濟開發區某某大道公路建設項目環境影響評價公眾參與第一次信息公示\n"
        "2022年3月1日,受某某地區交通運輸局委託,某某環保科技咨詢有限公司承擔了某某大道公路"
        "建設項目的環境影響評價工作。現依據《環境影響評價公眾參與辦法》的相關要求,"
        "對該項目環境影響評價工作進行第一次公示。\n"
        "一、建設項目名稱及概要\n"
        "項目名稱:某某大道公路建設項目\n"
    )
    assert _only(page).value("issuer") == "某某地區交通運輸局"


def test_the_author_of_a_bracketed_byline_with_pinyin_left_before_a_space_is_the_issuer():
    page = (
        "某某縣某某工業集中區總體發展規劃(2022—2035)\n"
        "【作者:某某縣某某工業集中區管委會(huì ) 】 【來源: 】 【發布時間:2022-09-05 10:25:12 】\n"
        "某某縣某某工業集中區總體發展規劃(2022—2035)\n"
        "環境影響評價征求公眾意見第二次公告\n"
        "某某縣某某工業集中區總體發展規劃(2022—2035)環境影響報告書征求意見稿已編制完成,"
        "現根據《環境影響評價公眾參與辦法》,對征求意見稿進行公示,征求公眾對規劃的意見。\n"
        "(一)規劃名稱:某某縣某某工業集中區總體發展規劃(2022—2035)。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer").startswith("某某縣某某工業集中區管委會")


def test_a_sentence_wrapped_before_a_word_like_a_site_link_still_runs_on():
    # (the account links close a site's strip only at a line's end, not inside a sentence)
    page = (
        "某某项目环境影响评价第二次公示\n"
        "公众可在某某公司网站个人中心下载征求意见稿全文,并在10个工作日内提出意见。\n"
        "建设单位:某某有限公司 联系电话:0931-0000000\n"
        "某某有限公司\n"
        "2024年5月6日\n"
    )
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1
    assert proposals[0].value("kind") == "eia_draft_comment"
