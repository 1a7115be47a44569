"""Right and wrong answers for a served attempt, read from the database (never from the page).

``answers(attempt_id, correct=...)`` returns, per served question in display order, what the
learner should do: which choice ids to tick, which token indexes to select, or which position
to give each ordering step.
"""

from dataclasses import dataclass, field

from quizzes.models import Attempt, Question, QuestionType


@dataclass
class Answer:
    question_id: int
    type: str
    choices: list[int] = field(default_factory=list)  # single / multiple: ids to tick
    tokens: list[int] = field(default_factory=list)  # spot: token indexes to select
    positions: dict[int, int] = field(default_factory=dict)  # order: choice id -> 1..n
    wrong_feedback: str = ""  # the feedback of a wrong option we picked (single/multiple)


def answers(attempt_id: int, *, correct: bool) -> list[Answer]:
    attempt = Attempt.objects.get(pk=attempt_id)
    questions = {
        q.pk: q
        for q in Question.objects.filter(pk__in=attempt.served_question_ids).prefetch_related(
            "choices"
        )
    }
    out = []
    for item in attempt.served:
        q = questions[item["question"]]
        choices = list(q.choices.all())
        a = Answer(question_id=q.pk, type=q.type)
        if q.type == QuestionType.SINGLE:
            pick = next(c for c in choices if c.is_correct is correct)
            a.choices = [pick.pk]
            a.wrong_feedback = "" if correct else pick.feedback
        elif q.type == QuestionType.MULTIPLE:
            picks = [c for c in choices if c.is_correct is correct]
            a.choices = [c.pk for c in picks]
            a.wrong_feedback = "" if correct else picks[0].feedback
        elif q.type == QuestionType.SPOT:
            if correct:
                a.tokens = sorted({t for c in choices for t in c.tokens})
            else:
                keys = {t for c in choices for t in c.tokens}
                a.tokens = [next(i for i in range(10_000) if i not in keys)]
        else:  # ordering: sort_order is the correct position
            ranked = sorted(choices, key=lambda c: (c.sort_order, c.pk))
            if not correct:
                ranked.reverse()
            a.positions = {c.pk: n for n, c in enumerate(ranked, start=1)}
        out.append(a)
    return out
