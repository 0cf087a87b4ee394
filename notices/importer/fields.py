"""Read the fields of one notice found on a page, each with a confidence and its input span."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from .contacts import find_contact
from .dates import DATE_LINE, date_pattern, find_dates, glued_date, make_date, match_date
from .kinds import (
    ACCEPTANCE_DECISION_PROPOSED,
    BANKRUPTCY,
    COMPANY_KINDS,
    COMPLETION,
    COMPLETION_PUBLICITY,
    DISCIPLINE_INSPECTION,
    EIA_KINDS,
    LAND_TAKING,
    SOIL_SURVEY,
    SOLICITATION,
    classify,
    puts_up_post_assessment,
    title_kind,
)
from .links import find_links
from .model import FIELD_NAMES, MISSING, Extracted, Proposal
from .parties import (
    BRACKETED_COMPANY_PROJECT,
    COMPANY,
    COMPANY_PROJECT_COMMISSIONED,
    CONTACT_HEAD,
    LIST_HEADING,
    PROJECT_LINE,
    ROW_NUMBER,
    TITLE_COMPANY,
    TITLE_ISSUER,
    TITLE_LED_BY_ORG,
    acting_body,
    authority,
    builder,
    clean_org,
    convener,
    dissolution,
    fuller_reading,
    group_formed,
    inspector,
    introduced_company,
    issuer_from_signature,
    project_from_body,
    project_from_title,
    proposing_zone,
    publisher,
    self_named_company,
    subject_company,
)
from .segment import (
    ATTACHMENT_LINE,
    BRACKETED_CONTACT_LINE,
    NEWS,
    ORG_SUFFIX,
    PUTS_ITSELF_UP,
    RUN_IN_SIGNATURE,
    TITLE_LINE,
    TITLE_SUFFIX,
    Segment,
    not_a_notice,
    org_name,
    para_score,
)
from .tables import spaced_row_builder, table_rows
from .text import FOLD, NAV_LINK, PINYIN, Derived, Page
from .windows import find_window

#: Notices an environmental authority issues, often for several projects in a table.
AUTHORITY_KINDS = frozenset({"eia_acceptance", "eia_pre_approval", "eia_decision"})

#: Notice evidence a body needs (two notice words); a titled and signed notice needs less.
MIN_EVIDENCE = 4
MIN_EVIDENCE_SIGNED = 2
#: A round of inspections reported together: "各督察组", "7个中央生态环境保护督察组".
_ROUNDUP = re.compile(
    r"各督察组|[\d一二三四五六七八九十]+个(?:中央|省级?)?(?:生态)?环(?:境)?保(?:护)?督察组"
)
#: ... which still gives a numbered group's own number to call ("受理举报方式如下：省第五生态环境
#: 保护督察组专门邮政信箱：…；专门值班电话：0898-…"): that group's notice, printed in the report.
_GROUP_NUMBER = re.compile(
    r"第[一二三四五六七八九十\d]{1,3}(?:生态)?环(?:境)?保(?:护)?督察组[^。\n]{0,60}?"
    r"(?:值班|举报|信访)电话[：:为]?\s*[（(]?\d{3,}|"
    # ... or in the next sentence, the template's "根据安排，中央第二生态环境保护督察组督察进驻时间
    # 为1个月。进驻期间(…至…)设立专门值班电话：0351-…" (a round's news that carries one group's)
    r"第[一二三四五六七八九十\d]{1,3}(?:生态)?环(?:境)?保(?:护)?督察组[^。\n]{0,30}。\s*"
    r"(?:督察)?进驻期间[^。\n]{0,50}?(?:值班|举报|信访)电话[：:为]?\s*[（(]?\d{3,}|"
    # ... or each inspected place's own line to call, a line each ("某某区督察举报电话：…")
    r"(?:^|\n)[\u4e00-\u9fff]{1,8}[市区县州盟旗]督察(?:值班|举报|信访)电话[：:]\s*[（(]?\d{3,}"
)


def _byline(text: str) -> bool:
    """Tell whether a text has a news dateline or byline (本报讯, 记者, 新华社)."""
    return any(m.group("w5") or m.group("w3") for m in NEWS.finditer(text))


def _printed_line(page: Page, i: int) -> str:
    """Return line ``i`` as the page prints it (its spaces kept), stripped."""
    start, end = page.raw_span(*page.line_bounds(i))
    return page.raw[start:end].strip()


def _any_contact(notice: Notice) -> bool:
    return bool(find_contact(_site_furniture_masked(notice.content)))


#: A text that says it is published to the public now: "向公众发布公告，内容如下", "特向社会公众
#: 公示如下" (news says someone else did: "某某公司日前向公众发布了公告").
_TO_THE_PUBLIC = re.compile(
    r"(?:现|特|拟)?向(?:社会)?公众(?:发布|公布|公开|公示|公告)(?!了)[^。；\n]{0,8}?(?:如下|内容如下)"
)


#: Objections asked to the text's own content: "如对上述公示内容有异议", "对本公示有异议的".
_OBJECTION_TO_ITSELF = re.compile(
    r"(?:如|若)?对(?:上述|以上|本次?)(?:公示|公告)(?:内容|事项|信息)?(?:有|存在)异议"
)
#: A notice's own title run into its first sentence, as a copy flattened to one line prints it
#: ("关于开展某某市2021年渔业增殖放流活动的公示 我局定于…"): the title names the text a notice,
#: a space parting it from the body that follows.
_RUN_IN_NOTICE_TITLE = re.compile(
    r"^关于[^，,。；;\n]{4,60}?的(?:公示|公告)[ \u3000]+(?=[\u4e00-\u9fff])"
)
#: A report or its information put up now by the text itself: "现将《某某地块土壤污染状况调查
#: 报告》进行信息公示", "现将有关信息进行如下公示".
_PUT_UP_NOW = re.compile(r"现将[^。；\n]{0,80}?(?:进行|予以)[^。；\n]{0,6}?(?:公示|公开)")


#: A company notice is for creditors: it names them, debts or claims; or it is a reduction to
#: cover losses (Company Law art. 225), announced though creditors have no claim window.
_CREDITORS = re.compile(r"债权|债务|清偿|担保|申报|弥补(?:公司)?亏损")
#: A simplified deregistration's publicity speaks to creditors and other interested parties by
#: asking for objections within its period, not claims (公司法 art. 240: "公告期限届满后，未有
#: 异议的"): "如有异议，请于公告期内提出", "可通过公示系统提出异议" (not a period recounted as
#: passed without any: "公告期内无人提出异议").
_OBJECTIONS_CALLED = re.compile(
    r"(?:如|若)[^。；\n]{0,20}?有异议|(?<![无未没])(?:可|可以|请)[^。；\n]{0,30}?提出异议"
)
#: A document cited by its title: "于2021年12月31日发布《关于…暨通知债权人的公告》" names a
#: creditor notice published before; the citing text tells creditors nothing itself.
_CITED_TITLE = re.compile(r"《[^《》\n]{0,80}》")
_NAMES_NOTICE = re.compile(TITLE_SUFFIX + r"(?:[（(][^）)]*[）)])?$")
#: A title that is the creditor notice's own name ("某某股份有限公司减资公告", "关于回购注销部分
#: 限制性股票的减资公告", "某某有限公司清算公告"): the copy is that notice even when it is cut
#: before its sentence to creditors.
_CREDITOR_NOTICE_NAME = re.compile(r"(?:减资|清算)的?公告$")
#: A shareholder's announcement that it reduces its stake's capital in another company ("某某
#: 股份有限公司关于对某某轮渡运输有限公司第二次减资的公告", "关于向全资子公司减资的公告"): a
#: listed parent's disclosure, not the creditor notice, which the reduced company prints.
_REDUCES_ANOTHER = re.compile(r"关于(?:对|向)[^，。；\n]{2,40}?公司[^，。；\n]{0,6}?减资")
#: A company's announcement that a cancellation or reduction was carried out ("关于回购A股股份
#: 注销实施公告", "关于部分限制性股票回购注销完成的公告", "回购股份实施结果暨股份变动公告"): the
#: creditors' period it recounts was the earlier notice's, not one it opens.
_CARRIED_OUT = re.compile(
    r"(?:注销|减资|减少注册资本|回购)[^，。；\n]{0,20}?(?:实施|完成)(?:结果)?"
    r"(?:的|暨[^，。；\n]{0,20})?公告$"
)
#: A ministry's or bureau's announcement that issues rules or a standard ("关于发布《建设项目…
#: 编制要求》的公告", "关于印发《…办法》的通知"): a regulation, no one's notice to answer (unless it
#: asks for comments on a draft, and then it prints a period).
_ISSUES_RULES = re.compile(r"^关于(?:发布|印发|颁布|公布)《[^《》]+》的(?:公告|通知)$")


def _tells_creditors(title: str | None, content: str) -> bool:
    """Tell whether a company's text speaks to its creditors: it names claims, debts, security
    or declaring (not only in a document it cites), or its title is the creditor notice's own
    name (a 减资公告 cut before its sentence to creditors)."""
    if title and _CREDITOR_NOTICE_NAME.search(title) and not _REDUCES_ANOTHER.search(title):
        return True
    return _CREDITORS.search(_CITED_TITLE.sub("", f"{title or ''}{content}")) is not None


def _carried_out(title: str | None) -> bool:
    """Tell whether a title announces a cancellation or reduction carried out, not a call to
    creditors (a title that names its creditors is their notice)."""
    return bool(title) and "债权人" not in title and _CARRIED_OUT.search(title) is not None


def _court_claims(text: str) -> bool:
    """Tell whether a text is a bankruptcy manager's call for claims (a 债权申报指引 or 须知 has
    no 公告 in its title): a bankruptcy case and creditors told to declare claims."""
    return BANKRUPTCY.search(text) is not None and _CLAIMS_CALL.search(text) is not None


_CLAIMS_CALL = re.compile(
    r"(?:应当?|请)[^。；\n]{0,30}(?:申报债权|完成债权申报)|"
    # by a day, in the same sentence, after the manager's address or the guide to follow
    r"(?:应当?|请)于[^。]{0,400}?申报债权"
)


@dataclass(frozen=True)
class Notice:
    """One notice's text: its rejoined body and title, and where they sit on the page."""

    page: Page
    seg: Segment
    body: Derived
    title: str | None

    @property
    def content(self) -> str:
        return self.body.text

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Return the input span of ``body.text[start:end]``."""
        return self.body.raw_span(start, end)

    def line_span(self, first: int, last: int) -> tuple[int, int]:
        """Return the input span of page lines ``first..last`` without edge whitespace."""
        text = self.page.text
        start = self.page.line_bounds(first)[0]
        end = self.page.line_bounds(last)[1]
        while end > start and text[end - 1] in " \n":
            end -= 1
        while start < end and text[start] == " ":
            start += 1
        return self.page.raw_span(start, end)


#: The fields that tie a proposal to a notice someone published: a title, a party, a day, a
#: contact or a link (a window's rule alone, "公告期为20天", ties it to nothing).
_TRACEABLE = ("title", "issuer", "subject", "published_on", "contact", "links", "projects")


#: The opening of an acceptance group's opinion: "经认真讨论，形成验收意见如下：", "提出意见如下：".
_ACCEPTANCE_OPINION = re.compile(r"(?:提出|形成)(?:以下|如下)?(?:验收)?意见(?:如下)?[：:]")
#: An account of the acceptance review held ("于2019年3月28日…组织成立专家小组…进行竣工环境保护
#: 验收评审", "召开了…竣工环境保护验收会议"): news of a step taken, which puts nothing up by itself.
_ACCEPTANCE_REVIEWED = re.compile(r"(?:进行|召开了?|组织)[^。；\n]{0,40}?验收(?:评审|会议?|检查)")
#: A title naming a completion acceptance's publicity ("某某中心项目竣工环境保护自主验收公示",
#: "…竣工环保验收信息公开"): the builder's notice that puts the acceptance up.
_ACCEPTANCE_PUBLICITY_TITLE = re.compile(
    r"竣工[^，。；\n]{0,10}?验收[^，。；\n]{0,8}?(?:公示|公开|公告)$"
)
#: A notice's own closing formula ("…对项目环保设施进行调试，特此公示。"), or the sentence
#: that sets out what it puts up ("…并征求公众意见，具体公示内容如下：", where a re-poster
#: masked the rest of the sentence and every name): an explainer lists steps and quotes
#: articles, it does not put anything up itself.
_PUT_UP_HERE = re.compile(r"特此(?:公示|公告)|具体公示内容如下")
#: The office an authority's notice gives as the one to contact, by its label ("联系单位：某某
#: 经济技术开发区行政审批局"), and a web page's source label before a name ("来源：…").
_CONTACT_OFFICE = re.compile(
    r"联系单位\s*[：:]\s*(?P<org>[\u4e00-\u9fff（）()]{2,40}?(?:局|厅|委员会|管委会))"
    r"(?=[\s，,。；;|]|$)"
)
_SOURCE_LABEL = re.compile(r"(?:来源|来自)\s*[：:]\s*$")
#: An authority speaking of the decision it is about to make on the files it lists ("经审议，
#: 我局拟对上述建设项目环境影响评价文件作出审批意见"): its own pre-approval notice, however
#: short a re-poster's copy cut it (no explainer or report speaks as 我局 of its next step).
_SPEAKS_OF_ITS_DECISION = re.compile(
    r"我(?:局|委|厅|区|办)拟对[^。；;\n]{0,60}?(?:作出|做出)(?:审批|批复|批准)"
)
#: Any word of putting something before the public: a completion text without one (and without
#: a period) is the acceptance report itself, as a document site previews its cover ("…竣工环境
#: 保护验收监测报告表 建设单位：… 编制单位：… 填表人：… 电话：…"), not its publicity.
_PUTS_BEFORE_PUBLIC = re.compile(r"公示|公开|公告|公布|告知")
#: A shared document's file name opening a line (maybe with the site's page number, "….doc_第1
#: 页") or in the site's brackets ("《….doc》由会员分享"): the file's label, whose 公示 puts
#: nothing before the public (an attachment line, "附件：….pdf", is the notice's own).
_FILE_NAME = re.compile(
    # (the site's remark on it kept inside the brackets: "《….doc（21页珍藏版）》")
    r"《[^《》\n]{1,120}?\.(?:docx?|pdf|wps|pptx?|xlsx?)(?:[（(][^《》()（）\n]{0,12}[)）])?》|"
    # (from the line's start or a sentence's end: a copy's short lines run into one another)
    r"(?:^|(?<=[。；;！？]))(?![ \t]*附件)[^\n。；;！？，,]{1,120}?"
    r"\.(?:docx?|pdf|wps|pptx?|xlsx?)(?![A-Za-z])(?:_第\d{1,4}页)?",
    re.M | re.I,
)


def _puts_before_public(text: str) -> bool:
    """Tell whether ``text`` has a word of putting something before the public outside the names
    of shared files (cheap test first: a text without a file's dot is read as it is)."""
    if "." in text:
        text = _FILE_NAME.sub("", text)
    return _PUTS_BEFORE_PUBLIC.search(text) is not None


#: An assessment's report named ("环境影响报告表", "环境影响报告书"), and views asked of anyone.
_EIA_REPORT = re.compile(r"环境影响(?:评价)?报告[表书]")
#: A listed company's disclosure header ("证券代码：000000 证券简称：某某 公告编号：…"): of its
#: announcements (a guarantee given, a board's resolution, results) only a creditor notice, of a
#: company kind, or one that sets a period is a notice to track.
_LISTED_DISCLOSURE = re.compile(r"证券代码[：:]?\s*\d{6}.{0,30}?公告编号")
_VIEWS_ASKED = re.compile(r"征求|意见|建议")
#: A circular addressed to government bodies, its salutation on the first line ("各区发展改革局：",
#: "各县（市、区）生态环境分局、各有关单位："): an order down the hierarchy, put online for
#: information ("公开方式：主动公开"), not a notice the public may answer.
#: (also to the firms it orders to act, and the offices of a town's streets and parks: "各乡镇
#: 人民政府、街道办事处，功能区管委会，各相关企业、服务机构：")
_ADDRESSEE = r"(?:局|委|委员会|办|办公室|办事处|管委会|厅|政府|部门|单位|中心|企业|机构)"
_TO_AGENCIES = re.compile(
    rf"^各[^\n：:，,。；]{{0,16}}?{_ADDRESSEE}"
    rf"(?:[、，,]各?[^\n：:，,。；]{{0,16}}?{_ADDRESSEE})*[：:]"
)
#: Lines of a web page's furniture a circular's salutation may stand under (its title, 成文日期,
#: 发布日期): lines before the first sentence.
SALUTATION_REACH = 6


def _to_agencies(content: str) -> bool:
    """Tell whether the text opens with a salutation to government bodies (or the firms they
    order), maybe under the page's furniture and the circular's own title."""
    for line in content.split("\n")[:SALUTATION_REACH]:
        if _TO_AGENCIES.match(line):
            return True
        if "。" in line:
            return False
    return False


#: An office's standing hours for calls or visits ("来电和来访举报受理时间：10:00—13:30、15:30—
#: 19:30（法定工作日）", "接待时间：工作日上午9:00-11:30"): a service always open, no period.
_STANDING_HOURS = re.compile(
    r"(?:受理|接待|办公|接听)(?:时间|时段)[^。；\n]{0,24}?\d{1,2}[:：]\d{2}"
)
#: Any day printed, in any form: a text with none names no period and no day it was put up.
_ANY_DAY = re.compile(r"(?:19|20)\d{2}\s*[年./-]|\d{1,2}\s*月\s*\d{1,2}\s*日")
_MONTH_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")


#: An entry of a table of contents: a dot leader and a page number ("2.1 公示方式……3").
_CONTENTS_ENTRY = re.compile(r"(?:\.{6,}|…{3,}|·{6,}|．{6,})\s*\d{1,3}")
_CONTENTS_ENTRIES = 3
#: ... or a report's contents a copy flattened, leaders lost, the chapters run together:
#: "目录第一章项目概况11.1项目背景1…第二章环境现状7…" (a report or its summary, no notice).
_CONTENTS_HEAD = re.compile(r"目\s*录\s*第[一1]\s*章")
_CHAPTER = re.compile(r"第([一二三四五六七八九十]{1,2})章")
_CHAPTERS = 3
#: ... or a report form's contents flattened, each section's page number run into the next
#: section's numeral: "一、建设项目基本情况1二、建设项目工程分析10三、区域环境质量现状…18四、…"
_FLAT_CONTENTS_ENTRY = re.compile(
    r"[一二三四五六七八九十]{1,2}、[\u4e00-\u9fff、，,]{2,30}?\d{1,3}(?=[一二三四五六七八九十]{1,2}、)"
)
#: A report's cover, its preparer labelled ("编制单位：某某检测有限公司"): the phones under it
#: are the builder's and the preparer's on the cover, no way to answer a notice.
_REPORT_COVER = re.compile(r"编\s*制\s*单\s*位\s*[：:]")


def _contents(text: str) -> bool:
    """Tell whether a text holds a report's table of contents (with its dot leaders, or
    flattened: its chapters or its numbered sections run together with their page numbers)."""
    return (
        len(_CONTENTS_ENTRY.findall(text)) >= _CONTENTS_ENTRIES
        or len(_FLAT_CONTENTS_ENTRY.findall(text)) >= _CONTENTS_ENTRIES
        or (
            _CONTENTS_HEAD.search(text) is not None
            and len(set(_CHAPTER.findall(text))) >= _CHAPTERS
        )
    )


def _day_besides(text: str, published: dt.date | None) -> bool:
    """Tell whether ``text`` prints a day other than the day it was put up (any day at all
    when that day is not known; a day printed without its year counts as another)."""
    if published is None:
        return _ANY_DAY.search(text) is not None
    days = find_dates(text)
    if any(day != published for day, _, _ in days):
        return True
    return any(
        not any(start <= m.start() < end for _, start, end in days)
        for m in _MONTH_DAY.finditer(text)
    )


def _dated(window: dict[str, Any] | None) -> bool:
    return bool(window and (window.get("starts_on") or window.get("ends_on")))


def propose(page: Page, seg: Segment) -> Proposal | None:
    """Return the proposal for one segment, or None when it does not read as a notice."""
    body = page.rejoin(seg.first, seg.body_last) if seg.body_last >= seg.first else None
    if body is None:
        return None
    notice = Notice(page, seg, body, seg.title.text if seg.title else None)
    evidence, news = para_score(notice.content)
    signed = notice.title is not None and seg.date_line is not None
    # (a copy cut short under its own title naming an EIA notice, "某某电站工程环境影响评价征求
    # 公众意见公告" over the project's outline, is that notice: its title says what it is)
    eia_titled = notice.title is not None and title_kind(notice.title)[1]
    if (
        evidence < (MIN_EVIDENCE_SIGNED if signed or eia_titled else MIN_EVIDENCE)
        or news > evidence
    ):
        return None
    if not_a_notice(notice.content) or not_a_notice(_block_text(page, seg)):
        return None

    fields: dict[str, Extracted] = dict.fromkeys(FIELD_NAMES, MISSING)
    parts: dict[str, Extracted] = {}
    if seg.title:
        fields["title"] = Extracted(
            notice.title, 0.85, notice.line_span(seg.title.first, seg.title.last)
        )
    fields["published_on"] = published_on(notice)
    fields["window"] = window(notice, fields["published_on"].value)
    kind, confidence = classify(notice.title, notice.content, fields["window"].value is not None)
    if kind == "eia_pre_submission" and (
        _over_before(fields["window"].value, fields["published_on"].value)
        or _earlier_round(notice, fields["published_on"].value)
    ):
        # the draft's comment window a pre-submission notice tells of ("征求意见稿已于…至…进行
        # 公示"): that stage was over before this one was put up, and is no window of its own
        fields["window"] = MISSING
    if kind == "other" and not (
        (notice.title and _NAMES_NOTICE.search(notice.title))
        or COMPLETION.search(notice.content)
        # (or a builder's disclosure of its works' completion and commissioning dates, its
        # title run into the body, with whom to write to: "…竣工及调试情况公示时间:…")
        or (COMPLETION_PUBLICITY.search(notice.content) and _any_contact(notice))
        or _court_claims(notice.content)
        # an untitled post-assessment's publicity, put up now by the works' owner
        or (not notice.title and puts_up_post_assessment(notice.content))
        # untitled, or titled as news: a call for comments or sign-ups that sets a window
        or (fields["window"].value is not None and SOLICITATION.search(notice.content))
        # ... or that sets none, but says it is published to the public now and whom to answer
        # ("…的规定，向公众发布公告，内容如下：…可在预案编制期间向我单位提出意见…联系人：…")
        or (
            _TO_THE_PUBLIC.search(notice.content)
            and SOLICITATION.search(notice.content)
            and _any_contact(notice)
        )
        # ... or flattened to one line, its title run into the body ("关于…的公示 我局定于…"),
        # that asks for objections or views and names whom to answer (no period printed)
        or (
            not notice.title
            and _RUN_IN_NOTICE_TITLE.match(_printed_line(page, seg.first))
            and SOLICITATION.search(notice.content)
            and _any_contact(notice)
        )
        # ... or that asks for objections to what it puts up ("公示期间，如对上述公示内容有
        # 异议，请以书面形式反馈") and names whom to answer, its period lost from the copy
        or (_OBJECTION_TO_ITSELF.search(notice.content) and _any_contact(notice))
        # a soil survey's results put up for objections for a period, or put up now with whom
        # to answer, the period not printed (the survey rules set none)
        or (
            SOIL_SURVEY.search(notice.content)
            and (
                fields["window"].value is not None
                or (_PUT_UP_NOW.search(notice.content) and _any_contact(notice))
            )
        )
        # a land acquisition's pre-announcement or compensation scheme with its period
        or (fields["window"].value is not None and LAND_TAKING.search(notice.content))
        # a Party inspection group's reporting window, or its ways to report when the period
        # it sits is not a date to count to ("2019年8月19日开始至9月底"): a number, a mailbox
        or (
            DISCIPLINE_INSPECTION.search(notice.content)
            and (fields["window"].value is not None or _any_contact(notice))
        )
    ):
        return None
    if (
        fields["window"].value is None
        and (
            _ACCEPTANCE_OPINION.search(notice.content)
            or _ACCEPTANCE_REVIEWED.search(notice.content)
        )
        and COMPLETION.search(notice.content)
        and not COMPLETION_PUBLICITY.search(notice.content)
        and not _any_contact(notice)
        # (under its own title naming the acceptance's publicity, "…竣工环境保护自主验收公示",
        # it is that publicity, cut by the copy at its account of the meeting)
        and not (notice.title and _ACCEPTANCE_PUBLICITY_TITLE.search(notice.title))
    ):
        # an acceptance group's opinion ("…形成验收意见如下：") copied without the publicity
        # that puts it up: no period, no one to write to, nothing put up
        return None
    if (
        kind == "other"
        and fields["window"].value is None
        and COMPLETION.search(notice.content)
        and not _puts_before_public(f"{notice.title or ''}\n{notice.content}")
    ):
        return None  # a completion report's own pages, nothing put up and no period
    if (
        kind in EIA_KINDS
        and fields["window"].value is None
        and _EIA_REPORT.search(f"{notice.title or ''}{notice.content}")
        and not _puts_before_public(f"{notice.title or ''}\n{notice.content}")
        # (the draft's name, "报告书（征求意见稿全文）" on its cover, asks nothing)
        and not _VIEWS_ASKED.search(notice.content.replace("征求意见稿", ""))
    ):
        # an assessment report's own pages (a document site's preview of its cover and basic
        # data, "建设项目环境影响报告表 项目名称：… 建设单位（盖章）：… 编制日期：…", or a forum's
        # copy of its text): no word of putting anything up, no views asked, no period
        return None
    if (
        kind == "other"
        and fields["window"].value is None
        and BANKRUPTCY.search(f"{notice.title or ''}{notice.content}")
        and not _any_contact(notice)
    ):
        # a bankruptcy item that sets no deadline and names no one to contact: a report of a
        # creditors' meeting held, or news that a claims call was issued, not the call itself
        return None
    if (
        kind == "other"
        and fields["window"].value is None
        and (
            _LISTED_DISCLOSURE.search(f"{notice.title or ''}{notice.content}")
            # (its code line printed above the company's name and the title: "证券代码：000000
            # 证券简称：某某 公告编号：2023-045 / 某某股份有限公司 / 关于变更…的公告")
            or _LISTED_DISCLOSURE.search(_block_text(page, seg))
        )
    ):
        return None  # a listed company's guarantee or board announcement: no period, no creditors
    if (
        kind in COMPANY_KINDS
        and not _tells_creditors(notice.title, notice.content)
        and not (
            kind == "deregistration_simplified"
            and (fields["window"].value is not None or _OBJECTIONS_CALLED.search(notice.content))
        )
    ):
        return None  # a board announcement of a merger or a reduction that tells creditors nothing
    if kind in COMPANY_KINDS and _carried_out(notice.title):
        return None  # the reduction done: the period it recounts was its creditor notice's
    if (
        kind == "inspection_reporting"
        and _ROUNDUP.search(notice.content)
        and not _GROUP_NUMBER.search(notice.content)
    ):
        return None  # news of a whole round of inspection groups, not one group's notice
    if (
        kind == "inspection_reporting"
        and fields["window"].value is None
        and not _any_contact(notice)
    ):
        # a group taking reports gives the public a period or a number to call (its notice
        # prints both); a text with neither tells of the channels, it does not open them
        return None
    if (
        notice.title
        and _ISSUES_RULES.match(notice.title)
        and "征求意见" not in notice.title
        and fields["window"].value is None
    ):
        return None  # a regulation issued, not a notice
    if _byline(notice.content) and fields["window"].value is None and not _any_contact(notice):
        return None  # news that mentions notices and gives no way to respond
    if kind == "other" and fields["window"].value is None and _to_agencies(notice.content):
        return None  # a circular to the bodies under the issuer, with no period for anyone
    if (
        kind == "other"
        and fields["window"].value is None
        and _STANDING_HOURS.search(block := _block_text(page, seg))
        and not _day_besides(f"{notice.title or ''}{block}", fields["published_on"].value)
    ):
        # an office's standing channels and hours: nothing opened, no day to keep (a campaign's
        # channels, "受理时间：每周一至周五…", dated only by the day they were put up, are such)
        return None
    fields["kind"] = Extracted(
        kind, confidence, fields["title"].span or notice.span(0, len(notice.content))
    )
    fields["issuer"] = issuer(notice, kind, fields["title"].span)
    fields["subject"] = subject(notice, kind, fields)
    if kind == "liquidation":
        fields["dissolution_resolved_on"], fields["liquidation_group_formed_on"] = (
            liquidation_dates(notice)
        )
    fields["projects"] = projects(notice, kind, parts)
    if fields["subject"].value is None and len(fields["projects"].value or ()) == 1:
        row = fields["projects"].value[0]
        fields["subject"] = Extracted(row["project"], 0.6, parts["projects.0"].span)
    fields["contact"] = contact(notice, parts)
    fields["links"] = links(notice, parts)
    if (
        not any(fields[name].value for name in _TRACEABLE)
        and not _dated(fields["window"].value)
        and not COMPANY.search(notice.content)
        and not _PUT_UP_HERE.search(notice.content)
        # (or the sentence that puts it up now: "现对某某公路环境影响报告书进行征求意见公示")
        and not PUTS_ITSELF_UP.search(notice.content)
        and not _SPEAKS_OF_ITS_DECISION.search(notice.content)
    ):
        # no title, no one named, no date, no way to respond, no company even in passing: the
        # steps of a procedure an explainer lists (发布简易注销公告(公告期为20天)；…), not a
        # notice anyone published (a notice cut short still names its company or project)
        return None
    if (
        not any(fields[name].value for name in ("published_on", "links"))
        and not _dated(fields["window"].value)
        # (the block the notice stands in: a cover's contents may fall outside its lines)
        and _contents(read := notice.content if seg.pasted else _block_text(page, seg))
        and (not fields["contact"].value or _REPORT_COVER.search(read))
    ):
        # a report's table of contents (a document site's preview of a participation
        # chapter: "2 公示征求意见情况……2"), with no day, no window and no way to respond;
        # or the report's cover over it, whose phones are its makers' (a site's posting of a
        # completion monitoring report: "建设单位：… 编制单位：… 电话：… 目录 1验收项目概况……1")
        return None

    for name in ("title", "issuer", "subject"):
        got = fields[name]
        if isinstance(got.value, str):  # a mirror's Traditional characters, as printed
            fields[name] = Extracted(page.printed(got.value, got.span), got.confidence, got.span)

    first = min(seg.first, seg.title.first) if seg.title else seg.first
    last = max(seg.last, seg.title.last) if seg.title else seg.last
    text = "\n".join(t for t in (notice.title, page.rejoin(seg.first, seg.last).text) if t)
    span = notice.line_span(first, last)
    posted = fields["published_on"].span
    if posted:  # a posting line printed above the notice belongs to its printed copy
        span = (min(span[0], posted[0]), max(span[1], posted[1]))
    return Proposal(MappingProxyType(fields), span, text, MappingProxyType(parts))


#: A posting line of a web repost or an e-paper: "发布时间：2022-08-22 17:00" (or a site's
#: "发表时间：…"), "来源：… 日期：…",
#: "成文日期：…", "协会 / 2025-03-13 / :554", "2019-05-23 05:41:23 发布机构：某某集团". Its date
#: is the publication date when the notice has no signature date.
_POSTED = re.compile(
    r"(?:星期[一二三四五六日天][^\n]{0,12}(?:上一期|下一期|往期)|发布时间|发表时间|发布日期|发文日期|成文日期|生成日期|印发日期|公告日期|公示日期|公开日期|信息时间|更新时间|"
    # (not the day of another act in a project's block: "受理时间：", "备案日期：")
    r"(?<!受理|备案|立项)(?:日期[:：]|(?:公告|公示|发布)?时间[:：]\s*(?=(?:19|20)\d{2}))|"
    r"(?:DATE|Date)[:：]\s*(?=(?:19|20)\d{2})|来源[:：]|作者[:：]|浏览|访问|阅读|点击|发布者|发布人|发布机构|"
    # a site's byline and a slash before its day ("某某协会 / 2022-09-29"), not a link's path
    # ("http://…/art/2022/10/24/…")
    r"^(?![^\n]{0,12}://)[^\n，。；]{2,30}/\s*(?=\d)|"
    # a news portal's dateline under the title: the day, the clock time and the source
    # ("2023年01月12日 05:53 中国证券报-中证网")
    r"^\s*(?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?\s*"
    r"[\u4e00-\u9fff]{2,12}(?:报|网|社|台)|"
    # ... or a government site's, the source the department that posted it ("2020-03-19 10:50
    # 市某某局")
    r"^\s*(?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?\s*"
    r"[\u4e00-\u9fff]{2,16}?(?:局|厅|委员会|办公室|人民政府|中心)\s*$|"
    # a bidding or notice site's dateline under the title: the day, then the region it files
    # the item under or its print button ("2025-08-12   地区：某省 【我要打印】")
    r"^\s*(?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?\s*(?:地区|栏目|分类)[:：]|"
    r"^\s*(?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?\s*【(?:我要)?打印】|"
    # a stock site's dateline over a listed company's announcement: the site, the day, then the
    # company's short name and stock code ("某某网  2024-03-05  某某股份(600123)公司公告")
    r"^[^\n，。；]{0,12}?\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*[\u4e00-\u9fffA-Z*]{2,8}[（(]\d{6}[）)])"
)
#: A site's archive stamp over an item ("归档时间:2018-08-22" on a 2016 posting): the day the
#: site filed it, often years after it was posted.
_ARCHIVED = re.compile(r"^\s*归档(?:时间|日期)\s*[:：]")
#: A posting line's own label, right before its date: "发布日期：2022-03-31" (or a government
#: site's disclosure header row as re-posters copy it: "来 源 某某市人民政府网 公开日期
#: 2026-02-12", its label and its value in cells of their own: "发布日期： | 2024-11-06 13:56 |").
_POSTED_LABELLED = re.compile(
    r"(?:发布时间|发表时间|发布日期|发文日期|成文日期|生成日期|印发日期|更新时间|公告日期|公开日期)\s*[:：]?\s*"
    r"(?:[|｜]\s*)?"
)
#: A government site's bare posting line right under the notice's title, as re-posters copy it
#: ("某某局关于…的公示" / "时间：2026-02-13 09:53"): labelled like "发布时间" (not a meeting's or a
#: window's "时间：" in the body, which no title line stands over); or labelled "日期：2024-09-24"
#: as other sites print it.
_POSTED_TIME_LINE = re.compile(r"^\s*(?:时间|日期)\s*[:：]\s*(?=(?:19|20)\d{2})")
#: (the title may close on its round in brackets: "…的公告（第三次公示）")
_TITLE_ENDING = re.compile(r"(?:公示|公告|通知|公开)[）)]?\s*$")
#: The source's own posting line under its title, in a repost: the day and the clock alone
#: ("…拟审批公示" / "2026-03-19 17:34"), below the re-poster's labelled later day.
_SOURCE_TIME_LINE = re.compile(
    rf"^\s*(?P<date>{date_pattern('d')})\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*$"
)
#: ... or run on after the title when a copy flattened the header into the body's line ("某某
#: 项目竣工及调试情况公示时间:2022-02-02 本项目…", "…征求意见稿公示发表时间:2026-03-02 09:26
#: …"): the site's dashed day alone, not a window's "公示时间：2022年2月2日至…".
_RUN_IN_POSTED = re.compile(
    r"(?<=公示|公告)(?:发布|发表)?时间\s*[:：]\s*(?=(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?![\d\-—至到~～]))"
    # (a posting label, 发布/发表时间, dates the copy in any form: "…公示发表时间:2022年09月21日")
    r"|(?<=公示|公告)(?:发布|发表)时间\s*[:：]\s*"
    r"(?=(?:19|20)\d{2}(?:[./]\d{1,2}[./]\d{1,2}(?![\d\-—至到~～])|年\d{1,2}月\d{1,2}日(?![\-—至到~～])))"
)
#: A labelled posting date whose separators were lost, before the next label or the line's end
#: ("发布时间：2018522  来源：…"): seven or eight digits, never part of a longer run.
_GLUED_POSTED = re.compile(
    r"(?P<y>(?:19|20)\d{2})(?P<md>\d{3,4})(?![\d\-—－/.])(?=\s|$|[\u4e00-\u9fff])"
)
#: A posting label alone on its line, its date in the cell below: "日期：", "发布时间："
#: (not a window's heading, "公示时间：", whose dates follow as a period).
_POSTED_LABEL_ALONE = re.compile(r"^\s*(?:发布|发表|发文|更新)?(?:日期|时间)\s*[:：]\s*$")
#: (not either end of a period printed on the line: "征求意见日期：2025年2月27日-2025年3月27日")
_POSTED_DATE = re.compile(
    rf"(?<![至到~～—–-])(?P<date>{date_pattern('d')})(?![^\n]{{0,3}}[至到~～—-]\s*\d)"
)
#: (the title may open on its 关于, the authority named after the day: "关于2025年5月14日某某市
#: 生态环境局拟作出…的公示")
_DATE_FIRST = re.compile(
    rf"^[\s|?]*(?:[^\n，。,]{{0,40}}?关于)?(?P<date>{date_pattern('d')})"
    r"(?=[^\n\d至到~～—-]{0,3}[\u4e00-\u9fff])"
)
#: ... or the day between the authority's name and its 关于, as an authority titles a notice it
#: posts in a series: "某某市生态环境局2024年5月11日关于拟对建设项目…作出审批意见的公示";
#: or before the 拟对 itself when the title drops its 关于 ("某某局2026年1月8日拟对建设项目
#: 环评文件作出审批意见的公示"): the day the bureau posts the proposed decisions
_DATE_AFTER_ISSUER = re.compile(
    rf"^[\s|?]*[^\n，。,\d]{{2,30}}?{ORG_SUFFIX}\s*(?P<date>{date_pattern('d')})"
    r"\s*(?=关于|拟(?:对|作出|批准))"
)
#: ... unless the sentence says that on that day the item itself is put up: "2025年8月14日，某某
#:公司对某某项目进行公众参与第一次信息公开。" (one sentence, the act not told as done: "进行了")
_DATED_OWN_DISCLOSURE = re.compile(
    r"[ \u3000]*[，,][^。；;\n]{2,80}?(?:进行|开展)(?!了)[^。；;，,\n]{0,12}?"
    r"(?:信息公开|公示|公告)[。.]?\s*$"
)
#: The stages after a first round and after a draft's round, as the rest of an item names them.
_AFTER_FIRST_ROUND = re.compile(r"第二次|征求意见稿|报批前|拟报批|报批稿")
_AFTER_DRAFT_ROUND = re.compile(r"报批前|拟报批|报批稿")


def _round_recounted(sentence: str, rest: str) -> bool:
    """Tell whether the round an item's dated opening sentence names is one its text goes on past
    ("2023年5月10日，我公司对本项目进行第一次公示。" over a pre-submission notice): a round
    told, not the item's own."""
    if re.search(r"第一次|首次", sentence):
        return _AFTER_FIRST_ROUND.search(rest) is not None
    if re.search(r"第二次|征求意见稿", sentence):
        return _AFTER_DRAFT_ROUND.search(rest) is not None
    return False


#: A tender's item in an aggregator's side list, its day first: "2021-11-09招标公告".
_TENDER_LISTED = re.compile(r"(?:招标|采购|竞价|中标|成交)(?:结果)?公告\s*$")
#: What follows a date that opens a sentence, not a heading: its comma.
_COMMA_AFTER = re.compile(r"[ \u3000]*[，,]")
#: A date closing a heading line, after the poster's name or the title it lists: "山西某某公司
#: 2024-01-09", "某某股份:关于…的公告2024-11-08", maybe before the page's text-size buttons
#: ("某某公司  2018-05-21 09:01:35  文字：【大】【中】【小】").
_DATE_LAST = re.compile(
    rf"^[^\n。，,；;]{{2,80}}?\s*(?P<date>{date_pattern('d')})\s*(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*"
    r"(?:(?:文字|字号|字体)\s*[:：]\s*(?:[【\[]?\s*[大中小]?\s*[】\]]?\s*){1,3})?$"
)
#: ... or the title closing with its own day in brackets ("拟对…作出审批意见的公示(2023年12月5日)"):
#: the notice's date, above a re-poster's later posting day.
_DATE_BRACKETED_LAST = re.compile(
    rf"^[^\n。，,；;]{{2,80}}?[（(](?P<date>{date_pattern('d')})[）)]\s*$"
)
#: ... and a portal's listing line, the company's short name, its title and the day, printed
#: a few lines above the announcement's own header ("某某集团:关于…的公告2024-11-08").
_LISTED_DATED = re.compile(
    rf"^[^\n:：，。,]{{2,16}}[:：][^\n]{{2,80}}?(?:公告|公示|通知)\s*(?P<date>{date_pattern('d')})\s*$"
)
#: ... and a portal's byline right under the title: the source that posted the notice and its
#: numeric day, maybe after the column's name and before its tag ("环评公示_某某县人民政府
#: 2023-05-05环评公示"), the source maybe a website ("某某环评网 2022-10-18公告通知")
#: (or the source in square brackets, the day run on before the page's text-size control:
#: "[某某市生态环境局]2023-07-28字号: |")
_BYLINE_DATED = re.compile(
    rf"^(?:[^\n_＿|｜]{{1,12}}[_＿|｜])?(?P<open>[\[【])?[^\n。，,；;_＿|｜\[\]【】]{{2,30}}?"
    rf"(?:{ORG_SUFFIX}|网)(?(open)[\]】])\s*"
    rf"(?P<date>{date_pattern('d')})\s*(?:[\u4e00-\u9fff]{{0,6}}|字号\s*[:：][\s|｜]*)\s*$"
)
#: A web copy's posting date printed alone on the item's first line ("2024-05-29", maybe with
#: the time, maybe before the page's text-size buttons, cut or whole: "2022-11-04 11:35:31
#: 【字体大小:", "字号：【大】【中】【小】"): the numeric form a site prints, never a
#: signature's 年月日. (A site may set it in brackets under the title: "(2019-01-08)".)
_DATE_ONLY = re.compile(
    # (maybe as an item of the site's bulleted list of the page's details: "• 2025-08-01",
    # "• 2007-03-08 00:00" over "• 来源：…"; or in brackets under the title: "(2019-01-08)"; or
    # in a cell of its own where a copy kept the bars of the page's header table: "| 2026-02-02
    # 17:12 | ||")
    rf"^\s*(?:[|｜]\s*)?(?:[•·●▪]\s*)?(?P<open>[（(])?\s*(?P<date>{date_pattern('d')})\s*"
    r"(?(open)[）)])\s*"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*"
    # (maybe with the board's view counter after a slash, its label lost to an icon: "2020-07-10
    # / :50", "2023-08-21 / 浏览：144")
    r"(?:/\s*(?:浏览|阅读|点击|访问)?(?:次数|量)?\s*[:：]\s*\d{1,7}\s*"
    # (or the counter alone after a space, its label and slash lost: "2024-07-05 5")
    r"|[ \u3000]+\d{1,7}[ \u3000]*(?=$))?"
    r"(?:【?\s*(?:文字|字号|字体)(?:大小)?\s*[:：]?\s*(?:[【\[]?\s*[大中小]?\s*[】\]]?\s*){0,3})?"
    r"(?:[|｜][ |｜]*)?$"
)
#: An aggregator's header line under the title: the day it listed the notice and the province
#: it files it under ("2024年04月24日   江苏"), in any form of date.
_PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|"
    "湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|全国"
)
#: A site's posting date run into the body's first words, where a copy lost the line break
#: between the header and the opening that cites the rule ("2022-01-13根据《…办法》…"): the
#: numeric forms a site prints (dashed, dotted, slashed), never how a sentence dates itself.
_DATE_RUN_INTO_BODY = re.compile(
    rf"^\s*(?P<date>{date_pattern('d')})(?=根据|按照|依据|依照|为(?:了|推进|规范|进一步|广泛))"
)
_DATE_PROVINCE = re.compile(
    rf"^\s*(?P<date>{date_pattern('d')})[ \u3000]*(?:{_PROVINCES})(?:省|市|自治区)?[ \u3000]*$"
)
#: A website's footer line (its own phone and e-mail are not the notice's contact), or an
#: aggregator's paywall line ("…为隐藏内容，仅对某某会员开放，…拨打咨询热线：400-…"), or the
#: links to the items before and after ("上一篇：…公示 下一篇：《…报告表》全文公示"), or a
#: site's copyright statement under a post ("版权声明：1.依据《服务条款》…联系人：某女士…"),
#: whose contact person and numbers are the site operator's.
_FOOTER = re.compile(
    r"^[^\n]*(?:版权所有|主办单位|网站主办|本网站主办|ICP备|技术支持：|网站地图|客服热线|欢迎来到|"
    # (a platform's header bar: its own numbers beside its account links, "联系方式：0991-… |
    # 0991-…  微信公众号  个人中心")
    r"联系方式\s*[：:][^\n]{0,80}?(?:微信公众号|个人中心)|"
    r"(?:上|下)一篇\s*[：:]|"
    r"仅(?:对|限)[^\n，,。]{0,12}(?:会员|登录用户)|会员(?:开放|可见|专享)|"
    # (the sales line under a paywall: "…登录后查看完整商机。全国免费咨询热线：400-…")
    r"免费咨询热线|版权声明\s*[：:])[^\n]*$",
    re.M,
)
#: A document-sharing site's terms over a copy ("如文档侵犯商业秘密…请点击“版权申诉”…也可以打
#: 举报电话：400-…", "文档侵权举报电话：199…"): the site's number, not the notice's.
_DOC_SITE_TERMS = re.compile(r"^[^\n]*(?:侵权举报|版权申诉|如文档侵犯)[^\n]*$", re.M)
#: A website's own contact box: "联系我们 / CONTACT US / 电话: … / 邮箱: … / 地址: …".
_SITE_CONTACTS = re.compile(r"^(?:联系我们|CONTACT US|Contact Us)\s*$", re.M)
SITE_CONTACT_LINES = 10
#: A website's top bar over the article: its own number and e-mail alone on the first line,
#: no label ("18600000000 123456@qq.com"), the notice's contacts printed with labels below (a
#: line join may run the title on after it).
_HEADER_CONTACTS = re.compile(
    r"\A[ \t\u3000]*(?:0\d{2,3}[-—]?)?\d{7,11}[ \t\u3000]+"
    r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,80}[ \t\u3000]*(?=\n|[\u4e00-\u9fff])"
)


