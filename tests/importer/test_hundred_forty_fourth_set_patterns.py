"""Patterns a hundred-and-forty-fourth fresh set of real notices showed (issue #11: coastal and
marine projects: offshore wind, fishing ports, reclamation, submarine cables, coastal chemical
parks): each a sentence of behaviour on a text written for the test, modelled on the pattern,
not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_plans_commissioning_body_under_its_contact_heading_issues_the_first_notice():
    page = (
        "某某港区石化园区近期规划环境影响评价公众参与信息公示（第一次）\n"
        "依据《中华人民共和国环境影响评价法》、《规划环境影响评价条例》等规定，某某环境科技有限"
        "公司对某某港区石化园区近期规划进行环境影响评价，现就该环境影响评价工作进行信息公示，"
        "征求公众意见。\n"
        "一、规划概况\n"
        "某某港区石化园区位于某某岛北部，规划面积2.35平方公里。\n"
        "二、规划环评委托单位名称及联系方式\n"
        "某某市某某区生态环境局\n"
        "联系人：某先生\n"
        "联系电话：0759-3621845\n"
        "环境影响评价机构名称及联系方式\n"
        "某某环境科技有限公司\n"
        "联系人：某工\n"
        "电话：020-83621974\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某市某某区生态环境局"
    assert notice.value("contact")["phone"] == "0759-3621845"


def test_a_builders_heading_that_keeps_its_colon_names_the_builder_on_the_name_line_below():
    page = (
        "某某港物流中心填海造地工程海洋环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与暂行办法》规定，现将某某港物流中心填海造地工程海洋环境影响"
        "评价公众参与的有关信息公告如下：\n"
        "一、建设项目概况\n"
        "建设项目名称：某某港物流中心填海造地工程\n"
        "建设项目概况：拟通过填海造地形成陆域面积32.5公顷，建设海堤长610m。\n"
        "二、建设单位：\n"
        "名称：某某港贸易有限公司\n"
        "地址：某某市某某区海滨路8号\n"
        "联系人：某先生 联系电话：13926418537\n"
        "三、海洋环境影响报告书编制单位：\n"
        "名称：某某海洋研究所\n"
        "联系人：某小姐 联系电话：020-84126395\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("issuer") == "某某港贸易有限公司"


def test_a_consultant_working_at_a_bodys_commission_names_that_body_as_the_issuer():
    page = (
        "某某化学工业区发展规划（修编）环境影响评价第二次公示\n"
        "1、说明\n"
        "某某市环境科学研究院受某某化学工业区管理委员会委托开展某某化学工业区发展规划（修编）"
        "环境影响评价，现根据国家及本市相关规定，向公众进行第二次信息发布。\n"
        "2、规划概况\n"
        "规划范围北至某某公路，南至某某湾北岸，通过前沿海域围海造地，规划总面积约30平方公里。\n"
        "3、征求公众意见的主要事项\n"
        "公众对规划实施的环境影响及减缓措施的意见和建议。\n"
        "4、公众提出意见的方式和途径\n"
        "公众可在本公示发布之日起10个工作日内，通过信函、电子邮件等方式提交意见。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某化学工业区管理委员会"


def test_a_notice_putting_up_the_reports_contents_and_first_conclusions_seeks_comment():
    page = (
        "某某岛至某某岛海底通信光缆环境影响评价信息公示\n"
        "建设单位：某某通信有限公司某某分公司\n"
        "为保障网络安全，拟在某某岛与某某岛之间铺设新的海底光缆，全长约7.5km。\n"
        "我公司已委托某某勘测设计研究院有限公司进行某某岛至某某岛海底通信光缆环境影响评价。"
        "根据某某省建设项目环境保护管理办法的相关规定，现将该项目环评报告书的主要内容和初步"
        "结论等环境影响评价信息进行公示，欢迎公众积极参与并提出宝贵意见。\n"
        "一、建设项目基本情况\n"
        "项目名称：某某岛至某某岛海底通信光缆；项目性质：新建。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某通信有限公司某某分公司"
