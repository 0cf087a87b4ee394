"""What a notice sits next to on a page does not change how it is read (the 49th-51st sessions'
held-out sets and the shared pages re-laid: items reversed, rotated, pages joined in pairs, each
item alone on a page). Pages written for these tests; names, numbers and addresses invented."""

from __future__ import annotations

from typing import Any

from notices.importer import extract_notices

#: An authority's pre-approval notice copied from a portal, under the site's furniture (a
#: lottery spammer's name, a weather widget) over its title.
FURNISHED = (
    "某某彩票网\n"
    "天气预报:\n"
    "某某区气象台07时发布:今天白天晴间多云,西北风1~2级,最高气温14℃;今天夜间多云。\n"
    "某某市某某区行政审批局关于某某宠物诊所项目环境影响报告表拟作出审批决定的公示\n"
    "发布日期:2025-10-14来源:某某区政务服务办公室\n"
    "字号\n"
    "根据建设项目环境影响评价审批程序的有关规定,经审议,我局拟对以下建设项目环境影响报告表作出"
    "审批决定。为保证此次审议工作的严肃性和公正性,现将拟作出审批决定的建设项目环境影响报告表"
    "基本情况予以公示。\n"
    "听证权利告知:依据《中华人民共和国行政许可法》,自公示起五日内申请人、利害关系人可提出听证申请。\n"
    "公示期限:本信息发布之日起5个工作日。\n"
    "联系电话:022-27395168\n"
    "通讯地址:某某区某某镇某某路与某某道交口市民中心二楼\n"
    "建设项目名称\n"
    "某某宠物诊所项目\n"
)
#: A bureau's pre-approval notice whose table of projects follows its contacts.
BUREAU = (
    "根据建设项目环境影响评价审批程序的有关规定,经审议,**日我局拟对1个建设项目环境影响评价文件"
    "作出审批意见。现将拟作出审批意见的环境影响评价文件基本情况予以公示。\n"
    "听证权利告知:依据《中华人民共和国行政许可法》,自公示起5日内申请人、利害关系人可对以下拟作出"
    "的建设项目环境影响评价文件审批意见要求听证。\n"
    "联系电话:024-*邮编:*\n"
    "联系地址: (略)经济技术开发区某某大街政务服务中心工程建设综合受理窗口\n"
    "拟批准环境影响评价文件的建设项目\n"
    "序号|项目名称|建设地点|建设单位|环境影响评价机构|项目概况\n"
    "1 |某某(略)兽药生产基地项目 |某某开发区某某路|某某(略) |某某环保科技有限公司|新建兽药车间\n"
)
#: A builder's pre-submission notice cut short in the middle of its third section's heading.
BUILDER_CUT = (
    "根据《环境影响评价公众参与办法》、《建设项目环境影响评价政府信息公开指南(试行)》的要求,"
    "现将某某新材料有限公司导热油锅炉项目环境影响报告表进行公开,以接受公众的监督。项目基本情况如下:\n"
    "一、工程项目概况\n"
    "某某新材料有限公司导热油锅炉项目;\n"
    "建设地点:某某县某某工业区某某村88号;\n"
    "建设内容及规模:拟新增一台供热能力4.5t/h天然气导热油锅炉;\n"
    "二、主要环境影响及防治措施\n"
    "(1)废气\n"
    "天然气锅炉废气经1根8m高烟囱排放,执行《锅炉大气污染物排放标准》(GB13271-2014)表2标准。\n"
    "(2)噪声\n"
    "选用低噪声设备,加装减震垫,厂界噪声可达标排放。\n"
    "三、环境影\n"
)
#: Another bureau's pre-approval table, an aggregator's copy cut to its head and first row.
HEADLESS_TABLE = (
    "序号 | 项目名称 | 建设地点 | 建设单位 | 环评机构 | 项目概况 | "
    "主要环境影响及预防或者减轻不良环境影响的对策和措施 | 公众参与情况 |\n"
    "1 | (略)区集中供热锅炉房改造工程 | (略)区某某路 | (略)热力有限公司 | (略)环保科技有限公司 | "
    "拆除燃煤锅炉,新建燃气锅炉3台 | 废气经低氮燃烧后排放 | 未收到公众意见 |\n"
)
#: An authority's notice cut under the heading of the projects it is to approve.
AUTHORITY_CUT = (
    "根据建设项目环境影响评价审批程序的有关规定,经审议,我局拟对某某污泥综合利用项目作出批复决定。"
    "为保证此次审议工作的严肃性和公正性,现将建设项目环境影响评价文件的基本情况予以公示,"
    "公示期为2025年3月3日-2025年3月14日(10个工作日)。\n"
    "1.电话:0818-2371946\n"
    "2.地址:某某市某某路88号某某市生态环境局环评科\n"
    "3.听证告知:依据《中华人民共和国行政许可法》,自公示起五日内申请人、利害关系人可对以下"
    "拟作出的建设项目环境影响评价文件批复决定要求听证。\n"
    "一、拟批准的建设项目环境影响报告书\n"
)
AUTHORITY_TABLE = (
    "序号 | 项目名称 | 建设地点 | 建设单位 | 环评机构 | "
    "主要环境影响及预防或者减轻不良环境影响的对策和措施 | 公众参与情况 |\n"
    "1 | 某某污泥综合利用项目 | 某某县某某工业园 | 某某环保科技有限公司 | 某某环境工程有限公司 | "
    "废气经生物除臭后排放 | 未收到公众意见 |\n"
)
#: A document site's preview of a participation report: furniture and a table of contents.
DOC_PREVIEW = (
    "- 1、本文档共38页,可阅读全部内容。\n"
    "- 2、本站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人学习、研究之用。\n"
    "- 3、如文档侵犯商业秘密、侵犯著作权等,请点击“版权申诉”,也可以打举报电话:400-050-0927。\n"
    "某某跨江大桥工程环境影响评价公众参与说明\n"
    "目录\n"
    "1概述 1\n"
    "2首次环境影响评价信息公开情况 1\n"
    "3征求意见稿公示情况 7\n"
    "1概述\n"
    "根据《环境影响评价公众参与办法》(生态环境部令第4号)有关规定,本项目通过网络公示、现场公示、"
    "报纸公示等方式征求公众意见。\n"
)
#: Two board posts of a draft-comment notice, the second copied without its title.
POST = (
    "某某县某某道路改建工程环境影响评价第二次公示\n"
    "根据《环境影响评价公众参与办法》（生态环境部令第4号）的规定，现将某某县某某道路改建工程环境"
    "影响报告书征求意见稿公示如下：\n"
    "一、征求意见稿全文的网络链接：http://www.example.cn/gs/2023/0612.html\n"
    "二、征求意见的公众范围：项目沿线的某某镇、某某乡居民。\n"
    "三、公众提出意见的方式和途径：公众可通过信函、电子邮件等方式提交公众意见表，公示期为本公示"
    "发布之日起10个工作日。\n"
    "四、建设单位名称及联系方式\n"
    "建设单位：某某县交通运输局\n"
    "联系人：某工\n"
)
UNTITLED_POST = (
    "根据《环境影响评价公众参与办法》（生态环境部令第4号）的规定，现将某某县污水处理厂扩建工程环境"
    "影响报告书征求意见稿公示如下：\n"
    "一、征求意见稿全文的网络链接：http://www.example.cn/gs/2023/0703.html\n"
    "二、征求意见的公众范围：项目周边的某某镇、某某乡居民。\n"
    "三、公众提出意见的方式和途径：公众可通过信函、电子邮件等方式提交公众意见表，公示期为本公示"
    "发布之日起10个工作日。\n"
    "四、建设单位名称及联系方式\n"
    "建设单位：某某县水务局\n"
    "联系人：某工\n"
)
#: A zone committee's acceptance publicity copied from its site, a cell to a line.
ACCEPTANCE_CELLS = (
    "首页 > 政务公开 > 政府信息公开目录 > 公示公告\n"
    "某某路02加油站建设工程竣工环保验收受理公示\n"
    "信息来源:本站原创 发布日期:2024-05-20 作者:规划建设部 字体:\n"
    "项目名称\n"
    "某某路02加油站建设工程\n"
    "建设单位\n"
    "某某石油销售有限公司某某分公司\n"
    "建设地点\n"
    "某某示范区某某路与某某路交汇处西北侧\n"
    "监测单位\n"
    "某某检测有限公司\n"
    "项目概况\n"
    "项目总占地面积5120.6m2,为二级加油站,储油罐总储油能力为90m3。\n"
    "环保措施落实情况\n"
    "该项目在建设过程中执行了环境影响评价制度和环保“三同时”制度,各项污染防治措施已落实。\n"
    "公众参与情况\n"
    "/\n"
    "听证权利告知\n"
    "公众反馈见联系方式\n"
    "分享:\n"
)


