"""Plain text: decoding the encodings people have, normalising, and splitting into paragraphs."""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from collections.abc import Iterable

from briefer.errors import ImportFailed
from briefer.i18n import N_, _, number
from briefer.importers.document import MAX_TEXT_CHARS, TextDocument

_BINARY_HINT = N_("Import the press release as text, HTML, .docx or PDF.")
_RESAVE_HINT = N_("Open it in a text editor, save it as UTF-8 and import it again.")

# C0 controls other than tab, line feed, vertical tab, form feed and carriage return, plus DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])

# One valid UTF-8 multibyte sequence. "Strong" ones are improbable in Windows-1252 text: a
# two-byte sequence led by Â/Ã (0xC2/0xC3), or any three- or four-byte sequence.
_UTF8_STRONG = re.compile(
    rb"[\xC2\xC3][\x80-\xBF]"
    rb"|\xE0[\xA0-\xBF][\x80-\xBF]|[\xE1-\xEC\xEE\xEF][\x80-\xBF]{2}|\xED[\x80-\x9F][\x80-\xBF]"
    rb"|\xF0[\x90-\xBF][\x80-\xBF]{2}|[\xF1-\xF3][\x80-\xBF]{3}|\xF4[\x80-\x8F][\x80-\xBF]{2}"
)
# Ä, Ö, Ü, ß… (0xC4–0xDF) before punctuation such as “ or » is valid UTF-8 by accident, but
# these pairs also make up Greek and Cyrillic.
_UTF8_WEAK = re.compile(rb"[\xC4-\xDF][\x80-\xBF]")

_LINE_BREAKS = re.compile(r"\r\n|[\r\v\f\x85\u2028]")
_ODD_SPACES = re.compile(r"[\t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Zero-width and invisible formatting characters, a soft hyphen, and lone surrogates.
# a quotation whose curly marks an archive stored as U+FFFD, as it did every apostrophe and
# dash: "�We met, that�s all,� she said." — a mark before a word opens, one after a word or
# its stop closes; inside, a U+FFFD between letters (an apostrophe) or spaces (a dash) stays
_REPLACED_QUOTATION = re.compile(
    r"(?:(?<=\s)|^)\ufffd(?=\w\w)(?P<words>(?:[^\n\ufffd]|(?<=\w)\ufffd(?=\w)|"
    r"(?<=\s)\ufffd(?=\s))*?[\w.,!?;:])\ufffd(?=\s|$)",
    re.MULTILINE,
)
_INVISIBLE = re.compile(r"[\xad\u200b-\u200f\u2060-\u2064\ufeff\ud800-\udfff]")
_SPACE_RUNS = re.compile(r" {2,}")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROLS_AND_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f]")

_LIST_ITEM = re.compile(r"\s*(?:[-*•–—·▪◦]|\d{1,3}[.)]|[a-zA-Z][.)])\s")
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’“»«)\]]*$")
_HYPHEN_END = re.compile(r"\w-$")
# a date line under a headline: "Rashtrapati Bhavan : 02.07.2016", "Berlin, 12.5.2020", an
# Arabic label and the year first ("التاريخ: 2023/11/14"): not a word in lower case first
_DATE_LINE = re.compile(
    r"^(?![a-zäöüéèàç])[^\W\d_][^\d]{0,40}"
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})\s*$"
)
_WRAP_MIN_CHARS = 40
_WRAP_MAX_CHARS = 150


def read_text(data: bytes, name: str, url: str) -> TextDocument:
    """Read a plain-text file's bytes into paragraphs."""
    text = normalise(decode(data, name))
    if not text.strip():
        raise ImportFailed(
            _("{name} is empty. Choose the file that holds the press release.").format(name=name)
        )
    if looks_binary(text):
        raise ImportFailed(_not_text(name))
    check_length(len(text), name)
    return TextDocument(split_paragraphs(text), origin=name, format="text", url=url)


def _not_text(name: str) -> str:
    said = _("{name} is not a text file (it looks like binary data).").format(name=name)
    return f"{said} {_(_BINARY_HINT)}"


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 or Windows-1252 bytes."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode_utf8(data[len(codecs.BOM_UTF8) :], name, offset=len(codecs.BOM_UTF8))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_utf16(data, name, "utf-16")
    unmarked = _unmarked_utf16(data)
    if unmarked:
        return _decode_utf16(data, name, unmarked)
    if b"\x00" in data or len(data.translate(None, _CONTROL_BYTES)) < len(data) * 0.99:
        raise ImportFailed(_not_text(name))
    return _decode_utf8(data, name, offset=0)


