using System.CommandLine;
using Jixiao.Cli.Database;
using Jixiao.Cli.Documents;
using Jixiao.Cli.Projects;
using Jixiao.Cli.Review;
using Jixiao.Cli.Scoring;
using Jixiao.Cli.Shell;
using Jixiao.Cli.Users;

var root = new RootCommand("jixiao — 预算绩效管理命令行工具 (Jixiao budget performance management)");
var bench = new Command("bench", "性能基准测试 (benchmarks)");

// Each feature adds its own commands below, one line each:
//   root.Subcommands.Add(FeatureCommand.Create());   bench.Subcommands.Add(FeatureBench.Create());
root.Subcommands.Add(DbCommand.Create());
root.Subcommands.Add(UserCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ScoreCommand.Create());
root.Subcommands.Add(ReviewCommand.Create());
root.Subcommands.Add(ReportCommand.Create());
bench.Subcommands.Add(ScoringBench.Create());
bench.Subcommands.Add(ReportsBench.Create());
bench.Subcommands.Add(ReviewBench.Create());

if (bench.Subcommands.Count > 0)
{
    root.Subcommands.Add(bench);
}

// Parse errors are answered once for every command (one JSON document under --json, usage on stderr otherwise).
return CommandLineErrors.Invoke(root, args);
