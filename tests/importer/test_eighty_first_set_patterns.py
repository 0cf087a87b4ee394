"""Patterns an eighty-first fresh set of real notices showed (issue #11: a mixed set of all
kinds and media from the north-east and Shandong, with its near-misses): each a sentence of
behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from tests.importer.proposals import only as _only


def test_a_rectification_put_up_before_it_is_closed_is_other_even_when_it_names_an_eia_report():
    page = (
        "省级生态环境保护督察第十二项问题三整改公示\n"
        "我区已完成省级生态环境保护督察第十二项问题整改,拟申请验收销号。现对该项问题整改完成情况"
        "向社会公示:\n"
        "一、整改问题\n某某化工园区未按期开展规划环境影响跟踪评价。\n"
        "二、整改成效\n园区已于2025年3月取得《某某化工园区总体规划环境影响报告书》审查意见。\n"
        "三、公示时间:2025年6月3日至2025年6月16日(共10个工作日)\n"
        "四、受理电话:0457-6612345\n"
        "如对该项问题整改完成情况有异议,请以书面或电话形式向区生态环境保护委员会办公室反映。\n"
        "某某区人民政府\n"
        "2025年5月30日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2025-06-16"
    assert notice.value("contact")["phone"] == "0457-6612345"


def test_a_news_item_on_an_eia_review_meeting_held_is_no_notice():
    page = (
        "搜索\n联系我们\n"
        "某某港区散货码头工程环境影响评价报告书专家评审会顺利召开\n"
        "612日,某某港区散货码头工程环境影响评价报告书专家评审会在某市召开。\n"
        "某某市环保局环评科科长、港口集团工程部部长、环保局特邀专家和环评单位项目负责人参加了"
        "会议。\n"
        "会议对环评报告中的问题进行了研讨,形成了专家评审意见。会后,编制单位将据此尽快完成报告"
        "修改工作。\n"
        "这是审批权限下放以来港口集团完成的第一次环评会议,在报告提交的当周即下发了会议通知,"
        "比以往缩短了两个月的审批时间。/ 工程部 李某\n"
        "\n"
        "某某新城排水管网工程环境影响评价第一次公示\n"
        "根据《环境影响评价公众参与办法》,现将某某新城排水管网工程环境影响评价信息公示如下。\n"
        "一、建设单位:某某城投建设有限公司\n联系人:赵工 联系电话:13904561234\n"
        "二、公众意见表的网络链接:http://www.mee.gov.cn/xxgk2018/\n"
        "三、公众可通过电话、信函等方式提出意见。\n"
        "某某城投建设有限公司\n2024年7月2日\n"
    )
    notice = _only(page)
    assert notice.value("kind") == "eia_first"
    assert notice.value("contact")["phone"] == "13904561234"


def test_a_label_giving_one_number_for_phone_and_fax_gives_the_phone():
    page = (
        "《某某市有轨电车2号线工程环境影响报告书》(征求意见稿)公示\n"
        "某某日报 2024年05月20日\n"
        "根据《环境影响评价公众参与办法》,对《某某市有轨电车2号线工程环境影响报告书》"
        "(征求意见稿)进行公示。一、征求意见稿获取途径:http://www.example-tram.cn;"
        "二、征求意见范围:评价范围内居民、单位等;三、联系方式:建设单位:某某轨道交通有限公司,"
        "王工,电话传真:0535-66778899,邮箱:tramgzcy@163.com;环评机构:某某环境科技有限公司,"
        "刘工,电话传真,010-55667788。\n"
    )
    notice = _only(page)
    assert notice.value("contact")["phone"] == "0535-66778899"
