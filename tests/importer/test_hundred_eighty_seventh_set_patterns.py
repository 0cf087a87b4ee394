"""Patterns a hundred-and-eighty-seventh fresh set of real notices showed (issue #11: livestock
and poultry farms, slaughterhouses and feed mills, mostly in the northeast and northwest): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_the_2006_second_round_named_as_its_public_participation_matters_is_a_draft_comment():
    # a mirror's copy: the title lost its last word, the text cut before contacts and period
    page = (
        "某某家庭农场生猪养殖建设项目环境影响评价信息第二次\n"
        "目前某某家庭农场生猪养殖建设项目环境影响评价报告书的编写工作进展顺利。"
        "现根据国家《环境影响评价公众参与暂行办法》的有关规定，对该项目进展情况及二次公众参与"
        "有关事项公告内容如下，望广大公众提出宝贵意见。\n"
        "一、建设项目的名称及概要\n"
        "项目名称：某某家庭农场生猪养殖建设项目。\n"
        "项目概况：本项目年出栏商品肉猪5000头，新建猪舍13栋。\n"
        "二、建设项目对环境可能造成的主要影响\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


def test_the_written_reports_main_contents_put_up_under_a_bare_title_is_a_draft_comment():
    page = (
        "某某牛业有限公司肉牛养殖园区建设项目环评公告\n"
        "根据《中华人民共和国环境影响评价法》和《环境影响评价公众参与暂行办法》的要求，"
        "某某牛业有限公司肉牛养殖园区建设项目环境影响报告书已委托某某研究院编制完成，"
        "为进一步征询公众对本项目环境保护方面的意见及建议，现将报告书的主要内容公告如下：\n"
        "建设项目施工期影响主要是扬尘和施工设备噪声。\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


def test_the_2006_second_notices_own_items_tell_its_stage_when_its_sentence_is_cut():
    page = (
        "某某牧业有限公司奶牛养殖场建设项目环评公示\n"
        "（一）建设项目情况简述\n"
        "某某牧业有限公司拟建奶牛养殖场一座，存栏奶牛1200头。\n"
        "（二）建设项目对环境可能造成影响的概述\n"
        "项目建成后主要是牛舍产生的臭气对周围环境产生一定的影响。\n"
        "（三）预防或者减轻不良环境影响的对策和措施要点\n"
        "牛舍采用机械刮板清粪。\n"
    )
    assert _only(page).value("kind") == "eia_draft_comment"


def test_an_indented_line_cut_short_over_a_title_set_flush_is_the_bodys_not_the_titles():
    # the title OCR moved under a body that stops mid-sentence, its last line indented
    page = (
        "  根据《环境影响评价公众参与暂行办法》的要求，某某牛业有限公司肉牛养殖园区建设项目"
        "环境影响报告书已编制完成，现将报告书的主要内容公告如下：\n"
        "  （一）建设项目情况简述\n"
        "  某某牛业有限公司投资建设现代化养殖场。\n"
        "  （二）运营期大气污染防治措施\n"
        "  牛舍铺垫锯末的\n"
        "某某牛业有限公司肉牛养殖园区建设项目环评公告\n"
    )
    notice = _only(page)
    assert notice.value("title") == "某某牛业有限公司肉牛养殖园区建设项目环评公告"
    assert notice.value("issuer") == "某某牛业有限公司"


def test_a_name_centred_over_a_title_line_set_flush_is_still_the_titles_first_half():
    page = (
        "              某某牧业有限公司\n"
        "年出栏5000头生猪养殖项目环境影响评价第二次公示\n"
        "根据《环境影响评价公众参与办法》的规定，现将某某牧业有限公司年出栏5000头生猪养殖项目"
        "环境影响报告书征求意见稿予以公示，征求公众意见。\n"
        "公示时间：2024年3月1日至2024年3月14日。\n"
        "联系电话：0451-1234567\n"
        "某某牧业有限公司\n"
        "2024年3月1日\n"
    )
    notice = _only(page)
    assert notice.value("title") == "某某牧业有限公司年出栏5000头生猪养殖项目环境影响评价第二次公示"
