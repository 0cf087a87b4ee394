"""Find the notices on a page: signature and date blocks, titles, and the body between.

A newspaper page is mostly news. A notice is recognised by its end, a signature (the issuer's
name, "特此公告") over a date line, and by a title ending in 公告、公示、公开、声明… set just
before its body or, when the OCR read the text box before the title, just after its date.
From the end, the body is grown upwards paragraph by paragraph while the paragraphs read like
a notice (claims, comment periods, labelled contact lines) and stopped at news (本报讯, 记者,
quotes), at another notice's end, or at a title. A notice without a signature (a hotline box)
is found from a title next to a block of notice text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, islice, pairwise

from .contacts import LANDLINE, MOBILE
from .dates import DATE_LINE, date_pattern
from .kinds import (
    CLAIMS,
    COMPANY_KINDS,
    COMPLETION_PUBLICITY,
    DISCIPLINE_INSPECTION,
    EIA_CONTEXT,
    INSPECTION,
    LAND_TAKING,
    MEASURES_ITEM_LIST,
    SOIL_SURVEY,
    SOLICITATION,
    SYMPOSIUM_SIGN_UP,
    classify,
    puts_up_post_assessment,
    title_kind,
)
from .tables import table_end
from .text import (
    BREADCRUMB,
    LINE_FINAL,
    STRUCTURAL_START,
    TERMINAL,
    Page,
    page_header,
    width,
)
from .windows import REPORTS_UNTIL, find_window

# --- titles -------------------------------------------------------------------------------

#: (a notice's heading may name what it puts up, "…环境影响评价公众参与公示信息": 公示信息 is
#: the publicity itself, as a site lists it)
TITLE_SUFFIX = (
    r"(?:公告|公示(?:信息)?|公开|通告|声明|启事|告知书|公示书|公告书|(?:信访)?举报方式|(?<=的)函|复函|"
    r"(?:值班|举报|信访|联系)?电话(?:和|及|、)(?:专门)?(?:邮政)?(?:信箱|邮箱))"
)
#: A web table's cell marks around a line ("| 某某公告 | ||||"), and a stray "?" a converter
#: left for a character it could not read, are not part of the line's text.
_CELL_HEAD = r"(?:[|?][ ]*)*"
#: ... nor the site's column a title is listed under, set before a bar ("行业资讯|某某项目环境
#: 影响评价报告书信息公示", "通知公告｜关于…的公示"): a label, the title follows it.
_COLUMN_LABEL = r"(?:[\u4e00-\u9fff]{0,4}(?:资讯|新闻|动态|公告|公示|通知)[ ]*[|｜][ ]*)?"
_CELL_TAIL = r"(?:[ ]*\|[ |]*)?"
_CELL_EDGES = re.compile(rf"^{_CELL_HEAD}{_COLUMN_LABEL}|{_CELL_TAIL}$")
#: A listed company's short name a stock site prints before the title it reposts ("某某股份:
#: 某某股份有限公司关于…的公告"): the colon is the site's, the title follows it.
_SHORT_NAME_PREFIX = r"(?:[\u4e00-\u9fffA-Z*]{2,8}[:：](?=[^\n:：]{0,40}?关于))?"
#: A title too wide for the usual bound: an authority's "某某局关于…的公告" that names the day
#: and the whole project it is about to decide on ("某某市生态环境局关于2021年10月12日拟对某某
#: 医院（某某中心医院）DSA射线装置改扩建项目环境影响报告表作出批准意见的公告"), or ends in
#: the step it is about to take ("生态环境部关于某某公司某某矿一期工程项目（1000万吨/年）等2项环境
#: 影响评价文件拟进行审查公示"). It opens with 关于 or a name run into it, never with the rule a
#: sentence follows ("根据…关于…的公告").
#: (or the bureau, maybe with its second name in brackets, run into the step it proposes: "某某
#: 市生态环境局（某某新区管理委员会某某局）拟对某某产业化基地项目环评文件作出审批意见的公示")
_LONG_TITLE = (
    r"(?=(?:[\u4e00-\u9fff（）()]{2,30}?)?关于"
    r"|[\u4e00-\u9fff（）()]{2,40}?(?:局|厅|委员会|管委会)[）)]?拟(?:对|作出|批准))"
    r"(?!根据|依据|按照|据|依)"
    r"(?:[^\n，。；！？!?;,:：|]{61,110}?的|[^\n，。；！？!?;,:：|]{50,110}?拟(?:进行)?(?:审查|审批))"
    r"(?:公告|公示)"
)
#: The "??" a mirror's converter left inside a name for a character it could not read ("某某
#: 環??萍纪顿Y有限公司"): no question, which a headline asks with one mark.
_LOST_CHARACTER = r"(?<=[\u4e00-\u9fff])\?{2,4}(?=[\u4e00-\u9fff])"
#: A title's last line: no sentence punctuation, ends with a notice word, maybe "（第二次）".
TITLE_LINE = re.compile(
    rf"^{_CELL_HEAD}{_COLUMN_LABEL}{_SHORT_NAME_PREFIX}"
    rf"(?:(?:[^\n，。；！？!?;,:：|]|{_LOST_CHARACTER}){{0,60}}?{TITLE_SUFFIX}|{_LONG_TITLE})"
    r"(?:[（(][^（）()\n]{1,14}[）)])?"
    rf"[ ]*{_CELL_TAIL}$",
    re.M,
)
#: TITLE_LINE for a text with no "??" in it, where no lost character can match: the same
#: matches, found faster (no alternation inside the repeat run from every line's start).
_TITLE_LINE_NO_LOST = re.compile(
    rf"^{_CELL_HEAD}{_COLUMN_LABEL}{_SHORT_NAME_PREFIX}"
    rf"(?:[^\n，。；！？!?;,:：|]{{0,60}}?{TITLE_SUFFIX}|{_LONG_TITLE})"
    r"(?:[（(][^（）()\n]{1,14}[）)])?"
    rf"[ ]*{_CELL_TAIL}$",
    re.M,
)
_TITLE_BAD_START = re.compile(
    r"^(?:特此|现予|予以|现将|进行|并|和|及|或|等|对|向|将|已|在|于|经|为|的|请|自(?!治)|即|如|"
    r"[一二三四五六七八九十]{1,3}[、.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])"
)
#: (not a report's full, short or whole text put up: "…报告表全本公示", "…报告书简本公示",
#: "…全文本公示")
_TITLE_BAD_END = re.compile(
    # ("详见公告" is no title; "…征求公众意见公告" is one: 意见, not 见)
    r"(?:(?<![全简文])本|该|此|上述|前述|(?<!意)见|予以|进行|此次|本次)(?:公告|公示|公开)$"
)
#: A tender's title ("竞价-某某技术服务[WZ2021110135]-采购公告"), as an aggregator lists its
#: other items beside the notice it copies: no title of a notice the importer reads.
_TENDER_TITLE = re.compile(r"(?:招标|采购|竞价|中标|成交)(?:结果)?公告$")
_TITLE_TAIL_LINE = re.compile(r"^[（(][^（）()\n]{1,14}[）)]$")
#: A site's section in its menu ("• 公司公告", "通知公告"; a group's "集团新闻", "集团公告"; a
#: government site's "政府信息公开", "工作动态"): it heads a list, not a notice, and is no line
#: of the title printed under it.
_SECTION_NAME = re.compile(
    r"^[•·\s]*(?:(?:公司|集团|企业|最新|通知|公示|临时)公告|(?:公司|集团|企业)(?:新闻|动态)"
    r"|公告公示|公示通知|通知公示|公告通知|(?:政府|政务)?信息公开|政务公开"
    r"|(?:工作|政务|部门|新闻)动态)$"
)
#: A site's column named by the stage it lists ("拟环评审批公示", "环境影响评价信息公开"),
#: printed over the notice's own title: it names no project and no body, the title under it
#: does ("某某市生态环境局关于拟作出某某项目环境影响评价文件审批意见的公示").
_STAGE_COLUMN = re.compile(
    r"^[•·\s]*(?:拟|建设项目)?(?:环评|环境影响评价)(?:文件)?(?:审批|批复|受理)?前?(?:信息)?"
    r"(?:公示|公告|公开)$"
)
_TITLE_NOT_IN = "，。；：:"
MAX_TITLE_LINES = 3
MAX_TITLE_WIDTH = 60

# --- signatures ---------------------------------------------------------------------------

ORG_SUFFIX = (
    r"(?:有限责任公司|股份有限公司|有限公司|分公司|公司|集团|清算组|清算小组|清算委员会|清算人|"
    r"管理人|委员会|办公室|办事处|人民政府|政府|局|厅|署|中心|合作社|联合社|研究院|研究所|"
    r"设计院|事务所|学校|大学|学院|医院|银行|支行|分行|协会|商会|学会|基金会|联合会|督察组|"
    r"巡察组|巡视组|"
    # (a station, not a website: "某某市人民政府门户网站" names the page, not who put it up)
    r"工作组|筹备组|小组|厂|场|(?<!网)站|社|部|店|行|馆|所|院|队|处|团|会|村|委|"
    # a road or railway maintenance unit: "某某县公路管理段", "某某工务段"
    r"管理段|养护段|工务段|机务段|电务段|车务段|供电段|"
    # a mine run as an enterprise of its own, named by what it mines: "某某镇石灰石矿", "某某
    # 煤矿", a group's tin mine "某某锡业股份有限公司某某锡矿", a quartz or rare-earth mine
    # "某某山石英矿", "某某稀土矿", a salt mine "某某盐矿"
    # (or a gas field's production unit, named by its basin: "某某油气田分公司川中油气矿")
    r"(?<=[煤铁铜金银石锡铅锌钼钨锰铝镍磷气英土盐])矿|"
    # (or by its place, as a mine a company runs under its own name: "某某能源股份有限公司某东
    # 矿", "某某集团有限责任公司某某庄矿")
    r"(?<=公司[\u4e00-\u9fff]{2})矿|(?<=公司[\u4e00-\u9fff]{3})矿|"
    # a department of a ministry or commission: "国家卫生健康委规划司", "某某部法规司"
    r"(?<=[委部])[\u4e00-\u9fff]{1,6}?司)"
)
_PARTNERSHIP = r"(?:[（(](?:有限合伙|普通合伙|特殊普通合伙)[）)](?:清算人|清算组)?)?"
_SIGN_LABEL = (
    r"(?:建设单位|(?:公告|公示)?发布单位|公告单位|公示单位|申请单位|单位名称|公告人|公示人|发布人|签发单位|"
    r"环评单位)"
)
#: A signature line: an organisation's name, maybe after a label, maybe "（盖章）".
ORG_LINE = re.compile(
    rf"^(?:(?P<label>{_SIGN_LABEL})[：:])?(?P<org>[\u4e00-\u9fffA-Za-z0-9（）()·&\-]{{1,48}}?"
    rf"{ORG_SUFFIX}{_PARTNERSHIP})(?:[（(]原[^（）()]{{2,30}}[）)])?"
    r"(?:[（(](?:盖章|章|公章|代章|签章|签字)[）)])?$"
)
CLOSING = re.compile(r"特此(?:公告|公示|通告|声明|告知|公开)[。.]?$")
#: The closing formula with the signer run onto its line, as a newspaper repost or a collapsed
#: column prints it ("特此公告某某管理处" over the date line).
_CLOSING_THEN_ORG = re.compile(
    r"^特此(?:公告|公示|通告|声明|告知|公开)[。.，,：:]?\s*(?P<org>\S.*)$"
)
#: The signer run onto the end of the body's last sentence, its date on the next line: a forum
#: or archive view that joins a notice's lines with spaces ("…公示时间为10个工作日。 某某公司").
_SENTENCE_THEN_ORG = re.compile(r"[。；;!！?？]\s*(?P<org>[^。；;!！?？\s:：]{4,48})\s*$")
#: The label a signature's date may keep: "日期：", "发布日期：".
DATE_LABEL_WORDS = r"(?:日期|发布日期|公告日期|公示日期|落款日期|发布时间)[：:]"
#: A web page's posting line under or over the item: its label, its date, then maybe the clock
#: time and the source ("发布日期:2020-10-16  11:16:15 来源:公示公告", "时间:2020-02-28 来源:…").
#: Page furniture: never a sentence that the line under it (a title's first line) continues.
_POSTING_LINE = re.compile(rf"^\s*(?:{DATE_LABEL_WORDS}|时间[：:])\s*(?:19|20)\d{{2}}")
#: A portal article's own furniture over its text: the byline that opens with the posting
#: time and runs on in "|" fields ("2020-6-5 09:56| 发布者: 某某| 查看: 120| 评论: 0"), and the
#: summary the portal prints under it ("简介:某某项目 环境影响评价 公众参与"). Fields of
#: the page, never a sentence that the line under them (a title's first line) continues.
_PORTAL_FURNITURE = re.compile(
    r"^\s*(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?\s*[|｜]"
    r"|(?:简介|摘要|导读|内容提要)[：:])"
)
_DATE_LABEL = re.compile(rf"^{DATE_LABEL_WORDS}$")
MAX_SIGNATURE_LINES = 4

# --- paragraph evidence -------------------------------------------------------------------

#: Words of notices (2 points per distinct word) ...
EVIDENCE_STRONG = re.compile(
    r"申报债权|债权申报|清算组|清算委员会|债权人|债务人|特此公告|特此公示|特此通告|自本?公告|之日起|"
    # (an authority's disclosure under the information-disclosure guide names its period
    # "公开时间": "…审批意见进行公开。公开时间：2025年6月26日—2025年7月2日（5个工作日）")
    r"公示期|公示时间|公告期|公开时间|公开期限|征求意见|征询意见|公开征集|意见表|联系人|联系电话|联系方式|邮政编码|邮编|电子邮箱|电子信箱|邮箱[：:]|"
    # (the mailbox under its Latin label, "E-mail：…", as a phone under 电话：)
    r"E-mail[：:]|Email[：:]|E-MAIL[：:]|EMAIL[：:]|e-mail[：:]|"
    # (a number to ring given in the sentence that asks: "如有异议，请致电0771-…")
    r"通讯地址|地址[：:]|电话[：:]|致电|提取码|https?://|www\.|值班电话|举报电话|邮政信箱|建设单位|"
    # (the same line under its other names: "设立环保问题举报专线（0632-…）", "投诉热线"; spelt
    # out, since a group of alternatives here made the whole scan four times slower)
    r"举报专线|举报热线|投诉专线|投诉热线|"
    r"环评单位|评价单位|评价机构|减资|注册资本|吸收合并|分立|简易注销|全体投资人|工作日内|日内|"
    r"起止时间|截止时间|截止日期|公众参与|环境影响报告|环境影响评价|报告书|报告表|拟批准|审批决定|受理|听证|行政复议|"
    # an authority's "拟审批公示", and the column every pre-approval table prints (环境影响评价
    # 政府信息公开指南): "主要环境影响及预防或者减轻不良环境影响的对策和措施"
    # (or in full, "依法对拟作出审批的某某项目审批意见进行公开")
    r"拟审批|拟作出审批|减轻不良环境影响|"
    # the 2006 interim measures' second-notice item (art. 9 (2)), "二、建设项目对环境可能造成
    # 影响的概述": a heading only such a notice prints
    r"可能造成影响的概述|可能造成的影响概述|"
    r"统一社会信用代码|股东会|股东（大）会|股东大会|股东决定|决议|如下|督察进驻|进驻时间|"
    r"证券代码|公告编号|董事会及全体董事|竣工环境保护验收|验收意见|验收监测|"
    r"巡察期间|巡视期间|受理信访|信访受理|"
    # a notice greeting the public it addresses ("尊敬的各位公众" / "你们好！"): news reports
    # to its readers and greets no one
    r"各位公众|你们好"
)
#: ... words that notices and news share (1 point) ...
EVIDENCE_WEAK = re.compile(
    r"公告|公示|环评|项目|注销|解散|举报|信访|电话|意见|公司|查阅|下载|遗失|作废|声明|挂失"
)
#: ... a paragraph opening with a field label ("建设地点：") or a section number (2 points) ...
#: (two labels may share one value: "电话/传真：", "联系人、电话：")
LABELLED = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,8}[：:]|[\u4e00-\u9fff]{2,6}[/／、][\u4e00-\u9fff]{2,6}[：:]"
    r"|[一二三四五六七八九十]{1,3}、"
    # (or a field's label whose colon a copy lost, its value run on: "项目名称某某工程项目",
    # "投资规模3000万元", "建设地点某某村东侧")
    r"|(?:项目名称|建设地点|投资规模)(?=[\u4e00-\u9fff\d]))"
)
#: ... and the words of news: datelines and bylines (5, 3), reporting verbs and quotes (1).
NEWS = re.compile(
    # (a repost's "原标题" that names a notice is a notice's own title: "(原标题:关于…的公告)")
    # (a hearing notice's seat for the press, "听证会设记者席", is no byline)
    # (a contributor's credit closing a report, "（某某市环保局 供稿）", is a byline too)
    # (a social post's topic tag opening it, "#轨道交通# 某某线二次环评公示，预计…": no
    # notice prints one)
    # (a paper's dateline with its day inside, "本报12月11日讯", as local papers print it)
    r"(?P<w5>本报(?:\d{1,2}月\d{1,2}日)?讯|新华社|中新社|央视|^#[\u4e00-\u9fff]{2,12}#|原标题(?![：:][^（）()\n]{2,80}?(?:公告|公示|通知)[）)]))|(?P<w3>记者(?!席)|通讯员|供稿[）)]|^[□■]|\d{1,2}日电|摄）|摄\))|"
    r"(?P<w1>表示|介绍|获悉|说：|说，|说:|说,|”说|指出|强调|据悉|据了解|近日|日前|今年以来|截至目前|近年来|"
    r"上午|下午|同志|书记|市长|县长|旗长|主任|总统|主席|总书记|习近平|群众|“)"
)
_NEWS_CAP = 12
#: Words before a quotation mark that open a defined term or a label to write, as formal
#: notices print them: "以下简称“本公司”", "注明“申报债权”字样".
_DEFINED = re.compile(r"(?:简称|称为|注明|标明|写明|标注)$")
#: ... and the quoted name of works or of a mining or exploration right, as a project's outline
#: cites them ("拥有“某某矿勘探”探矿权", "拟实施“某某深部接替工程”"): a name, not a quotation.
_QUOTED_NAME = re.compile(r"“[^“”\n]{2,80}?(?:(?:工程|项目|勘探)”|”(?:探矿权|采矿权))")
#: ... and the labels of a web page to click, as a call for comments prints its ways to answer
#: ("进入首页“立法意见征集”栏目", "点击“关于…的通知”", "右上方“互动”点击"): not quotations.
_CLICKED = re.compile(r"(?:点击|单击|选择|进入|登录|登陆)$")
_CLICKED_AFTER = re.compile(r"”(?:栏目|专栏|板块|频道|按钮|图标|入口|链接|点击)")
#: ... or a project named in quotation marks, as notices print them: "开发建设“某某小区二期”建设
#: 项目", "“某某广场”项目定位于…".
_NAMED_AFTER = re.compile(r"”(?:建设)?(?:项目|工程)")
#: ... or a treatment process or device quoted as its name, as an EIA text prints the measures
#: ("经“隔油调节+混凝沉淀”处理后", "经“两级活性炭吸附”装置处理", "经“碱喷淋”预处理"): the name
#: of a method, not words someone said (a chain joined by "+" or "→", or a quotation the device
#: or process follows).
_QUOTED_PROCESS = re.compile(
    r"“[^“”\n]{0,40}?[+＋→][^“”\n]{0,40}?”|"
    r"“[^“”\n]{2,40}”(?:装置|设备|设施|工艺|系统|预处理|处理|处置)"
)
QUOTED_LABEL_CHARS = 60
_HEADLINE_PUNCT = re.compile(r"[，。；、,;]")

#: How far a body may grow, and how many neutral paragraphs it may cross.
MAX_BODY_LINES = 240
MAX_NEUTRAL_RUN = 2
MAX_BRACKET_PARAGRAPHS = 8
#: Evidence a titled block needs to be a notice without a signature (a hotline box).
UNSIGNED_MIN_EVIDENCE = 8
#: Title lines and date lines examined per page. A printed page has a few dozen; past this the
#: input is not a newspaper page, and the bound keeps the answer within seconds.
MAX_CANDIDATES = 3000


@dataclass(frozen=True)
class Title:
    first: int
    last: int
    text: str


@dataclass(frozen=True)
class Signer:
    """An organisation in a signature, with its page-text offsets."""

    org: str
    label: str | None
    start: int
    end: int


@dataclass
class Segment:
    """One notice's lines: ``first..last`` (inclusive) from the body through the date line."""

    first: int
    last: int
    signers: list[Signer] = field(default_factory=list)
    sign_first: int | None = None  # first signature line (the body ends above it)
    date_line: int | None = None
    before: Title | None = None
    after: Title | None = None
    title: Title | None = None
    signed_inside: bool = False  # the signature stands inside the block, text follows it
    #: found on a paste with no blank line at all, whose only block is the whole page: the
    #: text around the notice is its own lines, not that block
    pasted: bool = False
    #: on such a paste, the last line of the notice's item: its own lines and the short lines
    #: under it before the next item (a signature left to fill in: "某某公司" / "年月日")
    item_last: int | None = None

    @property
    def body_last(self) -> int:
        end = self.sign_first if self.sign_first is not None else self.date_line
        return self.last if end is None or self.signed_inside else end - 1


def para_score(text: str) -> tuple[int, int]:
    """Return (notice evidence, news evidence) for a paragraph's text."""
    strong = {m.group() for m in EVIDENCE_STRONG.finditer(text)}
    weak = {m.group() for m in EVIDENCE_WEAK.finditer(text)}
    evidence = 2 * len(strong) + len(weak) + (2 if LABELLED.match(text) else 0)
    news = 0
    seen: set[str] = set()
    for m in NEWS.finditer(text):
        word = m.group()
        if word in seen and word != "“":
            continue
        if word == "“" and _DEFINED.search(text, max(0, m.start() - 4), m.start()):
            continue  # a defined term or a label to write, not a quotation: 简称“本公司”
        if word == "“" and _web_label(text, m.start()):
            continue
        if word == "“" and _QUOTED_NAME.match(text, m.start()):
            continue
        if word == "“" and _QUOTED_PROCESS.match(text, m.start()):
            continue
        if word == "“" and _directory_heading(text, m.start()):
            continue
        seen.add(word)
        news += 5 if m.group("w5") else 3 if m.group("w3") else 1
    return evidence, min(news, _NEWS_CAP)


#: A name or term in quotation marks ("拟命名“仙石路”", "后缀“路”、“街”"): a few characters
#: with no punctuation, as a naming or a call for names prints them, not words someone said.
_QUOTED_TERM = re.compile(r"“[^“”，。；：:,;！？!?\s]{1,6}”")


#: A notice's category line quotes the headings of the EIA directory it falls under ("行业类别
#: 及代码：“五十一、水利”中“128、河湖整治”"): headings of a list, not words someone said.
_DIRECTORY_LINE = re.compile(r"\s*(?:行业类别|项目类别|建设项目类别|环评类别)[^\n：:]{0,6}[：:]")


def _directory_heading(text: str, quote: int) -> bool:
    """Tell whether the quotation mark at ``quote`` is in a sentence that a category label opens."""
    start = max(text.rfind("\n", 0, quote), text.rfind("。", 0, quote)) + 1
    return _DIRECTORY_LINE.match(text, start) is not None


def _web_label(text: str, quote: int) -> bool:
    """Tell whether the quotation mark at ``quote`` opens the label of a web page's link or
    section to click, or a short quoted name or term, not a quotation."""
    if _CLICKED.search(text, max(0, quote - 2), quote):
        return True
    if _QUOTED_TERM.match(text, quote):
        return True
    close = text.find("”", quote, quote + QUOTED_LABEL_CHARS)
    return close >= 0 and (
        _CLICKED_AFTER.match(text, close) is not None or _NAMED_AFTER.match(text, close) is not None
    )


