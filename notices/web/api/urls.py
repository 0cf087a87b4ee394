"""API routes: /api/notices/ and /api/notices/<pk>/."""

from rest_framework.routers import SimpleRouter

from .views import NoticeViewSet

router = SimpleRouter()
router.register("notices", NoticeViewSet, basename="api-notice")

urlpatterns = router.urls
