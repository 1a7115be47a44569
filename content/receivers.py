"""Page cache invalidation for what the content app owns (wired in ContentConfig.ready): the
Wagtail page tree, its Sites and view restrictions, credit types, and the images and documents
pages show. Each receiver names its sender, so models nobody listens to keep Django's fast
delete; any change here is seen by every visitor, so it bumps the content stamp."""

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core import pagecache

from .models import CreditType


def bump_content(sender, **kwargs) -> None:
    pagecache.bump_content()


def _connect(signal, sender) -> None:
    uid = f"content.pagecache.{signal_names[signal]}.{sender._meta.label}"
    signal.connect(bump_content, sender=sender, dispatch_uid=uid)


signal_names = {
    post_save: "save",
    post_delete: "delete",
    page_published: "published",
    page_unpublished: "unpublished",
    post_page_move: "moved",
    page_slug_changed: "slug",
}

image_model = get_image_model()
document_model = get_document_model()
content_models = apps.get_app_config("content").get_models()
page_models = [Page, *(model for model in content_models if issubclass(model, Page))]

for model in [*page_models, Site, PageViewRestriction, CreditType, image_model, document_model]:
    _connect(post_save, model)
    _connect(post_delete, model)
for model in page_models:
    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        _connect(signal, model)
# A replaced image's renditions are deleted (the image's own save bumps too). A new rendition
# is made while a page renders and no kept page can show one that did not exist, so saving a
# rendition bumps nothing.
_connect(post_delete, image_model.get_rendition_model())
