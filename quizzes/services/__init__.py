"""Writes of the quiz engine. Import from the submodules: ``quizzes.services.cases`` (post case
lifecycle) and ``quizzes.services.attempts`` (start, answer, submit)."""
