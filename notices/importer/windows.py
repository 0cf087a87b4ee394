"""The claim, comment or reporting window as a notice prints it.

Two shapes (see the package docstring): a length counted from publication
(``{"length", "unit", "counting", "counting_stated"}``) or a stated period
(``{"starts_on", "ends_on"}``, with ``daily_hours`` and the printed length when present).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from .dates import (
    CN_DAY,
    CN_MONTH,
    NUMBER,
    cn_int,
    cn_month,
    date_pattern,
    glued_date,
    glued_dates,
    make_date,
    match_date,
    match_partial,
    partial_pattern,
)

#: "45日", "10个工作日", "四十五天", "不少于10个工作日", "三个月" (never "3月": March, nor
#: "年49日": a date whose month was lost, "2024年49日-20244月22").
#: (a form's blank filled in brackets: "公示期为（2）个工作日", "自公示起（5）日内"; never the
#: last figure of a day an aggregator masked, "2025年5月2**$3日": a date, not three days)
DURATION = re.compile(
    rf"(?<![\d年月一二两三四五六七八九十百〇零\-—~～*$])(?:(?P<open>[（(])[ ]?)?(?P<n>{NUMBER})"
    r"(?(open)[ ]?[）)](?=[ ]?(?:个[ ]?)?(?:工作日|日内|天内))|)[ ]?(?:个)?[ ]?"
    r"(?P<unit>工作日|自然日|日历日|日|天|(?<=个)月)(?!报|期|历|份)"
)
#: What a period before a duration is counted from; the last one before it decides.
ANCHOR = re.compile(
    r"(?P<accept>公告|公示|见报|登报|刊登|刊发|发布|公布|张贴|公开|进驻|即日起)"
    r"|(?P<reject>通知书|接到通知|收到通知|书面通知|期满|届满|到期|决定|批复|复议|诉讼|起诉|"
    r"受理之日|委托|签订|成立之日|开工|竣工|试运行|送达|听证|注销登记|解散事由)"
)
_REJECT_AFTER = re.compile(
    r"复议|诉讼|起诉|听证|申请注销|注销登记|提交.{0,6}申请|依法申请|补充|整改"
)
#: Statements of how the first day is counted.
STATED_NEXT_DAY = re.compile(
    r"次日|翌日|第二日|第二天|(?:公示|公告|发布|刊登|见报)?当[日天](?:不计|不算|除外)|"
    r"不(?:含|包括|包含|计)(?:公示|公告|发布)?当[日天]"
)
STATED_SAME_DAY = re.compile(
    r"(?<!不)(?:含|包括|包含)(?:公示|公告|发布|刊登|见报)?当[日天]|当[日天](?:计入|算起|起算|计算在内)"
)
_RANGE_SEP = (
    r"[ ]?(?:起[，,]?)?[ ]?(?:至|到|—{1,3}|–|-{1,3}|~|～|－"
    # (or the dash typed as the numeral 一 between two dates: "2025年11月3日一2025年11月7日",
    # "公示时间：11月21日一 11月28日")
    r"|(?<=[日号])一(?=[ ]?(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}[日号]))[ ]?"
)
#: ... or none, the dash lost between two dates: "（2023年11月21日12月21日）".
_LOST_SEP = r"(?<=[日号])(?=(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}[日号])"
#: The hour a period opens or closes at, printed after its day: "17:26", or in words, "8时",
#: "20时30分", "上午9点", "17时整" (a platform's or a planning body's exact window).
_TIME_OF_DAY = r"[ ]?(?:上午|下午|晚上)?\d{1,2}(?:[:：]\d{2}|[时点](?:\d{1,2}分|整|半)?)"
RANGE = re.compile(
    # (a stray 年 typed after the first date's 日: "2024年11月15日年至2024年11月25日")
    # (a platform's field may print the hour after a space: "2025-08-27 17:26 至 2025-09-11 17:26")
    rf"(?P<lead>自|从|于)?(?:{date_pattern('s')})(?:{_TIME_OF_DAY})?(?:(?<=[日号])年)?"
    rf"(?:{_RANGE_SEP}|{_LOST_SEP})(?:于(?=(?:19|20)\d{{2}}年))?"  # "于…-于…": 于 before both
    rf"(?:{date_pattern('e')}|{partial_pattern('e')}|(?P<ly>(?:19|20)\d{{2}})年月(?P<ld>\d{{1,2}})[日号]"
    # (the end's year typed with a digit lost, or one too many: "2026年2月2日-206年2月6日",
    # "2026年1月15日-20265年1月21日")
    r"|(?P<ty>\d{3}|\d{5})年(?P<tm>\d{1,2})月(?P<td>\d{1,2})[日号]"
    # (the end's 日 lost before the count run into it: "至2023年3月1410个工作日")
    rf"|(?:(?P<ry>(?:19|20)\d{{2}})年)?(?P<rm>\d{{1,2}})月(?P<rd>\d{{1,2}})"
    r"(?=(?P<rc>5|7|10|15|20)个?工作日))"
    rf"(?:{_TIME_OF_DAY})?(?P<stop>止)?"
)
#: A period whose two dates lost every 年/月 and the dash between them, only the last 日 kept:
#: "公示期为2019122020191224日" (2019-12-20 to 2019-12-24); zero-padded months and days only, so
#: the sixteen digits split one way.
_GLUED_RANGE = re.compile(
    r"(?<![\d.])(?P<s_gy>(?:19|20)\d{2})(?P<s_gmd>[01]\d[0-3]\d)"
    r"(?P<e_gy>(?:19|20)\d{2})(?P<e_gmd>[01]\d[0-3]\d)日(?P<stop>止)?"
)
#: What introduces a period restating the words before it: "十个工作日。即…至…".
_RESTATED = re.compile(r"^(?:即|也即|亦即|也就是)[为是:：]?$")
#: A numbered heading that names the period and closes with a full stop, the dates run on after
#: it on the same line: "一、公示时间。2024年11月18日至11月22日。"
_PERIOD_HEADING = re.compile(
    r"(?:^|\n)[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])?[ \u3000]*"
    r"(?P<h>[^，。；\n]{0,8}?(?:时间|期限|期间|日期|期))[。.][ \u3000]*$"
)
#: A period printed without its year ("1月8日-1月16日", "8月1日至8月15日"): the year is the
#: publication's.
YEARLESS_RANGE = re.compile(
    rf"(?<![\d年])(?P<lead>自|从|于)?(?:(?P<sm>\d{{1,2}})月(?P<sd>\d{{1,2}})"
    # (or in Chinese numerals, as a government document prints it: "五月十日至五月二十三日")
    rf"|(?<![〇零○一二三四五六七八九十])(?P<scm>{CN_MONTH})月(?P<scd>{CN_DAY}))[日号]{_RANGE_SEP}"
    rf"(?:{partial_pattern('e')})(?P<stop>止)?"
)
#: ... or its year printed only with its end ("公示期为8月8日-2024年8月14日"): the start's year is
#: the end's (the year before, for a start after the end's day in that year).
_YEAR_AT_END_RANGE = re.compile(
    rf"(?<![\d年])(?P<lead>自|从|于)?(?P<sm>\d{{1,2}})月(?P<sd>\d{{1,2}})[日号]{_RANGE_SEP}"
    rf"(?:{date_pattern('e')})(?P<stop>止)?"
)
#: A period that starts on a printed date: "自2024年7月8日起10个工作日", or with the 自 left
#: out after the period's name: "公示期为2024年7月8日起10个工作日", "公示时间：2024年7月8日起，…".
FROM_DATE = re.compile(
    rf"(?:自|从|于|(?<=[期间][为是])|(?<=[期间][：:])|(?<=[期间][为是][：:]))"
    # never 起草 (drafted), 起诉 (sued), nor the day a rule took effect ("自2019年1月1日起施行的
    # 《环境影响评价公众参与办法》规定…10个工作日"): a law's date, not the period's first day
    rf"[ ]?(?:{date_pattern('s')})(?:起(?![草诉]|施行|实施|执行|生效)|开始(?!施行|实施|执行|生效))"
)
#: A first day the period is said to open on, its length told in the next clause: "公示期开始时间
#: 为2025年1月7日，公示时间为（5个工作日）" (a bureau's daily notice). Counted like a period
#: "自…起": from the day after, unless the text says that day counts.
PERIOD_OPENS_ON = re.compile(
    rf"(?:开始|起始)(?:时间|日期)[为是]?[：:]?[ ]?(?:{date_pattern('s')})"
    r"[ ]?[，,；;][^。；\n]{0,12}$"
)
#: The day an inspection group arrives, printed before how long it sits: "督察组2021年12月6日起进驻
#: 某某市开展为期15天的督察", "督察组于2024年7月22日进驻某某市…进驻时间为20天". The group takes
#: reports from that day (day 1) while it sits; a day without its year starts nothing.
ARRIVAL_DAY = re.compile(rf"(?:{date_pattern('s')})[ ]?(?:起|开始)?[ ]?(?=进驻)")
#: A first day printed right before the length, on a line of its own under the period's
#: heading ("五、公众提出意见的起止时间 / 2020年11月16日起，5个工作日"): the day anchors the length
#: even without a publication word.
FIRST_DAY_THEN_LENGTH = re.compile(rf"(?:{date_pattern('s')})起[ ]?[，,]?[ ]?$")
#: A first day printed in brackets right after the length: "予以公示5个工作日（自2025年2月12日
#: 起）", "公示期10个工作日(2024年3月1日起)".
LENGTH_THEN_FIRST_DAY = re.compile(
    rf"[ ]?[（(][ ]?(?:自|从|于)?[ ]?(?:{date_pattern('s')})[ ]?(?:起|开始)[^（）()\n]{{0,8}}?[）)]"
)
#: A first day opening the sentence whose end gives the length, a long name and a site between
#: (past the lead a duration looks back on): "【简本查阅方式、期限】自2016年12月21日起《某某规划
#: 环境影响报告书》（简本）链接在某某省人民政府网站上，供公众查阅时间在10个工作日".
SENTENCE_FIRST_DAY = re.compile(
    rf"(?:【[^】\n]{{1,16}}】)?[ ]?(?:自|从)[ ]?(?:{date_pattern('s')})起(?!施行|实施|执行|生效)"
    r"(?=[^。；;\n]*?(?:查阅|公示|公开|公布|征求))"
)
RANGE_CONTEXT = re.compile(
    r"公示|公告|时间|期间|期限|进驻|意见|举报|受理|起止|征求|申报|信访|截止|有效期|督察|巡察|巡视|报名|"
    # (the days for objections, in the sentence that asks for them: "有异议的…在…至…内…反映")
    r"异议|"
    r"可在[^，。；\n]{0,4}$|^[^，。；\n]{0,4}(?:登陆|登录|查阅|查看)"
)
#: A period that ends on a printed day and starts at publication:
#: "意见反馈截止时间：2024年10月25日", "受理信访时间截止到2023年11月10日",
#: "自本公告发布之日起至2024年8月22日止", or a
#: consultation platform's field under the title: "征集结束日期：2021-05-20 16:44".
UNTIL = re.compile(
    rf"(?:截止|截至|(?:(?<=征集)|(?<=征求意见)|(?<=意见反馈)|(?<=公示)|(?<=公告))(?:结束|终止))(?:日期|时间)?"
    # ("受理信访时间截止到2024年12月10日"), or in a platform's table, the day in the next cell:
    # "公告结束时间 | 2023-01-06 |"
    r"(?:为|是|(?<=截止)到|(?<=截止)至)?(?:[：:]|(?<=时间)[ ]?[|｜])?"
    rf"[ ]?(?:{date_pattern('e')}|"
    # a deadline whose 年/月/日 were all lost, the digits splitting one way only: "截止时间：
    # 202256。" (2022-05-06; dates.glued_date)
    r"(?P<by>(?:19|20)\d{2})(?P<bmd>\d{2,4})(?=[。；;，,]))|"
    # (the 自 may be left out: "本公告发布之日起至2024年1月10日17:00截止"; or the 本 too, where
    # the period opens its line under its heading: "二、征集时间" / "公告之日起至2021年11月30日")
    rf"(?:(?:(?:自|从)本?|本|(?<![\u4e00-\u9fff]))(?:公告|公示|通告)[^，。；\n\d]{{0,8}}?|即日)起?(?:至|到)"
    rf"(?:{date_pattern('f')}|(?<![\d年])(?P<fm>\d{{1,2}})月(?P<fd>\d{{1,2}})[日号])"
    # (the end without its year, the publication's: "即日起至10月20日结束")
    r"(?:截止|止|结束)?|"
    # a deadline to act by: "债权人应当在2025年6月16日前向管理人申报债权", or without its
    # year, the publication's: "意见建议请于11月23日前…寄至…"
    rf"(?:于|在)(?:{date_pattern('g')}|(?<![\d年])(?P<hm>\d{{1,2}})月(?P<hd>\d{{1,2}})[日号])"
    # (the day itself included: "请于2023年6月25日（含当日）前…申报债权")
    r"(?:[（(]星期[一二三四五六日天][）)])?(?:[（(]含(?:当日|当天|本日)[）)])?"
    # (the hour of the day may stand before 前: "于2023年12月27日17:00前", "…日下午17:30时前")
    r"(?:[ ]?(?:上午|下午|中午|晚上)?[ ]?\d{1,2}(?:[:：]\d{2}|时)时?(?:\d{1,2}分)?)?"
    r"(?:之前|以前|前)"
    # the act may follow a comma ("应于…前，向管理人申报债权"), a column break or the hours
    # in brackets ("请于…之前（工作日8:00-12:00），携身份证到…报名"); a claim may be declared
    # further on in the sentence, after the manager's address or the guide to follow ("…前向
    # 某某公司临时管理人（通讯地址：…；联系人：…）申报债权")
    # (a view may be handed in, "请于6月30日前将意见表送至我办", or told further on in the
    # sentence, after the ways to send it: "请于10月8日前，通过电话、网站或来信向…反映"); a
    # survey form is handed back: "填写调查表后于8月20日前寄回（交回）建设单位")
    r"(?=(?:[（(][^（）()\n]{0,40}[）)])?[，,]?[^，。；]{0,24}?"
    r"(?:申报|提出|反馈|反映|提交|寄送|寄至|送至|送达|发送|报名|寄回|交回|送回)"
    r"|[^。\n]{0,200}?(?:申报债权|反映|反馈))"
)
_UNTIL_CONTEXT = re.compile(r"意见|反馈|公示|公告|申报|异议|举报|征集|报名|截止")
#: "截至" opening a report of what stood on that day: "截至2020年9月17日，公司本次回购期限
#: 届满", "截至5月10日，已累计收到…": the day of an account, not a deadline. So is a tally of
#: none ("截止到2022年9月30日，未收到任何反馈意见"): the views counted by then, not a period.
_AS_OF_REPORT = re.compile(
    r"[ ]?[，,][^。；\n]{0,20}?(?:届满|已经?|累计|共计|共有|共收到|实施完毕|(?<!未)完成|"
    r"未(?:收到|接到)|没有(?:收到|接到))"
)
#: A period printed in a table cell under a column headed for it ("公示日期 |", each cell on
#: its own line in a web copy): the header stands up to a few rows of cells above.
#: (or a copy that lost the cells' bars, each header and cell a line of its own: "公示日期 /
#: 1 / 某某项目 / … / 2019年8月22日-2019年8月28日")
_COLUMN_CONTEXT = re.compile(
    r"(?:公示|公告|征求意见)(?:日期|时间|期限|期)[ ]*\n?[ ]*\||"
    r"(?m:^[ ]*(?:公示|公告|征求意见)(?:日期|时间|期限)[ ]*$)"
)
COLUMN_REACH = 300
_RANGE_REJECT = re.compile(r"复议|诉讼|施工|建设期|营业|会议|举办|举行|培训|调试|试运行|试生产")
#: A count of working days in brackets right after a period ("2023年4月21日至2023年4月26日（5个
#: 工作日）"): the length of a statutory period, printed the way notices print their own, even
#: when the period opens its own sentence after "…予以公示。" and no word of it stands beside it.
_WORKING_DAYS_AFTER = re.compile(
    r"[ ]?[（(][ ]?(?:共|计)?[ ]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ ]?个?[ ]?工作日[ ]?[）)]"
)
#: A period the authority did something in, not the public's window: "2024年11月4日-11月8日
#: 我部共受理3个建设项目…" (the files accepted in that week; the 公示期 follows), or a title
#: naming that week: "关于2026年2月9日-2026年2月14日作出的建设项目…审批决定的公告", or "…
#: 我局对7个建设项目环境影响评价文件作出审批决定" (a decision, not one the bureau will make: 拟).
_AUTHORITY_ACTED = re.compile(
    r"^[ ]?(?:我|本)(?:局|部|委|厅|分局|中心)(?:[^，。；\n]{0,4}?|对[^拟，。；\n]{0,30}?)"
    r"(?:受理|作出|审批|批复|批准)"
    r"|^[ ]?(?:期间|内)?(?:作出|受理|审批|批复|批准)(?:的|了)"
)
#: A period told as past in the words after it: "2017年7月5日至2017年7月11日在某某网站上进行了
#: 网上公示", "…期间开展了问卷调查" (an authority's notice recounting the builder's earlier
#: windows before its own): the notice's own period is another.
_DONE_IN_IT = re.compile(
    r"^[^。；\n]{0,40}?(?:进行了|开展了|完成了|作了|做了)[^。；\n]{0,16}?(?:公示|公开|调查|公告)"
    # ... or a season of works recounted by how it ended: "…实际开采时间为2020年7月1日至2021年
    # 2月28日停采，年采砂量…" (a plan's tracking assessment reporting the years worked)
    r"|^[ ]?(?:停采|停产|停工|停运|完工|竣工|投产)"
)
#: A period printed in parts, the team away in between: "（2024年5月30日—6月7日，6月11日—
#: 7月1日）". Each further part is a yearless span after a comma; the last part's end ends it.
_FURTHER_SPAN = re.compile(
    rf"^[ ]?[，,、][ ]?(?:{partial_pattern('s')}){_RANGE_SEP}(?:{partial_pattern('e')})"
)
#: A period reports are taken in, printed after the period the inspection group stays:
#: "受理时间为2025年10月13日至10月30日每天9:00至17:00".
_TAKEN_IN = re.compile(
    r"受理(?:举报|来电来信举报|来信来电举报|信访)?(?:时间|期间|日期)(?:为|是)?[：:]?[ ]?$"
)
#: The heading of a second period that opens with the first and is the days views are taken in:
#: "公示期限：2025年05月26日 至 06月04日 / 收集公众意见时间：2025年05月26日 至 06月11日" (a
#: design publicity shown for one span and taking views for a longer one): the views' span is
#: the one a reader answers in.
_VIEWS_TAKEN_IN = re.compile(
    r"(?:收集|征集|征求|反馈|提交|受理)(?:公众)?意见(?:和建议)?的?(?:起止)?(?:时间|期间|日期|期限)"
    r"(?:为|是)?[：:]?[ ]?$"
)


def _clock(hour: str, minute: str) -> str:
    """A clock time "8:00"; also one whose colon was lost, in OCR at a line end ("上午8" /
    "00至…")."""
    return rf"(?P<{hour}>[01]?\d|2[0-3])(?:[:：]|(?=[0-5]\d(?:\D|$)))(?P<{minute}>[0-5]\d)"


DAILY_HOURS = re.compile(
    r"(?:每[日天]|工作日|周[一二三四五六日]至周[一二三四五六日])[^0-9\n。]{0,8}?"
    rf"{_clock('h1', 'm1')}[ ]?(?:—{{1,2}}|–|-|~|～|至|到)[ ]?"
    rf"(?P<pm>下午|晚上|晚)?{_clock('h2', 'm2')}"
)


#: Where the words of a period begin: "自本公告发布之日起", "公示期为", "本公告发布后".
_PHRASE_START = re.compile(
    r"(?:[自从于在](?:本次?|该)?)?(?:公告|公示|见报|登报|刊登|刊发|发布)[^，。；\n]{0,14}$"
)
#: A length printed as a floor, not as the window: "公示时间不少于5个工作日" (a minimum the rules
#: set). Where the notice also prints the length itself ("公众可在本公示发布后的10个工作日内…"),
#: that one is the window.
_FLOOR = re.compile(r"(?:不少于|不得少于|不低于|不短于|至少|最少)[ ]?$")


@dataclass(frozen=True)
class Window:
    value: dict[str, Any]
    start: int
    end: int
    confidence: float


def _sentence_start(text: str, pos: int, lines: int = 0) -> int:
    """Return where the sentence before ``pos`` starts (within 60 chars), crossing up to
    ``lines`` line breaks (a heading such as "四、征求意见的期限" on the line above)."""
    start = max(text.rfind(ch, 0, pos) for ch in "。；")
    newline = pos
    for _ in range(lines + 1):
        newline = text.rfind("\n", 0, newline)
        if newline < 0:
            break
    return max(start + 1, newline + 1, pos - 60, 0)


#: Rights a sentence may grant within a number of days: not the notice's own window.
_RIGHTS = re.compile(r"听证|复议|诉讼")
#: ... or that the line's heading names, the sentence cut before the right itself ("听证告知：
#: 依据《中华人民共和国行政许可法》，自公示起五日内申请人、利害关系人可对以下拟作出" where a
#: copy stops): the days are the hearing's, not the public's.
_RIGHTS_HEADING = re.compile(r"(?:听证|复议|诉讼)(?:权利)?告知[:：]")


def _rest_of_sentence(text: str, pos: int) -> str:
    """The text from ``pos`` to the sentence's full stop (at most 80 characters)."""
    stop = [i for i in (text.find(ch, pos) for ch in "。；\n") if i >= 0]
    return text[pos : min([*stop, pos + 80, len(text)])]


