"""REST API of compliance and rosters (DESIGN.md). Every view resolves the institution through
the tenancy helpers first: another institution's data, or a role that may not see it, is 404."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from compliance.models import RosterImport, compliance_percent
from institutions.selectors import institution_get_for_admin

from .export import export_response
from .forms import ComplianceFilterForm
from .rosters import (
    roster_check_upload,
    roster_decode,
    roster_import_create,
    roster_import_process,
)
from .selectors import (
    compliance_list,
    compliance_summary,
    order_rows,
    precomputed_rows,
    report_scope,
    snapshot_on,
    valid_until,
)

_MAX_PAGE_SIZE = 500


class ComplianceQuerySerializer(serializers.Serializer):
    """The numeric and date query parameters of the compliance API, checked before use: a
    value that is not a plain positive number (``?department=²``) is a 400 naming the
    parameter, never a 500."""

    department = serializers.IntegerField(min_value=1, max_value=2**31 - 1, required=False)
    requirement = serializers.IntegerField(min_value=1, max_value=2**31 - 1, required=False)
    page = serializers.IntegerField(min_value=1, max_value=2**31 - 1, required=False)
    page_size = serializers.IntegerField(min_value=1, max_value=_MAX_PAGE_SIZE, required=False)
    as_of = serializers.DateField(required=False, input_formats=["%Y-%m-%d"])


def _query(request) -> dict:
    params = {k: v for k, v in request.query_params.items() if v != ""}
    query = ComplianceQuerySerializer(data=params)
    query.is_valid(raise_exception=True)
    return query.validated_data


def _filters(request, slug: str):
    scope = report_scope(user=request.user, slug=slug)
    _query(request)
    form = ComplianceFilterForm(request.query_params, scope=scope)
    if not form.is_valid():
        raise ValidationError({k: v for k, v in form.errors.items()})
    f = form.filters()
    return (
        scope,
        {
            "institution": scope.institution,
            "department_ids": scope.department_ids,
            "department": scope.department(f["department_id"]),
            "requirement_id": f["requirement_id"],
            "status": f["status"],
            "search": f["search"],
        },
        f["ordering"],
    )


def _filtered_rows(request, slug: str):
    scope, filters, ordering = _filters(request, slug)
    return scope, order_rows(precomputed_rows(**filters), ordering)


class DepartmentRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class ComplianceRowSerializer(serializers.Serializer):
    membership = serializers.IntegerField(source="membership_id")
    employee_id = serializers.CharField(source="membership.employee_id")
    email = serializers.EmailField(source="membership.user.email")
    name = serializers.CharField(source="membership.user.name")
    department = DepartmentRefSerializer(source="membership.department", allow_null=True)
    requirement = serializers.IntegerField(source="requirement_id")
    course = serializers.CharField(source="requirement.course.title")
    assigned_on = serializers.DateField()
    due_on = serializers.DateField()
    status = serializers.CharField()
    expiring_soon = serializers.BooleanField()
    certificate_issued_at = serializers.DateTimeField(source="cert_issued_at", allow_null=True)
    certificate_expires_at = serializers.SerializerMethodField()

    def get_certificate_expires_at(self, row) -> str | None:
        until = valid_until(row)
        return serializers.DateTimeField().to_representation(until) if until else None


class RowPagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = _MAX_PAGE_SIZE


_FILTER_PARAMS = [
    OpenApiParameter(
        "status",
        str,
        description="not_started, in_progress, completed, "
        "due_soon, overdue, expired or expiring_soon",
    ),
    OpenApiParameter("department", int),
    OpenApiParameter("requirement", int),
    OpenApiParameter("q", str, description="name, email or employee id"),
    OpenApiParameter(
        "ordering",
        str,
        description="due, -due, name, email, department, requirement, status, expires",
    ),
]


class ComplianceSummaryApi(APIView):
    """Compliance % overall, by department and by requirement; ``?as_of=YYYY-MM-DD`` answers
    from the snapshot kept for that date."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        parameters=[
            OpenApiParameter("department", int),
            OpenApiParameter("as_of", OpenApiTypes.DATE),
        ],
        responses={200: OpenApiTypes.OBJECT},
        tags=["compliance"],
    )
    def get(self, request, slug: str):
        scope = report_scope(user=request.user, slug=slug)
        query = _query(request)
        if query.get("as_of"):
            return Response(self._from_snapshot(scope, query["as_of"]))
        department_id = query.get("department")
        department = scope.department(department_id) if department_id else None
        summary = compliance_summary(
            institution=scope.institution,
            department_ids=scope.department_ids,
            department=department,
        )
        return Response(
            {
                "institution": scope.institution.slug,
                "as_of": timezone.localdate().isoformat(),
                "source": "live",
                **summary,
            }
        )

    @staticmethod
    def _from_snapshot(scope, day: dt.date) -> dict:
        snap = snapshot_on(institution=scope.institution, on=day)
        if snap is None:
            raise ValidationError({"as_of": f"No snapshot was kept on or before {day}."})
        departments = snap.by_department
        if scope.department_ids is not None:
            departments = [d for d in departments if d["id"] in scope.department_ids]
            total = sum(d["total"] for d in departments)
            compliant = sum(d["compliant"] for d in departments)
            return {
                "institution": scope.institution.slug,
                "as_of": snap.taken_on.isoformat(),
                "source": "snapshot",
                "total": total,
                "compliant": compliant,
                "percent": compliance_percent(compliant=compliant, total=total),
                "by_department": departments,
            }
        return {
            "institution": scope.institution.slug,
            "as_of": snap.taken_on.isoformat(),
            "source": "snapshot",
            "total": snap.total,
            "compliant": snap.compliant,
            "percent": snap.percent,
            "counts": snap.by_status,
            "by_department": departments,
            "by_requirement": snap.by_requirement,
        }


