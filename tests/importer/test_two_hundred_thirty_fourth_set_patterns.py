"""Patterns around a two-hundred-and-thirty-fourth fresh set of real notices (issue #11:
notices titled with 信息公开 / 公众参与 wording, of the 2006 interim measures and of the 2019
measures): each a sentence of behaviour on a text written for the test, modelled on the
pattern, not copied."""

from __future__ import annotations

from notices.importer import extract_notices

_PARTICIPATION_NOTICE_DATED_UNDER_ITS_CONTACT = (
    "某某水库除险加固工程环境影响评价公众参与公告\n"
    "某某县水利局委托某某设计院承担某某水库除险加固工程的环境影响评价工作。"
    "依据《环境影响评价公众参与暂行办法》，现发布公众参与公告：\n"
    "公众可在公告发布后10日内以信函、电话等方式提出意见。\n"
    "建设单位：某某县水利局 联系电话：0736-5550123\n"
    "2013年4月8日\n"
)


def test_a_pasted_notice_dated_under_the_line_naming_its_builder_and_phone_is_dated():
    # the date alone on the last line, under the labelled line that names the builder and
    # ends with its phone: the notice's date, though no signer stands above it
    proposals = extract_notices(_PARTICIPATION_NOTICE_DATED_UNDER_ITS_CONTACT).proposals
    assert len(proposals) == 1
    notice = proposals[0]
    assert notice.value("kind") == "eia_first"
    assert str(notice.value("published_on")) == "2013-04-08"
    assert notice.value("contact")["phone"] == "0736-5550123"


def test_a_date_under_a_line_naming_a_builder_without_a_phone_is_not_taken_for_its_end():
    # (only a line that closes with the phone is the notice's last labelled line)
    text = _PARTICIPATION_NOTICE_DATED_UNDER_ITS_CONTACT.replace(
        " 联系电话：0736-5550123", " 地址：某某县某某路8号"
    )
    proposals = extract_notices(text).proposals
    assert all(str(p.value("published_on")) != "2013-04-08" for p in proposals)


_SURVEY_HANDED_BACK = (
    "某某光伏电站项目公众意见调查公告\n"
    "某某新能源有限公司拟在某某县某某乡建设某某光伏电站项目，现委托某某环境科技有限公司开展"
    "环境影响评价工作。为了解公众对本项目的意见，现开展公众意见调查，公众可下载调查表填写后"
    "于2016年8月20日前寄回。\n"
    "联系人：赵工 电话：13900000000 邮箱：zhao@example.com\n"
    "某某新能源有限公司\n"
    "2016年8月10日\n"
)


def test_a_survey_form_to_be_sent_back_by_a_day_closes_the_window_on_that_day():
    proposals = extract_notices(_SURVEY_HANDED_BACK).proposals
    assert len(proposals) == 1
    notice = proposals[0]
    assert notice.value("kind") == "eia_first"
    assert notice.value("window")["ends_on"] == "2016-08-20"


def test_a_form_handed_back_in_person_by_a_day_closes_the_window_too():
    text = _SURVEY_HANDED_BACK.replace("前寄回", "前交回村委会")
    proposals = extract_notices(text).proposals
    assert proposals[0].value("window")["ends_on"] == "2016-08-20"