def _read(text: str) -> list[dict[str, Any]]:
    return [
        {k: v for k, v in p.to_json().items() if k != "evidence"}
        for p in extract_notices(text).proposals
    ]


def test_a_notice_under_site_furniture_reads_the_same_before_or_after_its_neighbour():
    # a page of two items has one blank line: the title under the furniture at the top of the
    # second block starts that block's own item, not a paste's next one
    first = _read(FURNISHED + "\n" + BUREAU)
    second = _read(BUREAU + "\n" + FURNISHED)
    assert len(first) == len(second) == 2
    assert first[0] == second[1]
    assert first[1] == second[0]


def test_a_builders_notice_cut_at_a_heading_leaves_the_next_bureaus_headless_table_alone():
    found = extract_notices(BUILDER_CUT + "\n" + HEADLESS_TABLE).proposals
    assert [p.value("kind") for p in found] == ["eia_pre_submission", "eia_pre_approval"]
    # but an authority's own table of projects, set under a blank line below its heading,
    # stays in its notice
    found = extract_notices(AUTHORITY_CUT + "\n" + AUTHORITY_TABLE).proposals
    assert [p.value("kind") for p in found] == ["eia_pre_approval"]


def test_an_authority_notice_cut_at_its_projects_heading_is_read_above_a_document_preview():
    # below the heading of the projects to approve comes no table but another item: the
    # notice is not grown down into it, whichever comes first on the page
    above = _read(AUTHORITY_CUT + "\n" + DOC_PREVIEW)
    below = _read(DOC_PREVIEW + "\n" + AUTHORITY_CUT)
    assert [n["kind"] for n in above] == ["eia_pre_approval"]
    assert above == below


def test_a_pasted_post_ending_on_its_e_mail_parts_from_the_untitled_post_under_it():
    for end in (
        "联系电话：0991-4673815\n",
        "E-mail：mouyou_road@163.com\n",
        "Email: mouyou_road@163.com\n",
    ):
        found = extract_notices(POST + end + UNTITLED_POST).proposals
        assert [p.value("issuer") for p in found] == ["某某县交通运输局", "某某县水务局"], end
        if "@" in end:
            assert found[0].value("contact")["email"] == "mouyou_road@163.com"


def test_a_notice_alone_on_its_page_reads_as_it_does_under_another_item():
    # pasted alone, no line of it starts an item and no notice is told by the paste's rules:
    # the block is read as the same block is among others
    alone = _read(ACCEPTANCE_CELLS)
    among = _read(BUREAU + "\n" + ACCEPTANCE_CELLS)
    assert len(alone) == 1
    assert alone[0] == among[-1]
    assert alone[0]["kind"] == "other"
    assert alone[0]["published_on"] == "2024-05-20"