#: Texts about notices that are no notice: a public-participation statement (公众参与说明, the
#: report that recounts past windows), a blank template ("根据年月日…从万元减至万元", or with
#: placeholders to fill in: "致：×××股份有限公司", "20××年×月××日", "XXX公司"), an
#: explainer ("…怎么写"), a generated summary with numbered source marks ("[1]", "[2]").
_STATEMENT = re.compile(
    # (named after the report it goes with, it is what a pre-submission notice puts up: "公开拟
    # 报批的环境影响报告书全文和公众参与说明")
    # (or its older name, the participation report: "某某项目公众参与环评报告", "公众参与调查报告")
    r"(?<![和及与、])(?:公众参与说明|公参说明|公众参与(?:调查|专题|环评)?报告(?![书表]))"
    r"(?![^\n。，,]{0,14}(?:全文|全本|公示|公开|公告|及|和|、))"
)
_STATEMENT_PARTS = re.compile(
    r"(?:首次|第一次)[^\n。]{0,14}(?:公开|公示)情况|征求意见稿公示情况|报批前公开情况|概述"
    # (its numbered sections under those, as a copy of the report prints them: "3.2 公示方式",
    # "3.2.1 网络", "3.2.2 报纸")
    r"|(?<![\d.])\d\.\d(?:\.\d)?[ ]*(?:公开方式|公示方式|公开内容及日期|公示内容及时限|"
    r"网络|报纸|张贴|查阅情况|公众提出意见情况)"
    # (or its figures: photographs of the notices posted on site, screenshots of the web
    # publicity, "附图1 现场公示照片 附图2 网上全本公示截图": what was done, shown)
    r"|(?:现场|张贴|网上|网络|报纸)[^\n。，,]{0,6}?公示(?:照片|截图)"
)
#: A report's own section headings, numbered to three levels or more ("1.2.1 …", "1.2.1.1 …",
#: as a participation statement or a report chapter numbers them; a notice numbers its parts
#: 一、（一）1.): two of them mark a document's pages, whatever words a copy put in them.
_REPORT_SECTIONS = re.compile(
    r"(?m)^[ \u3000]*\d{1,2}\.\d{1,2}\.\d{1,2}(?:\.\d{1,2})?[ \u3000]*[\u4e00-\u9fff]"
)
REPORT_SECTIONS_MIN = 2
#: A builder's account of its publicity so far ("…环境影响评价情况说明": "2024年9月19日…进行了
#: 第一次公示", "…于12月2日…进行了第二次公示"): it recounts windows, it opens none.
_ACCOUNT = re.compile(r"(?:环境影响评价|环评|公众参与|公示)[^。\n]{0,6}情况说明")
_STAGE_DONE = re.compile(
    # (its 次 dropped, "于…在某某网站进行了第一公示"; or the round named by what it put up, "于…
    # 进行了征求意见稿公示", "在某某报进行了两次征求意见稿公示")
    r"进行了[^。\n，,]{0,8}?(?:第[一二三]次?|首次|一次|二次|两次|征求意见稿)[^。\n，,]{0,4}?公示"
)
_BLANK_TEMPLATE = re.compile(
    # (not the opinion form printed under a notice: "公众意见表…填表日期 年 月 日")
    r"(?<![\d〇○零一二三四五六七八九十])(?<!填表日期)(?<!填表日期[：:])(?<!填表时间)(?<!填表时间[：:])年月日"
    r"|[从由至]万元|(?:之日|日)起日内|怎么写|××"
    # a name or a code left as a placeholder: "XXX公司，统一社会信用代码XXX", of any length
    # ("XXXX公司（统一社会信用代码：XXXXXXXXXXXXXXXXXX）", "公告日期：XXXX年XX月XX日")
    # (not X's between figures, a number whose middle figures a site hid: "18711XXXX18")
    r"|(?<![A-Za-z\d])(?:X{3,}|Ｘ{3,})(?![A-Za-z])|(?<=\d)(?:X{3,}|Ｘ{3,})(?![A-Za-z\d])"
    # ... or a company's short placeholder, and a number to write in over X's, as a model
    # notice quoted by an explainer prints them: "XX公司清算组…联系电话138XXXXXXX" (a site
    # that hides a number prints asterisks, "138****1234", and stays a notice; so does one
    # that hides its middle figures with X's, "15116XXXX58": the last figures are printed)
    r"|(?<![A-Za-z])(?:XX|ＸＸ)(?=(?:有限)?公司|集团|清算组)|(?<=\d)[XxＸ]{4,}(?![\dXxＸ])"
    # ... or a quantity left as XX before its unit, as a written-up model of a notice prints
    # it: "占地面积约XX平方米", "日处理污水XX万吨", "公示时间为XX天" (no site hides a figure so)
    r"|(?<![A-Za-z])(?:XX|ＸＸ)(?=平方米|万?吨|万?元|亩|天|个?工作日|公里|千米|户)"
    # a blank left with what to write in brackets: "（建设单位名称）", "（日期）*年*月*日"
    # (not an alternative to a word before it: "注明建议人姓名（单位名称）")
    r"|(?<!姓名)(?<!名字)[（(](?:建设单位名称|单位名称|公司名称|项目名称|日期)[）)]"
)
#: A PDF's text layer that lifted a date's figures out of the line, leaving "于 年月 日召开":
#: the figures stand together just before it ("…员工持股2025 6 18 2024" / "2021 9 21"), so
#: the 年月日 is a printed date, not a blank to fill in.
_LIFTED_FIGURES = re.compile(r"(?:19|20)\d{2}[ \u3000]+\d{1,2}[ \u3000]+\d{1,2}(?![\d.])")
LIFTED_FIGURES_BEFORE = 80
#: A mirror site that deletes every Latin letter and figure of a copy ("联系电话:-;传真:-;邮箱:@.;",
#: "公示期为年月日至年月日(个工作日)"): a contact of which only its punctuation is left tells
#: that the text's 年月日 are printed dates whose figures were lost, not blanks to fill in (a
#: template leaves the label empty, "联系电话：", or writes X's in it).
_FIGURES_LOST = re.compile(
    # (the label may carry its remark in brackets: "联系电话（传真）：-")
    r"(?:电话|传真)(?:[（(][^（()）\n]{1,6}[)）])?\s*[：:]\s*[-—－]+\s*(?=[;；、,，\s]|$)"
    r"|[邮信]箱\s*[：:]\s*@\.(?![\w.-])"
    # (or a coordinate's degree and minute marks with no figures, "东经°′.″~°′.″": no template
    # prints the marks of a coordinate it leaves to fill in)
    r"|(?<![\d.])°′"
    # (or, in a copy cut before its contacts, the number of the order it cites, "《环境影响评价
    # 公众参与办法》（生态环境部第号令）", "国务院令第号", or a figure's decimal point left alone
    # before its unit, "总用地面积达.平方公里": no template leaves those blank)
    r"|(?:部|部令|国务院令)第号|第号令|(?<![\d.])\.(?=平方|公顷|万|亿|公里|千米|米)"
    # (or a link or a mailbox of which only the punctuation is left, "网络链接：://../",
    # "://.../////.", "电子信箱：_@.": no template prints a link or a mailbox so)
    r"|(?<![\w.])://[./]*(?![\w])|[邮信]箱\s*[：:]\s*[_.-]+@\.(?![\w.-])"
)
#: A form left to fill in leaves its contact labels empty at the end of their lines ("联系人：" /
#: "联系电话：", a document site's model "…环境评价报告范文"): two of them, and no number or
#: mailbox printed anywhere in the text (a notice that lost one figure keeps the others; a
#: number set on the line under its label is still printed). A heading over a party's lines
#: ("（二）建设单位的名称和联系方式：") is no label; a number an aggregator starred out
#: ("136****5660", "0991-****195", "****@qq.com") was printed.
_EMPTY_CONTACT_LABEL = re.compile(
    r"(?m)(?<![和及与])(?:联系人|联系电话|电话|联系方式|电子邮箱|邮箱)[ \t]*[：:][ \t]*$"
)
EMPTY_CONTACT_LABELS = 2
_ANY_NUMBER_OR_MAILBOX = re.compile(
    r"\d{7,}|\d{3,4}-\d{7,8}|1[3-9]\d(?:[- ]\d{4}){2}|"
    r"[\w.-]+@[\w-]+\.\w|\d{2,}[-—]?\*{3,}\d{2,}|\*{3,}@[\w-]+\.\w"
)
#: (a document number's bracketed serial after its year, "环发2006[28]号", "粤环函2007[99]号",
#: as a 2006-measures notice cites its rules, is no source mark)
_SOURCE_MARKS = re.compile(r"(?<!\d)\[\d{1,2}\](?!\s*号)")
#: A result statement about a window that has closed ("截至公示期满，未收到相关意见"): it
#: reports on a notice, it opens no window.
_PAST_WINDOW = re.compile(
    r"(?:截至|截止)[^。\n]{0,8}(?:公示|征求意见|公告)期满[^。\n]{0,6}未(?:收到|接到)"
)
#: ... or said of a period without naming it a 公示期 ("在意见征集期间，未收到…修改意见",
#: "截至3月22日，未收到…意见建议"): a recap, when the text sets no period of its own (a
#: pre-approval's table recounts the builder's earlier 公示 so, under its own 公示期为…).
_PAST_RESULT = re.compile(
    r"(?:期间|期内|(?:截至|截止)[^。，,\n]{1,12})[，,]?未(?:收到|接到)[^。\n]{0,24}?(?:意见|建议)"
)
#: The result of a call that has closed, as consultation platforms put it up under the call's
#: own header ("征集时间：…至… 状态：已结束 / 结果反馈"): how many opinions came in ("共收到意见
#: 4条") and what became of them ("现将意见采纳情况公布如下"). A window still open can count
#: nothing yet, so the count and its outcome together make the text a report, not a notice.
_OPINIONS_COUNTED = re.compile(
    r"共(?:计)?(?:收到|接到|征集到?)[^。；\n]{0,20}?(?:意见|建议|留言)[^。；\n]{0,12}?\d+\s*[条份件项]"
)
_OUTCOME_PUT_UP = re.compile(
    r"结果反馈|(?:现将|特将|现对)[^。；\n]{0,16}?采纳(?:情况|结果)|采纳(?:情况|结果)(?:公布|反馈|说明)如下"
)
#: What makes "期内未收到…意见" a condition of a notice still open, not a recap: "如公示期内
#: 未收到反对意见的，视为无异议".
_CONDITION = re.compile(r"如|若|倘|凡|视为|则")


def _recounted(text: str, m: re.Match[str]) -> bool:
    clause_start = max(text.rfind(ch, 0, m.start()) for ch in "。；\n") + 1
    clause = text[clause_start : m.end() + 8]
    return not _CONDITION.search(clause) and not text.startswith("的", m.end())


#: (or its period's term from a day: "公示有效期自本公示之日起十天之内", "公示期自…起")
_OWN_PERIOD = re.compile(r"(?:公示|公告|征求意见|征集)(?:有效)?(?:期|期限|时间)(?:为|是|[：:]|自)")
#: A text that puts itself up now ("现于2026年1月30日，对该项目环境影响报告书全文及公众参与
#: 说明进行报批前公示"): a pre-submission notice that sums up the participation so far ("期间
#: 未收到…意见") is still a notice, not a statement recounting past windows.
#: (or names the notice it opens: "现开展某某工程环境影响评价第一次信息公示")
#: The documents put up may be cited by their titles, each counted as one word however long:
#: "现进行《某某屠宰场建设项目环境影响报告书》（公示本）及《某某屠宰场建设项目环境影响公众参与
#: 说明》报批前公示".
_PUT_UP_OBJECT = r"(?:《[^《》\n]{0,80}》|[^。；;\n]){0,60}?"
PUTS_ITSELF_UP = re.compile(
    # (the round may be named between: "现对某某项目进行环境影响评价第一次公示"; "公告" is the
    # same act: "现对本项目有关环境保护的情况进行公告，以便…")
    rf"现(?:于[^，。,；;\n]{{1,16}})?[，,]?(?:对|将|就){_PUT_UP_OBJECT}(?:进行|予以)"
    r"(?:环境影响评价|环评)?[^。；;\n]{0,6}?公[示告]|"
    # (or, in the 2018 measures' word, the round's disclosure: "现对该项目环境影响评价进行公众
    # 参与第一次信息公开，使…"; a recount says "进行了")
    rf"现[，,]?对{_PUT_UP_OBJECT}(?:进行|开展)(?!了)(?:公众参与)?[^。；;\n]{{0,6}}?信息公开(?=[，,。：:]|如下)|"
    rf"现(?:开展|发布|进行){_PUT_UP_OBJECT}(?:第[一二]次|首次|征求意见稿|报批前)[^。；;\n]{{0,8}}?公示|"
    # (or the round opened after what the builder is about to do, in the same sentence: "现拟
    # 上报某某局进行审批，开展环境影响评价公众参与报批前公示，以听取…"; a recount says "开展了")
    r"现(?:拟|将|需|准备)[^。；;\n]{1,40}?[，,](?:开展|进行)(?!了)[^。；;，,\n]{0,16}?"
    r"(?:报批前|第[一二三]次|首次|征求意见稿)[^。；;，,\n]{0,8}?公示(?=[，,。：:]|如下)|"
    # (or the round it opens, told to the public below: "特将某某项目环境影响评价第二次公示与
    # 公众参与情况告知如下")
    r"(?:现|特)将[^。；;\n]{2,80}?(?:第[一二三]次|首次)(?:信息)?公示[^。；;\n]{0,12}?"
    r"(?:告知|公告|公示|公布)如下|"
    # (or the project's information set out below: "现将某某项目的有关信息公示如下")
    r"现将[^。；;\n]{2,60}?项目[^。；;\n]{0,6}?(?:有关|相关)?信息(?:公示|公告|公开)如下|"
    # (or its own matters, the project's and the assessment's, set out below: "现将项目基本情况和
    # 环境影响评价情况公示如下"; a statement "说明如下")
    # (not the participation it sums up, "现将…公众参与情况公告如下": a statement's own words)
    r"现将(?![^。；;\n]{0,60}?公众参与情况)[^。；;\n]{2,60}?(?:情况|事宜|事项)(?:公示|公告|公开)如下|"
    # (or the draft itself set out below: "现将《某某规划（2021—2025年）》环境影响报告书征求意见
    # 稿公示如下")
    rf"现将{_PUT_UP_OBJECT}(?:征求意见稿|报批稿|送审稿|全文|简本)[^。；;\n]{{0,6}}?公[示告]如下|"
    # (or, in the 2006 interim measures' words, the matters it sets out to the public: "现将该
    # 项目环境影响评价的有关事项向公众公告如下")
    r"现将[^。；;\n]{2,60}?(?:有关|相关)(?:事项|信息)向(?:公众|社会)(?:公示|公告|公开)如下|"
    # (or the information it lists, in the 2018 measures' words: "依据《环境影响评价公众参与办
    # 法》，现公开下列信息，征求与该建设项目环境影响有关的意见")
    r"现公开(?:下列|以下|如下)(?:信息|内容)[，,]?(?:并)?征求|"
    # (or "put up" said for "made public", the list opening after a colon: "按…办法有关规定，现
    # 公示如下信息：（一）…"): a recount says "公示了"
    r"现(?:公示|公开)(?:下列|以下|如下)(?:信息|内容)[：:]|"
    # ... or the works speaking of themselves, the stage named and the sentence going on to
    # what it asks ("本工程进行报批前公示，征求公众…意见"), not a period recounted ("本项目进行
    # 公示期间…", "进行了公示")
    # (or the stage the rules require of it, "本项目应当进行报批前公示，以接受公众的监督")
    r"本(?:工程|项目|规划)(?:现|拟|将|应当|需要?)?(?:进行|开展)(?!了)[^。；;，,\n]{0,12}?公示"
    r"(?=[，,。：:]|如下)|"
    # ... or the draft itself put up after the rules it follows, with no 现 ("依据…等法律法规，
    # 对某某项目环境影响报告表征求意见稿进行公众参与信息公示"): a recount says "进行了公示"
    rf"(?:规定|要求|法规)[，,]对{_PUT_UP_OBJECT}征求意见稿(?:进行|予以)(?!了)[^。；;\n]{{0,10}}?公示|"
    # ... or the project's assessment put up so, a first notice (Measures art. 9) cut before its
    # contacts: "根据《…公众参与办法》的相关要求，对某某项目环境影响评价进行公众参与信息公示，使…"
    rf"(?:规定|要求|法规)[，,]对{_PUT_UP_OBJECT}环境影响评价(?:进行|开展)(?!了)[^。；;，,\n]{{0,10}}?"
    r"公示(?=[，,。：:]|如下)|"
    # ... or the stage before submission named so ("根据建设项目环境影响评价信息公开相关法律法规
    # 要求，对某某局某某项目进行报批前信息公开"): a recount says "进行了"
    rf"(?:规定|要求|法规)[，,]对{_PUT_UP_OBJECT}(?:进行|开展|予以)(?!了)报批前(?:信息)?公[示开]|"
    # ... or the round itself named after those rules, its information set out next ("根据…办
    # 法的相关规定，进行某某项目公众参与第一次公示，信息公示如下"): a recount says "进行了"
    rf"(?:规定|要求|法规)[，,](?:现)?(?:进行|开展)(?!了){_PUT_UP_OBJECT}公示(?=[，,。：:]|如下)|"
    # ... or the builder telling the public what follows, with no 现 ("根据《…公众参与办法》的相关
    # 规定，向公众公告以下信息：一、建设项目名称及概要…"): a recount says "公告了"
    r"(?:规定|要求|法规)[，,]\s*向(?:公众|社会)(?:公示|公告|公开)(?:以下|下列|如下)(?:信息|内容|事项)"
)
#: A statute quoted article by article ("第一百八十六条 清算组应当…"), or an article quoted
#: after its source in brackets ("（《某某办法》第9条）建设单位…应当…向公众公告如下内容"): the
#: law, not a notice.
_ARTICLE_QUOTED = re.compile(
    r"(?m:^[ \u3000]*第[一二三四五六七八九十百零〇]{1,6}条[ \u3000]*[^\s，。：:、）)]"
    r"[^\n]{0,30}?应当)"
    r"|(?m:^[ \u3000]*[（(]《[^《》\n]{2,40}》第[\d一二三四五六七八九十百零〇]{1,6}条[）)]"
    r"[^\n]{0,60}?应当)"
    # ... or the Company Law's duty to creditors paraphrased without the article's number, as
    # explainers put it: "公司应当自作出减少注册资本决议之日起十日内通知债权人", "公司减少注册
    # 资本，应当自…", "清算组应当自成立之日起十日内通知债权人" (a company's own notice says what
    # it does, not what it must); also as synonym-spinning copy sites reword it: "清理组该当自
    # 创设之日起十日内通告债权人"
    r"|(?:应当?|该当)自(?:作出[^。；\n]{0,12}?决议|成立|创设|设立)之日起(?:十|10)日内"
    r"(?:通知|通告)债权人"
    # ... or that duty's timing told with no 应当, the resolution as its start: "自合并决议作出
    # 后10日内书面通知债权人", "自合并决议作出之日起10日内通知其债权人" (a company's notice says
    # it has told its creditors, "已…通知", or asks them to claim; it does not time the duty)
    r"|(?<!已)(?<!已经)自[^。；\n]{0,8}?决议作出(?:之日起|后)(?:十|10)日内(?:书面)?"
    r"(?:通知|通告)(?:其)?债权人"
    # ... or the steps told in an explainer's own words, the group as the subject of a rule:
    # "公司决定解散的，应在15日内成立清算组，清算组在成立之日起10日内通知债权人" (a notice
    # says its group was set up, "已成立清算组", and asks creditors to claim)
    r"|应当?[在于]?[^。；\n]{0,12}?(?:十五|15)日内(?:组织)?成立清算组"
    r"|清算组(?:应当?)?[在于自]成立之日起(?:十|10)日内(?:通知|通告)债权人"
)
#: Articles set out one after another, each starting a sentence ("…无效。第一百七十六条 公司在
#: …。第一百七十七条 公司可以依法进行合并…"): a statute or a company's articles of association
#: (章程, printed whole in listed companies' disclosures, often as a PDF layer with the articles
#: running on in one line), not a notice, which cites an article ("根据《公司法》第一百七十七条")
#: but does not set three of them out.
_ARTICLE_HEADING = re.compile(
    r"(?:^|(?<=[\s。；;：:]))第([一二三四五六七八九十百零〇]{1,6})条(?![、，,和及与至规之的]|第)",
    re.M,
)
ARTICLES_SET_OUT = 3
#: A site's copyright line under an article ("凡本网注明…版权均属本网所有，未经授权不得转载、
#: 链接…"): its words are the site's, not what the text does.
_COPYRIGHT_LINE = re.compile(r"(?m)^[^\n]*(?:版权(?:均|归)?(?:属|所有)|不得转载)[^\n]*$")
#: What a notice that quotes the law still does itself: puts something up, attaches, gives a
#: number to call.
_NOTICE_ACT = re.compile(r"现将|现对|现予|特此|附件|电话|链接|网址|联系人")
#: ... and what an untitled, unsigned block must do to be one: the same, or announce itself
#: ("现就…如下"), or give a mailbox, a contact line or a mobile number. A phone counts with its
#: number: a report that says a group "设专门值班电话、专门邮政信箱" gives no way to respond.
#: (Or speak of itself as the notice, as the 2006 interim measures' first notices do when they
#: ask: "本次公告主要征求公众对本项目…的意见"; a report speaks of "该公告", "公告显示".)
_BLOCK_ACT = re.compile(
    r"现将|现对|现予|现就|现向|特此|附件|电话[^。；\n]{0,12}?\d{3}|链接|网址|联系人|联系方式|"
    r"本次?公告[^。；\n]{0,6}?征求|"
    r"邮箱|如下|公示期为|"
    r"公示时间|(?<!\d)1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)|(?:管理人|清算组)申报债权"
)
#: Public notices the tracker does not follow: a social-stability risk assessment (社会稳定风险
#: 评估) of a project, a sign-up for a participation symposium (座谈会 … 报名). (Not a notice
#: that says its project has passed that assessment: "已通过社会稳定风险评估审查", nor a land
#: taking's compensation scheme drawn up on its result, 土地管理法实施条例 art. 27: "根据社会稳定
#: 风险评估和土地现状调查结果，…拟定了…征地补偿安置方案"; nor one of the reviews a project
#: has passed, listed: "均已通过国土、选址规划、社会稳定风险评估等审查".)
_UNTRACKED = re.compile(
    r"(?<!通过)(?<!根据)(?<!、)社会稳定风险(?!评估等)"
    r"(?![^。；\n]{0,20}?结果[^。；\n]{0,30}?(?:拟定|制定|编制))|" + SYMPOSIUM_SIGN_UP.pattern
)
#: The record of a participation meeting already held ("…座谈会会议结果公示", "于…召开公众参与
#: 座谈会。会上…"): it reports what was said, it opens no window.
_MEETING_HELD = re.compile(
    r"(?:座谈会|论证会|听证会|协调会)(?:会议)?(?:结果|纪要|记录)(?:公示|公告|公开|通报)|"
    # (what was said there, in the past: not "定于…召开听证会。会上将…")
    r"于[^。；\n]{0,30}?召开[^。；\n]{0,60}?(?:座谈会|论证会|听证会)。[^。]{0,10}?会上"
    r"[^。]{0,60}?(?:了|无反对|一致同意|表示同意)|"
    # (or a news item on the experts' review of a report: "…环境影响报告书专家评审会顺利召开",
    # "…技术审查会在某地召开": the meeting is news, it opens no window)
    r"(?:评审会|审查会|评估会)[^。；，,\n]{0,4}?(?:顺利|成功|圆满)?(?:召开|举行)"
)
#: A notice that convenes a symposium on an assessment ("决定召开…规划环境影响评价公众座谈会…
#: 一、会议时间"): who may come and whom to call, but no window to comment in nor a draft to read,
#: so no notice of the kinds proposed.
_MEETING_CALLED = re.compile(r"召开[^。\n]{0,80}?(?:座谈会|论证会|说明会)")
_MEETING_TIME = re.compile(r"会议时间|召开时间")
_MEETING_WINDOW = re.compile(r"工作日|日内|起止时间|截止时间|征求意见稿|https?://|www\.")
#: The attachments listed under a notice's date ("请点击链接下载附件：", "附件1：….docx"): the
#: date above them still closes the notice.
_FILE_NAME_AT_END = r"\.(?:docx?|pdf|xlsx?|zip|rar|wps)$"
ATTACHMENT_LINE = re.compile(
    r"^(?:请?点击[^。\n]{0,8}下载|附件\s*[\d一二三四五六七八九十]{0,2}\s*[：:.、]|相关附件)|"
    + _FILE_NAME_AT_END,
    re.I,
)
#: The decision a decision notice publishes, named under its date as the page attaches it
#: ("…（全文链接见附件）" / "2024年9月10日" / "关于某某项目环境影响报告表的批复"): the date
#: above it still closes the notice.
_ATTACHED_DECISION = re.compile(r"^[^。；;，,：:\n]{6,120}(?:的批复|审批意见)\s*$")
#: A site's credit under an article ("责任编辑：某某", "编辑：管理员", "（审核：某某）"): the
#: date above it still closes the notice.
_CREDIT_LINE = re.compile(r"^[（(]?(?:责任编辑|编辑|责编|审核|校对|审校)\s*[：:]")
#: The contact a land notice sets in brackets under its signature's date ("（联系人：某某镇政府
#: 某某，联系电话：0000-0000000）"): the notice's own, below the line that closes it.
BRACKETED_CONTACT_LINE = re.compile(r"^\s*[（(]\s*联系(?:人|电话|方式)\s*[：:][^\n]*[）)]\s*$")
#: What a page prints under a notice's date that is no part of its body: the site's source
#: credit ("来源：某某县人民政府网站"), the bracketed contact above, or the page's posting row
#: ("| 时间： | 2026-03-16 |"): the date above them still closes the notice.
_UNDER_THE_DATE = re.compile(
    r"^\s*(?:信息|稿件)?来源\s*[：:]"
    rf"|{BRACKETED_CONTACT_LINE.pattern}"
    r"|^[|｜\s]*(?:发布|更新|发表)?(?:时间|日期)[：:\s|｜]*"
    r"(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?[\s|｜]*$"
)
#: A web page's control under an article ("扫一扫在手机打开当前页", "打印本页"), or the footer
#: a site's template prints under every article ("如果您对该政策文件有疑问，可以拨打标题上方的
#: 电话咨询…", "信息来源：…"): the date above it still closes the notice. So too the site's
#: own footer under it ("Copyright © 2007-2022 某某网 All Rights Reserved", "服务热线：…
#: 法律顾问：…", "京ICP备…号 京公网安备…号"): the portal's lines, printed under every article,
#: and its like, share and comment buttons ("评论", "点赞(0)").
_CONTROL_LINE = re.compile(
    r"^\s*(?:扫一扫在手机(?:上)?(?:打开|查看)当前页面?|打印本页|关闭(?:本页|窗口)|返回顶部)\s*$|"
    # (a page's like, share and comment buttons with their counts: "评论", "点赞(0)")
    r"^\s*(?:点赞|收藏|分享|评论)\s*(?:[（(]\d*[）)])?\s*$|"
    r"^\s*如(?:果)?(?:您|你)对(?:该|本|此)(?:政策)?(?:文件|信息|文章)有(?:疑问|疑义)|"
    r"^\s*(?:信息|文章)?来源\s*[：:]\s*(?:https?://|www\.)\S*\s*$|"
    r"^\s*(?:Copyright|版权所有|©)|^[^\n]*All Rights Reserved|"
    r"^[^\n]{0,12}?(?:ICP(?:备|证|经营许可证)|公网安备)|^\s*服务热线\s*[：:][^\n]*法律顾问"
)
#: A court's ruling ("本院裁定如下：主文…理由…"): it decides a case, it asks no one to respond.
#: A builder's word that its works passed the acceptance its panel held ("验收委员会…同意通过
#: 环境保护专项验收", "…通过环境保护验收公告"): a result, with no period for anyone to answer.
_PASSED_ACCEPTANCE = re.compile(
    r"同意(?:其)?通过[^。；\n]{0,12}?验收|通过[^。；\n]{0,12}?验收的?公告"
)
#: ... unless it still gives days to answer in ("…个工作日内", "请于7月1日前（20个工作日）提出",
#: "如有建议…") or puts anything up
#: (公示: a page holding it and a publicity is read for the publicity).
_DAYS_TO_ANSWER = re.compile(
    r"[0-9一二三四五六七八九十]+个?(?:工作)?日(?:内|[)）])|\d日前|请于|如有"
)
_PUTS_UP_NOW = re.compile(r"公示")
#: A builder's disclosure of the day its works were finished and of their commissioning period
#: (竣工日期, 调试起止日期: the 2017 acceptance measures art. 11 (1) and (2)) ...
_DATES_DISCLOSED = re.compile(
    r"竣工日期|调试的?(?:起止)?(?:日期|时间|期)|竣工(?:及|和|、)调试|投入调试|开始调试"
)
#: ... which asks the public nothing and sets no period: no notice, unless it puts up the
#: acceptance report or its opinion (the 20 working days of art. 11 (3)), or asks for views
#: ("公众可…发表意见", "如有异议") or gives days to answer in.
_ACCEPTANCE_PAPERS = re.compile(r"验收(?:监测|调查)?(?:报告|意见)")
_VIEWS_ASKED = re.compile(r"意见|异议|建议|反映|反馈|举报|投诉")
_RULING = re.compile(r"裁定\s*如下|(?m:^\s*主\s*文\s*$)")
#: A penalty case's letter to the one party it concerns ("行政处罚事先（听证）告知书", "行政处罚
#: 决定书", 行政处罚法 arts. 44, 63): its rights to state a case or ask for a hearing are the
#: party's, not the public's, so it is no public notice, unless published as service by notice
#: (公告送达), which starts a period of its own.
_PENALTY_LETTER = re.compile(r"行政处罚(?:事先)?[（(]?(?:听证)?[）)]?(?:告知书|决定书)")
_SERVICE_BY_NOTICE = re.compile(r"公告送达")
#: ... nor is an EIA notice that tells of the penalty its works drew for building before approval
#: ("该项目未批先建，…分局出具了行政处罚决定书（某环罚决字〔2021〕第17号），建设单位已缴纳了
#: 罚款"), put up now for the public: the letter went to the builder earlier, the notice is this.
_PENALTY_RECOUNTED = re.compile(
    r"(?:出具|下达|作出|下发|送达)了?[^，。；;\n]{0,6}?《?行政处罚(?:决定书|告知书)"
)
#: An authority's letter answering one party's filing ("你公司《…报告表》收悉。…决定暂不予批准",
#: "关于退回…的函"): it speaks to that party, it asks the public nothing, unless it is printed
#: in a notice that puts it up for a period (a decision notice quoting its 批复).
_REPLY_LETTER = re.compile(r"收悉")
#: (or the filing named as the addressee's without a pronoun, under its name as the salutation:
#: "某某矿业有限公司： / 所报《某某项目环境影响报告书》收悉")
_ONE_PARTY = re.compile(r"你(?:公司|单位|司|院|厂|校)|所报(?:送)?(?:的)?《")
#: ... or a letter that says it answers by letter ("经研究，现函复如下", "特此函复"): the reply
#: goes to the one body that asked, however it names that body ("我司…的请示》收悉"), or an
#: approval's own formula ("《某某项目环境影响报告书（报批稿）》…收悉。经研究，批复如下"), the
#: filing named without a pronoun: a decision notice that quotes it puts it up for a period.
_REPLIES_BY_LETTER = re.compile(r"函复如下|复函如下|特此函复|现函复|批复如下")
#: ... or that answer under the one party's name as its salutation, the filing recounted
#: without 收悉 ("某某有限公司： / 原某厅受理的《…报告书（报批稿）》审批申请已转由我厅办理。经研究，
#: …批复如下"): the approval speaks to that party, unless a notice puts it up for a period.
_SALUTATION_LINE = re.compile(
    rf"(?m)^[ \u3000]*[^\s，。；:：,;（）()]{{2,30}}?{ORG_SUFFIX}[：:][ \u3000]*$"
)
#: ... or an authority's licence decision served on the one party that applied ("准予行政许可
#: 决定书 / 某某供电局： / 你公司于…提出…审批的申请，我局已依法受理。…我局决定准予行政许可"),
#: reposted as the approval's news: the act is done and speaks to that party; a notice that puts
#: the decision up gives its period (公告期…, 7个工作日).
_LICENCE_DECISION = re.compile(r"(?:准予|不予)(?:行政)?许可决定书|决定(?:准予|不予)(?:行政)?许可")
#: An authority's letter (函) to the one body it addresses ("关于组织召开…听证会的函 / 某某市
#: 环保局： / 请你局…"), or to the one company whose approval it withdraws ("关于撤销…批复的函 /
#: 某某有限公司： / …对你公司…项目出具了…"): it tells that body what to do, it asks the public
#: nothing.
_LETTER_TITLE = re.compile(r"的(?:复)?函\s*$", re.M)
_ONE_BODY = re.compile(r"你(?:局|厅|委|办|市|县|区)")


