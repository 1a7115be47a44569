"""Case intake and review: import raw posts (CSV / JSON Lines) as cases in review, and the
reviewer's screen (side by side, leftovers, Safe Harbor checklist, approve / reject).

Other apps call ``quizzes.intake.services`` (``post_import_create``, ``post_import_process``,
``post_case_review_*``) and ``quizzes.intake.selectors``; the task is
``quizzes.tasks.post_import_run``."""