def _sentence_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(ch, pos) for ch in "。；\n，,") if i >= 0]
    return min([*ends, pos + 40, len(text)])


def _counting(text: str, start: int, end: int) -> tuple[str, bool]:
    lead = text[_sentence_start(text, start) : start]
    tail = text[end : min(len(text), end + 24)]
    near = lead[-24:] + text[start:end] + tail.split("。")[0]
    if STATED_SAME_DAY.search(near):
        return "same_day", True
    if STATED_NEXT_DAY.search(near):
        return "next_day", True
    return "next_day", False


def _unit(word: str) -> str:
    if word == "月":
        return "months"
    return "working_days" if word == "工作日" else "calendar_days"


#: The public's time to send its views back, with nothing named to count from: "公众可通过
#: 电话、信函等方式发表看法，并在10个工作日内将意见反馈给建设单位" (the time the notice gives
#: the public who read it runs from its publication).
_PUBLIC = re.compile(r"公众")
_VIEWS_RETURNED = re.compile(
    r"内?[^。；\n]{0,6}?(?:意见|建议|看法)[^。；\n]{0,12}?(?:反馈|提交|寄送|寄|送达|反映)|"
    # ... or its views put to the body that asks for them, after what they are on: "公众应当在
    # 10个工作日内对《某某说明》向我局提出对建设项目环境保护的意见和建议"
    r"内?[^。；;\n]{0,80}?向[^。；;\n，,]{1,16}?提出[^。；;\n]{0,24}?(?:意见|建议|看法)"
)


