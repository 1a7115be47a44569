"""Migration-created rows that a transactional test's flush removes, and how to put them back."""


def restore_migration_data() -> None:
    """Put back what the migrations created and a transactional test's flush removed: Wagtail's
    default locale, root page and root collection, and the "Case reviewers" group. Idempotent.
    (``serialized_rollback`` does the same in theory, but on PostgreSQL it collides with the
    content types that an earlier non-serialized flush recreated under new ids.)"""
    import importlib

    from django.apps import apps
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page, Site

    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE.split("-")[0])
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(
            instance=Page(
                title="Root",
                slug="root",
                content_type=ContentType.objects.get_for_model(Page),
                locale=locale,
            )
        )
    if not Site.objects.exists():
        welcome = root.add_child(
            instance=Page(
                title="Welcome to your new Wagtail site!",
                slug="home",
                content_type=ContentType.objects.get_for_model(Page),
                locale=locale,
            )
        )
        Site.objects.create(hostname="localhost", port=80, root_page=welcome, is_default_site=True)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    intake = importlib.import_module("quizzes.migrations.0004_post_import")
    intake.create_reviewers_group(apps, None)