def _site_furniture_masked(text: str) -> str:
    """``text`` with website footers and contact boxes blanked (same length, same offsets)."""
    text = _HEADER_CONTACTS.sub(lambda m: " " * len(m.group()), text)
    text = _FOOTER.sub(lambda m: " " * len(m.group()), text)
    if "侵" in text or "版权申诉" in text:
        text = _DOC_SITE_TERMS.sub(lambda m: " " * len(m.group()), text)
    for m in reversed(list(_SITE_CONTACTS.finditer(text))):
        end = m.end()
        for _ in range(SITE_CONTACT_LINES):
            nxt = text.find("\n", end + 1)
            line = text[end + 1 : nxt if nxt >= 0 else len(text)]
            if nxt < 0 or TITLE_LINE.match(line) or len(line) > 40:
                break
            end = nxt
        text = text[: m.start()] + re.sub(r"[^\n]", " ", text[m.start() : end]) + text[end:]
    return text


#: Lines above a notice where a posting line may stand (the page header of a repost).
_POSTED_ABOVE = 4
#: A line set as a notice's title, no sentence in it: a project or document named, ending in
#: the word for what it is ("…环境影响评价公众参与第一次信息公示").
_TITLE_LIKE_LINE = re.compile(
    r"^[ \u3000]*[\u4e00-\u9fff][^。；;，,！!？?|｜\n]{6,100}?(?:公示|公告)[ \u3000]*$"
)
#: A header row of a government site's disclosure table whose cell is empty ("废止时间： | |",
#: "关键词： |"): it holds nothing, so it does not count among the lines above.
_EMPTY_HEADER_ROW = re.compile(r"^[\s|｜]*[\u4e00-\u9fff]{2,6}\s*[:：][\s|｜]*$")
#: A site's clock in its page header ("现在时间是：2024年11月22日", "今天是2023年5月6日 星期六"):
#: the day the page was viewed or saved, not the day the notice went up.
_PAGE_CLOCK = re.compile(
    r"^\s*(?:现在|当前|今天|今日)(?:时间|日期)?(?:是|为)?\s*[:：]?\s*(?:19|20)\d{2}[-年./]"
)


