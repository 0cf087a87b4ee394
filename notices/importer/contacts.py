"""Contacts printed in a notice: a person, phone numbers, e-mail, address and postcode."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: (a slash stands before a number in a link's path, "…/0436-1234567"; not when it follows a
#: person's name or a label, as a form prints "联系人及联系方式：黄部长/0436-1234567")
_EDGE = r"(?<![0-9A-Za-z=_.@-])(?<![0-9A-Za-z=_.@/:%#?&~+-]/)"
MOBILE = re.compile(_EDGE + r"(?P<num>1[3-9]\d(?:[- ]?\d{4}){2})(?![\d@A-Za-z])")
_AREA = r"0\d{2,3}"
_LOCAL = r"(?P<local>[2-9]\d{6,7})"
LANDLINE = re.compile(
    _EDGE
    + rf"(?:[(（](?P<area1>{_AREA})[)）][ ]?[-—–]?[ ]?|(?P<area2>{_AREA})[ ]?[-—–]{{0,3}}[ ]?)"
    + _LOCAL
    # (the extension set off by the dash the area code is: "0395—7121573—8016")
    + r"(?:(?:转|[-—–]|分机)(?P<ext>\d{1,5}))?(?![\d@A-Za-z])"
)
#: OCR drops the space between two numbers printed side by side ("0473-3926615 15904731122"
#: read "0473-392661515904731122"): a landline run straight into a whole mobile number.
LANDLINE_THEN_MOBILE = re.compile(
    _EDGE
    + rf"(?P<area2>{_AREA})[ ]?[-—–]{{1,2}}[ ]?"
    + _LOCAL
    + r"(?=(?P<mobile>1[3-9]\d{9})(?!\d))"
)
#: ... or into a second landline with its own area code ("0755-238241150755-23612187": two
#: numbers of one office printed side by side); the second is read on its own.
LANDLINE_THEN_LANDLINE = re.compile(
    _EDGE
    + rf"(?P<area2>{_AREA})[ ]?[-—–]{{1,2}}[ ]?"
    + _LOCAL
    + rf"(?=(?P<next>(?P<next_area>{_AREA})[ ]?[-—–]{{1,2}}[ ]?(?P<next_local>[2-9]\d{{6,7}}))"
    + r"(?![\d@A-Za-z]))"
)
#: A number printed for dialling from abroad: the country code 86 (after "+" or "00", or set off
#: by a dash or space: "+86-471-6661234", "86-0471-6661234", "+86 158 4724 8882"), then a
#: mobile or an area code (its trunk 0 usually dropped, "+86 (471)", "+86-10-…") and the local
#: number. Read as the domestic number it dials.
INTERNATIONAL = re.compile(
    r"(?<![0-9A-Za-z=_.@/-])(?:(?:\+[ ]?|00)86[ ]?[-—–]?|86[ ]?[-—–]|86[ ])[ ]?"
    r"(?:(?P<num>1[3-9]\d(?:[- ]?\d{4}){2})"
    r"|[(（]?0?(?P<area>10|2\d|[3-9]\d\d)[)）]?[ ]?[-—–]?[ ]?(?P<local>[2-9]\d{6,7})"
    r"(?:(?:转|[-—–]|分机)(?P<ext>\d{1,5}))?)"
    r"(?![\d@A-Za-z])"
)
#: A city's five-digit service number (95xxx, 96xxx) dialled with its area code, as a public
#: utility or a city's investment company prints it ("联系电话：010-96123"); only after a label.
SERVICE_NUMBER = re.compile(
    _EDGE + rf"(?P<area2>{_AREA})[ ]?[-—–][ ]?(?P<local>9[56]\d{{3}})(?![\d@A-Za-z])"
)
#: The nationwide public-service numbers (12369 environment, 12345 government services, 12315
#: consumers …): five digits starting 123.
NATIONWIDE_SERVICE = re.compile(r"123\d{2}")
HOTLINE = re.compile(_EDGE + r"(?P<num>[48]00[- ]?\d{3}[- ]?\d{4}|123\d{2})(?![\d@A-Za-z])")
#: ... or named a phone or hotline right after it: "可通过“12369”电话进行投诉举报",
#: "拨打12345政务服务热线".
HOTLINE_NAMED_AFTER = re.compile(r"[”\"]?[\u4e00-\u9fff]{0,6}?(?:电话|热线)")
PHONE_LABEL = re.compile(
    r"(?:联系电话|联系方式|值班电话|举报电话|咨询电话|投诉电话|服务电话|监督电话|热线|电话|"
    r"手机号码|手机|座机|Tel|TEL|tel)[^：:\n，。；0-9]{0,6}[：:]?[ ]?"
)
#: A label that asks for a body and its number together ("受理单位及电话："), and the body's name
#: it is answered with before the number.
_UNIT_AND = re.compile(r"单位(?:及|和|与)$")
_UNIT_NAMED = re.compile(
    r"[\u4e00-\u9fff（）()]{1,24}?(?:办公室|局|室|办|所|中心|委员会|政府|站|处|科|股|公司)"
    r"[ ]{0,2}(?=\d)"
)
#: A landline a web page printed with spaces strewn through its digits, to keep it from being
#: copied ("联系电话：05 55-584 62 12"): only read right after a phone label, as its digits.
SPACED_LANDLINE = re.compile(
    r"(?P<area>0(?:[ ]?\d){2,3})[ ]?[-—–][ ]?(?P<local>[2-9](?:[ ]?\d){6,7})(?![\d@A-Za-z])"
)
#: A phone number without area code is only taken right after a phone label (with the
#: extension a switchboard number prints after it: "电话：38690000转8001", or set off by a dash
#: as a factory's switchboard prints it, "联系电话：38690000-32500").
LOCAL_NUMBER = re.compile(
    r"(?P<num>[2-9]\d{6,7})(?:(?:转|分机|[-—–])(?P<ext>\d{1,5}))?(?![\d@A-Za-z])"
)
#: ... or in brackets right after the person to ask, the label's place taken by the name
#: ("联系人：王工（62849181）"): the person's own number.
_NAMED_LOCAL = re.compile(
    r"(?:联\s?系\s?人|联络人|经办人)\s*[：:]\s*[\u4e00-\u9fff·]{1,8}?\s?[(（]\s?"
    r"(?P<num>[2-9]\d{6,7})\s?[)）]"
)
#: So is a mobile number printed a digit short ("联系电话：1356011441"): kept as printed.
SHORT_MOBILE = re.compile(r"(?P<num>1[3-9]\d{8})(?![\d@A-Za-z])")
#: A mobile glued to the number of its label, as numbered contacts print them: "联系人1：某某" /
#: "联系电话113900001111" (label 联系电话1, then the mobile).
_NUMBERED_MOBILE = re.compile(r"(?P<n>[1-9])(?P<num>1[3-9]\d{9})(?![\d@A-Za-z])")
_NUMBERED_CONTACT_REACH = 40
#: (not a label that gives one number for both, "电话/传真：", "电话传真：", "电话（传真）：")
FAX_LABEL = re.compile(r"(?<![话机][/、兼和及（(])(?<![话机])传真(?:号码)?\s*[：:]?\s*$")
#: ... or a remark after the number that it is the fax ("电话：0000-6000000（传真）；139…"):
#: the next number is the phone (not "（兼传真）" or "（电话/传真）", one number for both).
FAX_REMARK = re.compile(r"[ ]?[(（]\s*(?:传真|传真号码?|[Ff]ax|FAX)\s*[)）]")

EMAIL = re.compile(
    # (not the tail of an address a re-poster redacted: "********4@qq.com")
    r"(?<![A-Za-z0-9._%+*-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}"
    r"(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,10}(?![A-Za-z])"
)
_EMAIL_THEN_SLASH = re.compile(EMAIL.pattern + "/")
#: An address printed with a space before its @ right after its label ("Email：174399433 @qq.com"):
#: a web form's stray space, read as one address. A forum copy may wrap it in an empty BBCode
#: link the board did not render ("电子邮件：[url=] 174399433 @qq.com[/url]").
SPACED_EMAIL = re.compile(
    r"(?:E-?mail|e-?mail|EMAIL|电子邮箱|电子信箱|电子邮件|电邮|邮箱)\s*[：:]?\s*"
    r"(?:\[url=?[^\]\n]{0,80}\]\s*)?"
    r"(?P<local>[A-Za-z0-9._%+-]{3,64})[ ]{1,2}(?P<domain>@[A-Za-z0-9-]{1,63}"
    r"(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,10})(?![A-Za-z])"
)
#: ... or a space typeset after the full stop before its top-level domain, as after a sentence's
#: full stop ("电子邮件：123456789@qq. com"): read as one address.
DOT_SPACED_EMAIL = re.compile(
    r"(?:E-?mail|e-?mail|EMAIL|电子邮箱|电子信箱|电子邮件|电邮|邮箱)\s*[：:]?\s*"
    r"(?P<local>[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,3})"
    r"\.[ ](?P<domain>com|cn|net|org)(?![A-Za-z.])"
)
#: An address whose @ is written out to keep it from harvesters: "someone（at）163.com",
#: "someone[at]163.com", "someone (at) 163.com".
AT_WORD_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+*-])(?P<local>[A-Za-z0-9._%+-]{1,64})"
    r"[ ]?[(（\[【][ ]?(?:at|AT)[ ]?[)）\]】][ ]?"
    r"(?P<domain>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,10})(?![A-Za-z])"
)
#: A label a copy glued to the address it names, its colon lost ("E-mailsomeone@126.com"), maybe
#: after the number on the line before ("0451-8631246E-mailsomeone@126.com" when the lines were
#: joined): neither is part of the address.
_GLUED_EMAIL_LABEL = re.compile(r"(?:E-?mail|e-mail|E-MAIL|EMAIL)(?=[A-Za-z0-9._%+-]{3,}@)")
#: OCR reads the full stop after an address as the letter o: ".como", ".cno", ".neto".
OCR_FULL_STOP = re.compile(r"\.(?:com|cn|net|org)o$")
#: An address ends at a table's cell rule ("|"): a web table set under the contact block has its
#: rule on its own line, which a copy may join onto the address line.
_LABEL_STOP = (
    r"(?=[，,。；;\n|｜]|邮编|邮政编码|联系电话|电话|联系人|传真|电子邮箱|邮箱|网址|手机|$)"
)
ADDRESS = re.compile(
    r"(?P<label>通讯地址|通信地址|联系地址|办公地址|邮寄地址|单位地址|地址|住所|办公地点|"
    r"联系地点|邮政信箱|信箱)"
    # a value of one or two characters before the line break was cut by the column ("地址：集宁"
    # / "区瑞宁名苑B区18号"): it goes on in the next line
    r"\s*[：:]\s*(?P<value>[^，,。；;\n：:|｜]{1,2}\n[^，,。；;\n：:|｜]{3,78}?|[^，,。；;\n：:|｜]{3,80}?)"
    + _LABEL_STOP
)
POSTCODE = re.compile(r"(?:邮政编码|邮编)\s*[：:]?\s*(?P<code>\d{6})(?!\d)")
NAME = re.compile(
    r"(?:联\s?系\s?人|联络人|经办人|对接人)(?:及(?:联系)?(?:电话|方式))?(?:姓名)?\s*[：:]\s*"
    r"(?P<name>[\u4e00-\u9fff·]{1,8}?)"
    r"(?=[\s，,。；;、:：\d(（/]|联系|电话|手机|地址|通讯|通信|邮|电子邮|电邮|传真|座机|$)"
)
_NOT_A_NAME = re.compile(r"公司|单位|清算|部门|办公|政府|中心|组$")
#: Where the EIA consultant's contact block begins: the public writes to the builder (or the
#: authority) above it, so a person named only below it is not the notice's contact.
CONSULTANT = re.compile(
    r"(?:环境影响评价|环评|评价)(?:单位|机构)|(?:报告书|报告表)?编制单位|技术咨询单位|"
    # the body that carried out a completion acceptance for the builder: "承担竣工环境保护验收
    # 工作的机构", "验收主编单位", "验收监测单位"
    r"验收工作的?机构|验收(?:报告)?(?:主编|编制|监测|调查)单位"
)

#: Where the builder's own numbered section begins ("三、建设单位名称和联系方式").
BUILDER = re.compile(r"[一二三四五六七八九十\d][、.．]\s*(?:项目)?建设单位")


@dataclass(frozen=True)
class Found:
    value: str
    start: int
    end: int


def canonical_phone(m: re.Match[str]) -> str:
    """Return a phone number as ``0471-4819165`` (landline) or ``15147478119`` (mobile)."""
    groups = m.groupdict()
    if groups.get("local"):
        area = groups.get("area1") or groups.get("area2") or ""
        if groups.get("area"):  # dialled from abroad: the trunk 0 put back
            area = "0" + groups["area"]
        number = f"{area}-{groups['local']}" if area else groups["local"]
        return f"{number}-{groups['ext']}" if groups.get("ext") else number
    return re.sub(r"[- ]", "", groups["num"])


def find_phones(text: str) -> list[Found]:
    """Return phone numbers in ``text`` (fax numbers excluded), in order of appearance."""
    spans: list[Found] = []
    taken: list[tuple[int, int]] = []
    if "@" in text and "/" in text:
        # "联系方式：1234567@qq.com/13900001111": a slash after an e-mail address separates
        # two contacts, not a link's path from the number (offsets kept: one for one)
        text = _EMAIL_THEN_SLASH.sub(lambda m: m.group()[:-1] + " ", text)
    for pattern in (
        *((INTERNATIONAL,) if "86" in text else ()),
        LANDLINE,
        LANDLINE_THEN_MOBILE,
        LANDLINE_THEN_LANDLINE,
        MOBILE,
        HOTLINE,
        SERVICE_NUMBER,
    ):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if FAX_LABEL.search(text, max(0, m.start() - 8), m.start()) or FAX_REMARK.match(
                text, m.end()
            ):
                continue
            if (
                pattern in (HOTLINE, SERVICE_NUMBER)
                and not PHONE_LABEL.search(text, max(0, m.start() - 12), m.start())
                and not HOTLINE_NAMED_AFTER.match(text, m.end())
            ):
                continue
            taken.append(m.span())
            spans.append(Found(canonical_phone(m), m.start(), m.end()))
            if pattern is LANDLINE_THEN_MOBILE:
                taken.append(m.span("mobile"))
                spans.append(Found(m.group("mobile"), *m.span("mobile")))
            if pattern is LANDLINE_THEN_LANDLINE:
                taken.append(m.span("next"))
                second = f"{m.group('next_area')}-{m.group('next_local')}"
                if not FAX_REMARK.match(text, m.end("next")):
                    spans.append(Found(second, *m.span("next")))
    for label in PHONE_LABEL.finditer(text):
        at = label.end()
        if _UNIT_AND.search(text, max(0, label.start() - 4), label.start()):
            # "举报受理单位及电话：县某某局办公室 5222107": the office named, then its number
            unit = _UNIT_NAMED.match(text, at)
            at = unit.end() if unit else at
        numbered = _numbered_mobile(text, label.start(), at)
        if numbered and not any(s < numbered.end and numbered.start < e for s, e in taken):
            taken.append((numbered.start, numbered.end))
            spans.append(numbered)
            continue
        spaced = SPACED_LANDLINE.match(text, at)
        if (
            spaced
            and " " in spaced.group()
            and not any(s < spaced.end() and spaced.start() < e for s, e in taken)
        ):
            number = (
                f"{spaced.group('area').replace(' ', '')}-{spaced.group('local').replace(' ', '')}"
            )
            taken.append(spaced.span())
            spans.append(Found(number, spaced.start(), spaced.end()))
            continue
        m = LOCAL_NUMBER.match(text, at) or SHORT_MOBILE.match(text, at)
        if m and FAX_REMARK.match(text, m.end()):
            continue
        if m and not any(s < m.end() and m.start() < e for s, e in taken):
            taken.append(m.span())
            ext = m.groupdict().get("ext")
            number = f"{m.group('num')}-{ext}" if ext else m.group("num")
            spans.append(Found(number, m.start(), m.end()))
    for m in _NAMED_LOCAL.finditer(text):
        if not any(s < m.end("num") and m.start("num") < e for s, e in taken):
            taken.append(m.span("num"))
            spans.append(Found(m.group("num"), *m.span("num")))
    return sorted(spans, key=lambda f: f.start)


def _numbered_mobile(text: str, label_at: int, at: int) -> Found | None:
    """Return the mobile after a numbered phone label ("联系电话1" + "13900001111" glued), when
    the contact person before it carries the same number ("联系人1：")."""
    m = _NUMBERED_MOBILE.match(text, at)
    if not m:
        return None
    before = text[max(0, label_at - _NUMBERED_CONTACT_REACH) : label_at]
    if not re.search(rf"联系人{m.group('n')}\s*[：:]", before):
        return None
    return Found(m.group("num"), m.start("num"), m.end("num"))


#: A contact person's label, whatever follows it.
_PERSON_LABEL = re.compile(r"联系人\s*[:：]")


def _nearest(phones: list[Found], at: int, text: str) -> Found:
    """The phone printed with the person named at ``at``: the next one in the same contact
    block, or the one just above when the block prints the number first."""
    after = [p for p in phones if p.start >= at]
    before = [p for p in phones if p.start < at]
    block_end = CONSULTANT.search(text, at)
    if after and (block_end is None or after[0].start < block_end.start()):
        return after[0]
    if before and at - before[-1].end <= 40:
        return before[-1]
    return after[0] if after else before[-1]


def _builder_after_consultant(text: str, phones: list[Found]) -> tuple[int, Found] | None:
    """The builder's section and its phone when the consultant's comes first: a first notice
    may list "二、…环评单位的联系方式 … 电话 …" above "三、建设单位名称和联系方式 …". The
    public writes to the builder, so its phone is the notice's. None otherwise (two contact
    lines side by side, consultant's first, are left as printed)."""
    first = phones[0]
    head = text[: first.start]
    consultant = max(CONSULTANT.finditer(head), key=lambda m: m.start(), default=None)
    if consultant is None or BUILDER.search(head, consultant.end()):
        return None
    builder = BUILDER.search(text, first.end)
    if builder is None:
        return None
    for phone in phones:
        if phone.start > builder.end():
            if CONSULTANT.search(text, builder.end(), phone.start):
                return None  # the builder prints no phone of its own before the next block
            return builder.start(), phone
    return None