def _durations(text: str) -> list[Window]:
    found = []
    for m in DURATION.finditer(text):
        length = cn_int(m.group("n"))
        if not length or length > 400:
            continue
        lead_start = _sentence_start(text, m.start(), lines=1)
        lead = text[lead_start : m.start()]
        anchors = list(ANCHOR.finditer(lead))
        first_day = FIRST_DAY_THEN_LENGTH.search(lead)
        public = _PUBLIC.search(lead)
        replied = public if not anchors and _VIEWS_RETURNED.match(text, m.end()) else None
        opened = None
        if not first_day and not FROM_DATE.search(lead):
            sentence = max(text.rfind(ch, 0, m.start()) for ch in "。；;\n") + 1
            opened = SENTENCE_FIRST_DAY.match(text, sentence, m.start())
        if (
            not first_day
            and not replied
            and not opened
            and (not anchors or anchors[-1].group("reject"))
        ):
            continue
        after = text[m.end() : _sentence_end(text, m.end())]
        if _REJECT_AFTER.search(after) or _RIGHTS.search(_rest_of_sentence(text, m.end())):
            continue
        if _RIGHTS_HEADING.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue
        value: dict[str, Any] = {"length": length, "unit": _unit(m.group("unit"))}
        from_date = first_day or FROM_DATE.search(lead) or PERIOD_OPENS_ON.search(lead) or opened
        bracketed = None if from_date else LENGTH_THEN_FIRST_DAY.match(text, m.end())
        from_date = from_date or bracketed
        starts = from_date or ARRIVAL_DAY.search(lead)
        if starts and match_date(starts, "s"):
            value["starts_on"] = match_date(starts, "s").isoformat()
            if from_date:
                # "公示期为2024年7月8日起10个工作日": the count starts the day after the day
                # named (Civil Code art. 201, the shared rules' conservative end) unless the
                # text says that day counts ("含当日")
                counting, stated = _counting(text, m.start(), m.end())
                value.update(counting=counting, counting_stated=stated)
            else:  # an inspection group takes reports from the day it arrives
                value.update(counting="same_day", counting_stated=True)
        else:
            counting, stated = _counting(text, m.start(), m.end())
            value.update(counting=counting, counting_stated=stated)
        score = 0.85 if anchors and anchors[-1].group() in ("公告", "公示") else 0.75
        if _FLOOR.search(lead):
            score = 0.6
        phrase = _PHRASE_START.search(lead)
        opening = (
            phrase
            or (first_day if first_day and not anchors else None)
            or (anchors[-1] if anchors else replied)
        )
        if opening is None and opened is None:
            continue
        start = lead_start + opening.start() if opening is not None else opened.start()
        end = m.end() + (1 if text[m.end() : m.end() + 1] == "内" else 0)
        if bracketed is not None and match_date(bracketed, "s"):
            end = bracketed.end()
        found.append(Window(value, start, end, score))
    return found


