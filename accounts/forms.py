from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm

from .models import Profession, User, strip_invisible


class EmailAuthenticationForm(AuthenticationForm):
    username = forms.EmailField(
        label="Email", widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True})
    )

    def clean(self):
        """An address of an institution that requires single sign-on is pointed there (by its
        domain, before any password is checked); so is a member of one, once the password was
        right (accounts.backends)."""
        from .backends import password_login_refusal

        refusal = password_login_refusal(email=self.cleaned_data.get("username") or "")
        if refusal:
            raise forms.ValidationError(refusal, code="sso_required")
        try:
            return super().clean()
        except forms.ValidationError:
            refusal = getattr(self.request, "password_login_refusal", None)
            if refusal:
                raise forms.ValidationError(refusal, code="sso_required") from None
            raise


class SignupForm(forms.Form):
    email = forms.EmailField(widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    display_name = forms.CharField(
        label="Name (as it should appear on certificates)",
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    profession = forms.ChoiceField(choices=Profession.choices)
    password1 = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label="Confirm password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean_email(self) -> str:
        # Whether the address has an account is not said here (that would let anyone test
        # addresses): the view answers the same way and emails the owner instead.
        return self.cleaned_data["email"].strip().lower()

    def clean_display_name(self) -> str:
        name = strip_invisible(self.cleaned_data["display_name"])
        if not name:
            raise forms.ValidationError("Enter your name as it should appear on certificates.")
        return name

    def clean(self):
        cleaned = super().clean()
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", "The two passwords do not match.")
        if p1:
            try:
                password_validation.validate_password(
                    p1,
                    User(
                        email=cleaned.get("email", ""), display_name=cleaned.get("display_name", "")
                    ),
                )
            except forms.ValidationError as exc:
                self.add_error("password1", exc)
        return cleaned


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = User.PROFILE_FIELDS
