"""Domain errors of the deadline engine: each carries a message a person can act on."""


class DeadlineError(ValueError):
    """Base class: a deadline could not be computed from the given input."""


class InvalidPeriod(DeadlineError):
    """A period length or convention that makes no sense (N < 1, end before start)."""


class CalendarRangeError(DeadlineError):
    """A day outside the span the calendar can reason about."""


class CalendarDataError(DeadlineError):
    """A holiday schedule that contradicts itself or cannot be read."""


class InvalidWindow(DeadlineError):
    """A notice's window that cannot exist (unknown kind, stated end before start, ...)."""