def _to_one_body(text: str) -> bool:
    """Tell whether a letter's salutation names one body, not "各…" ("关于…代表建议协办意见的
    函 / 市林业局： / 现就…提出如下协办意见"): the letter answers that body."""
    return any(
        not m.group().lstrip(" \u3000").startswith("各") for m in _SALUTATION_LINE.finditer(text)
    )


_PUT_UP = re.compile(r"予以(?:公告|公示)|公[告示]期")
#: An approval's result posted under the decision letter's own title ("关于某某项目环境影响报告表
#: 的批复", then its 文号 and 审批时间) that sets no period: the act is done, nothing is open to
#: the public (a decision notice says "公告期为…" or gives its days: 7日, 5个工作日).
_DECISION_LETTER_TITLE = re.compile(r"(?m)^[ \u3000]*关于[^\n]{2,120}的[ \u3000]*批复[ \u3000]*$")
#: ... unless an announcement above the letter puts it up ("现将“某某项目环境影响报告表的批复”
#: 予以公告", then the appeal clause and "附：" with the letter): the notice is that
#: announcement, the letter its attachment.
_LETTER_PUT_UP_ABOVE = re.compile(r"予以(?:公告|公示)|(?:公告|公示)如下")
_ANY_PERIOD = re.compile(
    r"[公告示征求意见集]{2}(?:期|期限|时间)|(?<![月\d])(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*个?(?:工作日|日|天)"
    r"|日起|[至到—–-]\s*\d{4}年"
)
#: The appeal clause's own days ("自公告期限届满之日起六十日内提起行政复议") are no period.
_APPEAL_SENTENCE = re.compile(r"[^。\n]*(?:行政复议|行政诉讼)[^。\n]*")
#: A lawsuit told or decided ("…诉至某某人民法院…", "法院一审判决某某赔偿…"): a judgment or a
#: case write-up, though it quotes the creditor notice the company printed ("公告内容：“请债权人
#: 自本公告见报之日起45天内…”"). A notice asks creditors to claim; it does not report a suit.
_JUDGMENT = re.compile(r"判决|法院认为|本院认为")
#: A court's news of a case it closed ("近日，某某法院成功审结了一起强制清算案件"): a report of
#: what a liquidation group did, though it speaks of claims declared to it.
_CASE_CLOSED = re.compile(
    r"(?:法院|本院)[^。\n]{0,20}?审结(?:了)?[^。\n]{0,8}?(?:一起|一件|一批|该|此|\d+起)"
)
_LAWSUIT = re.compile(r"诉至|起诉|提起诉讼|诉讼请求|原告|被告|一审|二审|上诉")
#: A narrator speaking as "I" ("我盯着…", "我作为招商跟进人…", "我翻出…"): a story or a blog
#: post. A notice speaks for an organisation: "我公司", "我局", "我分局", "我们".
_NARRATOR = re.compile(
    # (an authority speaking of itself as "我审批机构", "我机关": Guangdong's approval template)
    r"我(?![们公司局厅委院校市县区省司站处所行社会部办组队镇乡村场厂园国方馆中单团旗盟州分审机])"
)
NARRATOR_MIN = 3
#: A request to a superior for leave to publish (请示: "现向县政府提出申请，将…予以公示",
#: "特此请示", "妥否，请批示"): the notice is yet to come. Or a report to a superior on how a
#: case was handled (报告: "省厅：… 现将有关情况汇报如下", "特此报告"), which recounts the
#: publicity a project held: it speaks to that office, not to the public.
_REQUEST = re.compile(
    r"特此请示|妥否[，,]?\s*请(?:批示|指示)|"
    r"现向[^。\n，,]{0,12}?(?:人民政府|政府|管委会)(?:提出|报送)?申请|"
    r"现将[^。\n，,]{0,12}?情况(?:汇报|报告)如下|特此报告"
)
#: The words of an article that explains notices in general (what a notice is, what it must
#: contain, how long periods usually are): a notice speaks of itself, never like this.
_EXPLAINER = re.compile(
    # (not "本文本内容为现阶段环评成果": a notice's "this text", said of itself)
    r"是指|指的是|多长时间|多久|是什么|有哪些|如何|怎么|下面[，,]?(?:我们|将|就)|本文(?![件书本]|的?(?:链接|附件))|"
    r"应当?包括|主要包括|一般为|通常为|一般是|通常是|注意事项|需要?注意|"
    r"(?:时间|期限)(?:规定|要求)|释义|法律分析|(?:步骤|流程)如下|"
    # (or a procedure's steps announced, "某某环评审批程序如下"; not a first notice's "评价工作
    # 程序如下", its own assessment's steps)
    r"程序如下(?<!工作程序如下)|"
    # a public service's guide to a procedure: "办事指南", "申报材料", "法定时限", "承诺时限"
    r"办事指南|服务指南|办事程序|申报材料|设定依据|申请条件|审批对象|法定时限|承诺时限|法定期限|"
    r"承诺期限|办理时限|办理流程|"
    # ... or a policy's guide to applying, by its headings ("（一）支持对象 … （三）申报材料 …
    # （四）申报流程"): who may apply and how, no window of its own
    r"申报流程|支持对象|支持标准|"
    # a government-affairs disclosure catalogue's table head (公开事项, 公开依据, 公开时限…): it
    # lists what a body must publish and how soon ("自该信息形成之日起20个工作日内"), no notice
    r"公开事项|公开依据|公开时限|公开主体|公开层级|"
    r"办理依据|办事窗口|收费依据|收费标准|"
    # a body's reminder to builders at large of what they must publish, by its title and its
    # salutation ("关于实施《…指南》的友情提示 各建设单位：…要求贵单位…公开时间至少5个工作日"):
    # it tells every builder of a duty and puts nothing up itself
    r"友情提示|(?m:^[ \t\u3000]*各(?:有关)?建设单位[ \t]*[：:])|"
    # an article on creditor notices: its heading names the rules or the form of one
    # ("一、公司减资公告规定", "注销公告格式"; its restating of the Company Law's duty is
    # _ARTICLE_QUOTED's)
    r"(?:减资|减少注册资本|注销|清算|合并|分立)(?:登报)?公告的?(?:规定|格式|范本|模板)|"
    # ... or what any such notice must say ("公告内容必须明确告知债权人…", "一份合规的公告必须
    # 包含以下要素"): a notice says what it says, not what a notice must contain
    r"(?:公告|声明)(?:的)?(?:内容)?必须(?:包含|写明|载明|明确|列明)|"
    # ... or a platform's rules for applying to have a notice put up, by numbered heading
    # ("一、申请材料 … 二、申请程序 …"): a service's terms, not a notice
    r"[一二三四五六七八九十][、.．]\s*申请(?:材料|程序)|"
    # a registration office's steps: "申请人应当…", "作出受理或者不予受理的决定" ("…进行核查，
    # 决定是否受理")
    r"申请人应当|受理或者?不予受理|是否受理|"
    # the law's duties of the reviewing authority restated: its time limit for a review
    # ("审批环境影响报告书的期限，不超过六十日") and its duty counted from its decision ("应当自
    # 作出审批决定之日起七个工作日内…公告"): a notice gives its own period, counted from itself
    r"审批[^。；\n]{0,16}?的期限|应当?自作出[^。；\n]{0,24}?决定之日起|"
    # a guide's headline naming a procedure ("某某县环评办理报告的流程")
    r"(?m:的(?:办理|审批)?流程[ ]*$)|"
    r"[\u4e00-\u9fff][？?][ ]*(?=\n|$)|"
    # typical durations given as a span of days, which a notice's own period never is: "小型
    # 项目约需20个工作日，中型项目需30-40个工作日", "约需7-10天"
    # (not a date's month and day at a line's end over a place that starts with 天: "来源：某某
    # 人民政府2023-09-28" / "天津市某某局关于…")
    # (each lookbehind after the character it stands before: a place without it is passed over)
    r"约需|\d(?<![\d.\-/]\d)\d{0,2}\s*[-–~～]\s*\d{1,3}[ \t]*(?:个工作日|天(?!津))|"
    # an overview that lists stages, a question site's answer, a commentary's verdict
    r"以下是|(?:通常|一般)分为|分为(?:[两二三四五六\d]个|以下|如下)(?:几个)?(?:阶段|环节|步骤)|优质解答|最佳答案|充分体现|"
    # an article's introduction and closing headings ("一、引言", "五、结语")
    r"(?m:^[一二三四五六七八九十\d]*[、.．]?[ ]*(?:引言|结语|前言)[ ]*$)"
)
EXPLAINER_MIN_WORDS = 2


#: A question a participation notice puts to its reader: to "您", or about its own project
#: ("①本项目选址是否合理？", "从环境角度考虑，是否赞同本项目的建设？"): an explainer asks about
#: a procedure, not about "本项目".
_OWN_SURVEY = re.compile(r"您|你|(?:本|该|拟建|这个)(?:项目|工程|规划|计划)")
#: An explainer's question words, which a participation notice's own survey also asks its
#: reader on a line of its own ("2. 您认为该项目造成的社会经济和环境影响如何。").
_QUESTION_WORDS = frozenset(("如何", "怎么", "有哪些", "是什么", "多久", "多长时间"))
#: A first notice's section of the matters it asks the public about, under a numbered heading
#: ("三、征求公众意见的主要事项" in the 2006 interim measures' form): the numbered questions
#: under it ("(1)对项目所在地周围环境质量现状的看法?") are its own survey's, asked without
#: "您" (an explainer lists that item among a notice's contents, "⑥征求公众意见的范围和主要
#: 事项", not as its own heading).
_SURVEY_HEADING = re.compile(
    r"(?m)^[ \t]*[一二三四五六七八九十\d]{1,2}[、.．]\s*征求(?:公众)?意见的主要事项[ \t]*$"
)
#: A numbered item's mark at a line's start: "(1)", "（2）", "1）", "①", "1、".
_ITEM_MARK = re.compile(r"[ \t]*(?:[(（]\d{1,2}[)）]|\d{1,2}[)）、.．]|[①-⑩])")
#: A works' outline ("建设内容主要包括水系湿地建设…", "工程内容主要包括…"): the notice's own
#: project, not an explainer's list of what a filing or a procedure includes.
_OUTLINE_INCLUDES = re.compile(r"(?:建设|工程|项目)(?:内容|规模)(?:主要)?包括")


def _explainer_words(text: str) -> set[str]:
    """The explainer's words in ``text``, less the questions a notice's own survey puts to
    its reader ("1）您对项目所在地周围环境质量现状有何看法？"): an explainer asks about the
    procedure, a participation notice asks "您" for a view."""
    words = set()
    # creditors told to file claims: the "申报材料" are their claims' papers (a bankruptcy
    # manager's 债权申报指引), not those of a public service's guide to applying
    claims = CLAIMS.search(text) is not None
    survey = None
    for m in _EXPLAINER.finditer(text):
        if claims and m.group() in ("申报材料", "申报流程"):
            continue
        if m.group() == "主要包括" and _OUTLINE_INCLUDES.match(text, max(m.start() - 4, 0)):
            continue
        if m.group()[-1] in "？?" or m.group() in _QUESTION_WORDS:
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _OWN_SURVEY.search(text[line_start : m.end()]):
                continue
            if survey is None:
                survey = _SURVEY_HEADING.search(text)
            if survey and survey.end() < line_start and _ITEM_MARK.match(text, line_start):
                continue
        words.add(m.group())
    return words


#: A notice that sets its own period ("自本公告公布之日起10个工作日内") and prints a number to
#: call speaks of itself: words an explainer uses ("主要包括", "有哪些") are its own survey's.
_OWN_COUNT = re.compile(
    r"(?:本|此)次?(?:公告|公示)(?:发布|公布|刊登|张贴|发出)?之日起[^。\n]{0,6}?\d{1,2}个工作日"
)
#: (its figures maybe grouped, bracketed or dialled from abroad: "138 0249 9128",
#: "(0471)6661234", "+86-471-6661234")
_OWN_PHONE = re.compile(
    r"(?:联系)?电话\s*[:：]\s*(?:(?:\+|00)?86[- ]?)?"
    r"(?:\d{7,}|[(（]?\d{2,4}[)）]?[- ]?\d{3,4}[- ]?\d{4}(?!\d))"
)
#: ... so does one that names its own builder and prints a number (a first notice under the
#: 2006 interim measures sets out "评价主要内容及工作程序": "…主要包括以下内容", "征求公众意见的
#: 注意事项"): an explainer has no builder of its own to name.
_OWN_BUILDER = re.compile(
    r"建设单位(?:名称)?\s*[：:]\s*[\u4e00-\u9fff（）()]{2,40}?(?:公司|局|中心|委员会|厂|院|站)"
)
#: A call for organisations to take on paid work (an EIA study, a survey: "公开征集…相关项目承担
#: 单位"; a tender's bidders and suppliers, 招标公告, 中标公告, 比选, 采购): it asks firms to apply
#: for work, not the public to respond; unless it is also a participation or creditor notice
#: (an EIA notice always addresses the public: 公众, 征求意见稿; creditors: 申报债权; an
#: authority's notice of a proposed approval tells those concerned they may ask a hearing, 听证,
#: on an aggregator's page whose side list names its tenders, "招标公告").
_PROCUREMENT = re.compile(
    r"承担单位|投标人|投标文件|采购人|中标人|中标单位|中标候选人|成交供应商|供应商|比选申请人|"
    r"响应文件|磋商文件|(?<!债权)申报书|(?:招标|比选|竞争性磋商|询价)(?:公告|文件)"
)
_PUBLIC_RESPONSE = re.compile(
    # (or an EIA notice by its number, its call to the public cut from the copy: "某某项目环境
    # 影响评价第二次公示 一、建设项目概要 … 废原料桶回收后给供应商综合利用")
    r"公众|征求意见稿|意见和建议|申报债权|举报|听证|(?:环境影响评价|环评)第[一二三]次(?:信息)?公[示告开]"
)
#: The results of a body grading or checking others put up ("现将考核结果予以公示": a quarter's
#: rating of EIA consultancies, a random inspection's results, "信用评价结果"): the ones graded
#: may object, the public is asked nothing, and it concerns no project, creditors or pollution
#: to report; unless it also addresses the public (公众, 征求意见稿, 举报…).
_GRADING_RESULTS = re.compile(
    r"(?:考核|考评|评比|信用评价|评价等级|随机抽查|抽查|检查)结果[^。；\n]{0,4}?(?:的)?(?:公示|公告|公开|通报)"
)


#: A report on how bodies disclose ("30家省级环保部门…公开了…审批前公示信息，分别占96.77%"):
#: it counts the bodies that published notices and gives their shares, and puts up none of
#: its own (no period, number or mailbox to answer).
_DISCLOSURE_TALLY = re.compile(r"\d+家[^。；\n]{0,40}?(?:公开|发布|公示)了")
_SHARE_OF_BODIES = re.compile(r"(?:占|为|达)\s*\d+(?:\.\d+)?[%％]")

#: A news portal's reprint disclaimer under an item ("凡本网未注明“来源：某某网（或某某网——XXX
#: 报）”的作品，均转载自其它媒体"): its XXX stands for any paper's name, no blank of the notice.
_REPRINT_LINE = re.compile(
    r"(?m)^[^\n]*(?:转载自|转载目的|不得转载|未经[^\n，,。]{0,8}授权)[^\n]*$"
)


def _blank_left(text: str) -> bool:
    """A placeholder left to fill in, other than a date whose figures a PDF lifted out, or the
    XXX of a portal's reprint disclaimer."""
    return _blank_in(text) and _blank_in(_REPRINT_LINE.sub("", text))


def _contacts_left_blank(text: str) -> bool:
    """A form's contact labels left to fill in, with no number or mailbox printed anywhere (a
    mirror that deleted every figure and letter leaves the labels empty too, and its marks)."""
    return (
        len(_EMPTY_CONTACT_LABEL.findall(text)) >= EMPTY_CONTACT_LABELS
        and _ANY_NUMBER_OR_MAILBOX.search(text) is None
        and _FIGURES_LOST.search(text) is None
    )


#: X's a site put over the middle of a number it hides, the figures kept on both sides
#: ("联系电话：15116XXXX58"): a number masked, not a blank to fill in (a model notice writes the
#: X's to the number's end, "138XXXXXXXX").
_MASKED_MIDDLE = re.compile(r"(?<=\d)[XxＸ]+\d")


#: What every ``_BLANK_TEMPLATE`` match holds: a text with none of them has no blank (a cheap
#: test before the scan).
_BLANK_LITERALS = (
    "年月日", "从万元", "由万元", "至万元", "日起日内", "怎么写", "××", "X", "Ｘ", "xxxx",
    "名称）", "名称)", "日期）", "日期)",
)  # fmt: skip


def _blank_in(text: str) -> bool:
    if not any(literal in text for literal in _BLANK_LITERALS):
        return False
    figures_lost = None  # (read once, and only for a blank 年月日)
    for m in _BLANK_TEMPLATE.finditer(text):
        if _MASKED_MIDDLE.match(text, m.start()):
            continue
        if m.group() != "年月日":
            return True
        if figures_lost is None:
            figures_lost = _FIGURES_LOST.search(text) is not None
        if not (
            figures_lost
            or _LIFTED_FIGURES.search(text, max(0, m.start() - LIFTED_FIGURES_BEFORE), m.start())
        ):
            return True
    return False


#: The terms an authority's site shows before its list of notices, for the reader to acknowledge
#: ("建设项目环境影响评价审批决定公告的告知事项 … 公告期限：自信息发布起7日 … 我已阅知"): the
#: rules of every notice of that kind, none of them.
_TERMS_PAGE = re.compile(r"(?:公告|公示)的告知事项|我已(?:阅知|阅读并同意)")
#: The record a builder files on the national completion-acceptance platform after its
#: acceptance publicity has ended, as aggregators re-post it: a form of labelled fields
#: ("环评批复时间：", "调试结束时间：", "验收报告公开结束时间：", "验收报告公开载体："). Its dates
#: are of steps done; the publicity it records was put up elsewhere, earlier.
_ACCEPTANCE_RECORD = re.compile(
    r"验收报告公开(?:结束|起始|开始)?(?:时间|日期|载体)|环评批复时间|调试(?:起始|结束)时间|"
    r"验收监测[（(]调查[）)]报告编制机构"
)
#: How many different of those labels make the record, or the two that name the disclosure it
#: recounts, its carrier and its time, whatever else a re-poster kept of the form.
ACCEPTANCE_RECORD_LABELS = 3
_RECORD_CARRIER = "验收报告公开载体"
_RECORD_END = re.compile(r"验收报告公开(?:结束|起止)?时间")


def _acceptance_record(text: str) -> bool:
    """Tell whether ``text`` is the platform's record of a completion acceptance."""
    labels = {m.group() for m in _ACCEPTANCE_RECORD.finditer(text)}
    if len(labels) >= ACCEPTANCE_RECORD_LABELS:
        return True
    return _RECORD_CARRIER in labels and _RECORD_END.search(text) is not None


#: A report that cites a notice as a document it read ("《公示》指出——", "公告显示，…"): news
#: about the notice, when it prints no period and no number or mailbox of its own to write to.
_NOTICE_CITED = re.compile(
    r"《(?:公示|公告|通告)》(?:中)?(?:指出|显示|称|提到|明确)|(?:该|此|这份)?(?:公示|公告)(?:指出|显示)[，,：:—]"
)
_OWN_MAILBOX = re.compile(r"[\w.-]+@[\w-]+\.[\w.]+")
#: A consultant's or builder's news that its reports were approved ("三个环境影响报告书得到
#: 环保局批复", "本月3项环评获批"): the applicant's side of a decision; a bureau's decision
#: notice says it approved ("作出批复", "予以公告"). News, when it sets no period and prints
#: no number or mailbox to write to. (Not the rule an opening sentence states, a condition and
#: no approval had: "要求建设项目…取得批复后方可开工建设", "未取得批复前不得开工".)
_APPROVAL_OBTAINED = re.compile(
    r"(?<!未)(?:得到|获得|取得)[^。，,；;\n]{0,12}?批复(?!后方可|后才能|前不得|之前不得)|获批(?!后方可|后才能)"
)
#: ... unless the authority says in its own words that it is still to decide ("…拟对建设项目
#: 环评文件作出审批意见的公告", "我局拟对…作出审批意见"): an approval the project obtained before
#: (a parent assessment's 批复 recounted in the project's description) is no report of this one.
_STILL_TO_DECIDE = re.compile(
    r"拟对[^。；;\n]{0,80}?作出[^。；;\n]{0,10}?(?:审批意见|审批决定|批复)"
)


#: An authority's notice that it has revoked a document it issued ("我局决定撤销…的批复文件
#: （某环批字〔2020〕10号），该文件及其复印件均不具备法律效力。特此公告。"): the act is done and the
#: public is asked nothing, unless the text sets a period or gives a number to call (a proposed
#: revocation put up for objections). (A company's signed 遗失声明 stays a proposal of kind
#: other, for a person to dismiss.)
_REVOKED = re.compile(
    r"撤销[^。\n]{0,120}?(?:不再|均不|不)(?:具备|具有)法律效力|"
    # (or voided from a day it names: "我局决定对上述环评批复予以撤销。自公告之日起，公告的建设
    # 项目环评批复文件即行作废")
    r"撤销[。；;，,]?[^。\n]{0,60}?(?:即行|一律)?作废"
)
#: The sentence saying from when the revoked document is void ("自公告之日起…即行作废") names a
#: day, not a period.
_VOIDED_SENTENCE = re.compile(r"[^。\n]*(?:作废|法律效力)[^。\n]*")


