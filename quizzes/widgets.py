"""The spot-question key picker: the author clicks the words of the post that a key span
covers; the field still stores (and accepts, typed) the list of token indexes."""

from __future__ import annotations

import json

from django import forms
from django.urls import reverse


class TokenPickerWidget(forms.TextInput):
    template_name = "quizzes/widgets/token_picker.html"

    class Media:
        js = ["js/token_picker.js"]
        css = {"all": ["css/token_picker.css"]}

    def format_value(self, value):
        if value in (None, ""):
            return "[]"
        if isinstance(value, str):
            return value
        return json.dumps(value)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        # The picker fetches the selected case's words from here (admin-only JSON).
        base = reverse("quizzes_case_tokens", args=[0])
        context["widget"]["tokens_url"] = base.replace("/0/", "/{id}/")
        return context
