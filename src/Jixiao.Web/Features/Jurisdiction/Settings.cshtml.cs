using Jixiao.App.Common;
using Jixiao.App.Jurisdictions;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Jurisdiction;

/// <summary>
/// 评分设置: everyone in the jurisdiction reads them; the bureau edits them field by field or uploads the JSON file that
/// <c>jixiao score --settings</c> and <c>jixiao review --settings</c> read. Core messages appear at their fields.
/// </summary>
public sealed class SettingsModel(ManageJurisdictionSettings manage) : PageModel
{
    /// <summary>Field groups of the form, keyed like the core's <c>SettingsProblem.Field</c>.</summary>
    private static readonly Dictionary<string, string[]> Inputs = new()
    {
        ["gradeBands"] = [nameof(SettingsForm.Excellent), nameof(SettingsForm.Good), nameof(SettingsForm.Fair)],
        ["qualitativeBands"] = [nameof(SettingsForm.AchievedFrom), nameof(SettingsForm.PartlyFrom)],
        ["overAchievement"] = [nameof(SettingsForm.PositiveRatio), nameof(SettingsForm.ReverseRatio)],
        ["executionWeight"] = [nameof(SettingsForm.ExecutionWeight)],
        ["minOutputAndBenefitShare"] = [nameof(SettingsForm.MinOutputAndBenefitShare)],
        ["monitoring"] = [nameof(SettingsForm.Yellow), nameof(SettingsForm.Green), nameof(SettingsForm.Blue)],
    };

    [BindProperty] public SettingsForm Form { get; set; } = new();
    [BindProperty] public long Version { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public JurisdictionSettingsView View { get; private set; } = null!;

    /// <summary>Messages by field ("gradeBands", "reason", "document", …).</summary>
    public Dictionary<string, List<string>> FieldErrors { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        View = await manage.Get(HttpContext.Scope(), ct);
        Form = SettingsForm.From(View.Settings);
        Version = View.Version;
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        var view = await manage.Get(HttpContext.Scope(), ct);
        return File(System.Text.Encoding.UTF8.GetBytes(view.Document), "application/json", $"jixiao-settings-{view.Code}.json");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        foreach (var (field, inputs) in Inputs)
        {
            // Numbers that cannot be read never reach the core; show them at the same place as its messages.
            foreach (var input in inputs)
            {
                if (ModelState[$"{nameof(Form)}.{input}"] is { Errors.Count: > 0 } entry)
                {
                    Add(field, entry.Errors.Select(e => e.ErrorMessage));
                }
            }
        }
        if (FieldErrors.Count == 0)
        {
            var saved = await Try(() => manage.Save(HttpContext.Scope(), new SettingsChange(Form.ToSettings(), Version, Reason), ct));
            if (saved)
            {
                return Redirect("/Jurisdiction/Settings");
            }
        }
        View = await manage.Get(HttpContext.Scope(), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? document, CancellationToken ct)
    {
        View = await manage.Get(HttpContext.Scope(), ct);
        Form = SettingsForm.From(View.Settings);
        if (document is null || document.Length == 0)
        {
            Add(ManageJurisdictionSettings.DocumentField, ["请选择地区设置文件（.json）。"]);
            return Page();
        }
        using var reader = new StreamReader(document.OpenReadStream(), System.Text.Encoding.UTF8);
        var json = await reader.ReadToEndAsync(ct);
        if (await Try(() => manage.SaveDocument(HttpContext.Scope(), json, Version, Reason, ct)))
        {
            return Redirect("/Jurisdiction/Settings");
        }
        // The form above shows the stored values; what is wrong with the file belongs next to the upload.
        var messages = FieldErrors.SelectMany(e => e.Value).ToList();
        FieldErrors.Clear();
        Add(ManageJurisdictionSettings.DocumentField, messages);
        return Page();
    }

    public IReadOnlyList<string> ErrorsFor(string field) => FieldErrors.TryGetValue(field, out var list) ? list : [];

    private async Task<bool> Try(Func<Task<JurisdictionSettingsView>> save)
    {
        try
        {
            await save();
            TempData["Message"] = "评分设置已保存，修改原因已记入审计日志。";
            return true;
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                Add(field, messages);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            Add("", ["保存前评分设置已被其他用户修改，请刷新页面后重新编辑。"]);
        }
        return false;
    }

    private void Add(string field, IEnumerable<string> messages)
    {
        if (!FieldErrors.TryGetValue(field, out var list))
        {
            FieldErrors[field] = list = [];
        }
        list.AddRange(messages);
    }
}
