"""Patterns a fourth fresh set of real notices showed (issue #11): each a sentence of behaviour
on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.kinds import classify
from notices.importer.parties import clean_org
from notices.importer.segment import not_a_notice


def _column(text: str, width: int = 18) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


_WEB_DRAFT = (
    "某某县某某中心迁建项目环境影响报告书征求意见稿公示\n"
    "根据《环境影响评价公众参与办法》有关规定，现对本项目环境影响报告书征求意见稿进行公示。\n"
    "一、征求意见稿全文的网络链接：见附件。\n"
    "二、公众提出意见的起止时间：2024年5月6日至2024年5月17日。\n"
    "三、建设单位：某某县某某中心\n联系电话：0371-61234567\n"
    "某某县某某中心\n2024年5月6日"
)
_COLUMN_DECISION = _column(
    "根据建设项目环境影响评价审批程序的有关规定，经审查，2024年6月3日我局对1个建设项目环境"
    "影响评价文件作出审批决定。现将作出的审批决定情况予以公告，公告期为2024年6月4日-2024年"
    "6月12日（7日）。行政复议与行政诉讼权利告知：公民、法人或者其他组织认为公告的审批决定侵"
    "犯其合法权益的，可以自公告期限届满之日起六十日内提起行政复议，也可以自公告期限届满之日起"
    "六个月内提起行政诉讼。作出审批决定的项目：某某县某某食品有限公司年产两万吨某某食品生产线"
    "技术改造项目，建设地点某某县产业集聚区某某路以东，审批文号某环审〔2024〕18号。"
    "通讯地址：某某市某某路88号某某市生态环境局。联系电话：0371-62345678"
)
_WEB_INSPECTION = (
    "经省委、省政府批准，某某省第二生态环境保护督察组近日进驻某某市开展生态环境保护督察。\n"
    "进驻期间（2024年7月1日—7月20日）设立专门值班电话：0371-63456789，专门邮政信箱：某某市"
    "A001号邮政信箱。\n督察组受理举报电话时间为每天8:00—20:00。\n"
    "根据省委、省政府要求和督察组职责，督察组主要受理某某市生态环境保护方面的来信来电举报。\n"
    "其他不属于受理范围的信访举报问题，将按规定交由被督察地方处理。\n"
    "某某省第二生态环境保护督察组\n2024年7月1日"
)


def test_a_web_page_with_one_item_set_in_a_narrow_column_still_separates_at_blank_lines():
    page = "\n\n".join([_WEB_DRAFT, _COLUMN_DECISION, _WEB_INSPECTION]) + "\n"
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == [
        "eia_draft_comment",
        "eia_decision",
        "inspection_reporting",
    ]
    assert proposals[1].value("contact")["phone"] == "0371-62345678"


def test_a_page_control_line_is_not_the_first_line_of_the_title_below_it():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，经审查，2023年5月8日我局对2个建设项目"
        "环境影响评价文件作出审批决定。现将作出的审批决定情况予以公告，公告期为2023年5月9日"
        "-2023年5月16日（7日）。\n联系电话：0745-2234567\n扫一扫在手机打开\n"
        "某某市生态环境局关于2023年5月8日作出的建设项目环境影响评价文件审批决定的公告\n"
    )
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1
    assert proposals[0].value("issuer") == "某某市生态环境局"


def test_the_role_a_builder_acts_in_is_not_part_of_its_name():
    assert clean_org("某某市交通运输局（代业主）") == "某某市交通运输局"
    assert clean_org("某某市交通运输局(代业主)") == "某某市交通运输局"
    assert clean_org("某某分局（原某某县环境保护局）") == "某某分局"


def test_a_claim_form_with_placeholders_to_fill_in_is_not_a_notice():
    page = (
        "致：×××股份有限公司\n"
        "贵公司于2024年×月××日发布《关于回购注销部分限制性股票减少注册资本暨通知债权人的公告》，"
        "因贵公司减少注册资本，本人要求提前清偿所持债券，现申报债权×××元。\n"
        "申报人：×××\n联系方式：××\n时间：2024年×月××日\n"
    )
    assert not_a_notice(page)
    assert not extract_notices(page).proposals
    assert not not_a_notice(page.replace("×", "某"))


def test_a_bankruptcy_managers_claims_guide_is_a_notice_of_kind_other():
    page = (
        "某某市某某包装材料有限公司破产清算案债权申报指引\n"
        "公开时间：2025-03-10 公开人：某某市某某包装材料有限公司管理人\n"
        "为保证某某市某某包装材料有限公司破产清算案债权申报工作有序进行，现就债权申报事宜制作"
        "如下指引：\n一、债权申报时间\n债权人应当在2025年4月18日前向管理人申报债权。\n"
        "二、债权申报方式\n债权人可邮寄纸质申报材料，并发送扫描件至管理人邮箱abc@example.com。\n"
        "管理人接受债权申报的时间为：工作日上午9:00—11:30。\n三、申报的主体\n"
        "对债务人享有到期或未到期债权的自然人、法人或其他组织，均可申报债权。\n"
        "管理人收件信息：李律师，13912345678，某某市某某路1号，邮政编码：510000。\n"
    )
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["other"]
    assert proposals[0].value("contact")["phone"] == "13912345678"


def test_a_date_closing_the_posters_heading_line_dates_the_notice():
    page = (
        "某某省某某镁业有限公司 2024-03-04\n"
        "根据《环境影响评价公众参与办法》的规定，进行公众参与公告。\n"
        "某某镁业年产两万吨镁合金项目环评报告书征求意见稿已形成，现进行公开征求意见，征求公众意见"
        "时间为上网发布日起10个工作日。\n"
        "公众可以以信函、电子邮件等方式向建设单位提交公众意见表。\n"
        "链接：https://pan.baidu.com/s/1AbCdEfGhIjKlMnOpQrStUv?pwd=ab12\n"
        "建设单位联系电话：0351-7123456；联系人：赵总\n\n" + _WEB_DRAFT + "\n"
    )
    proposals = extract_notices(page).proposals
    assert len(proposals) == 2
    assert str(proposals[0].value("published_on")) == "2024-03-04"
    assert proposals[0].value("window")["length"] == 10


def test_the_eia_procedure_listed_as_steps_names_no_stage_of_the_notice():
    body = (
        "现将某某工业园区产业发展规划环境影响评价的有关事宜公告如下：\n"
        "一、建设单位及联系方式：某某工业园区管委会，联系电话：13812345678；\n"
        "二、环评单位：某某环境科学研究院，联系电话：13912345678\n"
        "三、环境影响评价工作程序：接受委托——环评第一次公示——现状调查——编制环境影响报告书——"
        "环评全本公示及公众参与调查——评审——报生态环境部门审批。\n"
        "四、征求公众意见的主要事项：公众可以以信函、电话、电子邮件等方式提出意见。"
    )
    assert classify(None, body)[0] == "eia_first"
