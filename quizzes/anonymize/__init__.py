"""Offline anonymizer for social-media posts (HIPAA Safe Harbor identifiers).

Pure Python: no Django imports, no network, no NLP model. Typical use::

    from quizzes.anonymize import anonymize
    result = anonymize("Praying for my patient Maria Lopez in room 412 #StrongLikeMaria")
    result.text      # 'Praying for my patient [PATIENT_1] in [ROOM_1] #StrongLike[PATIENT_1]'
    result.findings  # [Finding(type='PERSON', start=..., end=..., placeholder='[PATIENT_1]', ...)]
"""

from .engine import Anonymizer, NerHook, anonymize, get_anonymizer
from .results import AnonymizationResult, Finding

__all__ = [
    "AnonymizationResult",
    "Anonymizer",
    "Finding",
    "NerHook",
    "anonymize",
    "get_anonymizer",
]
