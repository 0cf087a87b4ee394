"""Patterns a hundredth fresh set of real notices showed (issue #11: energy and power-grid
projects, 输变电, 储能, 抽水蓄能, 热电): each a sentence of behaviour on a text written for
the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only

_GRID_FIRST_NOTICE = (
    "某某500kV输变电工程环境影响评价信息公示\n"
    "发布日期: 2021-05-10 信息来源: 某某供电公司\n"
    "为满足某某新区负荷发展需要，提高区域供电可靠性，有必要建设某某500kV输变电工程。\n"
    "按照《环境影响评价公众参与办法》（生态环境部令第4号）要求，现对工程有关环境信息进行公告。\n"
    "一、建设项目的名称及概要\n"
    "本工程位于某某市某某区某某镇。本期建设主要内容如下：\n"
    "1、新建户外式500kV变电站一座，新建主变2台，容量2×1000MVA\n"
    "2、新建500kV输电线路2回，线路全长约2×35km，按同塔双回架设\n"
    "3、新建35kV并联电容器2组\n"
    "4、在某甲500kV变电站扩建1个500kV出线间隔。\n"
    "5、在某乙500kV变电站扩建1个500kV出线间隔。\n"
    "二、项目建设单位的名称和联系方式\n"
    "建管单位：国网某某省电力有限公司建设分公司\n"
    "地址：某某市某某路100号\n"
    "联系人：王工 联系电话：0731-84512376\n"
    "三、承担评价工作的环境影响评价机构的名称和联系方式\n"
    "评价单位：某某电力设计院有限公司\n"
)


def test_a_numbered_list_of_works_under_a_line_ending_in_a_colon_stays_in_its_notice():
    notice = _only(_GRID_FIRST_NOTICE)
    assert notice.value("kind") == "eia_first"
    assert notice.value("published_on").isoformat() == "2021-05-10"
    assert notice.value("contact")["phone"] == "0731-84512376"


def test_the_construction_managing_branch_a_grid_notice_labels_jianguan_is_its_issuer():
    page = (
        "某某220kV线路工程环境影响评价第一次信息公示\n"
        "根据《环境影响评价公众参与办法》，现将本工程环境影响评价信息公示如下：\n"
        "一、建设项目概况：新建220kV线路约12km。\n"
        "二、建设单位名称和联系方式\n"
        "建管单位：国网某某电力有限公司某某供电分公司\n"
        "联系人：赵工 联系电话：0471-6638215\n"
        "三、公众意见表的网络链接：https://www.example.com/form.docx\n"
    )
    assert _only(page).value("issuer") == "国网某某电力有限公司某某供电分公司"
    assert _only(_GRID_FIRST_NOTICE).value("issuer") == "国网某某省电力有限公司建设分公司"


def test_numbered_lines_with_no_list_opened_above_them_still_end_a_body_after_two():
    page = (
        "某某县某某风电场项目环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与办法》的规定，现将某某风电场项目环境影响评价信息公示如下。\n"
        "建设单位：某某新能源有限公司，联系电话：0911-1234567\n"
        "本项目装机容量100MW。\n"
        "1、风机基础施工扬尘较小\n"
        "2、运行期噪声满足标准\n"
        "3、鸟类迁徙通道已避让\n"
        "4、升压站位于场址中部\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    span = notice.span
    assert "升压站位于场址中部" not in page[span[0] : span[1]]


def test_a_pre_approval_table_asking_for_completion_acceptance_is_pre_approval_by_its_hearing():
    page = (
        "某某市生态环境局审查以下建设项目环评文件，现公告有关环评信息，接受社会监督，公示期为"
        "2023年3月6日—2023年3月10日（5个工作日）。反馈意见受理方式为电子邮箱：hp2023@example.com，"
        "通讯地址：某某市某某路1号。申请人和利害关系人可自公示起5个工作日内以书面形式向我局提出"
        "听证申请。\n"
        "序号\n"
        "项目名称\n"
        "建设单位\n"
        "主要环境影响和环境保护对策与措施\n"
        "1\n"
        "某某220千伏输变电工程\n"
        "国网某某供电分公司\n"
        "（1）电磁环境：合理布置配电装置；工程竣工环保验收时，若工频电磁场超标，应及时采取措施。\n"
        "（2）声环境：选用低噪声主变。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("window")["ends_on"] == "2023-03-10"


def test_a_completion_acceptance_publicity_without_a_hearing_notice_is_still_other():
    page = (
        "某某110kV输变电工程竣工环境保护验收信息公示\n"
        "根据《建设项目竣工环境保护验收暂行办法》，某某供电公司组织开展了本工程的竣工环保验收，"
        "现将验收调查报告和验收意见向社会公开，公示期为2023年4月3日至2023年4月28日（20个工作日）。\n"
        "联系人：李工，联系电话：0571-7654321\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
