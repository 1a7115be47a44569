"""Transcript CSV and the accredited-provider (CME reporting) tab-delimited export."""

import csv
import io

from django.utils import timezone

from content.models import format_amount
from lms.spreadsheets import neutralize

from .models import Certificate
from .selectors import Transcript


def _tsv_cell(value) -> str:
    # A tab or newline inside a field would shift the accreditor's columns.
    return " ".join(neutralize(value).split()) if value else ""


def _day(moment) -> str:
    return timezone.localtime(moment).date().isoformat() if moment else ""


TRANSCRIPT_COLUMNS = [
    "course",
    "version",
    "completed",
    "status",
    "credit type",
    "credit claimed",
    "credit maximum",
    "expires",
    "verification code",
]


def transcript_csv(transcript: Transcript) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(TRANSCRIPT_COLUMNS)
    for c in transcript.certificates:
        writer.writerow(
            [
                neutralize(c.course_title),
                neutralize(c.course_version),
                _day(c.completed_at),
                c.status,
                neutralize(c.credit_type_name),
                format_amount(c.credit_claimed) if c.credit_claimed is not None else "",
                format_amount(c.credit_max) if c.has_credit else "",
                _day(c.expires_at),
                c.display_code,
            ]
        )
    writer.writerow([])
    writer.writerow(["year", "credit type", "credit claimed", "certificates"])
    for t in transcript.totals:
        writer.writerow(
            [t.year, neutralize(t.credit_type_name), format_amount(t.claimed), t.certificates]
        )
    return out.getvalue()


PROVIDER_EXPORT_COLUMNS = [
    "learner name",
    "licence id",
    "licence state",
    "completion date",
    "credit type",
    "credit amount",
    "activity",
]


def provider_export_tsv(certificates) -> str:
    """One line per reported completion; tab-delimited, header first, amounts as claimed."""
    lines = ["\t".join(PROVIDER_EXPORT_COLUMNS)]
    for c in certificates:
        c: Certificate
        lines.append(
            "\t".join(
                [
                    _tsv_cell(c.learner_name),
                    _tsv_cell(c.user.licence_number),
                    _tsv_cell(c.user.licence_state),
                    _day(c.completed_at),
                    _tsv_cell(c.credit_type_name),
                    format_amount(c.credit_claimed),
                    _tsv_cell(f"{c.course_title} (version {c.course_version})"),
                ]
            )
        )
    return "\r\n".join(lines) + "\r\n"


def evaluation_report_csv(report) -> str:
    """One course's evaluation report: distributions, then the free-text answers."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["question", "answer", "count", "share %"])
    for dist in report.distributions:
        for label, count, share in dist.counts:
            writer.writerow([neutralize(dist.question), neutralize(label), count, share])
    writer.writerow([])
    writer.writerow(["kind", "text"])
    for kind, text in report.comments:
        writer.writerow([neutralize(kind), neutralize(text)])
    return out.getvalue()