def find_contact(text: str) -> dict[str, Found | list[Found]]:
    """Return the notice's contact: the first named person with their phone, and the rest.

    Keys: name, phone, phones (every distinct number), email, address, postcode; a key is
    absent when the notice does not print it.
    """
    found: dict[str, Found | list[Found]] = {}
    name_at = None
    for m in NAME.finditer(text):
        name = m.group("name")
        if not _NOT_A_NAME.search(name):
            found["name"] = Found(name, m.start("name"), m.end("name"))
            name_at = m.start()
            break
    phones = find_phones(text)
    distinct: list[Found] = []
    for phone in phones:
        if all(phone.value != p.value for p in distinct):
            distinct.append(phone)
    consultant = CONSULTANT.search(text, distinct[0].start) if distinct else None
    if consultant and name_at is not None and name_at > consultant.start():
        found.pop("name", None)  # the consultant's person; the builder's phone comes first
        name_at = None
    builders = _builder_after_consultant(text, phones) if distinct else None
    if builders is not None:
        name_at, builders_phone = builders
        name = NAME.search(text, name_at, builders_phone.start)
        if name and not _NOT_A_NAME.search(name.group("name")):
            found["name"] = Found(name.group("name"), name.start("name"), name.end("name"))
        else:
            found.pop("name", None)
        found["phone"] = builders_phone
        if len(distinct) > 1:
            found["phones"] = distinct
    elif distinct:
        # a nationwide service number ("环保举报热线：12369", "12345政务服务热线") is where anyone
        # may complain about anything; printed beside the office's own number it is not the
        # notice's contact, whichever comes first
        own = [p for p in distinct if not NATIONWIDE_SERVICE.fullmatch(p.value)]
        found["phone"] = (
            (own or distinct)[0]
            if name_at is None
            # (a person's label after the first number, the name under it unread, run into the
            # next block's heading: "电话：020-8551xxxx电子邮箱：…，联系人：小姐某某中心" — that
            # number has its own person, and the next block's is not the notice's)
            or (
                distinct[0].start < name_at and _PERSON_LABEL.search(text, distinct[0].end, name_at)
            )
            else _nearest(phones, name_at, text)
        )
        if len(distinct) > 1:
            found["phones"] = distinct
    email = EMAIL.search(text)
    spaced = _first_spaced_email(text)
    if spaced and (email is None or spaced.start("local") < email.start()):
        separator = (
            "@"
            if spaced.re is AT_WORD_EMAIL
            else ""
            if spaced.group("domain").startswith("@")
            else "."
        )
        address = spaced.group("local") + separator + spaced.group("domain")
        found["email"] = Found(address, spaced.start("local"), spaced.end("domain"))
    elif email:
        address = email.group()
        if OCR_FULL_STOP.search(address):  # ".com。" read ".como"
            address = address[:-1]
        start = email.start()
        if glued := _GLUED_EMAIL_LABEL.search(address):
            address, start = address[glued.end() :], start + glued.end()
        found["email"] = Found(address, start, start + len(address))
    address = ADDRESS.search(text)
    if address:
        value = address.group("value").strip().replace("\n", "")
        found["address"] = Found(value, address.start("value"), address.end("value"))
    postcode = POSTCODE.search(text)
    if postcode:
        found["postcode"] = Found(postcode.group("code"), postcode.start("code"), postcode.end())
    return found


def _first_spaced_email(text: str) -> re.Match[str] | None:
    """The first address printed with a stray space, before its @ or after its domain's dot, or
    with its @ written out."""
    found = [m for m in (SPACED_EMAIL.search(text), DOT_SPACED_EMAIL.search(text)) if m]
    if "at" in text or "AT" in text:
        found += [m for m in (AT_WORD_EMAIL.search(text),) if m]
    return min(found, key=lambda m: m.start("local"), default=None)
