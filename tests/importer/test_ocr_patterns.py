"""What OCR does to contact lines that print fine: spaces dropped, a full stop read as o."""

from __future__ import annotations

import pytest

from notices.importer import extract_notices
from notices.importer.contacts import find_contact, find_phones
from notices.importer.dates import DATE, match_date
from notices.importer.links import find_links
from notices.importer.text import Page


def numbers(text: str) -> list[str]:
    return [f.value for f in find_phones(Page(text).text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "0473-3926615 15904731122" printed with a space the OCR did not keep
        ("联系人：赵磊电话：0473-392661515904731122", ["0473-3926615", "15904731122"]),
        ("举报电话：0475-822611015547520315", ["0475-8226110", "15547520315"]),
        ("电话：010-6512345613812345678。", ["010-65123456", "13812345678"]),
        # a landline whose eight digits are followed by a mobile: only one split is whole
        ("电话：0471-6123456713912345678", ["0471-61234567", "13912345678"]),
    ],
)
def test_a_landline_run_into_a_mobile_is_two_numbers(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "电话：0471-612345671381234567",  # the tail is no whole mobile number
        "统一社会信用代码：0471612345613812345678",  # no dash: a code, not two phones
        "编号：0471-6123456138123456789",  # a mobile would have to end where the run goes on
    ],
)
def test_a_run_that_splits_into_no_whole_numbers_is_not_read_as_phones(text):
    assert not any(n.startswith("1") and len(n) == 11 for n in numbers(text))


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("邮箱：qyhj_bt@126.como\n四、公众意见表", "qyhj_bt@126.com"),
        ("电子邮箱：eia_office@sina.cno\n", "eia_office@sina.cn"),
        ("邮箱：a.b@example.com。", "a.b@example.com"),
        ("邮箱：kefu@como.com.cn", "kefu@como.com.cn"),  # a real name ending in "como" stays
    ],
)
def test_a_full_stop_read_as_o_after_an_email_address_is_dropped(text, email):
    assert find_contact(Page(text).text)["email"].value == email


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("经二二四年三月十一日股东会决议解散", "2024-03-11"),  # 二〇二四 with its 〇 lost
        ("二一九年十二月三十一日", "2019-12-31"),
        ("于二〇二四年三月十五日成立清算组", "2024-03-15"),
        ("二O二四年三月十五日", "2024-03-15"),
    ],
)
def test_a_chinese_numeral_year_that_lost_its_zero_is_still_read(text, day):
    m = DATE.search(text)
    assert m
    assert str(match_date(m, "d")) == day


def test_three_numerals_inside_a_longer_number_are_no_year():
    assert DATE.search("十二二四年三月十五日") is None


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("某某污水处理厂峻工环境保护验收信息公示", "某某污水处理厂竣工环境保护验收信息公示"),
        ("生活垃圾楚烧发电项目", "生活垃圾焚烧发电项目"),
        ("某某镇煤研石综合利用项目", "某某镇煤矸石综合利用项目"),
        ("环境影晌报告书", "环境影响报告书"),
    ],
)
def test_ocr_misreads_of_the_notices_words_are_put_back_keeping_every_offset(printed, read):
    page = Page(printed)
    assert page.text == read
    assert [page.to_raw(n) for n in range(len(read))] == list(range(len(printed)))


def test_a_completion_acceptance_read_with_a_misread_word_keeps_its_kind_and_subject():
    text = (
        "某某县城北污水处理厂扩建工程\n峻工环境保护验收信息公示\n\n"
        "某某县城北污水处理厂扩建工程已建成并完成峻工环境保护验收监测，根据《建设项目峻工"
        "环境保护验收暂行办法》，现将验收报告予以公示，公示期为2025年4月1日至2025年4月28日。\n"
        "联系人：吴工 联系电话：0476-6222051\n某某县水务有限责任公司\n2025年4月1日\n"
    )
    (proposal,) = extract_notices(text).proposals
    assert proposal.value("kind") == "other"
    assert proposal.value("subject") == "某某县城北污水处理厂扩建工程"
    assert proposal.value("title") == "某某县城北污水处理厂扩建工程竣工环境保护验收信息公示"


