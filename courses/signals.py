"""Domain signals of the learning runtime; higher apps (certificates) connect one-line receivers.

``enrollment_completed`` is sent with ``sender=Completion, completion=<Completion>`` after the
transaction that created the Completion commits, exactly once per Completion.
"""

from django.dispatch import Signal

enrollment_completed = Signal()
