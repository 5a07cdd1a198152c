using Jixiao.App.Access;
using System.Globalization;
using Jixiao.Documents.Tables;

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
        var rows = list.Select((o, i) => (IReadOnlyList<string>)
            [(i + 1).ToString(CultureInfo.InvariantCulture), o.Kind, o.Code ?? "", o.Name, o.Parent ?? ""]);
        using var stream = new MemoryStream();
        TableWriter.WriteXlsx(stream, Columns, rows, SheetName);
        return stream.ToArray();
    }
}
