"""Certificate PDFs per second on one core, against a one-line PDF from the same library.

    .venv/bin/python bench/certificates_bench.py [--seconds 5]

Both renderers run in this process, pinned to one CPU, alternately in rounds so that drift (turbo,
noisy neighbours) hits both alike. The baseline is reportlab's floor for a one-page document with
the same canvas settings (invariant, page compression); the ratio says how much the certificate's
layout, paragraphs and vector QR code cost on top of it.
"""

import argparse
import hashlib
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from certificates.pdf import CertificateContent, render_certificate, render_minimal

SAMPLE = CertificateContent(
    learner_name="Dr. Amélie Ng, MD",
    course_title="Patient privacy online: what counts as an identifier on social media",
    course_version="2.1",
    completed_on="November 21, 2026",
    issued_on="November 21, 2026",
    provider_name="Ethos Continuing Education",
    verification_url="https://ethos.example/verify/H7GNR5IYPK6A5YOL2SE5T2BUCHQE2M4O/",
    display_code="H7GN-R5IY-PK6A-5YOL-2SE5-T2BU-CHQE-2M4O",
    credit_type_name="AMA PRA Category 1 Credit™",
    credit_line="AMA PRA Category 1 Credit™ claimed: 0.75 (maximum 1)",
    designation_statement=(
        "Ethos Continuing Education designates this enduring material for a maximum of 1 AMA PRA "
        "Category 1 Credit(s)™. Physicians should claim only the credit commensurate with the "
        "extent of their participation in the activity."
    ),
    accreditation_statement=(
        "Ethos Continuing Education is accredited by the Accreditation Council for Continuing "
        "Medical Education (ACCME) to provide continuing medical education for physicians."
    ),
    institution_name="Riverside Health",
    expires_on="November 21, 2027",
)


def _rate(fn, seconds: float) -> tuple[int, float]:
    n, start = 0, time.perf_counter()
    deadline = start + seconds
    while time.perf_counter() < deadline:
        fn()
        n += 1
    return n, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="per renderer (default 5)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        pinned = f"pinned to CPU {cpu}"
    else:  # pragma: no cover - macOS
        pinned = "not pinned (no sched_setaffinity)"

    cert = render_certificate(SAMPLE)
    assert render_certificate(SAMPLE) == cert, "certificate rendering is not deterministic"
    for _ in range(20):  # warm up imports, font metrics, caches
        render_certificate(SAMPLE)
        render_minimal()

    per_round = args.seconds / args.rounds
    totals = {"minimal": [0, 0.0], "certificate": [0, 0.0]}
    for _ in range(args.rounds):
        for name, fn in (
            ("minimal", render_minimal),
            ("certificate", lambda: render_certificate(SAMPLE)),
        ):
            n, elapsed = _rate(fn, per_round)
            totals[name][0] += n
            totals[name][1] += elapsed
    minimal = totals["minimal"][0] / totals["minimal"][1]
    certificate = totals["certificate"][0] / totals["certificate"][1]
    print(f"reportlab certificate benchmark ({pinned}, {args.seconds:g}s per renderer)")
    print(f"  one-line minimal PDF : {minimal:8.1f} PDFs/s  ({len(render_minimal())} bytes)")
    print(
        f"  certificate PDF      : {certificate:8.1f} PDFs/s  ({len(cert)} bytes, "
        f"sha256 {hashlib.sha256(cert).hexdigest()[:12]}…)"
    )
    print(
        f"  ratio certificate/minimal: {certificate / minimal:.3f} "
        f"(a certificate costs {minimal / certificate:.1f}× a one-line PDF)"
    )


if __name__ == "__main__":
    main()
