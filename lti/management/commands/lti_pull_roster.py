from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from lti_tool.models import LtiContext
from pylti1p3.exception import LtiException

from lti.services import roster_pull


class Command(BaseCommand):
    help = "Pull a platform course's roster (LTI NRPS) into its deployment's institution."

    def add_arguments(self, parser) -> None:
        parser.add_argument("context_id", type=int, help="id of the LTI context (Django admin)")

    def handle(self, *args, context_id: int, **options) -> None:
        context = (
            LtiContext.objects.select_related("deployment__registration")
            .filter(pk=context_id)
            .first()
        )
        if context is None:
            raise CommandError(f"No LTI context with id {context_id}.")
        try:
            sync = roster_pull(context=context)
        except (ValidationError, LtiException) as exc:
            raise CommandError(f"{context}: {exc}") from exc
        self.stdout.write(
            f"{context}: {sync.members} members, {sync.created} new, {sync.updated} updated, "
            f"{len(sync.refused)} refused."
        )
        for refusal in sync.refused:
            self.stdout.write(f"  refused {refusal['user_id']}: {refusal['reason']}")
