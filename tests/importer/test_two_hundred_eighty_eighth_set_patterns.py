"""Patterns a two-hundred-and-eighty-eighth fresh set of real notices showed (issue #11: urban
green and river landscape works, wetland parks, river and black-odorous water remediation, city
parks): each a sentence of behaviour on a text written for the test, modelled on the pattern,
not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from tests.importer.proposals import only as _only


def test_a_title_broken_over_three_lines_under_a_place_line_that_fills_its_column_is_read_whole():
    # the first line names the reach in quotes, as a headline might, but runs on into the title
    page = (
        "某某库区某某主城“两江四岸”\n"
        "某某区某某段消落区岸线环境综合整治工程\n"
        "环境影响评价公众参与的公告\n"
        "根据《中华人民共和国环境影响评价法》和《环评公众参与暂行办法》的要求，本建设项目环境影响"
        "评价的相关信息内容公布如下：\n"
        "（一）建设项目的名称及概要\n"
        "本工程针对某某江某某码头至某某山之间约5km滨江岸线，建设护岸工程、配套设施和生态景观"
        "工程。\n"
        "本工程总工期为20个月。\n"
        "（二）建设项\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("title") == (
        "某某库区某某主城“两江四岸”某某区某某段消落区岸线环境综合整治工程环境影响评价公众参与的公告"
    )


def test_an_untitled_notice_whose_second_heading_is_the_builders_name_and_contact_is_a_first():
    # Measures art. 9's first two items in order, the copy cut inside the builder's block
    page = (
        "根据《中华人民共和国环境影响评价法》及《环境影响评价公众参与办法》要求，对项目环境影响"
        "评价进行公众参与。现将“某某市湿地公园水系水环境提升工程项目”的有关公众参与信息公告如下：\n"
        "一、项目概况\n"
        "项目名称：某某市湿地公园水系水环境提升工程项目\n"
        "建设规模及内容：水环境提升工程、水系连通及补水工程，新建补水泵站一座。\n"
        "二、建设单位的名称和联系方式：\n"
        "建设单位：某某市某某生态保护与发展\n"
    )
    assert _only(page).value("kind") == "eia_first"


def test_an_interim_measures_first_notice_headed_by_its_work_programme_names_the_commissioner():
    # "二、环评工作程序" alone on its line, the builder "现已正式委托" the consultant
    page = (
        "一、建设项目概况\n"
        "本项目对某某河某某桥至某某桥之间2.2km河段进行园林景区提升、堤顶路拓宽及配套设施完善。\n"
        "二、环评工作程序\n"
        "某某投资集团有限公司现已正式委托某某环境科学研究所编制《某某河提升改造工程环境影响"
        "报告书》，有关工作程序如下：\n"
        "1环评单位进行环境调研和环境监测\n"
        "2环评单位编制完成环境影响报告书\n"
        "三、征求意见内容\n"
        "请项目所在区居民对下述问题发表意见：您对该项目建设的意见\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某投资集团有限公司"


def test_a_letter_under_one_bodys_salutation_answering_a_deputys_proposal_is_no_notice():
    # a bureau's 协办意见 letter to another bureau, set under a news item with the site's
    # footer after it: it tells that body, not the public
    page = (
        "某某区启动公园绿地提升行动\n"
        "本报讯 近日，某某区启动公园绿地提升行动。\n"
        "\n"
        "关于市人大某某次会议第2031001号代表建议协办意见的函\n"
        "某环函〔2031〕8号\n"
        "市林业局：\n"
        "现就某某代表提出的关于加快某某公园第四期工程建设的建议，提出如下协办意见：\n"
        "为满足创建国家森林城市的复检标准，建议加快某某公园第四期工程建设。\n"
        "某某公园第四期工程属于园林绿化工程施工，不纳入建设项目环境影响评价管理，无需办理项目"
        "环境影响评价手续。\n"
        "某某市生态环境局\n"
        "2031年5月24日\n"
        "（联系人：某某，电话：13000000000）\n"
        "某公网安备 00000000000000号\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_bureau_speaking_as_we_that_asks_objections_sent_to_it_by_name_is_their_issuer():
    # a water bureau's pre-permit publicity: "寄（送）到某某市水利局", "来信请寄：某某市水利局"
    page = (
        "某某市某某公园涉河涉堤建设批前公示\n"
        "日期：2031-05-10 14:51:02\n"
        "根据《中华人民共和国行政许可法》的有关规定，我局对某某市某某公园涉河涉堤建设的材料进行了"
        "初步审查。为增加工作透明度，现将相关资料在网上公示，以接受社会监督。如有不同意见需要反映的，请于2031年5月17日前（以邮戳为准）"
        "以书面形式将反映的情况寄（送）到某某市水利局。\n"
        "公示时限：2031年5月10日-2031年5月17日\n"
        "来信请寄：某某市水利局\n"
        "邮编：300000\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("issuer") == "某某市水利局"
