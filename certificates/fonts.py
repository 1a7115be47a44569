"""Fonts for certificate and transcript PDFs (no Django imports: the benchmark uses it bare).

Text is set in Roboto (Regular and Bold) from the PyPI package ``font-roboto`` 0.0.1 (Apache 2.0,
TrueType files shipped inside the package, so nothing is downloaded or looked up on the system at
run time). The files are embedded in each PDF as subsets. Roboto covers Basic Latin, Latin-1,
Latin Extended-A and -B, Latin Extended Additional (all of Vietnamese), Greek and Cyrillic
(U+0400-04FF). The one other candidate, ``font-source-sans-pro`` 0.0.1, lacks most of Latin
Extended-B (Ɓ, Ɗ, Ƙ … used in Hausa and Fula names) and the rest of U+0460-04FF.

Chinese, Japanese and Korean runs are set in reportlab's built-in CID fonts (STSong-Light,
HeiseiMin-W3, HYSMyeongJo-Medium). Those are *not* embedded: the viewer supplies the glyphs
(Chrome, Firefox, macOS Preview and poppler do; Adobe Reader offers its free Asian font pack).
Han characters use the Japanese font when the same text holds kana, the Chinese one otherwise.

Anything else (Arabic, Hebrew, Indic and Thai scripts, emoji …) is not supported: reportlab does
no shaping or right-to-left layout. Roboto's .notdef glyph is blank, so such a character would
silently vanish; instead each one is printed as U+FFFD "�" (visible on the page and in the text
layer) and a warning naming the code points is logged. ``unsupported_characters`` lists them.

Text is NFC-normalised first, so a name typed with combining accents ("e" + U+0301) prints with
Roboto's precomposed glyph ("é") instead of a mark reportlab cannot position.
"""

import logging
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

import font_roboto
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

SANS = "EthosSans"
SANS_BOLD = "EthosSans-Bold"
MONO = "Courier-Bold"  # standard Type 1 font, only for the ASCII verification code
CJK_CHINESE = "STSong-Light"
CJK_JAPANESE = "HeiseiMin-W3"
CJK_KOREAN = "HYSMyeongJo-Medium"

_FONT_DIR = Path(font_roboto.font_directory)
pdfmetrics.registerFont(TTFont(SANS, str(_FONT_DIR / "Roboto-Regular.ttf")))
pdfmetrics.registerFont(TTFont(SANS_BOLD, str(_FONT_DIR / "Roboto-Bold.ttf")))
pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
for _name in (CJK_CHINESE, CJK_JAPANESE, CJK_KOREAN):
    pdfmetrics.registerFont(UnicodeCIDFont(_name))

# Roboto Regular and Bold map the same characters (checked in the tests).
_COVERED = frozenset(pdfmetrics.getFont(SANS).face.charToGlyph)
REPLACEMENT = "\ufffd"

logger = logging.getLogger(__name__)


def _is_hangul(code: int) -> bool:
    return 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F or 0xAC00 <= code <= 0xD7AF


def _is_kana(code: int) -> bool:
    return 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F


def _is_cjk(code: int) -> bool:
    return (
        _is_hangul(code)
        or _is_kana(code)
        or 0x2E80 <= code <= 0x2FDF  # radicals
        or 0x3000 <= code <= 0x303F  # CJK symbols and punctuation
        or 0x3400 <= code <= 0x4DBF  # Han extension A
        or 0x4E00 <= code <= 0x9FFF  # Han
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0xFF00 <= code <= 0xFFEF  # half- and full-width forms
    )


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """Split NFC text into (font, text) runs: Roboto where it has the glyph, a CID font for CJK."""
    text = unicodedata.normalize("NFC", text)
    missing = unsupported_characters(text)
    if missing:
        logger.warning(
            "certificate PDF: no font for %s, printed as U+FFFD",
            " ".join(f"U+{ord(ch):04X}" for ch in missing),
        )
    japanese = any(_is_kana(ord(ch)) for ch in text)
    out: list[tuple[str, str]] = []
    for ch in text:
        code = ord(ch)
        if code in _COVERED or not _is_cjk(code):
            name = font  # control characters (newlines) pass through as before
            if ch in missing:
                ch = REPLACEMENT
        elif _is_hangul(code):
            name = CJK_KOREAN
        else:
            name = CJK_JAPANESE if japanese else CJK_CHINESE
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + ch)
        else:
            out.append((name, ch))
    return out


def unsupported_characters(text: str) -> str:
    """The distinct characters of ``text`` that no certificate font can draw, in order."""
    seen: dict[str, None] = {}
    for ch in unicodedata.normalize("NFC", text):
        code = ord(ch)
        if code not in _COVERED and not _is_cjk(code) and unicodedata.category(ch) != "Cc":
            seen[ch] = None
    return "".join(seen)


def markup(text: str, font: str) -> str:
    """Paragraph markup for ``text``: escaped, with CJK runs wrapped in <font name=...>."""
    return "".join(
        escape(part) if name == font else f'<font name="{name}">{escape(part)}</font>'
        for name, part in runs(text, font)
    )


def draw_string(canv, x: float, y: float, text: str, font: str, size: float, align: str = "left"):
    """Draw one line in ``font``, switching to a CID font for CJK runs; align left/right/centre."""
    parts = [
        (name, part, pdfmetrics.stringWidth(part, name, size)) for name, part in runs(text, font)
    ]
    if align != "left":
        x -= sum(w for _, _, w in parts) / (2 if align == "centre" else 1)
    for name, part, w in parts:
        canv.setFont(name, size)
        canv.drawString(x, y, part)
        x += w
    canv.setFont(font, size)
