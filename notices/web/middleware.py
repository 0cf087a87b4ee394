"""Language choice: Simplified Chinese unless the visitor picked English with the switch."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class ChineseFirstLocaleMiddleware(LocaleMiddleware):
    """Like Django's LocaleMiddleware, but the browser's Accept-Language does not decide.

    The public pages are Chinese first: a visitor sees Simplified Chinese until they choose
    English with the language switch (which sets the language cookie). The API is for programs,
    which say what they want with Accept-Language, as HTTP intends.
    """

    def process_request(self, request):
        if request.path.startswith("/api/"):
            return super().process_request(request)
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        supported = {code for code, _name in settings.LANGUAGES}
        language = chosen if chosen in supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
