"""Patterns a two-hundred-and-sixteenth fresh set of real notices showed (issue #11: land
reclamation, mine and tailings works, dredging and flood-control works, 2016-2026): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_first_notice_headed_in_the_measures_own_words_for_the_project_is_a_first_notice():
    page = (
        "发布日期：2023-05-08\n"
        "（一）建设项目名称、选址选线、建设内容等基本情况\n"
        "项目名称：某某港区航道疏浚工程\n"
        "建设内容：对某某港区航道进行维护性疏浚，疏浚量约20万立方米。\n"
        "（二）建设单位的名称和联系方式\n"
        "单位名称：某某港口投资有限公司\n"
        "联系电话：0518-1234567\n"
        "（三）环境影响报告编制单位的名称\n"
        "单位名称：某某环境科技有限公司\n"
        "（四）公众意见表的网络链接\n"
        "公众意见表链接（见附件）\n"
        "（五）提交公众意见表的方式和途径\n"
        "公众可通过电子邮件方式提交公众意见表，本次征求公众意见的期限为公告之日起10个工作日。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"


def test_a_company_name_a_mirror_put_a_brand_site_into_is_kept_as_printed():
    page = (
        "各位公众：\n"
        "某某官网股份有限公司某某锡矿拟建设“某某官网股份有限公司某某锡矿某某尾矿库工程设计变更项目”，"
        "按照《中华人民共和国环境影响评价法》，该项目须开展环境影响评价工作。建设单位委托某某设计"
        "研究院有限公司对该项目进行环境影响评价。为保护好环境，现向公众征求减缓环境不利影响的措施"
        "和建议。工程建设情况及公众意见反馈方式如下：\n"
        "一 、工程建设基本情况\n"
        "某某尾矿库位于某某市某某村，拟调整坝址位置及坝高。\n"
        "二 、工程建设单位及联系人\n"
        "建设单位：某某官网股份有限公司某某锡矿\n"
        "联系人：李某某 电话：13900001111\n"
    )
    notice = _only(page)
    assert notice.value("issuer") == "某某官网股份有限公司某某锡矿"