#: A government's account of one complaint the inspectors passed on ("现将举报件受理情况公示如
#: 下", "受理编号", "办理时限"): it tells the public what is being done with a complaint; the
#: public is asked for nothing and the period is the government's own deadline.
_COMPLAINT_HANDLED = re.compile(
    r"(?:举报件|交办件|转办件|信访件)[^。；\n]{0,8}?(?:受理|办理|查处|整改)[^。；\n]{0,8}?情况"
    r"[^。；\n]{0,6}?公[示开布]"
)


#: A government's notice that one complaint the inspectors passed on is closed ("…交办信访件
#: (第十九批…)“某某项目选址…”问题已办结，经调查核实，该问题不属实。现…进行公示"): it
#: publicises the case's closing (销号), and a number under it takes objections to that, not
#: reports to the inspectors.
_COMPLAINT_CLOSED = re.compile(
    r"(?:举报件|交办件|转办件|信访件)[^。；\n]{0,160}?问题(?:已|已经)办结"
)


#: A news item that reports a notice ("近日，某某县生态环境局公布了一则关于受理…的公告"): the
#: reporter counts the notice as one thing published, in the third person; the notice itself
#: never says it published "a" notice ("一则", "一份").
_REPORTS_A_NOTICE = re.compile(
    r"(?:近日|日前|近期|昨日|今日)[，,]?[^。\n]{0,40}?(?:公布|发布|發布|印发|印發)了一[则則份篇]"
    r"[^。\n]{0,100}?(?:公告|公示)"
)


def not_a_notice(text: str) -> bool:
    """Tell whether a text that reads like a notice is a statement, template, explainer or
    summary. A participation statement is known by its heading or by two of its sections
    (概述, 首次…公开情况, …); an explainer by its question headline over it and no number
    or mailbox to write to."""
    head = text.lstrip().partition("\n")[0].strip()
    if (
        _asks(head)
        # (a notice run on under it gives a number to call, labelled or not: "值班电话：
        # 029-68899170", "联系人：某某 0773-5550087"; or a mailbox; and is read)
        and not MOBILE.search(text)
        and not LANDLINE.search(text)
        and not _OWN_MAILBOX.search(text)
    ):
        return True
    if _blank_left(text) or len(_SOURCE_MARKS.findall(text)) >= 2:
        return True
    if _contacts_left_blank(text):
        return True
    if _TERMS_PAGE.search(text):
        return True
    if _acceptance_record(text):
        return True
    if _COMPLAINT_HANDLED.search(text) and not (
        _OWN_PHONE.search(text) or _OWN_MAILBOX.search(text)
    ):
        return True
    if _COMPLAINT_CLOSED.search(text):
        return True
    if _RULING.search(text) or _PAST_WINDOW.search(text) or _REQUEST.search(text):
        return True
    if _PASSED_ACCEPTANCE.search(text) and not (
        _OWN_PERIOD.search(text) or _DAYS_TO_ANSWER.search(text) or _PUTS_UP_NOW.search(text)
    ):
        return True
    if _REPORTS_A_NOTICE.search(text):
        return True
    if (
        _DATES_DISCLOSED.search(text)
        and not _ACCEPTANCE_PAPERS.search(text)
        and not _VIEWS_ASKED.search(text)
        and not _OWN_PERIOD.search(text)
        and not _DAYS_TO_ANSWER.search(text)
    ):
        return True
    if (
        _PENALTY_LETTER.search(text)
        and not _SERVICE_BY_NOTICE.search(text)
        and not (_PENALTY_RECOUNTED.search(text) and PUTS_ITSELF_UP.search(text))
    ):
        return True
    if (
        _REPLY_LETTER.search(text)
        and (_ONE_PARTY.search(text) or _REPLIES_BY_LETTER.search(text))
        and not _PUT_UP.search(text)
    ):
        return True
    if (
        _REPLIES_BY_LETTER.search(text)
        and _SALUTATION_LINE.search(text)
        and not _PUT_UP.search(text)
    ):
        return True
    if len(_REPORT_SECTIONS.findall(text)) >= REPORT_SECTIONS_MIN and not _OWN_PERIOD.search(text):
        return True
    if (
        "许可" in text  # (cheap test first: both of its forms say 许可)
        and _LICENCE_DECISION.search(text)
        and _ONE_PARTY.search(text)
        and not _PUT_UP.search(text)
        and not _ANY_PERIOD.search(_APPEAL_SENTENCE.sub("", text))
    ):
        return True
    if (
        _LETTER_TITLE.search(text)
        and (_ONE_BODY.search(text) or _ONE_PARTY.search(text) or _to_one_body(text))
        and not _PUT_UP.search(text)
    ):
        return True
    letter = _DECISION_LETTER_TITLE.search(text)
    if (
        letter
        and not _ANY_PERIOD.search(_APPEAL_SENTENCE.sub("", text))
        and not _LETTER_PUT_UP_ABOVE.search(text, 0, letter.start())
    ):
        return True
    if (
        _REVOKED.search(text)
        and not _ANY_PERIOD.search(_VOIDED_SENTENCE.sub("", _APPEAL_SENTENCE.sub("", text)))
        and not _OWN_PHONE.search(text)
    ):
        return True
    if _JUDGMENT.search(text) and _LAWSUIT.search(text):
        return True
    if _CASE_CLOSED.search(text):
        return True
    if len(_NARRATOR.findall(text)) >= NARRATOR_MIN:
        return True
    if (
        not _OWN_PERIOD.search(text)
        and any(_recounted(text, m) for m in _PAST_RESULT.finditer(text))
        and not PUTS_ITSELF_UP.search(text)  # (read only for a text that recounts)
    ):
        return True
    if _OPINIONS_COUNTED.search(text) and _OUTCOME_PUT_UP.search(text):
        return True
    if (
        _NOTICE_CITED.search(text)
        and not _OWN_PERIOD.search(text)
        and not _OWN_PHONE.search(text)
        and not _OWN_MAILBOX.search(text)
    ):
        return True
    if (
        _APPROVAL_OBTAINED.search(text)
        and not _STILL_TO_DECIDE.search(text)
        # (a post-assessment of works in use recounts the approval they got: "2007年12月取得
        # 环评批复"; the notice that puts it up is no news of that approval)
        and not puts_up_post_assessment(text)
        and not _OWN_PERIOD.search(text)
        and not _PUT_UP.search(text)
        and not PUTS_ITSELF_UP.search(text)
        and not _OWN_PHONE.search(text)
        and not _OWN_MAILBOX.search(text)
    ):
        return True
    if _MEETING_HELD.search(text) and not _OWN_PERIOD.search(text):
        return True
    if (
        _MEETING_CALLED.search(text)
        and _MEETING_TIME.search(text)
        and not _MEETING_WINDOW.search(text)
    ):
        return True
    if _ARTICLE_QUOTED.search(text) and not _NOTICE_ACT.search(_COPYRIGHT_LINE.sub("", text)):
        return True
    if len({m.group(1) for m in _ARTICLE_HEADING.finditer(text)}) >= ARTICLES_SET_OUT and not (
        _OWN_PHONE.search(text) or _OWN_MAILBOX.search(text)
    ):
        return True
    if _UNTRACKED.search(text) and not re.search(r"环境影响报告|环评文件|征求意见稿", text):
        return True
    # (or that puts itself up, "现将“某某项目”环境影响评价有关环境信息予以公告": its sections'
    # headings, "征求公众意见的注意事项", "工作程序分为三个阶段", are its own; or that names its
    # own builder)
    # (its words counted first: the text's own marks are read only for an explainer's words)
    if len(_explainer_words(text)) >= EXPLAINER_MIN_WORDS and not (
        (_OWN_COUNT.search(text) or PUTS_ITSELF_UP.search(text) or _OWN_BUILDER.search(text))
        and _OWN_PHONE.search(text)
    ):
        return True
    if len(_STAGE_DONE.findall(text)) >= 2 and (
        _ACCOUNT.search(text)
        # (or its account without that heading, a copy cut above "1、概述": two stages told as
        # done, and no period or publicity of its own)
        or not (_OWN_PERIOD.search(text) or PUTS_ITSELF_UP.search(text))
    ):
        return True
    if _PROCUREMENT.search(text) and not _PUBLIC_RESPONSE.search(text):
        return True
    if _GRADING_RESULTS.search(text) and not _PUBLIC_RESPONSE.search(text):
        return True
    if (
        _DISCLOSURE_TALLY.search(text)
        and _SHARE_OF_BODIES.search(text)
        and not (_OWN_PERIOD.search(text) or _OWN_PHONE.search(text) or _OWN_MAILBOX.search(text))
    ):
        return True
    parts = {m.group() for m in _STATEMENT_PARTS.finditer(text)}
    return len(parts) >= 2 or bool(_STATEMENT.search(text) and parts)


def para_class(text: str) -> str:
    """Return "news", "notice" or "neutral" for a paragraph."""
    evidence, news = para_score(text)
    if news >= 3 and news > evidence:
        return "news"
    if evidence >= 2 and evidence >= news:
        return "notice"
    return "neutral"


#: A line that ends in a file's name ("附件1：某某项目环境影响报告表.doc"): the name ends the
#: line, the next line does not continue it.
_FILE_NAME_END = re.compile(_FILE_NAME_AT_END, re.I)


#: A paragraph's first-line indent in half-width columns: two ideographic spaces, or two to four
#: spaces (a title centred over its next line stands further in).
PARAGRAPH_INDENT = (2, 4)


#: A web copy's paragraph gaps recur: at least this many runs of space-only lines between two
#: empty lines (one alone is as likely a line between two items).
GAP_MIN_RUNS = 2


