"""Reads of the content tree (catalog, course and lesson pages)."""

from django.core.exceptions import ObjectDoesNotExist


def course_final_quiz_id(course) -> int | None:
    """Id of the course's final quiz, or None.

    The Quiz model lives in ``quizzes`` (above content in the import chain) and points here with
    ``Quiz.course = OneToOneField(CoursePage, related_name="final_quiz")``. Content must not
    import quizzes, so every reader goes through this reverse accessor, and a missing quiz (or a
    quizzes app not installed/migrated yet) simply means "no final quiz".
    """
    try:
        return course.final_quiz.id
    except (ObjectDoesNotExist, AttributeError):
        return None