def _glued_start_before_end(m: re.Match[str]) -> dt.date | None:
    """A period's first day whose separators were lost and whose digits read two ways, read by
    its full end: the reading on or before the end, nearest to it ("2014108日至20141016日" runs
    from 10-8, not 1-8)."""
    if not m.groupdict().get("s_gy") or (ends_on := match_date(m, "e")) is None:
        return None
    readings = [d for d in glued_dates(int(m.group("s_gy")), m.group("s_gmd")) if d <= ends_on]
    return max(readings, default=None)


def _ranges(text: str, published_on: dt.date | None = None) -> list[Window]:
    found = []
    matches: list[tuple[re.Match[str], dt.date | None]] = [
        (m, match_date(m, "s")) for m in RANGE.finditer(text)
    ] + [(m, match_date(m, "s")) for m in _GLUED_RANGE.finditer(text)]
    if "年" in text:
        for m in _YEAR_AT_END_RANGE.finditer(text):
            if (ends_on := match_date(m, "e")) is None:
                continue
            start = make_date(ends_on.year, int(m.group("sm")), int(m.group("sd")))
            if start is not None and start > ends_on:
                start = make_date(ends_on.year - 1, start.month, start.day)
            matches.append((m, start))
    if not matches and published_on is not None:
        for m in YEARLESS_RANGE.finditer(text):
            if m.group("sm"):
                month, day = int(m.group("sm")), int(m.group("sd"))
            else:
                month, day = cn_month(m.group("scm")), cn_int(m.group("scd"))
            start = make_date(published_on.year, month, day)
            if start is not None and (published_on - start).days > 180:
                start = make_date(published_on.year + 1, start.month, start.day)
            matches.append((m, start))
    for m, starts_on in matches:
        if starts_on is None:
            starts_on = _glued_start_before_end(m)
        if starts_on is None:
            continue
        ends_on = (
            match_date(m, "e")
            or match_partial(m, "e", starts_on)
            or _lost_month(m, starts_on)
            or _lost_day_mark(m, starts_on)
            or _lost_year_digit(m, starts_on)
        )
        if ends_on is not None and ends_on < starts_on:
            ends_on = _new_year_slip(starts_on, ends_on)
        if ends_on is None or ends_on < starts_on or (ends_on - starts_on).days > 400:
            continue
        printed = starts_on
        if published_on is not None and ends_on < published_on:
            starts_on, ends_on = _last_years_period(starts_on, ends_on, published_on)
        lead_start = _sentence_start(text, m.start(), lines=1)
        if _RESTATED.match(text[lead_start : m.start()].strip()) and lead_start > 0:
            lead_start = _sentence_start(text, lead_start - 1, lines=1)
        lead = text[lead_start : m.start()]
        line_start = max(0, text.rfind("\n", 0, m.start()))
        if not lead.strip() and (heading := _PERIOD_HEADING.search(text, line_start, m.start())):
            lead = heading.group("h")  # "一、公示时间。2024年…至…": the heading names the period
        tail = text[m.end() : _sentence_end(text, m.end())]
        if not tail.strip() and not lead.strip() and text[m.end() : m.end() + 1] in "，,":
            # a period opening its sentence, what happens in it told after the comma:
            # "2023年3月1日至3月31日，某某督察组进驻某某市，其间…可拨打…举报"
            tail = text[m.end() + 1 : _sentence_end(text, m.end() + 1)]
        clause = re.split(r"[，,]", lead)[-1]  # "…验收会议，…公示期为…": the meeting is past
        if _AUTHORITY_ACTED.match(tail) or _DONE_IN_IT.match(tail):
            continue
        if _RANGE_REJECT.search(clause) or not (
            RANGE_CONTEXT.search(lead)
            or RANGE_CONTEXT.search(tail)
            or m.group("stop")
            or _WORKING_DAYS_AFTER.match(text, m.end())
            or _COLUMN_CONTEXT.search(text, max(0, m.start() - COLUMN_REACH), m.start())
        ):
            continue
        end = m.end()
        while part := _FURTHER_SPAN.match(text[end : end + 40]):
            part_start = match_partial(part, "s", ends_on)
            part_end = part_start and match_partial(part, "e", part_start)
            if part_end is None or (part_end - starts_on).days > 400:
                break
            ends_on, end = part_end, end + part.end()
        value: dict[str, Any] = {"starts_on": starts_on.isoformat(), "ends_on": ends_on.isoformat()}
        if m.groupdict().get("rc"):  # the count the end ran into: "至2023年3月1410个工作日"
            value.update(length=int(m.group("rc")), unit="working_days")
            end = text.index("工作日", end) + 3
        # (a period read a year on from its printed year is for the clerk to check)
        found.append(Window(value, m.start(), end, 0.9 if starts_on == printed else 0.6))
    return found


