using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KeyEvaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurisdictionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DepartmentBudgetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FrameworkId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Basics = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Experience = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReopenReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evaluations_DepartmentBudgets_DepartmentBudgetId",
                        column: x => x.DepartmentBudgetId,
                        principalTable: "DepartmentBudgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Evaluations_EvaluationBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "EvaluationBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Evaluations_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Evaluations_Organisations_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Evaluations_Organisations_SubjectOrganisationId",
                        column: x => x.SubjectOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Evaluations_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationIndicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Level1 = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Level2 = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Points = table.Column<long>(type: "INTEGER", nullable: false),
                    Standard = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    ProjectSpecific = table.Column<bool>(type: "INTEGER", nullable: false),
                    TargetText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActualText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EvaluatorScore = table.Column<long>(type: "INTEGER", nullable: true),
                    ScoreReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Score = table.Column<long>(type: "INTEGER", nullable: true),
                    Trace = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WorkPaper = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationIndicators_Evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "Evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Conflict = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ConflictNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DeclaredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationMembers_Evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "Evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceFiles_Evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "Evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurisdictionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Cause = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ResponsibleUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    VerifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VerifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    VerifyComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Findings_Evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "Evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Findings_Organisations_ResponsibleUnitId",
                        column: x => x.ResponsibleUnitId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorDeductions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Points = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorDeductions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorDeductions_EvaluationIndicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "EvaluationIndicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationIndicators_EvaluationId_Order",
                table: "EvaluationIndicators",
                columns: new[] { "EvaluationId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationMembers_EvaluationId_UserId",
                table: "EvaluationMembers",
                columns: new[] { "EvaluationId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationMembers_UserId",
                table: "EvaluationMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_AgencyId",
                table: "Evaluations",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_BatchId_ProjectId",
                table: "Evaluations",
                columns: new[] { "BatchId", "ProjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_DepartmentBudgetId",
                table: "Evaluations",
                column: "DepartmentBudgetId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_JurisdictionId_Year_Status",
                table: "Evaluations",
                columns: new[] { "JurisdictionId", "Year", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_ProjectId",
                table: "Evaluations",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_SubjectOrganisationId",
                table: "Evaluations",
                column: "SubjectOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_EvaluationId_IndicatorId",
                table: "EvidenceFiles",
                columns: new[] { "EvaluationId", "IndicatorId" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_FindingId",
                table: "EvidenceFiles",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_EvaluationId",
                table: "Findings",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_JurisdictionId_Status_DueAt",
                table: "Findings",
                columns: new[] { "JurisdictionId", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Findings_ResponsibleUnitId",
                table: "Findings",
                column: "ResponsibleUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorDeductions_IndicatorId",
                table: "IndicatorDeductions",
                column: "IndicatorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationMembers");

            migrationBuilder.DropTable(
                name: "EvidenceFiles");

            migrationBuilder.DropTable(
                name: "Findings");

            migrationBuilder.DropTable(
                name: "IndicatorDeductions");

            migrationBuilder.DropTable(
                name: "EvaluationIndicators");

            migrationBuilder.DropTable(
                name: "Evaluations");
        }
    }
}
