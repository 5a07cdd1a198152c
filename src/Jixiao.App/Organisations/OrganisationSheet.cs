using Jixiao.App.Access;
using MiniExcelLibs;

namespace Jixiao.App.Organisations;

/// <summary>The organisation list as a spreadsheet, in the columns the organisation import reads.</summary>
public sealed class OrganisationSheet(ManageOrganisations manage)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SheetName = "单位清单";

    public static readonly string[] Columns = ["序号", "类型", "编码", "名称", "上级单位"];

    public async Task<byte[]> Export(UserScope scope, CancellationToken ct = default)
    {
        var list = await manage.List(scope, ct: ct);
        var rows = list.Select((o, i) => new Dictionary<string, object?>
        {
            [Columns[0]] = i + 1,
            [Columns[1]] = o.Kind,
            [Columns[2]] = o.Code,
            [Columns[3]] = o.Name,
            [Columns[4]] = o.Parent,
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: SheetName, cancellationToken: ct);
        return stream.ToArray();
    }
}
