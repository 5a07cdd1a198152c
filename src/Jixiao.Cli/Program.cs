using System.CommandLine;

var root = new RootCommand("jixiao — 预算绩效管理命令行工具");
return root.Parse(args).Invoke();
