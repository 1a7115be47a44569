"""Certificate PDF rendering with reportlab (no Django imports: the benchmark uses it bare).

Deterministic: ``invariant=1`` fixes the creation date and document ID, the QR code is drawn as
vector squares, and every input comes from the certificate snapshot, so re-rendering the same
certificate yields the same bytes (and SHA-256).

reportlab was chosen over WeasyPrint after measuring both on the same certificate layout, one
core, same run: reportlab ~32 PDFs/s, WeasyPrint 70 ~7.6 PDFs/s (bench/certificates_bench.py
for reportlab); reportlab also needs no system libraries (Pango) and draws the QR as vectors.

Fonts: every text is set in embedded Roboto TrueType subsets (Latin incl. Vietnamese, Greek,
Cyrillic), CJK runs in reportlab's CID fonts; see ``certificates/fonts.py`` for the coverage and
what happens to other scripts. Only the ASCII verification code uses Courier-Bold. TrueType subset
names are fixed ("AAAAAA+") under ``invariant=1``, so determinism holds with embedded fonts too.
"""

import io
from dataclasses import dataclass, field

import segno
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

from .fonts import MONO, SANS, SANS_BOLD, draw_string, markup

PAGE_W, PAGE_H = landscape(letter)
INK = colors.HexColor("#1f2933")
BRAND = colors.HexColor("#1f5f7a")
MUTED = colors.HexColor("#52606d")
REVOKED_RED = colors.HexColor("#b42318")


@dataclass(frozen=True)
class CertificateContent:
    """Everything printed on a certificate, already formatted as text."""

    learner_name: str
    course_title: str
    course_version: str
    completed_on: str
    issued_on: str
    provider_name: str
    verification_url: str
    display_code: str
    credit_type_name: str = ""
    credit_line: str = ""
    designation_statement: str = ""
    accreditation_statement: str = ""
    institution_name: str = ""
    expires_on: str = ""
    revoked_on: str = ""
    extra_lines: tuple[str, ...] = field(default_factory=tuple)
    learner_degree: str = ""
    activity_dates: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    signature_image: bytes = b""


def _style(name: str, **kw) -> ParagraphStyle:
    base = {"fontName": SANS, "fontSize": 10, "leading": 13, "textColor": INK}
    base.update(kw)
    return ParagraphStyle(name, **base)


STYLES = {
    "provider": _style("provider", fontSize=12, leading=15, alignment=TA_CENTER, textColor=BRAND),
    "title": _style("title", fontName=SANS_BOLD, fontSize=34, leading=40, alignment=TA_CENTER),
    "subtitle": _style("subtitle", fontSize=13, leading=16, alignment=TA_CENTER, textColor=MUTED),
    "lead": _style("lead", fontSize=12, leading=15, alignment=TA_CENTER, textColor=MUTED),
    "name": _style("name", fontName=SANS_BOLD, fontSize=28, leading=33, alignment=TA_CENTER),
    "course": _style("course", fontName=SANS_BOLD, fontSize=16, leading=20, alignment=TA_CENTER),
    "meta": _style("meta", fontSize=11, leading=14, alignment=TA_CENTER),
    "credit": _style("credit", fontName=SANS_BOLD, fontSize=12, leading=15, alignment=TA_CENTER),
    "statement": _style("statement", fontSize=9.5, leading=12.5, alignment=TA_CENTER),
    "small": _style("small", fontSize=8.5, leading=11, textColor=MUTED),
    "code": _style("code", fontName=MONO, fontSize=9, leading=11),
}


def qr_code(url: str) -> segno.QRCode:
    return segno.make(url, error="m", micro=False)


def _draw_qr(c: canvas.Canvas, qr: segno.QRCode, x: float, y: float, size: float) -> None:
    """Draw the QR symbol (with its 4-module quiet zone) as filled squares, one run per row."""
    matrix = [list(row) for row in qr.matrix_iter(scale=1, border=4)]
    n = len(matrix)
    module = size / n
    c.setFillColor(colors.white)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.setFillColor(colors.black)
    for r, row in enumerate(matrix):
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                c.rect(
                    x + start * module,
                    y + size - (r + 1) * module,
                    (col - start) * module,
                    module,
                    stroke=0,
                    fill=1,
                )
            else:
                col += 1


