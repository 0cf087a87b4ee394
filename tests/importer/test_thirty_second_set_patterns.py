"""Patterns a thirty-second fresh set of real notices showed (issue #11: creditor notices and
bankruptcy claims calls): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

CAPITAL_REDUCTION = (
    "东岭精工:关于回购注销部分限制性股票减少注册资本暨通知债权人的公告\n"
    "公告时间:2024-03-11 18:20:05\n"
    "东岭精工股份有限公司(以下简称“公司”)于2024年3月8日召开董事会，审议通过《关于回购"
    "注销部分限制性股票的议案》，公司注册资本将由120,000,000元减少至119,800,000元。\n"
    "公司债权人有权自本公告披露之日起45日内，凭有效债权证明文件要求公司清偿债务或者提供"
    "相应担保。\n"
    "联系电话：0571-55503321\n"
)

FORMAT_EXPLAINER = (
    "办理公司注销时，清算公告的格式要写对。本文从内容和常见问题两方面说明。\n"
    "第一段写清算组的情况，例如“XX公司清算组于2023年5月2日成立，成员为王某、李某，联系电话"
    "139XXXXXXXX”。第二段写申报期限：“请债权人自见报之日起45日内向清算组申报债权”。\n"
    "刊登后请保存报纸原件，办理注销时提交。\n"
)


def _kinds(page: str) -> list[str]:
    return [p.value("kind") for p in extract_notices(page).proposals]


def test_an_explainer_quoting_a_model_notice_with_placeholders_proposes_nothing():
    page = CAPITAL_REDUCTION + "\n" + FORMAT_EXPLAINER
    assert _kinds(page) == ["capital_reduction"]


def test_a_number_written_over_xs_marks_a_model_notice_not_a_notice():
    model = (
        "XX有限公司清算组公告\n"
        "本公司股东会决议解散，已成立清算组。请债权人自本公告见报之日起四十五日内向本公司清算组"
        "申报债权。联系人：张某 联系电话：0731-XXXXXXXX\n"
    )
    assert _kinds(CAPITAL_REDUCTION + "\n" + model) == ["capital_reduction"]


def test_a_number_a_site_hid_with_asterisks_leaves_the_notice_standing():
    notice = (
        "南川市绿禾农业发展有限公司清算组公告\n"
        "本公司股东会决议解散，已成立清算组。请债权人自本公告见报之日起四十五日内向本公司清算组"
        "申报债权。联系人：陈先生 联系电话：138****6612\n"
        "南川市绿禾农业发展有限公司清算组\n"
        "2023年4月6日\n"
    )
    proposals = extract_notices(notice).proposals
    assert [p.value("kind") for p in proposals] == ["liquidation"]
    assert proposals[0].value("issuer").startswith("南川市绿禾农业发展有限公司")


BUYBACK_CANCELLATION = (
    "证券代码:600999 证券简称:远山机械 公告编号:2023-041\n"
    "远山机械股份有限公司\n"
    "一、通知债权人的原由\n"
    "公司于2021年3月2日召开股东大会，审议通过以集中竞价交易方式回购公司股份的议案，回购期限"
    "自股东大会审议通过之日起12个月内，详见公司披露的《回购报告书》\n"
    # (a PDF's text layer wraps the sentence: no full stop before the next line)
    "（公告编号：2021-012）\n"
    "截至2022年3月1日，公司本次回购期限届满，实际回购股份5,000,000股。\n"
    "公司于2023年8月28日召开董事会，审议通过《关于注销回购股份暨减少注册资本的议案》，"
    "公司注册资本将由500,000,000元变更为495,000,000元。\n"
)


def test_the_day_a_buy_back_period_ran_out_is_no_creditors_deadline():
    proposals = extract_notices(BUYBACK_CANCELLATION).proposals
    assert [p.value("kind") for p in proposals] == ["capital_reduction"]
    window = proposals[0].value("window") or {}
    assert window.get("ends_on") != "2022-03-01"


def test_a_deadline_printed_as_jiezhi_still_ends_the_window():
    page = (
        "青湾市北城区污水处理厂扩建工程环境影响报告书（征求意见稿）公示\n"
        "根据《环境影响评价公众参与办法》，现将征求意见稿予以公示。公众意见反馈截至2024年5月20日，"
        "公众可通过信函、电子邮件等方式向建设单位提出意见。\n"
        "建设单位：青湾市北城水务有限公司 联系电话：0591-55506677\n"
    )
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["eia_draft_comment"]
    assert proposals[0].value("window")["ends_on"] == "2024-05-20"
