using System.Globalization;
using Jixiao.App.Projects;

namespace Jixiao.Web.Infrastructure;

/// <summary>Import row errors as ValidationProblem errors: one key per cell ("第5行/实际完成值"), so a client can point at it.</summary>
public static class ImportProblems
{
    public static Dictionary<string, string[]> ByCell(IReadOnlyList<ImportRowError> errors) =>
        errors.GroupBy(e => e.Row > 0 ? $"第{e.Row.ToString(CultureInfo.InvariantCulture)}行/{e.Column}" : e.Column.Length > 0 ? e.Column : "file")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
}
