"""Public URLs of the notices app."""

urlpatterns: list = []
