using Jixiao.App.Auditing;
using Jixiao.App.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Migrations.Sqlite;

/// <summary>Lets dotnet-ef build the SQLite model without the web host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<JixiaoDbContext>
{
    public JixiaoDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<JixiaoDbContext>();
        options.UseJixiaoProvider(DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new JixiaoDbContext(options.Options, new SystemActor(), TimeProvider.System);
    }
}
