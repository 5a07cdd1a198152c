using System.ComponentModel.DataAnnotations;

namespace Jixiao.App.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Section "Database"; the connection string is ConnectionStrings:Jixiao.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The embedded default: a SQLite file under data/ next to the working directory.</summary>
    public const string DefaultSqlite = "Data Source=data/jixiao.db";

    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
