"""An email backend for the integration tests: one file per message, written slowly.

The delay makes a batch take long enough to kill the worker in the middle of it; the files
(named by time, recipient and Message-ID) let the test count what was delivered.
"""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

from django.core.mail.backends.base import BaseEmailBackend


class SlowFileBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        directory = Path(os.environ["IT_MAILBOX_DIR"])
        delay = float(os.environ.get("IT_MAIL_DELAY", "0"))
        for message in email_messages:
            time.sleep(delay)
            name = f"{time.time_ns()}-{uuid.uuid4().hex[:8]}.eml"
            (directory / name).write_bytes(message.message().as_bytes())
        return len(email_messages)
