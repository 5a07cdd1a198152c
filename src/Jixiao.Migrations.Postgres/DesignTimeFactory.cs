using Jixiao.App.Auditing;
using Jixiao.App.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Migrations.Postgres;

/// <summary>Lets dotnet-ef build the PostgreSQL model without the web host (no connection is opened).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<JixiaoDbContext>
{
    public JixiaoDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<JixiaoDbContext>();
        options.UseJixiaoProvider(DatabaseProvider.Postgres, "Host=localhost;Database=jixiao_design");
        return new JixiaoDbContext(options.Options, new SystemActor(), TimeProvider.System);
    }
}
