"""Heuristic vocabulary of page structure, grouped by concept.

Everything a rule matches on lives here as named data; the modules only combine it.
Word lists are lower-case; patterns are compiled once, at import.
"""

from __future__ import annotations

import re


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --- Characters -------------------------------------------------------------------------

# Unicode space characters that become one plain space in the clean text (all are one
# code point, so a replacement keeps every offset).
UNICODE_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\t\v\f"
)
# Invisible characters that carry nothing in a clean line (zero-width, soft hyphen, BOM).
INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\u00ad\ufeff"
LINE_BREAKS = re.compile(r"\r\n|[\r\n\u2028\u2029\x85]")

# --- Line shape -----------------------------------------------------------------------

# A sentence ends with one of these, possibly followed by closing quotes or brackets.
SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
# Headings and related headlines are at most this long (words); a typical news
# subheading has 2-10 words, a headline up to ~15.
HEADLINE_MAX_WORDS = 18
# Inside the body, a run of more headline-like lines than this is a list (kept as body),
# not a heading: a heading is one line, at most a heading and a subheading.
HEADING_MAX_RUN = 2
# A title or related headline needs at least this many words: one- or two-word lines
# around the body are section labels ("World", "Opinion") far more often than headlines.
HEADLINE_MIN_WORDS = 3
# A line that opens with one of these is a quotation (body text), never a heading.
OPENING_DOUBLE_QUOTES = '"“„«'
# Words that may stay lower-case in a Title Case line.
TITLE_CASE_MINOR_WORDS = _word_set(
    """
    a an and as at but by for from in into nor of on onto or over per the to up via vs
    with without
    """
)

# --- Hard-wrapped text ----------------------------------------------------------------

# A page is hard-wrapped when most of its long lines end close to one common width.
# Tuned on wrapped fixture pages (tests/fixtures/pages/*wrapped*) at widths 60-80.
WRAP_MAX_WIDTH = 100  # lines of a wrapped page are never longer than this
WRAP_MIN_LINES = 4  # need this many long lines to call a page wrapped
WRAP_NEAR_WIDTH = 0.7  # a line this full (fraction of the page's width) continues
WRAP_SHARE = 0.6  # share of long lines that must be near the width
WRAP_LONG_LINE = 30  # shorter lines say nothing about a wrap width
WRAP_WIDTH_PERCENTILE = 0.9  # the page's width: this percentile of its long lines' lengths
WRAP_OPEN_ENDED_SHARE = 0.5  # share of full lines that must stop mid-sentence

# --- Widgets and buttons ----------------------------------------------------------------

# A short line made only of these words (after splitting glued labels such as
# "standardsDiscussion") is a button row or widget label, not text.
WIDGET_WORDS = _word_set(
    """
    share shares sharing tweet tweets retweet email e-mail mail print printer listen
    live audio video play pause watch get short url link links copy copied permalink
    embed comment comments discussion discussions discuss community standards guidelines
    rules subscribe subscribed unsubscribe follow following us on facebook twitter x
    telegram whatsapp linkedin reddit vk pinterest instagram youtube tiktok flipboard
    messenger viber rss feed save saved bookmark bookmarks download pdf read more less
    next previous prev back top to close menu search login log in out sign up register
    account profile font size text a zoom report error feedback like likes dislike reply
    replies view views show hide all open full screen fullscreen gallery photos photo
    images slideshow advertisement ad ads sponsored skip content main navigation home
    news newsletter newsletters alerts alert notifications loading please wait continue
    reading story article articles this page the and or of your our here now minute
    minutes min sec seconds
    """
)
# Longest widget row we accept (words after splitting glued labels).
WIDGET_MAX_WORDS = 6
# Labels glued without a space by a scraper: "standardsDiscussion" -> two words.
GLUED_LABELS = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+")

# A navigation bar: at least this many short items separated by bars or dots
# ("Home | World | Sport"), each of at most NAV_ITEM_MAX_WORDS words.
NAV_SEPARATORS = re.compile(r"\s*[|•·]\s*")
NAV_MIN_ITEMS = 3
NAV_ITEM_MAX_WORDS = 3

# --- Promotions, notices, credits -------------------------------------------------------