def test_a_link_printed_twice_and_read_two_ways_is_one_link_the_first_reading():
    text = (
        "某某项目环境影响评价第二次公示\n"
        "一、征求意见稿全文链接：https://pan.baidu.com/s/1NPnd_05SYW 提取码：kyby\n"
        "二、公众意见表链接：https://pan.baidu.com/s/INPnd_05SYW 提取码：kyby\n"
        "三、另见 https://pan.baidu.com/s/1Ab-\nCdE 与 https://pan.baidu.com/s/1AbCdE\n"
    )
    page = Page(text)
    links = [url for url, *_ in find_links(page.rejoin(0, page.line_count() - 1))]
    assert links == [
        "https://pan.baidu.com/s/1NPnd_05SYW?pwd=kyby",
        "https://pan.baidu.com/s/1AbCdE",  # the hyphen only one reading has was the break
    ]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("电话：15147478119，地址：集宁\n区某某名苑B区18号，邮编：012000", "集宁区某某名苑B区18号"),
        # a whole value ends its line
        ("地址：某某市新华路1号\n某某有限公司清算组", "某某市新华路1号"),
        ("地址：本公司\n联系人：王某", "本公司"),
    ],
)
def test_an_address_cut_after_its_first_characters_goes_on_in_the_next_line(text, address):
    assert find_contact(Page(text).text)["address"].value == address


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "全文查阅：www.example-site\ncom/gs/2024/101.html\n",
            "http://www.example-site.com/gs/2024/101.html",
        ),
        (
            "全文查阅：www.example-site.\ncom/gs/2024/101.html\n",
            "http://www.example-site.com/gs/2024/101.html",
        ),
        ("网址：http://www.example\ncn/a.html\n", "http://www.example.cn/a.html"),
        ("链接：https://pan.example\ncom/s/1AbCdE\n", "https://pan.example.com/s/1AbCdE"),
        ("网址：https://example\ngov.cn/a.html\n", "https://example.gov.cn/a.html"),
    ],
)
def test_a_link_whose_dot_before_the_domain_was_lost_at_the_line_end_is_whole(text, link):
    page = Page(text)
    assert [url for url, *_ in find_links(page.rejoin(0, page.line_count() - 1))] == [link]


def test_a_link_printed_twice_with_break_hyphens_at_different_places_loses_them():
    text = (
        "一、全文链接：https://pan.baidu.com/s/17HqrtaBE-\nNE0QAfkRM?pwd=3tu8\n"
        "三、意见表链接：https://pan.baidu.com/s/17Hq-\nrtaBENEOQAfkRM?pwd=3tu8\n"  # O for 0
        "四、另见 http://www.xam-fd.com/a.html 与 http://www.xam-fd.com/a.html\n"
    )
    page = Page(text)
    links = [url for url, *_ in find_links(page.rejoin(0, page.line_count() - 1))]
    assert links == [
        "https://pan.baidu.com/s/17HqrtaBENE0QAfkRM?pwd=3tu8",
        "http://www.xam-fd.com/a.html",  # a hyphen both readings have stays
    ]


def test_a_link_printed_twice_and_read_once_with_a_small_letter_for_a_capital_is_one_link():
    # W and w, S and s, K and k... differ only in size: a damaged scan loses which it was
    text = (
        "一、全文链接：https://pan.baidu.com/s/17WqrtaBE-\nNE0QAfkRM?pwd=3tu8\n"
        "三、意见表链接：https://pan.baidu.com/s/17wq-\nrtaBENEOQAfKRM?pwd=3tu8\n"
    )
    page = Page(text)
    links = [url for url, *_ in find_links(page.rejoin(0, page.line_count() - 1))]
    assert links == ["https://pan.baidu.com/s/17WqrtaBENE0QAfkRM?pwd=3tu8"]