#: How long a period across New Year may run for its end's printed year to be taken as a slip.
NEW_YEAR_SLIP_DAYS = 62


def _new_year_slip(starts_on: dt.date, ends_on: dt.date) -> dt.date | None:
    """The end of a period printed with a year that makes it end before it starts: the start's
    year kept across New Year ("2023年12月25日至2023年1月8日"), or last year's kept from the
    notice a bureau copied ("2024年9月4日至2023年9月11日"). The first day on or after the start
    with the end's month and day, when that makes a short period; else None."""
    if ends_on.year not in (starts_on.year, starts_on.year - 1):
        return None
    for year in (starts_on.year, starts_on.year + 1):
        fixed = make_date(year, ends_on.month, ends_on.day)
        if fixed is not None and fixed >= starts_on:
            return fixed if (fixed - starts_on).days <= NEW_YEAR_SLIP_DAYS else None
    return None


#: How far from the publication day a period printed with last year's year may start (a day or
#: two before, as posted the evening before; or some days after) to be read in the publication's.
LAST_YEAR_SLIP_BEFORE = 3
LAST_YEAR_SLIP_AFTER = 14


def _last_years_period(
    starts_on: dt.date, ends_on: dt.date, published_on: dt.date
) -> tuple[dt.date, dt.date]:
    """A period printed whole with last year's year, over before the notice was published
    ("此次公开征求意见的时间为2023年1月18日至2023年2月16日" under a 2024-01-18 posting, the year
    typed from habit in January): the same days a year on, when they start about the day the
    notice was published; else the period as printed."""
    if starts_on.year != published_on.year - 1:
        return starts_on, ends_on
    start, end = (
        make_date(starts_on.year + 1, starts_on.month, starts_on.day),
        make_date(ends_on.year + 1, ends_on.month, ends_on.day),
    )
    if start is None or end is None:
        return starts_on, ends_on
    if -LAST_YEAR_SLIP_BEFORE <= (start - published_on).days <= LAST_YEAR_SLIP_AFTER:
        return start, end
    return starts_on, ends_on