def _para(c: canvas.Canvas, text: str, style: str, y_top: float, width: float) -> float:
    """Draw a centred paragraph whose top is at y_top; return the y below it."""
    p = Paragraph(markup(text, STYLES[style].fontName), STYLES[style])
    _, h = p.wrapOn(c, width, PAGE_H)
    p.drawOn(c, (PAGE_W - width) / 2, y_top - h)
    return y_top - h


def _draw_signature(c: canvas.Canvas, content: CertificateContent) -> None:
    """The authorised official's signature (image), a rule, their name and title, centred in
    the footer between the dates and the QR code."""
    from reportlab.lib.utils import ImageReader

    cx, base = PAGE_W / 2 - 0.4 * inch, 0.72 * inch
    if content.signature_image:
        image = ImageReader(io.BytesIO(content.signature_image))
        iw, ih = image.getSize()
        h = 0.5 * inch
        w = min(2.2 * inch, iw * h / ih) if ih else 2.2 * inch
        c.drawImage(image, cx - w / 2, base + 0.32 * inch, w, h, mask="auto")
    c.setStrokeColor(MUTED)
    c.setLineWidth(0.6)
    c.line(cx - 1.2 * inch, base + 0.3 * inch, cx + 1.2 * inch, base + 0.3 * inch)
    c.setFillColor(INK)
    if content.signatory_name:
        draw_string(c, cx, base + 0.16 * inch, content.signatory_name, SANS_BOLD, 9.5, "centre")
    if content.signatory_title:
        draw_string(c, cx, base + 0.02 * inch, content.signatory_title, SANS, 8.5, "centre")


def render_certificate(content: CertificateContent) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(
        buf, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1, initialFontName=SANS
    )
    c.setTitle(f"Certificate — {content.course_title}")
    c.setAuthor(content.provider_name)
    c.setSubject(f"Verification code {content.display_code}")
    c.setCreator("Ethos")

    # Frame: a thick brand border and a thin inner rule.
    c.setStrokeColor(BRAND)
    c.setLineWidth(6)
    c.rect(0.35 * inch, 0.35 * inch, PAGE_W - 0.7 * inch, PAGE_H - 0.7 * inch)
    c.setLineWidth(0.8)
    c.rect(0.5 * inch, 0.5 * inch, PAGE_W - 1.0 * inch, PAGE_H - 1.0 * inch)

    width = PAGE_W - 2.2 * inch
    y = PAGE_H - 0.85 * inch
    y = _para(c, content.provider_name, "provider", y, width) - 6
    y = _para(c, "Certificate", "title", y, width)
    kind = content.credit_type_name or "Certificate of completion"
    y = _para(c, kind, "subtitle", y, width) - 14
    y = _para(c, "This certifies that", "lead", y, width) - 4
    name = content.learner_name
    if content.learner_degree:
        name = f"{name}, {content.learner_degree}"
    y = _para(c, name, "name", y, width) - 4
    y = _para(c, "has completed the enduring material", "lead", y, width) - 4
    y = _para(c, content.course_title, "course", y, width) - 2
    meta = f"Version {content.course_version} · Completed {content.completed_on}"
    y = _para(c, meta, "meta", y, width) - 2
    if content.activity_dates:
        y = _para(c, content.activity_dates, "meta", y, width) - 2
    y -= 6
    if content.credit_line:
        y = _para(c, content.credit_line, "credit", y, width) - 12
    statement_width = width - 0.6 * inch
    for text in (content.designation_statement, content.accreditation_statement):
        if text:
            y = _para(c, text, "statement", y, statement_width) - 8
    for text in content.extra_lines:
        y = _para(c, text, "statement", y, statement_width) - 2

    # Footer: dates and institution on the left, QR and code on the right.
    qr_size = 1.15 * inch
    qr_x = PAGE_W - 0.75 * inch - qr_size
    qr_y = 0.7 * inch
    _draw_qr(c, qr_code(content.verification_url), qr_x, qr_y, qr_size)

    left = [f"Issued {content.issued_on}"]
    if content.expires_on:
        left.append(f"Expires {content.expires_on}")
    if content.institution_name:
        left.append(f"Institution: {content.institution_name}")
    fy = 0.75 * inch + 14 * (len(left) - 1)
    c.setFillColor(INK)
    for line in left:
        draw_string(c, 0.8 * inch, fy, line, SANS, 10)
        fy -= 14

    right_w = 3.6 * inch
    rx = qr_x - 0.15 * inch - right_w
    c.setFillColor(MUTED)
    draw_string(
        c, rx + right_w, qr_y + 0.62 * inch, "Verify this certificate at", SANS, 8.5, "right"
    )
    draw_string(c, rx + right_w, qr_y + 0.46 * inch, content.verification_url, SANS, 8.5, "right")
    c.setFont(MONO, 9)  # the code is ASCII (Crockford base32 and dashes)
    c.setFillColor(INK)
    c.drawRightString(rx + right_w, qr_y + 0.24 * inch, f"Code {content.display_code}")

    if content.signatory_name or content.signature_image:
        _draw_signature(c, content)

    if content.revoked_on:
        c.saveState()
        c.setFillColor(REVOKED_RED)
        draw_string(
            c, PAGE_W / 2, 0.62 * inch, f"REVOKED on {content.revoked_on}", SANS_BOLD, 20, "centre"
        )
        c.translate(PAGE_W / 2, PAGE_H / 2)
        c.rotate(25)
        c.setFillAlpha(0.18)
        c.setFont(SANS_BOLD, 110)
        c.drawCentredString(0, -40, "REVOKED")
        c.restoreState()

    c.showPage()
    c.save()
    return buf.getvalue()


