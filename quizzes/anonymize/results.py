"""Value objects returned by the anonymizer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Finding:
    """One replaced identifier.

    ``start``/``end`` index the ORIGINAL text (``text[start:end] == original``), so a reviewer UI
    can highlight the raw post side by side with the anonymized one.
    """

    type: str
    start: int
    end: int
    original: str
    placeholder: str
    recognizer: str
    score: float
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "original": self.original,
            "placeholder": self.placeholder,
            "recognizer": self.recognizer,
            "score": round(self.score, 2),
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class AnonymizationResult:
    """The anonymized text plus every replacement made, in text order."""

    text: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def mapping(self) -> dict[str, list[str]]:
        """Placeholder -> distinct original spellings, for the reviewer only (never persist it)."""
        out: dict[str, list[str]] = {}
        for f in self.findings:
            seen = out.setdefault(f.placeholder, [])
            if f.original not in seen:
                seen.append(f.original)
        return out