def _lost_day_mark(m: re.Match[str], starts_on: dt.date) -> dt.date | None:
    """The end "2023年3月14" whose 日 was lost before a working-day count run into it; only when
    the count fits the period (a working day at most every other calendar day, weekends and a
    holiday week aside)."""
    if not m.groupdict().get("rd"):
        return None
    year = int(m.group("ry")) if m.group("ry") else starts_on.year
    found = make_date(year, int(m.group("rm")), int(m.group("rd")))
    if found is None or found < starts_on:
        return None
    count = int(m.group("rc"))
    return found if count - 1 <= (found - starts_on).days <= 2 * count + 10 else None


def _lost_year_digit(m: re.Match[str], starts_on: dt.date) -> dt.date | None:
    """The end "206年2月6日" of a period that starts "2026年2月2日": the year typed with one
    digit lost is the start's, when the three digits are its four less one; likewise one digit
    too many ("20265年1月21日" after "2026年1月15日"), when the five less one are its four;
    else None."""
    typed = m.groupdict().get("ty")
    if not typed:
        return None
    year = str(starts_on.year)
    if len(typed) == 3 and typed not in {year[:i] + year[i + 1 :] for i in range(4)}:
        return None
    if len(typed) == 5 and year not in {typed[:i] + typed[i + 1 :] for i in range(5)}:
        return None
    return make_date(starts_on.year, int(m.group("tm")), int(m.group("td")))


