"""Patterns a twenty-fifth fresh set of real notices showed (issue #11): notices as PDF text
layers. Each a sentence of behaviour on a text written for the test, modelled on the pattern,
not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_numbered_heading_on_its_own_line_is_not_part_of_the_company_below_it():
    # a listed company's announcement as its PDF's text prints it: the sub-heading
    # "（一）本次拟回购注销" is a line of its own over the sentence that names the company
    page = (
        "证券代码：600000 证券简称：某某安防 公告编号：2025-070\n"
        "某某安防股份有限公司\n"
        "关于回购注销部分限制性股票减少注册资本暨通知\n"
        "债权人的公告\n"
        "一、通知债权人的原因\n"
        "（一）本次拟回购注销\n"
        "某某安防股份有限公司（以下简称“公司”）于 2025 年 8 月 12 日召开第\n"
        "五届董事会第四次会议，审议通过了《关于回购注销部分限制性股票的议案》。\n"
        "二、需债权人知晓的相关信息\n"
        "公司债权人自接到公司通知之日起 30 日内、未接到通知者自本公告披露之日起 45 日\n"
        "内，有权凭有效债权文件及相关凭证要求公司清偿债务或者提供相应的担保。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "capital_reduction"
    assert notice.value("issuer") == "某某安防股份有限公司"


def test_a_company_name_broken_right_after_a_heading_is_read_whole():
    page = (
        "某某科技股份有限公司关于回购注销部分限制性股票通知债权人的公告\n"
        "（一）某某科技股份有\n"
        "限公司（以下简称“公司”）于 2024 年 3 月 1 日召开董事会，审议通过回购注销议案。\n"
        "公司债权人自本公告披露之日起 45 日内，有权要求公司清偿债务或者提供相应的担保。\n"
    )
    assert _only(page).value("issuer") == "某某科技股份有限公司"


def test_a_builder_named_before_the_next_label_in_a_copy_that_lost_its_spaces_is_read():
    page = (
        "某某县青山砖厂页岩矿开采项目环境影响评价第一次公示 一、建设项目情况及概要 项目名称：某某县"
        "青山页岩矿开采项目 建设单位：某某县青山页岩砖有限责任公司 项目性质：新建 建设地点：某某县"
        "青山镇 二、联系方式 通过电话、Email及信函的方式联系，时间自本项目公示之日起10日内。"
        "联系人：贺总 联系方式：13955507788\n"
    )
    proposals = extract_notices(page).proposals
    assert len(proposals) == 1
    assert proposals[0].value("issuer") == "某某县青山页岩砖有限责任公司"
