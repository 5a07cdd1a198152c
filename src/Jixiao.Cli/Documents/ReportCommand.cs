using System.CommandLine;
using System.Text.Json;
using Jixiao.App.Common;
using Jixiao.App.Reports;
using Jixiao.Cli.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Documents;

/// <summary>
/// <c>jixiao report project|feedback|department|batch|selfeval|monitoring|targets --id ID --format docx|pdf|xlsx|zip --out FILE
/// [--as USER] [--jurisdiction CODE] [--json]</c> against the configured database.
/// Exit codes: 0 written, 1 nothing written (unknown id, unsupported format, data not there yet, no LibreOffice), 2 database error.
/// </summary>
public static class ReportCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "报告类型：" + string.Join("、", ReportKinds.All) };
        var id = new Option<string>("--id") { Description = "项目 ID、自评 ID、项目编码或重点评价 ID；department 为部门预算 ID；feedback 为评价或批次 ID；batch 为批次 ID", Required = true };
        var format = new Option<string?>("--format") { Description = "docx、pdf、xlsx 或 zip（batch 整批打包；默认取 --out 的扩展名）" };
        var output = new Option<FileInfo>("--out") { Description = "输出文件", Required = true };
        var asUser = new Option<string?>("--as") { Description = "以该用户的权限生成（默认系统管理员）" };
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "地区编码（数据库中有多个地区时必填）" };
        var json = new Option<bool>("--json") { Description = "只在标准输出打印一个JSON文档" };
        var command = new Command("report", "从数据库生成报告或表格（Word、PDF、Excel）") { kind, id, format, output, asUser, jurisdiction, json };
        command.SetAction(async (parseResult, ct) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var k = parseResult.GetValue(kind)!.Trim().ToLowerInvariant();
            var path = parseResult.GetValue(output)!;
            var asJson = parseResult.GetValue(json);
            int Fail(string message)
            {
                stderr.WriteLine(message);
                if (asJson)
                {
                    stdout.WriteLine(JsonSerializer.Serialize(new { Kind = k, Succeeded = false, Error = message }, Json));
                }
                return 1;
            }
            if (!ReportKinds.All.Contains(k))
            {
                return Fail($"未知的报告类型“{k}”，可选：{string.Join("、", ReportKinds.All)}。");
            }
            if (ReportKinds.Missing(k) is { } missing)
            {
                return Fail(missing);
            }
            var formatText = parseResult.GetValue(format);
            var fromExtension = ReportFormats.Parse(path.Extension);
            if ((string.IsNullOrWhiteSpace(formatText) ? fromExtension : ReportFormats.Parse(formatText)) is not { } f)
            {
                return Fail($"格式“{formatText ?? path.Extension}”无效，可选：docx、pdf、xlsx、zip。");
            }
            if (fromExtension is { } e && e != f)
            {
                return Fail($"输出文件扩展名 {path.Extension} 与格式 {f.Extension().TrimStart('.')} 不一致。");
            }
            return await CliHost.Guard(stderr, async () =>
            {
                await using var services = CliHost.Build();
                await using var scope = services.CreateAsyncScope();
                var (user, error) = await CliHost.Scope(scope.ServiceProvider, parseResult.GetValue(asUser), parseResult.GetValue(jurisdiction), ct);
                if (user is null)
                {
                    return Fail(error!);
                }
                try
                {
                    var result = await ReportKinds.Generate(scope.ServiceProvider, user, k, parseResult.GetValue(id)!, f, ct);
                    if (!result.Succeeded)
                    {
                        return Fail(string.Join("；", result.Errors));
                    }
                    await File.WriteAllBytesAsync(path.FullName, result.Value!.Bytes, ct);
                    stderr.WriteLine($"已生成 {result.Value.FileName}，写入 {path.FullName}");
                    if (asJson)
                    {
                        stdout.WriteLine(JsonSerializer.Serialize(new { Kind = k, Format = f.Extension().TrimStart('.'), File = path.FullName, Bytes = result.Value.Bytes.Length, Name = result.Value.FileName }, Json));
                    }
                    return 0;
                }
                catch (Exception refused) when (refused is NotFoundException or ForbiddenException)
                {
                    return Fail(refused.Message);
                }
            }, message => { if (asJson) { stdout.WriteLine(JsonSerializer.Serialize(new { Kind = k, Succeeded = false, Error = message }, Json)); } });
        });
        return command;
    }
}
