"""The alerts: flagging, subscriptions, reminders and their scheduled jobs."""
