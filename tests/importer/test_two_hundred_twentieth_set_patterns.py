"""Patterns a two-hundred-and-twentieth fresh set of real notices showed (issue #11: EIA notices
of county hospitals, township health centres and maternal and child health hospitals of
Shandong, Hebei, Henan and Anhui): each a sentence of behaviour on a text written for the test,
modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_firm_s_contact_lines_whose_colons_were_lost_keep_the_signature_below_them():
    # A hospital's site prints its labels glued to their values ("电话1…", "电子信箱x@…"), each
    # line set apart by a blank one: the EIA firm's block still belongs to the notice, so the
    # signature and date under it are the notice's.
    page = (
        "某某县中医院建设项目环境影响评价二次公示\n\n"
        "依据《环境影响评价公众参与办法》，现将某某县中医院建设项目环境影响评价工作的相关信息公示如下：\n\n"
        "1.公众提出意见的起止时间\n\n"
        "公众提出意见的起止时间为2023年12月28日起不少于10个工作日。\n\n"
        "2.建设单位及联系方式\n\n"
        "建设单位某某县中医院\n\n"
        "联系人某老师\n\n"
        "电话13200000000\n\n"
        "3.环境影响评价单位\n\n"
        "环评单位某某环保科技有限公司\n\n"
        "地址某某市某某区某某路1号\n\n"
        "电话13600000000\n\n"
        "电子信箱someone2021@163.com\n\n"
        "特此公告\n\n"
        "某某县中医院\n\n"
        "2023年12月28日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert str(notice.value("published_on")) == "2023-12-28"
    assert notice.value("contact")["email"] == "someone2021@163.com"


def test_an_address_on_the_side_of_a_road_is_no_issuer_of_a_decision_notice():
    # "某某路某某段路南行政审批局二楼" is where the office sits (the south side of the road), the
    # office named there without its place: the signature names the issuer.
    page = (
        "某某县人民医院迁建工程\n"
        "环评文件公示\n"
        "根据建设项目环境影响评价审批程序的有关规定，经审议，我局已对该建设项目环境影响评价文件"
        "作出准予许可决定。现将审批决定情况公开。\n"
        "公告期限：自本公告发布之日起1日。\n"
        "电话：0310-1234567\n"
        "通讯地址：某某县某峰路某某段路南行政审批局二楼投资项目科\n"
        "文件名称 | 批复文号 | 批复日期 | 公告日期 |\n"
        "某某县人民医院迁建工程 | 某审政投字〔2024〕40号 | 2024年5月10日 | 2024年5月10日 |\n"
        "某某县行政审批局\n"
        "关于某某县人民医院迁建工程\n"
        "环境影响报告书的批复\n"
        "某某县人民医院：\n"
        "你单位《某某县人民医院迁建工程环境影响报告书》及相关申请材料收悉。经研究，批复如下。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_decision"
    assert notice.value("issuer") == "某某县行政审批局"
