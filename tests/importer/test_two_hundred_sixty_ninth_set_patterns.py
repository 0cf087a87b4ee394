"""Patterns a fresh set of real notices showed (issue #11); its focus: building-material and
construction-support works (asphalt mixing stations, prefabricated components, stone
processing, insulation boards, putty and dry-mix mortar, ready-mixed concrete). Each test is a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

#: A builder's 2006-measures publicity, its heading ending in 公示信息 and run onto its own
#: line, the body cut before any contact or period (a web copy cut short).
_PUBLICITY_BODY = (
    "根据原国家环境保护总局《环境影响评价公众参与暂行办法》（环发〔2006〕28号）的有关要求，"
    "结合本项目的具体情况，公众参与公示信息如下：\n"
    "（一）项目名称及概要\n"
    "项目名称：年产5万立方米挤塑保温板生产线建设项目\n"
    "建设单位：某某县某某保温建材有限公司\n"
    "建设地点：某某县某某镇某某村东北200m\n"
    "建设规模：总占地面积4000m2，总投资300万元，年产挤塑保温板5万立方米。\n"
    "营运期主要污染：挤出、切割等废气、生活污水、设备噪声、生产固废。\n"
    "主要防治措施：\n"
    "废气：挤出、切割工序非甲烷总烃经集气罩收集后由活性炭装置处理；\n"
    "噪声：设备采取隔声、基础减振措施；\n"
    "（二）单位的名称及联系方式\n"
    "建设单位：某某县某某保温建材有限公司\n"
)
_PUBLICITY_TITLE = (
    "某某县某某保温建材有限公司年产5万立方米挤塑保温板生产线建设项目环境影响评价公众参与公示信息\n"
)


def test_a_title_ending_in_gongshi_xinxi_heads_its_notice():
    notice = extract_notices(_PUBLICITY_TITLE + _PUBLICITY_BODY).proposals[0]
    assert notice.value("title").endswith("公众参与公示信息")
    assert notice.value("issuer") == "某某县某某保温建材有限公司"


def test_a_gongshi_xinxi_title_printed_after_its_body_still_heads_it():
    # column OCR read the text box before its heading
    proposals = extract_notices(_PUBLICITY_BODY + _PUBLICITY_TITLE).proposals
    assert len(proposals) == 1
    assert proposals[0].value("title").endswith("公众参与公示信息")


#: The 2006 measures' second notice with no title in the copy: it opens with the builder's
#: engagement of the consultant and sets out the impacts the assessment found, under their own
#: heading, before the copy is cut.
_SECOND_NOTICE = (
    "某某路桥材料有限公司委托某某环境科技有限公司对“某某路桥材料有限公司年产8万吨沥青混合料"
    "搅拌站项目”进行环境影响评价工作，根据《中华人民共和国环境影响评价法》、《环境影响评价公众"
    "参与暂行办法》等文件的要求，现将项目环境影响评价的有关事项向公众公告如下：\n"
    "一、建设项目基本情况\n"
    "项目名称：年产8万吨沥青混合料搅拌站项目\n"
    "建设单位：某某路桥材料有限公司\n"
    "建设地点：某某县某某工业园\n"
    "项目可能造成的环境影响\n"
    "1、大气环境影响\n"
    "沥青烟经收集后由静电除尘器处理，粉尘经布袋除尘器处理后排放，对周边环境影响较小。\n"
    "2、声环境影响\n"
    "搅拌楼、风机采取隔声、减振措施后，厂界噪声可以达标。\n"
)


def test_the_impacts_set_out_under_their_own_heading_make_a_second_notice_not_a_first():
    notice = extract_notices(_SECOND_NOTICE).proposals[0]
    assert notice.value("kind") == "eia_draft_comment"
    # a first notice asks about the impacts; it has found none to set out under a heading
    first = (
        "某某路桥材料有限公司年产8万吨沥青混合料搅拌站项目环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与办法》的规定，现将有关信息公示如下：\n"
        "一、建设项目名称及概要\n"
        "项目名称：年产8万吨沥青混合料搅拌站项目\n"
        "二、建设单位名称和联系方式\n"
        "建设单位：某某路桥材料有限公司\n"
        "联系电话：0812-1234567\n"
        "三、征求公众意见的主要事项\n"
        "公众对项目可能造成的环境影响及拟采取的措施的意见和建议。\n"
    )
    notice = extract_notices(first).proposals[0]
    assert notice.value("kind") == "eia_first"
