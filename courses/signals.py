"""Domain signals of the learning runtime; higher apps (certificates) connect one-line receivers.

``enrollment_completed`` is sent with ``sender=Completion, completion=<Completion>`` after the
transaction that created the Completion commits, and again whenever the learner completes once
more while the Completion still waits for its certificate (``certified_at`` empty); receivers
must therefore be idempotent (certificate issuance is: one certificate per completion).
"""

from django.dispatch import Signal

enrollment_completed = Signal()