# Each kind of notice: its pattern and the longest line (words) it may remove.  Patterns
# are written in lower case and see the lower-cased line, except those in CASED_NOTICES.  The
# limits keep a news sentence that mentions "subscribe to our newsletter" or "Getty
# Images" in the body: promos run to one or two sentences, credits and notices are short.
PROMO_MAX_WORDS = 40
NOTICE_MAX_WORDS = 15
NOTICE_PATTERNS: dict[str, tuple[re.Pattern[str], int]] = {
    # Each pattern opens with one word boundary before its alternatives: several times
    # faster in Python's engine than a boundary at the head of every alternative.
    "promo": (
        re.compile(
            r"\b(?:never miss (?:a|another|any) (?:story|update|article|news)"
            r"|(?:sign|signing) up (?:to|for) (?:our|the)\b"
            r"|subscribe (?:to our|now|today|for (?:free|unlimited|just))\b"
            r"|follow (?:us|@\w+)\b"
            r"|join (?:us|our)\b.{0,40}\b(?:telegram|whatsapp|facebook|twitter|channel|community)"
            r"|(?:our|daily|weekly|free) newsletters?\b"
            r"|download (?:our|the) (?:free )?app\b"
            r"|(?:get|receive) (?:our|the latest|breaking) .{0,30}\b(?:alerts|updates|news)\b"
            r"|support (?:our|independent) journalism\b"
            r"|keep you up ?to ?(?:speed|date)\b"
            r"|like this (?:story|article)\b|share (?:it|this(?: story| article)?) with\b)",
        ),
        PROMO_MAX_WORDS,
    ),
    "cookie notice": (
        re.compile(
            r"\b(?:(?:we|this (?:web)?site) uses? cookies\b"
            r"|cookie (?:policy|settings|preferences)\b|accept (?:all )?cookies\b)",
        ),
        PROMO_MAX_WORDS,
    ),
    "legal notice": (
        re.compile(
            r"\ball rights reserved\b|\bprivacy policy\b"
            r"|\bterms (?:of|and) (?:use|service|conditions)\b"
            r"|^our (?:editorial )?standards\b"
            r"|^(?:\(c\)\s*\d{4}|copyright\b)",
        ),
        NOTICE_MAX_WORDS,
    ),
    "image credit": (
        re.compile(
            r"^(?:photo|image|picture|photograph|illustration|video|graphic)s?"
            r"(?: credit| source| caption)?\s*[:/|,]"
            r"|^(?:credit|caption|source)\s*:"
            r"|\b(?:getty images|shutterstock)\b|\b(?:afp|ap) photo\s*/"
            r"|^©",
        ),
        NOTICE_MAX_WORDS,
    ),
    "advertisement": (
        re.compile(
            r"^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted"
            r"|story continues below(?: advertisement)?|scroll to continue(?: with content)?)$",
        ),
        NOTICE_MAX_WORDS,
    ),
    "reading aid": (
        re.compile(
            r"^(?:\d+\s*min(?:ute)?s? read|listen to (?:this|the) (?:article|story)"
            r"|reading time\b.*|click here\b.*|continue reading\b.*|loading\W*)$",
        ),
        NOTICE_MAX_WORDS,
    ),
    "byline": (  # matched against the line as written: names are capitalised
        re.compile(
            r"^(?:[Bb]y|[Ww]ritten by|[Ww]ords by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
            r"(?:\s*(?:,|and|&|\|)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*$"
            # a full name, then a short role: "By Ana Ruiz, Lima correspondent" (a one-word
            # "name" would let "By Friday, talks had collapsed" through)
            r"|^[Bb]y\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s*[,|–—-]\s*"
            r"[A-Za-z][A-Za-z'’]*(?:\s+[A-Za-z][A-Za-z'’]*){0,3}$"
            r"|^\(?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional reporting) by\b",
        ),
        NOTICE_MAX_WORDS,
    ),
    "relative time": (  # "2 hours ago", "Updated 5 minutes ago": when the page was read
        re.compile(
            r"^(?:(?:published|updated|posted|last updated)\W*)?(?:an?|\d+)\s+"
            r"(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago$",
        ),
        NOTICE_MAX_WORDS,
    ),
    "comments notice": (
        re.compile(
            r"^(?:comments? (?:are|is) (?:closed|disabled)|\d+ comments?|show comments"
            r"|add (?:a|your) comment|leave a comment|be the first to comment)\b",
        ),
        NOTICE_MAX_WORDS,
    ),
}


CASED_NOTICES = frozenset({"byline"})

# --- Recurring lines (corpus-learned furniture) -------------------------------------------

# Lines longer than this are never counted: boilerplate lines are short, and counting
# every paragraph of millions of pages would cost memory for nothing.
FURNITURE_MAX_KEY_CHARS = 300
# How often a line must recur across pages of one source before it is furniture depends
# on its shape.  Widget-like short lines: in 2 pages.  Headline-like lines: in 3 pages, so
# that two stories sharing a related headline keep it.  Whole sentences: in 5 pages and
# in at least half of the source's pages, so that a background paragraph reused by a
# few wire stories stays in each of them.
FURNITURE_SHORT_MAX_WORDS = 4
FURNITURE_MIN_PAGES_SHORT = 2
FURNITURE_MIN_PAGES_HEADLINE = 3
FURNITURE_MIN_PAGES_SENTENCE = 5
FURNITURE_MIN_SHARE_SENTENCE = 0.5

# --- Related headlines and tags ------------------------------------------------------------

