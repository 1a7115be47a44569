"""Quiz API (v1): start or resume an attempt, submit it. Views are thin: validate shape, call one
service, serialize. The start payload is built from ``ServedQuestion`` only, which carries no
correctness, feedback or explanation."""

from __future__ import annotations

from django.http import Http404
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response as ApiResponse
from rest_framework.views import APIView

from .bank import quiz_held
from .models import QuestionType
from .selectors import (
    AttemptResult,
    ServedQuestion,
    attempt_result,
)
from .services.attempts import attempt_start, attempt_submit_own

# --- Output shapes -----------------------------------------------------------------------------


class CaseOutSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    platform = serializers.CharField()
    platform_label = serializers.CharField()
    author_role = serializers.CharField()
    text = serializers.CharField()
    media_description = serializers.CharField()
    year = serializers.IntegerField()
    likes = serializers.IntegerField()
    comments = serializers.IntegerField()
    shares = serializers.IntegerField()


class OptionOutSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    text = serializers.CharField()


class TokenOutSerializer(serializers.Serializer):
    index = serializers.IntegerField()
    text = serializers.CharField()


class ServedQuestionOutSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    number = serializers.IntegerField()
    type = serializers.ChoiceField(choices=QuestionType.choices)
    stem = serializers.CharField()
    points = serializers.IntegerField()
    case = CaseOutSerializer(allow_null=True)
    choices = OptionOutSerializer(many=True, help_text="Options, or ordering steps (shuffled).")
    tokens = TokenOutSerializer(many=True, help_text="Spot questions: the post split into tokens.")


class AttemptOutSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    quiz = serializers.IntegerField()
    number = serializers.IntegerField()
    resumed = serializers.BooleanField()
    started_at = serializers.DateTimeField()
    pass_mark = serializers.IntegerField()
    attempts_allowed = serializers.IntegerField()
    feedback_timing = serializers.CharField()
    review_policy = serializers.CharField()
    questions = ServedQuestionOutSerializer(many=True)


_DATETIME = serializers.DateTimeField()


def attempt_out(body: dict) -> dict:
    """``AttemptOutSerializer(body).data`` without the serializer: ``body`` (built by
    ``AttemptStartView``) already holds exactly its fields, in its order, as JSON types; only
    the start time is formatted as DRF formats datetimes (tests/quizzes/test_api_cost.py
    compares both). A serializer tree per question cost more than the rest of the response."""
    return body | {"started_at": _DATETIME.to_representation(body["started_at"])}


def case_payload(case) -> dict | None:
    if case is None:
        return None
    return {
        "id": case.pk,
        "platform": case.platform,
        "platform_label": case.get_platform_display(),
        "author_role": case.author_role,
        "text": case.text,
        "media_description": case.media_description,
        "year": case.year,
        "likes": case.likes,
        "comments": case.comments,
        "shares": case.shares,
    }


def served_payload(sq: ServedQuestion) -> dict:
    return {
        "id": sq.id,
        "number": sq.number,
        "type": sq.type,
        "stem": sq.question.stem,
        "points": sq.question.points,
        "case": case_payload(sq.case),
        "choices": [{"id": c.pk, "text": c.text} for c in sq.choices],
        "tokens": [{"index": t.index, "text": t.text} for t in sq.tokens],
    }


def result_payload(result: AttemptResult) -> dict:
    attempt = result.attempt
    feedback = []
    for qf in result.questions:
        q = qf.question
        item: dict = {
            "question": q.pk,
            "type": q.type,
            "points": float(qf.points),
            "max_points": qf.max_points,
            "credit": float(qf.credit),
            "correct": qf.is_correct,
            "explanation": q.explanation,
        }
        if q.type == QuestionType.SPOT:
            item["selected_tokens"] = [m.token.index for m in qf.tokens if m.selected]
            item["key_tokens"] = [m.token.index for m in qf.tokens if m.in_key]
            item["key_phrases"] = [
                {"text": s.text, "tokens": s.tokens, "feedback": s.feedback} for s in qf.key_spans
            ]
        elif q.type == QuestionType.ORDER:
            item["steps"] = [
                {
                    "id": c.choice.pk,
                    "text": c.choice.text,
                    "given_position": c.given_position,
                    "correct_position": c.correct_position,
                    "feedback": c.choice.feedback,
                }
                for c in qf.choices
            ]
        else:
            item["choices"] = [
                {
                    "id": c.choice.pk,
                    "text": c.choice.text,
                    "correct": c.choice.is_correct,
                    "chosen": c.chosen,
                    "feedback": c.choice.feedback,
                    "competency": c.choice.competency,
                }
                for c in qf.choices
            ]
        feedback.append(item)
    return {
        "attempt": attempt.pk,
        "quiz": attempt.quiz_id,
        "number": attempt.number,
        "submitted_at": attempt.submitted_at,
        "score": float(attempt.score),
        "passed": attempt.passed,
        "pass_mark": attempt.pass_mark,
        "points_earned": float(attempt.points_earned),
        "points_possible": float(attempt.points_possible),
        "feedback": feedback,
        "revisit": [{"competency": c, "label": label} for c, label in result.revisit],
        "review_available": result.review,
        "lessons": [{"title": lesson.title, "url": lesson.url or ""} for lesson in result.lessons],
    }