#: How far the block around a notice is read for what it is (a statement, a template).
BLOCK_LINES = 80


def _block_text(page: Page, seg: Segment) -> str:
    """The text between the blank lines around a notice (at most ``BLOCK_LINES`` each way); on
    a paste with no blank line at all, the notice's own lines with its title."""
    first, last = seg.first, seg.last
    if seg.pasted:
        if seg.title is not None:
            first, last = min(first, seg.title.first), max(last, seg.title.last)
        last = max(last, seg.item_last or last)
        return page.text[page.line_bounds(first)[0] : page.line_bounds(last)[1]]
    while first > 0 and seg.first - first < BLOCK_LINES and page.line(first - 1).strip():
        first -= 1
    count = page.line_count()
    while last + 1 < count and last - seg.last < BLOCK_LINES and page.line(last + 1).strip():
        last += 1
    return page.text[page.line_bounds(first)[0] : page.line_bounds(last)[1]]


#: The heading of a comment window, its dates printed on the next line: a date alone there
#: opens the window (the rest wrapped or cut off), it signs nothing.
_WINDOW_HEADING = re.compile(r"(?:起止时间|起止日期|起讫时间|公示期限|公示时间|公示期)[：:]?\s*$")


def published_on(notice: Notice) -> Extracted:
    """Read the date under the signature; else the posting date printed with the notice. An
    e-paper's issue date a few days later beats either: the paper's day is day 0."""
    i = notice.seg.date_line
    if i is not None and i > 0 and _WINDOW_HEADING.search(notice.page.line(i - 1)):
        i = None  # the window's first day under its heading ("起止时间" / "2019年10月25日")
    m = DATE_LINE.match(notice.page.line(i)) if i is not None else None
    if m is None and i is not None:
        m = RUN_IN_SIGNATURE.search(notice.page.line(i))
    value = match_date(m, "d") if m else None
    if value is None or m is None or i is None:
        posted = _posting_date(notice)
        issue = _issue_date(notice)
        if posted.value is None:
            # (an e-paper's text view dates the notice only by its issue line: "某某时报 【金融】
            # 00003 2021-12-07 …" under it)
            return issue if issue.value is not None else posted
        # (a notice's own "公告发布时间：2019年8月22日" over a paper issued on the 28th)
        return issue if _printed_after(issue, posted.value) else posted
    issue = _issue_date(notice)
    if _printed_after(issue, value):
        return issue  # printed in the paper after it was signed: the paper's day is day 0
    start = notice.page.line_bounds(i)[0]
    return Extracted(
        value, 0.95, notice.page.raw_span(start + m.start("date"), start + m.end("date"))
    )


