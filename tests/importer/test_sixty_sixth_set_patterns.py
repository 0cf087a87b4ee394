"""Patterns a sixty-sixth fresh set of real notices (listed companies' creditor notices for a
capital reduction or a merger, 2009-2026, reposted by stock sites and e-papers) showed (issue
#11): each a sentence of behaviour on a text written for the test, modelled on the pattern,
not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only

_SUMMARY = (
    "某某电子(600999) - 关于注销回购股份的公告\n"
    "注销情况 - 拟注销回购股份3,100,000股[2] - 注销后总股本相应减少[3]\n"
)
_EXPLAINER = (
    "有限公司减资股东会决议范本怎么写?\n"
    "  一、决议范本\n"
    "  本公司于 年 月 日召开股东会,经代表 %表决权的股东通过,作出如下决议:\n"
    "  1、同意本次减资 万元。\n"
    "  2、同意修改公司章程。\n"
    "  股东签字:\n"
    "  年月日\n"
)


def test_a_stock_sites_short_name_before_the_title_still_heads_the_notice():
    notice = (
        "某某医疗:某某医疗器械股份有限公司关于回购注销部分限制性股票暨减少注册资本通知债权人的公告\n"
        "本公司董事会及全体董事保证本公告内容不存在虚假记载。 一、通知债权人的原因 某某医疗器械股份"
        "有限公司(以下简称“公司”)于 2023 年 5 月 8 日召开董事会,审议通过《关于回购注销部分限制"
        "性股票的议案》。"
        "证券代码:688000 证券简称:某某医疗 公告编号: 2023-021 (1)申报材料邮寄地址:某某省某某市"
        "某某路18号证券部 公司拟回购注销激励对象已获授但尚未解除限售的限制性股票 12.30 万股,本次"
        "回购注销完成后公司注册资本将相应减少,公司拟 ...\n"
    )
    page = _SUMMARY + "\n" + notice + "\n" + _EXPLAINER
    proposal = _only(page)
    assert proposal.value("kind") == "capital_reduction"
    assert proposal.value("issuer") == "某某医疗器械股份有限公司"


def test_an_explainers_question_headline_ends_a_truncated_notice_above_it():
    notice = (
        "关于减少注册资本通知债权人的公告\n"
        "某某精工股份有限公司拟注销回购股份并减少注册资本,公司债权人自本公告披露之日起45日内,"
        "有权要求公司清偿债务或者提供相应担保。债权人可采用现场或邮寄方式申报,具体方式如下 ...\n"
    )
    page = _SUMMARY + "\n" + notice + "\n" + _EXPLAINER
    proposals = extract_notices(page).proposals
    assert [p.value("kind") for p in proposals] == ["capital_reduction"]


def test_an_explainer_paraphrasing_the_company_laws_duty_to_creditors_is_no_notice():
    page = (
        "一、有限公司减资的要求\n"
        "(1)减资以后的注册资本数额。\n"
        "(2)减资以后股东出资比例的调整。\n"
        "(3)章程相应条款的修改等。公司减少注册资本,须先编制资产负债表及财产清单。公司应当自作出"
        "减少注册资本决议之日起十日内通知债权人,并于三十日内在报纸上刊登减资公告。债权人自接到"
        "通知书之日起三十日内,未接到通知书的自公告之日起四十五日内,有权要求公司清偿债务或者提供"
        "相应的担保。\n"
        "\n"
        "某某光电(688111):某某光电关于减少注册资本暨通知债权人\n"
        "时间:2024年03月11日 18:02:10 某某财经网\n"
        "证券代码:688111 证券简称:某某光电 公告编号:2024-012\n"
        "某某光电科技股份有限公司\n"
        "关于减少注册资本暨通知债权人的公告\n"
        "一、通知债权人的原因\n"
        "某某光电科技股份有限公司(以下简称“公司”)于2024年2月20日召开董事会,审议通过了"
        "《关于注销回购股份的议案》,公司将注销回购专用证券账户中的股份共计86,000股。\n"
        "(一)回购方案及实施情况\n"
        "2023年,公司召开董事会审议通过了以集中竞价交易方式回购公司股份的议案。\n"
    )
    proposal = _only(page)
    assert proposal.value("issuer") == "某某光电科技股份有限公司"


def test_a_notice_that_cites_the_duty_and_gives_its_contact_is_still_a_notice():
    page = (
        "减资公告\n"
        "某某商贸有限公司经股东会决议,注册资本由500万元减至100万元。根据《公司法》规定,公司应当"
        "自作出减少注册资本决议之日起十日内通知债权人,现予公告:请债权人自本公告之日起四十五日内"
        "向本公司申报债权。\n"
        "联系人:王先生 联系电话:0571-55501234\n"
        "特此公告。\n"
    )
    proposal = _only(page)
    assert proposal.value("kind") == "capital_reduction"


def test_a_stock_sites_dateline_with_the_stock_code_gives_the_publication_day():
    page = (
        "某某药业:关于回购注销部分限制性股票减少注册资本暨通知债权人的公告\n"
        "\n"
        "某某财经  2023-11-06  某某药业(300777)公司公告\n"
        "\n"
        "某某药业股份有限公司关于回购注销部分限制性股票减少注册资本暨通知债权人的公告\n"
        "\n"
        "一、通知债权人的原由\n"
        "\n"
        "某某药业股份有限公司(以下简称“公司”)于2023年10月20日召开董事会,审议通过了《关于回购"
        "注销部分限制性股票的议案》,公司注册资本将相应减少。\n"
        "\n"
        "二、需债权人知晓的相关信息\n"
        "\n"
        "公司债权人自本公告披露之日起45日内,有权凭有效债权文件要求公司清偿债务或者提供相应担保。\n"
    )
    proposal = _only(page)
    assert proposal.value("published_on").isoformat() == "2023-11-06"
