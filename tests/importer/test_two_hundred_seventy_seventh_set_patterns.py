"""Patterns a fresh set of real notices about welfare and training facilities (elder-care and
nursing homes, a welfare institute, a training base, a childcare centre) showed (issue #11):
each a sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

import datetime

from notices.importer import extract_notices

#: A news item beside the notices, so that the page is read block by block.
_NEWS_LINE = (
    "本报讯 近日，某某区召开养老服务工作推进会，会议总结了上半年全区养老服务工作取得的成效，"
    "记者从会上了解到，今年以来全区新增养老床位三百张，新建社区养老服务站十二个。\n"
)
_NEWS = (
    "本报讯 近日，某某区召开养老服务工作推进会，会议总结了上半年工作，记者了解到，"
    "全区新增养老床位三百张。\n"
)

#: A development zone's publicity of a project it means to take in, as its site prints it.
_INTAKE = (
    "某某经济开发区拟进项目公示\n"
    "项目名称：某某颐养中心\n"
    "项目业主：某某置业有限公司\n"
    "项目概况：项目拟选址某某乡某某村，拟建养老公寓3栋、护理楼1栋。\n"
    "环境影响预测及主要控制措施：废水经处理后达标排放，油烟经净化后排放。\n"
    "公示时间：2019年5月20日至5月27日\n"
    "公众参与方式：某某经济开发区经济发展局 电话1234567\n"
    "任何单位或个人对该项目建设有异议，请在规定的公示时间内提出。\n"
    "某某经济开发区经济发展局\n"
    "2019年5月20日\n"
)


def _only(text: str):
    found = extract_notices(text).proposals
    assert len(found) == 1, [p.value("title") for p in found]
    return found[0]


def test_anyones_objection_asked_for_makes_a_site_publicity_a_notice():
    # a page parted by blank lines: the block reads as a notice only by the call for objections
    site = (
        "某某镇敬老院迁建选址公示\n"
        "项目名称：某某镇敬老院迁建项目，建设性质为迁建，资金来源为财政资金\n"
        "项目单位：某某镇人民政府，代建单位为某某县代建项目管理中心\n"
        "拟选址位置：某某镇某某村村委会东侧，原某某村小学旧址及周边空地\n"
        "项目概况：项目规划用地面积约12亩，拟新建老年公寓2栋、综合楼1栋及附属设施，"
        "设置养老床位120张。\n"
        "选址理由：经镇党委会议研究并报县民政局同意，初步确定选址的理由有三点\n"
        "一是现有敬老院房屋老旧，提升改造难度大，不能满足集中供养需求。\n"
        "二是拟选地块交通便利，周边配套设施完善，便于老人就医和家属探望。\n"
        "三是拟选地块权属清晰，不占用基本农田，符合镇村规划。\n"
        "公示时间：2019年5月20日至5月27日\n"
        "公示地点：某某镇人民政府公示栏、某某村村务公开栏及镇政府网站\n"
        "受理地点：某某镇社会事务办公室，办公地点为镇政府二楼203室\n"
        "联系电话：1234567\n"
        "任何单位或个人对该选址有异议，请在规定的公示\n"
        "时间内提出，提出人应提供真实姓名、住址和电话。\n"
        "某某镇人民政府\n"
        "2019年5月20日\n"
    )
    notice = _only(_NEWS_LINE + "\n" + site)
    assert notice.value("issuer") == "某某镇人民政府"


def test_a_zones_intake_publicity_of_a_project_is_no_stage_of_the_eia():
    # it lists the project's impacts and measures and sets a period, yet the zone's own
    # procedure is not the builder's first notice
    assert _only(_INTAKE).value("kind") == "other"


def test_a_dash_typed_as_the_numeral_yi_between_yearless_days_closes_the_period():
    text = _INTAKE.replace("公示时间：2019年5月20日至5月27日", "公示时间：5月20日一 5月27日")
    window = _only(text).value("window")
    assert window["ends_on"] == "2019-05-27"


def test_a_signature_date_in_chinese_figures_spaced_out_signs_with_the_name_run_onto_it():
    text = _INTAKE.replace(
        "2019年5月20日\n", "二〇一九年 五月二十日 项目名称：某某颐养中心\n"
    ).replace("公示时间：2019年5月20日至5月27日", "公示期：七日")
    notice = _only(text)
    assert notice.value("published_on") == datetime.date(2019, 5, 20)
    assert notice.value("issuer") == "某某经济开发区经济发展局"


def test_the_items_name_a_web_copy_ran_onto_the_date_line_leaves_the_signature():
    text = _INTAKE.replace("2019年5月20日\n", "2019年5月20日 项目名称：某某颐养中心\n")
    assert _only(text).value("issuer") == "某某经济开发区经济发展局"


def test_a_scheme_put_up_with_its_period_and_views_told_to_the_bureau_itself_is_a_notice():
    scheme = (
        "依据《中华人民共和国城乡规划法》的有关要求，某某康养中心项目方案进行公告，征求利害"
        "关系人意见。公告时间为7个工作日（2022年3月1日-2022年3月9日），公告期限内，利害关系人"
        "可以书面形式向我局进行陈述、申辩或提出听证。\n"
    )
    notice = _only(_NEWS + "\n" + scheme)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2022-03-09"


def test_a_disclosure_before_submission_put_up_after_the_rules_without_xian_is_read():
    text = (
        "根据建设项目环境影响评价信息公开相关法律法规要求，对某某县民政局某某县社会福利中心"
        "改扩建项目进行报批前信息公开\n"
        "1、项目名称：某某县社会福利中心改扩建项目\n"
        "2、建设单位：某某县民政局\n"
        "3、建设内容：新建老年公寓2幢，设养老床位200张。\n"
    )
    notice = _only(_NEWS + "\n" + text)
    assert notice.value("kind") == "eia_pre_submission"
    assert notice.value("issuer") == "某某县民政局"


def test_a_draft_reports_cover_previewed_on_a_document_site_is_no_notice():
    cover = (
        "某某护理院项目环境影响报告书征求意见稿全文.DOC\n"
        "1、本站所有内容均由合作方或网友上传，本站不对文档的完整性做任何保证！\n"
        "2、如文档侵犯商业秘密、侵犯著作权，请点击“版权申诉”，也可以打举报电话：400-000-0000。\n"
        "某某护理院建设工程项目 环境影响报告书 （征求意见稿全文） 某某健康投资有限公司 "
        "二零二零年三月 项目概况 项目名称：某某护理院建设工程项目 建设单位：某某健康投资有限"
        "公司 总投资：项目总投资5000万元，拟设置床位数300个。\n"
    )
    assert extract_notices(cover).proposals == ()