#: An e-paper text view's line naming the paper and its page ("浙江日报 一版要闻 00001 …"), or
#: its section in brackets, then the page's number ("某某时报 【金融】 00003 2021-12-07").
_PAPER_PAGE_LINE = (
    r"^[\u4e00-\u9fff]{1,8}(?:日报|晚报|都市报|时报|晨报|商报|法制报|经济报)\s*"
    r"(?:(?:[一二三四五六七八九十]{1,3}|[A-Za-z]?\d{1,3})版|【[^】\n]{1,10}】\s*[A-Za-z]?\d{1,5}\s)"
)

#: An e-paper's issue line above a notice: "版次：02 作者：2023年12月30日", "第A03版", or a news
#: portal's byline naming the paper and its day: "某某日报 2019-03-27 11:03" (or the day, then
#: the paper as the source).
_ISSUE_LINE = re.compile(
    r"版次|版面|第\s*[A-Za-z]?\d{1,3}\s*版|"
    # an e-paper's page header: the day, then the page ("2024-06-03   A05版：二版 往期回顾")
    r"^\s*(?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?\s+[A-Za-z]?\d{1,3}版|"
    # ... or its issue line under the page's header (see _EPAPER_ISSUE_DAY)
    r"^\s*(?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?\s*(?:星期|周)[一二三四五六日天]"
    r"[^\n]{0,12}(?:上一期|下一期|往期)|"
    # (the paper's name in its title marks, as portals credit it: "《某某日报》 2014年09月11日")
    r"^《?[\u4e00-\u9fff]{1,8}(?:日报|晚报|都市报|时报|晨报|商报|法制报|经济报)》?\s*(?:19|20)\d{2}[-年./]|"
    # ... or the portal's byline with its day and clock time first: "2021-04-08 12:09  某某日报"
    r"^(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}\s*[\u4e00-\u9fff]{1,8}"
    r"(?:日报|晚报|都市报|时报|晨报|商报|法制报|经济报)\s*$|"
    # ... or its day first, the paper as its source: "时间：2023年06月08日 来源：某某日报汉文版"
    r"(?:19|20)\d{2}[-年./][^\n]{0,24}?来源\s*[:：]\s*[\u4e00-\u9fff]{1,8}"
    r"(?:日报|晚报|都市报|时报|晨报|商报|法制报|经济报)|" + _PAPER_PAGE_LINE
    # an e-paper text view's line naming the paper and its page, above or below the article
)
_PAPER_PAGE = re.compile(_PAPER_PAGE_LINE)
#: An e-paper's header set one item a line: the issue's day alone on its line (its weekday
#: on the line before or after it), then the page ("星期二" / "2023年08月08日" / "第A07版：…").
_ISSUE_DAY_ALONE = re.compile(rf"^\s*{date_pattern('d')}\s*(?:(?:星期|周)[一二三四五六日天])?\s*$")
#: An e-paper's issue line under its page header: the day, its weekday and the links to the
#: issues before and after ("2019年10月15日 星期二 上一期  下一期"), which only an e-paper prints.
#: It heads the page, so it may stand above a listed company's whole header block (code line,
#: company, title, the board's assurance) in the notice's item.
_EPAPER_ISSUE_DAY = re.compile(
    rf"^\s*(?P<date>{date_pattern('d')})\s*(?:星期|周)[一二三四五六日天][^\n]{{0,12}}"
    r"(?:上一期|下一期|往期)"
)
#: Lines above a notice where an e-paper's issue line may head its item.
_ISSUE_HEADER_ABOVE = 10
#: How long after its signature date a notice may appear in the paper dated by its issue line.
ISSUE_AFTER_SIGNING_DAYS = 30


def _printed_after(issue: Extracted, signed_on: dt.date) -> bool:
    """Tell whether an e-paper issue date follows a notice's own date closely enough to be the
    day the paper printed it."""
    return (
        issue.value is not None and 0 <= (issue.value - signed_on).days <= ISSUE_AFTER_SIGNING_DAYS
    )


def _issue_date(notice: Notice) -> Extracted:
    """The date of the e-paper issue line printed just above the notice, if any."""
    page, seg = notice.page, notice.seg
    top = min(seg.first, seg.title.first) if seg.title else seg.first
    # (down to the body's first line: a title that took in the page's menus above it is long)
    above = range(max(0, top - _POSTED_ABOVE), min(max(top + 2, seg.first + 1), page.line_count()))
    below = range(max(top + 2, seg.first + 1, seg.last - 1), min(seg.last + 2, page.line_count()))
    for i in (*above, *below):
        line = page.line(i)  # (a news portal prints its byline under the title)
        if len(line) > 120 or not _ISSUE_LINE.search(line):
            continue
        if i in below and not _PAPER_PAGE.match(line):
            continue  # below the article only the paper's own page line
        if not _POSTED_DATE.search(line) and i > 0 and _ISSUE_DAY_ALONE.match(page.line(i - 1)):
            i -= 1  # the header's day on its own line over its page ("2023年08月08日" / "第A07版")
            line = page.line(i)
        m = _POSTED_DATE.search(line)
        value = match_date(m, "d") if m else None
        if m is not None and value is not None:
            start = page.line_bounds(i)[0]
            return Extracted(
                value, 0.9, page.raw_span(start + m.start("date"), start + m.end("date"))
            )
    i = top - 1  # (the item's lines only: a blank line ends it)
    while i >= max(0, top - _ISSUE_HEADER_ABOVE) and page.line(i).strip():
        m = _EPAPER_ISSUE_DAY.match(page.line(i))
        value = match_date(m, "d") if m else None
        if m is not None and value is not None:
            start = page.line_bounds(i)[0]
            return Extracted(
                value, 0.9, page.raw_span(start + m.start("date"), start + m.end("date"))
            )
        i -= 1
    return MISSING