# A line that announces a list of related headlines (and is itself dropped).
RELATED_HEADER = re.compile(
    r"^\s*(?:related(?: (?:news|stories|articles|coverage|content|topics|links))?"
    r"|read (?:more|also|next)|also read|see also|more (?:on|about) (?:this|the) (?:story|topic)"
    r"|more (?:stories|news|from \w+)|you (?:may|might) also (?:like|be interested in)"
    r"|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?"
    r"|further reading|latest (?:news|stories))\s*:?\s*$",
    re.IGNORECASE,
)
# "Read more: <headline>" inline: the headline after the label is a related headline.
RELATED_INLINE = re.compile(
    r"^\s*(?:read (?:more|also)|also read|see also|related (?:story|article|news)|recommended)"
    r"\s*[:|»>–—-]\s*(?P<headline>\S.*)$",
    re.IGNORECASE,
)
# A tag line may be introduced by a label; the items follow.
TAG_LABEL = re.compile(
    r"^\s*(?:tags?|keywords?|topics?|filed under|categories|category|subjects?)\s*[:|]\s*",
    re.IGNORECASE,
)
TAG_SEPARATOR_CHARS = ",;|•·"
TAG_SEPARATORS = re.compile(f"\\s*[{TAG_SEPARATOR_CHARS}]\\s*")
# Tag items are short noun phrases; a comma-separated headline has longer pieces or
# pieces that start with a conjunction.
TAG_MAX_WORDS = 5
TAG_MIN_ITEMS = 3  # an unlabelled tag line needs this many items
TAG_ITEM_BAD_START = _word_set(
    """
    and but or so yet then while as if when because
    """
)

# --- Datelines ----------------------------------------------------------------------------

# "KYIV (Ukrinform) —", "LONDON, Nov 3 (Reuters) -", "SAN JOSE, Calif. (AP) —", "BERLIN —".
# A hyphen counts as the dateline's dash only before a space ("COVID-19" is a word).
_DASH = r"(?:—|–|―|-{1,2}(?=\s))"
DATELINE = re.compile(
    r"^(?P<raw>"
    r"(?P<place>[A-Z][A-Z'’.-]+(?:[ /-][A-Z][A-Z'’.-]+){0,3})"  # upper-case place
    r"(?:,\s*(?P<extra>[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?(?:\.?\s+\d{1,2})?"
    r"(?:,\s*\d{4})?))?\.?"  # ", State" or ", Nov 3"
    r"(?:\s*\((?P<agency>[A-Z][\w&.'’ -]{0,40}?)\)\s*"
    + _DASH  # "(Agency) —"
    + r"|\s*/(?P<slashed>[A-Z][\w&.'’ -]{0,40}?)/\.?"  # "/TASS/."
    r"|\s*" + _DASH + r")\s*)"  # or just a dash
    r"(?=\S)"
)
# A dateline place has at most this many characters.
DATELINE_MAX_PLACE = 40
# Datelines open the lead; a summary line or two may come before it, rarely more.
DATELINE_MAX_PARAGRAPH = 3

# --- Timestamps ------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS = _word_set(
    """
    monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri
    saturday sat sunday sun
    """
)
# Words around a timestamp that say what it is ("Updated: ...", "Published on ...").
TIMESTAMP_LABEL_WORDS = _word_set(
    """
    updated update published posted last first modified created date time on at am pm
    a.m. p.m. edited issued released
    """
)
# Named zones -> UTC offset in minutes.  Only unambiguous, common news abbreviations.
ZONE_OFFSETS: dict[str, int] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "UT": 0,
    "WET": 0,
    "BST": 60,
    "CET": 60,
    "WAT": 60,
    "IST": 330,
    "WEST": 60,
    "CEST": 120,
    "EET": 120,
    "SAST": 120,
    "CAT": 120,
    "EEST": 180,
    "MSK": 180,
    "EAT": 180,
    "TRT": 180,
    "GST": 240,
    "PKT": 300,
    "ICT": 420,
    "WIB": 420,
    "HKT": 480,
    "SGT": 480,
    "PHT": 480,
    "AWST": 480,
    "JST": 540,
    "KST": 540,
    "ACST": 570,
    "AEST": 600,
    "AEDT": 660,
    "NZST": 720,
    "NZDT": 780,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "AKST": -540,
    "AKDT": -480,
    "HST": -600,
    "BRT": -180,
    "ART": -180,
}
# A timestamp line is short: at most this many characters and this many words that are
# not part of the date, the time, the zone or a label.
TIMESTAMP_MAX_CHARS = 90
TIMESTAMP_MAX_OTHER_WORDS = 4

# --- Language guess --------------------------------------------------------------------------

ENGLISH_FUNCTION_WORDS = _word_set(
    """
    the of and to a in that is was he she it for on are as with his her they at be this
    from by had have has not but or an were which their its been would will there who
    said after also more than into about over up out no one all when we you i our them
    these
    """
)
# Share of English function words among the words of a page above which it is English.
# Set between the shares measured on English text (seeds 0.35-0.38, our fixture pages
# 0.30-0.35) and on German, French and Spanish news sentences (0.00-0.05).
ENGLISH_MIN_SHARE = 0.18
ENGLISH_MIN_HITS = 5
LANGUAGE_SAMPLE_CHARS = 2000
