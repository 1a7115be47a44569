from django import forms

from .models import IdentityProvider, validate_domain
from .services import IDP_FIELDS


class OrganisationLoginForm(forms.Form):
    email = forms.EmailField(
        label="Work e-mail address",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()


class IdentityProviderForm(forms.ModelForm):
    domains = forms.CharField(
        label="Email domains your organisation owns",
        help_text="One per line, e.g. riverside.example. Unique across institutions.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    oidc_discovery_url = forms.URLField(
        label="Issuer discovery URL",
        required=False,
        assume_scheme="https",
        max_length=500,
        help_text="The issuer, or its /.well-known/openid-configuration URL.",
    )
    saml_metadata_url = forms.URLField(
        label="IdP metadata URL", required=False, assume_scheme="https", max_length=500
    )
    oidc_client_secret = forms.CharField(
        label="Client secret",
        required=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
        help_text="Leave empty to keep the current secret.",
    )

    class Meta:
        model = IdentityProvider
        fields = list(IDP_FIELDS)  # one list: the form edits what the service saves
        widgets = {"saml_metadata_xml": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, institution, **kwargs):
        super().__init__(*args, **kwargs)
        self.institution = institution
        if not self.is_bound:
            self.initial["domains"] = "\n".join(
                institution.email_domains.values_list("domain", flat=True)
            )

    def clean_domains(self) -> list[str]:
        domains = [d.strip() for d in self.cleaned_data["domains"].split() if d.strip()]
        errors = []
        for domain in domains:
            try:
                validate_domain(domain)
            except forms.ValidationError as exc:
                errors.extend(exc.messages)
        if errors:
            raise forms.ValidationError(errors)
        return domains

    def _post_clean(self):
        # The service runs the model's full_clean (with the secret kept when left empty).
        pass