#: A date printed day first with dots, as European and repost sites print it ("09.11.2016"):
#: a Chinese page prints a dotted date year first, so a four-digit year last marks this form.
_DOTTED_DAY_FIRST = r"(?P<ed>[0-3]?\d)\.(?P<em>[01]?\d)\.(?P<ey>(?:19|20)\d{2})"
#: A web page's posting line that prints a short date after its label: a two-digit year
#: ("时间：18-03-19来源：…", year-month-day) or the month first ("添加时间：12-24-2024").
_POSTED_SHORT = re.compile(
    r"(?:添加|发布|更新)?时间\s*[:：]\s*(?:(?P<yy>\d{2})-(?P<ym>\d{2})-(?P<yd>\d{2})"
    r"|(?P<mm>\d{1,2})-(?P<md>\d{1,2})-(?P<my>(?:19|20)\d{2}))(?![\d\-])"
    # a news portal's dateline: the two-digit year's date with its clock time after the
    # site's name ("内蒙古新闻网  18-07-06 19:04  【打印本页】")
    r"|(?<![\d\-:])(?P<dy>\d{2})-(?P<dm>\d{2})-(?P<dd>\d{2})[ ]*(?=\d{1,2}:\d{2}(?!\d))"
    # a repost site's dateline printed day first with dots, then the clock ("09.11.2016 16:34")
    rf"|(?<![\d.]){_DOTTED_DAY_FIRST}[ ]*(?=\d{{1,2}}:\d{{2}}(?!\d))"
)


def _short_posted(line: str) -> tuple[dt.date, int, int] | None:
    """The date of a posting line with a short date, and where it stands on the line."""
    m = _POSTED_SHORT.search(line)
    if m is None:
        return None
    if m.group("yy"):
        year, month, day = 2000 + int(m["yy"]), int(m["ym"]), int(m["yd"])
    elif m.group("dy"):
        year, month, day = 2000 + int(m["dy"]), int(m["dm"]), int(m["dd"])
    elif m.group("ey"):
        year, month, day = int(m["ey"]), int(m["em"]), int(m["ed"])
    else:
        year, month, day = int(m["my"]), int(m["mm"]), int(m["md"])
    try:
        return dt.date(year, month, day), m.start(), m.end()
    except ValueError:
        return None


#: A notice that names the day it puts itself up: "现于2026年1月30日，对该项目环境影响报告书
#: 全文及公众参与说明进行报批前公示".
_PUT_UP_ON = re.compile(
    rf"现于\s*(?P<date>{date_pattern('d')})\s*[，,]?\s*(?:对|将|就)[^。；;\n]{{0,60}}?"
    r"(?:进行|予以)[^。；;\n]{0,6}?公示"
)


#: ... or an authority's own word of the day it puts the list up: "我局将于2026年3月4日就环境影响
#: 评价文件受理情况进行公开，并征求公众意见" (its own publication, the comments running after it;
#: a builder's "将于…进行公示" may announce its next stage, so only an authority's word counts).
_PUT_UP_WILL = re.compile(
    rf"(?:我|本)(?:局|厅|委|办|部)将于\s*(?P<date>{date_pattern('d')})\s*[，,]?\s*(?:对|就)"
    r"[^。；;\n]{0,60}?(?:进行|予以)(?:公开|公示)"
)


#: ... or the day of publication in brackets where the notice counts from it: "自公示之日
#: (2025年11月11日)起五个工作日内…可…提出听证申请".
_PUT_UP_DAY_BRACKETED = re.compile(
    rf"(?:公示|公告|发布)之日\s*[（(]\s*(?P<date>{date_pattern('d')})\s*[）)]"
)
#: ... or named without brackets as the day the period runs from: "公示期限为自公告日2022年
#: 4月6日起，截至2022年4月20日".
_PUT_UP_DAY_NAMED = re.compile(rf"自(?:公示|公告|发布)之?日\s*(?P<date>{date_pattern('d')})\s*起")


#: ... or the day of publication labelled at the very end of the text, run onto its last
#: paragraph where a forum or a scraper joined the lines: "…公示发布后十个工作日 公示日期：
#: 二〇一七年八月十五日" (a single day, never the end of a period).
_CLOSING_PUBLICATION_DAY = re.compile(
    rf"(?:公示|公告|发布|落款)(?:日期|时间)\s*[:：]\s*(?P<date>{date_pattern('d')})\s*[|｜]?\s*$"
)


def _closing_publication_day(notice: Notice) -> Extracted:
    page, seg = notice.page, notice.seg
    last = seg.last
    while last > seg.first and not page.line(last).strip(" |｜\t"):
        last -= 1  # a web table's closing rule ("|") under the text
    line = page.line(last)
    m = _CLOSING_PUBLICATION_DAY.search(line)
    if m is None or (day := match_date(m, "d")) is None:
        return MISSING
    start = page.line_bounds(last)[0]
    return Extracted(day, 0.6, page.raw_span(start + m.start("date"), start + m.end("date")))


#: ... or the day the works went up online, a forum copy's line for it: "本项目于2020年11月10日
#: 起进行网上公示" (a day the publicity runs from, no end after it: not a period).
_PUT_UP_FROM = re.compile(
    rf"本(?:项目|工程|规划)于\s*(?P<date>{date_pattern('d')})\s*起\s*(?:在[^。；;，,\n]{{1,20}}?)?"
    r"(?:进行|开始)(?:网上|网络)?公示(?=[。；;，,\s]|$)"
)


#: ... or one day given as the publicity's time in a sentence that ends there: "项目公示时间为
#: 2025年2月19日。如对项目环境影响报告书审批持有异议者，在公示时间内可向我厅反映" (the day
#: the project is put up; a period names its end, "公示时间为…至…").
_PUT_UP_DAY_STATED = re.compile(
    rf"公示(?:时间|日期)(?:为|是)\s*(?P<date>{date_pattern('d')})\s*[。；;](?!\s*[至到—–-])"
)
#: ... or the day it went up on the site it names, a completion acceptance's word for it: "于
#: 2019年05月29日开始在某某网站上进行了《…》验收报告和验收意见的全本全文信息公开".
_PUT_UP_ON_SITE = re.compile(
    rf"于\s*(?P<date>{date_pattern('d')})\s*(?:开始|起)\s*在[^。；;，,\n]{{1,30}}?(?:网站|网|平台)上?"
    r"(?:进行|开展)了?[^。；;\n]{0,80}?(?:公示|信息公开)"
)


def _posting_date(notice: Notice) -> Extracted:
    found = _posting_date_full(notice)
    if found is not MISSING:
        return found
    put_up = (
        _PUT_UP_ON.search(notice.content)
        or _PUT_UP_WILL.search(notice.content)
        or _PUT_UP_DAY_BRACKETED.search(notice.content)
        or _PUT_UP_DAY_NAMED.search(notice.content)
        or _PUT_UP_FROM.search(notice.content)
        or _PUT_UP_DAY_STATED.search(notice.content)
        or _PUT_UP_ON_SITE.search(notice.content)
    )
    if put_up and (day := match_date(put_up, "d")):
        span = notice.span(put_up.start("date"), put_up.end("date"))
        return Extracted(day, 0.7, span)
    closing = _closing_publication_day(notice)
    if closing is not MISSING:
        return closing
    page, seg = notice.page, notice.seg
    top = min(seg.first, seg.title.first) if seg.title else seg.first
    first = max(0, top - _POSTED_ABOVE)
    for i in range(first, min(seg.last, top + 3) + 1):
        line = page.line(i)
        if len(line) <= 120 and (short := _short_posted(line)):
            start = page.line_bounds(i)[0]
            return Extracted(short[0], 0.6, page.raw_span(start + short[1], start + short[2]))
    return MISSING


#: A posting date alone on its line with its digits run together ("20210810"), as a site's
#: listing prints it under the title.
_COMPACT_DATE_ONLY = re.compile(r"^[ \u3000]*(?P<y>20\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)[ \u3000]*$")
#: The item's opening lines where that date may stand above the body.
_COMPACT_DATE_OPENING = 3
#: ... or run on before the title it lists, as a site's listing prints it: "20181207某某风电
#: 项目第一次公示" (the title's own words follow it at once; a title line, ending as one does).
_COMPACT_DATE_TITLE = re.compile(
    rf"^[ \u3000]*(?P<y>20\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[\u4e00-\u9fff][^\n]{{0,80}}"
    rf"{TITLE_SUFFIX}[ \u3000]*$)"
)


#: A bilingual site's posting date alone on its line, in English: "Dec 20,2019", "March 3, 2021".
_ENGLISH_DATE_ONLY = re.compile(
    r"^\s*(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*"
    r"(?P<day>[0-3]?\d)\s*,\s*(?P<year>(?:19|20)\d{2})\s*$"
)
_ENGLISH_MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)


#: A repost's posting date alone on its line, the day first and dotted as European sites print
#: it, maybe with the clock: "13.02.2015  18:04" (a year last with dots is never month-first).
_DOTTED_DAY_FIRST_ONLY = re.compile(
    rf"^\s*{_DOTTED_DAY_FIRST}\s*(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*$"
)


def _dotted_day_first_only(line: str) -> tuple[dt.date, int, int] | None:
    """The date of a line that holds only a dotted day-first date, and where it stands."""
    m = _DOTTED_DAY_FIRST_ONLY.match(line)
    if m is None:
        return None
    value = make_date(int(m.group("ey")), int(m.group("em")), int(m.group("ed")))
    return (value, m.start("ed"), m.end("ey")) if value else None


def _english_date_only(line: str) -> tuple[dt.date, int, int] | None:
    """The date of a line that holds only an English date, and where it stands on the line."""
    m = _ENGLISH_DATE_ONLY.match(line)
    if m is None:
        return None
    month = _ENGLISH_MONTHS.index(m.group("mon")[:3].lower()) + 1
    value = make_date(int(m.group("year")), month, int(m.group("day")))
    return (value, m.start("mon"), m.end("year")) if value else None


#: A site's date badge at the head of an item, its parts stacked on lines of their own: the day
#: over the year and the month ("29" / "2024" / "08"), or the day over both ("29" / "2024-08").
_BADGE_DAY = re.compile(r"^\s*(?P<d>[0-3]?\d)\s*$")
_BADGE_YEAR = re.compile(r"^\s*(?P<y>20\d\d)\s*$")
_BADGE_MONTH = re.compile(r"^\s*(?P<m>[01]?\d)\s*$")
_BADGE_YEAR_MONTH = re.compile(r"^\s*(?P<y>20\d\d)\s*[-./]\s*(?P<m>[01]?\d)\s*$")


def _date_badge(page: Page, i: int, last: int) -> tuple[dt.date, int, int] | None:
    """The date of a badge whose day stands on line ``i``, and the lines it runs over."""
    day = _BADGE_DAY.match(page.line(i))
    if day is None or i + 1 > last:
        return None
    if both := _BADGE_YEAR_MONTH.match(page.line(i + 1)):
        year, month, end = both.group("y"), both.group("m"), i + 1
    elif (
        i + 2 <= last
        and (year_line := _BADGE_YEAR.match(page.line(i + 1)))
        and (month_line := _BADGE_MONTH.match(page.line(i + 2)))
    ):
        year, month, end = year_line.group("y"), month_line.group("m"), i + 2
    else:
        return None
    value = make_date(int(year), int(month), int(day.group("d")))
    return (value, i, end) if value else None


#: A portal's own lines a copy may carry above the article: who runs the site ("主管：… 主办：
#: …"), its citizens' hotline, its ICP and public-security filing numbers, the page's render
#: time and browser advice. They are the site's furniture, not the item's opening lines.
_PORTAL_FURNITURE = re.compile(
    r"^[^\n]*(?:主办\s*[：:]|政务服务热线|市长热线|ICP备|公网安备|网站标识码|"
    r"本页面执行时间|分辨率以上|浏览器进行浏览|"
    # (or a board's welcome banner and its header bar over the post, "欢迎访问某某协会" /
    # "联系方式：0991-… | 0991-…  微信公众号  个人中心", as a mirror copies them too)
    r"^\s*欢迎(?:访问|光临)|微信公众号\s*个人中心\s*$)"
)


#: A site's menu labels over a posting date, one a line ("12320" / "手机版" / "微信公众号"): short,
#: no punctuation; as many as a site's header bar holds.
_MENU_LABEL = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z0-9]{1,6}\s*$")
_MENU_LINES = 6


def _menu_over(page: Page, top: int, i: int) -> bool:
    """Tell whether lines ``top``..``i - 1`` are all a site's menu labels (and some are)."""
    return top < i <= top + _MENU_LINES and all(
        _MENU_LABEL.match(page.line(k)) for k in range(top, i)
    )


def _past_furniture(page: Page, top: int, last: int) -> int:
    """The first line at or after ``top`` that is not the portal's furniture."""
    while top < last and _PORTAL_FURNITURE.match(page.line(top)):
        top += 1
    return _past_contact_box(page, top, last)


#: Short labels a board's sidebar may print over its contact box ("公示登记" / "Information
#: Disclosure"): at most this many lines before "联系我们".
_BOX_LEAD = 3


def _past_contact_box(page: Page, top: int, last: int) -> int:
    """The first line after a board's contact box copied over the post ("公示登记" /
    "Information Disclosure" / "联系我们" / "CONTACT US" / "电话:" / … / "地址:" / …), or
    ``top`` when the item does not open with one."""
    for k in range(top, min(top + _BOX_LEAD + 1, last)):
        line = page.line(k)
        if _SITE_CONTACTS.match(line):
            end = k
            for _ in range(SITE_CONTACT_LINES):
                if end + 1 >= last:
                    break
                below = page.line(end + 1)
                if TITLE_LINE.match(below) or len(below) > 40:
                    break
                end += 1
            return end + 1
        if len(line) > 24 or any(ch in line for ch in "，。；,;"):
            break  # a sentence: the item's own text, no sidebar's label
    return top


#: A document's own heading that names no project, under the site's page title and posting
#: line: "建设项目拟作出审批意见公开", "建设项目环境影响评价文件受理公示".
_GENERIC_HEADING = re.compile(r"^\s*建设项目[\u4e00-\u9fff]{0,16}公[开示告]\s*$")
#: A row of the site's file card between its posting line and the document ("- 索 引 号 ：…").
_FILE_CARD_ROW = re.compile(r"^\s*-\s*[\u4e00-\u9fff ]{2,12}[:：]")


def _site_header_above(page: Page, top: int) -> int:
    """The first line of the site's header above a document that opens with a generic heading:
    the page's title and posting line, past blank lines and the rows of the file card."""
    first, seen = top, 0
    while first > 0 and seen < _POSTED_ABOVE:
        line = page.line(first - 1)
        if line.strip() and not _FILE_CARD_ROW.match(line):
            seen += 1
        first -= 1
    return first


