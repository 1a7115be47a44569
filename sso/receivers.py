def sso_logged_in(sender, request, user, sociallogin=None, **kwargs) -> None:
    """allauth's user_logged_in: remember which provider signed this session in."""
    if sociallogin is not None and request is not None:
        from .views import remember_sign_in

        remember_sign_in(request=request, sociallogin=sociallogin)
