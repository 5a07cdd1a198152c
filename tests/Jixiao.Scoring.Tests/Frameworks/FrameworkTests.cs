using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Linting;
using Jixiao.Scoring.Settings;

namespace Jixiao.Scoring.Tests.Frameworks;

public sealed class FrameworkTests
{
    [Fact]
    public void BuiltIns_AreValid()
    {
        foreach (var framework in BuiltInFrameworks.All)
        {
            Assert.Empty(FrameworkValidator.Validate(framework).Select(f => framework.Id + ": " + f.Message));
        }
    }

    [Fact]
    public void SelfEvaluation_Is50_30_10_10()
    {
        Assert.Equal([("产出指标", 50m), ("效益指标", 30m), ("满意度指标", 10m), ("预算执行率", 10m)],
            BuiltInFrameworks.SelfEvaluation.Levels.Select(l => (l.Name, l.Points)));
    }

    [Fact]
    public void Project_Is20_20_40_20_WithStandardThirdLevels()
    {
        var project = BuiltInFrameworks.Project;

        Assert.Equal([20m, 20m, 40m, 20m], project.Levels.Select(l => l.Points));
        Assert.Equal(["立项依据充分性", "立项程序规范性", "绩效目标合理性", "绩效指标明确性", "预算编制科学性", "资金分配合理性"],
            project.Levels[0].Children.SelectMany(c => c.Indicators).Select(i => i.Name));
        Assert.Contains(project.AllIndicators(), x => x.Indicator.Name == "成本节约率" && x.Level2.Name == "产出成本");
    }

    [Fact]
    public void DepartmentFamilies_BothExist()
    {
        Assert.Equal(["投入", "过程", "产出", "效果"], BuiltInFrameworks.DepartmentCommon.Levels.Select(l => l.Name));
        Assert.Equal(["部门管理", "履职效果", "能力建设"], BuiltInFrameworks.DepartmentDuties.Levels.Select(l => l.Name));
        Assert.Contains(BuiltInFrameworks.DepartmentCommon.AllIndicators(), x => x.Indicator.Name == "在职人员控制率");
    }

    [Fact]
    public void Copy_ExecutionTwenty_MustSayWhichLevelShrinks()
    {
        var copy = BuiltInFrameworks.SelfEvaluation.CopyAs("某县自评", "某县自评表").WithLevelPoints("预算执行率", 20m);

        var findings = FrameworkValidator.Validate(copy);
        Assert.Equal("一级指标分值合计为 110，应等于总分 100", Assert.Single(findings).Message);

        var fixedCopy = copy.WithLevelPoints("产出", 40m);
        Assert.Empty(FrameworkValidator.Validate(fixedCopy));
        Assert.Equal(50m, BuiltInFrameworks.SelfEvaluation.FindLevel("产出")!.Points);
    }

    [Fact]
    public void Validation_FindsZeroWeightDuplicateMisplacedAndLowOutputShare()
    {
        var broken = BuiltInFrameworks.Project with
        {
            Levels =
            [
                new("决策", 30m, [new("项目立项", [new("立项依据充分性", 30m)])]),
                new("过程", 30m, [new("产出数量", [new("立项依据充分性", 30m)])]),
                new("产出", 20m, [new("产出质量", [new("质量达标率", 20m)])]),
                new("效益", 20m, [new("项目效益", [new("社会效益", 20m), new("生态效益", 0m)])]),
            ],
        };

        var findings = FrameworkValidator.Validate(broken);

        Assert.Contains(findings, f => f.Code == "indicator-duplicate" && f.Message == "三级指标“立项依据充分性”出现两次（“决策/项目立项”与“过程/产出数量”）");
        Assert.Contains(findings, f => f.Code == "level2-misplaced" && f.Message == "二级指标“产出数量”属于“产出”，不应放在一级指标“过程”下");
        Assert.Contains(findings, f => f.Code == "weight-not-positive" && f.Indicator == "生态效益");
        Assert.Contains(findings, f => f.Code == "output-benefit-share" && f.Severity == Severity.Warning && f.Message.StartsWith("产出与效益分值合计 40，低于总分的 60%"));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        var json = BuiltInFrameworks.Project.ToJson();
        var (back, error) = FrameworkJson.FromJson(json);

        Assert.Null(error);
        Assert.Equal(BuiltInFrameworks.Project.Levels.Count, back!.Levels.Count);
        Assert.Equal(BuiltInFrameworks.Project.AllIndicators().Select(x => (x.Indicator.Name, x.Indicator.Points, x.Indicator.Method)),
            back.AllIndicators().Select(x => (x.Indicator.Name, x.Indicator.Points, x.Indicator.Method)));
        Assert.Contains("\"立项依据充分性\"", json);
        Assert.Contains("\"Deduction\"", json);
    }

