"""Patterns a two-hundred-and-fourth fresh set of real notices showed (issue #11: universities,
research institutes and laboratories, their EIA notices and a ministry's call for comments,
2011-2024): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_first_notice_printing_every_line_as_a_paragraph_keeps_its_numbered_items():
    page = (
        "某某研究基地环境影响评价第一次公示\n"
        "\n"
        "日期:2012-05-08\n"
        "\n"
        "一、建设项目的名称及概要\n"
        "\n"
        "(1)项目名称:某某研究基地\n"
        "\n"
        "(2)项目位置:该项目位于某某市某某区某某开发区,东至某某路,西至某某路。\n"
        "\n"
        "(3)建设内容及规模:\n"
        "\n"
        "项目拟建设科研楼、实验楼、温室以及配套用房等,总建筑面积约5万平方米。\n"
        "\n"
        "二、建设单位的名称和联系方式\n"
        "\n"
        "建设单位名称:某某科学研究院\n"
        "\n"
        "联系地址:某某市某某区某某路1号\n"
        "\n"
        "联系人:某工(010-12345678)\n"
        "\n"
        "电子邮件地址:mou@example.cn\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某科学研究院"
    assert notice.value("published_on").isoformat() == "2012-05-08"


def test_a_local_number_in_brackets_after_the_person_to_ask_is_their_phone():
    page = (
        "某某实验楼项目环境影响评价第一次公示\n"
        "一、建设单位的名称和联系方式\n"
        "建设单位名称:某某大学\n"
        "联系人:某工(62345678)\n"
        "二、环境影响评价机构的名称和联系方式\n"
        "环境影响评价机构名称:某某环境科技有限公司\n"
        "联系人:某某(010-87654321)\n"
        "电子邮件地址:mou@example.cn\n"
        "某某大学\n"
        "2012年5月8日\n"
    )
    notice = _only(page)
    assert notice.value("contact")["phone"] == "62345678"


def test_a_title_over_a_bylined_block_heads_it_on_a_page_of_blocks():
    page = (
        "某某研究院某某实验室项目环境影响评价信息公开\n"
        "\n"
        "某某网 2021-11-02\n"
        "根据《中华人民共和国环境影响评价法》、《环境影响评价公众参与办法》(生态环境部令第4号)"
        "等文件的要求,为使各社会团体及群众了解、参与项目的环境影响评价工作,现将“某某实验室项目"
        "环境影响报告书”的有关信息公告如下:\n"
        "    一、建设项目的名称及项目概况\n"
        "    项目名称:某某研究院某某实验室项目\n"
        "    项目性质:扩建\n"
        "    建设单位:某某研究院\n"
        "    地理位置:某某市某某区某某大道1号某某科技园内\n"
        "    项目投资:1000万元\n"
        "    占地面积:约130平方米,依托现有实验楼\n"
        "    行业类型:M7340医学研究和试验发展\n"
        "    项目概况:项目拟在现有实验楼内建设实验室一间,开展检测和研发工作,建成后可承担本地区"
        "突发疫情的应急检测任务,开展诊断试剂的研究和验证工作,服务公众健康和产业发展,完善本地区"
        "的实验室体系,提升重大传染病防控能力。\n"
        "    二、建设单位名称和联系方式\n"
        "    建设单位:某某\n"
        "    联系人:某老师\n"
        "    地址:某某市某某区某某大道1号某某科技园内\n"
        "    邮编:510000\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("title") == "某某研究院某某实验室项目环境影响评价信息公开"
    assert notice.value("published_on").isoformat() == "2021-11-02"
