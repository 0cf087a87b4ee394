"""Patterns a thirty-sixth fresh set of real notices showed (issue #11: a precision set, real
notices among court-case write-ups, explainers, board resolutions and inspection news): each a
sentence of behaviour on a text written for the test, modelled on the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.dates import find_dates
from tests.importer.proposals import only as _only


def test_a_date_that_lost_only_its_month_sign_reads_one_digit_month_and_day():
    found = [d.isoformat() for d, _, _ in find_dates("公告期为2022年95日-2022年9月11日")]
    assert found == ["2022-09-05", "2022-09-11"]


def test_a_decision_window_whose_first_date_lost_its_month_sign_ends_on_its_printed_end():
    page = (
        "根据建设项目环境影响评价审批程序的有关规定，2022年8月29日—2022年94日我局对1个项目"
        "环境影响评价文件作出审批决定，现将作出的审批决定的情况予以公告，公告期为2022年95日-"
        "2022年9月11日。\n"
        "联系电话：0593-5550172\n"
        "东溪区生态环境局\n"
        "2022年9月5日\n"
    )
    window = _only(page).value("window")
    assert window["starts_on"] == "2022-09-05"
    assert window["ends_on"] == "2022-09-11"


_CLAIMS_CALL = (
    "青禾商贸有限公司股东会于2023年4月2日决议解散公司，并成立清算组。请公司债权人自本公告"
    "见报之日起45日内向本公司清算组申报债权。\n"
    "联系人：周清 电话：0571-55503321\n"
    "青禾商贸有限公司清算组\n"
    "2023年4月6日\n"
)


def test_a_liquidation_notice_is_proposed():
    assert _only(_CLAIMS_CALL).value("kind") == "liquidation"


def test_a_case_write_up_that_quotes_the_liquidation_notice_is_no_notice():
    page = (
        "股东注销公司未通知债权人 法院判决清算组成员赔偿\n"
        "2022年3月，远帆贸易公司将青禾商贸有限公司诉至南桥区人民法院，要求支付货款。诉讼期间，"
        "青禾商贸有限公司股东会决议解散公司并成立清算组，清算组在报纸上刊登公告，主要内容为“"
        "请公司债权人自本公告见报之日起45日内向本公司清算组申报债权”，随后办理了注销登记。"
        "远帆贸易公司遂起诉清算组成员。法院认为，清算组未书面通知已知债权人，一审判决清算组"
        "成员赔偿远帆贸易公司货款及利息。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_first_person_story_about_a_liquidation_notice_is_no_notice():
    page = (
        "注销公告登报之后：一个招商专员的手记\n"
        "我还记得那家公司清算的那个冬天。我作为园区的联络人，全程跟着清算组走完流程：股东会决议"
        "解散，成立清算组，在报纸上刊登公告，请债权人自公告之日起四十五日内向清算组申报债权。"
        "公告期满，无人申报，清算组出具清算报告，办了注销。\n"
        "直到上个月，一位供应商打电话给我：你们园区那家公司还欠我们货款，公告登在省里的报纸上，"
        "我们根本看不到！我翻出当时的材料，才发现清算组没有书面通知已知债权人。\n"
    )
    assert extract_notices(page).proposals == ()


def test_an_article_quoted_after_its_source_in_brackets_is_the_law_under_a_sites_footer():
    page = (
        "（《某省建设项目环境信息公开办法》第12条）建设单位在编制环境影响报告书的过程中，应当"
        "在报送审批前，向公众公告下列内容：\n"
        "一、建设项目概况；\n"
        "二、征求公众意见的范围和主要事项；\n"
        "三、公众提出意见的起止时间。\n"
        "1、凡本站注明“来源：某某考试网”的作品，版权均属某某考试网所有，未经授权不得转载、链接。\n"
        "2、联系方式：010-55512345。\n"
    )
    assert extract_notices(page).proposals == ()


def test_a_papers_issue_date_beats_the_posting_date_a_notice_prints_without_a_signature():
    page = (
        "东江晚报     2021年05月20日\n"
        "东江县城南污水处理厂扩建工程，根据《环境影响评价公众参与办法》要求，现进行公示并征求"
        "公众意见。\n"
        "一、征求公众意见的范围：项目周围的居民和单位。\n"
        "二、建设单位联系方式\n"
        "建设单位：东江县城南水务有限公司\n"
        "联系电话：0755-55501234\n"
        "三、公众提出意见起止时间：自本公示发布之日起10个工作日。\n"
        "公告发布单位：东江县城南水务有限公司\n"
        "公告发布时间：2021年5月14日\n"
        "东江县城南污水处理厂扩建工程环境影响评价第二次公示\n"
    )
    assert _only(page).value("published_on").isoformat() == "2021-05-20"


def test_a_signature_date_keeps_the_attachments_a_web_copy_ran_onto_its_line():
    page = (
        "南湾港区散货码头改造工程环境影响评价第一次信息公示\n"
        "根据《环境影响评价公众参与办法》，现将南湾港区散货码头改造工程环境影响评价的有关信息"
        "公告如下。一、建设单位：南湾港务有限公司 联系人：陈工 电话：0898-55506789 二、公众"
        "意见表见下方附件。三、公众可通过电话、电子邮件等方式发表意见。特此公告。\n"
        "南湾港务有限公司 2021年3月2日 附件：南湾港区散货码头改造工程环境影响评价公众意见\n"
        "\n"
        "本报讯 南湾港区今年一季度完成货物吞吐量同比增长一成，港区负责人介绍，散货码头改造"
        "完成后，装卸效率将进一步提高。\n"
    )
    assert _only(page).value("published_on").isoformat() == "2021-03-02"


def test_a_signature_over_its_own_address_and_phone_under_the_attachments_names_the_issuer():
    page = (
        "南港新区散货堆场项目的海洋环境影响报告书已通过专家评审。现对报告书简本及专家评审意见"
        "予以公示，公示期自2019年6月3日至2019年6月10日（5个工作日）。如有异议，请在公示期内"
        "书面反馈至我局。\n"
        "特此公示。\n"
        "附件：1. 南港新区散货堆场项目海洋环境影响报告书简本\n"
        "2. 专家评审意见\n"
        "东海省海洋局\n"
        "地址：东海市滨江路12号\n"
        "联系人：林工 联系电话：0771-5550123\n"
        "点赞(0)\n"
    )
    assert _only(page).value("issuer") == "东海省海洋局"


def test_a_report_put_up_with_its_experts_review_is_published_before_approval():
    page = (
        "北湾港区通用泊位项目的海洋环境影响报告书于2020年5月12日通过了省海洋局组织的专家评审。"
        "现将报告书简本及评审会专家意见予以公示，公示期自2020年5月18日至2020年5月22日。如有"
        "异议，请在公示期内书面反馈至省海洋局。\n"
        "联系人：黄工 联系电话：0771-5550456\n"
    )
    assert _only(page).value("kind") == "eia_pre_approval"
