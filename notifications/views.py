"""The notification list, email preferences and the one-click unsubscribe link."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .selectors import notifications_for, preferences_for
from .services import email_preferences_update, email_unsubscribe, notifications_mark_read

PAGE_SIZE = 25


@login_required
@require_http_methods(["GET", "POST"])
def notification_list(request):
    """Newest first; opening the list marks what it shows as read (the button marks all)."""
    if request.method == "POST":
        notifications_mark_read(user=request.user)
        return redirect("notifications:list")
    page = Paginator(notifications_for(user=request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    shown = list(page.object_list)
    unread = [n.pk for n in shown if n.read_at is None]
    if unread:
        notifications_mark_read(user=request.user, ids=unread)
    return render(
        request,
        "notifications/list.html",
        {"page": page, "notifications": shown, "unread_ids": set(unread)},
    )


class PreferencesForm(forms.Form):
    certificates = forms.BooleanField(
        label="Email me when a certificate is issued or about to expire", required=False
    )


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request):
    prefs = preferences_for(user=request.user)
    form = PreferencesForm(
        request.POST if request.method == "POST" else None,
        initial={"certificates": prefs.certificates},
    )
    if request.method == "POST" and form.is_valid():
        email_preferences_update(user=request.user, **form.cleaned_data)
        messages.success(request, "Your email choices were saved.")
        return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form})


@csrf_exempt  # the signed token is the credential; mail clients POST it (RFC 8058 one-click)
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    """GET asks (a link scanner must not unsubscribe anyone); POST switches the emails off."""
    if request.method == "GET":
        return render(request, "notifications/unsubscribe.html", {"token": token})
    try:
        label = email_unsubscribe(token=token)
    except ValidationError as exc:
        return render(
            request, "notifications/unsubscribe.html", {"error": exc.messages[0]}, status=400
        )
    return render(request, "notifications/unsubscribe.html", {"done": label})