def _posting_date_full(notice: Notice) -> Extracted:
    page, seg = notice.page, notice.seg
    top = min(seg.first, seg.title.first) if seg.title else seg.first
    top = _past_furniture(page, top, seg.last)
    last = max(seg.last, seg.title.last) if seg.title else seg.last
    first, rows = top, 0
    while first > 0 and rows < _POSTED_ABOVE and page.line(first - 1).strip():
        first -= 1
        if not _EMPTY_HEADER_ROW.match(page.line(first)):
            rows += 1
    if seg.title is not None and _GENERIC_HEADING.match(seg.title.text):
        first = min(first, _site_header_above(page, top))
    # a labelled posting line beats a date in page furniture; of several, the earliest: a
    # re-poster prints its own later day in its header above the original's posting line
    # ("发布时间：2026年02月02日" over "发布时间：2026-01-27 18:30"), and a later "更新时间" is
    # an edit, not the publication
    # (each with whether its label gives the day the document was written, "成文日期", not
    # the day it was published)
    labelled: list[tuple[Extracted, bool]] = []
    for i in range(first, last + 1):
        line = page.line(i)
        if i < last and _POSTED_LABEL_ALONE.match(line):
            # a page that sets its label and its value in cells of their own: "日期：" over
            # "2019-11-11 11:13:33" (the date alone, maybe with the clock, on the next line)
            m = _DATE_ONLY.match(page.line(i + 1))
            value = match_date(m, "d") if m else None
            if m is not None and value is not None:
                start = page.line_bounds(i + 1)[0]
                span = page.raw_span(start + m.start("date"), start + m.end("date"))
                labelled.append((Extracted(value, 0.7, span), False))
                continue
        # (every label of the line: a header row may print "成文日期：… | 发布日期：…" side by side)
        labels = list(_POSTED_LABELLED.finditer(line)) if len(line) <= 120 else []
        if i > 0 and _TITLE_ENDING.search(page.line(i - 1)):
            labels += list(_POSTED_TIME_LINE.finditer(line))
            if labelled and (source := _SOURCE_TIME_LINE.match(line)):
                # a re-poster's labelled day above, the source's own line under the title it
                # repeats: of the two, the earliest (as of several labelled lines)
                value = match_date(source, "d")
                if value is not None:
                    start = page.line_bounds(i)[0]
                    span = page.raw_span(start + source.start("date"), start + source.end("date"))
                    labelled.append((Extracted(value, 0.7, span), False))
        if seg.title is None and i < top + 2 and (run_in := _RUN_IN_POSTED.search(line)):
            labels.append(run_in)
        for m in labels:
            at = i
            found = _POSTED_DATE.match(line, m.end())
            if found is None and not line[m.end() :].strip() and i < last:
                # the label alone on its line, its date on the next: "发布时间:" / "2026-01-05"
                at = i + 1
                below = page.line(at)
                found = _POSTED_DATE.match(below, len(below) - len(below.lstrip()))
            value = match_date(found, "d") if found else None
            where = found.span("date") if found is not None else None
            if found is None and at == i and (glued := _GLUED_POSTED.match(line, m.end())):
                # "发布时间：2018522  来源：…": the separators lost, one reading only
                value = glued_date(int(glued.group("y")), glued.group("md"))
                where = glued.span()
            if where is not None and value is not None:
                start = page.line_bounds(at)[0]
                span = page.raw_span(start + where[0], start + where[1])
                labelled.append((Extracted(value, 0.7, span), m.group().startswith("成文日期")))
    act_day = MISSING  # the title's "关于<date>…" names the day of the act, not of posting
    if labelled:
        # a header block with the day it was written and the day it was published: the latter
        published = [e for e, written in labelled if not written] or [e for e, _ in labelled]
        return min(published, key=lambda e: e.value)
    for i in range(first, last + 1):
        line = page.line(i)
        if _PAGE_CLOCK.match(line):
            continue  # the page's clock, not a posting line
        if _ARCHIVED.match(line):
            continue  # a site's archive stamp, filed after the posting, not the posting day
        if NAV_LINK.match(line):
            continue  # the link to another item ("上一篇：某某局关于2017年1月3日…"), not its date
        heading = i - first < 2 or (seg.title is not None and i == seg.title.first)
        if (
            heading
            and (m := _DATE_FIRST.match(line) or _DATE_AFTER_ISSUER.match(line))
            and match_date(m, "d")
            and not line.rstrip().endswith("。")  # (not a sentence: "2022年3月16日我公司委托…。")
            # (nor a sentence the date opens before its comma: "2031年12月28日，我公司委托…")
            and not _COMMA_AFTER.match(line, m.end("date"))
            # (nor a tender an aggregator lists beside the notice: "2021-11-09招标公告")
            and not _TENDER_LISTED.search(line)
        ):
            pass  # a date printed before or opening the title: "2020.06.03XX项目…公示"
        elif (
            i == top
            and (m := _DATE_FIRST.match(line))
            and match_date(m, "d")
            and _DATED_OWN_DISCLOSURE.match(line, m.end("date"))
            and not _round_recounted(line, "\n".join(map(page.line, range(i + 1, last + 1))))
        ):
            pass  # the item's opening sentence dating its own round: "2025年8月14日，某某公司对…
            # 进行公众参与第一次信息公开。"
        elif heading and (m := _DATE_LAST.match(line)) and match_date(m, "d"):
            pass  # a date closing the poster's line or the listed title: "XX公司 2024-01-09"
        elif heading and (m := _DATE_BRACKETED_LAST.match(line)) and match_date(m, "d"):
            pass  # the title's own day in brackets: "…的公示(2023年12月5日)"
        elif (m := _LISTED_DATED.match(line)) and match_date(m, "d"):
            pass  # a portal's listing of the notice above its header: "某某:关于…的公告2024-11-08"
        elif (
            seg.title is not None
            # (or among the item's opening lines, under the listed title when the site's
            # channel name stands over both: "环评公示" / "某某项目…的公示" / "环评公示_某某县
            # 人民政府 2023-11-08环评公示")
            and (seg.title.first < i <= seg.title.last + 1 or i < top + _COMPACT_DATE_OPENING)
            and (m := _BYLINE_DATED.match(line))
            # (a signature's 年月日 closes a line like it; not a source in square brackets or a
            # date before the text-size control: "[某某局]2023年07月28日字号:")
            and (m.group("d_ny") or m.group("open") or "字号" in line[m.end("date") :])
        ):
            pass  # the source's byline under the title (read into it when it ends in 公示)
        elif (
            i < top + _COMPACT_DATE_OPENING or (seg.title is not None and i == seg.title.last + 1)
        ) and (
            compact := _COMPACT_DATE_ONLY.match(line)
            or (heading and _COMPACT_DATE_TITLE.match(line))
        ):
            # a site's listing date under the title, its digits run together ("20210810"), or
            # among the item's opening lines (under the site's section labels) when the title
            # was set after the body; or run on before the title itself
            try:
                value = dt.date(*(int(compact.group(g)) for g in ("y", "m", "d")))
            except ValueError:
                continue
            start = page.line_bounds(i)[0]
            span = page.raw_span(start + compact.start("y"), start + compact.end("d"))
            return Extracted(value, 0.6, span)
        elif (
            (i == top or (seg.title is not None and i == seg.title.last + 1))
            and (m := _DATE_ONLY.match(line))
            and m.group("d_ny")
        ):
            pass  # the item opens with its posting date alone, or prints it under its title
        elif (
            (i == top or (seg.title is not None and i == seg.title.last + 1))
            and (m := _DATE_RUN_INTO_BODY.match(line))
            and m.group("d_sep") in ("-", ".", "/")
        ):
            pass  # ... or run into the body's opening words, the line break lost (the site's
            # numeric stamp in any of its forms: "2022-01-13", "2022.1.13", "2022/1/13")
        elif (
            (i < top + _COMPACT_DATE_OPENING or (seg.title is not None and i == seg.title.last + 1))
            and (m := _DATE_PROVINCE.match(line))
            and match_date(m, "d")
        ):
            pass  # an aggregator's listing day and province under the title or its breadcrumb
        elif (
            (i < top + _COMPACT_DATE_OPENING or _menu_over(page, top, i))
            and (m := _DATE_ONLY.match(line))
            and m.group("d_sep") == "-"
            and not (i > 0 and _WINDOW_HEADING.search(page.line(i - 1)))
        ):
            pass  # ... or a site's posting date ("2023-08-23") among the item's opening lines:
            # under the site's section labels ("社会责任 / Social Responsibility") when the
            # title was set after the body, or under the title past a blank line
        elif (
            seg.title is not None
            and i == seg.title.first - 1
            and (m := _DATE_ONLY.match(line))
            and m.group("d_sep") in ("-", "/")
        ):
            pass  # ... or over it, as a site prints it ("2025-03-24"; a signature's "2020.7.20"
            # above a title is the notice before)
        elif (
            i > top
            and _TITLE_LIKE_LINE.match(page.line(i - 1))
            and (m := _DATE_ONLY.match(line))
            and m.group("d_sep") == "-"
        ):
            pass  # ... or under a line set as the notice's title, where a platform's own header
            # (its name, phones and mailbox) opens the copy above it: "某某项目…第一次信息公示" /
            # "2018-11-21 / :22"
        elif (
            i == top or (seg.title is not None and i in (seg.title.first - 1, seg.title.last + 1))
        ) and (english := _english_date_only(line) or _dotted_day_first_only(line)):
            start = page.line_bounds(i)[0]
            return Extracted(english[0], 0.6, page.raw_span(start + english[1], start + english[2]))
        elif i - first < 2 and (badge := _date_badge(page, i, last)):
            # a site's date badge opening the item, its day, year and month stacked
            start, end = page.line_bounds(badge[1])[0], page.line_bounds(badge[2])[1]
            return Extracted(badge[0], 0.6, page.raw_span(start, end))
        elif len(line) > 120 or not (_POSTED.search(line) or _ISSUE_LINE.search(line)):
            continue  # a posting line, or the e-paper's issue line ("2023年6月12日 第A02版")
        else:
            m = _POSTED_DATE.search(line)
        value = match_date(m, "d") if m else None
        if m is not None and value is not None:
            start = page.line_bounds(i)[0]
            span = page.raw_span(start + m.start("date"), start + m.end("date"))
            if act_day is MISSING and "关于" in line[: m.start("date")] and m.re is _DATE_FIRST:
                # "…关于2022年11月11日拟作出…的公示": the day of the act dates the notice only
                # when no posting line is printed with it ("2022-11-14" under the title)
                act_day = Extracted(value, 0.6, span)
                continue
            return Extracted(value, 0.7, span)
    return act_day


#: A round before the pre-submission one, named in the sentence that prints a period: "并于
#: 2023年5月23日~6月5日进行连续张贴第二次公示10个工作日", "征求意见稿公示期为…".
_EARLIER_ROUND = re.compile(r"第[一二12]次(?:信息)?(?:公示|公告|公开)|首次(?:公示|公告)|征求意见稿")


def _earlier_round(notice: Notice, published: dt.date | None) -> bool:
    """Tell whether the period a pre-submission notice prints with its last day is told in
    the sentence of an earlier round (the draft's comment period it recounts), when the notice
    has no publication day to compare it with."""
    found = find_window(notice.content, published)
    if found is None or "ends_on" not in found.value:
        return False
    text = notice.content
    start = max(text.rfind(ch, 0, found.start) for ch in "。；;\n") + 1
    ends = [i for ch in "。；;\n" if (i := text.find(ch, found.end)) >= 0]
    return bool(_EARLIER_ROUND.search(text, start, min(ends, default=len(text))))


def _over_before(window: dict[str, Any] | None, published: dt.date | None) -> bool:
    """Tell whether a window printed with its last day ended before the notice was published."""
    ends_on = (window or {}).get("ends_on")
    return published is not None and ends_on is not None and ends_on < published.isoformat()


def window(notice: Notice, published: dt.date | None) -> Extracted:
    found = find_window(notice.content, published)
    if found is None:
        return MISSING
    return Extracted(found.value, found.confidence, notice.span(found.start, found.end))


#: The manager a court appoints in a bankruptcy (or pre-restructuring) case, who calls for the
#: claims: "指定某某律师事务所为某某公司管理人", "指定某某会计师事务所担任管理人".
_MANAGER = re.compile(
    r"指定(?P<org>[\u4e00-\u9fff()（）]{2,30}?(?:事务所|清算组|有限责任公司|有限公司))"
    r"(?:为|担任)[^，。；\n]{0,24}?管理人"
)


#: A body speaking of itself in the text: "我办", "我局", "我委", "我厅".
_SPEAKS_AS = re.compile(r"我(办|局|委|厅|审批机构)(?![长])")
_ENDS_AS = {
    "办": re.compile(r"办(?:公室)?$"),
    "局": re.compile(r"局$"),
    "委": re.compile(r"委(?:员会)?$"),
    "厅": re.compile(r"厅$"),
    # (the approving body calling itself by its role, as the disclosure guide's template
    # words it: "如有意见，请…向我审批机构反映")
    "审批机构": re.compile(r"(?:局|厅|委员会|政府)$"),
}


#: Where a news item that relays a notice starts to reprint it: "原公告如下：", "公告原文如下：".
_REPRINTED = re.compile(r"(?:原公告|公告原文|原文|原公示|公示原文)如下[：:]?")


#: An authority's name a re-poster hid in the body: "***生态环境局（**分局）", "（略）生态环境局".
_HIDDEN_AUTHORITY = re.compile(
    r"(?:[*＊]+|[（(]略[）)])[\u4e00-\u9fff*＊]{0,6}?(?:生态环境|环境保护|环保)(?:分局|局|厅)"
)


#: The EIA stages the builder puts up itself (an authority's stages name the builder only as
#: the subject of what it decides).
_BUILDERS_OWN = frozenset({"eia_first", "eia_draft_comment", "eia_pre_submission"})


