"""One fix for the worker: it survives losing Redis while a task runs.

celery 5.7.0's ``Consumer.on_connection_error_after_connected`` calls ``connection.collect()``,
which detaches the kombu transport from its connection settings (``transport.client = None``),
and then ``connection.close()``. Everything the old channel still does afterwards needs a new
Redis client built from those settings: closing it restores the running ``acks_late`` task's
unacknowledged message, and that task's acknowledgement arrives when it finishes. kombu's redis
transport then raises ``AttributeError: 'NoneType' object has no attribute 'hostname'`` (in
``restore_unacked`` or ``ack``) instead of a connection error; celery lets only connection
errors pass there, so the worker stops with "Unrecoverable error" and never comes back.

The fix turns that into the connection error it is: a channel whose transport was detached
raises ``redis.ConnectionError``, which celery already handles (logged; the message stays in
Redis's unacked set, which the visibility timeout hands back if Redis kept it; if Redis lost
it, the next scheduled run catches up, since every job is idempotent).
"""

from __future__ import annotations

import functools

import redis
from kombu.transport import redis as kombu_redis


def guard_detached_redis_channels() -> None:
    """Make a detached channel raise a connection error instead of AttributeError (idempotent)."""
    original = kombu_redis.Channel._connparams
    if getattr(original, "guarded", False):
        return

    @functools.wraps(original)
    def _connparams(self, asynchronous=False):
        if self.connection is None or self.connection.client is None:
            raise redis.exceptions.ConnectionError(
                "this broker channel belongs to a connection that was closed after a failure"
            )
        return original(self, asynchronous=asynchronous)

    _connparams.guarded = True
    kombu_redis.Channel._connparams = _connparams
