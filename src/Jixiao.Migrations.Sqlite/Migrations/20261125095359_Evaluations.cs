using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Evaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TargetSheets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurisdictionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FrameworkId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OverallGoal = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ChangeReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetSheets_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TargetSheets_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SelfEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurisdictionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetSheetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FullYearBudget = table.Column<long>(type: "INTEGER", nullable: false),
                    Spent = table.Column<long>(type: "INTEGER", nullable: false),
                    GoalAchieved = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Basics = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    WorkDone = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    IndicatorAnalysis = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Experience = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Suggestions = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    OtherMatters = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ExecutionScore = table.Column<long>(type: "INTEGER", nullable: true),
                    Total = table.Column<long>(type: "INTEGER", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReopenReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfEvaluations_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SelfEvaluations_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SelfEvaluations_TargetSheets_TargetSheetId",
                        column: x => x.TargetSheetId,
                        principalTable: "TargetSheets",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "TargetIndicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SheetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Level1 = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Level2 = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Points = table.Column<long>(type: "INTEGER", nullable: false),
                    TargetText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetIndicators_TargetSheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "TargetSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SelfEvaluationEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    ActualText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChosenScore = table.Column<long>(type: "INTEGER", nullable: true),
                    Score = table.Column<long>(type: "INTEGER", nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfEvaluationEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfEvaluationEntries_SelfEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "SelfEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SelfEvaluationEntries_TargetIndicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "TargetIndicators",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluationEntries_EvaluationId_IndicatorId",
                table: "SelfEvaluationEntries",
                columns: new[] { "EvaluationId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluationEntries_IndicatorId",
                table: "SelfEvaluationEntries",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluations_JurisdictionId_Status",
                table: "SelfEvaluations",
                columns: new[] { "JurisdictionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluations_ProjectId",
                table: "SelfEvaluations",
                column: "ProjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluations_TargetSheetId",
                table: "SelfEvaluations",
                column: "TargetSheetId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetIndicators_SheetId_Order",
                table: "TargetIndicators",
                columns: new[] { "SheetId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_TargetSheets_JurisdictionId_Status",
                table: "TargetSheets",
                columns: new[] { "JurisdictionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TargetSheets_ProjectId_Number",
                table: "TargetSheets",
                columns: new[] { "ProjectId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SelfEvaluationEntries");

            migrationBuilder.DropTable(
                name: "SelfEvaluations");

            migrationBuilder.DropTable(
                name: "TargetIndicators");

            migrationBuilder.DropTable(
                name: "TargetSheets");
        }
    }
}
