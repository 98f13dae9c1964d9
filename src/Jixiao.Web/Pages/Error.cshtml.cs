using Jixiao.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages;

/// <summary>Every error page, in Chinese: the status of the original request is kept.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "出错了";
    public string Text { get; private set; } = "服务器处理请求时出错，已记录。请稍后再试。";

    public void OnGet(int? code) => Describe(code);

    [HandlerNeeds]
    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Title, Text) = code switch
        {
            400 => ("请求无效", "请求的格式不正确，或表单已过期（请刷新页面后再提交）。"),
            403 => ("无权访问", "您的角色不能使用这个页面或操作。"),
            404 => ("未找到", "页面或记录不存在，或不在您的权限范围内。"),
            413 => ("文件太大", "上传的文件超过了允许的大小。"),
            429 => ("请求过于频繁", "请稍候一分钟再试。"),
            _ => (Title, Text),
        };
    }
}