def test_links_that_differ_in_a_letter_of_another_shape_stay_two():
    text = "链接一：https://pan.baidu.com/s/17WqrtaB\n链接二：https://pan.baidu.com/s/17WqrtaD\n"
    page = Page(text)
    assert len(find_links(page.rejoin(0, page.line_count() - 1))) == 2


@pytest.mark.parametrize(
    ("printed", "link"),
    [
        (
            "链接：https://pan.baidu.com/s/INPnd_05SYW 提取码：kyby",
            "https://pan.baidu.com/s/1NPnd_05SYW?pwd=kyby",
        ),
        ("链接：https://pan.baidu.com/s/lAbCdEfG", "https://pan.baidu.com/s/1AbCdEfG"),
        ("链接：https://www.example.com/s/IAbCdEfG", "https://www.example.com/s/IAbCdEfG"),
    ],
)
def test_a_baidu_share_key_read_with_i_or_l_for_its_leading_1(printed, link):
    page = Page(printed)
    assert [url for url, *_ in find_links(page.rejoin(0, page.line_count() - 1))] == [link]


_CLEARING = (
    "清算公告\n"
    "某某市新城区{body}（有限合伙）经全体合伙人决定解散，并于2024年3月1日成立清算人。"
    "请债权人自接到通知书之日起三十日内，未接到通知书的自本公告见报之日起四十五日内，"
    "向清算人申报债权。\n"
    "联系人：王工 联系电话：0471-6612345\n"
    "某某市新城区{signed}（有限合伙）清算人\n"
    "2024年3月5日\n"
)


@pytest.mark.parametrize(
    ("body", "signed", "issuer"),
    [
        # the signature's reading lost a blurred character the body kept
        (
            "瑞丰商务信息咨询中心",
            "瑞商务信息咨询中心",
            "某某市新城区瑞丰商务信息咨询中心（有限合伙）清算人",
        ),
        # printed the same: nothing to mend
        (
            "瑞丰商务信息咨询中心",
            "瑞丰商务信息咨询中心",
            "某某市新城区瑞丰商务信息咨询中心（有限合伙）清算人",
        ),
        # a branch is another body, not a lost character
        ("瑞丰商务分中心", "瑞丰商务中心", "某某市新城区瑞丰商务中心（有限合伙）清算人"),
        # two characters more is another name
        ("瑞丰隆泰商务中心", "瑞丰商务中心", "某某市新城区瑞丰商务中心（有限合伙）清算人"),
    ],
)
def test_a_signature_that_lost_a_character_the_body_prints_is_given_it_back(body, signed, issuer):
    proposal = extract_notices(_CLEARING.format(body=body, signed=signed)).proposals[0]
    assert proposal.value("issuer") == issuer


@pytest.mark.parametrize("mark", ["-", "—", "一", ":", "：", "\b:"])
def test_a_break_mark_at_a_links_line_end_read_as_another_dash_or_a_colon_is_dropped(mark):
    printed = f"17Wq {mark}".replace(" \b", "")  # "\b": the space before the colon lost too
    text = f"三、意见表链接\nhttps://pan.baidu.com/s/{printed}\n\nrtaBENE0QAfkRM?pwd=3tu8\n"
    page = Page(text)
    links = [url for url, *_ in find_links(page.rejoin(0, page.line_count() - 1))]
    assert links == ["https://pan.baidu.com/s/17WqrtaBENE0QAfkRM?pwd=3tu8"]


@pytest.mark.parametrize(
    ("hours", "daily"),
    [
        ("受理时间为每天上午8:00至晚上8:00", "08:00-20:00"),
        ("受理时间为每天上午8\n00至晚上8:00", "08:00-20:00"),  # the colon lost at the line end
        ("受理时间为每天上午830至下午5:30", "08:30-17:30"),
    ],
)
def test_daily_hours_whose_colon_ocr_lost_are_still_read(hours, daily):
    text = (
        "某某省生态环境保护督察组进驻某某市公告\n"
        "督察进驻时间为2025年4月16日至5月16日。督察组主要受理生态环境保护方面的来电来信举报，"
        f"{hours}。举报电话：0475-8226110\n"
    )
    window = extract_notices(text).proposals[0].value("window")
    assert window["daily_hours"] == daily


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("发布时间：2022-08-2217:00浏览量：", "2022-08-22"),  # "2022-08-22 17:00", space lost
        ("发布日期：2021/03/059:30", "2021-03-05"),
        ("更新时间：2020.11.0308:15:42", "2020-11-03"),
    ],
)
def test_a_posting_date_run_into_its_clock_time_is_the_date(line, day):
    m = DATE.search(line)
    assert m
    assert str(match_date(m, "d")) == day


