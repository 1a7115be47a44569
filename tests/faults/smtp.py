"""A real SMTP server (aiosmtpd) started by a test: it counts what it accepted, by Message-ID."""

import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes

from aiosmtpd.controller import Controller


class Sink:
    """Accepts every message; ``reply_delay`` holds the "250 OK" back after the message has been
    recorded, which is the window where a killed sender cannot know it was accepted."""

    def __init__(self, reply_delay: float = 0.0) -> None:
        self.reply_delay = reply_delay
        self.accepted: list[dict] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope) -> str:  # aiosmtpd's hook name
        message = message_from_bytes(envelope.content)
        with self.lock:
            self.accepted.append(
                {
                    "message_id": message["Message-ID"],
                    "to": list(envelope.rcpt_tos),
                    "subject": message["Subject"],
                }
            )
        if self.reply_delay:
            time.sleep(self.reply_delay)  # blocks the server loop: exactly one slow SMTP peer
        return "250 Message accepted for delivery"

    def count(self) -> int:
        with self.lock:
            return len(self.accepted)

    def duplicates(self) -> dict[str, int]:
        """Message-IDs (and recipients) accepted more than once."""
        with self.lock:
            ids = Counter(m["message_id"] for m in self.accepted)
        return {key: n for key, n in ids.items() if n > 1}


@contextmanager
def smtp_sink(*, port: int, reply_delay: float = 0.0) -> Iterator[Sink]:
    sink = Sink(reply_delay=reply_delay)
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield sink
    finally:
        controller.stop()
