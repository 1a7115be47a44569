from django import template

from certificates.selectors import certificates_for_user

register = template.Library()


@register.simple_tag(takes_context=True)
def user_certificates(context):
    """The signed-in user's certificates, for the "My learning" include."""
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    return list(certificates_for_user(user=user)) if user is not None else []
