using Jixiao.App;
using Jixiao.Web.Features.Budgets;
using Jixiao.Web.Features.Organisations;
using Jixiao.Web.Features.Projects;
using Jixiao.Web.Features.Reviews;
using Jixiao.Web.Features.SelfEvaluations;
using Jixiao.Web.Features.Targets;
using Jixiao.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(WebSetup.Options(args));
builder.AddJixiaoHost();
builder.Services.AddJixiaoApp();
builder.Services.AddJixiaoAuth();

var app = builder.Build();
await app.PrepareDatabase();
app.UseJixiaoPipeline();
app.MapHealth();
app.MapOrganisationsApi();
app.MapProjectsApi();
app.MapBudgetsApi();
app.MapTargetsApi();
app.MapSelfEvaluationsApi();
app.MapReviewsApi();
app.Run();
