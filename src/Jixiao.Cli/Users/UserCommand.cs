using System.CommandLine;
using Jixiao.App.Access;
using Jixiao.App.Users;
using Jixiao.Cli.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Users;

/// <summary><c>jixiao user add NAME --role R --org CODE</c>; the password comes from --password or JIXIAO_PASSWORD.</summary>
public static class UserCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "用户名（登录名）" };
        var role = new Option<string>("--role") { Description = $"角色：{string.Join("、", Roles.All.Select(r => $"{r}（{Roles.ToChinese(r)}）"))}", Required = true };
        var organisation = new Option<string>("--org") { Description = "所属单位的编码或全称", Required = true };
        var password = new Option<string?>("--password") { Description = "初始密码（至少 8 位，含大小写字母和数字）；不填则读取环境变量 JIXIAO_PASSWORD" };
        var display = new Option<string?>("--display-name") { Description = "显示名称" };
        var add = new Command("add", "新增用户") { name, role, organisation, password, display };
        add.SetAction(async (parseResult, ct) =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            var secret = parseResult.GetValue(password) ?? Environment.GetEnvironmentVariable("JIXIAO_PASSWORD");
            if (string.IsNullOrEmpty(secret))
            {
                stderr.WriteLine("请用 --password 或环境变量 JIXIAO_PASSWORD 提供初始密码。");
                return 1;
            }
            return await CliHost.Guard(stderr, async () =>
            {
                await using var services = CliHost.Build();
                await using var scope = services.CreateAsyncScope();
                var errors = await scope.ServiceProvider.GetRequiredService<AddUser>().Run(
                    new NewUser(parseResult.GetValue(name)!, secret, parseResult.GetValue(role)!, parseResult.GetValue(organisation)!, parseResult.GetValue(display)), ct);
                foreach (var error in errors)
                {
                    stderr.WriteLine(error);
                }
                if (errors.Count == 0)
                {
                    stderr.WriteLine($"已创建用户 {parseResult.GetValue(name)}（{Roles.ToChinese(parseResult.GetValue(role)!)}）。");
                }
                return errors.Count == 0 ? 0 : 1;
            });
        });
        return new Command("user", "用户管理") { add };
    }
}
