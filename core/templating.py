"""Template built-ins (``TEMPLATES["OPTIONS"]["builtins"]``): Django's ``{% url %}`` with its
answers kept per process.

Every page's header reverses the same half-dozen URL names, and a page's forms their view's
name with the page's id; ``reverse`` walks the resolver each time (tens of microseconds, a
tenth of a kept fragment's page). The answer only depends on the view name, the arguments, the
current app, the URLconf, the script prefix and the language, so it is kept under exactly those
(arguments that are not plain ``int``/``str`` are reversed every time, as are failures).
Bounded; cleared when full and whenever the URLconf setting changes.
"""

from __future__ import annotations

from django.conf import settings
from django.core.signals import setting_changed
from django.template import Library
from django.template.defaulttags import URLNode
from django.template.defaulttags import url as django_url
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape
from django.utils.translation import get_language

from core.bounded import BoundedDict

register = Library()

_KEPT: BoundedDict[tuple, str] = BoundedDict(10_000)
_PLAIN = (int, str)


def _clear(**kwargs) -> None:
    _KEPT.clear()


setting_changed.connect(_clear, dispatch_uid="core.templating.clear_urls")


class KeptURLNode(URLNode):
    def render(self, context):
        args = [arg.resolve(context) for arg in self.args]
        kwargs = {k: v.resolve(context) for k, v in self.kwargs.items()}
        view_name = self.view_name.resolve(context)
        try:
            current_app = context.request.current_app
        except AttributeError:
            try:
                current_app = context.request.resolver_match.namespace
            except AttributeError:
                current_app = None
        plain = all(type(a) in _PLAIN for a in args) and all(
            type(v) in _PLAIN for v in kwargs.values()
        )
        key = None
        if plain and isinstance(view_name, str):
            key = (
                view_name,
                tuple(args),
                tuple(sorted(kwargs.items())),
                current_app,
                get_urlconf() or settings.ROOT_URLCONF,
                get_script_prefix(),
                get_language(),
            )
        url = _KEPT.get(key) if key is not None else None
        if url is None:
            url = ""
            try:
                url = reverse(view_name, args=args, kwargs=kwargs, current_app=current_app)
            except NoReverseMatch:
                if self.asvar is None:
                    raise
            else:
                if key is not None:
                    _KEPT.put(key, url)
        if self.asvar:
            context[self.asvar] = url
            return ""
        return conditional_escape(url) if context.autoescape else url


@register.tag
def url(parser, token):
    """Django's ``{% url %}`` (same syntax and output), answered from the per-process memo."""
    node = django_url(parser, token)
    return KeptURLNode(node.view_name, node.args, node.kwargs, node.asvar)
