using Jixiao.App.Budgets;
using Jixiao.App.Data;
using Jixiao.App.Jurisdictions;
using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Jixiao.App.Users;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Demo;

public sealed record DemoSignIn(string UserName, string Role, string Organisation);

/// <summary>Loads the demo county once (idempotent) and returns its sign-ins.</summary>
public sealed class DemoSeeder(JixiaoDbContext db, AddUser addUser)
{
    public const string Password = DemoCounty.Password;

    public static readonly int[] Years = [2024, 2025];

    public async Task<IReadOnlyList<DemoSignIn>> Seed(CancellationToken ct = default)
    {
        if (!await db.Jurisdictions.AnyAsync(j => j.Code == DemoCounty.JurisdictionCode, ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var jurisdiction = new Jurisdiction { Code = DemoCounty.JurisdictionCode, Name = DemoCounty.JurisdictionName };
            db.Jurisdictions.Add(jurisdiction);
            var units = AddOrganisations(jurisdiction.Id);
            AddProjects(jurisdiction.Id, units);
            AddDepartmentBudgets(jurisdiction.Id);
            var (sheets, evaluations) = DemoEvaluations.Create(db.Projects.Local.ToList(), id => db.Organisations.Local.First(o => o.Id == id).Name);
            db.TargetSheets.AddRange(sheets);
            db.SelfEvaluations.AddRange(evaluations);
            await db.SaveChangesAsync(ct);
            foreach (var (userName, role, organisation, displayName) in DemoCounty.Users)
            {
                var errors = await addUser.Run(new NewUser(userName, Password, role, organisation, displayName), ct);
                if (errors.Count > 0)
                {
                    throw new InvalidOperationException($"演示用户 {userName} 创建失败：{string.Join("；", errors)}");
                }
            }
            await AddKeyEvaluations(jurisdiction.Id, ct);
            await transaction.CommitAsync(ct);
        }
        // A unit is looked up by its code; people read it as "[301002]青禾县第一中学".
        return DemoCounty.Users.Select(u => new DemoSignIn(u.UserName, u.Role,
            DemoCounty.Departments.SelectMany(d => d.Units).FirstOrDefault(x => x.Code == u.Organisation) is { Name: not null } unit ? $"[{unit.Code}]{unit.Name}" : u.Organisation)).ToList();
    }

    private readonly Dictionary<string, Organisation> byName = [];

    /// <summary>After the users exist: the key-evaluation batch with its team of the demo evaluator and expert.</summary>
    private async Task AddKeyEvaluations(Guid jurisdictionId, CancellationToken ct)
    {
        var agency = byName[DemoCounty.Agency];
        var users = await db.Users.Where(u => u.UserName == "pingjia" || u.UserName == "zhuanjia").ToDictionaryAsync(u => u.UserName!, ct);
        var projects = db.Projects.Local.ToList();
        var batch = DemoKeyEvaluations.Create(jurisdictionId, projects, agency);
        db.EvaluationBatches.Add(batch);
        var evaluator = users["pingjia"];
        var expert = users["zhuanjia"];
        db.Evaluations.AddRange(DemoKeyEvaluations.Evaluations(batch, projects, agency,
            (evaluator.Id, evaluator.UserName!, evaluator.DisplayName), (expert.Id, expert.UserName!, expert.DisplayName)));
        var firstTwo = DemoCounty.Departments.Take(2).Select(d => byName[d.Name].Id).ToList();
        var budgets = firstTwo.SelectMany(id => db.DepartmentBudgets.Local.Where(b => b.OrganisationId == id)).ToList();
        db.Evaluations.AddRange(DemoKeyEvaluations.Departments(budgets, agency,
            (evaluator.Id, evaluator.UserName!, evaluator.DisplayName), (expert.Id, expert.UserName!, expert.DisplayName), byName["青禾县第一中学"]));
        await db.SaveChangesAsync(ct);
    }

    private Dictionary<string, Organisation> AddOrganisations(Guid jurisdictionId)
    {
        Organisation Add(OrganisationKind kind, string name, Organisation? parent, string? code = null)
        {
            var organisation = new Organisation { JurisdictionId = jurisdictionId, Kind = kind, Name = name, Code = code, ParentId = parent?.Id };
            db.Organisations.Add(organisation);
            byName[name] = organisation;
            return organisation;
        }
        var bureau = Add(OrganisationKind.FinanceBureau, DemoCounty.Bureau, null, "100000");
        Add(OrganisationKind.ThirdPartyAgency, DemoCounty.Agency, bureau);
        foreach (var section in DemoCounty.Sections)
        {
            Add(OrganisationKind.FinanceSection, section, bureau);
        }
        var units = new Dictionary<string, Organisation>();
        foreach (var department in DemoCounty.Departments)
        {
            var d = Add(OrganisationKind.Department, department.Name, byName[department.Section]);
            foreach (var (code, name) in department.Units)
            {
                units[code] = Add(OrganisationKind.BudgetUnit, name, d, code);
            }
        }
        return units;
    }

    private void AddProjects(Guid jurisdictionId, Dictionary<string, Organisation> units)
    {
        var sequence = new Dictionary<(int, string), int>();
        foreach (var year in Years)
        {
            foreach (var (unitCode, name, category, funding) in DemoCounty.Projects)
            {
                var unit = units[unitCode];
                var department = db.Organisations.Local.First(o => o.Id == unit.ParentId);
                var n = sequence[(year, unitCode)] = sequence.GetValueOrDefault((year, unitCode)) + 1;
                var project = new Project
                {
                    JurisdictionId = jurisdictionId,
                    Code = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year}-{unitCode}-{n:000}"),
                    Name = name,
                    Year = year,
                    BudgetUnitId = unit.Id,
                    DepartmentId = department.Id,
                    FinanceSectionId = department.ParentId,
                    Category = category,
                    Description = $"{unit.Name}{year}年度{name}。",
                };
                foreach (var (source, amount2025) in funding)
                {
                    project.FundingLines.Add(Line(project.Id, source, amount2025, year, name.Length));
                }
                project.RecomputeTotals();
                db.Projects.Add(project);
            }
        }
    }

