"""What a command needs of the database before it runs: reachable and fully migrated.

A command run on a database that was never migrated would otherwise stop with a traceback
(``no such table: notices_calendaryear``); this says what to run instead.
"""

from __future__ import annotations

from django.core.management.base import CommandError
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor


def require_migrated_database(using: str = DEFAULT_DB_ALIAS) -> None:
    """Raise CommandError, saying what to run, unless the database is reachable and migrated."""
    connection = connections[using]
    try:
        executor = MigrationExecutor(connection)
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as exc:
        raise CommandError(
            f"Cannot reach the database ({connection.settings_dict['NAME']}): {exc}. "
            "Check DATABASE_URL and that the server is running."
        ) from None
    if plan:
        first = plan[0][0]
        raise CommandError(
            f"The database ({connection.settings_dict['NAME']}) is not set up: "
            f"{len(plan)} migration(s) not applied, starting with {first.app_label}."
            f"{first.name}. Run `bin/manage migrate` first (`bin/run` does it for you)."
        )
