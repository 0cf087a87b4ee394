"""Patterns a fifty-second fresh set of real notices showed (issue #11: builders' completion-
acceptance publicity, 竣工环境保护验收公示, and their disclosures of completion and commissioning
dates, many from Traditional-script mirrors): each a sentence of behaviour on a text written for
the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

#: A builder's disclosure of the day its facilities were finished and of their commissioning
#: period, under a title that names no acceptance: no window, no contact.
DATES_TITLED = (
    "青川河口风电场项目环境保护设施竣工及调试日期公示\n"
    "根据《建设项目竣工环境保护验收暂行办法》(国环规环评[2017]4号)要求,我公司特此对项目竣工日期"
    "及调试起止时间进行公示,公示内容如下:\n"
    "青川河口风电场位于青川县白石镇,主要建设内容为20台风机及110kV升压站。项目已于2023年3月开工"
    "建设,2024年6月主体工程基本建成。\n"
    "2024年7月至2024年9月我公司对建设项目配套建设的环境保护设施进行调试。\n"
    "青川河口风力发电有限公司\n"
    "2024年10月8日\n"
)

#: The same disclosure without a title: it recounts the EIA steps long done (报批本, 批复), and
#: prints the commissioning period.
DATES_RECOUNTING_EIA = (
    "2022年5月,某某环保科技有限公司编制完成了《白石机械有限公司新建零部件加工项目环境影响报告表》"
    "(报批本)。2022年6月10日,青川市生态环境局以青环审[2022]21号文对本项目环境影响评价文件进行了批复。\n"
    "根据《建设项目环境保护管理条例》、《关于发布<建设项目竣工环境保护验收暂行办法>的公告》等要求,"
    "现对“白石机械有限公司新建零部件加工项目”调试日期予以公示,调试起止日期为2023年3月1日~2023年6月1日。\n"
)

#: A commissioning period named after its dates, the only text on the page: no name, no
#: contact, a closing formula.
DATES_ONLY = (
    "根据《关于发布<建设项目竣工环境保护验收暂行办法>的公告》(国环规环评[2017]4号)第十一条第(二)项:“对建设项目配套建设的"
    "环境保护设施进行调试前,公开调试的起止日期。”\n"
    "青川县白石塑料制品有限公司年产塑料袋80吨项目(一期工程)配套环保设施现已建成竣工,该项目将于2025年3月1日-2026年3月1日"
    "对项目环保设施进行调试,特此公示。\n"
)

#: A completion-acceptance publicity that cites a rule by its draft (征求意见稿): it puts up the
#: acceptance report, not an EIA report's draft.
CITED_DRAFT_RULE = (
    "2024年4月8日,白石粮油(青川)有限公司主持召开了《白石粮油年产5万吨食用油项目竣工环境保护验收监测报告》"
    "技术评估会。\n"
    "根据《建设项目环境保护管理条例》以及《关于规范建设单位自主开展建设项目竣工环境保护验收的通知》"
    "(征求意见稿),现依法将该项目验收报告及验收意见向社会予以公示,公示期为自本公示发布之日起20个工作日。\n"
    "建设单位名称:白石粮油(青川)有限公司;\n"
    "联系电话:0839-7654321\n"
)

#: A Traditional-script mirror's copy with its cloud-drive link and access code (提取碼).
TRADITIONAL_CODE = (
    "現將本項目竣工環境保護驗收情況進行公示,并征求公眾意見。\n"
    "一、征求意見日期:自公示之日起20個工作日。\n"
    "二、聯系人:王工,電話:13900001111\n"
    "報告及專家意見見鏈接:https://pan.baidu.com/s/1AbCdEfGhIjKlMnOpQrStUv\n"
    "提取碼:x7k2\n"
    "青川白石新能源有限公司\n"
    "2023年3月6日\n"
)

#: "截止…" opening an account of what was done by that day, then the deadline for views.
AS_OF_THEN_DEADLINE = (
    "2024年5月6日,白石食品(青川)有限公司组织召开了项目竣工环境保护验收现场检查会,验收小组提出整改要求,"
    "截止2024年6月3日,建设单位已对验收工作组提出的问题进行了整改,同意通过验收。根据企业自行验收相关要求,"
    "于2024年6月3日将项目验收情况予以公告。如有建议意见,请于2024年7月1日前(20个工作日)提出。\n"
    "联系电话:0839-7000111\n"
    "建设单位:白石食品(青川)有限公司\n"
)


# A builder's disclosure of its completion day and commissioning period asks the public
# nothing and sets no period: no notice (the 52nd set read it as `other`; the 227th, 246th and
# 249th sets' readers, and an earlier one, all counted it a near-miss, and a proposal with no
# window is only work for the clerk). Asking for views keeps it (the 198th set's test).


def test_a_disclosure_of_completion_and_commissioning_dates_is_no_notice():
    assert not extract_notices(DATES_TITLED).proposals


def test_a_commissioning_disclosure_that_recounts_the_eia_steps_is_no_notice():
    assert not extract_notices(DATES_RECOUNTING_EIA).proposals


def test_a_builder_disclosing_only_its_commissioning_period_is_no_notice():
    assert not extract_notices(DATES_ONLY).proposals
    assert not extract_notices(DATES_ONLY.replace("有限公司", "加工部")).proposals


def test_a_commissioning_disclosure_that_asks_for_views_is_still_a_notice():
    text = DATES_TITLED.replace(
        "2024年7月至2024年9月我公司对建设项目配套建设的环境保护设施进行调试。\n",
        "2024年7月至2024年9月我公司对建设项目配套建设的环境保护设施进行调试。"
        "公众如有意见，可来电反映，联系电话：0839-7000222。\n",
    )
    proposal = _only(text)
    assert proposal.value("kind") == "other"
    assert proposal.value("issuer") == "青川河口风力发电有限公司"


def test_a_rule_cited_by_its_draft_does_not_make_an_acceptance_publicity_a_draft_comment():
    proposal = _only(CITED_DRAFT_RULE)
    assert proposal.value("kind") == "other"


def test_a_traditional_access_code_is_appended_to_its_link():
    proposal = _only(TRADITIONAL_CODE)
    assert proposal.value("links") == ["https://pan.baidu.com/s/1AbCdEfGhIjKlMnOpQrStUv?pwd=x7k2"]


def test_a_day_things_stood_on_is_no_deadline_the_later_one_is():
    proposal = _only(AS_OF_THEN_DEADLINE)
    assert proposal.to_json()["window"]["ends_on"] == "2024-07-01"


def test_an_explainer_quoting_the_disclosure_article_is_still_no_notice():
    page = (
        "建设项目竣工后,建设单位应当如实查验、监测、记载配套建设的环境保护设施的建设和调试情况。"
        "《暂行办法》第十一条规定,建设单位应当公开竣工日期,对环境保护设施进行调试前,公开调试的起止日期。\n"
    )
    assert not extract_notices(page).proposals


#: A builder's acceptance publicity that names the builder only as the one holding the meeting,
#: and the authority that approved its EIA in passing (and cites a provincial letter).
HELD_BY_BUILDER = (
    "2024年9月2日,青川白石康复医院有限公司组织召开“青川白石康复医院项目”竣工环境保护自主验收会。"
    "验收工作组依照《建设项目竣工环境保护验收暂行办法》(国环规环评〔2017〕4号)、某某省生态环境厅"
    "某环函〔2018〕12号等要求进行验收。本项目于2022年5月取得青川市生态环境局的批复。\n"
    "二、公示时间:2024年9月9日至2024年10月12日\n"
    "三、征求意见期间,验收组接受反映公示的建设项目竣工环境保护验收情况和问题的来信、来访和来电。\n"
    "四、联系方式 联系人:周先生 电话:13800002222\n"
)

#: An acceptance group's opinion copied on its own: no period, no contact, nothing put up.
OPINION_ALONE = (
    "白石电子元件加工项目竣工环境保护自主验收意见\n"
    "2023年4月11日,青川县白石电子元件加工厂根据《白石电子元件加工项目竣工环境保护验收监测报告》,"
    "对照《建设项目竣工环境保护验收暂行办法》对本项目进行验收,提出意见如下:一、工程建设基本情况 "
    "本项目位于青川县白石镇工业园。2022年5月某某环保科技有限公司编制了《环境影响报告表》,并于2022年6月8日通过"
    "青川市生态环境局白石分局批复,审批文号:青环表〔2022〕31号。2022年12月完成了项目的建设工作,已具备竣工"
    "环保验收条件。3、投资情况 项目总投资50万元,其中环保投资6万元。4、验收范围 本次验收范围为"
    "建设单位白石电子元件加工项目。\n"
)


def test_the_builder_holding_its_acceptance_meeting_issues_the_publicity():
    proposal = _only(HELD_BY_BUILDER)
    assert proposal.value("issuer") == "青川白石康复医院有限公司"


def test_an_acceptance_opinion_copied_without_its_publicity_is_no_notice():
    # (set off by blank lines from a notice, as a web page prints its items)
    proposal = _only(OPINION_ALONE + "\n" + HELD_BY_BUILDER)
    assert proposal.value("issuer") == "青川白石康复医院有限公司"


#: A forum copy flattened to one line: the signature runs on after the reports' access codes.
SIGNED_AFTER_CODES = (
    "青川县白石医院 新增DSA核技术利用项目 竣工环境保护验收监测报告及验收意见公示 根据《建设项目"
    "竣工环境保护验收暂行办法》的相关规定,2024年2月20日,由青川县白石医院主持召开了新增DSA核技术"
    "利用项目竣工环境保护自主验收会。验收组一致同意本项目通过竣工环境保护设施验收。 现将本项目竣工"
    "环境保护验收情况进行公示,并征求公众意见。 一、征求意见日期:自公示之日起20个工作日。 二、"
    "征求意见期间,验收组接受反映公示的建设项目竣工环境保护验收情况和问题的意见。 验收组意见提取码:"
    "k8m2 验收报告提取码:p3q7 青川县白石医院 2024年3月28日\n"
    "|\n"
)


def test_a_signature_run_on_after_an_access_code_dates_the_notice():
    proposal = _only(SIGNED_AFTER_CODES)
    assert str(proposal.value("published_on")) == "2024-03-28"