class ResultOutSerializer(serializers.Serializer):
    attempt = serializers.IntegerField()
    quiz = serializers.IntegerField()
    number = serializers.IntegerField()
    submitted_at = serializers.DateTimeField()
    score = serializers.FloatField(help_text="Percent.")
    passed = serializers.BooleanField()
    pass_mark = serializers.IntegerField()
    points_earned = serializers.FloatField()
    points_possible = serializers.FloatField()
    feedback = serializers.ListField(
        child=serializers.DictField(),
        help_text=(
            "Per-question review (key, explanations, spans). Empty after a failed attempt of a "
            "quiz that holds the key back, until the learner passes or uses the last allowed "
            "attempt of the round."
        ),
    )
    revisit = serializers.ListField(child=serializers.DictField())
    review_available = serializers.BooleanField()
    lessons = serializers.ListField(
        child=serializers.DictField(), help_text="Failed attempts: lessons to revisit."
    )


# --- Input shape -------------------------------------------------------------------------------


class AnswerInSerializer(serializers.Serializer):
    question = serializers.IntegerField()
    choices = serializers.ListField(child=serializers.IntegerField(), required=False)
    tokens = serializers.ListField(child=serializers.IntegerField(min_value=0), required=False)
    order = serializers.ListField(child=serializers.IntegerField(), required=False)


class SubmitInSerializer(serializers.Serializer):
    answers = AnswerInSerializer(many=True)


_ANSWER_LISTS = (("choices", 0), ("tokens", 1), ("order", 0))  # (field, 1 if min_value=0)


def _plain_ints(value, *, non_negative: bool) -> bool:
    return type(value) is list and all(
        type(v) is int and (v >= 0 or not non_negative) for v in value
    )


def submitted_answers(data) -> list[dict]:
    """``SubmitInSerializer(data=data)``'s validated answers, as plain dicts. A body that is
    already exactly that shape (JSON integers, lists of them) is taken as it is, which is what
    the serializer would return for it (tests/quizzes/test_api_cost.py compares both);
    anything else (strings of digits, floats, a missing or null field, a form body) goes
    through the serializer, which converts it or answers 400 as before."""
    answers = data.get("answers") if type(data) is dict else None
    if type(answers) is list:
        plain = []
        for answer in answers:
            if type(answer) is not dict or type(answer.get("question")) is not int:
                break
            item = {"question": answer["question"]}
            for name, non_negative in _ANSWER_LISTS:
                if name in answer:
                    if not _plain_ints(answer[name], non_negative=bool(non_negative)):
                        break
                    item[name] = list(answer[name])
            else:
                plain.append(item)
                continue
            break
        else:
            return plain
    serializer = SubmitInSerializer(data=data)
    serializer.is_valid(raise_exception=True)
    return [dict(a) for a in serializer.validated_data["answers"]]


# --- Views -------------------------------------------------------------------------------------


class AttemptStartView(APIView):
    """Start an attempt at a quiz, or resume the open one (questions and options only)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses={200: AttemptOutSerializer, 201: AttemptOutSerializer})
    def post(self, request, quiz_id: int):
        quiz = quiz_held(quiz_id)
        if quiz is None:
            raise Http404("No such quiz.")
        if quiz.course_id and not quiz.course.live:
            raise Http404("No such quiz.")
        started = attempt_start(user=request.user, quiz=quiz)
        attempt = started.attempt
        body = {
            "id": attempt.pk,
            "quiz": quiz.pk,
            "number": attempt.number,
            "resumed": started.resumed,
            "started_at": attempt.started_at,
            "pass_mark": attempt.pass_mark,
            "attempts_allowed": quiz.attempts_allowed,
            "feedback_timing": quiz.feedback_timing,
            "review_policy": quiz.review_policy if not quiz.withholds_key else "after_pass",
            "questions": [served_payload(sq) for sq in started.questions],
        }
        code = status.HTTP_200_OK if started.resumed else status.HTTP_201_CREATED
        return ApiResponse(attempt_out(body), status=code)


class AttemptSubmitView(APIView):
    """Submit answers; scored once on the server. A repeat returns the first result."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        request=SubmitInSerializer,
        responses={200: ResultOutSerializer},
        examples=[
            OpenApiExample(
                "Answers",
                value={
                    "answers": [
                        {"question": 12, "choices": [45]},
                        {"question": 13, "tokens": [4, 5, 6]},
                        {"question": 14, "order": [52, 50, 51]},
                    ]
                },
                request_only=True,
            )
        ],
    )
    def post(self, request, attempt_id: int):
        attempt = attempt_submit_own(
            user=request.user,
            attempt_id=attempt_id,
            answers=lambda: submitted_answers(request.data),
        )
        return ApiResponse(result_payload(attempt_result(attempt=attempt)))
