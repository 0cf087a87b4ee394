"""Patterns a hundred-and-eighty-sixth fresh set of real notices showed (issue #11: hospitals,
chemical parks, waste and sewage plants of Hubei, Hunan and Jiangxi): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_first_notice_with_its_own_procedure_sections_and_number_is_no_explainer():
    page = (
        "根据《环境影响评价公众参与暂行办法》的规定，现将“某某中医医院项目”环境影响评价"
        "有关环境信息予以公告。\n"
        "一、建设项目名称：某某中医医院项目。\n"
        "二、建设单位名称和联系方式\n"
        "单位名称：某某中医医院\n"
        "联系人：某院长\n"
        "联系电话：13500000000\n"
        "三、环境影响评价的工作程序和主要工作内容\n"
        "环境影响评价的工作程序分为三个阶段：准备阶段、正式工作阶段和报告书编制阶段。\n"
        "四、征求公众意见的注意事项\n"
        "本次公示主要就工程的环境信息进行告知。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("contact")["phone"] == "13500000000"


def test_a_pre_approval_beside_an_aggregators_list_of_tenders_is_read():
    page = (
        "首页 > 审批项目>某某康养中心项目拟审批公示\n"
        "2021-11-09招标公告\n"
        "竞价-某某技术服务[WZ0000000000]-采购公告\n"
        "公告内容\n"
        "经审议，我局拟于近日内批准某某康养中心项目环境影响报告表，现就项目环评相关情况予以"
        "公示5个工作日。如有意见，请在公示期内向我局来信来电进行反映。\n"
        "联系地址：某某县某某街道某某路001号市民之家（某某市生态环境局某某分局政务窗口）\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公示之日起五个工作日内申请人、利害关系人"
        "可对以下拟作出的建设项目环境影响评价文件批复决定提出听证申请。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("issuer") == "某某市生态环境局某某分局"
    assert notice.value("published_on") is None
    assert "采购" not in (notice.value("title") or "")


def test_a_pre_approval_publicity_naming_the_reviews_its_projects_passed_is_read():
    page = (
        "1、某某市生活垃圾焚烧发电项目建设在某某县某某镇，建设2条300吨/天的焚烧生产线。\n"
        "以上项目均已通过国土、选址规划、社会稳定风险评估等审查，目前已按程序委托评估"
        "并通过专家审查。\n"
        "公示时间自发布之日起5个工作日（2018年6月27日—7月3日），如有意见和建议，请以传真或"
        "电子邮件方式向省能源局反映，对匿名方式提出的异议不予受理。\n"
        "受理单位：某某省能源局某某处，传真：0731-00000000，邮箱：00000000@qq.com\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2018-07-03"
    assert notice.value("contact")["email"] == "00000000@qq.com"


def test_a_header_tables_publishing_body_behind_its_cell_rule_issues_the_notice():
    page = (
        "某某高新技术产业园区扩区调区规划环境影响评价第二次公示\n"
        "公开平台: | 某某市政府门户网站 | 分 类: | 公示公告 | ||\n"
        "发布机构: | 某某高新技术产业园区管理委员会 | 发文日期: | 2022年12月15日 | ||\n"
        "根据《中华人民共和国环境影响评价法》、《环境影响评价公众参与办法》的相关要求规定，"
        "现就某某高新技术产业园区扩区调区规划环境影响评价内容进行第二次公示，具体内容如下：\n"
        "一、建设项目情况简述\n"
        "本次调扩区规划区总面积为11.7平方公里。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("issuer") == "某某高新技术产业园区管理委员会"


def test_a_mirrors_lost_characters_inside_the_builders_name_keep_its_title_and_name():
    page = (
        "湖南某凱環(huán)??萍纪顿Y有限公司某陽(yáng)市某某鎮(zhèn)污水處理廠改擴(kuò)建工程"
        "環(huán)境影響評(píng)價(jià)第二次公示\n"
        "\n"
        "時(shí)間:2020-01-17文章來(lái)源:未知\n"
        "\n"
        "根據(jù)《環(huán)境影響評(píng)價(jià)公眾參與辦法》要求,現(xiàn)將某某鎮(zhèn)污水處理廠改擴(kuò)建"
        "工程環(huán)境影響報(bào)告書(shū)有關(guān)事項(xiàng)公示如下:\n"
        "\n"
        "一、查詢環(huán)境影響報(bào)告書(shū)征求意見(jiàn)稿的方式和途徑\n"
        "\n"
        "電子版網(wǎng)絡(luò)連接:http://example.com/html/news/\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_draft_comment"
    assert notice.value("title").startswith("湖南某凱環(huán)??萍纪顿Y有限公司")
    assert notice.value("issuer") == "湖南某凱環(huán)??萍纪顿Y有限公司"


def test_a_title_an_aggregator_prints_twice_is_read_once():
    page = (
        "某某眼科医院有限公司建设项目拟批复公示\n"
        "某某眼科医院有限公司建设项目拟批复公示\n"
        "经审议，我局拟批准《某某眼科医院有限公司建设项目环境影响报告表》，现就项目环评相关情况"
        "予以公示5个工作日。如有意见，请在公示期内向我局来信来电进行反映。\n"
        "联系地址：某某县人民政府行政审批服务局三楼310\n"
        "听证告知：依据《中华人民共和国行政许可法》，自公示之日起五个工作日内申请人、利害关系人"
        "可对以下拟作出的建设项目环境影响评价文件批复决定提出听证申请。\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_pre_approval"
    assert notice.value("title") == "某某眼科医院有限公司建设项目拟批复公示"