def _lost_month(m: re.Match[str], starts_on: dt.date) -> dt.date | None:
    """The end "2024年月28日": the start's month, or the next when the day is before the start."""
    if not m.groupdict().get("ly"):
        return None
    day = int(m.group("ld"))
    found = make_date(int(m.group("ly")), starts_on.month, day)
    if found is not None and found < starts_on:
        nxt = starts_on.replace(day=1) + dt.timedelta(days=32)
        found = make_date(nxt.year, nxt.month, day)
    return found


def _hours(m: re.Match[str]) -> str:
    """Return daily hours as "08:00-20:00" ("晚上8:00" is 20:00)."""
    end_hour = int(m.group("h2"))
    if m.group("pm") and end_hour < 12:
        end_hour += 12
    return f"{int(m.group('h1')):02d}:{m.group('m1')}-{end_hour:02d}:{m.group('m2')}"


def _yearless_deadline(published_on: dt.date, month: int, day: int) -> dt.date | None:
    """A deadline printed without its year falls within the year after publication."""
    found = make_date(published_on.year, month, day)
    if found is not None and found < published_on:
        found = make_date(published_on.year + 1, month, day)
    return found


#: The day of the meeting a sign-up is for ("听证会拟于2024年11月6日上午9:00在…举行"): a
#: sign-up deadline printed without its year, on a copy with no publication date, falls on or
#: before it.
_MEETING_DAY = re.compile(
    rf"(?:听证会|座谈会|论证会)[^，。；\n]{{0,12}}?(?:于|在)[ ]?(?:{date_pattern('v')})"
)


def _deadline_before_meeting(text: str, month: int, day: int) -> dt.date | None:
    """A year-less deadline dated by the meeting it is before: that year, or the one before."""
    m = _MEETING_DAY.search(text)
    meeting = match_date(m, "v") if m else None
    if meeting is None:
        return None
    found = make_date(meeting.year, month, day)
    if found is not None and found > meeting:
        found = make_date(meeting.year - 1, month, day)
    return found


def _until(text: str, published_on: dt.date | None) -> Window | None:
    for m in UNTIL.finditer(text):
        ends_on = match_date(m, "e") or match_date(m, "f") or match_date(m, "g")
        if m.group("by"):
            ends_on = glued_date(int(m.group("by")), m.group("bmd"))
        yearless = m.group("hm") or m.group("fm")
        if yearless and published_on is not None:
            ends_on = _yearless_deadline(
                published_on, int(yearless), int(m.group("hd") or m.group("fd"))
            )
        elif yearless:
            ends_on = _deadline_before_meeting(
                text, int(yearless), int(m.group("hd") or m.group("fd"))
            )
        lead = text[_sentence_start(text, m.start(), lines=1) : m.end()]
        # a deadline to act by ("于…前…申报债权") names its act after the date: context enough
        acts = match_date(m, "g") or m.group("hm")
        if (match_date(m, "f") or m.group("fm")) and not acts:
            # a period from today whose act follows it: "自即日起至2019年11月30日，某某局向社会
            # 各界公开征集…建议"
            acts = _UNTIL_CONTEXT.search(_rest_of_sentence(text, m.end()))
        if ends_on is None or not (_UNTIL_CONTEXT.search(lead) or acts):
            continue
        # (also "截止2021年8月18日，建设单位已对…进行了整改": how things stood that day)
        if m.group().startswith(("截至", "截止")) and _AS_OF_REPORT.match(text, m.end()):
            continue
        if published_on is not None and ends_on < published_on:
            continue
        value: dict[str, Any] = {"ends_on": ends_on.isoformat()}
        if published_on is not None:
            value = {"starts_on": published_on.isoformat(), **value}
        return Window(value, m.start(), m.end(), 0.7)
    return None


#: A period of one day, printed as that day alone: "以上公示期为2024年8月30日，公示期内…".
_ONE_DAY = re.compile(
    rf"(?:公示|公告)期(?:限)?(?:为|是)[：:]?[ ]?(?:{date_pattern('o')})"
    # (the day alone, the sentence going on: not a period's first day, nor a deadline)
    r"(?=[日号]?[ ]?(?:[，,。；;\n]|$))"
)


def _one_day(text: str) -> Window | None:
    m = _ONE_DAY.search(text)
    day = match_date(m, "o") if m else None
    if m is None or day is None:
        return None
    value = {"starts_on": day.isoformat(), "ends_on": day.isoformat()}
    return Window(value, m.start(), m.end(), 0.7)