    /// <summary>2024 ran to year end; 2025 is mid-year (data to 31 July), so less is spent.</summary>
    private static FundingLine Line(Guid projectId, FundingSource source, decimal amount2025, int year, int salt)
    {
        var full = year == 2025 ? amount2025 : Hundreds(amount2025 * (0.88m + salt % 5 * 0.02m));
        var initial = source == FundingSource.CarryOver ? 0m : Hundreds(full * (year == 2025 ? 1m : 0.95m));
        var received = year == 2025 ? decimal.Round(full * (0.70m + salt % 4 * 0.05m), 2) : full;
        var spent = year == 2025 ? decimal.Round(full * (0.48m + salt % 6 * 0.04m), 2) : decimal.Round(full * (0.86m + salt % 7 * 0.02m), 2);
        return new FundingLine { ProjectId = projectId, Source = source, InitialBudget = initial, FullYearBudget = full, Received = received, Spent = spent };
    }

    private static decimal Hundreds(decimal yuan) => decimal.Round(yuan / 100m, 0, MidpointRounding.AwayFromZero) * 100m;

    private void AddDepartmentBudgets(Guid jurisdictionId)
    {
        foreach (var department in DemoCounty.Departments)
        {
            var d = byName[department.Name];
            var projects = db.Projects.Local.Where(p => p.DepartmentId == d.Id).ToList();
            foreach (var year in Years)
            {
                var projectExpense = projects.Where(p => p.Year == year).Sum(p => p.BudgetTotal);
                var personnel = 1_250_000m * department.Units.Length + (year - 2024) * 86_000m;
                var budget = new DepartmentBudget
                {
                    JurisdictionId = jurisdictionId,
                    OrganisationId = d.Id,
                    Year = year,
                    PersonnelExpense = personnel,
                    PublicExpense = decimal.Round(personnel * 0.18m, 2),
                    ProjectExpense = projectExpense,
                };
                // Pensions and housing provident funds sit in their own classes; the rest is the department's own class.
                var social = decimal.Round(budget.Total * 0.09m, 2);
                var housing = decimal.Round(budget.Total * 0.05m, 2);
                budget.FunctionalClasses.Add(Class(budget, department.ClassCode, department.ClassName, budget.Total - social - housing));
                if (department.ClassCode != "208")
                {
                    budget.FunctionalClasses.Add(Class(budget, "208", "社会保障和就业支出", social));
                }
                else
                {
                    budget.FunctionalClasses[0].Amount += social;
                }
                budget.FunctionalClasses.Add(Class(budget, "221", "住房保障支出", housing));
                db.DepartmentBudgets.Add(budget);
            }
        }
    }

    private static FunctionalClassAmount Class(DepartmentBudget budget, string code, string name, decimal amount) =>
        new() { DepartmentBudgetId = budget.Id, ClassCode = code, ClassName = name, Amount = amount };
}
