"""Patterns a hundred-eighteenth fresh set of real notices showed (issue #11: municipal works
and public facilities, roads, bridges, tunnels, heating, funeral homes, bus stations): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_period_filled_into_a_forms_brackets_is_read_as_its_length():
    page = (
        "发布时间：2031-06-16 信息来源：某某市生态环境局某某县分局\n"
        "某某县殡仪馆建设项目环境影响评价拟审批公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，我局拟对某某县殡仪馆环境影响报告表进行"
        "审查。现将拟审查的环境影响评价文件基本情况予以公示，公示期为（3）个工作日。\n"
        "听证权利告知：依据《中华人民共和国行政许可法》，自公示起（3）日内申请人、利害关系人"
        "可提出听证申请。\n"
        "联系电话：0439-1234567\n"
        "建设单位：某某县殡仪馆\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    window = notice.value("window")
    assert (window["length"], window["unit"]) == (3, "working_days")


def test_the_office_views_go_to_within_the_period_is_named_without_the_request_before_it():
    page = (
        "我局已受理《某某市东环路道路工程环境影响报告书》的审批申请，现将有关信息公示如下：\n"
        "1、项目名称：某某市东环路道路工程\n"
        "2、建设单位：某某市城建投资有限公司\n"
        "公示日期为2031年3月3日至2031年3月14日，如有意见请在此时间内报某某市环保局审批科。\n"
        "电话：0839-1234567 Email：dongring@example.com\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_acceptance"
    assert notice.value("issuer") == "某某市环保局"


def test_a_report_tables_full_text_with_its_participation_statement_attached_is_pre_submission():
    page = (
        "某某大道道路工程环境影响报告表公示\n"
        "根据《环境影响评价公众参与办法》有关规定，现进行《某某大道道路工程环境影响报告表》"
        "公示，公示内容如下\n"
        "一、建设项目基本情况\n"
        "项目全长1200m，道路等级为城市主干道，双向六车道。\n"
        "二、环境影响报告表全文见附件\n"
        "三、公众参与说明见附件\n"
        "四、公众提出意见的方式和途径\n"
        "公示期间，对项目建设有异议的公众可以联系建设单位提出意见。\n"
        "建设单位：某某城投建设有限公司\n"
        "联系人：王 联系电话：0591-12345678\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_submission"


def test_a_tenders_second_round_in_a_reposters_title_makes_no_second_eia_notice():
    page = (
        "某某管廊及配套道路工程二次招标公告\n"
        "根据2006年3月18日实施的《建设项目环境影响评价公众参与暂行办法》第八条要求，向公众"
        "公告以下信息，公示期限为10个工作日。\n"
        "一、项目概况\n"
        "项目名称：某某片区综合管廊及配套道路工程\n"
        "建设单位：某某城市综合管廊建设有限公司\n"
        "建设规模：综合管廊全长约3.2km，配套道路全长3.3km。\n"
        "二、联系方式：联系人：赵工，电话：0851-12345678\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"


def test_the_publishing_body_in_a_disclosure_catalogues_header_issues_an_authority_notice():
    page = (
        "索 引 号：000000000/2031-00012 | 主题分类：环境保护 | |\n"
        "发布机构：某某市某某区环境保护局 | 关 键 词：客运站 | |\n"
        "文 号 | 成文日期：2031-05-20 | 发布日期：2031-05-20 |\n"
        "某某区交通运输局汽车客运站项目拟审批公示\n"
        "经审议，我局拟对以下建设项目环境影响评价文件作出审批意见。如有异议，请在公示期内反馈"
        "我局。公示期为2031年5月20日—2031年5月26日\n"
        "序号 建设单位 项目名称 建设地点 环境影响评价机构\n"
        "1 某某区交通运输局 汽车客运站项目 某某路与某某路交叉口 某某环评有限公司\n"
        "听证告知：自公示起三日内申请人、利害关系人可要求听证。电话：56781234\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市某某区环境保护局"


def test_a_news_item_that_cites_a_publicity_it_read_is_no_notice():
    page = (
        "7月17日，某某环保网对某某第二过江通道工程环境影响评价第一次公示，征求公众对建设项目"
        "环境影响、污染防治措施、项目选址等方面的意见和建议。\n"
        "这意味着，两座大桥之间将再建一个过江通道。\n"
        "《公示》指出——\n"
        "某某第二过江通道是规划中明确的服务于城市内部交通的公路过江通道。\n"
        "根据有关规定，某某省交通工程建设局委托某某设计集团有限公司承担该工程的环境影响评价"
        "工作，现将工程方案内容及建设、环评单位信息予以公示。\n"
        "每逢节假日，现有大桥都是重点拥堵路段，新通道建成后有望为其减压。\n"
    )
    assert not extract_notices(page).proposals


def test_the_publics_time_to_send_views_back_runs_from_the_notices_publication():
    page = (
        "某某园区危险品运输车辆停车场项目环评公示\n"
        "现根据《环境影响评价公众参与办法》的规定，对该项目建设基本情况进行公示，广泛征求公众"
        "意见，公示内容如下：\n"
        "一、建设单位：某某园区开发有限公司，联系方式：叶某 13900001234\n"
        "二、公众反馈方式\n"
        "公众可通过电子邮件、电话、写信或者面谈等方式，发表对本建设项目的看法，并在10个工作日内"
        "将意见反馈给建设单位。\n"
        "某某园区开发有限公司\n"
        "2031年8月27日\n"
    )
    notice = _only(page)
    assert notice.value("published_on").isoformat() == "2031-08-27"
    window = notice.value("window")
    assert (window["length"], window["unit"]) == (10, "working_days")
