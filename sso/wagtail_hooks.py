from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import EmailDomain, IdentityProvider


class IdentityProviderViewSet(SnippetViewSet):
    model = IdentityProvider
    icon = "key"
    list_display = ["institution", "protocol", "is_enabled", "password_login_disabled"]
    list_filter = ["protocol", "is_enabled"]
    search_fields = ["saml_entity_id", "oidc_client_id"]
    search_backend_name = None


class EmailDomainViewSet(SnippetViewSet):
    model = EmailDomain
    icon = "mail"
    list_display = ["domain", "institution"]
    list_filter = ["institution"]
    search_fields = ["domain"]
    search_backend_name = None


class SingleSignOnGroup(SnippetViewSetGroup):
    menu_label = "Single sign-on"
    menu_icon = "key"
    menu_order = 310
    items = (IdentityProviderViewSet, EmailDomainViewSet)


register_snippet(SingleSignOnGroup)
