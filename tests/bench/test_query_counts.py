"""No benchmarked endpoint's query count grows with the data: the same requests at 100 and at
400 members (bench/query_counts.py does S against M on PostgreSQL)."""

import pytest
from django.conf import settings

from bench.loadgen import Size, generate, load_delete
from bench.query_counts import ENDPOINTS, measure
from tests.bench.test_generate_load import courses  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db


def test_query_counts_do_not_grow_with_data(courses):  # noqa: F811
    generate(size=Size("S", 1, 100))
    small = measure()
    load_delete()
    generate(size=Size("S", 2, 800))
    large = measure()
    assert small == large
    assert set(small) == set(ENDPOINTS)
    # Exact for the learner endpoints, so a change that adds a query shows here (before the
    # performance pass: catalog 12, lesson 22, quiz submit 22, verify 1; the verification page
    # reads its certificate from the cache when warm). A page served from the page cache costs
    # the session row only (tests keep sessions in the database; with Redis it costs none). A
    # rendered page reads no route, outline or catalog list (content/shared.py: 10 and 14
    # before), and no row of the learner's once their state is kept (their enrollments with
    # ticks, noted lessons and final-quiz attempts for every course, kept per person under their
    # generation: courses and quizzes selectors; 4 before, and still on the first page they
    # open after a change of theirs): the catalog and a lesson the session only.
    # The session row: read from the database, or none when sessions are read through a shared
    # cache (CACHE_URL=redis://…, SESSION_ENGINE core.sessions: what production runs).
    session = 0 if settings.SESSION_ENGINE == "core.sessions" else 1
    learner = {k: v for k, v in small.items() if k != "compliance summary"}
    assert learner == {
        "catalog": session,
        "lesson": session,
        "catalog (kept)": session,
        "lesson (kept)": session,
        # The quiz's questions, choices and cases come from the bank this process holds
        # (quizzes.bank), the attempt is read once and the result is built from the rows just
        # written (start 6 and submit 20 before the quiz pass; README: "Quiz and verification
        # pass"). Since the second quiz pass the quiz row with its course is held too, a resume
        # is the latest attempt alone, and a submit makes no savepoint of the enrollment's, no
        # separate read of earlier responses and no LTI gradebook lookup for a quiz without a
        # column (start 4 and submit 12 before; README: "Second quiz pass"). Since the third,
        # the attempt's locking read also says whether the enrollment's cycle is completed and
        # certified, so a learner passing again reads, locks and writes no enrollment or
        # completion (9 before; README: "Third quiz pass").
        "quiz start": 1,
        "quiz submit": 7,
        "verify": 0,
    }