def test_a_posting_line_whose_clock_ran_into_the_date_dates_the_notice():
    page = (
        "某某县某某项目环境影响评价征求意见稿公示\n"
        "来源：某某县环保局 发布时间：2023-05-1609:30 浏览量：\n"
        "某某项目环境影响报告书征求意见稿已编制完成，现公示，公示期为10个工作日。\n"
        "联系电话：0591-83800000\n"
    )
    (found,) = extract_notices(page).proposals
    assert found.to_json()["published_on"] == "2023-05-16"


@pytest.mark.parametrize("text", ["2022-08-221", "编号2022-08-2217", "2022-8-217:00"])
def test_a_longer_digit_run_after_a_date_is_not_split_into_a_day(text):
    m = DATE.search(text)
    assert m is None or str(match_date(m, "d")) != "2022-08-22"


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "详见http://wwwexample-rail.cn/web/contents/62/1371.html",
            "http://www.example-rail.cn/web/contents/62/1371.html",
        ),
        ("网址：https://wwwhb.example.gov.cn/a.html", "https://www.hb.example.gov.cn/a.html"),
    ],
)
def test_a_link_whose_dot_after_www_the_ocr_lost_gets_it_back(text, link):
    assert [url for url, _, _ in find_links(Page(text).rejoin(0, 0))] == [link]


def test_a_host_that_starts_www_and_a_number_keeps_its_name():
    links = find_links(Page("网址：http://www2.example.cn/a.html").rejoin(0, 0))
    assert [url for url, _, _ in links] == ["http://www2.example.cn/a.html"]


#: An invented OCR page: a notice without a signature whose last line runs to the column's
#: edge, a blank line the reader put there, and a summary with source marks under its title.
RUN_ACROSS_BLANK = """\
分类广告 第1版

某某区行政审批局关于对某某科技有限公司涂装
生产项目环境影响报告表拟作出审批决定的公示
发布日期：2025-03-04
根据建设项目环境影响评价审批程序的有关规定，经
审议，我局拟对以下建设项目环境影响报告表作出审
批决定。为保证审批工作的严肃性和公正性，现将拟
作出审批决定的建设项目基本情况予以公示。
公示期限：自本信息发布之日起5个工作日。
联系电话：022-23456789
建设项目名称
建设单位名称
某某科技有限公司为一家主要从事涂装产品生产的企
业，企业拟投资300万元租赁位于某某镇工业区的厂
房，购置相关生产及辅助设施，建设涂装生产项目，项
目建成后年产涂装产品10万件，主要工序为喷涂烘干

某某股份：关于回购股份注销减少注册资本的公告
回购方案－公司计划使用自有资金200万至400万元人
民币进行股份回购，回购价格不超过18.50元/股[1]-回
购期限为股东大会审议通过后1个月内，回购股份将全
部注销并减少注册资本[1]-具体回购数量及占总股本
比例以实际实施为准[2]-债权人可自公告之日起45日
内申报债权[2]-申报地点为公司董事会办公室[3]
"""


def test_a_notice_whose_paragraph_runs_across_a_blank_line_into_the_next_title_ends_above_it():
    found = [p.to_json() for p in extract_notices(RUN_ACROSS_BLANK).proposals]
    assert [(p["kind"], p["issuer"], p["published_on"]) for p in found][:1] == [
        ("eia_pre_approval", "某某区行政审批局", "2025-03-04")
    ]
