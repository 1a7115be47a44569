"""Static files storage for production: WhiteNoise's compressed manifest storage, with each
name's URL kept per process (the manifest is read once at start and never changes while the
process runs; ``{% static %}`` otherwise hashes and looks the name up on every use, three times
a page)."""

from __future__ import annotations

from whitenoise.storage import CompressedManifestStaticFilesStorage


class KeptURLManifestStaticFilesStorage(CompressedManifestStaticFilesStorage):
    _kept_urls: dict[str, str]

    def url(self, name, force=False):
        if force:
            return super().url(name, force)
        kept = self.__dict__.setdefault("_kept_urls", {})
        found = kept.get(name)
        if found is None:
            found = kept[name] = super().url(name)
        return found