def issuer(notice: Notice, kind: str, title_span: tuple[int, int] | None) -> Extracted:
    """Read the issuer from the signature; else the inspection group or the builder named."""
    signers = notice.seg.signers
    name = issuer_from_signature([(s.org, s.label) for s in signers])
    if name and kind in EIA_KINDS and "、" in name:
        # an EIA notice signed by the builder over its consultant: the builder issues it
        name, signers = signers[0].org, signers[:1]
    if name and "、" in name and len(signers) > 1:
        # two bodies sign, the text speaking as one of them ("我办牵头起草…" over "某某领导小组
        # 办公室 / 某某局"): that one issues it
        spoken = {m.group(1) for m in _SPEAKS_AS.finditer(notice.content)}
        own = [s for s in signers if any(_ENDS_AS[w].search(s.org) for w in spoken)]
        if len(own) == 1:
            name, signers = own[0].org, own
    if (
        name
        and kind in AUTHORITY_KINDS
        and _SPEAKS_AS.search(notice.content)
        and all((s.label or "").startswith("建设单位") for s in signers)
    ):
        # an authority's notice that speaks as 我局 and lists what it took in ("项目名称：… /
        # 建设单位：某某公司 / 受理日期：…"): the builder's labelled line is a row, not a signature
        name = None
    if name and "*" in notice.page.text[max(0, signers[0].start - 2) : signers[0].start]:
        name = None  # a name redacted by a re-poster ("*安市环境保护局") is no name
    if name:
        span = notice.page.raw_span(signers[0].start, signers[-1].end)
        return Extracted(fuller_reading(name, notice.content) or name, 0.9, span)
    credited = _credit_line(notice)
    if credited is not None and kind != "inspection_reporting":
        return credited
    party_inspection = kind == "other" and DISCIPLINE_INSPECTION.search(notice.content)
    if kind == "inspection_reporting" or party_inspection:
        found = inspector(notice.title, notice.content, numbered_only=bool(party_inspection))
        if found:
            org, where, at = found
            span = title_span if where == "title" else notice.span(at, at + len(org))
            return Extracted(org, 0.8, span)
        opener = _OPENS_REPORTING.search(notice.content) if kind == "inspection_reporting" else None
        if opener:  # no group named: the office that decided to take the reports opens them
            at = opener.start("org")
            return Extracted(opener.group("org"), 0.6, notice.span(at, opener.end("org")))
    if kind in COMPANY_KINDS or (kind == "other" and _court_claims(notice.content)):
        # a listed company's own announcement (of a reduction, or of the claims call in its
        # reorganisation): the company that calls itself "公司" issues it, not the manager
        # the court appointed nor a search box printed before its title
        own = self_named_company(notice.content)
        if own:
            org, start, end = own
            return Extracted(org, 0.7, notice.span(start, end))
    if notice.title:
        m = TITLE_ISSUER.match(notice.title)
        if m:
            return Extracted(clean_org(m.group("org")), 0.7, title_span)
    if kind in COMPANY_KINDS:
        header = _header_company(notice)
        if header:
            return header
        company = subject_company(None, notice.title, notice.content)
        if company and company[1] == "body":
            org, _, at = company
            # (a re-poster's category before the name: "海外监管公告-某某股份有限公司因…")
            named = clean_org(org)
            if named != org and org.endswith(named):
                at, org = at + len(org) - len(named), named
            return Extracted(org, 0.5, notice.span(at, at + len(org)))
    if kind == "other" and _court_claims(notice.content):
        # a bankruptcy site's publisher line ("公开人：某某公司管理人") names the manager as
        # the notice calls itself, before the sentence that appoints a firm to the office
        labelled = _publisher_line(notice)
        if labelled is not MISSING:
            return labelled
        manager = _MANAGER.search(notice.content)
        if manager:
            org = manager.group("org")
            return Extracted(org, 0.6, notice.span(manager.start("org"), manager.end("org")))
    proposed_acceptance = kind == "other" and ACCEPTANCE_DECISION_PROPOSED.search(
        f"{notice.title or ''}\n{notice.content}"
    )
    if kind in AUTHORITY_KINDS or proposed_acceptance:
        # an authority's notice lists the projects it accepted or decides on, each with its
        # builder ("建设单位 某某医院"): the authority the public writes to issues it (so too
        # its completion-acceptance decision put up before it is made, "拟作出竣工环境保护验收
        # 决定的公开", over the table of the works and their builder)
        # (a news item that reprints the notice after its own lead-in: the original's words
        # name its issuer, not the reporter's retelling before "原公告如下：")
        # (a development zone's title naming itself as the body that proposes the step, before
        # the office the body gives to call: "某某开发区管委会拟对…公示" over "审批联系人：某某科")
        zone = notice.title and proposing_zone(notice.title)
        if zone:
            return Extracted(zone, 0.6, title_span)
        reprint = _REPRINTED.search(notice.content)
        named = (
            (reprint and authority(notice.content, start=reprint.end()))
            or authority(notice.content)
            or acting_body(notice.content)
        )
        if named:
            org, at = named
            division = _DIVISION_ON_NEXT_LINE.match(notice.content, at + len(org))
            if division is not None and org.endswith("局"):
                # the column broke the name before its division ("…转自某某市生态环境局" /
                # "某某分局发布时间：…"): the division's name is the issuer's
                whole = org + division.group("division")
                return Extracted(whole, 0.6, notice.span(at, division.end()))
            office = _CONTACT_OFFICE.search(notice.content)
            if (
                office is not None
                and _SOURCE_LABEL.search(notice.content, max(0, at - 8), at)
                and office.group("org") != org
                and office.group("org")[-3:] == org[-3:]
            ):
                # the page's source line shortens the office the notice itself names in full
                # as the one to contact ("来源：某某开发区行政审批局" over "联系单位：某某经济技术
                # 开发区行政审批局"): the notice's own words
                org, at = office.group("org"), office.start("org")
            return Extracted(org, 0.6, notice.span(at, at + len(org)))
        # ... or names itself only in its title, the body's name hidden by a re-poster
        # ("宁波市生态环境局（象山分局）环评文件拟审批意见公告" over "***生态环境局（**分局）"):
        # read line by line as printed (a listing's heading may be joined to the title)
        head = notice.seg.title
        if head is not None and _HIDDEN_AUTHORITY.search(notice.content):
            printed = "\n".join(notice.page.line(i) for i in range(head.first, head.last + 1))
            named = authority(printed)
            if named:
                return Extracted(named[0], 0.55, title_span)
        # ... or, where it calls itself only 我局, the authority whose page credits the notice
        # ("来源：某某市生态环境局某某分局" in the lines over it)
        credited_by = _authority_source_line(notice)
        if credited_by is not None:
            return credited_by
    undated = _undated_signature(notice) or _masked_date_signature(notice)
    if undated is not None:
        return undated
    if kind == "other" and SOLICITATION.search(notice.content):
        labelled = _publisher_line(notice)
        if labelled is not MISSING:
            return labelled
        called = convener(notice.content)
        if called:
            org, at = called
            return Extracted(org, 0.6, notice.span(at, at + len(org)))
    # (an authority's notice that speaks as 我局 is the authority's, whose name it leaves out:
    # the builder of the project it decides on never issues it)
    if (kind in EIA_KINDS or kind == "other") and not (
        (kind in AUTHORITY_KINDS or proposed_acceptance) and _SPEAKS_AS.search(notice.content)
    ):
        named = builder(notice.content)
        if named:
            org, at = named
            return Extracted(org, 0.6, notice.span(at, at + len(org)))
        if kind not in AUTHORITY_KINDS:
            tabled = _one_row_builder(notice)
            if tabled is not None:
                return tabled
        introduced = introduced_company(notice.content) if kind in _BUILDERS_OWN else None
        if introduced:
            org, at = introduced
            return Extracted(org, 0.55, notice.span(at, at + len(org)))
        led = TITLE_COMPANY.match(notice.title or "") or BRACKETED_COMPANY_PROJECT.match(
            notice.title or ""
        )
        if led and kind in EIA_KINDS:  # the title names the company whose project it is
            # (maybe the project in its marks: "《某某有限公司日处理200吨某某项目》环境影响评价
            # 一次公示")
            return Extracted(clean_org(led.group("org")), 0.5, title_span)
        led_by = _title_led_by_org(notice)
        if led_by is not None:
            return led_by
        if kind in EIA_KINDS:
            run_in = _run_in_company_title(notice)
            if run_in is not None:
                return run_in
        if kind in _BUILDERS_OWN:
            bracketed = _company_led_project(notice)
            if bracketed is not None:
                return bracketed
        if kind in EIA_KINDS:
            own = _SELF_BRACKETED.search(notice.content)
            if own is not None:  # "…在本单位（某某电力公司）网站上刊登"
                at = own.start("org")
                return Extracted(own.group("org"), 0.5, notice.span(at, own.end("org")))
    if kind == "other":
        head = CONTACT_HEAD.search(notice.content)
        if head is not None:
            org = clean_org(head.group("org"))
            at = head.end("org") - len(org)
            return Extracted(org, 0.5, notice.span(at, at + len(org)))
    return _publisher_line(notice)


def _one_row_builder(notice: Notice) -> Extracted | None:
    """The builder in the one row of the table a builder's own notice prints its project in
    (a completion-acceptance form: "项目名称 | 项目类型 | 建设单位 | …" over its values, each
    cell on a line): the builder puts up its own publicity."""
    rows = table_rows(notice.content)
    if not rows:
        return _spaced_row_builder(notice)
    if len(rows) != 1 or not rows[0].builder or "*" in rows[0].builder:
        return None
    org = rows[0].builder
    at = notice.content.find(org, rows[0].start)
    if at < 0:
        return None
    return Extracted(org, 0.5, notice.span(at, at + len(org)))


_WORD = re.compile(r"\S+")


def _spaced_row_builder(notice: Notice) -> Extracted | None:
    """The builder in the one row of a table a copy ran into one line, its cells parted by
    spaces, header and row together ("序号 建设项目名称 建设地点 建设管理单位 1 某某工程 某某市
    某某公司"): the spaces the rules drop are the only marks of its cells, so the line is read
    as printed."""
    page, seg = notice.page, notice.seg
    for i in range(seg.first, seg.last + 1):
        if "序号" not in page.line(i):
            continue
        span = page.raw_span(*page.line_bounds(i))
        if span is None:
            continue
        raw = page.raw[span[0] : span[1]]
        words = list(_WORD.finditer(raw))
        cells = [PINYIN.sub("", w.group()).translate(FOLD) for w in words]
        at = spaced_row_builder(cells)
        if at is not None:
            w = words[at]
            return Extracted(cells[at], 0.5, (span[0] + w.start(), span[0] + w.end()))
    return None


#: The office that opens a reporting drive, as the subject of its decision ("为…，某某市生态环境
#: 保护督察整改工作领导小组办公室决定开展…举报问题排查整治工作，并设立举报电话"): an inspection's
#: follow-up run by the office, not by a group that sits.
_OPENS_REPORTING = re.compile(
    r"(?:^|[。；，,\n])(?P<org>[\u4e00-\u9fff]{4,40}?(?:办公室|领导小组|生态环境局|环境保护局|"
    r"生态环境分局|委员会))(?:经研究)?[，,]?决定(?:在[^，,。；\n]{1,20}?)?开展[^。；\n]{0,40}?举报"
)


#: A title run into its body, led by the company whose project it is, at the start of a line
#: (after the number a document site prints before each page it previews, "1、"): "1、某某有限
#: 公司某某项目环境影响评价公众参与第一次公示一、建设项目情况简述…".
_LINE_NUMBER = re.compile(r"^\s*\d{1,2}[、.．]\s*")
#: The stage such a title names, as a notice (公示) or an announcement (公告).
_RUN_IN_STAGE = re.compile(r"^[^。；\n]{0,60}?环境影响评价[^。；\n]{0,16}?公[示告]")
#: A company's name alone on a line (the title it leads broken after it).
_COMPANY_ALONE = re.compile(r"[^\s，,。；;：:]{2,40}?(?:有限责任公司|股份有限公司|有限公司)")
RUN_IN_TITLE_LINES = 4


def _run_in_company_title(notice: Notice) -> Extracted | None:
    """The company leading a title run into the first lines of an EIA notice; the company may
    stand alone on its line, the title going on in the next ("某某股份有限公司 / 某某生产建设
    项目环境影响评价公示一、项目概况…"), as a forum post breaks a long title, or as a builder's
    site prints its name over the title restated under a page headline that omits it ("某某煤矿
    改扩建工程…第一次公告 / 发布时间：… / 某某矿业有限公司 / 某某煤矿改扩建工程…第一次公告")."""
    offset = 0
    lines = notice.content.split("\n")[: RUN_IN_TITLE_LINES + 1]
    for n, line in enumerate(lines[:RUN_IN_TITLE_LINES]):
        number = _LINE_NUMBER.match(line)
        start = number.end() if number else 0
        alone = _COMPANY_ALONE.fullmatch(line[start:].strip())
        # (a name alone reads on into the next line, the title's rest)
        text = line[start:].strip() + lines[n + 1] if alone and n + 1 < len(lines) else line[start:]
        led = TITLE_COMPANY.match(text)
        if led and _RUN_IN_STAGE.match(text[led.end("org") :]):
            org = clean_org(led.group("org"))
            at = offset + line.index(org, start)
            return Extracted(org, 0.5, notice.span(at, at + len(org)))
        offset += len(line) + 1
    return None


#: How many of a notice's first lines may name its project, led by its company, in marks.
PROJECT_NAMED_LINES = 6


def _company_led_project(notice: Notice) -> Extracted | None:
    """The company leading the project a builder's notice names in its marks in its first lines
    ("《某某科技有限公司年产10万吨某某项目》已委托…编制完成征求意见稿"), when nothing else
    names the builder (a mirror's garbled title line names none a reader can take)."""
    head = "\n".join(notice.content.split("\n")[:PROJECT_NAMED_LINES])
    m = BRACKETED_COMPANY_PROJECT.search(head) or COMPANY_PROJECT_COMMISSIONED.search(head)
    if m is None or "*" in m.group("org"):
        return None
    org = clean_org(m.group("org"))
    at = m.end("org") - len(org)
    return Extracted(org, 0.5, notice.span(at, at + len(org)))


#: A builder that speaks as 我公司 and gives its name once, in brackets after the word for
#: itself: "全本在本单位（某某省电力公司）网站上刊登".
_SELF_BRACKETED = re.compile(
    r"(?:本单位|我单位|本公司|我公司|本企业|我企业)[（(]"
    rf"(?P<org>[^（）()\n，,。；;]{{2,40}}?{ORG_SUFFIX})[）)]"
)
_SENTENCE_END = re.compile(r"[。；;!！)）]$|日内$|为止$")
#: ... or a line of the notice's contacts, a value after its label ("联系人：周律师　联系电话：
#: 0731-…"): the name under it signs the notice.
_CONTACT_LINE = re.compile(
    r"^(?:联系人|联系电话|电话|联系方式|电子邮箱|电子邮件|邮箱|通讯地址|联系地址|地址|传真|邮编)"
    r"\s*[：:]\s*\S"
)
#: A website's links under an article ("[附件下载]", "【打印本页】 【关闭本页】", "Produced By…"):
#: the name standing above them closes the notice.
_PAGE_LINKS = re.compile(
    r"^(?:[\[【]?\s*(?:附件下载|打印本页|关闭本页|关闭窗口|返回顶部|收藏本页|打印|关闭)\s*[\]】]?\s*)+$"
    # (a page's like and share buttons with their counts: "点赞(0)")
    r"|^(?:点赞|收藏|分享|评论)\s*(?:[（(]\d*[）)])?$"
    r"|^Produced By",
    re.I,
)