def normalise(text: str) -> str:
    """Return text in NFC with "\\n" line ends, plain spaces and no invisible characters."""
    text = _LINE_BREAKS.sub("\n", text).replace("\u2029", "\n\n")
    text = _ODD_SPACES.sub(" ", _INVISIBLE.sub("", text))
    if "\ufffd" in text:
        text = _REPLACED_QUOTATION.sub(r"“\g<words>”", text)
    return unicodedata.normalize("NFC", text)


def looks_binary(text: str) -> bool:
    """Tell whether text holds NUL or many control characters, as binary data does."""
    return "\x00" in text or len(_CONTROLS.findall(text)) > len(text) // 100


def check_length(chars: int, name: str) -> None:
    """Refuse a number of characters of text larger than any press release has."""
    if chars > MAX_TEXT_CHARS:
        raise ImportFailed(
            _(
                "{name} holds more than {count} characters of text; a press release is far"
                " shorter. Import the press release on its own."
            ).format(name=name, count=number(MAX_TEXT_CHARS))
        )


# a photo's label in capitals glued to the first word of a paragraph ("FOTOLABELNach …"):
# not a dateline ("ALGIERS-The …", "BRIO - …")
_GLUED_LABEL = re.compile(r"^[A-ZÄÖÜ0-9_]*[A-ZÄÖÜ]{3}[A-ZÄÖÜ0-9_]*(?=[A-ZÄÖÜ][a-zäöüß]{2,}\b)")


def _unglued(paragraph: str) -> str:
    return _GLUED_LABEL.sub("", paragraph, count=1)


# a paragraph this long is several whose breaks were lost (a page scraped without its <p>s)
_GLUED_WORDS = 150
_QUOTE_MARK = re.compile(r"[\"“”]")


def _rebroken(paragraph: str) -> list[str]:
    """Split a body whose paragraph breaks were lost where a quotation mark is glued.

    A scraped news copy reads "… her office said."The talk was warm," said Ari Tam. "Both want
    closer ties."Vel said: "Thanks.""I am grateful," Oro replied." — a closing mark after a
    sentence's end directly followed by a capital or an opening mark, or an opening mark
    directly after a sentence's end, with no space: the break between two paragraphs. Only a
    line of more than 150 words is split; straight marks open and close in turn.
    """
    if paragraph.count(" ") < _GLUED_WORDS or not _QUOTE_MARK.search(paragraph):
        return [paragraph]
    cuts: list[int] = []
    inside = False
    for mark in _QUOTE_MARK.finditer(paragraph):
        at = mark.start()
        opens = mark.group() == "“" or (mark.group() == '"' and not inside)
        if mark.group() == '"':
            inside = not inside
        if at == 0 or at + 1 == len(paragraph) or paragraph[at - 1] not in ".!?":
            continue
        after = paragraph[at + 1]
        if opens and after.isupper():
            cuts.append(at)
        elif not opens and (after in '"“' or after.isupper()):
            cuts.append(at + 1)
    if not cuts:
        return [paragraph]
    edges = [0, *sorted(set(cuts)), len(paragraph)]
    pieces = (paragraph[start:end].strip() for start, end in itertools.pairwise(edges))
    return [piece for piece in pieces if piece]


def _separated(paragraphs: Iterable[str]) -> list[str]:
    return [piece for paragraph in paragraphs for piece in _rebroken(paragraph)]


def clean(text: str) -> str:
    """Return one paragraph's text with control characters dropped and spaces collapsed."""
    return _SPACE_RUNS.sub(" ", _CONTROLS_AND_BREAKS.sub(" ", text)).strip()