#: The day reports are taken until, printed apart from the period an inspection group sits:
#: "县委巡察组于2024年8月26日至2024年10月24日…开展巡察。…受理信访时间截止到2024年10月18日",
#: or without the verb: "…信访举报网络平台等，信访截止时间为2025年12月5日".
REPORTS_UNTIL = re.compile(
    rf"(?:受理[^。；\n]{{0,30}}?|信访(?:举报)?)(?:时间|期限)?"
    rf"(?:截止|截至)(?:到|至|时间|日期)?(?:为|是)?[：:]?[ ]?"
    rf"(?:{date_pattern('r')})"
)


def _reports_end(text: str, value: dict[str, Any]) -> dict[str, Any]:
    """``value`` ended on the day reports are taken until, when one is printed within it."""
    m = REPORTS_UNTIL.search(text)
    ends_on = match_date(m, "r") if m else None
    if ends_on is None:
        return value
    if (
        dt.date.fromisoformat(value["starts_on"])
        <= ends_on
        < dt.date.fromisoformat(value["ends_on"])
    ):
        return {**value, "ends_on": ends_on.isoformat()}
    return value


def _in_brackets(text: str, pos: int) -> bool:
    """Tell whether ``pos`` stands inside a bracketed aside of its sentence."""
    start = _sentence_start(text, pos, lines=1)
    opened = 0
    for ch in text[start:pos]:
        if ch in "（(":
            opened += 1
        elif ch in "）)" and opened:
            opened -= 1
    return opened > 0


def _reports_after_aside(text: str, period: Window) -> Window | None:
    """The day reports are taken until, when the only period printed is an aside in brackets
    about part of the work and ends before it: "区委巡察组现场巡察时间为90天左右（某领域专项巡察
    …时间为2022年11月5日至12月5日）。…受理信访时间截止到2023年2月20日"."""
    if not _in_brackets(text, period.start):
        return None
    for m in REPORTS_UNTIL.finditer(text):
        ends_on = match_date(m, "r")
        if ends_on is None or _in_brackets(text, m.start()):
            continue
        if ends_on > dt.date.fromisoformat(period.value["ends_on"]):
            return Window({"ends_on": ends_on.isoformat()}, m.start(), m.end(), 0.7)
        return None
    return None


#: A period's printed end whose year an aggregator masked, its first and last figures kept
#: ("公示期为2****5年5月2**$3日-2****5年6月4日（5个工作日）").
_MASKED_YEAR_END = re.compile(
    r"(?:至|到|—{1,3}|–|-{1,3}|~|～|－)[ ]?(?P<y1>[12])\*{1,4}(?P<y2>\d)年"
    r"(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]"
)


def _masked_year_end(text: str, period: Window, published_on: dt.date | None) -> dt.date | None:
    """The end printed before a period's length with its year masked, read in the year of
    publication (or the next, for a period over New Year) whose figures the mask kept."""
    if published_on is None:
        return None
    m = _MASKED_YEAR_END.search(text, max(0, period.start - 60), period.end)
    if m is None:
        return None
    for year in (published_on.year, published_on.year + 1):
        if str(year)[0] != m.group("y1") or str(year)[-1] != m.group("y2"):
            continue
        try:
            ends_on = dt.date(year, int(m.group("m")), int(m.group("d")))
        except ValueError:
            return None
        if published_on <= ends_on <= published_on + dt.timedelta(days=120):
            return ends_on
    return None


def find_window(text: str, published_on: dt.date | None = None) -> Window | None:
    """Return the notice's window: a stated period if printed, else a length from publication.

    A length is only taken when counted from the notice's own publication (公告、公示、见报…),
    never from the receipt of a letter (通知书) or the end of another period (期满), and never
    for appeal rights (复议、诉讼). Among several, the first stated period wins, then the first
    length counted from 公告/公示.
    """
    ranges = _ranges(text, published_on)
    durations = _durations(text)
    hours = DAILY_HOURS.search(text)
    if ranges:
        best = ranges[0]
        for later in ranges[1:]:
            if _TAKEN_IN.search(text, max(0, later.start - 16), later.start):
                best = later  # the days reports are taken in, not the days the group stays
                break
            if (
                later.value["starts_on"] == best.value["starts_on"]
                and later.value["ends_on"] > best.value["ends_on"]
                and _VIEWS_TAKEN_IN.search(text, max(0, later.start - 16), later.start)
            ):
                best = later  # the days views are taken in, not the days the plan is shown
                break
        aside = _reports_after_aside(text, best)
        if aside is not None:
            return aside
        value = _reports_end(text, dict(best.value))
        start, end = best.start, best.end
        for d in durations:
            inside = best.start < d.end <= best.end  # the range's own end ("至63日": 6月3日)
            if not inside and d.start - 40 <= best.end and d.end >= best.start - 40:
                value.setdefault("length", d.value["length"])
                value.setdefault("unit", d.value["unit"])
                start, end = min(start, d.start), max(end, d.end)
                break
        else:
            near = DURATION.search(text, best.end, best.end + 16)
            if near and cn_int(near.group("n")):
                value["length"] = cn_int(near.group("n"))
                value["unit"] = _unit(near.group("unit"))
                end = near.end()
        if hours:
            value["daily_hours"] = _hours(hours)
            start, end = min(start, hours.start()), max(end, hours.end())
        return Window(value, start, end, best.confidence)
    until = _until(text, published_on) or _one_day(text)
    if until:
        return until
    if durations:
        durations.sort(key=lambda w: -w.confidence)
        best = durations[0]
        ends_on = _masked_year_end(text, best, published_on)
        if ends_on is not None:
            return Window(
                {**best.value, "ends_on": ends_on.isoformat()},
                best.start,
                best.end,
                best.confidence,
            )
        return best
    return None
