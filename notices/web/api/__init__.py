"""The read-only public REST API for notices (Django REST framework)."""
