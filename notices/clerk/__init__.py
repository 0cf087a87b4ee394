"""The clerk's tools: the admin and the newspaper import screen."""