#: The rule a flattened web table leaves after a cell's text.
_CELL_RULE_AFTER = re.compile(r"[ \t\u3000]*[|｜]$")


def _undated_signature(notice: Notice) -> Extracted | None:
    """A signature without a date: the notice's last line is an organisation's name alone,
    under a line that ends a sentence ("…提出意见。" / "某某有限公司")."""
    page, seg = notice.page, notice.seg
    if seg.date_line is not None or seg.signers:
        return None
    last = seg.last
    while last > seg.first and (
        not page.line(last).strip() or _PAGE_LINKS.match(page.line(last).strip())
    ):
        last -= 1
    # (the signer's own address and phone may stand under its name: "某某局 / 地址：… /
    # 联系人：某某 联系电话：…")
    contact_under = last
    while contact_under > seg.first and _CONTACT_LINE.match(page.line(contact_under).strip()):
        contact_under -= 1
    if contact_under < last and org_name(page.line(contact_under).strip()):
        last = contact_under
    after = last + 1  # (the name may stand just under the body, closing the block)
    if after < page.line_count() and (
        after + 1 == page.line_count()
        or not page.line(after + 1).strip()
        or _PAGE_LINKS.match(page.line(after + 1).strip())
    ):
        last = after if org_name(_CELL_RULE_AFTER.sub("", page.line(after).strip())) else last
    if last <= seg.first:
        return None
    # (a web table's cell rule may stand after the name: "某某油田分公司 |")
    line = _CELL_RULE_AFTER.sub("", page.line(last).strip())
    found = org_name(line)
    if found is None or found[1] is not None or found[0] != line:
        return None
    above = page.line(last - 1).strip()
    if not (
        _SENTENCE_END.search(above) or _CONTACT_LINE.match(above) or _attachments_above(page, last)
    ):
        return None
    start = page.line_bounds(last)[0] + page.line(last).index(line)
    return Extracted(clean_org(line), 0.7, page.raw_span(start, start + len(line)))


#: A signature's date a re-poster masked, every digit starred: "****年**月**日".
_MASKED_DATE_LINE = re.compile(r"^[ \u3000]*[*＊]{2,4}年[*＊]{1,2}月[*＊]{1,2}日[ \u3000]*$")


def _masked_date_signature(notice: Notice) -> Extracted | None:
    """A signature over a date an aggregator masked ("某某局 / ****年**月**日"), the notice's
    attachment (its project table) after it: the name alone on its line signs as over a date."""
    page, seg = notice.page, notice.seg
    if seg.date_line is not None or seg.signers:
        return None
    for i in range(seg.first + 1, seg.last + 1):
        if not _MASKED_DATE_LINE.match(page.line(i)):
            continue
        j = i - 1
        while j > seg.first and not page.line(j).strip():
            j -= 1
        line = _CELL_RULE_AFTER.sub("", page.line(j).strip())
        found = org_name(line)
        if found is None or found[1] is not None or found[0] != line:
            continue
        start = page.line_bounds(j)[0] + page.line(j).index(line)
        return Extracted(clean_org(line), 0.7, page.raw_span(start, start + len(line)))
    return None


#: The list of attachments a notice ends with ("附件：1. 某某报告书简本 / 2. …", its head an
#: ``ATTACHMENT_LINE``), over which the issuer signs.
_ATTACHMENT_ITEM = re.compile(r"^\d{1,2}\s*[.、．]")
ATTACHMENT_ITEMS = 6


def _attachments_above(page: Page, signature_line: int) -> bool:
    """Tell whether the lines just above a signature are the notice's list of attachments."""
    for i in range(signature_line - 1, max(-1, signature_line - 1 - ATTACHMENT_ITEMS), -1):
        line = page.line(i).strip()
        if ATTACHMENT_LINE.search(line):
            return True
        if not _ATTACHMENT_ITEM.match(line):
            return False
    return False


#: A repost's credit line closing the notice: the authority's name alone in brackets
#: ("（某某市行政审批局）"), standing for the signature the repost dropped.
_CREDIT = re.compile(r"^[（(](?P<org>[^（）()]{4,40})[）)]$")
CREDIT_LINES = 3


def _credit_line(notice: Notice) -> Extracted | None:
    page, seg = notice.page, notice.seg
    for i in range(seg.last, max(seg.first, seg.last - CREDIT_LINES) - 1, -1):
        m = _CREDIT.match(page.line(i).strip())
        found = org_name(m.group("org")) if m else None
        if found and found[1] is None and re.search(r"(?:局|厅|委员会|人民政府|办公室)$", found[0]):
            line = page.line(i)
            start = page.line_bounds(i)[0] + line.index(found[0])
            return Extracted(found[0], 0.7, page.raw_span(start, start + len(found[0])))
    return None


def _title_led_by_org(notice: Notice) -> Extracted | None:
    """The organisation printed before the title, set off by a space ("某某管理委员会 某某规划
    …公示"); the page text has the space taken out, so the line is read as printed."""
    page, title = notice.page, notice.seg.title
    if title is None:
        return None
    start, end = page.line_bounds(title.first)
    if end <= start:
        return None
    printed = page.raw[page.to_raw(start) : page.to_raw(end - 1) + 1].translate(FOLD)
    by = TITLE_LED_BY_ORG.match(printed)
    line = page.line(title.first)
    if by is None or not line.lstrip().startswith(by.group("org")):
        return None
    at = start + len(line) - len(line.lstrip())
    org = by.group("org")
    return Extracted(org, 0.5, page.raw_span(at, at + len(org)))


#: Lines at the head of a notice where a web page's publisher line stands.
PUBLISHER_LINES = 4


#: A bureau's division on the line under the bureau's name, the name broken at the column's
#: edge: "某某县分局" or "某某分局" alone, or run on into a posting line's label.
_DIVISION_ON_NEXT_LINE = re.compile(
    r"\n(?P<division>[\u4e00-\u9fff]{2,6}?分局)(?=$|\n|[\s，,。；;]|发布时间|发布日期|日期[：:])",
    re.M,
)


def _authority_source_line(notice: Notice) -> Extracted | None:
    """The environmental authority a page's source or publisher line names, in the lines over
    the notice or at its head."""
    page, seg = notice.page, notice.seg
    top = min(seg.first, seg.title.first) if seg.title else seg.first
    first = top
    while first > 0 and top - first < _POSTED_ABOVE and page.line(first - 1).strip():
        first -= 1
    for i in range(first, min(top + PUBLISHER_LINES, page.line_count())):
        line = page.line(i)
        named = publisher(line)
        if named and authority(named[0]) == (named[0], 0):
            org, at = named
            start = page.line_bounds(i)[0] + at
            end = start + len(org)
            if at + len(org) == len(line) and i + 1 < page.line_count():
                # the name broken at the column's edge before its division ("来源：某某市生态
                # 环境局" / "某某分局发布时间：…"): the whole name
                whole = publisher(line + page.line(i + 1))
                if (
                    whole
                    and whole[1] == at
                    and whole[0].startswith(org)
                    and len(whole[0]) > len(org)
                    and authority(whole[0]) == (whole[0], 0)
                ):
                    org, end = whole[0], end + 1 + len(whole[0]) - len(org)
            return Extracted(org, 0.5, page.raw_span(start, end))
    return None


def _publisher_line(notice: Notice) -> Extracted:
    """The page's publisher line under the title ("公开人：某某公司管理人"), read as printed
    (one line), when nothing else names the issuer."""
    page, seg = notice.page, notice.seg
    top = min(seg.first, seg.title.first) if seg.title else seg.first
    # (counted under the title's last line: a title wrapped over lines, or led by a
    # breadcrumb's separators, pushes the lines under it down)
    under = seg.title.last + 1 if seg.title else top
    for i in range(top, min(max(top, under) + PUBLISHER_LINES, page.line_count())):
        named = publisher(page.line(i))
        if named:
            org, at = named
            start = page.line_bounds(i)[0] + at
            return Extracted(org, 0.5, page.raw_span(start, start + len(org)))
    return MISSING


#: Lines at the head of a listed company's announcement where its name stands alone.
HEADER_LINES = 12


def _header_company(notice: Notice) -> Extracted | None:
    """The company named alone on a line under a listed company's header (证券代码…)."""
    lines = notice.content.split("\n")
    offset = 0
    seen_code = False
    for line in lines[:HEADER_LINES]:
        if "证券代码" in line:
            seen_code = True
        elif seen_code and (found := org_name(line.strip())) and COMPANY.fullmatch(found[0]):
            name = clean_org(found[0])
            at = offset + line.index(name)
            return Extracted(name, 0.6, notice.span(at, at + len(name)))
        offset += len(line) + 1
    return None


def subject(notice: Notice, kind: str, fields: dict[str, Extracted]) -> Extracted:
    """Read the company a notice is about, or the project for EIA (and project-like) notices."""
    title_span = fields["title"].span
    project = project_from_title(notice.title) if notice.title else None
    if kind in EIA_KINDS or (kind == "other" and project):
        if project:
            return Extracted(project, 0.8, title_span)
        found = project_from_body(_site_furniture_masked(notice.content)) or _project_row(notice)
        if found:
            name, at = found
            return Extracted(name, 0.7, notice.span(at, at + len(name)))
        return MISSING
    if kind not in COMPANY_KINDS and kind != "other":
        return MISSING
    company = subject_company(fields["issuer"].value, notice.title, notice.content)
    if not company:
        return MISSING
    name, where, at = company
    if where == "issuer":
        return Extracted(name, 0.75, fields["issuer"].span)
    if where == "title":
        return Extracted(name, 0.75, title_span)
    return Extracted(name, 0.6, notice.span(at, at + len(name)))


def _project_row(notice: Notice) -> tuple[str, int] | None:
    """Return a project printed alone on a line (a table row), in body offsets."""
    page, pos = notice.page, notice.body.pos
    for i in range(page.line_at(pos[0]), page.line_at(pos[-1]) + 1):
        line = page.line(i)
        m = PROJECT_LINE.match(line.strip())
        if m and not LIST_HEADING.search(m.group("p")):
            cell = ROW_NUMBER.match(m.group("p"))  # a table row: "1 | 某某工程"
            name = m.group("p")[cell.end() :] if cell else m.group("p")
            start = page.line_bounds(i)[0] + line.index(name)
            if start in pos:
                return name, pos.index(start)
    return None


def liquidation_dates(notice: Notice) -> tuple[Extracted, Extracted]:
    """Read the dissolution resolution date and the clearing group's formation date."""
    dissolved = dissolution(notice.content)
    formed = group_formed(notice.content, dissolved)
    return (
        Extracted(dissolved[0], 0.85, notice.span(dissolved[1], dissolved[2]))
        if dissolved
        else MISSING,
        Extracted(formed[0], 0.8, notice.span(formed[1], formed[2])) if formed else MISSING,
    )


def projects(notice: Notice, kind: str, parts: dict[str, Extracted]) -> Extracted:
    """Read the projects an authority's notice lists in a table (each row a project)."""
    if kind not in AUTHORITY_KINDS:
        return MISSING
    rows, base = table_rows(notice.content), None
    if "序号" in notice.content or "项目名称" in notice.content:
        # a table a cell a line (numbered, or starting at its project column) may have had its
        # short cells joined as a broken sentence: read it as printed too, and keep the
        # reading that finds more rows
        page, seg = notice.page, notice.seg
        start = page.line_bounds(seg.first)[0]
        printed = table_rows(page.text[start : page.line_bounds(seg.last)[1]])
        if len(printed) > len(rows):
            rows, base = printed, start

    def span(start: int, end: int) -> tuple[int, int] | None:
        if base is None:
            return notice.span(start, end)
        return notice.page.raw_span(base + start, base + end)

    if not rows:
        return MISSING
    value = []
    for n, row in enumerate(rows):
        parts[f"projects.{n}"] = Extracted(row.project, 0.6, span(row.start, row.end))
        value.append({"project": row.project, "builder": row.builder})
    return Extracted(value, 0.6, span(rows[0].start, rows[-1].end))


#: How many lines under a notice's date its bracketed contact may stand (the posting row under
#: it, "| 时间： | 2026-03-16 |", may come first).
CONTACT_UNDER_DATE_LINES = 2


def _bracketed_contact_under_date(notice: Notice) -> Derived | None:
    """The contact in brackets a notice sets just under its date, below its body ("2026年3月16日"
    / "（联系人：某某，联系电话：…）"), if any."""
    page, seg = notice.page, notice.seg
    if seg.date_line is None:
        return None
    last = min(seg.date_line + CONTACT_UNDER_DATE_LINES, page.line_count() - 1)
    for i in range(seg.date_line + 1, last + 1):
        if not page.line(i).strip():
            break
        if BRACKETED_CONTACT_LINE.match(page.line(i)):
            return page.rejoin(i, i)
    return None


def contact(notice: Notice, parts: dict[str, Extracted]) -> Extracted:
    """Read the contact; each piece's span also goes into ``parts`` ("contact.phone")."""
    text = notice.body
    found = find_contact(_site_furniture_masked(text.text))
    if not found and (under := _bracketed_contact_under_date(notice)) is not None:
        text, found = under, find_contact(under.text)
    value: dict[str, Any] = {}
    spans: list[tuple[int, int]] = []
    for key, item in found.items():
        pieces = item if isinstance(item, list) else [item]
        for n, piece in enumerate(pieces):
            name = f"contact.{key}.{n}" if isinstance(item, list) else f"contact.{key}"
            parts[name] = Extracted(piece.value, 0.8, text.raw_span(piece.start, piece.end))
            spans.append((piece.start, piece.end))
        value[key] = [p.value for p in pieces] if isinstance(item, list) else item.value
    if not value:
        return Extracted({}, 0.5, None)
    return Extracted(value, 0.8, text.raw_span(min(s for s, _ in spans), max(e for _, e in spans)))


def links(notice: Notice, parts: dict[str, Extracted]) -> Extracted:
    found = find_links(notice.body)
    for n, (url, start, end) in enumerate(found):
        parts[f"links.{n}"] = Extracted(url, 0.9, notice.span(start, end))
    if not found:
        return Extracted([], 0.8, None)
    return Extracted([url for url, _, _ in found], 0.9, notice.span(found[0][1], found[-1][2]))
