from django.apps import AppConfig


class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"

    def ready(self) -> None:
        from django.contrib.auth import get_user_model
        from django.contrib.auth.signals import user_logged_in
        from django.db.models.signals import post_delete, post_save
        from knox.models import AuthToken

        from . import receivers  # noqa: F401  (page cache invalidation)
        from .apitokens import forget_saved_token
        from .backends import forget_saved_user
        from .lockout import clear_account_failures_on_sign_in

        user_model = get_user_model()
        post_save.connect(forget_saved_user, sender=user_model, dispatch_uid="accounts.forget_save")
        post_delete.connect(
            forget_saved_user, sender=user_model, dispatch_uid="accounts.forget_delete"
        )
        # API tokens kept in the shared cache (accounts/apitokens.py): a changed or deleted
        # token (revoked, purged, its user deleted) is refused from the next request on.
        post_save.connect(forget_saved_token, sender=AuthToken, dispatch_uid="accounts.token_save")
        post_delete.connect(
            forget_saved_token, sender=AuthToken, dispatch_uid="accounts.token_delete"
        )
        user_logged_in.connect(
            clear_account_failures_on_sign_in, dispatch_uid="accounts.lockout_clear_on_sign_in"
        )