class ComplianceMembersApi(APIView):
    """Member × requirement rows with their status, filtered, sorted and paginated."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        parameters=[
            *_FILTER_PARAMS,
            OpenApiParameter("page", int),
            OpenApiParameter("page_size", int),
        ],
        responses={200: ComplianceRowSerializer(many=True)},
        tags=["compliance"],
    )
    def get(self, request, slug: str):
        _scope, filters, ordering = _filters(request, slug)
        rows = compliance_list(**filters, ordering=ordering)
        paginator = RowPagination()
        page = paginator.paginate_queryset(rows, request, view=self)
        return paginator.get_paginated_response(ComplianceRowSerializer(page, many=True).data)


class ComplianceExportApi(APIView):
    """The member-level rows as CSV, streamed; spreadsheet formulas are neutralised."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        parameters=_FILTER_PARAMS,
        responses={(200, "text/csv"): OpenApiTypes.STR},
        tags=["compliance"],
    )
    def get(self, request, slug: str):
        scope, rows = _filtered_rows(request, slug)
        name = f"compliance-{scope.institution.slug}-{timezone.localdate().isoformat()}.csv"
        return export_response(rows, filename=name)


class RosterImportSerializer(serializers.ModelSerializer):
    status_url = serializers.SerializerMethodField()
    percent = serializers.IntegerField(read_only=True)

    class Meta:
        model = RosterImport
        fields = [
            "id",
            "status",
            "filename",
            "total_rows",
            "processed_rows",
            "percent",
            "errors",
            "summary",
            "created_at",
            "finished_at",
            "status_url",
        ]

    def get_status_url(self, obj) -> str:
        return reverse(
            "api-roster-import-detail", kwargs={"slug": obj.institution.slug, "pk": obj.pk}
        )


class RosterUploadSerializer(serializers.Serializer):
    file = serializers.FileField()
    auto_create_departments = serializers.BooleanField(default=False)
    deactivate_missing = serializers.BooleanField(default=False)


def roster_rejected(roster_import: RosterImport) -> Response:
    n = len({e["row"] for e in roster_import.errors})
    return Response(
        {
            "error": {
                "status": 400,
                "code": "invalid",
                "message": f"The roster has {n} bad row{'s' if n != 1 else ''}; "
                "nothing was imported.",
                "rows": roster_import.errors,
            },
            "import": RosterImportSerializer(roster_import).data,
        },
        status=status.HTTP_400_BAD_REQUEST,
    )


class RosterImportApi(APIView):
    """Upload a roster CSV (multipart ``file``). All rows or none: 201 with a summary, 400 with
    every bad row, or for files over 1,000 rows 202 with a status URL to poll."""

    permission_classes = [IsAuthenticated]
    parser_classes = [MultiPartParser, FormParser]

    @extend_schema(
        request={"multipart/form-data": RosterUploadSerializer},
        responses={201: RosterImportSerializer, 202: RosterImportSerializer},
        tags=["institutions"],
    )
    def post(self, request, slug: str):
        institution = institution_get_for_admin(user=request.user, slug=slug)
        upload = RosterUploadSerializer(data=request.data)
        upload.is_valid(raise_exception=True)
        file = upload.validated_data["file"]
        roster_check_upload(filename=file.name, content_type=file.content_type, size=file.size)
        roster_import = roster_import_create(
            actor=request.user,
            institution=institution,
            filename=file.name,
            content=roster_decode(file.read()),
            auto_create_departments=upload.validated_data["auto_create_departments"],
            deactivate_missing=upload.validated_data["deactivate_missing"],
        )
        if roster_import.is_async:
            data = RosterImportSerializer(roster_import).data
            return Response(data, status=202, headers={"Location": data["status_url"]})
        roster_import = roster_import_process(roster_import_id=roster_import.pk)
        if roster_import.status != "succeeded":
            return roster_rejected(roster_import)
        return Response(RosterImportSerializer(roster_import).data, status=201)


class RosterImportDetailApi(APIView):
    """Status, progress and report of one roster import of this institution."""

    permission_classes = [IsAuthenticated]

    @extend_schema(responses={200: RosterImportSerializer}, tags=["institutions"])
    def get(self, request, slug: str, pk: int):
        institution = institution_get_for_admin(user=request.user, slug=slug)
        roster_import = get_object_or_404(
            RosterImport.objects.select_related("institution"), pk=pk, institution=institution
        )
        return Response(RosterImportSerializer(roster_import).data)
