"""Member actions outside the compliance reports: an admin resends a member's invitation."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from .compliance.invitations import invitation_resend
from .selectors import institution_get_for_admin, membership_get


@login_required
@require_POST
def member_invitation_resend(request, slug: str, membership_id: int):
    # Anyone but the institution's admins, and another institution's member, answer 404.
    institution = institution_get_for_admin(user=request.user, slug=slug)
    member = membership_get(institution=institution, membership_id=membership_id)
    try:
        invitation_resend(actor=request.user, membership=member)
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    else:
        messages.success(request, f"An invitation was sent to {member.user.email}.")
    return redirect(
        "institutions:compliance-member", slug=institution.slug, membership_id=member.pk
    )
