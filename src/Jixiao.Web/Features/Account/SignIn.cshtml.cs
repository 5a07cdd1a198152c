using Jixiao.App.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Account;

public sealed class SignInModel(SignInManager<AppUser> signIn, UnknownNameLockout unknown) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public const string LockedMessage = "登录失败次数过多，账号已锁定，请 15 分钟后再试。";

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // Everyone lands on 待办, the page that answers "what must I do next".
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        var locked = result.IsLockedOut
            || (await signIn.UserManager.FindByNameAsync(UserName.Trim()) is null && unknown.Fail(UserName));
        Error = locked ? LockedMessage : "用户名或密码错误。";
        return Page();
    }
}
