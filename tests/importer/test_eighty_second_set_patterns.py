"""Patterns an eighty-second fresh set of real notices showed (issue #11: a mixed set from the
east-coast provinces): each a sentence of behaviour on a text written for the test, modelled on
the pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.contacts import find_contact
from tests.importer.proposals import only as _only

# A news copy about complaints handed over, which gives the group's sitting period at the head
# of its last sentence and only then says who sits and how to report.
PERIOD_OPENS_THE_SENTENCE = (
    "6月3日，中央第五生态环境保护督察组向青禾省移交第四批群众信访举报件52件（来电举报40件，"
    "来信举报12件），其中重点关注5件。\n"
    "从区域分布上看，青禾市18件、白川市11件、梧水市9件、其他市14件。所有举报件均已及时转交"
    "相关设区市处理。\n"
    "2025年5月26日到6月26日，中央第五生态环境保护督察组进驻青禾省，其间，群众可拨打举报电话"
    "0571-86543210，或通过青禾省梧城市B215号邮政信箱，对生态环境保护方面问题进行举报。\n"
)


def test_a_period_opening_its_sentence_is_the_window_the_clause_after_it_names():
    notice = _only(PERIOD_OPENS_THE_SENTENCE)
    assert notice.value("kind") == "inspection_reporting"
    window = notice.value("window")
    assert (window["starts_on"], window["ends_on"]) == ("2025-05-26", "2025-06-26")


def test_a_period_opening_a_sentence_about_something_else_is_no_window():
    text = PERIOD_OPENS_THE_SENTENCE.replace(
        "中央第五生态环境保护督察组进驻青禾省，其间，群众",
        "青禾市开展夏季河道清淤，其间，群众",
    )
    for proposal in extract_notices(text).proposals:
        assert "ends_on" not in (proposal.value("window") or {})


# A department's short call for comments on a draft notice of its own: the body names the
# department, prints the period from its first to its last day, and closes with a date alone.
DATED_CALL_FOR_COMMENTS = (
    "为规范全省城镇污水处理厂污泥处置管理，青禾省住房和城乡建设厅研究起草了《青禾省住房和城乡"
    "建设厅关于加强城镇污水处理厂污泥处置管理的通知（征求意见稿）》，现向社会公开征求意见。\n"
    "征求意见时间自2024年9月2日至10月8日止。可以通过以下方式反馈意见：\n"
    "一、信函方式。将书面意见寄青禾市文化路88号青禾省住房和城乡建设厅城建处；邮政编码：310100。\n"
    "二、电邮方式。将意见发送至wushuichuli2024@163.com。\n"
    "附件：青禾省住房和城乡建设厅关于加强城镇污水处理厂污泥处置管理的通知（征求意见稿）.docx\n"
    "2024年9月2日\n"
)


def test_a_short_call_for_comments_dated_under_its_own_period_is_a_notice():
    notice = _only(DATED_CALL_FOR_COMMENTS)
    assert notice.value("kind") == "other"
    assert notice.value("window")["ends_on"] == "2024-10-08"
    assert notice.value("contact")["email"] == "wushuichuli2024@163.com"


def test_a_short_call_for_comments_without_its_own_period_still_wants_a_signer():
    undated_period = DATED_CALL_FOR_COMMENTS.replace(
        "征求意见时间自2024年9月2日至10月8日止。", "欢迎社会各界提出意见。"
    )
    assert extract_notices(undated_period).proposals == ()


# A bureau putting up the list it recommends for a title, with the days of the publicity and a
# mailbox and an e-mail address to write to; it asks the public to watch over the award.
RECOMMENDED_LIST = (
    "为公开、公正地开展市级绿色社区评选工作，鼓励公众积极参与并监督绿色社区创建工作，经各区申报，"
    "市生态环境局审核，现对第三批市级绿色社区推荐名单进行公示。\n"
    "一、市级绿色社区推荐名单\n"
    "梧桐街道青柳社区\n"
    "二、公示时间\n"
    "2024年8月12日-2024年8月16日。\n"
    "三、联系方式\n"
    "公示期间设立信箱和电子邮箱：青禾市滨江路18号，青禾市生态环境局宣教处，邮编：310200；"
    "lvseshequ@qhsthj.cn。\n"
    "青禾市生态环境局\n"
    "2024年8月12日\n"
)


def test_a_list_put_up_for_the_public_to_watch_over_is_a_window():
    # (on a page of notices set off by blank lines, under the call for comments above)
    page = f"{DATED_CALL_FOR_COMMENTS}\n{RECOMMENDED_LIST}"
    notices = extract_notices(page).proposals
    assert [n.value("kind") for n in notices] == ["other", "other"]
    listed = notices[1]
    assert listed.value("window")["ends_on"] == "2024-08-16"
    assert listed.value("contact")["email"] == "lvseshequ@qhsthj.cn"
    # the same list put up without asking anyone to watch over it is no window to track
    quiet = RECOMMENDED_LIST.replace("鼓励公众积极参与并监督绿色社区创建工作，", "")
    quiet_page = f"{DATED_CALL_FOR_COMMENTS}\n{quiet}"
    assert len(extract_notices(quiet_page).proposals) == 1


# The body that puts a first notice up, named under its own label, and a park's managing body
# in a tracking assessment's notice, named under the page's "信息来源" of the bureau.
POSTED_BY = (
    "公告单位：青禾省交通勘察设计院有限公司\n"
    "目前青禾至白川高速公路改扩建工程环境影响评价已经启动，现就环境影响评价工作进行公告。\n"
    "（1）建设项目的名称及概要\n"
    "项目名称：青禾至白川高速公路改扩建工程\n"
    "（2）公告单位的名称和联系方式\n"
    "公告单位：青禾省交通勘察设计院有限公司\n"
    "联 系 人：周工 联系电话：0571-87651234\n"
    "（3）承担的环境影响评价机构名称和联系方式\n"
    "评价单位：某某环境科技有限公司\n"
    "联系电话：021-51234567 联 系 人：吴工\n"
    "（4）环境影响评价的工作程序和主要工作内容\n"
    "①公告单位委托环评机构 ②公告单位进行第一次公众公告 ③环评机构编制环境影响报告书\n"
)
PARK_MANAGER = (
    "关于征求梧桐工业园规划环境影响跟踪评价公众意见的公告\n"
    "发布时间：2025-03-11 09:20信息来源：青禾经济开发区生态环境分局\n"
    "为了解社会各界对梧桐工业园跟踪环评的意见，根据《环境影响评价公众参与办法》，现对该工业园"
    "规划跟踪环境影响评价进行公告，征求公众意见。\n"
    "一、公众提出意见的方式和途径\n"
    "公众可下载公众意见表，通过信函、电子邮件等方式向园区管理单位提交。\n"
    "二、园区管理单位名称和联系方式\n"
    "管理单位：青禾经济开发区管理委员会\n"
    "联系人：钱主任\n"
    "联系电话：0571-86112233\n"
    "三、公众提出意见的起止时间\n"
    "本次网上公示的时间为10个工作日。\n"
)


def test_the_body_labelled_as_posting_the_notice_is_its_issuer():
    assert _only(POSTED_BY).value("issuer") == "青禾省交通勘察设计院有限公司"


def test_a_parks_managing_body_under_its_label_is_the_issuer_not_the_pages_source():
    assert _only(PARK_MANAGER).value("issuer") == "青禾经济开发区管理委员会"


def test_a_landline_strewn_with_spaces_after_its_label_is_read_as_its_digits():
    assert find_contact("联系电话：05 71-861 12 23")["phone"].value == "0571-8611223"
    assert find_contact("联系电话：0 571-8611 2233")["phone"].value == "0571-86112233"
    # two numbers side by side stay two numbers
    found = find_contact("联系电话：0571-86112233 0571-86112234")
    assert [p.value for p in found["phones"]] == ["0571-86112233", "0571-86112234"]


def test_the_body_that_drafted_the_document_it_calls_comments_on_is_the_issuer():
    assert _only(DATED_CALL_FOR_COMMENTS).value("issuer") == "青禾省住房和城乡建设厅"
    led = DATED_CALL_FOR_COMMENTS.replace(
        "研究起草了《青禾省住房和城乡建设厅关于加强城镇污水处理厂污泥处置管理的通知（征求意见稿）》",
        "牵头编制了《青禾省城镇污泥处置专项规划（征求意见稿）》",
    )
    assert _only(led).value("issuer") == "青禾省住房和城乡建设厅"