    [Fact]
    public void Template_ChoosesItsReverseVariant_OverTheJurisdiction()
    {
        var template = BuiltInFrameworks.Project.CopyAs("ratio", "按比例反向") with { ReverseRule = ReverseRule.Ratio };

        var settings = template.ApplyTo(JurisdictionSettings.Default with { GradeBands = new GradeBands(80m, 70m, 60m) });

        Assert.Equal(ReverseRule.Ratio, settings.ReverseRule);
        Assert.Equal(EqualRule.AsPositive, settings.EqualRule);
        Assert.Equal(80m, settings.GradeBands.Excellent);
        Assert.Equal(ReverseRule.LinearToZeroAtDouble, BuiltInFrameworks.Project.ApplyTo(JurisdictionSettings.Default).ReverseRule);
    }

    [Fact]
    public void Json_Malformed_IsAMessage()
    {
        Assert.StartsWith("评价框架文件不是有效的JSON", FrameworkJson.FromJson("{").Error);
    }

    [Theory]
    [InlineData(new[] { "决策", "过程", "产出", "效益" }, BuiltInFrameworks.ProjectId)]
    [InlineData(new[] { "产出指标", "效益指标", "满意度指标" }, BuiltInFrameworks.SelfEvaluationId)]
    [InlineData(new[] { "产出指标", "服务对象满意度指标" }, BuiltInFrameworks.SelfEvaluationId)]
    [InlineData(new[] { "投入", "过程", "产出", "效果" }, BuiltInFrameworks.DepartmentCommonId)]
    [InlineData(new[] { "部门管理", "履职效果", "能力建设" }, BuiltInFrameworks.DepartmentDutiesId)]
    public void Inference_FromFirstLevelNames(string[] names, string id)
    {
        Assert.Equal(id, FrameworkInference.Infer(names).Framework!.Id);
    }

    [Fact]
    public void Inference_Unknown_NamesTheChoices()
    {
        var (framework, error) = FrameworkInference.Infer(["甲", "乙"]);

        Assert.Null(framework);
        Assert.Contains("--framework", error);
        Assert.Contains("self（单位自评", error);
    }

    [Theory]
    [InlineData("产出指标", "产出")]
    [InlineData("项目产出", "产出")]
    [InlineData("产出数量", "数量")]
    [InlineData("数量指标", "数量")]
    [InlineData("服务对象满意度指标", "满意度")]
    [InlineData("满意度指标", "满意度")]
    [InlineData("社会效益指标", "社会效益")]
    [InlineData("产出指标（50分）", "产出")]
    public void LevelNames_VariantsAreTheSameLevel(string name, string canonical)
    {
        Assert.Equal(canonical, LevelNames.Canonical(name));
    }

    [Fact]
    public void Validation_UsesJurisdictionShare()
    {
        var strict = JurisdictionSettings.Default with { MinOutputAndBenefitShare = 0.7m };

        Assert.Contains(FrameworkValidator.Validate(BuiltInFrameworks.Project, strict), f => f.Code == "output-benefit-share");
    }
}
