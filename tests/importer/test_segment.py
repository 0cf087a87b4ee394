"""Finding notices among news: signatures, titles before or after bodies, unsigned boxes."""

from __future__ import annotations

from notices.importer import extract_notices
from notices.importer.segment import Lines, find_titles, org_name, para_class
from notices.importer.text import Page

NEWS = (
    "本报讯（记者 王敏）8月22日，东胜区举行秋季重点项目集中开工仪式，\n"
    "此次集中开工项目共28个，总投资达156亿元。\n"
    "“今年我们的目标是全年开工项目超过百个。”该区负责人表示。\n"
)
LIQUIDATION = (
    "某某市甲乙商贸有限公司经2024年3月11日股东会决议解散，并于同日成立清算组。\n"
    "请债权人自本公告发布之日起45日内向清算组申报债权。\n"
    "联系人：王建军\n联系电话：0472-5123468\n"
    "某某市甲乙商贸有限公司清算组\n2024年3月18日\n"
)
REDUCTION = (
    "某某市丙丁建材有限公司经股东会决议，注册资本由5000万元减少至1000万元。\n"
    "请债权人自本公告发布之日起45日内要求本公司清偿债务或者提供担保。\n"
    "联系人：刘芳 电话：13947123456\n"
    "某某市丙丁建材有限公司\n2024年10月9日\n"
)


def kinds_and_titles(text: str) -> list[tuple[str, str | None]]:
    return [(p.value("kind"), p.value("title")) for p in extract_notices(text).proposals]


def test_titles_after_bodies_go_with_the_body_above() -> None:
    page = NEWS + "\n" + LIQUIDATION + "\n注销公告\n\n" + REDUCTION + "\n减资公告\n\n" + NEWS
    assert kinds_and_titles(page) == [
        ("liquidation", "注销公告"),
        ("capital_reduction", "减资公告"),
    ]


def test_titles_before_bodies_go_with_the_body_below() -> None:
    page = NEWS + "\n注销公告\n\n" + LIQUIDATION + "\n减资公告\n\n" + REDUCTION + "\n" + NEWS
    assert kinds_and_titles(page) == [
        ("liquidation", "注销公告"),
        ("capital_reduction", "减资公告"),
    ]


def test_a_signed_notice_without_a_title_is_still_proposed() -> None:
    assert kinds_and_titles(NEWS + "\n" + LIQUIDATION + "\n" + NEWS) == [("liquidation", None)]


def test_a_news_story_about_notices_and_claim_periods_is_not_a_notice() -> None:
    story = (
        "企业注销更便捷\n\n本报讯（记者 娜仁）近日，市市场监管局提醒，"
        "企业决定解散的，应当依法成立清算组，\n"
        "并发布债权人公告，债权人自公告之日起45日内申报债权。简易注销公示期为20日。\n"
        "“以前注销企业要跑好几趟，现在网上就能办。”一位企业负责人说。\n"
    )
    assert extract_notices(story).proposals == ()


def test_a_headline_ending_in_a_notice_word_over_a_news_story_is_not_a_notice() -> None:
    page = "市生态环境局发布夏季臭氧污染防治公告\n\n" + NEWS
    assert extract_notices(page).proposals == ()


def test_a_signed_open_letter_is_not_a_notice() -> None:
    letter = (
        "致全市广大市民的倡议书\n\n广大市民朋友们：\n文明城市创建人人参与，美好家园建设人人共享。\n"
        "让我们携起手来，共同建设美丽家园！\n乌海市精神文明建设指导委员会办公室\n2024年4月2日\n"
    )
    assert extract_notices(NEWS + "\n" + letter).proposals == ()


def test_an_unsigned_hotline_box_is_found_from_its_title() -> None:
    box = (
        "督察进驻时间：2025年5月28日—6月28日\n专门值班电话：0471-4819165\n"
        "专门邮政信箱：内蒙古自治区呼和浩特市A980号邮政信箱\n受理举报电话时间：每天8:00—20:00\n\n"
        "中央第二生态环境保护督察组值班电话和邮箱\n\n"
    )
    (proposal,) = extract_notices(NEWS + "\n" + box + NEWS).proposals
    assert proposal.value("issuer") == "中央第二生态环境保护督察组"
    assert proposal.value("window")["daily_hours"] == "08:00-20:00"


def test_a_two_line_title_and_a_letter_spaced_title_are_read_whole() -> None:
    page = Page(
        "\n鄂托克前旗光伏治沙项目\n环境影响评价第一次公示\n\n正文。\n\n注 销 公 告\n\n正文。"
    )
    titles = {t.text for t in find_titles(Lines(page)).values()}
    assert titles == {"鄂托克前旗光伏治沙项目环境影响评价第一次公示", "注销公告"}


def test_a_line_continuing_a_sentence_is_not_a_title() -> None:
    page = Page("本项目环境影响报告书已编制完成，现将有关\n信息予以公示\n")
    assert find_titles(Lines(page)) == {}


def test_signature_lines_are_organisations() -> None:
    assert org_name("乌兰察布市集宁区小小乌兰牧骑艺术团清算组")
    assert org_name("建设单位：内蒙古鑫联环保科技有限公司") == (
        "内蒙古鑫联环保科技有限公司",
        "建设单位",
    )
    assert org_name("某某咨询中心（有限合伙）清算人")
    assert org_name("某某有限公司（盖章）")
    assert org_name("联系电话：0471-4819165") is None
    assert org_name("请债权人向本公司申报") is None


def test_paragraphs_are_told_apart_as_news_notice_or_neutral() -> None:
    assert para_class("本报讯（记者 王敏）8月22日，东胜区举行开工仪式。") == "news"
    assert para_class("请债权人自本公告发布之日起45日内向清算组申报债权。") == "notice"
    assert para_class("公众可将填写的公众意见表提交建设单位") == "notice"
    assert para_class("受建设项目影响和关注工程建设的公众及单位") == "neutral"
    assert para_class("这里溪水潺流、鸟语花香、曲径通幽。") == "neutral"