def finish(paragraphs: Iterable[str], name: str) -> tuple[str, ...]:
    """Normalise and clean extracted paragraphs, refusing none or too much text."""
    kept = tuple(filter(None, _separated(_unglued(clean(normalise(p))) for p in paragraphs)))
    if not kept:
        raise ImportFailed(
            _("{name} holds no text. Choose the file that holds the press release.").format(
                name=name
            )
        )
    check_length(sum(map(len, kept)), name)
    return kept


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Split normalised text into paragraphs, joining blocks of hard-wrapped lines.

    Text is taken to be one paragraph per line unless a block (lines between blank lines) is
    hard-wrapped: no line longer than 150 characters, at least half its line breaks follow a
    line that runs on (at least 40 characters and filling the block's width, so the next word
    would not have fitted, or ending mid-sentence before a line in lower case) and at least one
    such line ends mid-sentence. In a hard-wrapped block each run-on line joins the next; a
    line ending in "-" joins without a space.
    """
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line for line in (clean(raw) for raw in block.split("\n")) if line]
        paragraphs.extend(_join_wrapped(lines) if _is_wrapped(lines) else lines)
    return tuple(_separated(_unglued(paragraph) for paragraph in paragraphs))


def join_lines(first: str, second: str) -> str:
    """Join two lines of one paragraph; after a hyphen ("Kramp-") with no space, keeping it."""
    return first + second if _HYPHEN_END.search(first) else f"{first} {second}"


def _runs_on(line: str, following: str, width: int) -> bool:
    next_word = following.split(" ", 1)[0]
    return (
        len(line) >= _WRAP_MIN_CHARS
        and len(line) + 1 + len(next_word) >= 0.9 * width
        and not _LIST_ITEM.match(following)
        and not _DATE_LINE.match(following)
    )


def _is_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2 or (len(lines) == 2 and not _mid_phrase(*lines)):
        return False
    width = max(len(line) for line in lines)
    if width > _WRAP_MAX_CHARS:
        return False
    run_on = [
        line
        for line, following in itertools.pairwise(lines)
        if _runs_on(line, following, width) or _goes_on(line, following)
    ]
    return 2 * len(run_on) >= len(lines) - 1 and any(
        not _SENTENCE_END.search(line) for line in run_on
    )


def _join_wrapped(lines: list[str]) -> list[str]:
    width = max(len(line) for line in lines)
    joined = [lines[0]]
    for previous, line in itertools.pairwise(lines):
        if _runs_on(previous, line, width) or _goes_on(previous, line):
            joined[-1] = join_lines(joined[-1], line)
        else:
            joined.append(line)
    return joined


# words a line broken mid-phrase ends with ("… at the" / "ministry on Monday …")
_JOINING = frozenset(
    "the a an of and or to in on with for by at from as that der die das den dem des und "
    "oder mit von zu zur zum im für bei auf le la les l de du et à au aux en pour par avec".split()
)


def _mid_phrase(line: str, following: str) -> bool:
    """Return whether a block of two lines breaks a sentence: the first ends in a word that
    joins a phrase, a comma or a hyphen, or the second goes on in lower case; a headline over
    its standfirst ("Closing a port is no punishment: …" / "What comes of …") does not."""
    last = line.rsplit(" ", 1)[-1].casefold()
    return last in _JOINING or line.endswith((",", "-")) or following[:1].islower()


def _goes_on(line: str, following: str) -> bool:
    """Return whether a line of a hard-wrapped block that falls short of its width still goes
    on in the next: it ends mid-sentence and the next starts in lower case ("… im Beisein" /
    "von Landesamtsdirektor …"), as lines set in a proportional font wrap unevenly."""
    return (
        len(line) >= _WRAP_MIN_CHARS
        and following[:1].islower()
        and not _SENTENCE_END.search(line)
        and not _LIST_ITEM.match(following)
    )


def _unmarked_utf16(data: bytes) -> str:
    """Return "utf-16-le"/"utf-16-be" when the NULs fall as in mostly-Latin UTF-16, else ""."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return ""
    even = sample[0 : pairs * 2 : 2].count(0)
    odd = sample[1 : pairs * 2 : 2].count(0)
    if odd >= 0.3 * pairs and even <= 0.01 * pairs:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd <= 0.01 * pairs:
        return "utf-16-be"
    return ""


def _decode_utf16(data: bytes, name: str, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        said = _("{name} looks like UTF-16 text but is damaged at byte {byte}.")
        raise ImportFailed(f"{said.format(name=name, byte=exc.start)} {_(_RESAVE_HINT)}") from exc


def _decode_utf8(data: bytes, name: str, offset: int) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _has_utf8_sequences(data):
            said = _("{name} is damaged UTF-8 text: byte {byte} is not valid UTF-8.")
            raise ImportFailed(
                f"{said.format(name=name, byte=exc.start + offset)} {_(_RESAVE_HINT)}"
            ) from exc
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        said = _(
            "{name} is neither UTF-8 nor Windows-1252 text: byte {byte} (0x{value:02X}) is"
            " undefined."
        ).format(name=name, byte=exc.start + offset, value=data[exc.start])
        raise ImportFailed(f"{said} {_(_RESAVE_HINT)}") from exc


def _has_utf8_sequences(data: bytes) -> bool:
    """Tell whether invalid UTF-8 still holds UTF-8 sequences, as damaged UTF-8 does."""
    if _UTF8_STRONG.search(data):
        return True
    weak = len(_UTF8_WEAK.findall(data))
    high = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))
    # Damaged Greek or Cyrillic UTF-8 is nearly all such pairs; German Windows-1252 is not.
    return weak >= 2 and 2 * weak >= 0.9 * high