class Lines:
    """Line-level views of a page (stripped text, widths, column widths), computed once."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self._texts = [line.strip() for line in page.text.split("\n")]
        self._starts: list[int] = []
        self.count = len(self._texts)
        #: The page's non-blank lines, in order (the items' lines; read across the module).
        self.filled = [i for i, t in enumerate(self._texts) if t]
        self._widths: dict[int, float] = {}
        self._columns: dict[int, float] = {}
        self._gaps: frozenset[int] | None = None

    def text(self, i: int) -> str:
        return self._texts[i]

    def blank(self, i: int) -> bool:
        return not self._texts[i]

    @property
    def gaps(self) -> frozenset[int]:
        """The blank lines that are a web copy's paragraph gaps, not breaks between items: on a
        page that has truly empty lines, the lines the input filled with spaces only (a web
        page's empty paragraph, "<p>&nbsp;</p>", copied with its indent) inside a run of lines
        between empty lines that has several of them and whose own blank lines do not separate
        items (its blocks short, as a notice's paragraphs are). A page of items put together
        one under another parts them with empty lines; a copy keeps its own gaps."""
        if self._gaps is None:
            raw = self.page.raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            # (cheap tests first: without an empty line or one of space only, there are none)
            empty = len(raw) == self.count and "" in raw[1:-1]
            spaced = [i for i, t in enumerate(raw) if t.isspace()] if empty else []
            gaps: list[int] = []
            if spaced:
                # (each run of lines between empty lines decides for itself, as a page does:
                # space-only lines between long blocks part items there, not paragraphs)
                bounds = [-1, *(i for i, t in enumerate(raw) if not t), len(raw)]
                for top, bottom in pairwise(bounds):
                    inside = [i for i in spaced if top < i < bottom]
                    runs = sum(1 for i in inside if i - 1 not in inside)
                    if runs < GAP_MIN_RUNS:
                        continue  # (a lone one parts what it stands between, as any blank)
                    region = Lines(Page("\n".join(raw[top + 1 : bottom])))
                    if not blank_lines_separate_items(region):
                        gaps.extend(inside)
            self._gaps = frozenset(gaps)
        return self._gaps

    def parts(self, i: int) -> bool:
        """Tell whether line ``i`` is a blank line that may part two items (not a gap)."""
        return not self._texts[i] and i not in self.gaps

    def parted(self, i: int) -> bool:
        """Tell whether line ``i`` opens a run of lines that only a parting blank line sets
        off from the line filled above it (or is the first line filled)."""
        if not (self._gaps if self._gaps is not None else self.gaps):
            return i == 0 or not self._texts[i - 1]
        above = self.prev(i)
        return above is None or any(self.parts(k) for k in range(above + 1, i))

    def indent_breaks(self, upper: int, lower: int) -> bool:
        """Tell whether ``upper`` opens with a paragraph's indent ("  某某…") over a line set
        flush left: a title's lines are set flush or centred, never so, and a body cut short
        keeps its indent over the title OCR moved under it."""
        if not self._starts:
            self._starts = [0, *accumulate(len(line) + 1 for line in self.page.text.split("\n"))]
        return PARAGRAPH_INDENT[0] <= self._indent(upper) <= PARAGRAPH_INDENT[1] and (
            self._indent(lower) == 0
        )

    def _indent(self, i: int) -> int:
        """Return the half-width columns of space the input set before line ``i`` (normalising
        drops them; an ideographic space is two)."""
        raw = self.page.raw
        start = self.page.to_raw(self._starts[i])
        opened = max(raw.rfind("\n", 0, start), raw.rfind("\r", 0, start)) + 1
        lead = raw[opened:start]
        if lead.strip(" \u3000") != "":
            return 0
        return len(lead) + lead.count("\u3000")

    def width(self, i: int) -> float:
        found = self._widths.get(i)
        if found is None:
            found = self._widths[i] = width(self._texts[i])
        return found

    def prev(self, i: int) -> int | None:
        """Return the nearest non-blank line above ``i``."""
        k = bisect.bisect_left(self.filled, i)
        return self.filled[k - 1] if k else None

    def next(self, i: int) -> int | None:
        """Return the nearest non-blank line below ``i``."""
        k = bisect.bisect_right(self.filled, i)
        return self.filled[k] if k < len(self.filled) else None

    def column(self, i: int) -> float:
        """Return the typical width of the lines around ``i`` (the column width)."""
        found = self._columns.get(i)
        if found is None:
            k = bisect.bisect_left(self.filled, i)
            known = self._widths
            widths: list[float] = []
            for j in self.filled[max(0, k - 6) : k + 7]:
                if j != i and -40 < j - i < 40:
                    w = known.get(j)
                    widths.append(self.width(j) if w is None else w)
            widths.sort()
            found = max(6.0, widths[int(len(widths) * 0.7)] if widths else self.width(i))
            self._columns[i] = found
        return found

    def joined(self, first: int, last: int) -> str:
        return "".join(self._texts[first : last + 1])

    def continues(self, i: int) -> bool:
        """Tell whether line ``i`` continues the sentence of the line just above it."""
        if i == 0 or self.blank(i - 1):
            return False
        above = self.text(i - 1)
        if (
            above[-1] in LINE_FINAL
            # (a flattened web table's row closed by its cell bar: "…| 除险加固项目。 |")
            or above.rstrip()[-1] in "|｜"
            or DATE_LINE.match(above)
            or _POSTING_LINE.match(above)
            or _PORTAL_FURNITURE.match(above)
            or CLOSING.search(above)
            or BREADCRUMB.search(above)
            or page_header(above)
            or page_header(self.text(i))
            or SITE_BANNER.search(above)
            or _FILE_NAME_END.search(above)
            # (a signature run into the end of the line: "…相关的意见。某某有限公司2024年5月8日")
            or (above.endswith("日") and RUN_IN_SIGNATURE.search(above) is not None)
        ):
            return False
        return self.width(i - 1) >= self.column(i) * 0.85

    def headline(self, last: int) -> bool:
        """Tell whether line ``last`` ends a group of 1-3 lines set off by blank lines, without
        sentence punctuation: a headline (news headlines sit right above or below notices)."""
        if last + 1 < self.count and not self.blank(last + 1):
            return False
        first = last
        while first > 0 and not self.blank(first - 1):
            first -= 1
            if last - first >= 3:
                return False
        text = self.joined(first, last)
        return not _HEADLINE_PUNCT.search(text) and text[-1] not in LINE_FINAL


# --- paragraphs ---------------------------------------------------------------------------


def boundary(lines: Lines, upper: int, lower: int) -> bool:
    """Tell whether a paragraph ends between non-blank lines ``upper`` < ``lower``: after a
    line that ends a sentence or stops short of the column, after a headline, or before a
    labelled or numbered line. (A blank line alone is no break: OCR puts them in sentences.)"""
    text = lines.text(upper)
    if text[-1] == "|":  # a web table's cell rule after the sentence ("…处理。 |")
        text = text.rstrip(" |") or text
    if text[-1] in TERMINAL or text[-1] in "：:":
        return True
    if page_header(text) or page_header(lines.text(lower)):
        return True  # the page's header or footer between items
    if lines.width(upper) < lines.column(upper) * 0.7:
        return True
    if upper < lower - 1 and lines.headline(upper):
        return True
    below = lines.text(lower)
    # (cheap tests first: a question's mark, a table head's 序号)
    if ("?" in below or "？" in below) and _EXPLAINER_HEADLINE.match(below):
        return True
    if "序号" in below and _TABLE_HEAD.match(below):
        return True  # a table of projects starts under its caption ("…作出的审批决定" / "序号")
    return STRUCTURAL_START.match(below) is not None


def walk(lines: Lines, start: int, step: int, limit: int) -> Iterator[tuple[int, int]]:
    """Yield paragraphs (first, last) from line ``start`` outwards, up (step -1) or down
    (step 1), never past line ``limit``; lazily, so growth that stops early costs little."""

    def inside(i: int) -> bool:
        return i >= limit if step < 0 else i <= limit

    near = lines.prev if step < 0 else lines.next
    i = start if not lines.blank(start) else near(start)
    while i is not None and inside(i):
        edge = i
        j = near(edge)
        while j is not None and inside(j):
            if boundary(lines, *((j, edge) if step < 0 else (edge, j))):
                break
            edge = j
            j = near(edge)
        yield (edge, i) if step < 0 else (i, edge)
        i = j


def paragraphs(lines: Lines, lo: int, hi: int) -> list[tuple[int, int]]:
    """Split lines ``lo..hi`` into paragraphs (first, last)."""
    return list(walk(lines, lo, 1, hi)) if lo <= hi else []


#: A letter's salutation on its own line: the organisation it answers and a colon, nothing more
#: ("某某船舶有限公司：" over "本单位于…收到你公司提出的…申请").
_SALUTATION = re.compile(rf"^[^\s，。；:：,;（）()]{{2,30}}?{ORG_SUFFIX}[：:]$")


def _salutation(line: str) -> bool:
    """Tell whether a line of ``Lines`` (stripped: no line break after its colon) is a letter's
    salutation (cheap test first: it ends with the colon)."""
    return line.endswith(("：", ":")) and _SALUTATION.match(line) is not None


def grow(
    lines: Lines, start: int, limit: int, stops: set[int], step: int, own: range = range(0)
) -> int | None:
    """Grow a body from line ``start`` towards ``limit`` (step -1 up, +1 down).

    Return the outermost line of the last paragraph that reads like a notice, or None.
    Growth stops at news, at a stop line (titles, other notices; except lines in ``own``), after
    more than ``MAX_NEUTRAL_RUN`` neutral paragraphs in a row, or after ``MAX_BODY_LINES``.
    """
    if not 0 <= start < lines.count:
        return None
    outer = None
    neutral = 0
    listing = False  # under a line that opens a list ("本期建设主要内容如下："), going down
    table: tuple[int, int] | None = None  # the lines of a table of projects read into the body
    for first, last in walk(lines, start, step, limit):
        if max(abs(first - start), abs(last - start)) > MAX_BODY_LINES:
            break
        if table is not None:
            if table[0] <= first and last <= table[1]:
                continue  # cells of the table already read
            first, last = (
                (max(first, table[1] + 1), last) if step > 0 else (first, min(last, table[0] - 1))
            )
        if step > 0 and _TABLE_HEAD.match(lines.text(first)):
            end = _table_last_line(lines, first, limit)
            if end is not None:
                # an authority's table of projects, a cell a line: its rows are the notice's
                table, outer, neutral = (first, end), end, 0
                continue
        stopped = [i for i in range(first, last + 1) if i in stops and i not in own]
        if stopped:
            # a title read into the paragraph next to it: the part on this side still counts
            inner = (max(stopped) + 1, last) if step < 0 else (first, min(stopped) - 1)
            # (not the blank line before the title: OCR leaves blank lines inside sentences,
            # so a paragraph may run across one into the next item)
            while inner[0] <= inner[1] and lines.blank(inner[1 if step > 0 else 0]):
                inner = (inner[0], inner[1] - 1) if step > 0 else (inner[0] + 1, inner[1])
            if inner[0] <= inner[1] and para_class(lines.joined(*inner)) == "notice":
                outer = inner[0] if step < 0 else inner[1]
            break
        if step > 0 and _EXPLAINER_HEADLINE.match(lines.text(first)):
            break  # an explainer's question headline starts the next item ("…怎么写?")
        if step > 0 and _next_opening(lines, start, first):
            break  # the next notice's opening sentence, set off by a blank line
        text = lines.joined(first, last)
        kind = para_class(text)
        if kind == "news":
            break
        if (
            step < 0
            and (
                salute := next(
                    (i for i in range(first, last + 1) if _salutation(lines.text(i))), None
                )
            )
            is not None
        ):
            # a letter's salutation ("某某有限公司：") opens it: its body grows no higher
            outer = salute
            break
        # (the items of a list a line opens, "本期建设内容如下：" / "1、新建变电站一座" a
        # paragraph each, finish that line's sentence: however many, they end no body)
        # (or a section's heading, "一、建设项目的名称及概要", over its numbered items set off by
        # blank lines, "(1)项目名称：…" / "(2)项目位置：…", as a web copy prints every line)
        item = listing and _LIST_ITEM.match(text) is not None
        listing = step > 0 and (
            item or text.rstrip().endswith(("：", ":")) or _SECTION_HEADING.match(text) is not None
        )
        if kind == "notice":
            outer = first if step < 0 else last
            neutral = 0
            continue
        if item:
            continue
        if step < 0:
            head = _table_head_above(lines, last, limit)
            if head is not None:
                # growing up into a table's rows: the table and its header are the notice's
                table, outer, neutral = (head, last), head, 0
                continue
        neutral += 1
        if neutral > MAX_NEUTRAL_RUN:
            break
    return outer


def _next_opening(lines: Lines, start: int, first: int) -> bool:
    """Tell whether paragraph ``first``, below a blank line, opens the next notice: a notice's
    opening sentence naming its act ("根据…规定，经审查，我局拟对…", "…现将…予以公示") under a
    body that has already given a way to respond (a notice's own later paragraphs do not open
    with "根据…规定"; a background paragraph comes before the contacts, not after)."""
    if first == 0 or not lines.blank(first - 1) or first <= start:
        return False
    text = lines.text(first)
    if _OPENING.match(text) is None:
        return False
    head = lines.joined(first, min(first + 4, lines.count - 1))[:SELF_OPENING_REACH]
    return (
        _SELF_OPENING.search(head) is not None
        and _REACH.search(lines.joined(start, first - 1)) is not None
    )


#: A list's item numbered in figures: "1、…", "2.…", "(3)…", "④…".
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[、.．)）](?!\d)|[（(]\d{1,2}[）)]|[①-⑳])")
#: A section's heading numbered in Chinese figures, on a line of its own with no sentence in it:
#: "二、建设单位的名称和联系方式".
_SECTION_HEADING = re.compile(r"^\s*[一二三四五六七八九十]{1,3}[、.．][^。；;，,：:]{2,30}$")


#: An explainer's headline, a question on a line of its own ("公司减资公告怎么写?", "减资公告
#: 期限是多久？"): the article it heads is no part of a notice printed above it.
_EXPLAINER_HEADLINE = re.compile(
    r"^[^\n？?。；，,]{2,40}?(?:怎么写|怎么办|如何|是什么|有哪些|多久|多长时间)[^\n？?。]{0,10}[？?]\s*$"
)
#: ... and such a question set as a web headline without its question mark ("建设项目环评
#: 公示什么意思", "减资公告需要多久"): a short line that ends in the question words.
_ASKING_HEADLINE = re.compile(
    r"^[^\n。；，,：:]{2,30}?(?:怎么写|怎么办|是什么|什么意思|有哪些|需要多久|要多久|多长时间)\s*$"
)


def _asks(line: str) -> bool:
    """Tell whether a line is an explainer's question headline, with its mark or without."""
    return bool(_EXPLAINER_HEADLINE.match(line) or _ASKING_HEADLINE.match(line))


#: The first line of a table of projects: its "序号" cell, alone or with its ``|``.
_TABLE_HEAD = re.compile(r"^[ |｜]*序号[ ]*(?:[|｜].*)?$")
#: A table of projects read into a body spans at most this many lines (a cell a line).
MAX_TABLE_LINES = 400


def _table_head_above(lines: Lines, last: int, limit: int) -> int | None:
    """The header line of the table of projects whose rows run down to line ``last``."""
    head = last
    while head > max(limit, last - MAX_TABLE_LINES) and not lines.blank(head - 1):
        head -= 1
        if _TABLE_HEAD.match(lines.text(head)):
            end = _table_last_line(lines, head, lines.count - 1)
            return head if end is not None and end >= last - 1 else None
    return None


def _table_last_line(lines: Lines, first: int, limit: int) -> int | None:
    """The last line of the table of projects whose header starts at line ``first``."""
    bound = min(limit, first + MAX_TABLE_LINES, lines.count - 1)
    last = first
    while last < bound and not lines.blank(last + 1):
        last += 1
    text = "\n".join(lines.text(i) for i in range(first, last + 1))
    end = table_end(text)
    if end is None:
        return None
    return first + text.count("\n", 0, end)


# --- titles and signatures ----------------------------------------------------------------


def find_titles(lines: Lines) -> dict[int, Title]:
    """Return title candidates keyed by each of their line numbers."""
    page = lines.page
    titles: dict[int, Title] = {}
    title_line = TITLE_LINE if "??" in page.text else _TITLE_LINE_NO_LOST
    for m in islice(title_line.finditer(page.text), MAX_CANDIDATES):
        last = page.line_at(m.start())
        text = _CELL_EDGES.sub("", lines.text(last))
        if (
            last in titles
            or len(text) < 2
            or _TITLE_BAD_END.search(text)
            or _SECTION_NAME.match(text)
            # the page's trail ending in its section's name ("首页 > 政务公开 > 通知公告")
            or BREADCRUMB.search(text)
            # a catalogue row filing the item under its form ("主题分类 某某 体裁分类 公告公示")
            or _CATALOGUE_ROW.match(text)
        ):
            continue
        if _TENDER_TITLE.search(text) or _column_over_title(lines, last, text, title_line):
            continue
        first = last
        while (
            last - first < MAX_TITLE_LINES - 1
            and first > 0
            and not lines.blank(first - 1)
            and _title_part(lines.text(first - 1))
            and width(lines.text(first - 1)) + width(text) <= MAX_TITLE_WIDTH
            # (a line over a whole title is a headline of its own, unless it opens as a whole
            # title does, with its place, and runs on into the title, filling its line: the
            # first part of a title broken over three lines, "某某库区某某主城“某某” / 某某区
            # 某某段岸线综合整治工程 / 环境影响评价…公告"; not a site's name over the title)
            and not (
                _headline_over_whole_title(lines.text(first - 1), text)
                and not (_WHOLE_TITLE.search(lines.text(first - 1)) and lines.continues(first))
            )
            and not lines.indent_breaks(first - 1, first)
            # (nor the same title printed twice, as aggregators do: the page's heading over it)
            and _CELL_EDGES.sub("", lines.text(first - 1)) != text
            and not _STAGE_COLUMN.match(lines.text(first - 1))
        ):
            first -= 1
            text = lines.text(first) + text
        if first == last and _named_over_stage(lines, first):
            first -= 1
            text = lines.text(first) + text
        if _TITLE_BAD_START.match(text) or lines.continues(first):
            continue
        if last + 1 < lines.count and _TITLE_TAIL_LINE.match(lines.text(last + 1)):
            last += 1
            text += lines.text(last)
        title = Title(first, last, text.replace(" ", ""))
        for i in range(first, last + 1):
            titles[i] = title
    _drop_repeated_titles(lines, titles)
    return titles


def _column_over_title(lines: Lines, i: int, text: str, title_line: re.Pattern[str]) -> bool:
    """Tell whether line ``i`` (``text``) is a stage column's name (see _STAGE_COLUMN) over a
    title line of its own: the column, not the notice's title."""
    return (
        _STAGE_COLUMN.match(text) is not None
        and i + 1 < lines.count
        and not lines.blank(i + 1)
        and title_line.match(lines.text(i + 1)) is not None
    )


#: A title line whole by itself: "关于…的公示", one that opens with the place its body or
#: undertaking is named after ("某某市生态环境局…公示", "某某旗某某镇…项目环境影响评价第一次
#: 公示", "中央第三…督察组…公告"), or a bare kind of notice ("注销公告"). (A title broken
#: inside a name goes on mid-word: "…综合利用 / 处置项目环境影响评价信息公开".)
_WHOLE_TITLE = re.compile(
    r"^(?:关于|中央|[\u4e00-\u9fff]{0,10}?(?:省|自治区|市|州|盟|县|旗|区))"
    r"|^(?:注销|简易注销|减资|清算|解散|合并|吸收合并|新设合并|分立|债权申报)公告$"
)
#: What a line over such a title ends with when it is the title's first half all the same: a
#: body's or an undertaking's name, a place, or a word the title goes on from.
_TITLE_HEAD_END = re.compile(r"(?:省|自治区|市|州|盟|县|旗|区|镇|乡|关于|的|暨|及|和|与|、)$")


def _headline_over_whole_title(above: str, title: str) -> bool:
    """Tell whether ``above`` is a line of its own over a title line that is whole by itself:
    a news item's headline ("某某区部署春耕工作") set right over a notice's title when a page
    pasted from the web or a Word file lost the blank lines between items. A name ("某某有限
    公司" over "注销公告") or a project ("某某项目" over its stage words) is the title's."""
    return (
        _WHOLE_TITLE.search(title) is not None
        and org_name(above) is None
        and _NAMED_UNDERTAKING.search(above) is None
        and _TITLE_HEAD_END.search(above) is None
    )


#: A title broken after its builder and project, too wide for one title line: the name line
#: has no sentence punctuation and ends with the undertaking ("…一体化工程(重新报批)",
#: "…项目"), the line under it starts with the stage ("环境影响评价报告书…公示"), or with the
#: qualifier the name line left for it ("(重新报批)环境影响评价第二次公示").
_NAMED_UNDERTAKING = re.compile(r"(?:项目|工程|规划)(?:[（(][^（()）]{1,8}[)）])?$")
_STAGE_START = re.compile(r"(?:[（(][^（()）\n]{1,8}[)）])?(?:环境影响|环评)")


def _named_over_stage(lines: Lines, i: int) -> bool:
    """Tell whether title line ``i`` continues a name line above it (see _NAMED_UNDERTAKING)."""
    if i == 0 or lines.blank(i - 1) or not _STAGE_START.match(lines.text(i)):
        return False
    above = lines.text(i - 1)
    return (
        not any(ch in above for ch in _TITLE_NOT_IN + ",;")
        and width(above) + width(lines.text(i)) <= 2 * MAX_TITLE_WIDTH
        and _NAMED_UNDERTAKING.search(above) is not None
    )


#: A site's welcome banner and its publishing system's credit ("欢迎访问某某区人民政府门户网站",
#: "Produced By 某某网络 某某发布系统"), or the keyword string a copy site prints over every page
#: for search engines (three or more phrases joined by "_": "某某大片_某某视频_某某在线观看"),
#: or the honours a county's site lists in its header, each behind a star ("★全国文明县城
#: ★国家卫生城市"): page furniture, never part of a title, nor a sentence a title line below it
#: continues.
SITE_BANNER = re.compile(
    r"欢迎访问|Produced\s*By|^[^_\s。，,；;：:]{2,40}(?:_[^_\s。，,；;：:]{2,40}){2,}$"
    r"|^(?:\s*[★☆]\s*[^★☆\s。，,；;：:]{2,16}){2,}\s*$"
    # (or a site's top strip that ends in its account links: "联系方式：0991-… 微信公众号 个人中心")
    r"|(?:个人中心|会员中心|用户中心|设为首页|加入收藏|网站地图)\s*$"
)


def _drop_repeated_titles(lines: Lines, titles: dict[int, Title]) -> None:
    """Drop a title line that repeats an earlier title once the body under that one began (a
    sentence ended between them, with no blank line and no signed date line): a web copy's
    attachment or link named after the notice (its title again under "1.…报告书全文见附件"),
    not the title of a second notice."""
    seen: dict[str, Title] = {}
    for title in sorted({id(t): t for t in titles.values()}.values(), key=lambda t: t.first):
        earlier = seen.get(title.text)
        if earlier is None:
            seen[title.text] = title
            continue
        between = range(earlier.last + 1, title.first)
        if any(lines.text(i).endswith("。") for i in between) and not any(
            lines.blank(i) or DATE_LINE.match(lines.text(i)) for i in between
        ):
            for i in range(title.first, title.last + 1):
                del titles[i]


#: A web page's controls printed as a line ("扫一扫在手机打开当前页", "打印本页", "分享到", "上一篇
#: 下一篇" without their items, a share
#: box's "用微信扫描二维码 / 分享至好友和朋友圈 / ×"), or a site template's include marker left in
#: the text ("-头部调用", "-底部调用"): never the first line of a title broken over lines.
_PAGE_CONTROL = re.compile(
    r"扫一扫|扫描二维码|在手机(?:上)?打开|打印本页|关闭窗口|分享[到至]|返回顶部|【字体|^[×✕]\s*$|^-|"
    r"[上下]一(?:篇|条)|"
    # (a government site's accessibility switches: "无障碍阅读 进入适老模式", "长者版")
    r"[无無]障[碍礙]|[适適]老(?:模式|化|版)|[长長]者版|[关關][怀懷]版|"
    r"(?:头部|底部|页头|页脚)调用|" + SITE_BANNER.pattern
)


def _title_part(text: str) -> bool:
    """Tell whether a line can be the first line of a title broken over lines."""
    opened = text.count("(") + text.count("（") - text.count(")") - text.count("）")
    return (
        opened == 0
        and width(text) <= MAX_TITLE_WIDTH / 2
        and text[-1] not in LINE_FINAL + "，,、"
        and not any(ch in text for ch in _TITLE_NOT_IN)
        and not DATE_LINE.match(text)
        and not STRUCTURAL_START.match(text)
        and not CLOSING.search(text)
        and not _PAGE_CONTROL.search(text)
        # (a site's column heading over the item, "公示通知": never the title's first line)
        and not _SECTION_NAME.match(text)
        and not ATTACHMENT_LINE.search(text)  # "附件2 公众意见表.docx" over a title
        and not BREADCRUMB.search(text)  # the page's trail ("首页 > 政务公开 > 通知公告") over it
        # (a government disclosure catalogue's header row over it, its cells set off by spaces:
        # "主题分类 某某 体裁分类 公告公示", "生成日期 2031-06-23 公开方式 主动公开")
        and not _CATALOGUE_ROW.match(text)
        and not any(m.group("w5") or m.group("w3") for m in NEWS.finditer(text))
    )


#: The first cell of a government disclosure catalogue's header row (索引号, 发布机构, 主题词,
#: 主题分类, 生成日期, 公开方式 …; the spaces between its cells are gone from the read text):
#: the page's record of the item, never a line of the title printed under it.
_CATALOGUE_ROW = re.compile(
    r"^[ \u3000]*(?:索\s*引\s*号|发布机构|发文机关|主\s*题\s*词|(?:主题|题材|体裁)分类|生成日期|"
    r"成文日期|公开方式|公开范围|公开时限)"
)


@lru_cache(maxsize=4096)
def org_name(text: str) -> tuple[str, str | None] | None:
    """Return (organisation, signature label) when ``text`` is a signature line."""
    m = ORG_LINE.match(text.replace(" ", ""))
    if not m or (STRUCTURAL_START.match(m.group("org")) and not m.group("label")):
        return None
    return m.group("org"), m.group("label")


#: The shortest name a body signing jointly on a line prints: an OCR gap inside one name
#: ("某某 有限公司") leaves a fragment shorter than a whole body's name.
JOINT_SIGNER_MIN_CHARS = 5


def _joint_signer(part: str) -> bool:
    """Tell whether ``part`` of a signature line is a whole body's name by itself."""
    m = ORG_LINE.match(part)
    return bool(
        m
        and not m.group("label")
        and len(part) >= JOINT_SIGNER_MIN_CHARS
        and not STRUCTURAL_START.match(part)
    )


#: A site's index row over a government notice ("索引号 0000-2031-01 发布机构 某某局"): the
#: page's record of the posting office, never the notice's signature over the posting date.
_INDEX_ROW = re.compile(r"^[ \u3000]*索\s*引\s*号")


def _signer(lines: Lines, first: int, last: int) -> Signer | None:
    if _INDEX_ROW.match(lines.text(first)):
        return None
    found = org_name(lines.joined(first, last))
    if found is None:
        return None
    start = lines.page.line_bounds(first)[0]
    end = lines.page.line_bounds(last)[1]
    org = found[0]
    if found[1] is None and first == last:
        # two bodies signing jointly on one line, a space between them ("某某省某某厅 某某省
        # 某某委"): the signature as printed, not one run-together name (normalising drops
        # the space between Chinese characters, so it is read from the input)
        raw = lines.page.raw[slice(*lines.page.raw_span(start, end))]
        parts = [Page(part).text for part in raw.split()]
        if len(parts) > 1 and all(_joint_signer(part) for part in parts):
            org = " ".join(parts)
    return Signer(org, found[1], start, end)


def _listed_signers(lines: Lines, i: int) -> list[Signer]:
    """Two bodies signing on one line with their names joined by 、 ("某某医院、某某疾病预防控制
    中心"): each a whole name by itself, read as two signers in the order printed; else none."""
    line = lines.page.line(i)
    if "、" not in line:
        return []
    start = lines.page.line_bounds(i)[0]
    signers: list[Signer] = []
    at = 0
    for part in line.split("、"):
        name = part.strip()
        if not _joint_signer(name):
            return []
        offset = start + at + part.index(name)
        signers.append(Signer(name, None, offset, offset + len(name)))
        at += len(part) + 1
    return signers


#: The first line of a signature name wrapped onto the next: the jurisdiction that opens it
#: ("某某县", "某某市", "某某自治州"), no punctuation, not a sentence of the body.
_WRAPPED_NAME_HEAD = re.compile(
    r"^[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|自治州|州|盟|地区|县|自治县|旗|区)[\u4e00-\u9fff]{2,24}$"
)


def signature(lines: Lines, date_line: int, floor: int) -> tuple[list[Signer], int | None, bool]:
    """Return the signers above a date line, the first signature line, and whether the body
    closes with "特此公告" (which also makes a date line without a signer a notice's end)."""
    signers: list[Signer] = []
    top = None
    i = lines.prev(date_line)
    while i is not None and i >= floor and len(signers) < MAX_SIGNATURE_LINES:
        if CLOSING.search(lines.text(i)):
            return signers, top, True
        run = _CLOSING_THEN_ORG.match(lines.text(i))
        named = org_name(run.group("org")) if run else None
        if named is not None and run.group("org") in lines.page.line(i):
            start = lines.page.line_bounds(i)[0] + lines.page.line(i).index(run.group("org"))
            signers.insert(0, Signer(named[0], named[1], start, start + len(run.group("org"))))
            return signers, i, True
        tail = _SENTENCE_THEN_ORG.search(lines.page.line(i)) if not signers else None
        named = org_name(tail.group("org")) if tail and i == lines.prev(date_line) else None
        if named is not None:
            # a forum or archive view that ran the paragraphs together printed the signer
            # after the body's last sentence, the date on the line below it
            org = tail.group("org")
            start = lines.page.line_bounds(i)[0] + tail.start("org")
            # (no signature line of its own: the body runs on through the signer's line)
            return [Signer(named[0], named[1], start, start + len(org))], None, False
        found = _signer(lines, i, i)
        listed = _listed_signers(lines, i) if found is None else []
        if listed:
            signers[:0] = listed
            top = i
            i = lines.prev(i)
            continue
        broken = i - 1 >= floor and not lines.blank(i - 1)
        if found is None and broken and lines.width(i) < lines.column(i) * 0.7:
            found = _signer(lines, i - 1, i)  # a name broken over two lines
            i = i - 1 if found else i
        elif found is not None and broken and _WRAPPED_NAME_HEAD.match(lines.text(i - 1)):
            # a long name wrapped after its first words, the rest a name by itself:
            # "某某县中央环境保护督察反馈意见 / 整改工作领导小组办公室"
            whole = None if org_name(lines.text(i - 1)) else _signer(lines, i - 1, i)
            if whole is not None:
                found, i = whole, i - 1
        if found is None:
            break
        signers.insert(0, found)
        top = i
        i = lines.prev(i)
    return signers, top, bool(i is not None and CLOSING.search(lines.text(i)))


#: A table's date column, its header a cell of its own line ("受理日期", "| 审批时间 |"): a
#: bureau's list of projects flattened one cell a line ends each row with a date under the
#: builder's and consultant's names, which reads like a signature.
_DATE_COLUMN = re.compile(
    r"(?:^|\|)[ \t]*(?:受理|审批|批复|批准|发文|成文)?(?:日期|时间)[ \t]*(?:\||$)"
)
#: How far above a date line its column's header may stand (a header row and a row of cells).
DATE_COLUMN_LINES = 15


def _in_date_column(lines: Lines, date_line: int, floor: int) -> bool:
    """Tell whether ``date_line`` is a cell under a table's date column (not the signature
    date printed right after the table's last row)."""
    above = range(max(floor, date_line - DATE_COLUMN_LINES), date_line)
    if not any(_DATE_COLUMN.search(lines.text(i)) for i in above):
        return False
    head = next((i for i in reversed(above) if _TABLE_HEAD.match(lines.text(i))), None)
    if head is None:
        return True
    end = _table_last_line(lines, head, lines.count - 1)
    return end is None or date_line <= end


def _date_ends(lines: Lines, titles: dict[int, Title]) -> list[Segment]:
    """Return a segment (without its body yet) for each signed date line on the page."""
    page = lines.page
    ends: list[Segment] = []
    floor = 0
    for m in islice(DATE_LINE.finditer(page.text), MAX_CANDIDATES):
        i = page.line_at(m.start())
        if i in titles or i < floor:
            continue
        pre = m.group("pre").strip()
        same_line = org_name(pre) if pre else None
        if pre and not same_line and not _DATE_LABEL.match(pre):
            continue
        signers, top, closing = signature(lines, i, floor)
        if not signers and not closing and not pre and _after_closing_section(lines, i, floor):
            closing = True
        if not signers and not closing and not pre and _redacted_signer(lines, i, floor):
            closing = True
        if (
            not signers
            and not closing
            and not pre
            and _table_under_date(lines, i, _item_end(lines, i))
        ):
            # (an authority's date alone under its contact lines, only its projects' table set
            # after it, as in a block: the date closes the text)
            closing = True
        if same_line:
            start = page.line_bounds(i)[0] + page.line(i).index(pre)
            signers.append(Signer(same_line[0], same_line[1], start, start + len(pre)))
            top = i if top is None else top
        if not signers and not closing:
            continue
        if not same_line and _in_date_column(lines, i, floor):
            continue
        ends.append(Segment(i, i, signers, top, i))
        floor = i + 1
    return ends


#: A signature an aggregator redacted: a place or nothing, then its mask ("安徽 (略)", "****",
#: "**市****有限公司"), alone on the line over the date.
_REDACTED_NAME = re.compile(
    r"^[ \u3000]*[\u4e00-\u9fff*]{0,12}?(?:[（(]略[）)]|\*{2,})"
    r"[\u4e00-\u9fff*（()）]{0,20}[ \u3000]*$"
)


def _redacted_signer(lines: Lines, date_line: int, floor: int) -> bool:
    """Tell whether a date alone on its line is signed by a name an aggregator masked."""
    i = lines.prev(date_line)
    return i is not None and i >= floor and bool(_REDACTED_NAME.match(lines.text(i)))


#: The last section of a notice the builder signs in its body ("建设单位：…"): its window or its
#: contact, one labelled line ("公示时间：见报之日起十个工作日内", "联系电话：0818-1234567").
_CLOSING_SECTION = re.compile(
    r"^[ \u3000]*(?:[一二三四五六七八九十\d]+[、.．])?(?:公示|公告|征求意见|意见反馈)?"
    r"(?:时间|期限|日期|期|起止时间)[：:].{2,40}$|"
    r"^[ \u3000]*(?:联系)?电话[：:]\s?[\d—–-]{7,16}[。.]?$"
)
#: ... or the line naming the builder (or its contact person) that its phone closes ("建设单位：
#: 某某县水利局 联系电话：0736-1234567"), or a creditor notice's liquidation group or manager by
#: its head ("清算组负责人：某某 联系电话：…", "管理人联系人：…"): a notice's last line only where
#: nothing follows the date under it in its block (a sentence under the date says the date
#: belongs to the body).
_BUILDER_PHONE_LINE = re.compile(
    r"^[ \u3000]*(?:建设单位|(?:清算组|清算小组|临时管理人|管理人)?(?:联系人|负责人))[：:]"
    r"[^：:\n]{1,30}?[ \u3000，,；;]*(?:联系)?电话[：:]\s?[\d—–-]{7,16}[。.]?$"
)


def _after_closing_section(lines: Lines, date_line: int, floor: int) -> bool:
    """Tell whether a date alone on its line, with no signer above it, closes a notice: a
    newspaper prints it right under the notice's last labelled line (its window or its phone)
    when the builder is named in the body; a page of notices run together goes on with the
    next notice below it."""
    above = lines.prev(date_line)
    if above is None or above < floor or _in_date_column(lines, date_line, floor):
        return False
    if _CLOSING_SECTION.match(lines.text(above)):
        return True
    # (the date ends the page, or its block: a blank line under it parts it from what follows)
    ends_block = lines.next(date_line) is None or lines.blank(date_line + 1)
    return ends_block and bool(_BUILDER_PHONE_LINE.match(lines.text(above)))


# --- assembling notices -------------------------------------------------------------------


def find_segments(page: Page) -> list[Segment]:
    """Return the notices on ``page`` as line ranges, in page order, with their titles."""
    lines = Lines(page)
    titles = find_titles(lines)
    no_blank = _no_blank_line(lines)
    # (a paste with a stray blank line or two: its item starts, found to tell it, are kept)
    stray = None if no_blank else _stray_blank_lines(lines, titles)
    pasted = no_blank or stray is not None
    if not pasted and blank_lines_separate_items(lines):
        return _block_items(lines, titles)
    if stray is not None:
        starts = stray
    else:
        starts = _item_starts(lines, titles) if pasted else _run_in_heads(lines, titles)
    segments: list[Segment] = []
    floor = 0
    stops = set(titles)
    heads = sorted(starts)
    for seg in _date_ends(lines, titles):
        top = seg.sign_first if seg.sign_first is not None else seg.last
        k = bisect.bisect_right(heads, top)
        # (a body grows up no further than the start of its item, where one is told)
        item_floor = max(floor, heads[k - 1]) if k else floor
        first = grow(lines, top - 1, item_floor, stops, -1) if top > item_floor else None
        seg.first = _up_to_title(lines, top if first is None else first, item_floor, titles)
        segments.append(seg)
        stops.add(seg.last)
        floor = seg.last + 1
    segments.extend(_unsigned(lines, titles, segments, starts))
    segments.extend(_reported_windows(lines, titles, segments))
    segments.sort(key=lambda s: s.first)
    _attach_titles(lines, segments, titles)
    segments = _merge_repeated_titles(lines, titles, segments)
    # (an item told by its start on a paste whose items are told so, or such a paste read
    # whole when nothing else is found on it, is read as a page parted by blank lines is)
    items = starts | ({lines.filled[0]} if not segments else set()) if pasted else set()
    blocks = [
        b
        for b in _blocks(lines, titles, segments, starts)
        if _reachable(lines, b) or b.first in items
    ]
    if blocks:
        segments = sorted([*segments, *blocks], key=lambda s: s.first)
    segments = _merge_card_headlines(lines, segments)
    for seg in segments:
        seg.pasted = pasted
    if pasted:
        _item_tails(lines, segments, starts)
    segments = _continued_sections(lines, segments)
    if no_blank and not starts and not segments:
        # one block, no item starting inside it and no notice found in it: one item alone on
        # its page (or pasted alone) is read as the same item is in its block among others
        return _block_items(lines, titles)
    return segments


def _block_items(lines: Lines, titles: dict[int, Title]) -> list[Segment]:
    """The notices of a page whose blank lines part its items, read block by block."""
    found = _blocks(lines, titles, [])
    found = sorted([*found, *_reported_windows(lines, titles, found)], key=lambda s: s.first)
    return _continued_sections(lines, found)


_CHINESE_FIGURES = "一二三四五六七八九十"
#: A section's heading numbered in Chinese figures at a line's start ("二、征求意见的公众范围").
_NUMBERED_SECTION = re.compile(r"^\s*(?P<n>[一二三四五六七八九十])[、.．]")


def _continued_sections(lines: Lines, segments: list[Segment]) -> list[Segment]:
    """Join a notice cut at a section's edge by a column or page break (its OCR puts a blank
    line there, or reads the rest as a body of its own): an unsigned notice that ends on a
    section's heading ("二、征求公众意见的主要事项"), or whose numbered sections the untitled
    body right under it goes on with ("一、…" above, "二、征求意见的公众范围" opening the body),
    has that body as its own. Only blank lines may stand between them."""
    out: list[Segment] = []
    for seg in segments:
        if out and _continues(lines, out[-1], seg):
            upper = out[-1]
            upper.last = seg.last
            upper.signers, upper.sign_first = seg.signers, seg.sign_first
            upper.date_line, upper.signed_inside = seg.date_line, seg.signed_inside
            upper.after = upper.after or seg.after
            upper.item_last = seg.item_last
            continue
        out.append(seg)
    for k, seg in enumerate(out):
        below = lines.next(seg.last)
        if (
            below is not None
            and seg.date_line is None
            and not seg.signers
            and (k + 1 == len(out) or out[k + 1].first > below)
            and _CONTACT_LABEL.match(lines.text(seg.last))
            and _CONTACT_LABEL.match(lines.text(below))
        ):
            # its contact lines set on after the break, read as no notice of their own
            last = below
            while (n := last + 1) < lines.count and not lines.blank(n):
                if k + 1 < len(out) and n >= out[k + 1].first:
                    break
                last = n
            seg.last = last
            if seg.item_last is not None:
                seg.item_last = max(seg.item_last, last)
    return out


#: A contact's labelled line ("单位名称：…", "联系人：某某 联系电话：…", "电子邮箱：…").
_CONTACT_LABEL = re.compile(
    r"^\s*(?:\d[)）]|[（(]\d[)）])?\s*(?:单位名称|建设单位|联系人|联系电话|电话|联系方式|"
    r"电子邮箱|邮箱|传真|通讯地址|联系地址|地址)\s*[：:]"
)


#: The first section of an EIA notice (公众参与办法's "一、建设项目名称及概要", a plan's
#: "规划名称及概要"), numbered "一" or with its figure lost (".项目名称及概要"): the body it
#: opens is a notice of its own, not the rest of a heading printed above it.
_FIRST_SECTION = re.compile(
    r"^\s*(?:一\s*[、.．]|[、.．])?\s*(?:[（(]?一[）)])?\s*(?:建设)?(?:项目|规划)(?:的)?名称(?:及|和|与)概(?:要|况)\s*$"
)


#: The first sentence of a notice, citing the rule it is put up under and putting itself up now:
#: "本项目环境影响报告书征求意见稿形成后，根据《环境影响评价公众参与办法》…，对某某工程项目
#: 环境影响评价进行公众参与信息公示：". No section of a notice opens so: a section recounts
#: ("进行了公示") or announces ("将进行第二次公示").
_OPENS_ITS_NOTICE = re.compile(
    r"^[^。\n]{0,60}?(?:根据|依据|按照)《[^《》\n]{2,60}?》[^。\n]{0,120}?(?<![将再])"
    r"(?:进行|开展|予以)(?!了)[^。；\n]{0,16}?公[示开告]"
)


#: A section's heading over the projects an authority lists ("一、拟批准的建设项目环境影响报告书",
#: "二、拟作出审批意见的建设项目", "受理情况"'s projects): its section is their table.
_LISTS_PROJECTS = re.compile(r"(?:拟批准|拟审批|拟作出|受理|审批)[^、]{0,12}?(?:建设)?项目")
#: A block opening with a table: its head row (序号 | 项目名称 …), kept as 序号 by an OCR that
#: lost the bars, or a row with cells parted by bars.
_TABLE_OPENING = re.compile(r"^\s*(?:[|｜]\s*)?序号|^[^|｜\n]*[|｜][^|｜\n]*[|｜]")
#: ... or the first of the projects listed, a table's row read without its bars ("1 某某项目")
#: or a project's labelled lines ("项目名称：…", "建设单位：…").
_PROJECT_OPENING = re.compile(r"^\s*(?:[1１](?:\s*[|｜、.．]|\s+\S)|(?:建设)?项目名称|建设单位)")
#: The columns of a table of projects: a project's name, its builder, where it is built.
_PROJECT_COLUMNS = re.compile(r"项目名称|建设单位|建设\s*地点")


def _continues(lines: Lines, upper: Segment, lower: Segment) -> bool:
    if upper.date_line is not None or upper.signers or lower.title is not None:
        return False
    if lower.before is not None:
        return False
    if lines.next(upper.last) != lower.first:
        return False  # some line between them is neither's
    if upper.pasted and lower.first == upper.last + 1:
        return False  # a paste's single line break: where one item ends and the next starts
    opening = lines.text(lower.first)
    if _FIRST_SECTION.match(opening):
        return False  # a body opening on a notice's first section begins that notice
    if _POSTED_AT.match(opening):
        # a web page's posting time over a body ("时间:2025-09-01 10:10:46") heads an item of
        # its own: no section of a notice cut above goes on under a clock time
        return False
    heading = lines.text(upper.last)
    if _SECTION_HEADING.match(heading):
        # a heading ends no notice: its section follows, unless the body below opens a notice
        # of its own (a copy cut at a heading, the next item set under it)
        first = opening.split("。", 1)[0]
        if "《" in first[:64] and _OPENS_ITS_NOTICE.match(first) is not None:
            return False
        table = _TABLE_OPENING.match(opening) is not None
        if _LISTS_PROJECTS.search(heading):
            # a heading over the projects an authority is to approve ("一、拟批准的建设项目
            # 环境影响报告书") goes on with their table, not with whatever prose is set below
            return table or _PROJECT_OPENING.match(opening) is not None
        if table and _PROJECT_COLUMNS.search(opening):
            # a table of projects (序号 | 项目名称 | 建设单位 …) is an authority's list: it goes
            # on from an authority's notice cut at a heading, but a builder's notice cut so
            # (its own project told in its sections) is no part of the next item's table
            return _AUTHORITY_ACT.search(lines.joined(upper.first, upper.last)) is not None
        return True
    head = _NUMBERED_SECTION.match(opening)
    if head is None or head.group("n") == "一":
        return False
    number = _CHINESE_FIGURES.index(head.group("n"))
    seen = [
        m.group("n")
        for i in range(upper.first, upper.last + 1)
        if not lines.blank(i) and (m := _NUMBERED_SECTION.match(lines.text(i)))
    ]
    return bool(seen) and seen[-1] == _CHINESE_FIGURES[number - 1]


def _run_in_heads(lines: Lines, titles: dict[int, Title]) -> frozenset[int]:
    """The lines after a blank line that open the way only a notice opens: with its title run
    into its first sentence ("某某规划环境影响评价第一次公示 为充分了解…"), or with the rule it
    is put up under and the authority acting in that same sentence ("根据…的有关规定，经审议，
    我局拟对…", "根据《…办法》有关规定，2018年7月3日我局受理了…"). Each starts an item, whatever
    the line above it ends with (a copy cut off mid-sentence, as often as not), unless it is
    the first sentence under a title or speaks of what is printed above it ("…我局拟对上述
    项目…": the sentence under its own notice's table)."""
    heads: set[int] = set()
    texts = lines._texts
    for n, i in enumerate(lines.filled):
        if i == 0 or texts[i - 1]:
            continue
        text = texts[i]
        if RUN_IN_TITLE.match(text):
            heads.add(i)
            continue
        if not text.startswith(("根据", "据", "依据", "按照")):
            continue
        opening = _sentence_start(lines, n, SELF_OPENING_REACH)
        first = opening.split("。", 1)[0]
        if (
            (
                _REVIEW_OPENING.match(opening) is not None
                or (
                    _RULE_OPENING.match(opening) is not None
                    and _AUTHORITY_ACT.search(first) is not None
                )
            )
            and _POINTS_UP.search(first) is None
            and _under_no_title(lines, titles, n, True)
        ):
            heads.add(i)
    return frozenset(heads)


#: Short lines under a notice on a paste with no blank line that are still its item's: a
#: signer and a date, or their blanks to fill in.
ITEM_TAIL_LINES = 3
ITEM_TAIL_WIDTH = 30


def _item_tails(lines: Lines, segments: list[Segment], starts: frozenset[int]) -> None:
    """Set each notice's ``item_last``: down over short lines that neither start an item nor
    belong to the next notice (at most ``ITEM_TAIL_LINES``)."""
    firsts = sorted({seg.first for seg in segments} | starts)
    for seg in segments:
        k = bisect.bisect_right(firsts, seg.last)
        bound = firsts[k] - 1 if k < len(firsts) else lines.count - 1
        last = seg.last
        while (
            last < bound
            and last - seg.last < ITEM_TAIL_LINES
            and _signature_part(lines.text(last + 1).strip())
        ):
            last += 1
        seg.item_last = last


_BLANK_DATE = re.compile(r"^(?:[\u4e00-\u9fff]{0,3}[：:])?\s*年\s*月\s*日$")


def _signature_part(text: str) -> bool:
    """A short line a signature is made of: a closing, a signer, a date or its blank."""
    return len(text) <= ITEM_TAIL_WIDTH and (
        CLOSING.search(text) is not None
        or org_name(text) is not None
        or _date_line(text) is not None
        or _BLANK_DATE.match(text) is not None
    )


#: A re-poster prints a notice's title again over its body (its listing's headline, then the
#: page's own heading, the organisation masked "****关于…的公告"), with only a few lines of its
#: furniture (category, region, 发布时间, a members' note) between them; a copy may add or drop
#: a book-title bracket ("…报告表》审批前公示" under "…报告表审批前公示").
REPEATED_TITLE_MAX_LINES = 10
_MASKS = re.compile(r"\*+|[（(]略[）)]|\s+|[《》]")
_SPACES = re.compile(r"\s+|[《》]")
#: A round or draft named in brackets at a title's end ("（第三次公示）", "（公示稿）").
_ROUND_TAIL = re.compile(r"[（(][^（）()]{0,6}(?:公示|公告|稿)[）)]$")


def _same_title(upper: str, lower: str) -> bool:
    """Tell whether two titles are one title printed twice, masks read as anything (a heading
    joined to the furniture line above it still ends in the same "关于…" words)."""
    a, b = _MASKS.sub("", upper), _MASKS.sub("", lower)
    if min(len(a), len(b)) < 8:
        return False
    if b in a or a in b:
        return True
    # (the list's headline may keep a round in brackets the heading over the body drops:
    # "关于…的公告（第三次公示）" over "某局关于…的公告")
    a, b = _ROUND_TAIL.sub("", a), _ROUND_TAIL.sub("", b)
    if "关于" not in a:
        # (a bureau's dated title, no "关于" in it, its bureau masked the second time:
        # "****环境局****分局2030年1月2日拟审批项目公示" under "某某市生态环境局某某分局2030年…")
        masked = _ROUND_TAIL.sub("", _SPACES.sub("", lower))
        parts = [re.escape(p) for p in re.split(r"\*+", masked)]
        return "*" in masked and re.fullmatch(".{1,12}".join(parts), a) is not None
    tail, masked = a.rsplit("关于", 1)[1], _ROUND_TAIL.sub("", _SPACES.sub("", lower))
    if tail == b.rsplit("关于", 1)[-1]:
        return True
    # (a re-poster masks a place or a word with asterisks the list's headline spells out:
    # "****环境局**分局关于**市乡村**…的公告" under "关于某某市乡村某某…的公告")
    parts = [re.escape(p) for p in re.split(r"\*+", masked.rsplit("关于", 1)[-1])]
    return "*" in masked and re.fullmatch(".{1,12}".join(parts), tail) is not None


def _merge_repeated_titles(
    lines: Lines, titles: dict[int, Title], segments: list[Segment]
) -> list[Segment]:
    """Read a notice from the first printing of its title when a re-poster printed the title
    again over its body (the organisation masked the second time): the headline names the
    issuer, and the furniture between gives the posting date. A notice found under the
    headline with nothing but that furniture for a body is the same notice."""
    merged: list[Segment] = []
    for seg in sorted(segments, key=lambda s: s.first):
        top = seg.title
        while top is not None and seg.first > top.last:
            upper = next(
                (
                    titles[i]
                    for i in range(
                        top.first - 1, max(-1, top.first - REPEATED_TITLE_MAX_LINES - 1), -1
                    )
                    if i in titles
                    and titles[i].last == i
                    and titles[i] is not top
                    and _same_title(titles[i].text, top.text)
                    and not any("。" in lines.text(k) for k in range(i + 1, top.first))
                ),
                None,
            )
            if upper is None:
                break
            top = upper
        if top is None or top is seg.title:
            merged.append(seg)
            continue
        while (
            merged
            and merged[-1].last >= top.first
            and merged[-1].date_line is None
            and not merged[-1].signers
        ):
            merged.pop()  # the headline's furniture read as a notice of its own
        if merged and merged[-1].last >= top.first:
            merged.append(seg)
            continue
        seg.first, seg.title = top.last + 1, top
        for other in merged:
            if other.title is top:  # the headline heads the body it is printed again over,
                other.title = None  # never also the notice above it, as a title after its body
        merged.append(seg)
    return merged


#: A re-poster's card under a headline: short lines, none a sentence ("• 2025-07-25", "项目
#: 名称：…公示", "招标公司：某某公司", "项目地区：某省 某市", "免费查看原文").
CARD_MAX_LINES = 8
CARD_LINE_MAX_WIDTH = 60


def _merge_card_headlines(lines: Lines, segments: list[Segment]) -> list[Segment]:
    """Read a notice from its headline when a bidding or notice aggregator set its card (the
    posting day, the title again as "项目名称", the company as "招标公司", the region, a link to
    the original) between the headline and the untitled body, in one block with it: the card
    is no notice of its own, and the headline and the posting day are the body's."""
    merged: list[Segment] = []
    for seg in segments:
        upper = merged[-1] if merged else None
        if (
            upper is not None
            and seg.title is None
            and upper.title is not None
            and upper.date_line is None
            and not upper.signers
            and upper.last < seg.first
            and upper.last - upper.first < CARD_MAX_LINES
            and not any(lines.blank(k) for k in range(upper.last + 1, seg.first))
            and all(
                "。" not in lines.text(k) and width(lines.text(k)) <= CARD_LINE_MAX_WIDTH
                for k in range(upper.first, seg.first)
            )
        ):
            seg.first, seg.title = upper.first, upper.title
            seg.before = seg.before or upper.before
            merged[-1] = seg
            continue
        merged.append(seg)
    return merged


#: A page whose blank lines are this rare, around blocks this long on average, is text copied
#: from the web (a repost, an e-paper's text view): each paragraph is one line and blank lines
#: only separate items. A newspaper OCR page has blank lines inside notices (one in 5 lines).
SEPARATED_MAX_BLANK_SHARE = 0.1
SEPARATED_MIN_BLOCK_LINES = 8
#: ... and so is such a page whose hard-wrapped lines are wider than any newspaper column
#: (the longest quarter over COLUMN_MAX_WIDTH), however even: the text of a PDF (a listed
#: company's announcement wraps at 35-40 characters) or of an e-paper's text view.
#: Ragged lines (paragraphs of any length, the longest quarter well over the median) say the
#: same with a little more blank space: OCR of a justified column gives lines of one width.
RAGGED_MAX_BLANK_SHARE = 0.15
RAGGED_MIN_BLOCK_LINES = 5
RAGGED_RATIO = 1.3
#: Paragraphs printed as one long line each (the longest quarter this long: no newspaper
#: column is) with blank lines between groups of them, not between every paragraph: a short
#: web copy of one or two notices, whose blank lines also separate items.
LONG_LINE = 60
LONG_LINES_MIN_BLOCK_LINES = 2
LONG_LINES_MAX_BLANK_SHARE = 0.4
#: Blank lines this rare around blocks this long, on a page that mixes a block set in a narrow
#: column (lines of one width) with blocks of ragged lines, say the same: a web page or an
#: e-paper's text view running several notices, a blank line only between items. A newspaper
#: OCR page has a blank line in about every 5 lines, and lines of one width throughout.
SPARSE_MAX_BLANK_SHARE = 0.1
SPARSE_MIN_BLOCK_LINES = 10
#: Blank lines rarer still, around blocks longer still, say the same of a page set in one
#: narrow column throughout: text wrapped at a column's width (an e-paper's text layer, a scan
#: read line by line, a Word file) with a blank line only between items.
COLUMN_MAX_BLANK_SHARE = 0.06
COLUMN_MIN_BLOCK_LINES = 16


def blank_lines_separate_items(lines: Lines) -> bool:
    """Tell whether the page is text copied from the web whose blank lines separate items:
    paragraphs as ragged lines (the longest quarter well over the median; OCR of a justified
    column gives lines of one width), and few blank lines around long blocks."""
    filled = len(lines.filled)
    # (a web copy's paragraph gaps neither part its blocks nor count as blank space)
    if lines.gaps:
        blocks = sum(1 for i in lines.filled if lines.parted(i))
    else:
        texts = lines._texts
        blocks = sum(1 for i in lines.filled if i == 0 or not texts[i - 1])
    if blocks < 2:
        return False
    lengths = sorted(len(lines.text(i)) for i in lines.filled)
    blank = (lines.count - filled - len(lines.gaps)) / lines.count
    per_block = filled / blocks
    if (
        blank <= SPARSE_MAX_BLANK_SHARE
        and per_block >= SPARSE_MIN_BLOCK_LINES
        and _mixed_widths(lines)
    ):
        return True
    if (
        lengths[len(lengths) * 3 // 4] >= LONG_LINE
        and per_block >= LONG_LINES_MIN_BLOCK_LINES
        and blank <= LONG_LINES_MAX_BLANK_SHARE
    ):
        return True
    if (
        blank <= SEPARATED_MAX_BLANK_SHARE
        and per_block >= SEPARATED_MIN_BLOCK_LINES
        and lengths[len(lengths) * 3 // 4] > COLUMN_MAX_WIDTH
    ):
        return True
    if blank <= COLUMN_MAX_BLANK_SHARE and per_block >= COLUMN_MIN_BLOCK_LINES:
        return True
    if lengths[len(lengths) * 3 // 4] < max(20, lengths[len(lengths) // 2] * RAGGED_RATIO):
        return False
    if blank <= SEPARATED_MAX_BLANK_SHARE and per_block >= SEPARATED_MIN_BLOCK_LINES:
        return True
    return blank <= RAGGED_MAX_BLANK_SHARE and per_block >= RAGGED_MIN_BLOCK_LINES


#: A block set in a narrow column: at least this many lines, no wider than a column, and this
#: share of them (but the last) of the block's full width, give or take a character (OCR and
#: web copies drop spaces; digits and Latin letters print half as wide). Short lines are the
#: labelled lines and the last lines of paragraphs a notice is full of ("联系人：刘工"), so
#: the share may be well under half; a web copy's ragged lines are far wider than a column.
COLUMN_MIN_LINES = 6
COLUMN_MAX_WIDTH = 30
COLUMN_SAME_WIDTH = 0.2


def _mixed_widths(lines: Lines) -> bool:
    """Tell whether the page has a block set in a narrow column (its lines, but the last, of
    one width) beside a block of ragged lines (paragraphs of any length)."""
    column = ragged = False
    block: list[int] = []
    for i in [*lines.filled, -1]:
        if block and (i < 0 or lines.parted(i)):
            widths = [len(lines.text(k)) for k in block[:-1]]
            printed = [lines.width(k) for k in block[:-1]]
            top = max(printed, default=0)
            same = sum(1 for w in printed if top - 1 <= w <= top)
            if (
                len(block) > COLUMN_MIN_LINES
                and top <= COLUMN_MAX_WIDTH
                and same >= COLUMN_SAME_WIDTH * len(printed)
            ):
                column = True
            elif len(set(widths)) > len(block) // 3:
                ragged = True
            block = []
        if i >= 0:
            block.append(i)
    return column and ragged


#: A way to respond: a phone number or an e-mail address.
_REACH = re.compile(
    r"(?<!\d)(?:1[3-9]\d(?:[- ]?\d{4}){2}|0\d{2,3}[-—－ ]?\d{7,8}|\d{7,8})(?!\d)|@[\w-]+\.|"
    # a number an aggregator masked still tells the public to call: "0479-*", "186****8625"
    r"(?<!\d)(?:0\d{2,3}[-—－]\*|1[3-9]\d\*{3,4}\d{4}(?!\d))|"
    r"(?:意见|异议)[^。\n]{0,12}?(?:反馈|寄|送|提交|交)(?:至|到|给)|"  # where to send a view
    # to whom a view or a claim goes: "向建设单位咨询并提出意见", "向管理人申报债权"
    r"向(?:建设单位|公示单位|我单位|本单位|我公司|本公司|[^。，,\n]{0,12}?(?:管理人|清算组))"
    r"[^。\n]{0,16}?(?:提出|反映|反馈|提交|申报)|"
    # a hearing those concerned may ask for (行政许可法 art. 47), when a re-poster redacted the
    # phone: "自公示起五日内申请人、利害关系人可…要求听证"
    r"(?:要求|申请|提出)听证|听证申请"
)


_DISCLOSURE = re.compile(r"证券代码[：:]?\s*\d{6}.{0,30}?公告编号")


#: An authority putting its act up by notice: "现将作出的审批决定予以公告", "现将受理情况予以
#: 公告", "现将审批意见进行公告".
_ACT_PUT_UP = re.compile(
    r"现将[^。；;\n]{0,40}?(?:予以|进行)[^。；;\n]{0,4}?公告|"
    # (or, under the information-disclosure guide, what it is about to approve disclosed by law:
    # "某某生态环境局依法对拟作出审批的某某项目审批意见进行公开"; news says "进行了公开")
    r"依法对[^。；;\n]{2,160}?(?:审批|批复|批准)[^。；;\n]{0,8}?(?:进行|予以)公[开示]"
)


def _reachable(lines: Lines, seg: Segment) -> bool:
    """Tell whether a block found on a printed page (whose paragraphs are set off by blank
    lines, so one block may be one paragraph of an article) is a notice in itself: it is
    signed, tells the public how to respond (a phone, an e-mail, where to send a view), has
    a listed company's disclosure header, or is a builder's completion-acceptance disclosure."""
    text = lines.joined(seg.first, seg.last)
    return (
        bool(seg.signers)
        or _REACH.search(text) is not None
        or _DISCLOSURE.search(text) is not None
        # a builder's own disclosure under the acceptance measures (竣工日期、调试起止日期, the
        # acceptance report put up): the statute asks no contact of it
        or COMPLETION_PUBLICITY.search(text) is not None
        # an EIA notice that puts itself up now ("现对某某公路环境影响报告书进行征求意见公示",
        # "现开展…环境影响评价第一次信息公示"), its contacts lost from a copy cut short: an
        # article reports such a notice in the past ("进行了公示"), it does not perform it
        or (PUTS_ITSELF_UP.search(text) is not None and EIA_CONTEXT.search(text) is not None)
        # ... or an authority's act it puts up by notice ("现将作出的审批决定予以公告", "现将受理
        # 情况予以公告"), a decision's with no contact of its own: news reports such an act
        or (_ACT_PUT_UP.search(text) is not None and EIA_CONTEXT.search(text) is not None)
        # ... or the items the disclosure guide has an authority put up for a project it is
        # about to approve, listed one under another (an article prints no such form)
        or ("主要环境影响及" in text and MEASURES_ITEM_LIST.search(text) is not None)
        # ... or an item under its own title naming an EIA stage ("某某规划环境影响评价公众参与第一
        # 次公示"), a copy cut before its contacts: the title performs the publicity, an
        # article's paragraph has none
        or (seg.title is not None and classify(seg.title.text, "")[0] in EIA_STAGE_KINDS)
    )


#: Lines of page furniture a web copy may print above an item's title (a search box, a menu
#: bar, "您现在的位置：首页--公示公告").
MAX_FURNITURE_LINES = 5
#: Evidence a block set off by blank lines needs to be a notice with neither title above nor
#: signature below (web reposts and clipped notices start in the body: "根据…规定，现将…公示").
BLOCK_MIN_EVIDENCE = 12
#: ... or this much when its words name a kind of notice (an EIA stage, an inspection, a
#: creditor notice) or it calls for comments or sign-ups (kinds.SOLICITATION).
BLOCK_MIN_EVIDENCE_OF_A_KIND = 8
#: ... or this much under its own title line naming an EIA stage ("XX项目环境影响评价第一次公示"):
#: a copy cut short after its opening paragraphs, before the contacts and the window.
BLOCK_MIN_EVIDENCE_UNDER_TITLE = 5
EIA_STAGE_KINDS = frozenset(
    {
        "eia_first",
        "eia_draft_comment",
        "eia_pre_submission",
        "eia_acceptance",
        "eia_pre_approval",
        "eia_decision",
    }
)
#: ... or this much when it is signed by a body and dated ("某某镇人民政府 / 2025年9月1日") and
#: its words name a kind of notice: a short call for comments, a few lines of what to send
#: where by when, has few notice words, but news is not signed like that.
BLOCK_MIN_EVIDENCE_SIGNED = 5
#: News words (a dateline or byline and reporting words) that make a block news whatever else.
BLOCK_MAX_NEWS = 6
#: The items the 2006 interim measures set for an EIA notice (arts. 8-9), as numbered headings
#: opening a line or a sentence ("一、建设项目的名称及概要", "二、建设项目对环境可能造成影响的
#: 概述", "三、预防和减轻不良环境影响的措施和对策"; a first notice's "二、建设单位的名称和联系
#: 方式", "四、环境影响评价的工作程序和主要工作内容", "五、征求公众意见的主要事项"): two of them
#: are that notice's own sections, though the copy lost its title above and its contacts below
#: (an article has neither). The headings may be numbered in figures as well ("1.建设项目情况
#: 简述", "2、…", "（二）…"), as many notices reprint them.
_MEASURES_ITEM = re.compile(
    r"(?:^|(?<=[。；;\n]))[ \t]*(?:[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[、.．](?!\d)"
    r"|[（(][一二三四五六七八九十\d]{1,2}[)）])"
    r"\s*(?P<item>建设项目的?名称及概[要况]|建设项目的?情况简述|"
    r"建设项目对环境可能造成的?影响的?概述|预防(?:或者?|和)减轻不良环境影响的(?:对策和措施|措施和对策)|"
    r"(?:建设项目的?)?建设单位的?名称和联系方式|承担评价工作的环境影响评价机构的?名称和联系方式|"
    r"环境影响评价的?工作程序和主要(?:工作)?内容|征求公众意见的主要事项|公众提出意见的主要方式)"
)
MEASURES_ITEMS_MIN = 2


def _measures_items(lines: Lines, first: int, last: int) -> int:
    """Count the distinct items of the measures (``_MEASURES_ITEM``) heading lines ``first``..
    ``last``: at a line's start, or after a sentence's end inside a line."""
    text = "\n".join(lines.text(i) for i in range(first, last + 1))
    return len({m.group("item") for m in _MEASURES_ITEM.finditer(text)})


#: A portal's footer of links to other stories ("新闻推荐", "相关阅读"): a web copy of a
#: newspaper notice runs straight into it, but nothing from that line on is the notice.
_RELATED_HEADING = re.compile(
    r"^[ \u3000]*(?:新闻推荐|相关新闻|相关阅读|推荐阅读|延伸阅读|热门推荐|热点推荐|猜你喜欢"
    r"|相关推荐)[ \u3000]*[：:]?[ \u3000]*$"
)


def _blocks(
    lines: Lines,
    titles: dict[int, Title],
    segments: list[Segment],
    starts: frozenset[int] = frozenset(),
) -> list[Segment]:
    """Return notices printed as a block of lines set off by blank lines, with no notice found
    in them: a body without a title line, or with its title and signature where the rules
    above do not look. A block must read as a notice as a whole (notice words well above news
    words), and gets its title (first or last line) and signature (date line) when it has them.
    """
    taken: set[int] = set()
    for seg in segments:
        taken.update(range(seg.first, seg.last + 1))
        if seg.title is not None:
            taken.update(range(seg.title.first, seg.title.last + 1))
    found: list[Segment] = []
    i = 0
    while i < lines.count:
        if lines.blank(i):
            i += 1
            continue
        first = i
        i += 1  # a block starting at a related-news heading is that footer's own block
        while (
            i < lines.count
            and not lines.parts(i)  # (a web copy's paragraph gap stays inside its block)
            and i not in starts
            and not _RELATED_HEADING.match(lines.text(i))
        ):
            i += 1
        last = i - 1
        while lines.blank(last):
            last -= 1
        # Notices run together with no blank line between them (a PDF or scan pasted as one
        # column) make one block; the lines no notice found took are read as a block of
        # their own (a body whose title went to the next notice, or that has no signature),
        # unless they are as few as the furniture over a notice (a listing line, a header).
        whole = not any(k in taken for k in range(first, last + 1))
        run = first
        for k in range(first, last + 2):
            if k <= last and k not in taken:
                continue
            if k > run and (whole or k - run > MAX_FURNITURE_LINES):
                seg = _block_segment(lines, titles, run, k - 1)
                if seg is not None:
                    found.append(seg)
            run = k + 1
    return found


#: A report that sends the reader to a website for a notice's contacts ("具体联系方式可在某某
#: 环境热线网站查询", "联系方式详见某某官网") and prints none of its own: news about a notice (a
#: notice gives its contacts), not the notice.
_CONTACTS_ELSEWHERE = re.compile(
    r"联系方式[^。；\n]{0,6}?(?:可在|可到|可登录|可登陆|请登录|请登陆|详见|见)[^。；\n]{0,30}?"
    r"(?:网站|网|平台|公众号)"
)
_PRINTED_CONTACT = re.compile(
    r"\d{3,4}[-—–－ ]?\d{7,8}|(?<!\d)1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)|@|[邮信]箱[：:]"
)
#: A news lead reporting that someone else put a notice up ("近日，某某公司在某某平台上正式
#: 发布了“…环境影响评价全本公示”"): the report of a publicity, not the publicity (which gives
#: its contacts). (Or its day as the lead's dateline: "6月5日，某某县政府官网发布《…公示》称，…",
#: its year too: "2025年4月27日某某区生态环境局发布拟对…作出审批意见的公告。")
_REPORTED_PUBLICITY = re.compile(
    r"^(?:近日|日前|近期|昨日|今天|今日|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)[，,]?"
    r"(?![我本])[^。\n]{0,60}?"
    r"(?:发布|公布|刊登|张贴)了?[^。\n]{0,80}?(?:公示|公告)"
)
#: A site's banner over the report, short and unpunctuated ("某某体育官网"), that a copy kept.
_BANNER = re.compile(r"[^。，,：:；;]{1,20}")


def _reported_publicity(lines: Lines, first: int, last: int) -> bool:
    """Tell whether lines ``first``..``last`` open with a news lead that someone else put a
    notice up (under a site's banner line, if a copy kept one)."""
    if _REPORTED_PUBLICITY.match(lines.joined(first, last)):
        return True
    return (
        first < last
        and _BANNER.fullmatch(lines.text(first).strip()) is not None
        and _REPORTED_PUBLICITY.match(lines.joined(first + 1, last)) is not None
    )


#: The first line of a notice's text: the rule it is put up under ("根据《…办法》的规定，现将…",
#: "依据…", "按照…"), or the public's right it serves ("为保障公众环境保护知情权…").
_OPENING = re.compile(
    r"^(?:根据|依据|按照)[^。\n]{0,40}?(?:《|规定|要求)|^为(?:保障|贯彻|落实|规范|进一步)"
)
#: Lines that close an item on a page pasted from the web or a Word file: a contact or an
#: address ("联系电话：…", "邮编：…", "E-mail：…", or the mailbox alone on its line), its
#: reply period ("…之日起10个工作日内。"), a link or its code, the site's credit or its
#: controls ("[责任编辑：…]", "打印 关闭", "下一条：…"), or a posting time
#: ("- 2024年11月20日 12:25:41").
_ITEM_END = re.compile(
    r"^[^\s，。；：:]{0,8}?(?:联系人|电话|手机|传真|地址|邮编|邮政编码|邮箱|电子邮件|电子邮箱|"
    r"提取码|[Ee]-?[Mm][Aa][Ii][Ll])\s*[：:]\s*\S|^[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+$|"
    r"(?:工作日|日|天)(?:内|止)?[。.]$|https?://\S+$|^[\[【]?(?:责任编辑|编辑)\s*[：:]|"
    r"^(?:打印|关闭|返回|打印关闭|打印本页|关闭窗口)$|^[上下]一(?:篇|条)|^[-\s]*(?:19|20)\d{2}[-年./]"
    r"\d{1,2}[-月./]\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?$"
)
#: ... and page furniture that heads the next one: the page's trail ("当前位置：首页>…"), a
#: posting line ("发布时间：…"), the day's date line of a page ("2024年11月22日 星期五").
_ITEM_HEAD = re.compile(
    rf"{BREADCRUMB.pattern}|{_POSTING_LINE.pattern}|"
    r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]"
)


#: The opening sentence of a notice that performs itself, within its first characters: the
#: authority's act ("经审查，我局拟对以下…作出审批意见", "2024年3月27日我局受理4个…") or the
#: notice's own ("现将…予以公示", "…公示如下", "现公开征求…意见"). Set right after another
#: sentence's end on a paste with no blank line, it starts the next item: news reports such an
#: act in the past, and a notice's own later paragraphs do not open with "根据…规定".
_SELF_OPENING = re.compile(
    r"我局|本局|我厅|我委|现将|现对|现就|予以公[示告]|公[示告]如下|进行公示|征求[^。；\n]{0,12}?意见"
)
SELF_OPENING_REACH = 120
#: The rule a notice is put up under, opening its first sentence ("根据…的有关规定", its first
#: character lost as often as not: "据建设项目…规定"): with the authority acting in that same
#: sentence ("…，2024年3月27日我局受理4个…"), it opens an authority's notice after any
#: sentence's end, news above it or not (news names the authority; a builder's notice's later
#: paragraphs say 我公司, 建设单位).
_RULE_OPENING = re.compile(r"^(?:根?据|依据|按照)[^。\n]{0,40}?规定")
_AUTHORITY_ACT = re.compile(r"我(?:局|厅|委|办)|本(?:局|厅|委)")
#: A line ending in a notice's word, with no sentence's end in it: a title's last line.
_ENDS_AS_TITLE = re.compile(rf"^[^。！？!?；;]*{TITLE_SUFFIX}\s*$")
#: What a sentence points back to on the page: "上述建设项目", "以上项目", "上列".
_POINTS_UP = re.compile(r"上述|以上|上列")
#: An authority's notice of its review, opening with the rule and the review in one breath
#: ("根据建设项目环境影响评价审批程序的有关规定，经审查，…我局…作出审批决定"): the first words of
#: such a notice, never of a later paragraph, so on a paste it starts an item after any line
#: (the line above is cut off mid-word as often as not) but its title's furniture.
_REVIEW_OPENING = re.compile(
    r"^(?:根据|依据|按照)[^。，,\n]{0,40}?(?:规定|要求)[，,]\s*"
    # (the review read as done on the filing: "经对项目申报材料认真研究，")
    r"经(?:对[^。，,\n]{1,20}?)?(?:认真)?(?:审查|审核|审议|研究)[，,]"
)
#: An authority putting up its own notice in the sentence that opens with the rule, however
#: many laws it cites first ("根据《…法》、《…条例》…的要求，我局对拟受理的…予以公示"): the first
#: words of such a notice, never of a later paragraph (those point back, "上述…").
_AUTHORITY_PUTS_UP = re.compile(
    r"^(?:根据|依据|按照)[^。\n]{0,160}?[，,]\s*(?:我|本)(?:局|厅|委)[^。\n]{0,60}?"
    r"(?:予以公[示告]|进行公[示告]|公[示告]如下)"
)
#: How far the sentence an authority's rule opening starts is read for its act.
AUTHORITY_OPENING_REACH = 240
#: A line that is only a file's name ("某某项目环评公参说明.docx"): a document site's heading.
_FILE_NAME_LINE = re.compile(r"^[^。，,；;：:\s]{4,80}" + _FILE_NAME_AT_END, re.I)


def _no_blank_line(lines: Lines) -> bool:
    """Tell whether the page has no blank line at all between its first and last lines: text
    pasted from a web page, a Word file or an e-paper's HTML, or a column's text layer, one line
    break between items. (A column's OCR, whose notices end signed, reads the same way: its
    items are told by their closings and their titles as a web paste's are.)"""
    return bool(lines.filled) and not any(
        lines.blank(i) for i in range(lines.filled[0], lines.filled[-1])
    )


#: A paste with a stray blank line or two (an image or an empty paragraph of the web page
#: between two of its paragraphs) is still a paste: its blank lines are that few, and at least
#: this many items start inside the blocks they part, each after a line that closes an item
#: (a page whose blank lines part its items has a notice or two run together at most).
STRAY_BLANK_RUNS = 2
STRAY_MIN_STARTS = 3


def _stray_blank_lines(lines: Lines, titles: dict[int, Title]) -> frozenset[int] | None:
    """Return the item starts (``_item_starts``) when the page is a paste of several items, one
    line break between them, with a stray blank line or two that part no items; else None."""
    texts = lines._texts
    parted: set[int] = set()
    for i in lines.filled[1:]:
        if not texts[i - 1]:
            parted.add(i)
            if len(parted) > STRAY_BLANK_RUNS:
                return None  # (most pages: stop at the third blank run, not the last line)
    if not parted:
        return None
    starts = _item_starts(lines, titles)
    # (an opening under its block's contact lines, "电话：… / 地址：…" printed over the body they
    # belong to, no sentence above them, is no item's start after another's end)
    inside = frozenset(i for i in starts - parted if not _under_contacts_only(lines, i))
    if len(parted) == 1:
        # (one blank line on a page of several items is the stray: a page whose blank lines
        # part its items has one between each two of them. But a title under a few lines of
        # page furniture at the top of a block starts the block's own item: two items parted
        # by their one blank line, whichever of them is set first)
        tops = (lines.filled[0], *parted)
        return (
            starts
            if any(
                s not in titles or s - max(t for t in tops if t <= s) > MAX_FURNITURE_LINES
                for s in inside
            )
            else None
        )
    return starts if len(inside) >= STRAY_MIN_STARTS else None


#: A line giving one of a notice's contacts under its label ("电话：…", "通讯地址：…").
_CONTACT_FIELD_LINE = re.compile(
    r"^[^\s，。；：:]{0,8}?(?:联系人|电话|手机|传真|地址|邮编|邮政编码|邮箱|电子邮件|电子邮箱|"
    r"E-?mail)\s*[：:]\s*\S",
    re.IGNORECASE,
)


def _under_contacts_only(lines: Lines, i: int) -> bool:
    """Tell whether line ``i`` opens under its block's contact lines ("电话：…", "通讯地址：…"),
    with no sentence above them up to the blank line (or the page's top) over the block: a
    notice that prints its contacts before its body, under its title or header at most."""
    if i < 1 or lines.blank(i - 1) or not _CONTACT_FIELD_LINE.match(lines.text(i - 1)):
        return False
    k = i - 2
    while k >= 0 and not lines.blank(k):
        if "。" in lines.text(k):
            return False
        k -= 1
    return True


def _item_starts(lines: Lines, titles: dict[int, Title]) -> frozenset[int]:
    """The lines that start a new item on a page with no blank line at all (text pasted from a
    web page, a Word file, an e-paper's HTML or a column's text layer, one line break between
    notices): a title, the opening sentence of a notice, or the
    furniture over one (its trail, its posting line), right after a line that closes an item
    (a signed date, "特此公告", a signer, a contact, a reply period, a link, the site's credit
    or controls; or any sentence's end once the item above gave a way to respond), or a title
    right after another title (one printed after its body, the next before its own). A
    notice's own numbered headings, a table's rows and a title broken over two lines follow
    no such closing, so they stay in their notice. (Called for such a page only.)"""
    starts: set[int] = set()
    item = lines.filled[0]
    for n, i in enumerate(lines.filled[1:], 1):
        text = lines.text(i)
        title = titles.get(i)
        heads = (
            title is not None
            and title.first == i
            and not _PAGE_CONTROL.search(text)
            and not text.startswith("附件")
        )
        acts = (
            text.startswith(("根据", "据", "依据", "按照"))
            and _RULE_OPENING.match(start := _sentence_start(lines, n, SELF_OPENING_REACH))
            is not None
            and _AUTHORITY_ACT.search(start.split("。", 1)[0]) is not None
        )
        opens = heads or acts or _OPENING.match(text) is not None
        # (the sentence a rule's opening starts, read across the column's line breaks)
        cited = _sentence_start(lines, n) if text.startswith(("根据", "据", "依据", "按照")) else ""
        if not heads and _POINTS_UP.search(cited.split("。", 1)[0]) is not None:
            # an opening that speaks of what is printed above it ("…经审议，我局拟对上述建设项目
            # …作出审批意见"): the sentence under its own notice's table, not the next notice
            continue
        review = text.startswith(("根据", "依据", "按照")) and _under_no_title(
            lines,
            titles,
            n,
            _REVIEW_OPENING.match(cited) or _authority_puts_up(lines, n),
        )
        run_in = RUN_IN_TITLE.match(text) is not None or review
        disclosure = _DISCLOSURE.search(text) is not None
        asks = _asks(text)
        # (a file's name on a line of its own: a document site's heading over its copy)
        named = _FILE_NAME_LINE.match(text) is not None and not text.startswith("附件")
        if not (opens or run_in or disclosure or asks or named or _ITEM_HEAD.search(text)):
            continue
        # (the line above is the one printed above, a stray blank line between them or not)
        up = lines.filled[n - 1]
        above = lines.text(up)
        before = titles.get(up)
        if (
            run_in
            and not (before is not None and before.last == up)
            and not _ITEM_HEAD.search(above)
            # (a review opening under a line that announces it, "…具体内容如下：", is quoted)
            and not (review and above.endswith(("：", ":")))
            # (nor one right under a line ending in a notice's word, its own title's last line
            # where the title is too damaged to be read as one: "…日拟作出的建设项目 / 环境影响
            # 评价文件审批意见的公示")
            and not (review and _ENDS_AS_TITLE.search(above))
        ):
            # a title run into its notice's first sentence starts the notice after any line
            # but a title (the same one printed over it by a re-poster) or the furniture over
            # it (its posting line, its trail)
            starts.add(i)
            item = i
            continue
        if before is not None and before.last == up:
            if heads and before is not title and not _same_title(before.text, title.text):
                starts.add(i)  # a title after its body, the next notice's before its own
                item = i
            continue  # else the posting line or the first sentence under a title
        over = titles.get(lines.filled[n - 2]) if n > 1 else None
        if (
            not heads
            and over is not None
            and over.last == lines.filled[n - 2]
            and not (disclosure and _ITEM_HEAD.search(above) is None)
        ):
            continue  # the first sentence under a title and its posting line
        if asks:
            # an explainer's question set as a headline ("…公示什么意思") opens the explainer,
            # whatever the line above (a copy cut off mid-sentence, as often as not)
            if not _same_title(above, text):
                starts.add(i)
                item = i
            continue
        if (
            disclosure  # a listed company's header ("证券代码：…公告编号") opens its announcement
            # (a site's stamp of the time it posted the page, "时间:2024-12-20 17:14", heads
            # the page's article whatever the line above, unless a title ends within the few
            # lines of furniture over it: no notice's text reads so)
            or (
                _POSTED_AT.match(text) is not None
                and not any(
                    (t := titles.get(k)) is not None and t.last == k
                    for k in lines.filled[max(0, n - MAX_FURNITURE_LINES) : n]
                )
            )
            or _closing_date(above)
            or (heads and RUN_IN_SIGNATURE.search(above) is not None)
            or CLOSING.search(above)
            or _CLOSING_THEN_ORG.match(above)
            or (heads and org_name(above) is not None)
            or _ITEM_END.search(above)
            # (a file attached by its name closes its item as a link does, "某某公示.docx", for
            # any opening but a title: a title under the attachments is its notice's own)
            or (
                not heads
                and _FILE_NAME_END.search(
                    # (a column may wrap the name before its extension: "…公示." / "docx")
                    above if n < 2 else lines.text(lines.filled[n - 2]) + above
                )
                is not None
            )
            # (a table's last row, its cells parted and closed by bars, ends its notice: a
            # notice's own paragraphs come before its table, its notes under it open with 注;
            # a field set as a line of its own, "听证权利告知|", is no row, and a header table
            # right under a title, "发布机构: | … | 发文日期: | … ||", is the title's furniture)
            or (
                (opens or named)
                and above.endswith(("|", "｜"))
                and len(_CELL_BAR.findall(above)) > 1
                and _under_no_title(lines, titles, n, True)
            )
            or (
                (heads or acts or _SELF_OPENING.search(text[:SELF_OPENING_REACH]) is not None)
                and above[-1] in TERMINAL
                and (acts or _REACH.search(lines.joined(item, i - 1)) is not None)
            )
        ):
            starts.add(i)
            item = i
    return frozenset(starts)


#: The characters of a sentence's start read across the lines a column wrapped it to.
SENTENCE_START_CHARS = 60


def _authority_puts_up(lines: Lines, n: int) -> re.Match[str] | None:
    """The sentence the ``n``-th filled line starts when it is an authority putting up its own
    notice under the rule it opens with, pointing back to nothing above it; else None."""
    m = _AUTHORITY_PUTS_UP.match(_sentence_start(lines, n, AUTHORITY_OPENING_REACH))
    return m if m is not None and _POINTS_UP.search(m.group()) is None else None


def _sentence_start(lines: Lines, n: int, reach: int = SENTENCE_START_CHARS) -> str:
    """The first ``reach`` characters from the ``n``-th filled line on, read across line
    breaks (a column wraps a sentence anywhere)."""
    text = ""
    for k in lines.filled[n:]:
        text += lines.text(k)
        if len(text) >= reach:
            break
    return text[:reach]


_POSTED_AT = re.compile(
    rf"{_POSTING_LINE.pattern}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\b"
)
_CELL_BAR = re.compile(r"[|｜]")


def _under_no_title(lines: Lines, titles: dict[int, Title], n: int, m: object) -> bool:
    """Tell whether ``m`` matched a line (the ``n``-th filled line of the page) that is not
    the first under a title, or under a title and its furniture (source, posting time, font
    controls: a few lines with no sentence's punctuation)."""
    if m is None:
        return False
    for k in reversed(lines.filled[max(0, n - MAX_FURNITURE_LINES) : n]):
        t = titles.get(k)
        if t is not None and t.last == k:
            return False
        if _HEADLINE_PUNCT.search(lines.text(k)):
            return True  # a sentence of a body above it
    return True


def _closing_date(text: str) -> bool:
    """A signature's date line ("2031年5月6日", "某某公司 2031年5月6日"), not a web page's
    posting line over an item ("发布时间：2020-06-09", "日期：2021-09-06 阅读量：")."""
    m = _date_line(text)
    return (
        m is not None and not _POSTING_LINE.match(text) and not re.search("[：:]", m.group("pre"))
    )


#: A title run into the first sentence of its body (web copies lose the line break):
#: "XX项目环境影响评价第一次公示 根据《…》的规定，…".
RUN_IN_TITLE = re.compile(
    rf"^(?P<t>[^，。；：:\n]{{4,60}}?{TITLE_SUFFIX}(?:[（(][^（）()\n]{{1,14}}[）)])?)[ ]?"
    r"(?=根据|按照|依据|为了?|经|现将|兹|受)"
)


#: A forum's line over a post it shows edited ("本帖最后由 某某 于 2019-9-2 14:19 编辑").
_FORUM_EDIT_LINE = re.compile(r"^\s*本帖最后由[^\n]{1,40}?编辑\s*$")
#: A title a forum copy flattened into one line with the notice's first numbered section
#: ("某某项目环境影响评价第二次公示 一、建设项目概要 …"), maybe across the site's posting stamp
#: the flattening ran on after it ("…第二次公示发表时间:2022-09-21 11:01 1. 建设项目概况 …",
#: "…发布时间:2022年09月21日 1. …").
_RUN_IN_SECTION_TITLE = re.compile(
    rf"^(?P<t>[^，。；：:\n]{{4,60}}?{TITLE_SUFFIX})[ ]?"
    r"(?:(?:发表|发布)(?:时间|日期)[：:][ ]?"
    # (the stamp in whatever form the site prints: "2022-09-21", "2022/9/21", "2022年09月21日")
    r"(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}|年\d{1,2}月\d{1,2}日)"
    r"(?:[ ]*\d{1,2}:\d{2}(?::\d{2})?)?[ ]*)?"
    r"(?=[一1][、.．])"
)


#: What both of those open with, a title's words up to its notice word: a line without it runs
#: no title in (cheap test first, one scan for the two patterns).
_RUN_IN_TITLE_HEAD = re.compile(rf"^[^，。；：:\n]{{4,60}}?{TITLE_SUFFIX}")


def _run_in_eia_head(lines: Lines, first: int, last: int) -> Title | None:
    """An EIA notice's title run into its first sentence or section on the block's first line,
    or on the line under a forum's edit line."""
    head = first + 1 if first < last and _FORUM_EDIT_LINE.match(lines.text(first)) else first
    text = lines.text(head)
    if _RUN_IN_TITLE_HEAD.match(text) is None:
        return None
    m = RUN_IN_TITLE.match(text) or _RUN_IN_SECTION_TITLE.match(text)
    if m is None or classify(m.group("t"), "")[0] not in EIA_STAGE_KINDS:
        return None
    return Title(head, head, m.group("t"))


#: A line of a site's contact strip over its page ("联系我们 / CONTACT US / 电话： / 0990-… /
#: 邮箱： / …@163.COM / 地址："): a label alone, a bare number or mailbox, an English caption
#: ("Information Disclosure"). Such thin lines count for none of the few a title may stand under.
_THIN_FURNITURE = re.compile(
    r"^\s*(?:(?:联系)?(?:电话|传真|邮箱|电子邮箱|E-?mail|地址|邮编)\s*[：:]|[\d\-—–()（） ]{7,20}|"
    r"[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+|[A-Za-z][A-Za-z .&'\-]{2,40})\s*$"
)
#: At most so many thin lines in all (a page's contact strip, not a list of numbers).
_MAX_THIN_FURNITURE = 12


def _head_title(lines: Lines, titles: dict[int, Title], first: int, last: int) -> Title | None:
    """The title a block opens with, under at most a few lines of page furniture (and any thin
    lines of a site's contact strip, ``_THIN_FURNITURE``)."""
    end, thin = min(first + MAX_FURNITURE_LINES + 1, last), 0
    head = first
    while head < end:
        if head > first + 2 + thin and _HEADLINE_PUNCT.search(lines.text(head - 1)):
            break  # deeper than three lines only page furniture (menus, breadcrumbs) above it
        top = titles.get(head)
        if top is not None and top.first == head and top.last < last:
            return top
        if thin < _MAX_THIN_FURNITURE and _THIN_FURNITURE.match(lines.text(head)):
            thin += 1
            end = min(end + 1, last)
        head += 1
    return None


def _eia_head(lines: Lines, titles: dict[int, Title], first: int, last: int) -> Title | None:
    """The title naming an EIA notice that opens the block, maybe under a few lines of the
    page's furniture (a newspaper's "上一版/ 04版…" over the headline)."""
    top = _head_title(lines, titles, first, last)
    return top if top is not None and classify(top.text, "")[0] in EIA_STAGE_KINDS else None


def _block_segment(lines: Lines, titles: dict[int, Title], first: int, last: int) -> Segment | None:
    text = lines.joined(first, last)
    strong = len(set(EVIDENCE_STRONG.findall(text)))
    run_in_head = _run_in_eia_head(lines, first, last)
    if strong < 2 and _eia_head(lines, titles, first, last) is None and run_in_head is None:
        # cheap test first: most blocks of a printed page are short news (a block under its
        # own title naming an EIA notice is weighed below, as a copy cut short)
        return None
    evidence, news = para_score(text)
    if news * 2 > evidence or news >= BLOCK_MAX_NEWS:
        quoted = _quoted_notice(lines, titles, first, last)
        if quoted is None:
            return None
        # a news repost that carries a signed notice whole: the words of news above its title
        # (the repost's own headline, "原标题：…", "日前…发布公告") are the repost's
        first, text = quoted, lines.joined(quoted, last)
        evidence, news = para_score(text)
        if news * 2 > evidence or news >= BLOCK_MAX_NEWS:
            return None
    must_be_signed = False
    if evidence < BLOCK_MIN_EVIDENCE:
        of_a_kind = not (
            classify(None, text)[0] == "other"
            and not SOLICITATION.search(text)
            and not SOIL_SURVEY.search(text)
            and not DISCIPLINE_INSPECTION.search(text)
            and not LAND_TAKING.search(text)
            and not COMPLETION_PUBLICITY.search(text)
        )
        # (its title may stand under a few lines of page furniture: "首页>要闻动态>头条新闻")
        # (or run into the first line: a forum copy flattened to one line under its edit line)
        head = titles.get(first) or _head_title(lines, titles, first, last) or run_in_head
        under_eia_title = (
            head is not None
            and evidence >= BLOCK_MIN_EVIDENCE_UNDER_TITLE
            and classify(head.text, "")[0] in EIA_STAGE_KINDS
        )
        # (or an EIA notice that puts itself up now, "根据…的要求，对某某项目环境影响评价进行公众
        # 参与信息公示", cut before its contacts and signature: an article says "进行了公示")
        performs = (
            of_a_kind
            and evidence >= BLOCK_MIN_EVIDENCE_SIGNED
            and PUTS_ITSELF_UP.search(text) is not None
            and EIA_CONTEXT.search(text) is not None
        ) or (of_a_kind and _measures_items(lines, first, last) >= MEASURES_ITEMS_MIN)
        if (
            (evidence < BLOCK_MIN_EVIDENCE_OF_A_KIND or not of_a_kind)
            and not under_eia_title
            and not performs
        ):
            if not of_a_kind or evidence < BLOCK_MIN_EVIDENCE_SIGNED:
                return None
            must_be_signed = True  # a short call for comments: only its signature tells
    seg = Segment(first, last)
    top = _head_title(lines, titles, first, last)
    if top is not None:
        seg.title = top
        seg.first = top.last + 1
    if seg.title is None:
        run_in = RUN_IN_TITLE.match(lines.text(first))
        if run_in:
            seg.title = Title(first, first, run_in.group("t"))
    if seg.title is None:
        seg.title = _title_over_byline(lines, titles, first)
    bottom = titles.get(last) or _closing_stage_title(lines, first, last)
    if seg.title is None and bottom is not None and bottom.last == last and bottom.first > first:
        seg.title = bottom
        seg.last = bottom.first - 1
    end = seg.last
    while end > seg.first:
        m = _date_line(lines.text(end))
        if m and not _in_date_column(lines, end, seg.first):
            pre = m.group("pre").strip()
            signers, sign_top, _ = signature(lines, end, seg.first)
            named = org_name(pre) if pre else None
            if named:
                start = lines.page.line_bounds(end)[0] + lines.page.line(end).index(pre)
                signers.append(Signer(named[0], named[1], start, start + len(pre)))
                sign_top = end if sign_top is None else sign_top
            at_end = end == seg.last or all(
                ATTACHMENT_LINE.search(lines.text(i))
                or _ATTACHED_DECISION.search(lines.text(i))
                or _CREDIT_LINE.search(lines.text(i))
                or _UNDER_THE_DATE.search(lines.text(i))
                or _CONTROL_LINE.match(lines.text(i))
                or not _WORDISH_LINE.search(lines.text(i))  # a web table's closing rule ("|")
                for i in range(end + 1, seg.last + 1)
            )
            # (or a date under a signer an aggregator masked, "****", the project table after
            # it: the masked name signs as a name does)
            masked = not pre and _redacted_signer(lines, end, seg.first)
            table_under = not pre and _table_under_date(lines, end, seg.last)
            if not pre and not signers and not at_end:
                signers = _signer_under_date(lines, end, seg.last)
            if (
                (at_end and (not pre or _DATE_LABEL.match(pre)))
                or named
                or signers
                or masked
                or table_under
            ):
                seg.signers, seg.date_line = signers, end
                seg.sign_first = sign_top if sign_top is not None else end
                seg.signed_inside = not at_end
                break
        end -= 1
    if seg.date_line is None:
        _run_in_signature(lines, seg)
    if seg.date_line is None:
        _signed_date_cut(lines, seg)
    if seg.body_last < seg.first or (
        must_be_signed
        and not seg.signers
        and not _dated_own_period(seg, text)
        and not _own_period_and_address(text)
    ):
        return None
    if seg.title is None and seg.date_line is None and news >= 2 and not _BLOCK_ACT.search(text):
        # no title, no signature, words of a report (a quotation, "某某说："), and nothing a
        # notice does (puts up, attaches, gives a number or a link): a report about a notice
        return None
    if (
        seg.title is None
        and seg.date_line is None
        and _CONTACTS_ELSEWHERE.search(text)
        and not _PRINTED_CONTACT.search(text)
    ):
        return None  # its contacts are on a website it names: a report about a notice
    if (
        seg.title is None
        and seg.date_line is None
        and _reported_publicity(lines, first, last)
        and not _PRINTED_CONTACT.search(text)
    ):
        return None  # a news lead that someone put a notice up, and no contact of its own
    return seg


#: A web copy's byline under its title: the site or author and the day it was posted
#: ("某某网 2021-11-02", "发布时间：2021-11-02").
_BYLINE = re.compile(
    r"^\s*[^\s\d，。,：:；;]{1,12}\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+[\d:]{4,8})?\s*$"
)


def _title_over_byline(lines: Lines, titles: dict[int, Title], first: int) -> Title | None:
    """The title standing alone over a block that opens with its byline, a blank line between
    them as a web copy prints its header ("某某项目环境影响评价信息公开" / "" / "某某网
    2021-11-02" / "根据…")."""
    text = lines.text(first)
    if not (_BYLINE.match(text) or _POSTING_LINE.match(text)):
        return None
    above = lines.prev(first)
    top = titles.get(above) if above is not None else None
    if top is None or top.last != above or (top.first > 0 and not lines.blank(top.first - 1)):
        return None
    return top


#: The second half of a title broken before its notice words: "环境影响评价第一次公示".
_STAGE_WORDS_FIRST = re.compile(r"(?:建设项目)?(?:环境影响|环评|公众参与)")


def _closing_stage_title(lines: Lines, first: int, last: int) -> Title | None:
    """The title of an EIA stage's publicity set after its body, as column OCR reads a text box
    before its heading: the block's last line ends in the stage's notice words ("环境影响评价
    第一次公示"), maybe under the project's name on the line above it (a title broken in two)."""
    text = lines.text(last)
    if not TITLE_LINE.match(text) or classify(text, "")[0] not in EIA_STAGE_KINDS:
        return None
    top = last
    above = last - 1
    if (
        above > first
        and _STAGE_WORDS_FIRST.match(text)
        and len(lines.text(above)) <= MAX_TITLE_WIDTH
        and not any(c in _TITLE_NOT_IN for c in lines.text(above))
        and not _HEADLINE_PUNCT.search(lines.text(above))
    ):
        top = above
    return Title(top, last, lines.joined(top, last))


#: The caption an authority prints over the table of the projects it decides on, under its
#: date ("拟审批的建设项目环境影响报告表", "拟批准的建设项目一览表").
#: (or the documents it lists named without their 书/表: "拟审批的建设项目环境影响报告")
_TABLE_CAPTION = re.compile(r"^[^。；;，,：:|｜\n]{4,40}(?:表|一览表|清单|名单|环境影响报告)\s*$")
_TABLE_ROW = re.compile(r"[|｜]")


def _item_end(lines: Lines, i: int) -> int:
    """The last line of the item line ``i`` stands in (the line before the next blank one)."""
    while i + 1 < lines.count and not lines.blank(i + 1):
        i += 1
    return i


def _table_under_date(lines: Lines, date_line: int, last: int) -> bool:
    """Tell whether only a table of rows (maybe under its caption) follows a date alone on its
    line: an authority's notice dated under its contact lines, its projects' table set after
    the date as the page attaches it ("通讯地址：…" / "2022年8月11日" / "拟审批的建设项目环境
    影响报告表" / "序号 | 项目名称 | …"). The date still closes the notice's text."""
    rows = range(date_line + 1, last + 1)
    if not rows:
        return False
    first = date_line + 1
    if _TABLE_CAPTION.match(lines.text(first).strip()):
        first += 1
    return first <= last and all(_TABLE_ROW.search(lines.text(i)) for i in range(first, last + 1))


#: How many lines a signer's name may take under its date when a body signs date first.
SIGNER_UNDER_DATE_LINES = 2


def _signer_under_date(lines: Lines, date_line: int, last: int) -> list[Signer]:
    """The signer a notice prints under its date, as many builders close: the day, then their
    name on the block's last line ("2025年2月11日" / "某某新材料有限公司"). Every line under the
    date must be a body's name, else the date is not the signature's."""
    below = range(date_line + 1, last + 1)
    if not below or len(below) > SIGNER_UNDER_DATE_LINES:
        return []
    found: list[Signer] = []
    for i in below:
        text = lines.text(i).strip()
        named = org_name(text) if text else None
        if named is None:
            return []
        start = lines.page.line_bounds(i)[0] + lines.page.line(i).index(text)
        found.append(Signer(named[0], named[1], start, start + len(text)))
    return found


def _dated_own_period(seg: Segment, text: str) -> bool:
    """Tell whether a short call for comments with no signer's name under it still closes as a
    notice does: a date on its last line and its own period printed from a first to a last day
    ("征求意见时间自2024年3月1日至3月31日止" … "2024年3月1日"), the body naming who calls."""
    if seg.date_line is None:
        return False
    found = find_window(text)
    return found is not None and "starts_on" in found.value and "ends_on" in found.value


#: Views handed to the body that speaks ("利害关系人可以书面等法定形式向我局进行陈述、申辩"):
#: the body putting the matter up, in its own voice; news names the body in the third person.
_TO_THE_SPEAKER = re.compile(
    r"向[我本](?:局|分局|厅|委|办|部|府|中心|单位)[^。；;\n]{0,20}?"
    r"(?:提出|提交|反映|反馈|陈述|申辩|寄送)"
)


def _own_period_and_address(text: str) -> bool:
    """Tell whether a short call for objections copied without its title and signature (a web
    page's body alone, its footer after it) still does what a notice does: it prints its own
    period from a first to a last day ("公示日期为2025年1月21日至2月8日") and where to send
    objections (a number, an e-mail address, or the body speaking itself: "向我局…陈述"). News
    reports a period; it does not give the address to write to within it."""
    if _PRINTED_CONTACT.search(text) is None and _TO_THE_SPEAKER.search(text) is None:
        return False
    found = find_window(text)
    return found is not None and "starts_on" in found.value and "ends_on" in found.value


#: A notice's own title ("关于…的公告") set on lines of its own inside a news repost's block.
_QUOTED_TITLE = re.compile(r"(?:公告|公示|通告)$")


def _quoted_notice(lines: Lines, titles: dict[int, Title], first: int, last: int) -> int | None:
    """The first line of a notice a news repost prints whole inside its block: a title on lines
    of its own below the repost's opening, with a signature under it (a body's name on its line,
    the date on the next), as the issuer signed it. Of several such lines the one nearest the
    signature is the notice's ("日前某某局发布公告" above it is the repost's lead)."""
    found = None
    for head in range(first + 1, last):
        title = titles.get(head)
        if title is None or title.first != head or not _QUOTED_TITLE.search(title.text):
            continue
        if any(
            _date_line(lines.text(i)) and org_name(lines.text(i - 1).strip())
            for i in range(title.last + 2, last + 1)
        ):
            found = head
    return found


#: A signature run into the block's last line: "…提出意见。 XX有限公司 2024年5月8日", or
#: right after the last contact a flattened web table printed before it ("传真：0519-8000000
#: XX局 2021年8月17日"), a phone's last digit or an e-mail's domain ("邮箱：ab@163.com XX有限
#: 公司 2010年3月27日"); the date may keep its label ("…意见。 建设单位：XX局 日期：2021.10.28").
RUN_IN_SIGNATURE = re.compile(
    rf"(?:[。；;!！?？]\s*(?P<org>(?:(?!{DATE_LABEL_WORDS})[^。；;!！?？\s]){{2,48}})|"
    rf"(?<=[\dA-Za-z])\s*(?P<after>[\u4e00-\u9fff]{{2,30}}))"
    # (a scraped page may close the line with its table cell's bar: "…某某县人民政府
    # 2019年4月24日 |")
    rf"\s*(?:{DATE_LABEL_WORDS}\s*)?(?P<date>{date_pattern('d')})\s*[|｜]?\s*$"
)


#: How wide a block's signature date line may be: the issuer and the date, maybe with the
#: attachments' list a web copy runs onto it ("某某公司 2020年10月14日 附件：某某工程环境影响
#: 报告公众意见表").
SIGNATURE_DATE_WIDTH = 40
ATTACHED_LINE_WIDTH = 200


#: The page's next field, the item's name, that a web copy ran onto the signature's date line:
#: "二〇一六年 十一月二十一日 项目名称：某某中心".
_NAME_FIELD_TAIL = re.compile(r"(?<=[日号])[ \u3000]*(?:项目|工程)名称[：:][^\n]{1,40}$")


def _date_line(text: str) -> re.Match[str] | None:
    """Match a block's signature date line: a date, maybe after its issuer, maybe before the
    attachments (or the page's next field) run onto it."""
    if "名称" in text:
        text = _NAME_FIELD_TAIL.sub("", text)
    if len(text) > SIGNATURE_DATE_WIDTH and (
        len(text) > ATTACHED_LINE_WIDTH or "附件" not in text[: SIGNATURE_DATE_WIDTH + 4]
    ):
        return None
    m = DATE_LINE.match(text)
    return m if m and m.end("date") <= SIGNATURE_DATE_WIDTH else None


def _run_in_signature(lines: Lines, seg: Segment) -> None:
    last = seg.last
    while last > seg.first and not _WORDISH_LINE.search(lines.text(last)):
        last -= 1  # a web table's closing rule ("|") under the text
    m = RUN_IN_SIGNATURE.search(lines.text(last))
    org = (m.group("org") or m.group("after")) if m else None
    named = org_name(org) if org else None
    if named is None and org and (code := _AFTER_CODE.search(org)):
        org = code.group("org")  # "…报告提取码：ab3d某某医院 2024年3月28日"
        named = org_name(org)
    if org is None or named is None:
        return
    line = lines.page.line(last)
    if org not in line:
        return
    start = lines.page.line_bounds(last)[0] + line.index(org)
    seg.signers = [Signer(named[0], named[1], start, start + len(org))]
    seg.date_line = seg.sign_first = last
    seg.signed_inside = True


_WORDISH_LINE = re.compile(r"[0-9A-Za-z\u4e00-\u9fff]")


#: The head of a signature date a copy was cut in ("二O", "二〇二", "2024年"): a year begun,
#: no day; only under a signer, below the body's "特此公告".
_CUT_DATE_HEAD = re.compile(r"^(?:[二][〇OoО零○]?[〇OoО零○一二三四五六七八九]{0,2}|\d{2,4})年?$")


def _signed_date_cut(lines: Lines, seg: Segment, below: bool = False) -> None:
    """Sign a notice whose copy was cut inside its signature date: "特此公告" over the signer's
    name over the first characters of the date ("二O"); ``below``: the body ends at the
    closing, the two lines under it not yet the notice's."""
    last = seg.last + 2 if below else seg.last
    if (
        last - 2 < seg.first
        or last >= lines.count
        or any(lines.blank(i) for i in range(last - 2, last + 1))
        or not _CUT_DATE_HEAD.match(lines.text(last).strip())
    ):
        return
    name, above = lines.text(last - 1).strip(), lines.text(last - 2)
    named = org_name(name) if name else None
    if named is None or not CLOSING.search(above):
        return
    line = lines.page.line(last - 1)
    if name not in line:
        return
    start = lines.page.line_bounds(last - 1)[0] + line.index(name)
    seg.signers = [Signer(named[0], named[1], start, start + len(name))]
    seg.sign_first, seg.date_line, seg.last = last - 1, last, last


#: A signature run on after an access code or a link that ends the text ("…验收报告提取码：
#: ab3d 某某医院 2024年3月28日"; the page's text drops the space between Latin and Chinese).
_AFTER_CODE = re.compile(r"[A-Za-z0-9](?P<org>[\u4e00-\u9fff]{2,30})$")


def _up_to_title(lines: Lines, first: int, floor: int, titles: dict[int, Title]) -> int:
    """Extend a body start up to a title above it when nothing between reads like news.

    A title above and a signature below bracket one notice, so short neutral paragraphs
    between them ("建设内容：…") belong to it.
    """
    if first <= floor or _salutation(lines.text(first)):
        return first  # (a letter opens on its salutation: the title above is another item's)
    for n, (top, bottom) in enumerate(walk(lines, first - 1, -1, max(floor, first - 60))):
        title = titles.get(bottom)
        if title is not None:
            if n > 0 and title.last == bottom:
                return lines.next(title.last) or first
            return first
        if n >= MAX_BRACKET_PARAGRAPHS or para_class(lines.joined(top, bottom)) == "news":
            return first
    return first


def _unsigned(
    lines: Lines,
    titles: dict[int, Title],
    segments: list[Segment],
    starts: frozenset[int] = frozenset(),
) -> list[Segment]:
    """Return notices that have a title and a block of notice text but no signature (none
    running across the start of another item, on a paste whose items are told by them)."""
    taken: set[int] = set()
    for seg in segments:
        taken.update(range(seg.first, seg.last + 1))
    stops = set(titles) | taken
    # (a body grows down to the next item's start, and up to its own item's start: a title
    # that starts an item may be the one printed after the body above it)
    ends = {+1: set(starts), -1: {i - 1 for i in starts}}
    heads = {seg.first for seg in segments}
    found: list[Segment] = []
    for title in {id(t): t for t in titles.values()}.values():
        own = range(title.first, title.last + 1)
        if any(i in taken for i in own):
            continue
        best: tuple[int, int, int] | None = None
        for step in (1, -1):
            edge = title.last + 1 if step > 0 else title.first - 1
            limit = lines.count - 1 if step > 0 else 0
            outer = grow(lines, edge, limit, stops | (ends[step] - {title.first - 1}), step, own)
            if outer is None:
                continue
            lo, hi = (edge, outer) if step > 0 else (outer, edge)
            score = sum(para_score(lines.joined(a, b))[0] for a, b in paragraphs(lines, lo, hi))
            if score >= UNSIGNED_MIN_EVIDENCE and (best is None or score > best[0]):
                best = (score, lo, hi)
        if (
            best is not None
            and best[2] < title.first
            and lines.next(title.last) in heads
            and _DISCLOSURE.search(lines.joined(best[1], best[2]))
        ):
            # a listed company's header (证券代码…公告编号), with a web listing line above it,
            # printed over the title of a signed announcement: the head of that announcement
            continue
        if best is not None:
            lo = best[1] if not lines.blank(best[1]) else lines.next(best[1]) or best[1]
            seg = Segment(lo, best[2])
            if best[1] > title.last:
                _run_in_signature(lines, seg)  # a body under its title may end signed
            if (
                best[1] > title.last
                and seg.date_line is None
                and not taken & {best[2] + 1, best[2] + 2}
            ):
                _signed_date_cut(lines, seg, below=True)
            found.append(seg)
            taken.update(range(lo, seg.last + 1))
            stops.update(range(lo, seg.last + 1))
    return found


#: An inspection group's reporting window as a news report prints it: the period it sits,
#: and a phone or a mailbox for reports ("进驻期间（…至…）设立专门值班电话：…").
_WINDOW_PERIOD = re.compile(
    rf"(?:{date_pattern('w')}|\d{{1,2}}月\d{{1,2}}日)(?:[^。；\n]{{0,4}}?(?:至|到|—|–|-|~|～)|"
    # (the dash lost between the two days: "2023年11月21日12月21日")
    r"(?<=日)(?=\d{1,2}月\d{1,2}日))"
)
#: ... or, its days not printed, a numbered group and how long it sits: "中央第三环境保护督察组
#: 督察进驻时间约1个月" (the report of its arrival, with its number to call below).
_NUMBERED_GROUP_STAY = re.compile(
    r"第[一二三四五六七八九十\d]{1,3}(?:生态)?环(?:境)?保(?:护)?督察组[^。\n]{0,6}?"
    r"进驻(?:督察)?时间(?:约|为)?\d{1,2}(?:个月|天)"
)
_WINDOW_REACH = re.compile(
    r"(?:值班|举报|信访)电话|邮政(?:专用)?信箱|"
    # a service hotline named as such: "可通过“12369”电话进行投诉举报", "拨打12369环保热线"
    r"(?<!\d)123\d{2}[”\"]?[\u4e00-\u9fff]{0,6}?(?:电话|热线)"
)
#: What a report must print for the public to use the window: a number to call or a mailbox's
#: number ("上海市A05209号邮政信箱"). A report that only says a group "设立专门值班电话和专门
#: 邮政信箱" leaves the reader nothing to respond to: news, not the group's notice. (A Party
#: inspection's last day for reports, "受理信访时间截止到…", is read as before.)
_WINDOW_NUMBER = re.compile(
    r"(?<!\d)(?:1[3-9]\d(?:[- ]?\d{4}){2}|0\d{2,3}\s?[-—－–]{0,2}\s?\d{7,8}|\d{7,8}|123\d{2})"
    r"(?!\d)|"
    r"[A-Za-z]?\d{1,6}[-—]?\d{0,3}号?(?:邮政)?(?:专用)?(?:信箱|邮箱)|@[\w-]+\."
)
#: Paragraphs of the report above the window (the group named, its arrival) read with it.
REPORT_PARAGRAPHS = 3
#: A Party inspection group's own number to report to, as a report lists it ("省委第一巡视组
#: 巡视某某市。举报电话：13700000000"): its rounds are announced by month ("9月至11月下旬"), so
#: the number, not a dated period, is what the reader can use.
_PARTY_REACH = re.compile(
    r"(?:举报|信访|值班)电话[：:]?\s?"
    r"(?:1[3-9]\d(?:[- ]?\d{4}){2}|0\d{2,3}\s?[-—－–]{1,2}\s?\d{7,8})(?!\d)"
)


def _party_window(text: str) -> bool:
    """A Party inspection's reporting window in a report: its last day for reports, or a
    group's printed phone for them."""
    return bool(
        DISCIPLINE_INSPECTION.search(text)
        and (REPORTS_UNTIL.search(text) or _PARTY_REACH.search(text))
    )


def _reported_windows(
    lines: Lines, titles: dict[int, Title], segments: list[Segment]
) -> list[Segment]:
    """Return inspection windows printed inside news reports (本报讯…): a paragraph naming an
    inspection group's reporting period and phone or mailbox, or a Party inspection group's
    last day for reports ("受理信访时间截止到2023年2月20日"), read with the report's paragraphs
    above it up to its headline. Found nowhere else, since news words stop a body."""
    taken: set[int] = set()
    for seg in segments:
        taken.update(range(seg.first, seg.last + 1))
    found: list[Segment] = []
    for first, last in paragraphs(lines, 0, lines.count - 1):
        if any(i in taken for i in range(first, last + 1)):
            continue
        text = lines.joined(first, last)
        boxed = False
        if not (
            INSPECTION.search(text)
            and (_WINDOW_PERIOD.search(text) or _NUMBERED_GROUP_STAY.search(text))
            and _WINDOW_REACH.search(text)
        ) and not _party_window(text):
            grown = _labelled_window(lines, first, last, taken)
            if grown is None:
                continue
            (first, last), boxed = grown, True
            text = lines.joined(first, last)
        top = first
        for n, (above, below) in enumerate(
            walk(lines, first - 1, -1, max(0, first - 40)) if not boxed else ()
        ):
            if n >= REPORT_PARAGRAPHS or any(
                i in taken or i in titles for i in range(above, below + 1)
            ):
                break
            top = above
            if lines.headline(below) or (above > 0 and lines.blank(above - 1)):
                break
        if not _REACH.search(text):  # the numbers listed below the report ("举报方式：…")
            for below_first, below_last in walk(
                lines, last + 1, 1, min(lines.count - 1, last + 20)
            ):
                if lines.blank(below_first - 1) or any(
                    i in taken for i in range(below_first, below_last + 1)
                ):
                    break
                last = below_last
        if (
            not boxed
            and not _WINDOW_NUMBER.search(lines.joined(top, last))
            and not _party_window(text)
        ):
            continue
        found.append(Segment(top, last))
        taken.update(range(top, last + 1))
    return found


#: A group's window as a listing prints it, one labelled line each ("中央第一环境保护督察组 /
#: 进驻时间：2018年5月31日—6月30日 / 值班电话：0311—87801028 / 专门信箱：…"): the lines of
#: one block around the period line, the group's name among the few above it.
LISTING_LINES_ABOVE = 2
LISTING_LINES_BELOW = 4


def _labelled_window(
    lines: Lines, first: int, last: int, taken: set[int]
) -> tuple[int, int] | None:
    """Return the lines of a group's window printed as a labelled listing around the period
    line ``first..last``, or None when the lines around it do not name a group and a reach."""
    if first != last or not _WINDOW_PERIOD.search(lines.text(first)):
        return None
    top = bottom = first
    for _ in range(LISTING_LINES_ABOVE):
        above = top - 1
        if above < 0 or lines.blank(above) or above in taken or width(lines.text(above)) > 30:
            break
        top = above
    for _ in range(LISTING_LINES_BELOW):
        below = bottom + 1
        if below >= lines.count or lines.blank(below) or below in taken:
            break
        bottom = below
    text = lines.joined(top, bottom)
    if (
        INSPECTION.search(text)
        and _WINDOW_REACH.search(text)
        and (_REACH.search(text) or _MAILBOX.search(text))
    ):
        return top, bottom
    return None


#: A numbered mailbox to write reports to ("专门邮政信箱：某某市A119号邮箱"): a way to respond,
#: though the phone beside it is cut off.
_MAILBOX = re.compile(r"邮政(?:专用)?信箱[：:]?[^。；\n]{0,20}?[A-Za-z]?\d{1,6}号")


#: Attachment lines that may stand between a notice's signature and its title set after it.
MAX_ATTACHMENTS_OVER_TITLE = 3


def _attach_titles(lines: Lines, segments: list[Segment], titles: dict[int, Title]) -> None:
    """Give each notice its title: all before their bodies or all after, whichever reads better.

    The OCR of one page reads notice boxes the same way, so one orientation is chosen per page
    by how well each title fits the body it would get (the kind it names, shared names).
    """
    for seg in segments:
        above = lines.prev(seg.first)
        if above is not None and above in titles and titles[above].last == above:
            seg.before = titles[above]
        below = lines.next(seg.last)
        # (a web copy lists the attachments under the date, over a title set after the body:
        # "附件：….pdf" lines between the signature and that title)
        for _ in range(MAX_ATTACHMENTS_OVER_TITLE):
            if below is None or below in titles or not ATTACHMENT_LINE.search(lines.text(below)):
                break
            below = lines.next(below)
        if (
            below is not None
            and below in titles
            and titles[below].first == below
            and not _heads_own_lines(lines, titles[below], seg, segments)
        ):
            seg.after = titles[below]
        if seg.after is None and seg.before is None and seg.first in titles:
            seg.before = titles[seg.first]

    def fit(title: Title | None, seg: Segment) -> float:
        if title is None:
            return 0.0
        return 1.0 + title_fit(title.text, lines.joined(seg.first, seg.last))

    after = sum(fit(s.after, s) for s in segments)
    before = sum(fit(s.before, s) for s in segments)
    order = ("after", "before") if after >= before else ("before", "after")
    used: set[int] = set()
    for n, attr in enumerate(order):
        for seg in segments:
            title = getattr(seg, attr)
            if seg.title is not None or title is None or id(title) in used:
                continue
            if n == 1 and fit(title, seg) < 1.0:  # the other side only when it clearly fits
                continue
            seg.title = title
            used.add(id(title))


def _heads_own_lines(lines: Lines, title: Title, seg: Segment, segments: list[Segment]) -> bool:
    """Tell whether a title under a body heads the lines run on under it, no notice's yet (a web
    copy's next item, its title over its numbered fields: "某某工程环境影响报告表拟批复公示 /
    1、项目名称：…"), and fits them better than the body above it."""
    top = title.last + 1
    if top >= lines.count or lines.blank(top) or any(s.first <= top <= s.last for s in segments):
        return False
    end = top
    while (
        end + 1 < lines.count
        and not lines.blank(end + 1)
        and not any(s.first <= end + 1 <= s.last for s in segments)
    ):
        end += 1
    own = title_fit(title.text, lines.joined(top, end))
    return own > title_fit(title.text, lines.joined(seg.first, seg.last))


_GENERIC = re.compile(
    r"环境影响评价|环境影响|建设项目|有限公司|有限责任公司|公司|项目|公告|公示|信息公开|第[一二三]次|"
    r"清算|注销|减资|合并|分立|简易|报告书|征求意见稿|内蒙古自治区|内蒙古|自治区"
)


def _family(kind: str) -> str:
    if kind.startswith("eia"):
        return "eia"
    return "company" if kind in COMPANY_KINDS else kind


def title_fit(title: str, body: str) -> float:
    """Score how well a title fits a body: the kind it names and the names they share."""
    score = 0.0
    kind, eia = title_kind(title)
    body_kind, _ = classify(None, body)
    if kind is not None:
        if kind == body_kind:
            score += 2.0
        elif _family(kind) == _family(body_kind):
            score += 0.5
        elif body_kind != "other":
            score -= 3.0
    elif eia:
        score += 1.0 if EIA_CONTEXT.search(body) else -3.0
    shared = 0
    for part in _GENERIC.sub("|", title).split("|"):
        for size in range(min(len(part), 12), 3, -1):
            if any(part[k : k + size] in body for k in range(len(part) - size + 1)):
                shared = max(shared, size)
                break
    return score + min(shared / 4, 2.0)
