"""Keyset paging for the API: ``next`` and ``first`` links, no count (see notices.web.paging)."""

from __future__ import annotations

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from ..paging import BadCursor, filter_scope, page_after


class NoticeKeysetPagination(BasePagination):
    page_size = 20
    max_page_size = 100
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"

    def get_page_size(self, request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw in (None, ""):
            return self.page_size
        if not raw.isascii() or not raw.isdigit() or not 1 <= int(raw) <= self.max_page_size:
            raise ValidationError(
                {self.page_size_query_param: f"a whole number from 1 to {self.max_page_size}"}
            )
        return int(raw)

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        size = self.get_page_size(request)
        try:
            self.page = page_after(
                queryset,
                request.query_params.get(self.cursor_query_param),
                size,
                filter_scope(getattr(view, "filterset", None)),
            )
        except BadCursor as exc:
            raise ValidationError({self.cursor_query_param: str(exc)}) from exc
        return self.page.rows

    def get_paginated_response(self, data):
        url = self.request.build_absolute_uri()
        next_url = (
            replace_query_param(url, self.cursor_query_param, self.page.next_cursor)
            if self.page.next_cursor
            else None
        )
        return Response(
            {
                "next": next_url,
                "first": remove_query_param(url, self.cursor_query_param),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["results"],
            "properties": {
                "next": {"type": "string", "nullable": True, "format": "uri"},
                "first": {"type": "string", "format": "uri"},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "The cursor of the next page (from the next link).",
                "schema": {"type": "string"},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Notices per page, 1 to {self.max_page_size}.",
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size},
            },
        ]