def render_minimal() -> bytes:
    """The benchmark baseline: a one-line PDF from the same library and settings."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    c.drawString(72, 72, "Hello")
    c.showPage()
    c.save()
    return buf.getvalue()


@dataclass(frozen=True)
class TranscriptContent:
    learner_name: str
    generated_on: str
    provider_name: str
    rows: tuple[tuple[str, ...], ...]  # course, version, completed, status, credit, expires, code
    totals: tuple[tuple[str, ...], ...]  # year, credit type, claimed, certificates


def data_table(header: list[str], rows, widths, *, font_size: float, leading: float, style=_style):
    """A report table: a shaded header row repeated on every page, one paragraph per cell (so
    long values wrap and any script prints), rules between rows. Used by the transcript and the
    compliance report. ``style`` builds the paragraph styles (the caller's base style)."""
    from reportlab.platypus import Table, TableStyle

    head = style("head", fontName=SANS_BOLD, fontSize=font_size, leading=leading)
    cell = style("cell", fontSize=font_size, leading=leading)
    data = [[Paragraph(markup(str(h), SANS_BOLD), head) for h in header]]
    data += [[Paragraph(markup(str(v), SANS), cell) for v in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),  # else Table selects Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f7")),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#cbd2d9")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def render_transcript(content: TranscriptContent) -> bytes:
    """A landscape table of every certificate and the credit totals by year and type."""
    from reportlab.platypus import SimpleDocTemplate, Spacer, Table

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=(PAGE_W, PAGE_H),
        invariant=1,
        initialFontName=SANS,
        leftMargin=0.6 * inch,
        rightMargin=0.6 * inch,
        topMargin=0.6 * inch,
        bottomMargin=0.6 * inch,
        title=f"Transcript — {content.learner_name}",
        author=content.provider_name,
    )
    head = _style("head", fontName=SANS_BOLD, fontSize=8.5, leading=10.5)
    left = _style("h", fontName=SANS_BOLD, fontSize=18, leading=22)
    sub = _style("sub", textColor=MUTED)

    def table(header: list[str], rows, widths) -> Table:
        return data_table(header, rows, widths, font_size=8.5, leading=10.5)

    story = [
        Paragraph(markup(f"Transcript — {content.learner_name}", SANS_BOLD), left),
        Paragraph(markup(f"{content.provider_name} · generated {content.generated_on}", SANS), sub),
        Spacer(1, 12),
        Paragraph("Credit by year and type", head),
        Spacer(1, 4),
        table(
            ["Year", "Credit type", "Claimed", "Certificates"],
            content.totals or [("—", "No credit claimed yet", "", "")],
            [0.8 * inch, 4.2 * inch, 1.2 * inch, 1.2 * inch],
        ),
        Spacer(1, 14),
        Paragraph("Certificates", head),
        Spacer(1, 4),
        table(
            ["Course", "Version", "Completed", "Status", "Credit", "Expires", "Code"],
            content.rows or [("No certificates yet", "", "", "", "", "", "")],
            [
                2.6 * inch,
                0.6 * inch,
                1.0 * inch,
                0.7 * inch,
                1.9 * inch,
                0.9 * inch,
                2.1 * inch,
            ],
        ),
    ]
    doc.build(story)
    return buf.getvalue()
