from wagtail import hooks

from content.selectors import LEARNER_CONTEXT_HOOK

from .selectors import learner_page_context


@hooks.register(LEARNER_CONTEXT_HOOK)
def add_learner_state(*, page, request, context):
    return learner_page_context(page=page, user=request.user, context=context)
