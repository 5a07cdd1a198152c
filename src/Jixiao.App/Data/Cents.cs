using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jixiao.App.Data;

/// <summary>
/// SQLite cannot compare, sort or sum decimals in SQL (it stores them as text), so on SQLite money
/// is stored as integer 分. Amounts carry at most 2 decimals; rounding here only drops noise.
/// </summary>
public sealed class CentsConverter() : ValueConverter<decimal, long>(
    yuan => (long)decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero),
    cents => cents / 100m);
